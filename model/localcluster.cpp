#include "localcluster.h"

#include "database.h"
#include "tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVersionNumber>

#include <cerrno>

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Touchline {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCluster, "touchline.cluster")

namespace {

constexpr auto serverPackage = "postgresql (Debian 12: postgresql-15)";
// The pg_ident.conf map that says which OS accounts may log in as the cluster's superuser.
constexpr auto identMap = "touchline";
constexpr mode_t ownerOnly = 0700;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The unprivileged account the server runs under when we are root.
const passwd *serverAccount()
{
    return ::getpwnam("postgres");
}

QString accountName(uid_t uid)
{
    const passwd *pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QString octal(mode_t mode)
{
    return u"0"_s + QString::number(mode & 07777, 8);
}

// Makes `path` a real folder (not a link) owned by uid:gid with mode 0700. As root it hands the
// folder over; otherwise a folder that belongs to someone else is refused, not used. Says what
// it changed in `changes`.
bool makePrivate(const QString &path, uid_t uid, gid_t gid, QStringList *changes, QString *error)
{
    // Through a descriptor of the folder itself: a link put in its place is refused, and
    // nothing can be swapped in between the check and the change.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        if (fd >= 0)
            ::close(fd);
        *error = Tr::tr("%1 is not a folder (a link or a file stands in its place); remove it")
                     .arg(path);
        return false;
    }
    const auto fail = [&](const QString &message) {
        ::close(fd);
        *error = message;
        return false;
    };
    if (st.st_uid != uid || st.st_gid != gid) {
        // As root, only a folder of root's own (just made, or made by an earlier version) is
        // handed over; one that another account made could hold files of theirs.
        if (runningAsRoot() && st.st_uid != 0 && st.st_uid != uid) {
            return fail(Tr::tr("%1 belongs to another account (%2): the database folder must "
                               "belong to root or to %3; remove it or set TOUCHLINE_HOME to "
                               "another folder")
                            .arg(path, accountName(st.st_uid), accountName(uid)));
        }
        if (!runningAsRoot()) {
            return fail(Tr::tr("%1 belongs to another account (%2): the database folder must be "
                               "your own; set TOUCHLINE_HOME to a folder of yours")
                            .arg(path, accountName(st.st_uid)));
        }
        if (::fchown(fd, uid, gid) != 0) {
            return fail(Tr::tr("cannot hand %1 to %2: %3")
                            .arg(path, accountName(uid), QString::fromLocal8Bit(strerror(errno))));
        }
        changes->append(u"%1 owner %2 -> %3"_s.arg(path, accountName(st.st_uid), accountName(uid)));
    }
    if ((st.st_mode & 07777) != ownerOnly) {
        if (::fchmod(fd, ownerOnly) != 0) {
            return fail(Tr::tr("cannot close %1 to other accounts: %2")
                            .arg(path, QString::fromLocal8Bit(strerror(errno))));
        }
        changes->append(u"%1 mode %2 -> 0700"_s.arg(path, octal(st.st_mode)));
    }
    ::close(fd);
    return true;
}

// The environment initdb, pg_ctl and the server get: the search path and the locale.
QProcessEnvironment serverEnvironment()
{
    const QProcessEnvironment ours = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const QString &name : {u"PATH"_s, u"LANG"_s, u"LC_ALL"_s, u"LC_CTYPE"_s, u"TZ"_s}) {
        if (ours.contains(name))
            env.insert(name, ours.value(name));
    }
    if (!env.contains(u"PATH"_s))
        env.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    return env;
}

// Drops group and other permission bits from a file that exists (the server log).
void closeFile(const QString &path, QStringList *changes)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode) || !(st.st_mode & 077))
        return;
    if (::chmod(native.constData(), st.st_mode & 0700) == 0)
        changes->append(
            u"%1 mode %2 -> %3"_s.arg(path, octal(st.st_mode), octal(st.st_mode & 0700)));
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
    return usersDir() + u'/' + QString::number(QCoreApplication::applicationPid()) + u'.'
           + m_userId;
}

QString LocalCluster::usersDir() const
{
    return m_root + u"/users"_s;
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
    // The server lives on after us (as postgres when we are root): it gets what it needs to run,
    // not our environment with whatever secrets it holds (TOUCHLINE_SECRET_*, PGPASSWORD, ...).
    p.setProcessEnvironment(serverEnvironment());
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

bool LocalCluster::prepareFolders(QStringList *changes, QString *error)
{
    // The socket path must fit in sockaddr_un (107 bytes).
    const QString socketFile = socketDir() + u"/.s.PGSQL.5432"_s;
    if (QFile::encodeName(socketFile).size() > 107) {
        *error = Tr::tr("the cluster folder %1 is too deep for a Unix socket path; set "
                        "TOUCHLINE_HOME to a shorter folder")
                     .arg(m_root);
        return false;
    }
    if (runningAsRoot() && !serverAccount()) {
        *error = Tr::tr("running as root, the server needs the unprivileged system user "
                        "postgres, which does not exist: install the Debian package %1")
                     .arg(QLatin1String(serverPackage));
        return false;
    }
    // The cluster, its data and its socket belong to the account that runs the server (postgres
    // when we are root); the users/ registry to us (only Touchline itself reads and writes it).
    // Every one of them is closed to other accounts. The cluster folder is checked before
    // anything is made inside it.
    const passwd *server = runningAsRoot() ? serverAccount() : nullptr;
    const uid_t serverUid = server ? server->pw_uid : ::geteuid();
    const gid_t serverGid = server ? server->pw_gid : ::getegid();
    const auto make = [&](const QString &dir, uid_t uid, gid_t gid) {
        if (QDir().mkpath(dir))
            return makePrivate(dir, uid, gid, changes, error);
        *error = Tr::tr("cannot create the folder %1").arg(dir);
        return false;
    };
    if (!make(m_root, serverUid, serverGid) || !make(socketDir(), serverUid, serverGid)
        || !make(usersDir(), ::geteuid(), ::getegid()))
        return false;
    if (QFileInfo::exists(dataDir())) {
        if (!makePrivate(dataDir(), serverUid, serverGid, changes, error))
            return false;
        closeFile(logFile(), changes);
    }
    if (runningAsRoot()) {
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

QStringList LocalCluster::loginAccounts()
{
    // Peer authentication: the server asks the kernel which account is at the other end of the
    // socket. The owner logs in; as root the server runs as postgres, and root (who runs
    // Touchline) and postgres (who runs pg_ctl) are its owners.
    if (runningAsRoot())
        return {u"root"_s, u"postgres"_s};
    return {accountName(::geteuid())};
}

bool LocalCluster::initialise(const Binaries &bin, QString *error)
{
    QString out;
    // Never trust: the socket asks the kernel who connects (peer), and TCP is refused outright.
    if (!run(bin.initdb,
             {u"-D"_s,
              dataDir(),
              u"-U"_s,
              QString::fromLatin1(superuser),
              u"--auth-local=peer"_s,
              u"--auth-host=reject"_s,
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
                      u"unix_socket_permissions = 0700"_s,
                      u"max_connections = 100"_s,
                      u"shared_buffers = 128MB"_s};
    lines += m_extraSettings;
    conf.write((lines.join(u'\n') + u'\n').toUtf8());
    return true;
}

bool LocalCluster::writeServerFile(const QString &name,
                                   const QByteArray &contents,
                                   QStringList *changes,
                                   QString *error) const
{
    QFile file(dataDir() + u'/' + name);
    const bool existed = file.exists();
    if (existed && file.open(QIODevice::ReadOnly) && file.readAll() == contents)
        return true;
    file.close();
    // Rewritten in place, so the file keeps the server account as its owner and its 0600 mode.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(contents) != contents.size() || !file.flush()) {
        *error = Tr::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    if (!existed) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const passwd *server = runningAsRoot() ? serverAccount() : nullptr;
        if (server
            && ::chown(
                   QFile::encodeName(file.fileName()).constData(), server->pw_uid, server->pw_gid)
                   != 0) {
            *error = Tr::tr("cannot hand %1 to the postgres user").arg(file.fileName());
            return false;
        }
    }
    changes->append(u"%1 rewritten"_s.arg(name));
    return true;
}

bool LocalCluster::secureConfiguration(QStringList *changes, QString *error) const
{
    QByteArray hba = "# Touchline embedded cluster: the socket only, and only for the accounts "
                     "in pg_ident.conf.\n"
                     "local all all peer map=touchline\n"
                     // pg_basebackup of a read replica, by the same accounts only
                     "local replication all peer map=touchline\n";
    QByteArray ident = "# Touchline embedded cluster: who may log in, as which role.\n"
                       "# MAPNAME  SYSTEM-USERNAME  PG-USERNAME\n";
    for (const QString &account : loginAccounts())
        ident += QByteArray(identMap) + " \"" + account.toUtf8() + "\" " + superuser + '\n';
    if (!writeServerFile(u"pg_hba.conf"_s, hba, changes, error)
        || !writeServerFile(u"pg_ident.conf"_s, ident, changes, error))
        return false;

    // Earlier versions opened the socket to everyone (0777).
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = Tr::tr("cannot read %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    QStringList lines = QString::fromUtf8(conf.readAll()).split(u'\n');
    conf.close();
    static const QRegularExpression setting(u"^\\s*unix_socket_permissions\\s*=\\s*(\\S*)"_s);
    bool found = false;
    QStringList wider;
    for (QString &line : lines) {
        const auto match = setting.match(line);
        if (!match.hasMatch())
            continue;
        found = true;
        if (match.captured(1) != u"0700") {
            wider.append(match.captured(1));
            line = u"unix_socket_permissions = 0700"_s;
        }
    }
    if (found && wider.isEmpty())
        return true;
    if (!found)
        lines.insert(lines.size() - 1, u"unix_socket_permissions = 0700"_s);
    const QByteArray bytes = lines.join(u'\n').toUtf8();
    if (!writeServerFile(u"postgresql.conf"_s, bytes, changes, error))
        return false;
    changes->append(u"unix_socket_permissions %1 -> 0700"_s.arg(wider.join(u", "_s)));
    return true;
}

bool LocalCluster::isRunning(const Binaries &bin) const
{
    QString out;
    return run(bin.pgCtl, {u"status"_s, u"-D"_s, dataDir()}, &out, 10000);
}

bool LocalCluster::startServer(const Binaries &bin, bool restart, QString *error)
{
    QString out;
    if (run(bin.pgCtl,
            {restart ? u"restart"_s : u"start"_s,
             u"-D"_s,
             dataDir(),
             u"-l"_s,
             logFile(),
             u"-m"_s,
             u"fast"_s,
             u"-w"_s,
             u"-t"_s,
             u"60"_s},
            &out,
            90000))
        return true;
    QFile log(logFile());
    QString tail;
    if (log.open(QIODevice::ReadOnly))
        tail = QString::fromLocal8Bit(log.readAll().right(600)).trimmed();
    *error = Tr::tr("the local PostgreSQL server did not start: %1\n%2").arg(out, tail);
    return false;
}

bool LocalCluster::start(QString *error)
{
    if (m_started)
        return true;
    const auto bin = findBinaries(error);
    if (!bin)
        return false;
    const bool existed = QFile::exists(dataDir() + u"/PG_VERSION"_s);
    QStringList changes;
    if (!prepareFolders(&changes, error))
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
        if (!initialise(*bin, error) || !prepareFolders(&changes, error))
            return false;
    }
    const qsizetype folderChanges = changes.size();
    if (!secureConfiguration(&changes, error))
        return false;
    // A server that runs with settings from an earlier version (trust, a 0777 socket) is
    // restarted: the socket's mode is only set at start, and whoever got in must be let go.
    const bool restart = existed && changes.size() > folderChanges && isRunning(*bin);
    if (existed && !changes.isEmpty()) {
        qCInfo(lcCluster,
               "tightened the embedded cluster %s to its owner%s: %s",
               qPrintable(m_root),
               restart ? " and restarted its server" : "",
               qPrintable(changes.join(u"; "_s)));
    }
    if ((restart || !isRunning(*bin)) && !startServer(*bin, restart, error))
        return false;
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
    QDir users(usersDir());
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
