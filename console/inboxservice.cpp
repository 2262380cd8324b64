#include "inboxservice.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QThread>

namespace Touchline {

using namespace Qt::StringLiterals;

// Lives in the inbox thread; owns the connection, created and closed there.
class InboxWorker : public QObject
{
    Q_OBJECT

public:
    InboxWorker(const ConnectionSettings &settings, const QString &connectionName)
        : m_settings(settings)
        , m_name(connectionName)
    {}

    void run(const std::function<void(DraftStore &)> &job)
    {
        if (!ensureOpen())
            return;
        DraftStore store(QSqlDatabase::database(m_name, false));
        job(store);
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
    bool ensureOpen()
    {
        if (m_open && QSqlDatabase::database(m_name, false).isOpen())
            return true;
        close();
        DbError error;
        QSqlDatabase db = Database::open(m_settings, m_name, &error);
        if (error) {
            Q_EMIT failed(error.message);
            return false;
        }
        QSqlDriver *driver = db.driver();
        for (const QString &channel : {u"touchline_drafts"_s, u"touchline_due"_s})
            driver->subscribeToNotification(channel);
        connect(
            driver, &QSqlDriver::notification, this, &InboxWorker::notified, Qt::UniqueConnection);
        m_open = true;
        return true;
    }

    ConnectionSettings m_settings;
    QString m_name;
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
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"inbox"_s);
    m_worker = new InboxWorker(m_settings, m_connectionName);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &InboxWorker::notified, this, &InboxService::draftsChanged);
    connect(m_worker, &InboxWorker::failed, this, &InboxService::problemOccurred);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    // Connect and listen at once, so that the first notification is not missed.
    post([](DraftStore &) {});
}

void InboxService::stop()
{
    if (!m_thread)
        return;
    InboxWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void InboxService::post(std::function<void(DraftStore &)> job)
{
    if (!m_worker)
        return;
    InboxWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
}

} // namespace Touchline

#include "inboxservice.moc"
