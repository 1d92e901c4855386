#include "EvidenceModel.h"

#include "Project.h"
#include "domain/Vocabulary.h"

EvidenceModel::EvidenceModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Project::changed, this, &EvidenceModel::onChanged);
}

void EvidenceModel::setScore(const QString &scoreUuid)
{
    m_score = scoreUuid;
    reload();
}

void EvidenceModel::reload()
{
    beginResetModel();
    m_items = m_score.isEmpty() ? QList<Evidence>() : m_project->store().evidence(m_score);
    endResetModel();
}

void EvidenceModel::onChanged(const RowChanges &changes)
{
    for (const RowChange &c : changes) {
        const QVariantMap &row = c.after.isEmpty() ? c.before : c.after;
        if (c.table == QLatin1String("evidence") &&
            row.value(QStringLiteral("score_uuid")).toString() == m_score) {
            reload();
            return;
        }
        if (c.table == QLatin1String("score") && c.key == m_score && c.isDelete()) {
            m_score.clear();
            reload();
            return;
        }
    }
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Evidence &e = m_items.at(index.row());
    if (role == UuidRole)
        return e.uuid;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Level:
        return Vocabulary::resultLevelLabel(e.level);
    case Source:
        return e.source;
    case Locator:
        return e.locator;
    case Quote:
        return e.quote;
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Level:
        return tr("Result level");
    case Source:
        return tr("Source");
    case Locator:
        return tr("Page / section");
    case Quote:
        return tr("Quote");
    }
    return {};
}
