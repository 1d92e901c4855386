#include "IndicatorTableModel.h"

#include "Project.h"

#include <QBrush>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace {

bool isIndicatorChild(const QString &table)
{
    return table == QLatin1String("indicator_goal") || table == QLatin1String("observation") ||
           table == QLatin1String("target") || table == QLatin1String("benchmark");
}

// Problems first when sorted ascending.
int statusRank(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::OffTrack:
        return 0;
    case IndicatorStatus::AtRisk:
        return 1;
    case IndicatorStatus::OnTrack:
        return 2;
    case IndicatorStatus::NoData:
        break;
    }
    return 3;
}

QString percent(double share, int decimals)
{
    return IndicatorTableModel::formatNumber(share * 100, decimals) + QLocale().percent();
}

QString signedPercent(double share, int decimals)
{
    return IndicatorTableModel::formatSigned(share * 100, decimals) + QLocale().percent();
}

QString periodValue(const QString &period, double value)
{
    const QString number = IndicatorTableModel::formatNumber(value);
    return period.isEmpty() ? number : QStringLiteral("%1: %2").arg(period, number);
}

} // namespace

IndicatorTableModel::IndicatorTableModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_today(QDate::currentDate())
{
    connect(project, &Project::changed, this, &IndicatorTableModel::onChanged);
    reload();
}

QString IndicatorTableModel::formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    if (value == 0)
        value = 0; // no "-0"
    int places = decimals;
    const double magnitude = std::abs(value);
    // Two significant digits for numbers that would round to 0: a share of 0.0012 is not 0.
    if (magnitude > 0 && magnitude < std::pow(10.0, -decimals))
        places = std::max(places, std::min(int(std::floor(-std::log10(magnitude))) + 2, 8));
    const QLocale locale;
    QString text = locale.toString(value, 'f', places);
    const QString point = locale.decimalPoint();
    if (places > 0 && text.contains(point)) {
        const QString zero = locale.zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString IndicatorTableModel::formatSigned(double value, int decimals)
{
    const QString text = formatNumber(value, decimals);
    const QLocale locale;
    // Rounded to zero shows no sign either way.
    if (value > 0 && text != formatNumber(0))
        return locale.positiveSign() + text;
    return text;
}

QColor IndicatorTableModel::statusColor(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::OnTrack:
        return QColor(0xd7, 0xf0, 0xd8);
    case IndicatorStatus::AtRisk:
        return QColor(0xfd, 0xeb, 0xc4);
    case IndicatorStatus::OffTrack:
        return QColor(0xf9, 0xd6, 0xd2);
    case IndicatorStatus::NoData:
        break;
    }
    return QColor(0xe6, 0xe6, 0xe6);
}

QString IndicatorTableModel::directionLabel(bool higherIsBetter)
{
    return higherIsBetter ? tr("Higher") : tr("Lower");
}

void IndicatorTableModel::reload()
{
    beginResetModel();
    m_goalCodes.clear();
    for (const GoalNode &g : m_project->store().framework().nodes())
        m_goalCodes.insert(g.uuid, g.code);
    m_rows.clear();
    for (const Indicator &i : m_project->store().indicators())
        m_rows.append(makeRow(i));
    reindex();
    endResetModel();
}

void IndicatorTableModel::reindex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).indicator.uuid, i);
}

IndicatorTableModel::Row IndicatorTableModel::makeRow(const Indicator &indicator) const
{
    return {indicator, IndicatorMath::compute(IndicatorMath::inputFrom(indicator, m_today))};
}

void IndicatorTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    for (Row &r : m_rows)
        r.figures = IndicatorMath::compute(IndicatorMath::inputFrom(r.indicator, m_today));
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString IndicatorTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).indicator.uuid : QString();
}

QString IndicatorTableModel::goalCodes(const Indicator &indicator) const
{
    QStringList codes;
    for (const QString &uuid : indicator.goalUuids)
        codes << m_goalCodes.value(uuid, uuid.left(8));
    return codes.join(QStringLiteral("; "));
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorTableModel::gapText(const IndicatorFigures &f) const
{
    QStringList parts;
    for (const ::BenchmarkGap &g : f.gaps) {
        const QString where =
            g.period.isEmpty() ? g.label : QStringLiteral("%1 %2").arg(g.label, g.period);
        const QString difference = formatSigned(g.difference);
        parts << (std::isfinite(g.ratio)
                      ? QStringLiteral("%1: ×%2, %3").arg(where, formatNumber(g.ratio), difference)
                      : QStringLiteral("%1: %2").arg(where, difference));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant IndicatorTableModel::display(const Row &row, int column) const
{
    const Indicator &i = row.indicator;
    const IndicatorFigures &f = row.figures;
    switch (column) {
    case Code:
        return i.code;
    case Name:
        return i.name();
    case Unit:
        return i.unit();
    case Better:
        return directionLabel(i.higherIsBetter);
    case Goals:
        return goalCodes(i);
    case Latest:
        return f.latest ? periodValue(f.latest->period, f.latest->value) : QString();
    case Change:
        if (!f.change)
            return QString();
        if (!f.relativeChange)
            return formatSigned(*f.change);
        return QStringLiteral("%1 (%2)").arg(formatSigned(*f.change),
                                             signedPercent(*f.relativeChange, 1));
    case Target:
        return f.target ? periodValue(f.target->period, f.target->value) : QString();
    case Progress:
        // Whole percent, as in the status sentence next to it.
        return f.progress ? percent(*f.progress, 0) : QString();
    case BenchmarkGap:
        return gapText(f);
    case Status:
        return IndicatorMath::statusName(f.status);
    }
    return {};
}

QVariant IndicatorTableModel::sortValue(const Row &row, int column) const
{
    const IndicatorFigures &f = row.figures;
    auto number = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case Better:
        return row.indicator.higherIsBetter ? 1 : 0;
    case Latest:
        return f.latest ? QVariant(f.latest->value) : QVariant();
    case Change:
        // Relative: indicators in different units compare by how much they moved.
        return f.relativeChange ? QVariant(*f.relativeChange) : number(f.change);
    case Target:
        return f.target ? QVariant(f.target->value) : QVariant();
    case Progress:
        return number(f.progress);
    case BenchmarkGap:
        if (f.gaps.isEmpty() || !std::isfinite(f.gaps.first().ratio))
            return {};
        return f.gaps.first().ratio;
    case Status:
        return statusRank(f.status);
    }
    return display(row, column);
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const IndicatorFigures &f = row.figures;
    const int column = index.column();
    switch (role) {
    case UuidRole:
        return row.indicator.uuid;
    case StatusRole:
        return static_cast<int>(f.status);
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Code:
            return row.indicator.code;
        case Name:
            return row.indicator.name();
        case Change:
            if (f.baseline && f.latest && f.change)
                return tr("From %1 in %2 to %3 in %4")
                    .arg(formatNumber(f.baseline->value), f.baseline->period,
                         formatNumber(f.latest->value), f.latest->period);
            return tr("Needs two observations.");
        case Target: {
            QStringList lines;
            for (const IndicatorTarget &t : row.indicator.targets)
                lines << periodValue(t.period, t.value);
            if (lines.size() > 1)
                lines.prepend(tr("All targets:"));
            return lines.isEmpty() ? tr("No target set.") : lines.join(QLatin1Char('\n'));
        }
        case Progress:
            if (f.expectedProgress)
                return tr("Share of time elapsed: %1").arg(percent(*f.expectedProgress, 0));
            return {};
        case BenchmarkGap: {
            QStringList lines;
            for (const ::BenchmarkGap &g : f.gaps)
                lines << (g.ahead ? tr("%1: benchmark %2; the latest value is at least as good.")
                                  : tr("%1: benchmark %2; the latest value is behind."))
                             .arg(g.period.isEmpty()
                                      ? g.label
                                      : QStringLiteral("%1 %2").arg(g.label, g.period),
                                  formatNumber(g.benchmark));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        case Status:
            return f.statusReason;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == Status)
            return QBrush(statusColor(f.status));
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light status colours, whatever the palette.
        if (column == Status)
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Change || column == Progress)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Better:
            return tr("Whether higher or lower values are better (ranks: lower).");
        case Change:
            return tr("Latest minus first observation, and relative to the first.");
        case Progress:
            return tr("Share of the way from the baseline (first observation) to the target "
                      "covered by the latest value.");
        case BenchmarkGap:
            return tr("Latest value divided by the benchmark (×) and minus the benchmark.");
        case Status:
            return IndicatorMath::statusRule();
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Indicator");
    case Unit:
        return tr("Unit");
    case Better:
        return tr("Better");
    case Goals:
        return tr("Goals");
    case Latest:
        return tr("Latest");
    case Change:
        return tr("Change since first");
    case Target:
        return tr("Target");
    case Progress:
        return tr("Progress");
    case BenchmarkGap:
        return tr("Benchmark gap");
    case Status:
        return tr("Status");
    }
    return {};
}

void IndicatorTableModel::onChanged(const RowChanges &changes)
{
    QSet<QString> touched;
    for (const RowChange &c : changes) {
        if (c.table == QLatin1String("indicator")) {
            touched.insert(c.key);
        } else if (isIndicatorChild(c.table)) {
            const QVariantMap &row = c.after.isEmpty() ? c.before : c.after;
            touched.insert(row.value(QStringLiteral("indicator_uuid")).toString());
        }
    }
    // Imports and merges touch many indicators at once: one reset beats many row signals.
    if (touched.size() > 50) {
        reload();
        return;
    }
    for (const QString &uuid : std::as_const(touched))
        refresh(uuid);
}

void IndicatorTableModel::refresh(const QString &uuid)
{
    const std::optional<Indicator> indicator = m_project->store().indicator(uuid);
    const int row = rowOf(uuid);
    if (indicator && row >= 0) {
        m_rows[row] = makeRow(*indicator);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (indicator) {
        // The store's order (sort order, code), so an undone delete comes back in place.
        int at = 0;
        while (at < m_rows.size() &&
               std::make_pair(m_rows.at(at).indicator.sortOrder, m_rows.at(at).indicator.code) <
                   std::make_pair(indicator->sortOrder, indicator->code))
            ++at;
        beginInsertRows(QModelIndex(), at, at);
        m_rows.insert(at, makeRow(*indicator));
        reindex();
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        reindex();
        endRemoveRows();
    }
}
