#include "databaseworker.h"

#include "database.h"

#include <QPointer>
#include <QThread>

namespace Touchline {

class DatabaseWorker::Runner : public QObject
{
public:
    Runner(ConnectionSettings settings, QString name)
        : m_settings(std::move(settings))
        , m_name(std::move(name))
    {}

    QSqlDatabase database()
    {
        if (!m_db.isOpen()) {
            DbError error;
            m_db = Database::open(m_settings, m_name, &error);
        }
        return m_db;
    }
    void close()
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }

private:
    ConnectionSettings m_settings;
    QString m_name;
    QSqlDatabase m_db;
};

DatabaseWorker::DatabaseWorker(const ConnectionSettings &settings,
                               const QString &connectionName,
                               QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_runner(new Runner(settings, connectionName))
{
    m_thread->setObjectName(connectionName);
    m_runner->moveToThread(m_thread);
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    QMetaObject::invokeMethod(
        m_runner, [r = m_runner] { r->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
    delete m_thread;
}

void DatabaseWorker::post(QObject *context, Job job)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_runner,
        [r = m_runner, guard, job = std::move(job)] {
            Done done = job(r->database());
            if (!guard || !done)
                return;
            QMetaObject::invokeMethod(guard.data(), std::move(done), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DatabaseWorker::drain()
{
    QMetaObject::invokeMethod(
        m_runner, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace Touchline
