#include "dispatchservice.h"

#include "database.h"
#include "dispatcher.h"
#include "outbox.h"
#include "tr.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace Touchline {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
QAtomicInteger<quint64> serviceCount;
constexpr auto notifyChannel = "touchline_outbox";
} // namespace

// Lives in the dispatcher thread and owns the connection, the dispatcher and the timers; it
// reports to the service only through queued calls.
class DispatchService::Worker : public QObject
{
public:
    Worker(DispatchService *service,
           quint64 run,
           const ConnectionSettings &settings,
           const Options &options,
           const QString &name)
        : m_service(service)
        , m_run(run)
        , m_settings(settings)
        , m_options(options)
        , m_name(name)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Worker::pass);
    }

    void begin() { schedule(0ms); }
    void shutdown()
    {
        m_timer.stop();
        m_dispatcher.reset();
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
    void wakeUp() { schedule(0ms); }
    // Inside a pass, a network wait runs a nested event loop that may deliver queued calls:
    // those must not start a second pass or delete the worker under the first.
    bool isBusy() const { return m_busy; }
    void listFailed();
    void retry(const QString &itemId);

private:
    bool ensureConnected();
    void pass();
    void runPass();
    void schedule(std::chrono::milliseconds delay)
    {
        if (!m_timer.isActive() || m_timer.remainingTimeAsDuration() > delay)
            m_timer.start(delay);
    }
    void problem(const QString &message)
    {
        QMetaObject::invokeMethod(
            m_service,
            [s = m_service, message] { Q_EMIT s->problemOccurred(message); },
            Qt::QueuedConnection);
    }

    DispatchService *const m_service;
    const quint64 m_run;
    const ConnectionSettings m_settings;
    const Options m_options;
    const QString m_name;
    QSqlDatabase m_db;
    std::unique_ptr<Dispatcher> m_dispatcher;
    QTimer m_timer{this};
    QElapsedTimer m_sincePoll;
    bool m_busy = false;
    bool m_again = false;
};

bool DispatchService::Worker::ensureConnected()
{
    if (m_db.isOpen() && m_dispatcher)
        return true;
    ConnectionSettings s = m_settings;
    QString options = u"application_name="_s + m_options.applicationName;
    if (!s.connectOptions.isEmpty())
        options += u';' + s.connectOptions;
    s.connectOptions = options;
    DbError error;
    m_db = Database::open(s, m_name, &error);
    if (!m_db.isOpen()) {
        problem(Tr::tr("dispatcher: %1").arg(error.message));
        return false;
    }
    m_db.driver()->subscribeToNotification(QString::fromLatin1(notifyChannel));
    connect(m_db.driver(), &QSqlDriver::notification, this, [this] { schedule(2ms); });
    Dispatcher::Options o;
    o.leaseSeconds = m_options.leaseSeconds;
    o.pollGapSeconds = int(m_options.pollInterval.count() / 1000);
    m_dispatcher = std::make_unique<Dispatcher>(m_db, o);
    return true;
}

void DispatchService::Worker::pass()
{
    if (m_service->isPaused())
        return; // resuming wakes it up
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    runPass();
    m_busy = false;
    if (m_again)
        schedule(0ms);
}

void DispatchService::Worker::runPass()
{
    if (!ensureConnected()) {
        schedule(m_options.retryDelay);
        return;
    }
    DbError error;
    const auto sent = m_dispatcher->dispatch(std::nullopt, &error);
    int outcomes = 0;
    if (sent
        && (!m_sincePoll.isValid() || m_sincePoll.elapsed() >= m_options.pollInterval.count())) {
        m_sincePoll.start();
        if (const auto polled = m_dispatcher->poll(std::nullopt, &error))
            outcomes = polled->outcomes;
    }
    const auto stats = error ? std::nullopt : Outbox(m_db).stats(&error);
    if (error) {
        problem(Tr::tr("dispatcher: %1").arg(error.message));
        m_dispatcher.reset();
        m_db = QSqlDatabase();
        Database::close(m_name); // reconnect on the next pass
        schedule(m_options.retryDelay);
        return;
    }
    for (const QString &p : sent->problems)
        problem(p);
    QMetaObject::invokeMethod(
        m_service,
        [s = m_service, run = m_run, st = *stats, r = *sent, outcomes] {
            s->onStats(run, st.sentToday, st.failing, st.nextDue);
            Q_EMIT s->passCompleted(r.sent, r.failed, r.retrying, outcomes);
        },
        Qt::QueuedConnection);
    auto delay = m_options.maxTimerDelay;
    if (stats->nextDue.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(stats->nextDue) + 5;
        delay = std::min(delay, std::chrono::milliseconds(std::max<qint64>(ms, 200)));
    }
    delay = std::min(delay, m_options.pollInterval);
    schedule(delay); // a NOTIFY that came during the pass has set a sooner one
}

void DispatchService::Worker::listFailed()
{
    if (!ensureConnected())
        return;
    DbError error;
    const auto items = Outbox(m_db).failed(500, &error);
    if (!items) {
        problem(error.message);
        return;
    }
    QVariantList list;
    for (const Outbox::FailedItem &f : *items)
        list.append(QVariantMap{{u"id"_s, f.id},
                                {u"campaign"_s, f.campaign},
                                {u"step"_s, f.step},
                                {u"channel"_s, f.channel},
                                {u"contact"_s, f.contact},
                                {u"error"_s, f.error},
                                {u"attempts"_s, f.attempts},
                                {u"at"_s, f.at}});
    QMetaObject::invokeMethod(
        m_service, [s = m_service, list] { Q_EMIT s->failedListed(list); }, Qt::QueuedConnection);
}

void DispatchService::Worker::retry(const QString &itemId)
{
    bool ok = false;
    QString message;
    if (ensureConnected()) {
        DbError error;
        ok = Outbox(m_db).retryFailed(itemId, &error);
        message = error.message;
    } else {
        message = Tr::tr("the database is not reachable");
    }
    QMetaObject::invokeMethod(
        m_service,
        [s = m_service, itemId, ok, message] { Q_EMIT s->retried(itemId, ok, message); },
        Qt::QueuedConnection);
    if (ok)
        schedule(0ms);
}

DispatchService::DispatchService(const ConnectionSettings &settings, QObject *parent)
    : DispatchService(settings, Options{}, parent)
{}

DispatchService::DispatchService(const ConnectionSettings &settings,
                                 const Options &options,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(options)
    , m_connectionName(u"touchline-dispatcher-%1"_s.arg(++serviceCount))
{}

DispatchService::~DispatchService()
{
    stop();
}

void DispatchService::start()
{
    if (m_thread)
        return;
    ++m_run;
    m_thread = new QThread;
    m_thread->setObjectName(u"touchline-dispatcher"_s);
    m_worker = new Worker(this, m_run, m_settings, m_options, m_connectionName);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, [w = m_worker] { w->begin(); });
    m_thread->start();
    Q_EMIT stateChanged();
}

void DispatchService::setPaused(bool paused)
{
    if (isPaused() == paused)
        return;
    m_paused.storeRelaxed(paused ? 1 : 0);
    if (!paused)
        wakeUp();
    Q_EMIT stateChanged();
}

void DispatchService::stop()
{
    if (!m_thread)
        return;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->shutdown();
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    ++m_run;
    Q_EMIT stateChanged();
}

void DispatchService::wakeUp()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->wakeUp(); }, Qt::QueuedConnection);
}

void DispatchService::requestFailed()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->listFailed(); }, Qt::QueuedConnection);
}

void DispatchService::retry(const QString &itemId)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, itemId] { w->retry(itemId); }, Qt::QueuedConnection);
}

void DispatchService::onStats(quint64 run, int sentToday, int failing, const QDateTime &nextDue)
{
    if (run != m_run)
        return;
    m_sentToday = sentToday;
    m_failing = failing;
    m_nextDue = nextDue;
    Q_EMIT statsChanged(sentToday, failing, nextDue);
}

} // namespace Touchline
