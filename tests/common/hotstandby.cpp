#include "hotstandby.h"

#include "database.h"
#include "localcluster.h"
#include "testcluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <unistd.h>

namespace Touchline::Test {

using namespace Qt::StringLiterals;

HotStandby::~HotStandby()
{
    stop();
}

// Server binaries refuse root: as root they run as postgres, like LocalCluster does.
bool HotStandby::run(const QString &program, const QStringList &args, QString *error) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = m_binDir + u'/' + program;
    if (::geteuid() == 0)
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, path} + args);
    else
        p.start(path, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + u": "_s + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool HotStandby::start(QString *error)
{
    const auto bin = LocalCluster::findBinaries(error);
    if (!bin)
        return false;
    // pg_ctl may be a link on PATH: pg_basebackup sits next to the real one.
    m_binDir = QFileInfo(QFileInfo(bin->pgCtl).canonicalFilePath()).absolutePath();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/tls-XXXXXX"_s);
    const QString data = m_dir->filePath(u"data"_s);
    const QString socket = m_dir->filePath(u"run"_s);
    QDir().mkpath(socket);
    if (::geteuid() == 0) {
        QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_dir->path()});
        QProcess::execute(u"chmod"_s, {u"755"_s, m_dir->path()});
    }
    const ConnectionSettings primary = TestCluster::instance().settings(u"postgres"_s);
    if (!run(u"pg_basebackup"_s,
             {u"-h"_s,
              primary.host,
              u"-p"_s,
              QString::number(primary.port),
              u"-U"_s,
              primary.user,
              u"-D"_s,
              data,
              u"-R"_s,
              u"-X"_s,
              u"stream"_s,
              u"-c"_s,
              u"fast"_s},
             error))
        return false;
    if (!QFileInfo::exists(data + u"/standby.signal"_s)) {
        *error = u"pg_basebackup -R wrote no standby.signal"_s;
        return false;
    }
    m_started = run(u"pg_ctl"_s,
                    {u"-D"_s,
                     data,
                     u"-l"_s,
                     data + u"/standby.log"_s,
                     u"-w"_s,
                     u"-o"_s,
                     u"-k %1 -h '' -p %2 -c hot_standby=on"_s.arg(socket).arg(primary.port),
                     u"start"_s},
                    error);
    return m_started;
}

void HotStandby::stop()
{
    if (!m_started)
        return;
    QString error;
    run(u"pg_ctl"_s,
        {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s},
        &error);
    m_started = false;
}

ConnectionSettings HotStandby::settings(const QString &database) const
{
    ConnectionSettings s = TestCluster::instance().settings(database);
    s.host = m_dir->filePath(u"run"_s);
    return s;
}

bool HotStandby::waitForCatchUp(int timeoutMs, QString *error)
{
    const QString name = u"standby-wait-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        DbError dbError;
        QSqlDatabase primary
            = Database::open(TestCluster::instance().settings(u"postgres"_s), name, &dbError);
        QSqlDatabase standby = Database::open(settings(u"postgres"_s), name + u"s"_s, &dbError);
        if (dbError) {
            *error = dbError.message;
        } else {
            QSqlQuery p(primary);
            p.exec(u"select pg_current_wal_insert_lsn()::text"_s);
            p.next();
            const QString lsn = p.value(0).toString();
            QSqlQuery s(standby);
            QDeadlineTimer deadline(timeoutMs);
            while (!ok && !deadline.hasExpired()) {
                s.prepare(u"select pg_last_wal_replay_lsn() >= cast(:lsn as pg_lsn)"_s);
                s.bindValue(u":lsn"_s, lsn);
                ok = s.exec() && s.next() && s.value(0).toBool();
                if (!ok)
                    QThread::msleep(20);
            }
            if (!ok)
                *error = u"the standby did not replay up to %1 in time"_s.arg(lsn);
        }
    }
    Database::close(name);
    Database::close(name + u"s"_s);
    return ok;
}

} // namespace Touchline::Test
