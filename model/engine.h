// The scheduler engine: enrollment, step firing, outcomes, exits and on_exit routing, all as
// set-based statements in short transactions that any number of consoles may run at once.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

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

    struct TickResult
    {
        int fired = 0;
        int exited = 0;
        int enrolled = 0;
        int postponed = 0;
        int parked = 0;
        int batches = 0;
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
    };
    struct OutcomeResult
    {
        QString action;     // what happened, for people: "exit converted", "goto step 3", …
        QString exitReason; // set when the contact left the campaign
        QStringList enrolledIn;
        bool gated = false; // a booked meeting waits for the exec approver
    };
    // process_reply: records the outcome and follows the step's on_outcome (or the defaults).
    // A rejected request (unknown contact, outcome, step…) writes nothing.
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
    struct Routed
    {
        int exited = 0;
        int enrolled = 0;
        QStringList enrolledIn;
        bool gated = false;
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
    };
    std::optional<QStringList>
    insertEnrollments(const QVector<Enrollment> &rows, const QDateTime &at, DbError *error);
    bool
    setPaused(const QString &campaign, std::optional<QDateTime> at, bool paused, DbError *error);
    std::optional<QDateTime> resolveAt(const std::optional<QDateTime> &at, DbError *error) const;

    QSqlDatabase m_db;
};

} // namespace Touchline
