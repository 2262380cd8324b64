// The outbox worker: claims due approved items, sends each through its channel account's
// adapter outside any transaction, and records sent (with the 'sent' outcome), a retry with
// backoff, or the failure; and a poll pass that fetches provider results and email replies.
//
// At least once, never twice in the normal case: a dispatcher that dies between the provider
// taking an item and the record leaves it 'sending' under a lease; when the lease runs out,
// any dispatcher claims it again and resends it with the same idempotency key (the item id:
// Idempotency-Key for Twilio-compatible APIs and webhooks, the Message-ID for email), so a
// provider that honours the key keeps one message.
#pragma once

#include "channelaccounts.h"
#include "database.h"
#include "outbox.h"
#include "sendtypes.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace Touchline {

class SmtpAdapter;
class TwilioAdapter;
class WebhookAdapter;

class Dispatcher
{
public:
    struct Options
    {
        QString owner; // the lease owner; default: host, process and a random part
        int batchSize = 50;
        int leaseSeconds = 120;
        int maxAttempts = Outbox::maxSendAttempts;
        int pollGapSeconds = 0; // a result asked for less than this ago is not asked again
        bool once = false;      // one claimed batch per dispatch() instead of until none is due
    };
    explicit Dispatcher(QSqlDatabase db);
    Dispatcher(QSqlDatabase db, const Options &options);
    ~Dispatcher();
    Dispatcher(const Dispatcher &) = delete;
    Dispatcher &operator=(const Dispatcher &) = delete;

    struct PassResult
    {
        int sent = 0;
        int failed = 0;
        int retrying = 0;
        int manual = 0;
        int cancelled = 0;
        int lost = 0;         // the lease went to another dispatcher before the record
        int skipped = 0;      // the lease ran out before the send: left for the next claim
        QStringList problems; // per item, for people: "item …: why"
    };
    // Sends everything due at `at` (default: the database's now()).
    std::optional<PassResult> dispatch(const std::optional<QDateTime> &at, DbError *error);

    struct PollPass
    {
        int outcomes = 0;
        int duplicates = 0;
        QStringList problems;
    };
    // Fetches provider results of sent items and unseen email replies; records their outcomes
    // at `at` (default: the database's now()).
    std::optional<PollPass> poll(const std::optional<QDateTime> &at, DbError *error);

    const QString &owner() const { return m_options.owner; }

private:
    struct Account
    {
        std::optional<ChannelAccount> account;
        QString secret;
        QString problem;
        bool temporary = false; // the keychain did not answer: try again later
    };
    const Account &accountFor(const QString &clientId, const QString &channel);
    SendResult sendOne(const SendRequest &request, const Account &account);
    void record(const Outbox::Claimed &claimed,
                const SendResult &result,
                const std::optional<QDateTime> &at,
                PassResult *pass,
                DbError *error);
    void waitForRate(const ChannelAccount &account);
    int pollResults(const std::optional<QDateTime> &at, PollPass *pass, DbError *error);
    void pollReplies(const std::optional<QDateTime> &at, PollPass *pass, DbError *error);

    QSqlDatabase m_db;
    Options m_options;
    Outbox m_outbox;
    QHash<QString, Account> m_accounts;  // per pass: "client/channel"
    QHash<QString, qint64> m_nextSlotMs; // per account: when the rate limit lets the next go
    std::unique_ptr<SmtpAdapter> m_smtp;
    std::unique_ptr<TwilioAdapter> m_twilio;
    std::unique_ptr<WebhookAdapter> m_webhook;
};

} // namespace Touchline
