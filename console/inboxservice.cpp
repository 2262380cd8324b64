#include "inboxservice.h"

#include "databaseworker.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

namespace Touchline {

using namespace Qt::StringLiterals;

// Lives in the inbox thread; owns the connection, created and closed there.
class InboxWorker : public QObject
{
    Q_OBJECT

public:
    InboxWorker(const ConnectionSettings &settings, const QString &connectionName, bool listen)
        : m_settings(settings)
        , m_name(connectionName)
        , m_listen(listen)
    {}

    void run(const std::function<void(DraftStore *, const DbError &)> &job)
    {
        DbError error;
        if (!ensureOpen(&error))
            return job(nullptr, error);
        DraftStore store(QSqlDatabase::database(m_name, false));
        job(&store, error);
    }
    void close()
    {
        Database::close(m_name);
        m_open = false;
    }

Q_SIGNALS:
    void notified();
    void failed(const QString &message);

private:
    // Opens (or reopens after a lost link) and listens again; the caller's job then catches up.
    bool ensureOpen(DbError *error)
    {
        if (m_open) {
            const QSqlDatabase db = QSqlDatabase::database(m_name, false);
            // After the server went away, QPSQL still calls the connection open.
            if (db.isOpen() && !DatabaseWorker::isBroken(db))
                return true;
        }
        close();
        QSqlDatabase db = Database::open(m_settings, m_name, error);
        if (*error) {
            Q_EMIT failed(error->message);
            return false;
        }
        // Short interactive queries: JIT compilation would cost more than it saves (a session
        // setting, which a transaction pooler would hand to the next client).
        if (!m_settings.pooled)
            QSqlQuery(db).exec(u"set jit = off"_s);
        QSqlDriver *driver = db.driver();
        if (m_listen) {
            for (const QString &channel : {u"touchline_drafts"_s, u"touchline_due"_s})
                driver->subscribeToNotification(channel);
        }
        connect(
            driver, &QSqlDriver::notification, this, &InboxWorker::notified, Qt::UniqueConnection);
        m_open = true;
        return true;
    }

    ConnectionSettings m_settings;
    QString m_name;
    bool m_listen = false;
    bool m_open = false;
};

namespace {
QAtomicInt serviceCount;
}

InboxService::InboxService(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_connectionName(u"touchline-inbox-%1"_s.arg(serviceCount.fetchAndAddRelaxed(1)))
{}

InboxService::~InboxService()
{
    stop();
}

void InboxService::start()
{
    if (m_threads[0])
        return;
    for (int lane = 0; lane < 2; ++lane) {
        auto *thread = new QThread(this);
        thread->setObjectName(lane == 0 ? u"inbox"_s : u"inbox-counts"_s);
        auto *worker = new InboxWorker(
            m_settings, m_connectionName + (lane == 0 ? u""_s : u"-counts"_s), lane == 0);
        worker->moveToThread(thread);
        connect(worker, &InboxWorker::failed, this, &InboxService::problemOccurred);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        m_threads[lane] = thread;
        m_workers[lane] = worker;
        thread->start();
    }
    connect(m_workers[0], &InboxWorker::notified, this, &InboxService::draftsChanged);
    // Connect and listen at once, so that the first notification is not missed.
    post([](DraftStore *, const DbError &) {});
}

void InboxService::stop()
{
    for (int lane = 0; lane < 2; ++lane) {
        if (!m_threads[lane])
            continue;
        InboxWorker *worker = m_workers[lane];
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::QueuedConnection);
        m_threads[lane]->quit();
        m_threads[lane]->wait();
        delete m_threads[lane];
        m_threads[lane] = nullptr;
        m_workers[lane] = nullptr;
    }
}

void InboxService::post(std::function<void(DraftStore *, const DbError &)> job, Lane lane)
{
    InboxWorker *worker = m_workers[lane == Lane::Interactive ? 0 : 1];
    if (!worker)
        return;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
}

} // namespace Touchline

#include "inboxservice.moc"
