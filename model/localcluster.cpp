#include "localcluster.h"

#include "database.h"
#include "tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

constexpr auto serverPackage = "postgresql (Debian 12: postgresql-15)";

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The unprivileged account the server runs under when we are root.
const passwd *serverAccount()
{
    return ::getpwnam("postgres");
}

bool chownToServer(const QString &path)
{
    const passwd *pw = serverAccount();
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

LocalCluster::LocalCluster(QString rootDir)
    : m_root(std::move(rootDir))
{}

LocalCluster::~LocalCluster()
{
    release();
}

QString LocalCluster::defaultRoot()
{
    const QString home = qEnvironmentVariable("TOUCHLINE_HOME");
    if (!home.isEmpty())
        return QDir(home).absoluteFilePath(u"cluster"_s);
    if (runningAsRoot())
        return u"/var/lib/touchline/cluster"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/touchline/cluster"_s;
}

QString LocalCluster::dataDir() const
{
    return m_root + u"/data"_s;
}

QString LocalCluster::socketDir() const
{
    return m_root + u"/run"_s;
}

QString LocalCluster::logFile() const
{
    return dataDir() + u"/server.log"_s;
}

QString LocalCluster::userFile() const
{
    // One entry per LocalCluster object, named <pid>.<object id>, so that two users in one
    // process (the window and the scheduler thread) each hold the server.
    return m_root + u"/users/"_s + QString::number(QCoreApplication::applicationPid()) + u'.'
           + m_userId;
}

ConnectionSettings LocalCluster::connectionSettings() const
{
    ConnectionSettings s;
    s.host = socketDir();
    s.port = 5432;
    s.user = QString::fromLatin1(superuser);
    s.database = u"touchline"_s;
    s.embedded = true;
    return s;
}

std::optional<LocalCluster::Binaries> LocalCluster::findBinaries(QString *error)
{
    auto inDir = [](const QString &dir) -> std::optional<Binaries> {
        const QString initdb = dir + u"/initdb"_s;
        const QString pgCtl = dir + u"/pg_ctl"_s;
        if (QFileInfo(initdb).isExecutable() && QFileInfo(pgCtl).isExecutable())
            return Binaries{initdb, pgCtl};
        return std::nullopt;
    };
    const QString envDir = qEnvironmentVariable("TOUCHLINE_PG_BINDIR");
    if (!envDir.isEmpty()) {
        if (auto b = inDir(envDir))
            return b;
        *error = Tr::tr("TOUCHLINE_PG_BINDIR is %1, which holds no initdb and pg_ctl: install the "
                        "Debian package %2, or point it at their folder")
                     .arg(envDir, QLatin1String(serverPackage));
        return std::nullopt;
    }
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    const QString pgCtl = QStandardPaths::findExecutable(u"pg_ctl"_s);
    if (!initdb.isEmpty() && !pgCtl.isEmpty())
        return Binaries{initdb, pgCtl};
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        QProcess p;
        p.start(pgConfig, {u"--bindir"_s});
        if (p.waitForFinished(5000)) {
            if (auto b = inDir(QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed()))
                return b;
        }
    }
    // Debian keeps the server binaries off PATH, one folder per major version: take the newest.
    QDir lib(u"/usr/lib/postgresql"_s);
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &v : versions) {
        if (auto b = inDir(lib.filePath(v + u"/bin"_s)))
            return b;
    }
    *error = Tr::tr("the PostgreSQL server programs (initdb, pg_ctl) were not found: install the "
                    "Debian package %1, or set TOUCHLINE_PG_BINDIR to their folder")
                 .arg(QLatin1String(serverPackage));
    return std::nullopt;
}

bool LocalCluster::run(const QString &program,
                       const QStringList &args,
                       QString *output,
                       int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_root);
    if (runningAsRoot()) {
        // PostgreSQL refuses to run as root: run it as the unprivileged postgres account.
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    } else {
        p.start(program, args);
    }
    const bool finished = p.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (!finished) {
        p.kill();
        p.waitForFinished(1000);
        if (output)
            *output = Tr::tr("%1 did not finish in %2 s").arg(program).arg(timeoutMs / 1000);
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool LocalCluster::prepareFolders(QString *error)
{
    // The socket path must fit in sockaddr_un (107 bytes).
    const QString socketFile = socketDir() + u"/.s.PGSQL.5432"_s;
    if (QFile::encodeName(socketFile).size() > 107) {
        *error = Tr::tr("the cluster folder %1 is too deep for a Unix socket path; set "
                        "TOUCHLINE_HOME to a shorter folder")
                     .arg(m_root);
        return false;
    }
    for (const QString &dir : {m_root, socketDir(), QString(m_root + u"/users"_s)}) {
        if (!QDir().mkpath(dir)) {
            *error = Tr::tr("cannot create the folder %1").arg(dir);
            return false;
        }
    }
    ::chmod(QFile::encodeName(m_root + u"/users"_s).constData(), 0777 | S_ISVTX);
    if (runningAsRoot()) {
        if (!serverAccount()) {
            *error = Tr::tr("running as root, the server needs the unprivileged system user "
                            "postgres, which does not exist: install the Debian package %1")
                         .arg(QLatin1String(serverPackage));
            return false;
        }
        if (!chownToServer(m_root) || !chownToServer(socketDir())) {
            *error = Tr::tr("cannot hand %1 to the postgres user").arg(m_root);
            return false;
        }
        QString out;
        if (!run(u"test"_s, {u"-w"_s, m_root}, &out, 10000)) {
            *error = Tr::tr("the postgres user cannot reach %1 (a parent folder is closed to "
                            "other users); set TOUCHLINE_HOME to a folder outside /root")
                         .arg(m_root);
            return false;
        }
    }
    return true;
}

bool LocalCluster::initialise(const Binaries &bin, QString *error)
{
    QString out;
    if (!run(bin.initdb,
             {u"-D"_s,
              dataDir(),
              u"-U"_s,
              QString::fromLatin1(superuser),
              u"--auth=trust"_s,
              u"-E"_s,
              u"UTF8"_s,
              u"--locale=C.UTF-8"_s,
              u"--no-sync"_s},
             &out,
             120000)) {
        *error = Tr::tr("initdb failed for %1: %2").arg(dataDir(), out);
        return false;
    }
    // Socket only, inside our own folder: no TCP port, nothing shared with other clusters.
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        *error = Tr::tr("cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    QStringList lines{u"# Touchline embedded cluster"_s,
                      u"listen_addresses = ''"_s,
                      u"unix_socket_directories = '%1'"_s.arg(socketDir()),
                      u"unix_socket_permissions = 0777"_s,
                      u"max_connections = 100"_s,
                      u"shared_buffers = 128MB"_s};
    lines += m_extraSettings;
    conf.write((lines.join(u'\n') + u'\n').toUtf8());
    return true;
}

bool LocalCluster::isRunning(const Binaries &bin) const
{
    QString out;
    return run(bin.pgCtl, {u"status"_s, u"-D"_s, dataDir()}, &out, 10000);
}

bool LocalCluster::start(QString *error)
{
    if (m_started)
        return true;
    const auto bin = findBinaries(error);
    if (!bin)
        return false;
    if (!prepareFolders(error))
        return false;

    // One process at a time decides whether to create, start or stop the server.
    QLockFile guard(m_root + u"/cluster.lock"_s);
    guard.setStaleLockTime(0);
    if (!guard.tryLock(120000)) {
        *error = Tr::tr("another Touchline holds %1/cluster.lock").arg(m_root);
        return false;
    }
    if (!QFile::exists(dataDir() + u"/PG_VERSION"_s)) {
        QDir(dataDir()).removeRecursively(); // a half-made cluster from an interrupted initdb
        if (!initialise(*bin, error))
            return false;
    }
    if (!isRunning(*bin)) {
        QString out;
        if (!run(bin->pgCtl,
                 {u"start"_s, u"-D"_s, dataDir(), u"-l"_s, logFile(), u"-w"_s, u"-t"_s, u"60"_s},
                 &out,
                 90000)) {
            QFile log(logFile());
            QString tail;
            if (log.open(QIODevice::ReadOnly))
                tail = QString::fromLocal8Bit(log.readAll().right(600)).trimmed();
            *error = Tr::tr("the local PostgreSQL server did not start: %1\n%2").arg(out, tail);
            return false;
        }
    }
    QFile mark(userFile());
    if (mark.open(QIODevice::WriteOnly))
        mark.close();
    m_started = true;
    return ensureDatabase(error);
}

bool LocalCluster::ensureDatabase(QString *error)
{
    const QString name
        = u"touchline-cluster-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        ConnectionSettings s = connectionSettings();
        s.database = u"postgres"_s;
        DbError dbError;
        QSqlDatabase db = Database::open(s, name, &dbError);
        if (dbError) {
            *error = dbError.message;
            ok = false;
        } else {
            QSqlQuery q(db);
            q.exec(u"select 1 from pg_database where datname = 'touchline'"_s);
            if (!q.next() && !q.exec(u"create database touchline"_s)
                && q.lastError().nativeErrorCode() != u"42P04") { // created meanwhile: fine
                *error = Tr::tr("cannot create the touchline database: %1")
                             .arg(Database::describe(q.lastError()));
                ok = false;
            }
        }
    }
    Database::close(name);
    return ok;
}

void LocalCluster::release()
{
    if (!m_started)
        return;
    m_started = false;
    QLockFile guard(m_root + u"/cluster.lock"_s);
    guard.setStaleLockTime(0);
    if (!guard.tryLock(120000))
        return; // leaving the server running is the safe failure
    QFile::remove(userFile());
    QDir users(m_root + u"/users"_s);
    bool inUse = false;
    for (const QString &entry : users.entryList(QDir::Files)) {
        const qint64 pid = entry.section(u'.', 0, 0).toLongLong();
        if (pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM))
            inUse = true;
        else
            users.remove(entry); // a Touchline that crashed without letting go
    }
    if (inUse)
        return;
    QString error;
    const auto bin = findBinaries(&error);
    if (bin && isRunning(*bin)) {
        QString out;
        run(bin->pgCtl, {u"stop"_s, u"-D"_s, dataDir(), u"-m"_s, u"fast"_s, u"-w"_s}, &out, 60000);
    }
}

bool LocalCluster::stop(QString *error)
{
    m_started = false;
    const auto bin = findBinaries(error);
    if (!bin)
        return false;
    if (!isRunning(*bin))
        return true;
    QString out;
    if (!run(bin->pgCtl,
             {u"stop"_s, u"-D"_s, dataDir(), u"-m"_s, u"fast"_s, u"-w"_s},
             &out,
             60000)) {
        *error = Tr::tr("the local PostgreSQL server did not stop: %1").arg(out);
        return false;
    }
    return true;
}

} // namespace Touchline
