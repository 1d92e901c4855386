#include "HistoryModel.h"

#include "domain/Vocabulary.h"
#include "store/ProjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QJsonObject rowOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString quoted(const QString &text)
{
    const QString oneLine = text.simplified();
    return oneLine.size() > 60 ? oneLine.left(60) + QChar(0x2026) : oneLine;
}

} // namespace

HistoryModel::HistoryModel(const ProjectStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void HistoryModel::setBottleneck(const QString &uuid)
{
    m_uuid = uuid;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (!m_uuid.isEmpty())
        m_entries = m_store->history(m_uuid,
                                     {QStringLiteral("bottleneck_goal"),
                                      QStringLiteral("bottleneck_policy"),
                                      QStringLiteral("bottleneck_evidence")},
                                     QStringLiteral("bottleneck_uuid"));
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return role == Qt::ToolTipRole
                       ? QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat)
                       : e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Who:
            return e.actorName.isEmpty() ? tr("(not recorded)") : e.actorName;
        case Change:
            if (role == Qt::ToolTipRole && !e.command.isEmpty())
                return tr("%1\n(%2)").arg(describe(e), e.command);
            return describe(e);
        case Edit:
            return e.command;
        }
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Change:
        return tr("Change");
    case Edit:
        return tr("Edit");
    }
    return {};
}

QString HistoryModel::fieldLabel(const QString &field) const
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("category_code"), QT_TR_NOOP("Category")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("severity"), QT_TR_NOOP("Severity")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("status_reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("opened"), QT_TR_NOOP("Opened")},
        {QStringLiteral("target"), QT_TR_NOOP("Target date")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("locator"), QT_TR_NOOP("Locator")},
        {QStringLiteral("quote"), QT_TR_NOOP("Quote")},
        {QStringLiteral("level"), QT_TR_NOOP("Result level")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

QString HistoryModel::fieldValue(const QString &field, const QString &value) const
{
    if (value.isEmpty())
        return tr("(empty)");
    if (field == QLatin1String("status")) {
        if (const auto s = Vocabulary::statusFromText(value))
            return Vocabulary::statusLabel(*s);
    }
    if (field == QLatin1String("severity"))
        return QStringLiteral("%1 · %2").arg(value, Vocabulary::severityLabel(value.toInt()));
    if (field == QLatin1String("level")) {
        if (const auto l = Vocabulary::resultLevelFromText(value))
            return Vocabulary::resultLevelLabel(*l);
    }
    return quoted(value);
}

QString HistoryModel::goalCode(const QString &uuid) const
{
    const GoalNode *goal = m_store->framework().byUuid(uuid);
    return goal ? goal->code : uuid.left(8);
}

QString HistoryModel::policyCode(const QString &uuid) const
{
    if (const auto p = m_store->policy(uuid))
        return p->code;
    // Deleted since: its code is in the row logged when it was added or deleted.
    for (const HistoryEntry &e : m_store->history(uuid)) {
        const QString code = rowOf(e.action == QLatin1String("delete") ? e.oldValue : e.newValue)
                                 .value(QLatin1String("code"))
                                 .toString();
        if (!code.isEmpty())
            return tr("%1 (deleted)").arg(code);
    }
    return uuid.left(8);
}

QString HistoryModel::describe(const HistoryEntry &e) const
{
    const bool insert = e.action == QLatin1String("insert");
    const bool remove = e.action == QLatin1String("delete");
    const QJsonObject row = rowOf(insert ? e.newValue : e.oldValue);
    if (e.entity == QLatin1String("bottleneck_goal")) {
        const QString code = goalCode(row.value(QLatin1String("goal_uuid")).toString());
        return insert ? tr("Linked goal %1").arg(code) : tr("Unlinked goal %1").arg(code);
    }
    if (e.entity == QLatin1String("bottleneck_policy")) {
        const QString code = policyCode(row.value(QLatin1String("policy_uuid")).toString());
        return insert ? tr("Linked policy %1").arg(code) : tr("Unlinked policy %1").arg(code);
    }
    if (e.entity == QLatin1String("bottleneck_evidence")) {
        if (insert)
            return tr("Added evidence: %1")
                .arg(quoted(row.value(QLatin1String("source")).toString()));
        if (remove)
            return tr("Removed evidence: %1")
                .arg(quoted(row.value(QLatin1String("source")).toString()));
        return tr("Evidence %1: %2 → %3")
            .arg(fieldLabel(e.field), fieldValue(e.field, e.oldValue),
                 fieldValue(e.field, e.newValue));
    }
    if (insert)
        return tr("Recorded \"%1\" (%2, %3)")
            .arg(quoted(row.value(QLatin1String("title")).toString()),
                 row.value(QLatin1String("category_code")).toString(),
                 fieldValue(QStringLiteral("status"),
                            row.value(QLatin1String("status")).toString()));
    if (remove)
        return tr("Deleted the bottleneck");
    return tr("%1: %2 → %3")
        .arg(fieldLabel(e.field), fieldValue(e.field, e.oldValue), fieldValue(e.field, e.newValue));
}
