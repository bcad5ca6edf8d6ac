#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace bridge {

// A write transaction that rolls back unless commit() ran. BEGIN IMMEDIATE takes the
// write lock up front, so a busy database fails here and not halfway through.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Done begin();
    Done commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace bridge
