#include "ObservationCsv.h"

#include "CsvFields.h"
#include "store/ProjectStore.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"

#include <QHash>
#include <QRegularExpression>
#include <array>
#include <cmath>

namespace {

enum Column
{
    IndicatorCode,
    Period,
    Value,
    Source,
    Note,
    ColumnCount
};

const std::array<std::array<const char *, 3>, ColumnCount> names{{
    {"indicator", "指标", "指标代码"},
    {"period", "期间", "时期"},
    {"value", "数值", "值"},
    {"source", "来源", "出处"},
    {"note", "备注", nullptr},
}};

QStringList namesOf(Column column)
{
    return CsvFields::namesOf(names[column]);
}

using CsvFields::hasControlCharacters;
using CsvFields::shortened;
using CsvFields::withEmptyStrings;

const QString observationTable = QStringLiteral("observation");

QString valueText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

QStringList ObservationCsv::columns()
{
    return CsvFields::canonicalNames(names);
}

std::optional<double> ObservationCsv::parseValue(const QString &text)
{
    // Commas only where they cannot be decimal commas: groups of exactly three digits.
    static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    QString plain = text.trimmed();
    if (grouped.match(plain).hasMatch())
        plain.remove(QLatin1Char(','));
    bool ok = false;
    const double value = plain.toDouble(&ok); // C locale, whatever the user's locale
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

ImportPlan ObservationCsv::plan(const CsvReader::Table &table, const ProjectStore &store)
{
    ImportPlan plan;
    plan.columns =
        QStringList{tr("Indicator"), tr("Period"), tr("Value"), tr("Source"), tr("Note")};
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
        if (index[c] == -1 && (column == IndicatorCode || column == Period || column == Value)) {
            plan.fileError = tr("The file has no \"%1\" column. Observations need the columns "
                                "indicator, period and value (or 指标, 期间 and 数值); the header "
                                "found is: %2")
                                 .arg(namesOf(column).first(),
                                      shortened(table.header.join(QStringLiteral(", "))));
            return plan;
        }
    }

    const QList<Indicator> indicators = store.indicators();
    QHash<QString, int> byCode; // code, and upper-cased code → index in `indicators`
    for (int i = 0; i < indicators.size(); ++i)
        byCode.insert(indicators.at(i).code, i);
    for (int i = 0; i < indicators.size(); ++i) {
        if (!byCode.contains(indicators.at(i).code.toUpper()))
            byCode.insert(indicators.at(i).code.toUpper(), i);
    }
    QHash<QString, int> firstLine; // indicator uuid + period → line
    const QChar sep(0x1F);         // cannot occur in a period (control characters refused)

    for (const CsvReader::Record &record : table.records) {
        auto reject = [&](const QString &reason) {
            plan.rejected.append({record.line, ImportPlan::shownFields(record.fields), reason});
        };
        if (const QString problem = CsvReader::recordProblem(table, record); !problem.isEmpty()) {
            reject(problem);
            continue;
        }
        auto has = [&](Column c) { return index[c] >= 0; };
        auto text = [&](Column c) { return has(c) ? record.fields.at(index[c]) : QString(); };
        auto value = [&](Column c) { return text(c).trimmed(); };

        QStringList reasons;
        const QString code = value(IndicatorCode);
        const Indicator *indicator = nullptr;
        if (code.isEmpty()) {
            reasons << tr("the indicator code is empty");
        } else {
            const int at = byCode.value(code, byCode.value(code.toUpper(), -1));
            if (at < 0)
                reasons << tr("unknown indicator code \"%1\"").arg(shortened(code));
            else
                indicator = &indicators.at(at);
        }

        const QString period = value(Period);
        if (period.isEmpty())
            reasons << tr("the period is empty");
        else if (hasControlCharacters(period))
            reasons << tr("the period \"%1\" contains a line break or tab").arg(shortened(period));

        const QString given = value(Value);
        const std::optional<double> number = parseValue(given);
        if (given.isEmpty())
            reasons << tr("the value is empty");
        else if (!number)
            reasons << tr("the value \"%1\" is not a number (write it like 1180000 or 0.21)")
                           .arg(shortened(given));

        if (indicator && !period.isEmpty()) {
            const QString key = indicator->uuid + sep + period;
            if (firstLine.contains(key))
                reasons << tr("the same indicator and period as line %1").arg(firstLine.value(key));
            else
                firstLine.insert(key, record.line);
        }
        if (!reasons.isEmpty()) {
            reject(reasons.join(QStringLiteral("; ")));
            continue;
        }

        const Observation *existing = nullptr;
        for (const Observation &o : indicator->observations) {
            if (o.period.trimmed() == period) {
                existing = &o;
                break;
            }
        }
        Observation o = existing ? *existing : Observation();
        o.period = existing ? existing->period : period;
        o.value = *number;
        if (has(Source))
            o.source = text(Source);
        if (has(Note))
            o.note = text(Note);

        ImportPlan::Row row{record.line,
                            ImportPlan::Action::Add,
                            {indicator->code, o.period, valueText(o.value), o.source, o.note}};
        if (!existing) {
            o.uuid = Rows::newUuid();
            plan.changes.append({observationTable,
                                 o.uuid,
                                 {},
                                 withEmptyStrings(Rows::fromObservation(indicator->uuid, o))});
        } else if (existing->value == o.value && existing->source == o.source &&
                   existing->note == o.note) {
            row.action = ImportPlan::Action::Unchanged;
        } else {
            row.action = ImportPlan::Action::Update;
            const QVariantMap before = store.row(observationTable, o.uuid);
            QVariantMap after = before;
            const QVariantMap fields = Rows::fromObservation(indicator->uuid, o);
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                after.insert(it.key(), it.value());
            plan.changes.append({observationTable, o.uuid, before, withEmptyStrings(after)});
        }
        plan.rows.append(row);
    }
    return plan;
}
