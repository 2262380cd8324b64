// The tests' throwaway PostgreSQL: one LocalCluster per test executable, removed afterwards.
#pragma once

#include "connectionsettings.h"
#include "localcluster.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace Touchline::Test {

class TestCluster
{
public:
    static TestCluster &instance();

    // Server settings added to the test defaults (postgresql.conf lines), for the next start().
    void addSettings(const QStringList &settings) { m_settings += settings; }
    bool start(QString *error);
    void shutdown();
    bool isRunning() const { return m_cluster && m_cluster->isStarted(); }
    LocalCluster *cluster() const { return m_cluster.get(); }

    ConnectionSettings settings(const QString &database = QStringLiteral("touchline")) const;
    QString url(const QString &database = QStringLiteral("touchline")) const;

    // A new empty database (dropped first if it exists); migrated unless `migrate` is false.
    bool createDatabase(const QString &name, bool migrate, QString *error);
    // A new migrated database holding the demo flows (as first imported, one revision each).
    bool createDemoDatabase(const QString &name, QString *error);
    // Lets the accounts that run the tests log in as these roles too (the embedded cluster's
    // peer map admits its own superuser only), then reloads the server's configuration.
    bool allowLogins(const QStringList &roles, QString *error);
    // Opens a named connection in this thread to `database`.
    QSqlDatabase open(const QString &database, const QString &connectionName, QString *error);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalCluster> m_cluster;
    QStringList m_settings;
};

// Starts the cluster, runs the test object, stops and removes the cluster.
int runTests(QObject *testObject, int argc, char **argv, bool needsCluster = true);

} // namespace Touchline::Test

#define TOUCHLINE_TEST_MAIN(TestObject) \
    int main(int argc, char **argv) \
    { \
        QCoreApplication app(argc, argv); \
        TestObject tc; \
        return Touchline::Test::runTests(&tc, argc, argv); \
    }

#define TOUCHLINE_GUI_TEST_MAIN(TestObject) \
    int main(int argc, char **argv) \
    { \
        qputenv("QT_QPA_PLATFORM", "offscreen"); \
        QApplication app(argc, argv); \
        TestObject tc; \
        return Touchline::Test::runTests(&tc, argc, argv); \
    }
