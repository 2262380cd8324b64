#include "connectionmonitor.h"

#include "database.h"

#include <QSqlQuery>
#include <QUuid>

namespace Touchline {

using namespace Qt::StringLiterals;

// Lives in the monitor's thread and owns the probing connection there.
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionProbe(const ConnectionSettings &settings)
        // A dropped network must fail the probe in seconds, not after the kernel's TCP timeout.
        : m_settings(ConnectionMonitor::withKeepalives(settings))
        , m_name(u"connection-monitor-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {}

    void probe(int job)
    {
        QString reason;
        const bool ok = check(&reason);
        Q_EMIT probed(job, ok, reason);
    }

    void closeConnection()
    {
        if (m_opened)
            Database::close(m_name);
    }

Q_SIGNALS:
    void probed(int job, bool ok, const QString &reason);

private:
    bool check(QString *reason)
    {
        DbError error;
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!m_opened) {
            db = Database::open(m_settings, m_name, &error);
            m_opened = true;
        } else if (!db.isOpen()) {
            Database::reopen(db, m_settings, &error);
        }
        if (error) {
            *reason = error.message;
            db.close();
            return false;
        }
        QSqlQuery q(db);
        if (q.exec(u"select 1"_s) && q.next())
            return true;
        *reason = Database::describe(q.lastError());
        q.finish();
        db.close(); // the next probe connects afresh
        return false;
    }

    ConnectionSettings m_settings;
    QString m_name;
    bool m_opened = false;
};

ConnectionSettings ConnectionMonitor::withKeepalives(ConnectionSettings settings)
{
    if (settings.connectOptions.contains(u"keepalives="_s))
        return settings;
    if (!settings.connectOptions.isEmpty())
        settings.connectOptions += u';';
    settings.connectOptions += u"keepalives=1;keepalives_idle=5;keepalives_interval=2;"
                               "keepalives_count=2;tcp_user_timeout=10000"_s;
    return settings;
}

ConnectionMonitor::ConnectionMonitor(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_probe(new ConnectionProbe(settings))
{
    m_thread.setObjectName(u"connection-monitor"_s);
    m_probe->moveToThread(&m_thread);
    connect(this, &ConnectionMonitor::probeRequested, m_probe, &ConnectionProbe::probe);
    connect(m_probe, &ConnectionProbe::probed, this, &ConnectionMonitor::onProbed);
    ConnectionProbe *probe = m_probe;
    // The connection is closed in its own thread, as the thread ends.
    connect(
        &m_thread,
        &QThread::finished,
        probe,
        [probe] {
            probe->closeConnection();
            delete probe;
        },
        Qt::DirectConnection);
    m_tick.setInterval(3000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionMonitor::onTick);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionMonitor::probe);
}

ConnectionMonitor::~ConnectionMonitor()
{
    m_thread.quit();
    m_thread.wait();
}

void ConnectionMonitor::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    m_tick.start();
}

int ConnectionMonitor::msUntilRetry() const
{
    return m_state == State::Lost && m_retry.isActive() ? int(m_retryAt.remainingTime()) : 0;
}

void ConnectionMonitor::setProbeInterval(int ms)
{
    m_tick.setInterval(ms);
}

void ConnectionMonitor::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoff = firstMs;
    m_maxBackoff = maxMs;
    m_backoff = firstMs;
}

void ConnectionMonitor::retryNow()
{
    m_retry.stop();
    probe();
}

void ConnectionMonitor::reportFailure()
{
    if (m_state == State::Connected)
        probe();
}

void ConnectionMonitor::onTick()
{
    if (m_state == State::Connected)
        probe();
}

void ConnectionMonitor::probe()
{
    if (m_inFlight)
        return;
    m_inFlight = true;
    if (m_state == State::Lost)
        setState(State::Reconnecting);
    Q_EMIT probeRequested(++m_job);
}

void ConnectionMonitor::onProbed(int job, bool ok, const QString &reason)
{
    if (job != m_job)
        return;
    m_inFlight = false;
    if (ok) {
        m_backoff = m_firstBackoff;
        if (m_state != State::Connected) {
            setState(State::Connected);
            Q_EMIT restored();
        }
        return;
    }
    m_lastError = reason;
    const bool wasConnected = m_state == State::Connected;
    setState(State::Lost);
    if (wasConnected)
        Q_EMIT lost(reason);
    const int wait = wasConnected ? m_firstBackoff : m_backoff;
    m_backoff = std::min(m_maxBackoff, wait * 2);
    m_retryAt = QDeadlineTimer(wait);
    m_retry.start(wait);
    Q_EMIT retryScheduled(wait);
}

void ConnectionMonitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Touchline

#include "connectionmonitor.moc"
