// The embedded scheduler: a thread of its own with a connection of its own that fires due steps
// when woken by NOTIFY, by a timer set to the earliest next_send_at, or by a slow backstop poll.
#pragma once

#include "connectionsettings.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>

class QThread;

namespace Touchline {

class SchedulerService : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Running, Paused, Reconnecting };
    Q_ENUM(State)

    struct Options
    {
        QString channel = QStringLiteral("touchline_due"); // what 0005_notify.sql notifies
        int batchSize = 500;
        // The slow poll that guarantees pickup when a NOTIFY is lost, and notices a dead link.
        std::chrono::milliseconds backstopInterval{60000};
        // The timer to the earliest next_send_at never waits longer than this.
        std::chrono::milliseconds maxTimerDelay{5 * 60 * 1000};
        // Reconnect (and failed-pass) backoff: doubles from first to max.
        std::chrono::milliseconds firstRetryDelay{1000};
        std::chrono::milliseconds maxRetryDelay{30000};
        // Bursts of notifications wake the scheduler at most this often.
        std::chrono::milliseconds notifyMinGap{100};
        // stop() waits this long for the batch in hand, then cancels its statement and waits
        // as long again.
        std::chrono::milliseconds stopTimeout{5000};
        // Housekeeping: this often, a few batches of `touchline db archive` with the stored
        // retention (HistoryArchive); 0 turns it off.
        std::chrono::milliseconds archiveInterval{10 * 60 * 1000};
        int archiveBatches = 4;
        int archiveBatchSize = 500;
        // The connection's application_name, so that the scheduler is recognisable on the server.
        QString applicationName = QStringLiteral("touchline-scheduler");
    };

    // `settings` are the resolved ones (Connection::settings() after open, never the embedded
    // placeholder). Nothing happens until start().
    explicit SchedulerService(const ConnectionSettings &settings, QObject *parent = nullptr);
    SchedulerService(const ConnectionSettings &settings,
                     const Options &options,
                     QObject *parent = nullptr);
    ~SchedulerService() override; // stops and joins

    // What the scheduler last reported (updated as its queued signals arrive).
    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    QDateTime nextDue() const { return m_nextDue; } // invalid when nothing is scheduled
    int firedToday() const { return m_firedToday; } // by this scheduler, in the local day
    bool isStarted() const { return m_thread != nullptr; }
    bool isPaused() const { return m_paused; }
    // The QSqlDatabase connection name the scheduler thread uses (unique per service).
    QString connectionName() const { return m_connectionName; }

public Q_SLOTS:
    // Starts the thread, which connects, listens and catches up. Does nothing when started.
    void start();
    // Quits the thread's event loop after the batch in hand, closes and removes the connection
    // inside the thread, and joins it. Does nothing when stopped.
    void stop();
    // Pausing the scheduler (not campaigns) keeps the connection but fires nothing; resuming
    // catches up at once. Both also work before start().
    void pause();
    void resume();
    // A pass now, as a NOTIFY would cause (e.g. a "run now" action).
    void wakeUp();

Q_SIGNALS:
    void stateChanged(Touchline::SchedulerService::State state, const QString &message);
    void nextDueChanged(const QDateTime &due);
    // After each pass (every batch until none is left): what it did, summed over its batches.
    void tickCompleted(int fired, int exited, int enrolled);
    void firedTodayChanged(int count);
    // A lost connection, a failed reconnect or a failed pass, for people.
    void problemOccurred(const QString &message);

private:
    class Worker;

    void onWorkerState(quint64 run, State state, const QString &message);
    void onWorkerNextDue(quint64 run, const QDateTime &due);
    void onWorkerPass(quint64 run, int fired, int exited, int enrolled, int firedToday);
    void onWorkerProblem(quint64 run, const QString &message);
    void setState(State state, const QString &message);

    ConnectionSettings m_settings;
    Options m_options;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    quint64 m_run = 0; // reports from an earlier run (before a stop) are dropped
    bool m_paused = false;
    State m_state = State::Stopped;
    QString m_stateMessage;
    QDateTime m_nextDue;
    int m_firedToday = 0;
};

} // namespace Touchline
