// The scheduler engine: enrollment, step firing, outcomes, exits and on_exit routing, all as
// set-based statements in short transactions that any number of consoles may run at once.
#pragma once

#include "database.h"
#include "outcomerouting.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Touchline {

class Engine
{
public:
    explicit Engine(QSqlDatabase db);

    // The database's clock; the engine never reads the client's.
    std::optional<QDateTime> databaseNow(DbError *error) const;

    struct EnrollRequest
    {
        QString campaign; // slug
        QStringList contacts;
        QString goal;
        QString notes;
        std::optional<QDateTime> at;
    };
    struct EnrollResult
    {
        QStringList enrolled;
        QVector<QPair<QString, QString>> refused; // contact id, why
    };
    // enroll_contact: step 1 of the current revision, first next_send_at from its delay. An
    // unknown or archived campaign is an error; contacts that cannot enroll are listed with why.
    std::optional<EnrollResult> enroll(const EnrollRequest &request, DbError *error);

    // A request too large to hold (a file of any size): `next` hands over up to `max` contact
    // ids at a time (none: the end). Each chunk is enrolled and committed on its own, as
    // enroll() would, and `chunkDone` sees its result as it commits; nothing of the whole
    // request is kept, so memory stays flat whatever its size. A stopped request can be run
    // again: who is already active is refused, except a contact named twice in this request,
    // who enrolls once, as in enroll(). With `second` (it opens a connection like this one, in
    // the calling thread, under the name given), a second thread enrolls every other chunk on
    // it: the server's work on two cores. `next` and `chunkDone` are called under a lock, one
    // at a time, from either thread; `next` is given the asking thread's connection, the one a
    // source that reads the database must read through (a connection belongs to its thread).
    using ContactChunks = std::function<QStringList(qsizetype max, const QSqlDatabase &db)>;
    using ChunkDone = std::function<void(const EnrollResult &)>;
    using ConnectionOpener = std::function<QSqlDatabase(const QString &name, DbError *error)>;
    // Opens connections as Database::open() does with `settings`: what a caller that has them
    // passes as `second`.
    static ConnectionOpener openerFor(const ConnectionSettings &settings);
    struct StreamResult
    {
        qint64 enrolled = 0;
        qint64 refused = 0;
        int chunks = 0;
    };
    static constexpr qsizetype streamChunk = 5000;
    // Contact ids from a file, one per line (the first comma-separated field; blank lines, '#'
    // comments and an "id" header skipped), read as enrollStream() asks for them.
    static ContactChunks contactIdsFrom(QIODevice *file);
    std::optional<StreamResult> enrollStream(const EnrollRequest &request,
                                             const ContactChunks &next,
                                             const ChunkDone &chunkDone,
                                             DbError *error,
                                             const ConnectionOpener &second = {});

    struct TickResult
    {
        int fired = 0;
        int exited = 0;
        int enrolled = 0;
        int postponed = 0;
        int parked = 0;
        int batches = 0;
        int errors = 0;         // rows set aside with their error (campaign_contacts.engine_error)
        QStringList warnings{}; // e.g. an on_exit cycle that was not followed
        // The database clock when the pass began: rows written after it wait for the next pass.
        // fireBatch() sets it on its first call; keep one TickResult per pass.
        QDateTime passStarted{};
    };
    // One scheduler pass at `at` (default: the database's now()): claims due enrollments in
    // batches until none is left, firing steps (execute_sequence_step) and running due exits.
    std::optional<TickResult> tick(std::optional<QDateTime> at, int batchSize, DbError *error);
    // One batch in one transaction; returns how many enrollments it claimed (0: nothing due).
    int fireBatch(const QDateTime &at, int batchSize, TickResult *result, DbError *error);

    struct OutcomeRequest
    {
        QString contact;
        QString campaign;
        int step = 0;
        QString outcome;
        QString intent;
        std::optional<QDateTime> at;
        // outbound_queue.id as text; when set, contact, campaign and step are optional and
        // resolved from the item. Without it, (contact, campaign, step) names the latest item
        // of that step.
        QString item{};
        QString eventId{}; // idempotency key, unique per item: a repeat changes nothing
    };
    struct OutcomeResult
    {
        QString action;     // what happened, for people: "exit converted", "goto step 3", …
        QString exitReason; // set when the contact left the campaign
        QStringList enrolledIn;
        bool gated = false;     // a booked meeting waits for the exec approver
        bool duplicate = false; // the event id was seen for this item: acknowledged, nothing done
        QString item{};         // the outbound item the outcome was recorded against
        QString contact{};
        QString campaign{};
        int step = 0;
        QStringList warnings{};
    };
    // process_reply: records the outcome against its item and follows OutcomeRouting::decide().
    // A rejected request (unknown item, contact, outcome, step…) writes nothing.
    std::optional<OutcomeResult> recordOutcome(const OutcomeRequest &request, DbError *error);

    // Many outcomes at one time `at` in one transaction with set-based writes (the simulator,
    // bulk feeds). Each request gets its result or its rejection; rejected ones write nothing,
    // the others are applied in order.
    struct OutcomeBatchItem
    {
        std::optional<OutcomeResult> result;
        QString rejection;
    };
    std::optional<QVector<OutcomeBatchItem>> recordOutcomes(const QVector<OutcomeRequest> &requests,
                                                            std::optional<QDateTime> at,
                                                            DbError *error);

    // The exec gate: pending meeting_booked (and handoff) tasks, and the approver's decision.
    struct Handoff
    {
        QString id, contactId, fromCampaign, suggested, type, status, decidedBy;
        QDateTime createdAt, decidedAt;
    };
    std::optional<QVector<Handoff>> handoffs(bool pendingOnly, DbError *error) const;
    struct HandoffDecision
    {
        QString id;
        QStringList campaigns; // approve: enroll into each
        QString goal, notes;
        QString declineReason; // decline when campaigns is empty
        std::optional<QDateTime> at;
    };
    // Approves (enrolls into every campaign named, in one transaction) or declines; a handoff
    // already decided is rejected naming who decided it and when.
    std::optional<QStringList> decideHandoff(const HandoffDecision &decision, DbError *error);

    // Pausing parks the campaign's enrollments with their remaining delay; resuming continues.
    bool pause(const QString &campaign, std::optional<QDateTime> at, DbError *error);
    bool resume(const QString &campaign, std::optional<QDateTime> at, DbError *error);
    bool setDailyCap(const QString &clientId, const QString &channel, int limit, DbError *error);

    // The earliest next_send_at of any active enrollment (for the scheduler's timer).
    std::optional<QDateTime> nextDue(DbError *error) const;

    static constexpr int outOfOfficePushDays = 7;
    // A step fired more than this late moves the later steps along with it (no catch-up burst).
    static constexpr int lateShiftMinutes = 60;

private:
    struct Exit
    {
        QString enrollmentId;
        QString reason;     // converted | no_engagement | rejected
        QString exitReason; // free text kept on the row
        bool route = true;  // follow on_exit (false for do-not-contact)
    };
    struct Claimed;
    struct Fire;
    struct FireRow;
    struct FireRows;
    struct OutcomeTarget;
    struct OutcomeState;
    struct OutcomeWrites;
    struct StepInfo;
    struct StepSettings;
    struct Routed
    {
        int exited = 0;
        int enrolled = 0;
        QStringList enrolledIn;
        bool gated = false;
        QStringList warnings;
    };
    // Inside the caller's transaction. `perEnrollment`, when given, receives what became of
    // each exited enrollment (the gate raised, the campaign it continues in).
    std::optional<Routed> exitEnrollments(const QVector<Exit> &exits,
                                          const QDateTime &at,
                                          DbError *error,
                                          QHash<QString, Routed> *perEnrollment = nullptr);
    struct Enrollment
    {
        QString contact;
        QString campaign;
        QString goal;
        QString notes;
        QString previous; // enrollment id this one follows from
        QString from;     // the campaign it leaves (on_exit routing), for the cycle warning
    };
    // `since` (a streamed request): an active enrollment this request made from then on, at
    // `at`, is a contact named twice, not a refusal.
    std::optional<EnrollResult> enrollOnce(const EnrollRequest &request,
                                           const QDateTime &at,
                                           DbError *error,
                                           const QDateTime &since = {});
    struct Stream;
    void enrollChunks(const EnrollRequest &request, const QDateTime &since, Stream *stream);
    std::optional<EnrollResult> enrollIn(const EnrollRequest &request,
                                         const QDateTime &at,
                                         DbError *error,
                                         const QString &previous = QString(),
                                         const QDateTime &since = {});
    // Drops routes back into a campaign the contact left less than a day ago (a warning each).
    bool dropCycles(QVector<Enrollment> *next,
                    const QDateTime &at,
                    QStringList *warnings,
                    DbError *error);
    std::optional<QStringList>
    insertEnrollments(const QVector<Enrollment> &rows, const QDateTime &at, DbError *error);
    bool
    setPaused(const QString &campaign, std::optional<QDateTime> at, bool paused, DbError *error);
    // Firing, in pieces (enginefiring.cpp).
    std::optional<QVector<Claimed>>
    claim(const QDateTime &at, int batchSize, const QDateTime &passStarted, DbError *error);
    bool readStepSettings(const QVector<Claimed> &claimed,
                          QHash<QString, StepSettings> *settings,
                          DbError *error);
    void settle(QVector<Claimed> *claimed,
                const QHash<QString, StepSettings> &settings,
                const QDateTime &at) const;
    bool grantCaps(QVector<Fire> *fires, QJsonArray *postponed, DbError *error);
    bool
    fireRows(const QVector<Fire> &fires, const QDateTime &at, TickResult *result, DbError *error);
    bool fireStatement(const FireRows &rows,
                       const QDateTime &at,
                       const QString &savepoint,
                       int *fired,
                       QSqlError *error);
    int fireBatchIn(const QDateTime &at, int batchSize, TickResult *result, DbError *error);
    FireRow makeFireRow(const Claimed &c, const QDateTime &at) const;
    bool setAside(const QString &enrollment,
                  const QString &message,
                  const QDateTime &at,
                  DbError *error);
    bool exec(QSqlQuery &q, DbError *error);

    DbError alreadyDecided(const QString &id);

    // Outcomes, in pieces (engineoutcomes.cpp).
    bool recordOutcomesIn(const QVector<OutcomeRequest> &requests,
                          const QDateTime &at,
                          QVector<OutcomeBatchItem> *items,
                          DbError *error);
    bool resolveTargets(const QVector<OutcomeRequest> &requests,
                        QVector<OutcomeTarget> *targets,
                        QVector<OutcomeBatchItem> *items,
                        DbError *error);
    bool lockStates(const QStringList &ids, QHash<QString, OutcomeState> *states, DbError *error);
    bool loadSteps(const QHash<QString, OutcomeState> &states,
                   QHash<QString, QHash<int, StepInfo>> *steps,
                   DbError *error);
    bool
    loadPendingReplies(const QStringList &ids, QHash<QString, QString> *pending, DbError *error);
    bool insertOutcomes(const QVector<OutcomeRequest> &requests,
                        const QVector<OutcomeTarget> &targets,
                        const QHash<QString, OutcomeState> &states,
                        const QDateTime &at,
                        QVector<OutcomeBatchItem> *items,
                        DbError *error);
    QString
    validateOutcome(const OutcomeRequest &r, const OutcomeTarget &t, const StepInfo *info) const;
    QString applyAction(const OutcomeRouting::Action &action,
                        const OutcomeRequest &r,
                        const OutcomeTarget &t,
                        const QHash<int, StepInfo> &steps,
                        const QDateTime &at,
                        OutcomeState *st,
                        OutcomeWrites *w);
    bool writeOutcomeDecisions(OutcomeWrites *w,
                               QHash<QString, OutcomeState> *states,
                               const QDateTime &at,
                               QVector<OutcomeBatchItem> *items,
                               DbError *error);

    std::optional<QDateTime> resolveAt(const std::optional<QDateTime> &at, DbError *error) const;

    QSqlDatabase m_db;
};

} // namespace Touchline
