// The inbox's database thread: one QThread with its own connection runs every inbox query in
// order, LISTENs for new and changed drafts, and posts each result back to the asking object.
#pragma once

#include "connectionsettings.h"
#include "database.h"
#include "draftstore.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace Touchline {

class InboxWorker;

class InboxService : public QObject
{
    Q_OBJECT

public:
    explicit InboxService(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~InboxService() override; // stops and joins

    void start();
    void stop();
    QString connectionName() const { return m_connectionName; }

    // Interactive jobs (pages, decisions, edits) run one after another in the order submitted;
    // background jobs (the counts, which read every draft) run on a second thread and
    // connection, so that they never hold up a page.
    enum class Lane { Interactive, Background };

    // Runs `work` on the lane's thread and then `done` in `context`'s thread, unless `context`
    // is gone by then. Returns the job id.
    template<typename R>
    int run(QObject *context,
            std::function<std::optional<R>(DraftStore &, DbError *)> work,
            std::function<void(int, std::optional<R>, DbError)> done,
            Lane lane = Lane::Interactive)
    {
        const int job = ++m_lastJob;
        QPointer<QObject> guard(context);
        post(
            [job, guard, work, done](DraftStore *store, const DbError &openError) {
                // No connection (the server is away): the job is answered with why, never
                // dropped, so that whoever waits for it can say so and try again.
                DbError error = openError;
                std::optional<R> result = store ? work(*store, &error) : std::nullopt;
                if (!guard)
                    return;
                QMetaObject::invokeMethod(
                    guard.data(),
                    [job, guard, done, result, error] {
                        if (guard)
                            done(job, result, error);
                    },
                    Qt::QueuedConnection);
            },
            lane);
        return job;
    }

Q_SIGNALS:
    // A NOTIFY arrived: some console wrote drafts or enrollments (a hint; re-read what is shown).
    void draftsChanged();
    void problemOccurred(const QString &message);

private:
    // `job` gets nullptr and the reason when the lane's connection cannot be opened.
    void post(std::function<void(DraftStore *, const DbError &)> job,
              Lane lane = Lane::Interactive);

    ConnectionSettings m_settings;
    QString m_connectionName;
    QThread *m_threads[2] = {nullptr, nullptr};
    InboxWorker *m_workers[2] = {nullptr, nullptr};
    int m_lastJob = 0;
};

} // namespace Touchline
