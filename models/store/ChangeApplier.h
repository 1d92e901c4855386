#pragma once

#include "RowChange.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

// Who made an edit and under which command, as recorded in the change log.
struct ChangeContext
{
    QString actorUuid;
    QString actorName;
    QString command; // the undo text, e.g. "Score P03 × D2"
};

// Applies a list of row changes in one transaction and writes one change-log row per
// changed field (inserts and deletes log the whole row as JSON). Forward applies
// before → after in list order; backward applies after → before in reverse order, so
// that rows are always inserted after and deleted before the rows they refer to.
class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)

public:
    explicit ChangeApplier(QSqlDatabase db);

    bool apply(const RowChanges &changes, bool forward, const ChangeContext &context);
    QString errorString() const { return m_error; }

private:
    bool applyOne(const RowChange &change, const ChangeContext &context, const QString &at);
    bool log(const ChangeContext &context, const QString &at, const QString &action,
             const RowChange &change, const QString &field, const QVariant &oldValue,
             const QVariant &newValue);
    bool fail(const QString &what, const QString &detail);
    QSqlQuery &statement(const QString &sql);

    QSqlDatabase m_db;
    QString m_error;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};
