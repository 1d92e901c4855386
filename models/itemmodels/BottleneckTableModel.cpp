#include "BottleneckTableModel.h"

#include "Project.h"
#include "domain/BottleneckRules.h"
#include "domain/Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace {

bool isTrackingTable(const QString &table)
{
    return table.startsWith(QLatin1String("bottleneck"));
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

BottleneckTableModel::BottleneckTableModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_today(QDate::currentDate())
{
    connect(project, &Project::changed, this, &BottleneckTableModel::onChanged);
    reload();
}

void BottleneckTableModel::loadNames()
{
    m_categoryNames.clear();
    m_categoryParents.clear();
    for (const BottleneckCategory &c : m_project->store().bottleneckCategories()) {
        m_categoryNames.insert(c.code, c.name());
        m_categoryParents.insert(c.code, c.parentCode);
    }
    m_goalCodes.clear();
    for (const GoalNode &g : m_project->store().framework().nodes())
        m_goalCodes.insert(g.uuid, g.code);
    m_policyCodes.clear();
    for (const Policy &p : m_project->store().policies())
        m_policyCodes.insert(p.uuid, p.code);
}

void BottleneckTableModel::reload()
{
    beginResetModel();
    loadNames();
    m_rows = m_project->store().bottlenecks();
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).uuid, i);
    endResetModel();
}

void BottleneckTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BottleneckTableModel::rowOf(const QString &uuid) const
{
    return m_rowOf.value(uuid, -1);
}

QString BottleneckTableModel::categoryName(const QString &code) const
{
    return m_categoryNames.value(code, code);
}

bool BottleneckTableModel::isInCategory(const QString &code, const QString &ancestor) const
{
    QString c = code;
    // Bounded walk: a foreign file could hold a parent cycle.
    for (int depth = 0; depth < 16 && !c.isEmpty(); ++depth) {
        if (c == ancestor)
            return true;
        c = m_categoryParents.value(c);
    }
    return false;
}

QString BottleneckTableModel::goalCodes(const Bottleneck &b) const
{
    QStringList codes;
    for (const QString &uuid : b.goalUuids)
        codes << m_goalCodes.value(uuid, uuid.left(8));
    return codes.join(QStringLiteral("; "));
}

QString BottleneckTableModel::policyCodes(const Bottleneck &b) const
{
    QStringList codes;
    for (const QString &uuid : b.policyUuids)
        codes << m_policyCodes.value(uuid, uuid.left(8));
    return codes.join(QStringLiteral("; "));
}

int BottleneckTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BottleneckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BottleneckTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bottleneck &b = m_rows.at(index.row());
    const bool overdue = b.isOverdue(m_today);
    const bool longOpen = BottleneckRules::isLongOpen(b, m_today);
    switch (role) {
    case UuidRole:
        return b.uuid;
    case OverdueRole:
        return overdue;
    case LongOpenRole:
        return longOpen;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Title:
            return b.title;
        case Category:
            if (role == SortRole)
                return b.categoryCode;
            return QStringLiteral("%1 %2").arg(b.categoryCode, categoryName(b.categoryCode));
        case Severity:
            if (role == SortRole)
                return b.severity;
            return QStringLiteral("%1 · %2")
                .arg(b.severity)
                .arg(Vocabulary::severityLabel(b.severity));
        case Status:
            if (role == SortRole)
                return static_cast<int>(b.status);
            return Vocabulary::statusLabel(b.status);
        case Owner:
            return b.owner;
        case Opened:
            if (role == SortRole)
                return b.opened; // dates compare as dates, not through the collator
            return isoDate(b.opened);
        case Target:
            if (role == SortRole)
                return b.isClosed() ? b.closed : b.target;
            if (role == Qt::DisplayRole && b.isClosed() && b.closed.isValid())
                return tr("closed %1").arg(isoDate(b.closed));
            return isoDate(b.target);
        case Goals:
            return goalCodes(b);
        case Policies:
            return policyCodes(b);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (overdue)
            lines << tr("Overdue: the target date %1 passed %n day(s) ago.", nullptr,
                        int(b.target.daysTo(m_today)))
                         .arg(isoDate(b.target));
        if (longOpen)
            lines << tr("Long open: %1 for %n day(s).", nullptr, int(b.opened.daysTo(m_today)))
                         .arg(Vocabulary::statusLabel(b.status));
        if (index.column() == Title && !b.description.isEmpty())
            lines << b.description;
        if (index.column() == Category)
            lines << categoryName(b.categoryCode);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Target || index.column() == Title))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (longOpen && index.column() == Opened)
            return QBrush(QColor(0xa3, 0x5a, 0x00));
        if (b.isClosed())
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        if (longOpen)
            return QBrush(QColor(0xfe, 0xf6, 0xe4));
        return {};
    }
    return {};
}

QVariant BottleneckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Bottleneck");
    case Category:
        return tr("Category");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Opened:
        return tr("Opened");
    case Target:
        return tr("Target date");
    case Goals:
        return tr("Goals");
    case Policies:
        return tr("Policies");
    }
    return {};
}

void BottleneckTableModel::onChanged(const RowChanges &changes)
{
    QSet<QString> touched;
    bool namesChanged = false;
    for (const RowChange &c : changes) {
        if (c.table == QLatin1String("bottleneck")) {
            touched.insert(c.key);
        } else if (c.table == QLatin1String("bottleneck_category") ||
                   c.table == QLatin1String("policy")) {
            namesChanged = true;
        } else if (isTrackingTable(c.table)) {
            const QVariantMap &row = c.after.isEmpty() ? c.before : c.after;
            touched.insert(row.value(QStringLiteral("bottleneck_uuid")).toString());
        }
    }
    // Imports and merges touch many records at once: one reset is cheaper than thousands
    // of row signals.
    if (touched.size() > 200) {
        reload();
        return;
    }
    if (namesChanged) {
        loadNames();
        // A deleted policy takes its links with it (changes above); codes shown may change.
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    for (const QString &uuid : std::as_const(touched))
        refresh(uuid);
}

void BottleneckTableModel::refresh(const QString &uuid)
{
    const std::optional<Bottleneck> b = m_project->store().bottleneck(uuid);
    const int row = rowOf(uuid);
    if (b && row >= 0) {
        m_rows[row] = *b;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (b) {
        const int at = int(m_rows.size());
        beginInsertRows(QModelIndex(), at, at);
        m_rows.append(*b);
        m_rowOf.insert(uuid, at);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        m_rowOf.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).uuid, i);
        endRemoveRows();
    }
}
