#include "PolicyTableModel.h"

#include "Project.h"
#include "commands/PolicyCommands.h"
#include "domain/Vocabulary.h"

#include <QSet>

PolicyTableModel::PolicyTableModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Project::changed, this, &PolicyTableModel::onChanged);
    reload();
}

void PolicyTableModel::reload()
{
    beginResetModel();
    m_rows = m_project->store().policySummaries();
    m_goalCount = int(m_project->store().framework().goals().size());
    endResetModel();
}

int PolicyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicySummary &s = m_rows.at(index.row());
    const Policy &p = s.policy;
    if (role == UuidRole)
        return p.uuid;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        switch (index.column()) {
        case Code:
            return p.code;
        case Title:
            return p.title;
        case Issuer:
            return p.issuer;
        case Year:
            if (role == SortRole)
                return p.year;
            return p.year > 0 ? QVariant(p.year) : QVariant(QString());
        case Level:
            return role == Qt::EditRole ? p.level : Vocabulary::levelLabel(p.level);
        case Instrument:
            return role == Qt::EditRole ? p.instrument : Vocabulary::instrumentLabel(p.instrument);
        case Scored:
            if (role == SortRole)
                return s.scoredGoals;
            return tr("%1 / %2").arg(s.scoredGoals).arg(m_goalCount);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Scored)
            return tr("%n goal(s) scored, %1 score(s) by all evaluators", nullptr, s.scoredGoals)
                .arg(s.scoreCount);
        if (index.column() == Title && !p.description.isEmpty())
            return p.description;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Year || index.column() == Scored))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Issuer:
        return tr("Issuer");
    case Year:
        return tr("Year");
    case Level:
        return tr("Level");
    case Instrument:
        return tr("Instrument");
    case Scored:
        return tr("Goals scored");
    }
    return {};
}

Qt::ItemFlags PolicyTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_project->isReadOnly() &&
        (index.column() == Title || index.column() == Issuer || index.column() == Year))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PolicyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Policy before = m_rows.at(index.row()).policy;
    Policy after = before;
    switch (index.column()) {
    case Title:
        after.title = value.toString().trimmed();
        if (after.title.isEmpty())
            return false;
        break;
    case Issuer:
        after.issuer = value.toString().trimmed();
        break;
    case Year: {
        bool ok = false;
        const int year = value.toString().trimmed().isEmpty() ? 0 : value.toInt(&ok);
        if ((!ok && year != 0) || (year != 0 && (year < 1900 || year > 2100)))
            return false;
        after.year = year;
        break;
    }
    default:
        return false;
    }
    if (after.title == before.title && after.issuer == before.issuer && after.year == before.year)
        return true;
    return m_project->push(new EditPolicyCommand(m_project, before, after));
}

int PolicyTableModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).policy.uuid == uuid)
            return i;
    }
    return -1;
}

int PolicyTableModel::totalScores() const
{
    int total = 0;
    for (const PolicySummary &s : m_rows)
        total += s.scoreCount;
    return total;
}

QString PolicyTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).policy.uuid : QString();
}

void PolicyTableModel::onChanged(const RowChanges &changes)
{
    // Large edits (imports) are cheaper to reload at once than row by row.
    if (changes.size() > 500) {
        reload();
        return;
    }
    QSet<QString> touched;
    for (const RowChange &c : changes) {
        if (c.table == QLatin1String("policy")) {
            touched.insert(c.key);
        } else if (c.table == QLatin1String("score")) {
            const QVariantMap &row = c.after.isEmpty() ? c.before : c.after;
            touched.insert(row.value(QStringLiteral("policy_uuid")).toString());
        }
    }
    for (const QString &uuid : std::as_const(touched))
        refreshRow(uuid);
}

void PolicyTableModel::refreshRow(const QString &uuid)
{
    const int row = rowOf(uuid);
    const std::optional<PolicySummary> summary = m_project->store().policySummary(uuid);
    if (row >= 0 && !summary) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (row >= 0) {
        m_rows[row] = *summary;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (summary) {
        // Keep the store's order (by code) so an undone delete comes back where it was.
        int at = 0;
        while (at < m_rows.size() && m_rows.at(at).policy.code < summary->policy.code)
            ++at;
        beginInsertRows(QModelIndex(), at, at);
        m_rows.insert(at, *summary);
        endInsertRows();
    }
}
