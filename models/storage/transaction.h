#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace bridge {

// A write transaction that rolls back unless commit() ran. The write lock is taken up front
// (BEGIN IMMEDIATE on a file, a transaction-level advisory lock on a server), so a busy
// database fails here and not halfway through, and every check inside sees the last commit.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] Done begin();
    [[nodiscard]] Done commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// One snapshot for an answer built from several reads: every SELECT between BEGIN and COMMIT
// sees the same committed state, whatever other processes commit meanwhile (WAL mode on a
// file, REPEATABLE READ on a server).
// Inside a transaction that is already open (a write, or an outer read) it does nothing.
class ReadTransaction
{
public:
    explicit ReadTransaction(const QSqlDatabase &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    [[nodiscard]] Done begin();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Whether the connection is inside a transaction now.
bool inTransaction(const QSqlDatabase &db);

} // namespace bridge
