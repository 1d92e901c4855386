#include "WeightsCsv.h"

#include "domain/Framework.h"
#include "scoring/Evaluation.h"

#include <QSet>
#include <cmath>

ImportPlan WeightsCsv::plan(const CsvReader::Table &table, const Framework &framework,
                            const WeightSetRecord &current, WeightSetRecord *updated)
{
    ImportPlan plan;
    plan.columns = QStringList{tr("Code"), tr("Weight")};
    plan.encodingName = TextDecoding::name(table.encoding);
    *updated = current;
    int codeColumn = -1;
    int weightColumn = -1;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString h = table.header.at(i).trimmed().toLower();
        if (h == QLatin1String("code") || h == QStringLiteral("代码") ||
            h == QStringLiteral("编号"))
            codeColumn = i;
        else if (h == QLatin1String("weight") || h == QStringLiteral("权重"))
            weightColumn = i;
    }
    if (codeColumn < 0 || weightColumn < 0) {
        plan.fileError = tr("The file needs the columns \"code\" and \"weight\".");
        return plan;
    }
    QSet<QString> seen;
    QSet<QString> touchedLevels;
    for (const CsvReader::Record &record : table.records) {
        const QString code = record.fields.value(codeColumn).trimmed();
        const QString text = record.fields.value(weightColumn).trimmed();
        auto reject = [&](const QString &reason) {
            plan.rejected.append({record.line, record.fields, reason});
        };
        const GoalNode *node = framework.byCode(code);
        bool ok = false;
        const double weight = text.toDouble(&ok);
        if (record.fields.size() != table.header.size())
            reject(tr("the row has %1 fields where the header has %2")
                       .arg(record.fields.size())
                       .arg(table.header.size()));
        else if (!node)
            reject(tr("unknown dimension or goal code \"%1\"").arg(code));
        else if (seen.contains(code))
            reject(tr("the code \"%1\" appears twice in the file").arg(code));
        else if (!ok || !std::isfinite(weight) || weight < 0 || weight > 1e9)
            reject(tr("the weight \"%1\" is not a number between 0 and 1,000,000,000").arg(text));
        else {
            seen.insert(code);
            const bool changed = !current.raw.contains(code) || current.raw.value(code) != weight;
            plan.rows.append({record.line,
                              changed ? ImportPlan::Action::Update : ImportPlan::Action::Unchanged,
                              {code, text}});
            updated->raw.insert(code, weight);
            touchedLevels.insert(node->parentCode);
        }
    }
    // A touched level needs a raw weight for every sibling (missing ones were equal: 1).
    for (const QString &level : std::as_const(touchedLevels)) {
        double sum = 0;
        for (const QString &code : Evaluation::levelCodes(framework, level)) {
            if (!updated->raw.contains(code))
                updated->raw.insert(code, 1.0);
            sum += updated->raw.value(code);
        }
        if (sum <= 0) {
            plan.fileError =
                tr("All weights of %1 would be zero.")
                    .arg(level.isEmpty() ? tr("the dimensions") : tr("the goals of %1").arg(level));
            return plan;
        }
        updated->methods.insert(level, QStringLiteral("direct"));
        QList<WeightSetRecord::Judgement> kept;
        for (const WeightSetRecord::Judgement &j : std::as_const(updated->judgements)) {
            if (j.level != level)
                kept << j;
        }
        updated->judgements = kept;
    }
    return plan;
}
