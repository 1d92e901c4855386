#include "GoalTreeModel.h"

#include "Project.h"
#include "domain/Vocabulary.h"

#include <QStringList>

GoalTreeModel::GoalTreeModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    const Framework &framework = project->store().framework();
    for (const GoalNode &d : framework.dimensions())
        m_dimensions.append({d, framework.goalsOf(d.code)});
    connect(project, &Project::changed, this, &GoalTreeModel::onChanged);
    connect(project, &Project::evaluatorChanged, this, &GoalTreeModel::reloadScores);
}

void GoalTreeModel::setPolicy(const QString &policyUuid)
{
    if (policyUuid == m_policy)
        return;
    m_policy = policyUuid;
    reloadScores();
}

void GoalTreeModel::reloadScores()
{
    m_scores.clear();
    if (!m_policy.isEmpty()) {
        for (const Score &s : m_project->store().scores(m_policy))
            m_scores[s.goalUuid].append(s);
    }
    // Only the score columns change; the tree's shape never does.
    for (int d = 0; d < m_dimensions.size(); ++d) {
        const QModelIndex dim = index(d, 0);
        emit dataChanged(index(d, MyScore), index(d, AllScores));
        const int goals = int(m_dimensions.at(d).goals.size());
        if (goals > 0)
            emit dataChanged(index(0, MyScore, dim), index(goals - 1, AllScores, dim));
    }
}

void GoalTreeModel::onChanged(const RowChanges &changes)
{
    for (const RowChange &c : changes) {
        const QVariantMap &row = c.after.isEmpty() ? c.before : c.after;
        if ((c.table == QLatin1String("score") &&
             row.value(QStringLiteral("policy_uuid")).toString() == m_policy) ||
            (c.table == QLatin1String("policy") && c.key == m_policy) ||
            c.table == QLatin1String("evaluator")) {
            reloadScores();
            return;
        }
    }
}

QModelIndex GoalTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_dimensions.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_dimensions.size())
        return {};
    if (row >= m_dimensions.at(parent.row()).goals.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GoalTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int GoalTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_dimensions.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_dimensions.at(parent.row()).goals.size());
}

int GoalTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const GoalNode &GoalTreeModel::nodeOf(const QModelIndex &index) const
{
    if (index.internalId() == 0)
        return m_dimensions.at(index.row()).node;
    return m_dimensions.at(int(index.internalId() - 1)).goals.at(index.row());
}

const Score *GoalTreeModel::myScore(const QString &goalUuid) const
{
    const QString me = m_project->evaluator().uuid;
    const auto it = m_scores.constFind(goalUuid);
    if (it == m_scores.constEnd())
        return nullptr;
    for (const Score &s : *it) {
        if (s.evaluatorUuid == me)
            return &s;
    }
    return nullptr;
}

QVariant GoalTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GoalNode &node = nodeOf(index);
    switch (role) {
    case GoalUuidRole:
        return node.uuid;
    case GoalCodeRole:
        return node.code;
    case IsDimensionRole:
        return node.isDimension();
    case MyScoreValueRole: {
        const Score *mine = node.isDimension() ? nullptr : myScore(node.uuid);
        return mine && mine->value ? QVariant(*mine->value) : QVariant();
    }
    case Qt::ToolTipRole:
        if (index.column() == Name || index.column() == Code)
            return node.description().isEmpty()
                       ? node.name()
                       : tr("%1\n\n%2\nSources: %3")
                             .arg(node.name(), node.description(), node.sources);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Code:
        return node.code;
    case Name:
        return node.name();
    case MyScore:
        if (m_policy.isEmpty())
            return QString();
        if (node.isDimension()) {
            int mine = 0;
            const QList<GoalNode> &goals = m_dimensions.at(index.row()).goals;
            for (const GoalNode &g : goals)
                mine += myScore(g.uuid) ? 1 : 0;
            return tr("%1 / %2").arg(mine).arg(goals.size());
        } else if (const Score *mine = myScore(node.uuid)) {
            return Vocabulary::scoreDisplay(mine->value);
        }
        return QString();
    case AllScores: {
        if (node.isDimension())
            return QString();
        QStringList values;
        for (const Score &s : m_scores.value(node.uuid))
            values << (s.value ? QString::number(*s.value) : Vocabulary::notApplicableLabel());
        return values.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant GoalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Goal");
    case MyScore:
        return tr("My score");
    case AllScores:
        return tr("All evaluators");
    }
    return {};
}

QModelIndex GoalTreeModel::indexOfGoal(const QString &goalUuid, int column) const
{
    for (int d = 0; d < m_dimensions.size(); ++d) {
        if (m_dimensions.at(d).node.uuid == goalUuid)
            return index(d, column);
        const QList<GoalNode> &goals = m_dimensions.at(d).goals;
        for (int g = 0; g < goals.size(); ++g) {
            if (goals.at(g).uuid == goalUuid)
                return index(g, column, index(d, 0));
        }
    }
    return {};
}
