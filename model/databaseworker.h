// A thread with its own database connection for the window's views: jobs run there, and their
// results come back to the GUI thread through a queued call, dropped when the receiver is gone.
#pragma once

#include "connectionsettings.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

class QThread;

namespace Touchline {

class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    // The continuation a job returns runs in the GUI thread.
    using Done = std::function<void()>;
    using Job = std::function<Done(QSqlDatabase db)>;

    DatabaseWorker(const ConnectionSettings &settings,
                   const QString &connectionName,
                   QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // Runs `job` in the worker thread on its connection (opened on first use), then the returned
    // continuation in `context`'s thread unless `context` was destroyed meanwhile.
    void post(QObject *context, Job job);
    // Drops the connection after the jobs posted so far: the next job connects afresh (after
    // the server came back, when the old connection went with it).
    void reconnect();
    // What the worker connects with: a job that needs a second connection opens one like it.
    const ConnectionSettings &settings() const { return m_settings; }
    // Waits until every job posted so far has run (tests).
    void drain();
    // True when libpq has given up on `db`'s connection (the server went away under a query):
    // it must be opened again, as QSqlDatabase::isOpen() still says it is open.
    static bool isBroken(const QSqlDatabase &db);

private:
    class Runner;
    ConnectionSettings m_settings;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
};

} // namespace Touchline
