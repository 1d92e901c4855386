#include "PolicyCsv.h"

#include "CsvFields.h"
#include "CsvWriter.h"
#include "domain/Vocabulary.h"
#include "store/ProjectStore.h"
#include "store/Rows.h"

#include <QHash>
#include <array>

namespace {

enum Column
{
    Code,
    Title,
    Issuer,
    Year,
    Level,
    Instrument,
    Description,
    ColumnCount
};

// The CSV names (fixed interface) and the Chinese headers people write by hand.
const std::array<std::array<const char *, 3>, ColumnCount> names{{
    {"code", "编号", "代码"},
    {"title", "标题", "名称"},
    {"issuer", "发布机构", "发文机关"},
    {"year", "年份", nullptr},
    {"level", "层级", "级别"},
    {"instrument", "政策工具", "类型"},
    {"description", "描述", "说明"},
}};

QStringList namesOf(Column column)
{
    return CsvFields::namesOf(names[column]);
}

using CsvFields::hasControlCharacters;
using CsvFields::shortened;

bool samePolicy(const Policy &a, const Policy &b)
{
    return a.code == b.code && a.title == b.title && a.issuer == b.issuer && a.year == b.year &&
           a.level == b.level && a.instrument == b.instrument && a.description == b.description;
}

QStringList displayOf(const Policy &p)
{
    return {p.code,
            p.title,
            p.issuer,
            p.year > 0 ? QString::number(p.year) : QString(),
            p.level.isEmpty() ? QString() : Vocabulary::levelLabel(p.level),
            p.instrument.isEmpty() ? QString() : Vocabulary::instrumentLabel(p.instrument),
            p.description};
}

using CsvFields::withEmptyStrings;

} // namespace

QStringList PolicyCsv::columns()
{
    return CsvFields::canonicalNames(names);
}

ImportPlan PolicyCsv::plan(const CsvReader::Table &table, const ProjectStore &store,
                           const QString &actorUuid)
{
    ImportPlan plan;
    plan.columns = QStringList{tr("Code"),  tr("Title"),      tr("Issuer"),     tr("Year"),
                               tr("Level"), tr("Instrument"), tr("Description")};
    plan.encodingName = TextDecoding::name(table.encoding);
    if (!table.ok) {
        plan.fileError = table.error;
        return plan;
    }

    std::array<int, ColumnCount> index{};
    for (int c = 0; c < ColumnCount; ++c) {
        const auto column = static_cast<Column>(c);
        index[c] = table.column(namesOf(column));
        if (index[c] == -2) {
            plan.fileError = tr("The header names the column \"%1\" more than once.")
                                 .arg(namesOf(column).first());
            return plan;
        }
        if (index[c] == -1 && (column == Code || column == Title)) {
            plan.fileError = tr("The file has no \"%1\" column. Policies need at least the "
                                "columns code and title (or 编号 and 标题); the header found "
                                "is: %2")
                                 .arg(namesOf(column).first(),
                                      shortened(table.header.join(QStringLiteral(", "))));
            return plan;
        }
    }

    const QString levels = Vocabulary::levelCodes().join(QStringLiteral(", "));
    const QString instruments = Vocabulary::instrumentCodes().join(QStringLiteral(", "));
    const QString now = Rows::now();
    const QString policyTable = QStringLiteral("policy");
    QHash<QString, int> firstLine; // code → line it first appears on

    for (const CsvReader::Record &record : table.records) {
        auto reject = [&](const QString &reason) {
            plan.rejected.append({record.line, ImportPlan::shownFields(record.fields), reason});
        };
        if (const QString problem = CsvReader::recordProblem(table, record); !problem.isEmpty()) {
            reject(problem);
            continue;
        }
        auto has = [&](Column c) { return index[c] >= 0; };
        // Codes and numbers are trimmed; text keeps what the file has (unquoted fields are
        // already trimmed by the reader, so only deliberately quoted spaces remain).
        auto text = [&](Column c) { return has(c) ? record.fields.at(index[c]) : QString(); };
        auto value = [&](Column c) { return text(c).trimmed(); };

        QStringList reasons;
        const QString code = value(Code);
        if (code.isEmpty()) {
            reasons << tr("the code is empty");
        } else if (hasControlCharacters(code)) {
            reasons << tr("the code \"%1\" contains a line break or tab").arg(shortened(code));
        } else if (firstLine.contains(code)) {
            reasons << tr("the code \"%1\" was already used on line %2")
                           .arg(shortened(code))
                           .arg(firstLine.value(code));
        } else {
            firstLine.insert(code, record.line);
        }
        if (value(Title).isEmpty())
            reasons << tr("the title is empty");

        int year = 0;
        const QString yearText = value(Year);
        if (!yearText.isEmpty()) {
            bool ok = false;
            year = yearText.toInt(&ok);
            if (!ok || year < 1900 || year > 2100)
                reasons << tr("the year \"%1\" is not a whole number between 1900 and 2100")
                               .arg(shortened(yearText));
        }
        std::optional<QString> level = QString();
        if (!value(Level).isEmpty()) {
            level = Vocabulary::levelFromText(value(Level));
            if (!level)
                reasons << tr("unknown level \"%1\" (use one of: %2)")
                               .arg(shortened(value(Level)), levels);
        }
        std::optional<QString> instrument = QString();
        if (!value(Instrument).isEmpty()) {
            instrument = Vocabulary::instrumentFromText(value(Instrument));
            if (!instrument)
                reasons << tr("unknown instrument \"%1\" (use one of: %2)")
                               .arg(shortened(value(Instrument)), instruments);
        }
        if (!reasons.isEmpty()) {
            reject(reasons.join(QStringLiteral("; ")));
            continue;
        }

        // Columns the file does not have leave an existing policy's values alone.
        const std::optional<Policy> existing = store.policyByCode(code);
        Policy policy = existing.value_or(Policy());
        policy.code = code;
        policy.title = text(Title);
        if (has(Issuer))
            policy.issuer = text(Issuer);
        if (has(Year))
            policy.year = year;
        if (has(Level))
            policy.level = *level;
        if (has(Instrument))
            policy.instrument = *instrument;
        if (has(Description))
            policy.description = text(Description);

        ImportPlan::Row row{record.line, ImportPlan::Action::Add, displayOf(policy)};
        if (!existing) {
            policy.uuid = Rows::newUuid();
            QVariantMap after = Rows::fromPolicy(policy);
            after.insert(QStringLiteral("created"), now);
            after.insert(QStringLiteral("modified"), now);
            after.insert(QStringLiteral("modified_by"), actorUuid);
            plan.changes.append({policyTable, policy.uuid, {}, withEmptyStrings(after)});
        } else if (samePolicy(*existing, policy)) {
            row.action = ImportPlan::Action::Unchanged;
        } else {
            row.action = ImportPlan::Action::Update;
            const QVariantMap before = store.row(policyTable, policy.uuid);
            QVariantMap after = before;
            const QVariantMap fields = Rows::fromPolicy(policy);
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                after.insert(it.key(), it.value());
            after.insert(QStringLiteral("modified"), now);
            after.insert(QStringLiteral("modified_by"), actorUuid);
            plan.changes.append({policyTable, policy.uuid, before, withEmptyStrings(after)});
        }
        plan.rows.append(row);
    }
    return plan;
}

bool PolicyCsv::write(const ProjectStore &store, QIODevice *device, QString *error)
{
    CsvWriter writer(device);
    writer.writeRecord(columns());
    for (const PolicySummary &summary : store.policySummaries()) {
        const Policy &p = summary.policy;
        writer.writeRecord({p.code, p.title, p.issuer,
                            p.year > 0 ? QString::number(p.year) : QString(), p.level, p.instrument,
                            p.description});
    }
    return writer.finish(error);
}
