#include "pgbouncer.h"

#include "testcluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace Touchline::Test {

using namespace Qt::StringLiterals;

PgBouncer::~PgBouncer()
{
    stop();
}

bool PgBouncer::writeConfig(int poolSize, QString *error) const
{
    const ConnectionSettings server = TestCluster::instance().settings();
    const QString dir = m_dir->path();
    const QByteArray ini = u"[databases]\n"
                           "* = host=%1 port=%2\n"
                           "[pgbouncer]\n"
                           "listen_addr =\n"
                           "listen_port = %3\n"
                           "unix_socket_dir = %4\n"
                           "auth_type = trust\n"
                           "auth_file = %4/users.txt\n"
                           "pool_mode = transaction\n"
                           "default_pool_size = %5\n"
                           "max_client_conn = 200\n"
                           "logfile = %4/pgbouncer.log\n"
                           "pidfile = %4/pgbouncer.pid\n"
                           "server_reset_query =\n"
                           "ignore_startup_parameters = extra_float_digits\n"_s.arg(server.host)
                               .arg(server.port)
                               .arg(m_port)
                               .arg(dir)
                               .arg(poolSize)
                               .toUtf8();
    QFile config(dir + u"/pgbouncer.ini"_s);
    QFile users(dir + u"/users.txt"_s);
    if (!config.open(QIODevice::WriteOnly) || config.write(ini) != ini.size()
        || !users.open(QIODevice::WriteOnly)
        || users.write("\"" + server.user.toUtf8() + "\" \"\"\n") < 0) {
        *error = u"cannot write the pgbouncer configuration in "_s + dir;
        return false;
    }
    return true;
}

bool PgBouncer::start(int poolSize, QString *error)
{
    const QString program = QStandardPaths::findExecutable(
        u"pgbouncer"_s, {u"/usr/sbin"_s, u"/usr/bin"_s, u"/usr/local/bin"_s});
    if (program.isEmpty()) {
        *error = u"pgbouncer is not installed (Debian package pgbouncer)"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/tlb-XXXXXX"_s);
    m_port = 20000 + int(QCoreApplication::applicationPid() % 20000);
    if (!m_dir->isValid() || !writeConfig(poolSize, error))
        return false;
    // PgBouncer refuses root; as root it runs as postgres, which reaches the cluster's socket.
    QStringList args{u"-d"_s, m_dir->path() + u"/pgbouncer.ini"_s};
    if (::geteuid() == 0) {
        QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_dir->path()});
        args.prepend(u"postgres"_s);
        args.prepend(u"-u"_s);
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        *error = u"pgbouncer did not start: "_s + QString::fromLocal8Bit(p.readAll()) + log();
        return false;
    }
    const QString socket = m_dir->path() + u"/.s.PGSQL.%1"_s.arg(m_port);
    QFile pidFile(m_dir->path() + u"/pgbouncer.pid"_s);
    for (QDeadlineTimer deadline(10000); !deadline.hasExpired(); QThread::msleep(20)) {
        if (QFileInfo::exists(socket) && pidFile.open(QIODevice::ReadOnly)) {
            m_pid = pidFile.readAll().trimmed().toLongLong();
            return m_pid > 0;
        }
    }
    *error = u"pgbouncer made no socket at "_s + socket + u": "_s + log();
    return false;
}

void PgBouncer::stop()
{
    if (m_pid > 0) {
        ::kill(pid_t(m_pid), SIGTERM);
        for (QDeadlineTimer deadline(5000); !deadline.hasExpired() && ::kill(pid_t(m_pid), 0) == 0;)
            QThread::msleep(20);
        m_pid = 0;
    }
    m_dir.reset();
}

ConnectionSettings PgBouncer::plainSettings(const QString &database) const
{
    ConnectionSettings s = TestCluster::instance().settings(database);
    s.pooled = false;
    s.listenHost.clear();
    s.host = m_dir->path();
    s.port = m_port;
    return s;
}

ConnectionSettings PgBouncer::settings(const QString &database, bool directListen) const
{
    const ConnectionSettings server = TestCluster::instance().settings(database);
    ConnectionSettings s = plainSettings(database);
    s.pooled = true;
    if (directListen) {
        s.listenHost = server.host;
        s.listenPort = server.port;
    }
    return s;
}

QString PgBouncer::log() const
{
    QFile file(m_dir ? m_dir->path() + u"/pgbouncer.log"_s : QString());
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(4000))
                                          : QString();
}

} // namespace Touchline::Test
