// Opens QPSQL connections with Touchline's session settings and classifies failures.
#pragma once

#include "connectionsettings.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Touchline {

struct DbError
{
    enum class Kind { None, Unreachable, Rejected, Failed };
    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
};

class Database
{
public:
    // Opens a named connection in the calling thread (a connection belongs to its thread) and
    // sets statement_timeout, lock_timeout and idle_in_transaction_session_timeout.
    static QSqlDatabase
    open(const ConnectionSettings &settings, const QString &connectionName, DbError *error);
    static void close(const QString &connectionName);
    // Reconnects an existing connection (after the server went away) with the same session
    // settings as open().
    static bool reopen(QSqlDatabase db, const ConnectionSettings &settings, DbError *error);

    // "what failed: the server's reason", for messages that must say what went wrong.
    static QString describe(const QSqlError &error);
};

} // namespace Touchline
