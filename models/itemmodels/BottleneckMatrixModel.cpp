#include "BottleneckMatrixModel.h"

#include "BottleneckTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

BottleneckMatrixModel::BottleneckMatrixModel(BottleneckTableModel *register_,
                                             const Framework &framework,
                                             QList<BottleneckCategory> categories, QObject *parent)
    : QAbstractTableModel(parent)
    , m_register(register_)
    , m_goals(framework.goals())
    , m_categories(std::move(categories))
{
    auto update = [this] { recompute(); };
    connect(register_, &QAbstractItemModel::modelReset, this, update);
    connect(register_, &QAbstractItemModel::dataChanged, this, update);
    connect(register_, &QAbstractItemModel::rowsInserted, this, update);
    connect(register_, &QAbstractItemModel::rowsRemoved, this, update);
    recompute();
}

void BottleneckMatrixModel::setCategories(QList<BottleneckCategory> categories)
{
    beginResetModel();
    m_categories = std::move(categories);
    endResetModel();
    recompute();
}

void BottleneckMatrixModel::recompute()
{
    const int columns = int(m_goals.size()) + 1;
    QList<int> counts(m_categories.size() * columns, 0);
    QHash<QString, int> goalColumn;
    for (int c = 0; c < m_goals.size(); ++c)
        goalColumn.insert(m_goals.at(c).uuid, c);
    // Which rows a category code counts in: its own and every ancestor's.
    QHash<QString, QList<int>> rowsOf;
    for (int r = 0; r < m_categories.size(); ++r) {
        for (int s = 0; s < m_categories.size(); ++s) {
            if (m_register->isInCategory(m_categories.at(s).code, m_categories.at(r).code))
                rowsOf[m_categories.at(s).code] << r;
        }
    }
    for (int i = 0; i < m_register->rowCount(); ++i) {
        const Bottleneck &b = m_register->bottleneckAt(i);
        if (b.isClosed() || b.status == BottleneckStatus::Resolved)
            continue;
        const QList<int> rows = rowsOf.value(b.categoryCode);
        for (const int r : rows) {
            counts[r * columns + columns - 1] += 1;
            for (const QString &goal : b.goalUuids) {
                const auto it = goalColumn.constFind(goal);
                if (it != goalColumn.cend())
                    counts[r * columns + *it] += 1;
            }
        }
    }
    int max = 0;
    for (int r = 0; r < m_categories.size(); ++r) {
        for (int c = 0; c + 1 < columns; ++c)
            max = std::max(max, counts.at(r * columns + c));
    }
    const bool same = counts == m_counts;
    m_counts = counts;
    m_max = max;
    if (!same && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int BottleneckMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int BottleneckMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size()) + 1;
}

int BottleneckMatrixModel::count(int row, int column) const
{
    const int index = row * columnCount() + column;
    return index >= 0 && index < m_counts.size() ? m_counts.at(index) : 0;
}

QVariant BottleneckMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int n = count(index.row(), index.column());
    const bool total = index.column() == m_goals.size();
    const BottleneckCategory &category = m_categories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return n > 0 ? QVariant(n) : QVariant(QString());
    case CountRole:
        return n;
    case CategoryCodeRole:
        return category.code;
    case GoalUuidRole:
        return total ? QString() : m_goals.at(index.column()).uuid;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (total)
            return tr("%n unresolved bottleneck(s) of %1", nullptr, n).arg(category.name());
        return tr("%n unresolved bottleneck(s) of %1 block %2 %3", nullptr, n)
            .arg(category.name(), m_goals.at(index.column()).code,
                 m_goals.at(index.column()).name());
    case Qt::BackgroundRole: {
        if (n == 0 || total || m_max == 0)
            return {};
        // Light to dark red with the count, so that piles stand out at a glance.
        const double t = double(n) / m_max;
        return QBrush(QColor::fromRgbF(1.0, 0.93 - 0.55 * t, 0.90 - 0.60 * t));
    }
    case Qt::ForegroundRole:
        if (!total && m_max > 0 && double(n) / m_max > 0.6)
            return QBrush(Qt::white);
        return {};
    case Qt::FontRole:
        if (total || category.parentCode.isEmpty()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant BottleneckMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const bool total = section == m_goals.size();
        if (section < 0 || section > m_goals.size())
            return {};
        if (role == Qt::DisplayRole)
            return total ? tr("Total") : m_goals.at(section).code;
        if (role == Qt::ToolTipRole)
            return total ? tr("Unresolved bottlenecks of the category")
                         : m_goals.at(section).name();
        return {};
    }
    if (section < 0 || section >= m_categories.size())
        return {};
    const BottleneckCategory &c = m_categories.at(section);
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1 %2").arg(c.code, c.name());
    if (role == Qt::ToolTipRole)
        return c.description();
    return {};
}
