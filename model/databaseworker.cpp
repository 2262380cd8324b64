#include "databaseworker.h"

#include "database.h"

#include <QLibrary>
#include <QPointer>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

class DatabaseWorker::Runner : public QObject
{
public:
    Runner(ConnectionSettings settings, QString name)
        : m_settings(std::move(settings))
        , m_name(std::move(name))
    {}

    QSqlDatabase database()
    {
        if (!m_db.isOpen() || DatabaseWorker::isBroken(m_db)) {
            close();
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
    , m_settings(settings)
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

void DatabaseWorker::reconnect()
{
    QMetaObject::invokeMethod(
        m_runner, [r = m_runner] { r->close(); }, Qt::QueuedConnection);
}

bool DatabaseWorker::isBroken(const QSqlDatabase &db)
{
    // Resolved from the libpq the QPSQL plugin has loaded: the console links no PostgreSQL
    // library of its own.
    using StatusFunction = int (*)(const void *);
    static const auto status
        = reinterpret_cast<StatusFunction>(QLibrary::resolve(u"pq"_s, 5, "PQstatus"));
    if (!status || !db.isValid() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    // The metatype's name is "PGconn*" or, in some Qt versions, that of the struct behind it.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return false;
    const void *connection = *static_cast<void *const *>(handle.constData());
    constexpr int connectionBad = 1; // CONNECTION_BAD in libpq-fe.h
    return connection && status(connection) == connectionBad;
}

void DatabaseWorker::drain()
{
    QMetaObject::invokeMethod(
        m_runner, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace Touchline
