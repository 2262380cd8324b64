// Small database helpers the model tests share: a scoped connection, a statement, one value.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Touchline::Test {

// A named connection to a test cluster database for the length of a scope.
class Session
{
public:
    explicit Session(const QString &database);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    QSqlDatabase db() const { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

// Runs one statement; on failure says why in *error, or in a warning when error is null.
bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr);
// The first column of the first row; an invalid QVariant (and a warning) when the query fails.
QVariant scalar(const QSqlDatabase &db, const QString &sql);

} // namespace Touchline::Test
