// Versioned schema migrations, recorded in schema_migrations, each applied in its own transaction.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Touchline {

class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    explicit Migrator(QSqlDatabase db);

    // The migrations this program carries (":/sql/NNNN_name.sql"), in order.
    static QVector<Migration> migrations();
    static int latestVersion();

    // The newest version applied to the database; 0 for an empty one, -1 on error.
    int currentVersion(QString *error) const;
    // Applies what is missing; refuses a database newer than this program. Safe to run from
    // several processes at once (an advisory lock serialises them) and to run twice.
    bool migrate(QString *error, QStringList *applied = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace Touchline
