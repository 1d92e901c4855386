#pragma once

#include <QSqlDatabase>

// Rolls back unless commit() succeeded: an early return or an error can never leave a
// half-applied edit in the project file.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
