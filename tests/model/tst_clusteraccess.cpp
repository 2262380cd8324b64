// Who reaches the embedded cluster: the owner does; another OS account (`nobody`, through
// runuser) cannot connect as any role the cluster has, cannot read or write any file under it,
// even when the socket's permissions are opened by mistake; a cluster left by an earlier version
// (trust, a 0777 socket, a world-writable registry) is tightened on the next start; and a
// Touchline ended by SIGTERM or SIGHUP still stops the server.
#include "clirun.h"
#include "database.h"
#include "localcluster.h"
#include "migrator.h"
#include "testcluster.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

constexpr int processTimeoutMs = 30000;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The account the server runs as: postgres when we are root, else ourselves.
uid_t serverUid()
{
    const passwd *pw = runningAsRoot() ? ::getpwnam("postgres") : nullptr;
    return pw ? pw->pw_uid : ::geteuid();
}

struct stat statOf(const QString &path)
{
    struct stat st = {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/sbin:/usr/bin:/sbin:/bin"_s);
    env.insert(u"HOME"_s, u"/nonexistent"_s);
    env.insert(u"PGCONNECT_TIMEOUT"_s, u"5"_s);
    return env;
}

// Runs a command as the unprivileged account `nobody`.
Test::Run asNobody(const QStringList &command)
{
    return Test::runProgram(u"runuser"_s,
                            QStringList{u"-u"_s, u"nobody"_s, u"--"_s} + command,
                            cleanEnvironment(),
                            u"/"_s,
                            processTimeoutMs);
}

// Runs one statement on a connection of its own; the first column of the first row.
QVariant ask(const ConnectionSettings &settings, const QString &sql, QString *error)
{
    const QString name = u"tca-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariant result;
    {
        DbError dbError;
        QSqlDatabase db = Database::open(settings, name, &dbError);
        if (dbError) {
            *error = dbError.message;
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                *error = Database::describe(q.lastError());
            else if (q.next())
                result = q.value(0);
        }
    }
    Database::close(name);
    return result;
}

QStringList column(const ConnectionSettings &settings, const QString &sql)
{
    const QString name = u"tca-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList values;
    {
        DbError dbError;
        QSqlDatabase db = Database::open(settings, name, &dbError);
        QSqlQuery q(db);
        if (!dbError && q.exec(sql)) {
            while (q.next())
                values.append(q.value(0).toString());
        }
    }
    Database::close(name);
    return values;
}

QString postmasterPid(const LocalCluster &cluster)
{
    QFile f(cluster.dataDir() + u"/postmaster.pid"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readLine()).trimmed();
}

bool makeTraversable(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0755) == 0;
}

} // namespace

class TestClusterAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everythingBelongsToTheOwner();
    void ownerConnects();
    void otherAccountConnectsAsNoRole();
    void otherAccountConnectsAsNoRoleWithAnOpenSocket();
    void otherAccountReadsAndWritesNoFile();
    void noSecretAnywhere();
    void onlyTheLoginIsPrivileged();
    void oldClusterIsTightened_data();
    void oldClusterIsTightened();
    void signalStopsTheServer_data();
    void signalStopsTheServer();
    void serverGetsNoSecretFromTheEnvironment();
    void folderOfAnotherAccountIsRefused();

private:
    bool canActAsAnotherAccount(QString *why) const;
    // psql as `nobody` for every role name the cluster has (and a few it has not); the names it
    // got in with.
    QStringList rolesNobodyGetsIn(const LocalCluster &cluster, const QString &psql) const;
    QString psqlResult(const Test::Run &run) const;
    bool ageCluster(const LocalCluster &cluster, QString *error) const;
    bool runAsServer(const QString &program, const QStringList &args, QString *output) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalCluster> m_cluster;
    LocalCluster::Binaries m_bin;
    QString m_psql;
};

void TestClusterAccess::initTestCase()
{
    // Under /tmp, and open to others all the way down to the cluster folder: only the cluster's
    // own permissions keep them out.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/tlca-XXXXXX"_s);
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    QVERIFY(makeTraversable(m_dir->path()));
    QString error;
    const auto bin = LocalCluster::findBinaries(&error);
    QVERIFY2(bin, qPrintable(error));
    m_bin = *bin;
    m_psql = QFileInfo(QFileInfo(m_bin.initdb).canonicalFilePath()).absolutePath() + u"/psql"_s;
    QVERIFY2(QFileInfo(m_psql).isExecutable(), qPrintable(m_psql));

    m_cluster = std::make_unique<LocalCluster>(m_dir->filePath(u"cluster"_s));
    m_cluster->setExtraSettings({u"fsync = off"_s, u"synchronous_commit = off"_s});
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    // The schema brings the group roles (touchline_author, _approver, _supervisor, _engine).
    const QString name = u"tca-migrate"_s;
    {
        DbError dbError;
        QSqlDatabase db = Database::open(m_cluster->connectionSettings(), name, &dbError);
        QVERIFY2(!dbError, qPrintable(dbError.message));
        QVERIFY2(Migrator(db).migrate(&error), qPrintable(error));
    }
    Database::close(name);
}

void TestClusterAccess::cleanupTestCase()
{
    if (m_cluster) {
        QString error;
        m_cluster->stop(&error);
        m_cluster.reset();
    }
    m_dir.reset();
}

bool TestClusterAccess::canActAsAnotherAccount(QString *why) const
{
    if (!runningAsRoot()) {
        *why = u"acting as another account (runuser -u nobody) needs root; CI runs as root"_s;
        return false;
    }
    if (QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty()
        && QStandardPaths::findExecutable(u"runuser"_s).isEmpty()) {
        *why = u"runuser (util-linux) is not installed"_s;
        return false;
    }
    if (!::getpwnam("nobody")) {
        *why = u"there is no account nobody"_s;
        return false;
    }
    return true;
}

QString TestClusterAccess::psqlResult(const Test::Run &run) const
{
    return run.exitCode == 0 ? run.stdOut().trimmed() : QString();
}

QStringList TestClusterAccess::rolesNobodyGetsIn(const LocalCluster &cluster,
                                                 const QString &psql) const
{
    QStringList roles = column(cluster.connectionSettings(), u"select rolname from pg_roles"_s);
    roles << u"postgres"_s << u"nobody"_s << u"root"_s;
    QStringList gotIn;
    for (const QString &role : std::as_const(roles)) {
        for (const QString &database : {u"touchline"_s, u"postgres"_s}) {
            const Test::Run r = asNobody({psql,
                                          u"-X"_s,
                                          u"-At"_s,
                                          u"-h"_s,
                                          cluster.socketDir(),
                                          u"-U"_s,
                                          role,
                                          u"-d"_s,
                                          database,
                                          u"-c"_s,
                                          u"select 1"_s});
            // Refused for the right reason, not because psql did not run at all.
            static const QRegularExpression refused(
                u"Permission denied|Peer authentication failed"_s);
            if (r.exitCode != 2 || !refused.match(r.stdErr()).hasMatch())
                gotIn.append(role + u'@' + database + u": "_s + r.dump());
        }
    }
    return gotIn;
}

void TestClusterAccess::everythingBelongsToTheOwner()
{
    const uid_t server = serverUid();
    for (const QString &dir :
         {m_cluster->rootDir(), m_cluster->dataDir(), m_cluster->socketDir()}) {
        const struct stat st = statOf(dir);
        QVERIFY2(S_ISDIR(st.st_mode), qPrintable(dir));
        QVERIFY2((st.st_mode & 07777) == 0700, qPrintable(dir));
        QVERIFY2(st.st_uid == server, qPrintable(dir));
    }
    // The registry is Touchline's own: root's when we are root.
    const struct stat users = statOf(m_cluster->usersDir());
    QCOMPARE(users.st_mode & 07777, mode_t(0700));
    QCOMPARE(users.st_uid, ::geteuid());
    const struct stat socket = statOf(m_cluster->socketDir() + u"/.s.PGSQL.5432"_s);
    QVERIFY(S_ISSOCK(socket.st_mode));
    QCOMPARE(socket.st_mode & 0777, mode_t(0700));
    const struct stat log = statOf(m_cluster->logFile());
    QVERIFY(S_ISREG(log.st_mode));
    QCOMPARE(log.st_mode & 077, mode_t(0));
    // No folder anywhere under the cluster that others may write to (or enter).
    QDirIterator it(m_cluster->rootDir(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    int entries = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++entries;
        const struct stat st = statOf(path);
        QVERIFY2(!(st.st_mode & S_IWOTH) || S_ISLNK(st.st_mode), qPrintable(path));
        QVERIFY2(!S_ISDIR(st.st_mode) || (st.st_mode & 077) == 0, qPrintable(path));
    }
    QVERIFY(entries > 100);
}

void TestClusterAccess::ownerConnects()
{
    QString error;
    const QVariant who
        = ask(m_cluster->connectionSettings(), u"select current_user || ' ' || 1"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(who.toString(), u"touchline 1"_s);
    // psql as the owner itself (root when we are root), with the same arguments nobody gets.
    const Test::Run r = Test::runProgram(m_psql,
                                         {u"-X"_s,
                                          u"-At"_s,
                                          u"-h"_s,
                                          m_cluster->socketDir(),
                                          u"-U"_s,
                                          u"touchline"_s,
                                          u"-d"_s,
                                          u"touchline"_s,
                                          u"-c"_s,
                                          u"select 1"_s},
                                         cleanEnvironment(),
                                         u"/"_s,
                                         processTimeoutMs);
    QVERIFY2(psqlResult(r) == u"1", qPrintable(r.dump()));
    // The login is peer authentication through the touchline map, for nobody but the owner.
    const QStringList rules = column(
        m_cluster->connectionSettings(),
        u"select type || ' ' || auth_method || ' ' || coalesce(array_to_string(options, ','), '')"
        " from pg_hba_file_rules"_s);
    // (the second line is for pg_basebackup of a read replica, by the same accounts)
    QCOMPARE(rules, (QStringList{u"local peer map=touchline"_s, u"local peer map=touchline"_s}));
    const QStringList idents
        = column(m_cluster->connectionSettings(),
                 u"select sys_name || '>' || pg_username"
                 " from pg_ident_file_mappings where map_name = 'touchline'"_s);
    QStringList expected;
    for (const QString &account : LocalCluster::loginAccounts())
        expected.append(account + u">touchline"_s);
    QCOMPARE(idents, expected);
    // Only the owner: root and postgres (who runs the server) when we are root, else ourselves.
    const passwd *me = ::getpwuid(::geteuid());
    QVERIFY(me);
    const QStringList owners = runningAsRoot() ? QStringList{u"root"_s, u"postgres"_s}
                                               : QStringList{QString::fromLocal8Bit(me->pw_name)};
    QCOMPARE(LocalCluster::loginAccounts(), owners);
}

void TestClusterAccess::otherAccountConnectsAsNoRole()
{
    QString why;
    if (!canActAsAnotherAccount(&why))
        QSKIP(qPrintable(why));
    // A control first: nobody runs psql fine, and gets an answer from a server that lets it in
    // (below, in oldClusterIsTightened); here it must be refused for every role name.
    QVERIFY(!column(m_cluster->connectionSettings(), u"select rolname from pg_roles"_s)
                 .filter(u"touchline_"_s)
                 .isEmpty());
    QStringList gotIn = rolesNobodyGetsIn(*m_cluster, m_psql);
    QVERIFY2(gotIn.isEmpty(), qPrintable(gotIn.join(u"\n"_s)));
    // A copy of psql in a folder nobody can reach changes nothing: the server decides.
    const QString binDir = m_dir->filePath(u"bin"_s);
    QVERIFY(QDir().mkpath(binDir) && makeTraversable(binDir));
    const QString copy = binDir + u"/psql"_s;
    QVERIFY(QFile::copy(m_psql, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::permissions(m_psql)));
    gotIn = rolesNobodyGetsIn(*m_cluster, copy);
    QVERIFY2(gotIn.isEmpty(), qPrintable(gotIn.join(u"\n"_s)));
}

void TestClusterAccess::otherAccountConnectsAsNoRoleWithAnOpenSocket()
{
    QString why;
    if (!canActAsAnotherAccount(&why))
        QSKIP(qPrintable(why));
    // A mistake in file permissions alone does not open the database: with the socket folder
    // and the socket opened to everyone, peer authentication still refuses nobody.
    const QByteArray run = QFile::encodeName(m_cluster->socketDir());
    const QByteArray socket = QFile::encodeName(m_cluster->socketDir() + u"/.s.PGSQL.5432"_s);
    const QByteArray root = QFile::encodeName(m_cluster->rootDir());
    QVERIFY(::chmod(root.constData(), 0711) == 0 && ::chmod(run.constData(), 0777) == 0
            && ::chmod(socket.constData(), 0777) == 0);
    const QStringList gotIn = rolesNobodyGetsIn(*m_cluster, m_psql);
    QVERIFY(::chmod(root.constData(), 0700) == 0 && ::chmod(run.constData(), 0700) == 0
            && ::chmod(socket.constData(), 0700) == 0);
    QVERIFY2(gotIn.isEmpty(), qPrintable(gotIn.join(u"\n"_s)));
}

void TestClusterAccess::otherAccountReadsAndWritesNoFile()
{
    QString why;
    if (!canActAsAnotherAccount(&why))
        QSKIP(qPrintable(why));
    // Every entry under the cluster, as the owner sees them, then tried as nobody in one shell:
    // it prints what it could list, read or create. /etc/passwd and the test's own 0755 folder
    // are the controls that it works.
    QStringList paths{u"/etc/passwd"_s, m_dir->path()};
    QDirIterator it(m_cluster->rootDir(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    paths.append(m_cluster->rootDir());
    while (it.hasNext())
        paths.append(it.next());
    // Builtins only for the files (open(2) through a redirection, stat(2) through test), so
    // the thousand entries cost no process each.
    const QString script = uR"(for f; do
        if [ -d "$f" ]; then
            ls -a "$f" >/dev/null 2>&1 && echo "listed $f"
            { true > "$f/intruder"; } 2>/dev/null && echo "created $f/intruder"
        else
            { true < "$f"; } 2>/dev/null && echo "read $f"
            [ -e "$f" ] && echo "stat $f"
        fi
    done
    exit 0)"_s;
    const Test::Run r = asNobody(QStringList{u"sh"_s, u"-c"_s, script, u"sh"_s} + paths);
    QCOMPARE(r.exitCode, 0);
    QStringList found = r.stdOut().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(found.removeAll(u"read /etc/passwd"_s) == 1, qPrintable(r.dump()));
    QVERIFY2(found.removeAll(u"stat /etc/passwd"_s) == 1, qPrintable(r.dump()));
    QVERIFY2(found.removeAll(u"listed "_s + m_dir->path()) == 1, qPrintable(r.dump()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
    QVERIFY(paths.size() > 100);
}

void TestClusterAccess::noSecretAnywhere()
{
    // Peer authentication needs no password: none in the settings the program passes around
    // (and so none in a URL, an argument or an environment variable), none in the cluster.
    const ConnectionSettings s = m_cluster->connectionSettings();
    QVERIFY(s.password.isEmpty());
    QString error;
    const QVariant passwords
        = ask(s, u"select count(*) from pg_authid where rolpassword is not null"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(passwords.toInt(), 0);
}

void TestClusterAccess::onlyTheLoginIsPrivileged()
{
    // COPY ... TO PROGRAM, server files and the like are for superusers and the pg_*_server_*
    // roles: the only one who has them is the login the owner alone reaches.
    const ConnectionSettings s = m_cluster->connectionSettings();
    QCOMPARE(column(s, u"select rolname from pg_roles where rolsuper"_s),
             QStringList{u"touchline"_s});
    QCOMPARE(column(s, u"select rolname from pg_roles where rolcanlogin"_s),
             QStringList{u"touchline"_s});
    QCOMPARE(column(s,
                    u"select r.rolname from pg_auth_members m join pg_roles g on g.oid = m.roleid"
                    " join pg_roles r on r.oid = m.member where g.rolname in"
                    " ('pg_execute_server_program', 'pg_read_server_files',"
                    " 'pg_write_server_files', 'pg_signal_backend')"_s),
             QStringList());
}

bool TestClusterAccess::runAsServer(const QString &program,
                                    const QStringList &args,
                                    QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(u"/"_s);
    if (runningAsRoot())
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    else
        p.start(program, args);
    const bool finished = p.waitForFinished(90000);
    *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// What an earlier version left: trust on the socket, a 0777 socket, folders others enter and a
// registry anyone writes to.
bool TestClusterAccess::ageCluster(const LocalCluster &cluster, QString *error) const
{
    QFile hba(cluster.dataDir() + u"/pg_hba.conf"_s);
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || hba.write("local all all trust\nhost all all 127.0.0.1/32 trust\n") < 0) {
        *error = hba.errorString();
        return false;
    }
    hba.close();
    QFile conf(cluster.dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::ReadOnly)) {
        *error = conf.errorString();
        return false;
    }
    QByteArray text = conf.readAll();
    conf.close();
    text.replace("unix_socket_permissions = 0700", "unix_socket_permissions = 0777");
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate) || conf.write(text) < 0) {
        *error = conf.errorString();
        return false;
    }
    conf.close();
    const auto mode = [](const QString &path, mode_t m) {
        return ::chmod(QFile::encodeName(path).constData(), m) == 0;
    };
    if (!mode(cluster.rootDir(), 0755) || !mode(cluster.socketDir(), 0755)
        || !mode(cluster.usersDir(), 01777)) {
        *error = u"chmod failed"_s;
        return false;
    }
    return true;
}

void TestClusterAccess::oldClusterIsTightened_data()
{
    QTest::addColumn<bool>("running");
    QTest::addRow("left running by an earlier version") << true;
    QTest::addRow("stopped") << false;
}

void TestClusterAccess::oldClusterIsTightened()
{
    QFETCH(bool, running);
    const QString root = m_dir->filePath(running ? u"old-running"_s : u"old-stopped"_s);
    QString error;
    {
        LocalCluster made(root);
        made.setExtraSettings({u"fsync = off"_s});
        QVERIFY2(made.start(&error), qPrintable(error));
        QVERIFY2(made.stop(&error), qPrintable(error));
    }
    LocalCluster cluster(root);
    QVERIFY2(ageCluster(cluster, &error), qPrintable(error));
    QString out;
    if (running) {
        QVERIFY2(runAsServer(
                     m_bin.pgCtl,
                     {u"start"_s, u"-D"_s, cluster.dataDir(), u"-l"_s, cluster.logFile(), u"-w"_s},
                     &out),
                 qPrintable(out));
    }
    const QString oldPid = postmasterPid(cluster);
    QString why;
    const bool other = canActAsAnotherAccount(&why);
    if (running && other) {
        // The control: the way the test tries it does get nobody into an old cluster.
        const Test::Run r = asNobody({m_psql,
                                      u"-X"_s,
                                      u"-At"_s,
                                      u"-h"_s,
                                      cluster.socketDir(),
                                      u"-U"_s,
                                      u"touchline"_s,
                                      u"-d"_s,
                                      u"touchline"_s,
                                      u"-c"_s,
                                      u"select 1"_s});
        QVERIFY2(psqlResult(r) == u"1", qPrintable(r.dump()));
    }

    QTest::ignoreMessage(
        QtInfoMsg,
        QRegularExpression(u"^tightened the embedded cluster %1 to its owner%2: .*"
                           "pg_hba.conf rewritten.*unix_socket_permissions 0777 -> 0700"_s.arg(
                               QRegularExpression::escape(root),
                               running ? u" and restarted its server"_s : QString())));
    QVERIFY2(cluster.start(&error), qPrintable(error));
    const auto stop = qScopeGuard([&] { cluster.stop(&error); });
    if (running)
        QVERIFY(postmasterPid(cluster) != oldPid); // restarted, so every old session is gone
    QCOMPARE(
        ask(cluster.connectionSettings(), u"show unix_socket_permissions"_s, &error).toString(),
        u"0700"_s);
    QCOMPARE(column(cluster.connectionSettings(), u"select auth_method from pg_hba_file_rules"_s),
             (QStringList{u"peer"_s, u"peer"_s}));
    for (const QString &dir : {cluster.rootDir(), cluster.socketDir(), cluster.usersDir()})
        QVERIFY2((statOf(dir).st_mode & 07777) == 0700, qPrintable(dir));
    if (other) {
        const QStringList gotIn = rolesNobodyGetsIn(cluster, m_psql);
        QVERIFY2(gotIn.isEmpty(), qPrintable(gotIn.join(u"\n"_s)));
    }
}

void TestClusterAccess::signalStopsTheServer_data()
{
    QTest::addColumn<int>("sig");
    QTest::addRow("SIGTERM") << int(SIGTERM);
    QTest::addRow("SIGHUP") << int(SIGHUP);
}

void TestClusterAccess::signalStopsTheServer()
{
    QFETCH(int, sig);
    // The window, on its embedded cluster, in a home of its own.
    const QString home = m_dir->filePath(u"home-%1"_s.arg(sig));
    QVERIFY(QDir().mkpath(home) && makeTraversable(home));
    LocalCluster cluster(home + u"/cluster"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    QProcess window;
    window.setProcessEnvironment(env);
    window.setProcessChannelMode(QProcess::MergedChannels);
    window.start(QStringLiteral(TOUCHLINE_EXE), {});
    QVERIFY2(window.waitForStarted(), qPrintable(window.errorString()));
    const auto leftovers = qScopeGuard([&] {
        window.kill();
        window.waitForFinished();
        QString error;
        cluster.stop(&error);
    });
    // Up: the server runs and the window holds it.
    QTRY_VERIFY_WITH_TIMEOUT(!postmasterPid(cluster).isEmpty()
                                 && QDir(cluster.usersDir()).entryList(QDir::Files).size() == 1,
                             60000);
    QVERIFY2(window.state() == QProcess::Running, window.readAll().constData());
    const qint64 serverPid = postmasterPid(cluster).toLongLong();
    QVERIFY(serverPid > 0 && ::kill(pid_t(serverPid), 0) == 0);

    QVERIFY(::kill(pid_t(window.processId()), sig) == 0);
    QVERIFY2(window.waitForFinished(60000), "the window did not quit on the signal");
    const QByteArray output = window.readAll();
    QCOMPARE(window.exitStatus(), QProcess::NormalExit); // it quit, it was not killed
    QVERIFY2(window.exitCode() == 128 + sig, output.constData());
    QVERIFY2(postmasterPid(cluster).isEmpty(), output.constData());
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(serverPid), 0) != 0, 10000);
    QVERIFY(QDir(cluster.usersDir()).entryList(QDir::Files).isEmpty());
}

void TestClusterAccess::serverGetsNoSecretFromTheEnvironment()
{
    // A console holding a channel secret or a libpq password in its environment starts the
    // server, which outlives it (as postgres when we are root): the secret stays with us.
    qputenv("TOUCHLINE_SECRET_ACME_EMAIL", "s3cret-smtp");
    qputenv("PGPASSWORD", "s3cret-pg");
    const auto unset = qScopeGuard([] {
        qunsetenv("TOUCHLINE_SECRET_ACME_EMAIL");
        qunsetenv("PGPASSWORD");
    });
    LocalCluster cluster(m_dir->filePath(u"env-cluster"_s));
    cluster.setExtraSettings({u"fsync = off"_s});
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    const auto stop = qScopeGuard([&] { cluster.stop(&error); });
    const QString pid = postmasterPid(cluster);
    QVERIFY(!pid.isEmpty());
    QFile environ(u"/proc/"_s + pid + u"/environ"_s);
    QVERIFY2(environ.open(QIODevice::ReadOnly), qPrintable(environ.errorString()));
    QByteArray env = environ.readAll();
    QVERIFY(env.contains("PATH="));
    QVERIFY2(!env.contains("s3cret"), env.replace('\0', '\n').constData());
}

void TestClusterAccess::folderOfAnotherAccountIsRefused()
{
    // As root the cluster folder is handed to postgres; one that another account made (in a
    // shared TOUCHLINE_HOME) could hold their files, so it is refused, not taken over.
    QString why;
    if (!canActAsAnotherAccount(&why))
        QSKIP(qPrintable(why));
    const QString folder = m_dir->filePath(u"theirs"_s);
    QVERIFY(QDir().mkpath(folder));
    const passwd *nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    const uid_t nobodyUid = nobody->pw_uid; // getpwnam's buffer is reused by the next call
    QVERIFY(::chown(QFile::encodeName(folder).constData(), nobodyUid, nobody->pw_gid) == 0);
    LocalCluster cluster(folder);
    QString error;
    QVERIFY(!cluster.start(&error));
    QVERIFY2(error.contains(u"belongs to another account (nobody)"_s), qPrintable(error));
    QCOMPARE(statOf(folder).st_uid, nobodyUid);
    QVERIFY(!QFileInfo::exists(folder + u"/data"_s));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestClusterAccess tc;
    // These tests make their own clusters.
    return Touchline::Test::runTests(&tc, argc, argv, false);
}

#include "tst_clusteraccess.moc"
