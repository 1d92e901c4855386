#pragma once

#include <QList>
#include <QString>

// A node of a goal framework: a dimension (no parent) or a goal within it.
struct GoalNode
{
    QString uuid;
    QString code;
    QString parentCode;
    QString nameZh;
    QString nameEn;
    QString descriptionZh;
    QString descriptionEn;
    QString sources;
    int sortOrder = 0;

    bool isDimension() const { return parentCode.isEmpty(); }
    // Name and description in the UI language (Chinese when the default locale is Chinese).
    QString name() const;
    QString description() const;
};

// The goal tree a project scores against (DOMAIN §3). Dimensions come first in their
// order, each followed by its goals, as in `nodes()`.
class Framework
{
public:
    Framework() = default;
    Framework(QString id, QString nameZh, QString nameEn, QList<GoalNode> nodes);

    QString id() const { return m_id; }
    QString nameZh() const { return m_nameZh; }
    QString nameEn() const { return m_nameEn; }
    QString name() const;
    bool isEmpty() const { return m_nodes.isEmpty(); }

    const QList<GoalNode> &nodes() const { return m_nodes; }
    QList<GoalNode> dimensions() const;
    QList<GoalNode> goalsOf(const QString &dimensionCode) const;
    QList<GoalNode> goals() const; // leaves only: what gets scored

    const GoalNode *byCode(const QString &code) const;
    const GoalNode *byUuid(const QString &uuid) const;

    // Goals get the same UUID in every project built on the same framework, so files
    // created apart can still be merged.
    static QString goalUuid(const QString &frameworkId, const QString &code);

private:
    QString m_id;
    QString m_nameZh;
    QString m_nameEn;
    QList<GoalNode> m_nodes;
};

bool uiIsChinese();
