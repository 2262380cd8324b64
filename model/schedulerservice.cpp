#include "schedulerservice.h"

#include "database.h"
#include "engine.h"
#include "historyarchive.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QLibrary>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <QDeadlineTimer>

#include <algorithm>
#include <atomic>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Touchline {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A row that is due but was not claimed is held by another scheduler's batch: look again soon.
constexpr auto heldRetryDelay = 500ms;
// nextDue() is rounded to the millisecond: wake just after it, never just before.
constexpr auto dueSlack = 2ms;

QAtomicInteger<quint64> serviceCount;

// Two libpq calls, resolved from the libpq that the QPSQL plugin has loaded (the model links no
// PostgreSQL library): the connection's socket, and reading what has arrived on it.
struct LibPq
{
    using SocketFunction = int (*)(const void *);
    using ConsumeInputFunction = int (*)(void *);
    using GetCancelFunction = void *(*)(void *);
    using CancelFunction = int (*)(void *, char *, int);
    using FreeCancelFunction = void (*)(void *);
    SocketFunction socket = nullptr;
    ConsumeInputFunction consumeInput = nullptr;
    GetCancelFunction getCancel = nullptr;
    CancelFunction cancel = nullptr;
    FreeCancelFunction freeCancel = nullptr;

    static const LibPq &instance()
    {
        static const LibPq pq = [] {
            LibPq p;
            p.socket = reinterpret_cast<SocketFunction>(QLibrary::resolve(u"pq"_s, 5, "PQsocket"));
            p.consumeInput = reinterpret_cast<ConsumeInputFunction>(
                QLibrary::resolve(u"pq"_s, 5, "PQconsumeInput"));
            p.getCancel
                = reinterpret_cast<GetCancelFunction>(QLibrary::resolve(u"pq"_s, 5, "PQgetCancel"));
            p.cancel = reinterpret_cast<CancelFunction>(QLibrary::resolve(u"pq"_s, 5, "PQcancel"));
            p.freeCancel = reinterpret_cast<FreeCancelFunction>(
                QLibrary::resolve(u"pq"_s, 5, "PQfreeCancel"));
            return p;
        }();
        return pq;
    }
};

int seconds(std::chrono::milliseconds d)
{
    return int(std::chrono::ceil<std::chrono::seconds>(d).count());
}

} // namespace

// Lives in the scheduler thread and owns everything there: the connection, the engine, the
// timers. It reports to the service only through queued calls.
class SchedulerService::Worker : public QObject
{
public:
    Worker(SchedulerService *service,
           quint64 run,
           const ConnectionSettings &settings,
           const Options &options,
           const QString &connectionName,
           bool paused);

    void begin();
    void shutdown();
    void setPaused(bool paused);
    void wakeUp() { requestPass(0ms); }

private:
    bool connectNow(QString *message);
    void disconnectNow();
    void watchSocket();
    void unwatchSocket();
    void onSocketReadable();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source);
    void requestPass(std::chrono::milliseconds delay);
    void runBatch();
    void finishPass(const QDateTime &at);
    void fail(const QString &message);
    void connectionLost(const QString &message);
    void retry();
    void archiveHistory();
    std::chrono::milliseconds nextRetryDelay();
    void flushPass(bool evenIfEmpty);
    void reportState(State state, const QString &message);
    void reportConnectedState();
    void reportProblem(const QString &message);

    SchedulerService *const m_service;
    const quint64 m_run;
    const ConnectionSettings m_settings;
    const Options m_options;
    const QString m_name;
    QSqlDatabase m_db;
    std::optional<Engine> m_engine;
    void *m_pgconn = nullptr; // QPSQL's PGconn, while connected
public:
    // PQcancel's handle for the statement in hand: usable from another thread (libpq says so).
    std::atomic<void *> m_cancel{nullptr};

private:
    QSocketNotifier *m_socketWatch = nullptr; // on a duplicate of the connection's socket
    int m_socketCopy = -1;
    QTimer m_wakeTimer{this};     // a pass soon: a notification, the next batch of a backlog
    QTimer m_dueTimer{this};      // the earliest next_send_at
    QTimer m_backstopTimer{this}; // the slow poll
    QTimer m_retryTimer{this};    // a reconnect, or a failed pass again, with backoff
    QTimer m_archiveTimer{this};  // finished history to the archive tables, a little at a time
    QElapsedTimer m_sinceLastPass;
    std::chrono::milliseconds m_retryDelay;
    Engine::TickResult m_pass; // summed over the batches of the pass in hand
    bool m_connected = false;
    bool m_paused = false;
    bool m_stopping = false;
    QDate m_day;
    int m_firedToday = 0;
    std::optional<QDateTime> m_reportedNextDue;
};

SchedulerService::Worker::Worker(SchedulerService *service,
                                 quint64 run,
                                 const ConnectionSettings &settings,
                                 const Options &options,
                                 const QString &connectionName,
                                 bool paused)
    : m_service(service)
    , m_run(run)
    , m_settings(settings)
    , m_options(options)
    , m_name(connectionName)
    , m_retryDelay(options.firstRetryDelay)
    , m_paused(paused)
{
    m_wakeTimer.setSingleShot(true);
    m_dueTimer.setSingleShot(true);
    m_dueTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may be 5% late over minutes
    m_backstopTimer.setSingleShot(true);
    m_backstopTimer.setInterval(options.backstopInterval);
    m_retryTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &Worker::runBatch);
    connect(&m_dueTimer, &QTimer::timeout, this, [this] { requestPass(0ms); });
    connect(&m_backstopTimer, &QTimer::timeout, this, [this] { requestPass(0ms); });
    connect(&m_retryTimer, &QTimer::timeout, this, &Worker::retry);
    m_archiveTimer.setInterval(options.archiveInterval);
    connect(&m_archiveTimer, &QTimer::timeout, this, &Worker::archiveHistory);
}

void SchedulerService::Worker::begin()
{
    m_sinceLastPass.start();
    if (m_options.archiveInterval > 0ms)
        m_archiveTimer.start();
    QString message;
    if (!connectNow(&message)) {
        const auto delay = nextRetryDelay();
        reportProblem(SchedulerService::tr("The scheduler cannot connect: %1").arg(message));
        reportState(State::Reconnecting,
                    SchedulerService::tr(
                        "Cannot connect: %1. Next attempt in %n s.", nullptr, seconds(delay))
                        .arg(message));
        m_retryTimer.start(delay);
        return;
    }
    reportConnectedState();
    requestPass(0ms);
}

void SchedulerService::Worker::shutdown()
{
    m_stopping = true;
    m_wakeTimer.stop();
    m_dueTimer.stop();
    m_backstopTimer.stop();
    m_retryTimer.stop();
    m_archiveTimer.stop();
    flushPass(false);
    disconnectNow();
    deleteLater();
    thread()->quit();
}

void SchedulerService::Worker::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_wakeTimer.stop();
        m_dueTimer.stop();
        m_backstopTimer.stop();
        flushPass(false);
    }
    if (!m_connected)
        return; // still reconnecting; the state follows once connected
    reportConnectedState();
    if (!paused)
        requestPass(0ms);
}

bool SchedulerService::Worker::connectNow(QString *message)
{
    ConnectionSettings settings = m_settings;
    // A name the server shows in pg_stat_activity, and keepalives so that a silently dead TCP
    // link fails the socket instead of hanging until the backstop (Unix sockets ignore them).
    QString options = u"application_name="_s + m_options.applicationName
                      + u";keepalives_idle=30;keepalives_interval=10;keepalives_count=3"_s;
    if (!settings.connectOptions.isEmpty())
        options += u';' + settings.connectOptions;
    settings.connectOptions = options;

    DbError error;
    m_db = Database::open(settings, m_name, &error);
    if (error) {
        *message = error.message;
        disconnectNow();
        return false;
    }
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(m_options.channel)) {
        *message = SchedulerService::tr("cannot listen for %1: %2")
                       .arg(m_options.channel, Database::describe(driver->lastError()));
        disconnectNow();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &Worker::onNotification);
    watchSocket();
    m_engine.emplace(m_db);
    m_connected = true;
    return true;
}

void SchedulerService::Worker::disconnectNow()
{
    m_connected = false;
    unwatchSocket();
    m_engine.reset();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_name))
        Database::close(m_name); // also drops the subscription and QPSQL's socket notifier
}

// QPSQL reads the socket only for notifications, and when the server closes the connection
// while we are idle, nothing tells anyone: the next query would fail, at the backstop a minute
// later, and QPSQL's notifier would be left on a socket libpq has closed. So watch the socket
// too (a duplicate, so that the event dispatcher sees two sockets rather than two notifiers on
// one), read what arrived, and when that leaves the connection bad, close it at once.
void SchedulerService::Worker::watchSocket()
{
#ifdef Q_OS_UNIX
    const LibPq &pq = LibPq::instance();
    const QVariant handle = m_db.driver()->handle();
    // The metatype's name is "PGconn*" or, in some Qt versions, that of the struct behind it.
    const bool pgconn
        = qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0;
    if (!pq.socket || !pq.consumeInput || !pgconn)
        return; // the backstop will notice instead
    m_pgconn = *static_cast<void *const *>(handle.constData());
    if (m_pgconn && pq.getCancel && !m_cancel.load())
        m_cancel.store(pq.getCancel(m_pgconn));
    const int fd = m_pgconn ? pq.socket(m_pgconn) : -1;
    if (fd < 0)
        return;
    m_socketCopy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (m_socketCopy < 0)
        return;
    m_socketWatch = new QSocketNotifier(m_socketCopy, QSocketNotifier::Read, this);
    connect(m_socketWatch, &QSocketNotifier::activated, this, &Worker::onSocketReadable);
#endif
}

void SchedulerService::Worker::unwatchSocket()
{
    m_pgconn = nullptr;
    if (void *cancel = m_cancel.exchange(nullptr); cancel && LibPq::instance().freeCancel)
        LibPq::instance().freeCancel(cancel);
    if (m_socketWatch) {
        // Possibly inside its own activation: disable now, delete later.
        m_socketWatch->setEnabled(false);
        m_socketWatch->deleteLater();
        m_socketWatch = nullptr;
    }
#ifdef Q_OS_UNIX
    if (m_socketCopy >= 0)
        ::close(m_socketCopy);
#endif
    m_socketCopy = -1;
}

void SchedulerService::Worker::onSocketReadable()
{
    if (!m_connected)
        return;
    // A NOTIFY stays queued in libpq for QPSQL's own handler, which runs in this same round of
    // the event loop; the server's goodbye leaves the connection bad.
    if (m_db.isOpen())
        LibPq::instance().consumeInput(m_pgconn);
    if (!m_db.isOpen())
        connectionLost(SchedulerService::tr("the server closed the connection"));
}

void SchedulerService::Worker::onNotification(const QString &name,
                                              QSqlDriver::NotificationSource source)
{
    // Our own firings notify us too; the pass that made them already looks at what is next.
    if (name != m_options.channel || source == QSqlDriver::SelfSource)
        return;
    const auto sinceLast = std::chrono::milliseconds(m_sinceLastPass.elapsed());
    requestPass(std::max(m_options.notifyMinGap - sinceLast, 0ms));
}

void SchedulerService::Worker::requestPass(std::chrono::milliseconds delay)
{
    // While a failed pass or a reconnect waits for its retry, the retry is the next pass.
    if (!m_connected || m_paused || m_stopping || m_retryTimer.isActive())
        return;
    if (m_wakeTimer.isActive() && m_wakeTimer.remainingTimeAsDuration() <= delay)
        return;
    m_wakeTimer.start(delay);
}

// One batch per event-loop turn, so that stop, pause and notifications get in between the
// batches of a backlog.
void SchedulerService::Worker::runBatch()
{
    if (!m_connected || m_paused || m_stopping)
        return;
    m_dueTimer.stop();
    DbError error;
    const auto now = m_engine->databaseNow(&error);
    if (!now)
        return fail(error.message);
    const QDate day = now->toLocalTime().date();
    if (day != m_day) {
        m_day = day;
        m_firedToday = 0;
    }
    const int claimed = m_engine->fireBatch(*now, m_options.batchSize, &m_pass, &error);
    if (claimed < 0)
        return fail(error.message);
    if (claimed > 0) {
        m_wakeTimer.start(0ms);
        return;
    }
    finishPass(*now);
}

void SchedulerService::Worker::finishPass(const QDateTime &at)
{
    flushPass(true);
    DbError error;
    const auto due = m_engine->nextDue(&error);
    if (!due)
        return fail(error.message);
    // The timer's delay is measured on the database's clock, like everything due.
    const auto now = m_engine->databaseNow(&error);
    if (!now)
        return fail(error.message);
    m_sinceLastPass.start();
    m_retryDelay = m_options.firstRetryDelay;
    if (!m_reportedNextDue || *m_reportedNextDue != *due) {
        m_reportedNextDue = *due;
        QMetaObject::invokeMethod(
            m_service,
            [service = m_service, run = m_run, due = *due] { service->onWorkerNextDue(run, due); },
            Qt::QueuedConnection);
    }
    if (due->isValid()) {
        std::chrono::milliseconds delay(now->msecsTo(*due));
        if (delay <= 0ms) // due already: it became due during this pass, or someone holds it
            delay = *due > at ? 0ms : heldRetryDelay;
        else
            delay += dueSlack;
        m_dueTimer.start(std::min(delay, m_options.maxTimerDelay));
    }
    m_backstopTimer.start();
}

// A failed statement on a live connection (a timeout, a lock) is retried with backoff; a dead
// connection is reopened.
void SchedulerService::Worker::fail(const QString &message)
{
    flushPass(false);
    if (!m_db.isOpen())
        return connectionLost(message);
    m_wakeTimer.stop();
    m_dueTimer.stop();
    const auto delay = nextRetryDelay();
    reportProblem(SchedulerService::tr(
                      "A scheduler pass failed: %1. Next try in %n s.", nullptr, seconds(delay))
                      .arg(message));
    m_retryTimer.start(delay);
}

void SchedulerService::Worker::connectionLost(const QString &message)
{
    flushPass(false);
    disconnectNow();
    m_wakeTimer.stop();
    m_dueTimer.stop();
    m_backstopTimer.stop();
    const auto delay = nextRetryDelay();
    reportProblem(
        SchedulerService::tr("The scheduler lost its database connection: %1").arg(message));
    reportState(
        State::Reconnecting,
        SchedulerService::tr("Connection lost: %1. Reconnecting in %n s.", nullptr, seconds(delay))
            .arg(message));
    m_retryTimer.start(delay);
}

void SchedulerService::Worker::retry()
{
    if (m_stopping)
        return;
    if (m_connected)
        return runBatch();
    QString message;
    if (!connectNow(&message)) {
        const auto delay = nextRetryDelay();
        reportProblem(SchedulerService::tr("The scheduler cannot reconnect: %1").arg(message));
        reportState(State::Reconnecting,
                    SchedulerService::tr(
                        "Cannot reconnect: %1. Next attempt in %n s.", nullptr, seconds(delay))
                        .arg(message));
        m_retryTimer.start(delay);
        return;
    }
    // Listening again; now catch up on whatever became due or was notified meanwhile.
    m_retryDelay = m_options.firstRetryDelay;
    reportConnectedState();
    requestPass(0ms);
}

std::chrono::milliseconds SchedulerService::Worker::nextRetryDelay()
{
    const auto delay = m_retryDelay;
    m_retryDelay = std::min(m_retryDelay * 2, m_options.maxRetryDelay);
    return delay;
}

void SchedulerService::Worker::flushPass(bool evenIfEmpty)
{
    const Engine::TickResult pass = m_pass;
    m_pass.passStarted = QDateTime(); // the next batch begins a new pass
    // A row set aside with its error, or a route not followed, is for people to see: each one
    // (the rest of the batch fired; a set-aside row waits out of the due scan for a fix).
    for (const QString &warning : pass.warnings)
        reportProblem(SchedulerService::tr("Scheduler: %1").arg(warning));
    m_pass.warnings.clear();
    if (!evenIfEmpty && pass.fired == 0 && pass.exited == 0 && pass.enrolled == 0)
        return;
    m_pass = {};
    m_firedToday += pass.fired;
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, run = m_run, pass, today = m_firedToday] {
            service->onWorkerPass(run, pass.fired, pass.exited, pass.enrolled, today);
        },
        Qt::QueuedConnection);
}

void SchedulerService::Worker::reportState(State state, const QString &message)
{
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, run = m_run, state, message] {
            service->onWorkerState(run, state, message);
        },
        Qt::QueuedConnection);
}

void SchedulerService::Worker::reportConnectedState()
{
    if (m_paused)
        reportState(State::Paused, SchedulerService::tr("Paused: no steps are fired."));
    else
        reportState(State::Running,
                    SchedulerService::tr("Running on %1.").arg(m_settings.displayName()));
}

// Small batches, so that firing waits for them no longer than for a firing batch. Several
// consoles may archive at once (the batches skip each other's rows). A login without the engine
// role, or a database before migration 24, just does not archive: housekeeping, not a problem.
void SchedulerService::Worker::archiveHistory()
{
    if (!m_connected || m_paused || m_stopping)
        return;
    HistoryArchive::Options options;
    options.batchSize = m_options.archiveBatchSize;
    options.maxBatches = m_options.archiveBatches;
    DbError error;
    if (!HistoryArchive::run(m_db, options, &error))
        qInfo("scheduler: history not archived: %s", qPrintable(error.message));
}

void SchedulerService::Worker::reportProblem(const QString &message)
{
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, run = m_run, message] { service->onWorkerProblem(run, message); },
        Qt::QueuedConnection);
}

SchedulerService::SchedulerService(const ConnectionSettings &settings, QObject *parent)
    : SchedulerService(settings, Options(), parent)
{}

SchedulerService::SchedulerService(const ConnectionSettings &settings,
                                   const Options &options,
                                   QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(options)
    , m_connectionName(u"touchline-scheduler-%1"_s.arg(++serviceCount))
    , m_stateMessage(tr("Stopped."))
{}

SchedulerService::~SchedulerService()
{
    stop();
}

void SchedulerService::start()
{
    if (m_thread)
        return;
    ++m_run;
    m_thread = new QThread;
    m_thread->setObjectName(u"touchline-scheduler"_s);
    m_worker = new Worker(this, m_run, m_settings, m_options, m_connectionName, m_paused);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &Worker::begin);
    if (m_firedToday != 0) {
        m_firedToday = 0;
        Q_EMIT firedTodayChanged(0);
    }
    setState(State::Reconnecting, tr("Connecting to %1…").arg(m_settings.displayName()));
    m_thread->start();
}

void SchedulerService::stop()
{
    if (!m_thread)
        return;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::QueuedConnection);
    // The worker deletes itself in its thread on the way out, after the batch in hand. A batch
    // stuck on the server (a lock wait) is cancelled once the limit has passed; the statement
    // and lock timeouts of the connection bound the rest.
    if (!m_thread->wait(QDeadlineTimer(m_options.stopTimeout))) {
        const LibPq &pq = LibPq::instance();
        if (void *cancel = worker->m_cancel.load(); cancel && pq.cancel) {
            char reason[256] = {};
            pq.cancel(cancel, reason, int(sizeof reason));
        }
        if (!m_thread->wait(QDeadlineTimer(m_options.stopTimeout))) {
            qWarning("touchline scheduler: still stopping after %d s; waiting for the server",
                     seconds(2 * m_options.stopTimeout));
            m_thread->wait();
        }
    }
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    if (m_nextDue.isValid()) {
        m_nextDue = QDateTime();
        Q_EMIT nextDueChanged(m_nextDue);
    }
    setState(State::Stopped, tr("Stopped."));
}

void SchedulerService::pause()
{
    m_paused = true;
    if (Worker *worker = m_worker)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->setPaused(true); }, Qt::QueuedConnection);
}

void SchedulerService::resume()
{
    m_paused = false;
    if (Worker *worker = m_worker)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->setPaused(false); }, Qt::QueuedConnection);
}

void SchedulerService::wakeUp()
{
    if (Worker *worker = m_worker)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->wakeUp(); }, Qt::QueuedConnection);
}

// Reports of a stopped run are dropped, except what its last batches fired.
void SchedulerService::onWorkerState(quint64 run, State state, const QString &message)
{
    if (run == m_run && m_thread)
        setState(state, message);
}

void SchedulerService::onWorkerNextDue(quint64 run, const QDateTime &due)
{
    if (run != m_run || !m_thread || due == m_nextDue)
        return;
    m_nextDue = due;
    Q_EMIT nextDueChanged(due);
}

void SchedulerService::onWorkerPass(quint64 run, int fired, int exited, int enrolled, int today)
{
    if (run != m_run)
        return;
    Q_EMIT tickCompleted(fired, exited, enrolled);
    if (today != m_firedToday) {
        m_firedToday = today;
        Q_EMIT firedTodayChanged(today);
    }
}

void SchedulerService::onWorkerProblem(quint64 run, const QString &message)
{
    if (run == m_run && m_thread)
        Q_EMIT problemOccurred(message);
}

void SchedulerService::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state, message);
}

} // namespace Touchline
