// Watches a database from a worker thread (its own connection, a cheap `select 1` every few
// seconds) and, once the server is lost, probes again with backoff until it answers.
#pragma once

#include "connectionsettings.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace Touchline {

class ConnectionProbe;

class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Connected, Lost, Reconnecting };
    Q_ENUM(State)

    explicit ConnectionMonitor(const ConnectionSettings &settings, QObject *parent = nullptr);
    // `settings` with the monitor's TCP keepalives, so that a silently dropped network fails a
    // query in seconds instead of after the kernel's TCP timeout (Unix sockets ignore them).
    static ConnectionSettings withKeepalives(ConnectionSettings settings);
    ~ConnectionMonitor() override;

    void start();
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    // Milliseconds until the next reconnect attempt while Lost; 0 otherwise.
    int msUntilRetry() const;
    // Defaults: a probe every 3 s; reconnect backoff from 1 s, doubling to 30 s.
    void setProbeInterval(int ms);
    void setBackoff(int firstMs, int maxMs);

public Q_SLOTS:
    // Probes at once (the banner's "Retry now").
    void retryNow();
    // A view's query failed: probe at once instead of waiting for the next tick.
    void reportFailure();

Q_SIGNALS:
    void stateChanged(Touchline::ConnectionMonitor::State state);
    void lost(const QString &reason);
    void retryScheduled(int ms);
    void restored();
    void probeRequested(int job);

private:
    void onTick();
    void onProbed(int job, bool ok, const QString &reason);
    void setState(State state);
    void probe();

    QThread m_thread;
    ConnectionProbe *m_probe = nullptr;
    QTimer m_tick;
    QTimer m_retry;
    QDeadlineTimer m_retryAt;
    State m_state = State::Connected;
    QString m_lastError;
    int m_job = 0;
    bool m_inFlight = false;
    int m_firstBackoff = 1000;
    int m_maxBackoff = 30000;
    int m_backoff = 1000;
};

} // namespace Touchline
