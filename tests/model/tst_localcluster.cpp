// The embedded cluster: socket-only start, sharing between Touchlines through the users/
// registry, stopping after the last one, stale entries, restarts, finding the server binaries, and
// folders closed to other accounts (tst_clusteraccess tries them as another account).
#include "database.h"
#include "localcluster.h"
#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

// Runs one statement on a connection of its own; the first column of the first row, an invalid
// QVariant for a statement without rows, nothing on failure.
std::optional<QVariant> ask(const ConnectionSettings &settings, const QString &sql, QString *error)
{
    const QString name = u"tlc-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<QVariant> result;
    {
        DbError dbError;
        QSqlDatabase db = Database::open(settings, name, &dbError);
        if (dbError) {
            *error = dbError.message;
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                *error = Database::describe(q.lastError());
            else
                result = q.next() ? q.value(0) : QVariant();
        }
    }
    Database::close(name);
    return result;
}

bool isSocket(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISSOCK(st.st_mode);
}

// Stands in for another running Touchline: a live process of its own.
bool startOtherProcess(QProcess *p)
{
    p->start(u"sleep"_s, {u"60"_s});
    return p->waitForStarted(10000);
}

// The mode bits of `path` (not following a link), and whether its owner is `uid`.
mode_t modeOf(const QString &path, uid_t *owner = nullptr)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    if (owner)
        *owner = st.st_uid;
    return st.st_mode & 07777;
}

void endOtherProcess(QProcess *p)
{
    if (p->state() == QProcess::NotRunning)
        return;
    p->kill();
    p->waitForFinished(10000);
}

} // namespace

class TestLocalCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findBinaries_data();
    void findBinaries();
    void startsSocketOnly();
    void secondClusterSharesTheServer();
    void releaseLeavesServerForAnotherUser();
    void lastReleaseStopsServer();
    void restartReusesData();
    void staleUserDoesNotKeepServer();
    void refusesALinkInPlaceOfItsFolder();

private:
    std::unique_ptr<LocalCluster> makeCluster() const;
    QString postmasterPid() const;
    bool serverRunning() const { return QFile::exists(m_root + u"/data/postmaster.pid"_s); }
    QString userFile(qint64 pid) const { return m_root + u"/users/"_s + QString::number(pid); }
    QStringList users() const { return QDir(m_root + u"/users"_s).entryList(QDir::Files); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    std::unique_ptr<LocalCluster> m_first;
    std::unique_ptr<LocalCluster> m_second;
    QProcess m_other;
    QString m_serverPid;
};

std::unique_ptr<LocalCluster> TestLocalCluster::makeCluster() const
{
    auto cluster = std::make_unique<LocalCluster>(m_root);
    cluster->setExtraSettings(
        {u"fsync = off"_s, u"synchronous_commit = off"_s, u"full_page_writes = off"_s});
    return cluster;
}

QString TestLocalCluster::postmasterPid() const
{
    QFile f(m_root + u"/data/postmaster.pid"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readLine()).trimmed();
}

void TestLocalCluster::initTestCase()
{
    // Short and under /tmp: the socket path has a length limit, and as root the server runs as
    // postgres, who cannot enter /root.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/tlc-XXXXXX"_s);
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_root = m_dir->path();
    QVERIFY(qEnvironmentVariableIsEmpty("TOUCHLINE_PG_BINDIR"));
}

void TestLocalCluster::cleanupTestCase()
{
    endOtherProcess(&m_other);
    m_first.reset();
    m_second.reset();
    if (m_dir) {
        QString error;
        if (!LocalCluster(m_root).stop(&error))
            qWarning("%s", qPrintable(error));
    }
    m_dir.reset();
}

void TestLocalCluster::findBinaries_data()
{
    QTest::addColumn<bool>("emptyFolder");
    QTest::addRow("an empty folder") << true;
    QTest::addRow("the folder found without it") << false;
}

void TestLocalCluster::findBinaries()
{
    QFETCH(bool, emptyFolder);

    QString error;
    const auto found = LocalCluster::findBinaries(&error);
    QVERIFY2(found, qPrintable(error));
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const QString dir = emptyFolder ? empty.path() : QFileInfo(found->initdb).absolutePath();

    qputenv("TOUCHLINE_PG_BINDIR", QFile::encodeName(dir));
    const auto unset = qScopeGuard([] { qunsetenv("TOUCHLINE_PG_BINDIR"); });
    error.clear();
    const auto binaries = LocalCluster::findBinaries(&error);
    if (!emptyFolder) {
        QVERIFY2(binaries, qPrintable(error));
        QCOMPARE(binaries->initdb, dir + u"/initdb"_s);
        QCOMPARE(binaries->pgCtl, dir + u"/pg_ctl"_s);
        return;
    }
    QVERIFY(!binaries);
    QVERIFY2(error.contains(u"Debian package postgresql"_s), qPrintable(error));
    QVERIFY2(error.contains(dir), qPrintable(error));
    // Nothing is created or started when the programs are missing.
    LocalCluster cluster(empty.path() + u"/cluster"_s);
    QVERIFY(!cluster.start(&error));
    QVERIFY2(error.contains(u"Debian package postgresql"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(cluster.dataDir()));
}

void TestLocalCluster::startsSocketOnly()
{
    m_first = makeCluster();
    QString error;
    QVERIFY2(m_first->start(&error), qPrintable(error));
    QVERIFY(m_first->isStarted());
    QVERIFY(QFile::exists(m_first->dataDir() + u"/PG_VERSION"_s));
    QVERIFY(serverRunning());
    m_serverPid = postmasterPid();
    QVERIFY(!m_serverPid.isEmpty());

    QCOMPARE(m_first->socketDir(), m_root + u"/run"_s);
    QVERIFY(isSocket(m_first->socketDir() + u"/.s.PGSQL.5432"_s));
    // Closed to other accounts: the cluster's folders belong to the server's account (postgres
    // when we are root), the registry to us.
    const passwd *postgres = ::geteuid() == 0 ? ::getpwnam("postgres") : nullptr;
    const uid_t server = postgres ? postgres->pw_uid : ::geteuid();
    for (const QString &dir : {m_root, m_first->dataDir(), m_first->socketDir()}) {
        uid_t owner = 0;
        QCOMPARE(modeOf(dir, &owner), mode_t(0700));
        QCOMPARE(owner, server);
    }
    uid_t registryOwner = 0;
    QCOMPARE(modeOf(m_first->usersDir(), &registryOwner), mode_t(0700));
    QCOMPARE(registryOwner, ::geteuid());
    QCOMPARE(modeOf(m_first->socketDir() + u"/.s.PGSQL.5432"_s) & 0777, mode_t(0700));
    QCOMPARE(modeOf(m_first->logFile()) & 077, mode_t(0));
    const ConnectionSettings settings = m_first->connectionSettings();
    QCOMPARE(settings.host, m_first->socketDir());
    QCOMPARE(settings.database, u"touchline"_s);

    auto value = ask(settings, u"select current_database()"_s, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(value->toString(), u"touchline"_s);
    value = ask(settings, u"show listen_addresses"_s, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(value->toString(), QString()); // no TCP at all
    value = ask(settings, u"show unix_socket_directories"_s, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(value->toString(), m_first->socketDir());
    value = ask(settings, u"select inet_server_addr() is null"_s, &error);
    QVERIFY2(value, qPrintable(error));
    QVERIFY(value->toBool());

    QCOMPARE(users().size(), 1);
    QVERIFY(users().constFirst().startsWith(QString::number(QCoreApplication::applicationPid())
                                            + u'.'));
    QVERIFY2(ask(settings,
                 u"create table marker (note text); insert into marker values ('kept')"_s,
                 &error),
             qPrintable(error));
}

void TestLocalCluster::secondClusterSharesTheServer()
{
    QVERIFY(serverRunning());
    m_second = makeCluster();
    QString error;
    QVERIFY2(m_second->start(&error), qPrintable(error));
    QVERIFY(m_second->isStarted());
    // The same server, not a new one, and the same data, not a fresh initdb.
    QCOMPARE(postmasterPid(), m_serverPid);
    const auto value = ask(m_second->connectionSettings(), u"select note from marker"_s, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(value->toString(), u"kept"_s);
}

void TestLocalCluster::releaseLeavesServerForAnotherUser()
{
    // The registry holds one entry per LocalCluster (users/<pid>.<id>): the second object in this
    // process is a user of its own, and so is another live Touchline process.
    QVERIFY(startOtherProcess(&m_other));
    const qint64 other = m_other.processId();
    QFile entry(userFile(other));
    QVERIFY(entry.open(QIODevice::WriteOnly));
    entry.close();

    m_first->release();
    QVERIFY(!m_first->isStarted());
    QVERIFY(serverRunning());
    QCOMPARE(postmasterPid(), m_serverPid);
    const QStringList entries = users();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.contains(QString::number(other)));
    const QString mine = QString::number(QCoreApplication::applicationPid()) + u'.';
    QVERIFY(std::any_of(
        entries.cbegin(), entries.cend(), [&](const QString &e) { return e.startsWith(mine); }));
    QString error;
    const auto value
        = ask(m_second->connectionSettings(), u"select count(*) from marker"_s, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(value->toInt(), 1);
}

void TestLocalCluster::lastReleaseStopsServer()
{
    // The other Touchline exits and lets go of its entry.
    const qint64 other = m_other.processId();
    endOtherProcess(&m_other);
    QVERIFY(QFile::remove(userFile(other)));

    m_second->release();
    QVERIFY(!m_second->isStarted());
    QVERIFY(!serverRunning());
    QVERIFY(!isSocket(m_root + u"/run/.s.PGSQL.5432"_s));
    QVERIFY(users().isEmpty());
    // Releasing again is harmless.
    m_second->release();
    QVERIFY(!serverRunning());
}

void TestLocalCluster::restartReusesData()
{
    QVERIFY(!serverRunning());
    m_first = makeCluster();
    QString error;
    QVERIFY2(m_first->start(&error), qPrintable(error));
    QVERIFY(serverRunning());
    QVERIFY(postmasterPid() != m_serverPid);
    const auto value = ask(m_first->connectionSettings(), u"select note from marker"_s, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(value->toString(), u"kept"_s);
}

void TestLocalCluster::staleUserDoesNotKeepServer()
{
    QVERIFY(serverRunning());
    // A Touchline that crashed without letting go: its entry names a process that is gone.
    QProcess crashed;
    QVERIFY(startOtherProcess(&crashed));
    const qint64 dead = crashed.processId();
    endOtherProcess(&crashed);
    QFile entry(userFile(dead));
    QVERIFY(entry.open(QIODevice::WriteOnly));
    entry.close();

    m_first->release();
    QVERIFY(!serverRunning());
    QVERIFY2(users().isEmpty(), qPrintable(users().join(u", "_s)));
}

void TestLocalCluster::refusesALinkInPlaceOfItsFolder()
{
    // A link where the cluster folder should be (someone else's folder, or /etc) is neither
    // handed to the server's account nor used.
    const QString target = m_dir->filePath(u"elsewhere"_s);
    QVERIFY(QDir().mkpath(target));
    const QString link = m_dir->filePath(u"linked"_s);
    QVERIFY(QFile::link(target, link));
    LocalCluster cluster(link);
    QString error;
    QVERIFY(!cluster.start(&error));
    QVERIFY2(error.contains(link) && error.contains(u"not a folder"_s), qPrintable(error));
    QVERIFY(!cluster.isStarted());
    QCOMPARE(modeOf(target) & 077, mode_t(0755 & 077)); // untouched
    QVERIFY(QDir(target).isEmpty(QDir::NoDotAndDotDot | QDir::AllEntries));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestLocalCluster tc;
    // These tests make their own clusters: the shared throwaway one would only cost time.
    return Touchline::Test::runTests(&tc, argc, argv, false);
}

#include "tst_localcluster.moc"
