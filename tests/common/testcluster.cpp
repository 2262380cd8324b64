#include "testcluster.h"

#include "database.h"
#include "demoflows.h"
#include "flowstore.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace Touchline::Test {

using namespace Qt::StringLiterals;

TestCluster &TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}

bool TestCluster::start(QString *error)
{
    if (isRunning())
        return true;
    // Short and outside /root: the socket path has a length limit and the server runs as
    // postgres when we are root.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/tl-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = u"cannot create a temporary folder: "_s + m_dir->errorString();
        return false;
    }
    m_cluster = std::make_unique<LocalCluster>(m_dir->path());
    m_cluster->setExtraSettings(QStringList{u"fsync = off"_s,
                                            u"synchronous_commit = off"_s,
                                            u"full_page_writes = off"_s,
                                            u"max_connections = 200"_s}
                                + m_settings);
    return m_cluster->start(error);
}

void TestCluster::shutdown()
{
    if (m_cluster) {
        QString error;
        m_cluster->stop(&error);
        m_cluster.reset();
    }
    m_dir.reset();
}

ConnectionSettings TestCluster::settings(const QString &database) const
{
    ConnectionSettings s = m_cluster->connectionSettings();
    s.embedded = false;
    s.database = database;
    // Runs a whole test executable through the transaction-pooler driver (LISTEN on the same
    // server), to show that nothing relies on server-side prepared statements.
    if (qEnvironmentVariableIsSet("TOUCHLINE_TEST_POOLED")) {
        s.pooled = true;
        s.listenHost = s.host;
        s.listenPort = s.port;
    }
    return s;
}

bool TestCluster::allowLogins(const QStringList &roles, QString *error)
{
    QFile ident(m_cluster->dataDir() + u"/pg_ident.conf"_s);
    if (!ident.open(QIODevice::Append | QIODevice::Text)) {
        *error = ident.errorString();
        return false;
    }
    QByteArray lines;
    for (const QString &account : LocalCluster::loginAccounts()) {
        for (const QString &role : roles)
            lines += "touchline \"" + account.toUtf8() + "\" \"" + role.toUtf8() + "\"\n";
    }
    ident.write(lines);
    ident.close();
    const QString name = u"testcluster-reload"_s;
    bool ok = true;
    {
        DbError dbError;
        QSqlDatabase db = Database::open(settings(u"postgres"_s), name, &dbError);
        QSqlQuery q(db);
        if (dbError || !q.exec(u"select pg_reload_conf()"_s)) {
            *error = dbError ? dbError.message : q.lastError().text();
            ok = false;
        }
    }
    Database::close(name);
    return ok;
}

QString TestCluster::url(const QString &database) const
{
    return settings(database).toUrl();
}

bool TestCluster::createDatabase(const QString &name, bool migrate, QString *error)
{
    const QString admin = u"testcluster-admin"_s;
    bool ok = true;
    {
        DbError dbError;
        QSqlDatabase db = Database::open(settings(u"postgres"_s), admin, &dbError);
        if (dbError) {
            *error = dbError.message;
            ok = false;
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"drop database if exists \"%1\" with (force)"_s.arg(name))
                || !q.exec(u"create database \"%1\""_s.arg(name))) {
                *error = Database::describe(q.lastError());
                ok = false;
            }
        }
    }
    Database::close(admin);
    if (!ok || !migrate)
        return ok;
    const QString conn = u"testcluster-migrate"_s;
    {
        QSqlDatabase db = open(name, conn, error);
        ok = db.isOpen() && Migrator(db).migrate(error);
    }
    Database::close(conn);
    return ok;
}

bool TestCluster::createDemoDatabase(const QString &name, QString *error)
{
    if (!createDatabase(name, true, error))
        return false;
    const QString conn = u"testcluster-demo"_s;
    bool ok = false;
    {
        QSqlDatabase db = open(name, conn, error);
        DbError dbError;
        ok = db.isOpen() && FlowStore(db).importFlow(DemoFlows::read().flow, u"demo"_s, &dbError);
        if (dbError)
            *error = dbError.message;
    }
    Database::close(conn);
    return ok;
}

QSqlDatabase
TestCluster::open(const QString &database, const QString &connectionName, QString *error)
{
    DbError dbError;
    QSqlDatabase db = Database::open(settings(database), connectionName, &dbError);
    if (dbError)
        *error = dbError.message;
    return db;
}

int runTests(QObject *testObject, int argc, char **argv, bool needsCluster)
{
    if (needsCluster) {
        QString error;
        if (!TestCluster::instance().start(&error)) {
            qCritical("cannot start the test cluster: %s", qPrintable(error));
            return 1;
        }
    }
    const int rc = QTest::qExec(testObject, argc, argv);
    TestCluster::instance().shutdown();
    return rc;
}

} // namespace Touchline::Test
