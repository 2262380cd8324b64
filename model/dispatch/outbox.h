// The outbox's statements: claim due approved items with FOR UPDATE SKIP LOCKED and a lease,
// and record what became of each (sent with its 'sent' outcome, retry, failed, by hand), each
// in one statement that only applies while the lease is still held.
#pragma once

#include "database.h"
#include "sendtypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Touchline {

class Outbox
{
public:
    explicit Outbox(QSqlDatabase db);

    struct Claimed
    {
        SendRequest request;
        int sendAttempts = 1; // including this one
    };
    // Due approved items (at or before `at`, default the database's now()) of active campaigns, and
    // items whose lease ran out (their dispatcher died between claiming and recording): now
    // 'sending', leased to `owner` for leaseSeconds of the database's clock. Voice and SMS items
    // outside the client's quiet hours (in the contact's time zone) are not claimed: the same
    // statement moves their next_attempt_at to the moment the quiet hours end.
    std::optional<QVector<Claimed>> claim(const QString &owner,
                                          const std::optional<QDateTime> &at,
                                          int limit,
                                          int leaseSeconds,
                                          DbError *error);
    enum class Hold {
        Send,      // the lease is held (and now runs leaseSeconds from the database's now())
        Cancelled, // the contact was suppressed or marked do-not-contact since approval
        Lost,      // the lease ran out or went to another dispatcher: do not send
    };
    // Right before each send, in one statement: confirms `owner` still holds the item's lease
    // and extends it, or cancels the item (and its draft) when its contact may no longer be
    // contacted. A batch sends one item after another, so a later item's lease may have run
    // out (and been claimed again elsewhere) by the time its turn comes.
    std::optional<Hold>
    holdForSending(const QString &itemId, const QString &owner, int leaseSeconds, DbError *error);

    // Each is false (without error) when the lease was lost to another dispatcher.
    bool recordSent(const QString &itemId,
                    const QString &owner,
                    const SendResult &result,
                    const std::optional<QDateTime> &at,
                    DbError *error);
    bool recordRetry(const QString &itemId,
                     const QString &owner,
                     const QString &why,
                     int delaySeconds,
                     DbError *error);
    bool recordFailed(const QString &itemId,
                      const QString &owner,
                      const QString &why,
                      const QJsonObject &detail,
                      DbError *error);
    bool recordManual(const QString &itemId,
                      const QString &owner,
                      const QJsonObject &task,
                      const std::optional<QDateTime> &at,
                      DbError *error);

    // A person sent a manual item: 'sent' with its outcome, the task done. Rejected when the
    // item is not waiting to be sent by hand.
    bool markSent(const QString &itemId, const std::optional<QDateTime> &at, DbError *error);
    struct ManualTask
    {
        QString item; // the id to pass to markSent (touchline dispatch mark-sent ID)
        QString task;
        QString campaign, channel, contact, name, profile, subject, text;
        int step = 0;
        QDateTime since;
    };
    // The open "send by hand" tasks of items still waiting for a person, the oldest first.
    std::optional<QVector<ManualTask>> manualTasks(int limit, DbError *error) const;

    // A failed item goes back to approved, due now, with its attempts reset.
    bool retryFailed(const QString &itemId, DbError *error);

    struct FailedItem
    {
        QString id, campaign, contact, channel, error;
        int step = 0;
        int attempts = 0;
        QDateTime at;
    };
    std::optional<QVector<FailedItem>> failed(int limit, DbError *error) const;

    struct Stats
    {
        int sentToday = 0; // the database's UTC day
        int failing = 0;   // failed, plus approved ones waiting for a retry
        int manual = 0;
        QDateTime nextDue; // invalid: nothing approved
    };
    std::optional<Stats> stats(DbError *error) const;

    struct PendingResult
    {
        QString itemId, clientId, channel, providerId;
    };
    // Sent items whose provider result is still open and was not asked for in gapSeconds.
    std::optional<QVector<PendingResult>> pendingResults(int limit, int gapSeconds, DbError *error);
    bool closeResult(const QString &itemId, const QJsonObject &detail, bool final, DbError *error);

    static int backoffSeconds(int attempt, int retryAfter);
    static constexpr int maxSendAttempts = 5;

private:
    QSqlDatabase m_db;
};

} // namespace Touchline
