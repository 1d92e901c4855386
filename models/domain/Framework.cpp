#include "Framework.h"

#include <QLocale>
#include <QUuid>

bool uiIsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString GoalNode::name() const
{
    return uiIsChinese() || nameEn.isEmpty() ? nameZh : nameEn;
}

QString GoalNode::description() const
{
    return uiIsChinese() || descriptionEn.isEmpty() ? descriptionZh : descriptionEn;
}

Framework::Framework(QString id, QString nameZh, QString nameEn, QList<GoalNode> nodes)
    : m_id(std::move(id))
    , m_nameZh(std::move(nameZh))
    , m_nameEn(std::move(nameEn))
    , m_nodes(std::move(nodes))
{}

QString Framework::name() const
{
    return uiIsChinese() || m_nameEn.isEmpty() ? m_nameZh : m_nameEn;
}

QList<GoalNode> Framework::dimensions() const
{
    QList<GoalNode> result;
    for (const GoalNode &n : m_nodes) {
        if (n.isDimension())
            result << n;
    }
    return result;
}

QList<GoalNode> Framework::goalsOf(const QString &dimensionCode) const
{
    QList<GoalNode> result;
    for (const GoalNode &n : m_nodes) {
        if (n.parentCode == dimensionCode)
            result << n;
    }
    return result;
}

QList<GoalNode> Framework::goals() const
{
    QList<GoalNode> result;
    for (const GoalNode &n : m_nodes) {
        if (!n.isDimension())
            result << n;
    }
    return result;
}

const GoalNode *Framework::byCode(const QString &code) const
{
    for (const GoalNode &n : m_nodes) {
        if (n.code == code)
            return &n;
    }
    return nullptr;
}

const GoalNode *Framework::byUuid(const QString &uuid) const
{
    for (const GoalNode &n : m_nodes) {
        if (n.uuid == uuid)
            return &n;
    }
    return nullptr;
}

QString Framework::goalUuid(const QString &frameworkId, const QString &code)
{
    static const QUuid ns(QStringLiteral("{6c1f2a8e-4b7d-4e53-9a0f-2d5e8b1c7a44}"));
    return QUuid::createUuidV5(ns, QStringLiteral("goal:%1:%2").arg(frameworkId, code))
        .toString(QUuid::WithoutBraces);
}
