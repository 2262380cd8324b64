#include "database.h"

#include "pooleddriver.h"
#include "tr.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// QPSQL joins the options with spaces into a libpq conninfo string, so a value with a space
// (options=-c role=x) must be quoted there: 'value' with \ and ' escaped.
QString conninfoOptions(const QString &options)
{
    QStringList out;
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        QString value = option.mid(eq + 1);
        if (eq < 0 || !value.contains(QRegularExpression(u"[\\s'\\\\]"_s))) {
            out.append(option);
            continue;
        }
        value.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
        out.append(option.left(eq + 1) + u'\'' + value + u'\'');
    }
    return out.join(u';');
}

// Nothing may hang a console: a stuck lock or a forgotten transaction fails instead.
QString sessionSettings(const QString &set)
{
    static const QStringList settings{u"statement_timeout = '120s'"_s,
                                      u"lock_timeout = '15s'"_s,
                                      u"idle_in_transaction_session_timeout = '60s'"_s,
                                      u"timezone = 'UTC'"_s,
                                      u"client_min_messages = warning"_s};
    QStringList statements;
    for (const QString &setting : settings)
        statements.append(set + u' ' + setting);
    return statements.join(u"; "_s);
}

QSqlDatabase addPooled(const ConnectionSettings &settings, const QString &connectionName)
{
    auto *driver = new PooledDriver(settings);
    driver->setTransactionSettings(sessionSettings(u"set local"_s));
    return QSqlDatabase::addDatabase(driver, connectionName);
}

} // namespace

QSqlDatabase
Database::open(const ConnectionSettings &settings, const QString &connectionName, DbError *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = {DbError::Kind::Unreachable,
                  Tr::tr("the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian "
                         "package libqt6sql6-psql")};
        return {};
    }
    QSqlDatabase db = settings.pooled ? addPooled(settings, connectionName)
                                      : QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    QString options = u"connect_timeout=5;application_name=touchline"_s;
    if (!settings.connectOptions.isEmpty())
        options += u';' + conninfoOptions(settings.connectOptions);
    db.setConnectOptions(options);
    reopen(db, settings, error);
    return db;
}

bool Database::reopen(QSqlDatabase db, const ConnectionSettings &settings, DbError *error)
{
    db.close();
    if (!db.open()) {
        *error = {DbError::Kind::Unreachable,
                  Tr::tr("cannot connect to the database at %1: %2")
                      .arg(settings.displayName(), db.lastError().databaseText().trimmed())};
        return false;
    }
    QSqlQuery q(db);
    // Through a transaction pooler only what it carries from server session to server
    // session (the time zone) is set for the session; the rest is set in each transaction.
    if (!q.exec(settings.pooled ? u"set timezone = 'UTC'"_s : sessionSettings(u"set"_s))) {
        *error = {DbError::Kind::Failed, describe(q.lastError())};
        return false;
    }
    *error = {};
    return true;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString Database::describe(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}

} // namespace Touchline
