#include "dispatcher.h"

#include "imapintake.h"
#include "manualadapter.h"
#include "outcomeintake.h"
#include "smtpadapter.h"
#include "tr.h"
#include "twilioadapter.h"
#include "webhookadapter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <curl/curl.h>

#include <mutex>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString defaultOwner()
{
    return u"%1:%2:%3"_s.arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace

Dispatcher::Dispatcher(QSqlDatabase db)
    : Dispatcher(std::move(db), Options{})
{}

Dispatcher::Dispatcher(QSqlDatabase db, const Options &options)
    : m_db(db)
    , m_options(options)
    , m_outbox(db)
    , m_smtp(std::make_unique<SmtpAdapter>())
    , m_twilio(std::make_unique<TwilioAdapter>())
    , m_webhook(std::make_unique<WebhookAdapter>())
{
    initCurl();
    if (m_options.owner.isEmpty())
        m_options.owner = defaultOwner();
}

Dispatcher::~Dispatcher() = default;

const Dispatcher::Account &Dispatcher::accountFor(const QString &clientId, const QString &channel)
{
    const QString key = clientId + u'/' + channel;
    auto it = m_accounts.find(key);
    if (it != m_accounts.end())
        return *it;
    Account a;
    DbError error;
    a.account = ChannelAccounts(m_db).find(clientId, channel, &error);
    if (error)
        a.problem = error.message;
    else if (!a.account)
        a.problem = Tr::tr("no %1 account for client %2: set one with touchline channel set %2 %1")
                        .arg(channel, clientId);
    else if (a.account->provider != u"manual") {
        QString why;
        const auto secret = ChannelAccounts::secret(clientId, channel, &why);
        const ChannelAccount &c = *a.account;
        const bool needsSecret = c.provider != u"smtp" || !c.user.isEmpty();
        if (!secret) {
            a.problem = why;
            a.temporary = true;
        } else if (secret->isEmpty() && needsSecret) {
            a.problem
                = Tr::tr("no secret for the %1 account of %2: set %3 or store it in the "
                         "keychain (touchline channel set … --secret-stdin)")
                      .arg(channel, clientId, ChannelAccounts::environmentName(clientId, channel));
        } else {
            a.secret = *secret;
        }
    }
    return *m_accounts.insert(key, a);
}

void Dispatcher::waitForRate(const ChannelAccount &account)
{
    const double rate = account.ratePerSecond();
    if (rate <= 0)
        return;
    const QString key = account.clientId + u'/' + account.channel;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 slot = std::max(now, m_nextSlotMs.value(key));
    if (slot > now)
        QThread::msleep(ulong(slot - now));
    m_nextSlotMs.insert(key, slot + qint64(1000.0 / rate));
}

SendResult Dispatcher::sendOne(const SendRequest &r, const Account &a)
{
    const ChannelAccount &account = *a.account;
    waitForRate(account);
    if (account.provider == u"smtp")
        return m_smtp->send(account, a.secret, r);
    if (account.provider == u"twilio")
        return m_twilio->send(account, a.secret, r);
    if (account.provider == u"webhook")
        return m_webhook->send(account, a.secret, r);
    return ManualAdapter().send(r);
}

void Dispatcher::record(const Outbox::Claimed &c,
                        const SendResult &result,
                        const std::optional<QDateTime> &at,
                        PassResult *pass,
                        DbError *error)
{
    const QString &id = c.request.itemId;
    SendResult r = result;
    if (r.kind == SendResult::Kind::Retry && c.sendAttempts >= m_options.maxAttempts) {
        r.kind = SendResult::Kind::Failed;
        r.error = Tr::tr("gave up after %n attempt(s): %1", nullptr, c.sendAttempts).arg(r.error);
    }
    bool held = false;
    switch (r.kind) {
    case SendResult::Kind::Sent:
        held = m_outbox.recordSent(id, owner(), r, at, error);
        pass->sent += held ? 1 : 0;
        break;
    case SendResult::Kind::Manual:
        held = m_outbox.recordManual(id, owner(), r.detail, at, error);
        pass->manual += held ? 1 : 0;
        break;
    case SendResult::Kind::Retry:
        held = m_outbox.recordRetry(id,
                                    owner(),
                                    r.error,
                                    Outbox::backoffSeconds(c.sendAttempts, r.retryAfterSeconds),
                                    error);
        pass->retrying += held ? 1 : 0;
        break;
    case SendResult::Kind::Failed:
        held = m_outbox.recordFailed(id, owner(), r.error, r.detail, error);
        pass->failed += held ? 1 : 0;
        break;
    }
    if (!r.error.isEmpty())
        pass->problems.append(Tr::tr("item %1: %2").arg(id, r.error));
    if (!held && !*error) {
        ++pass->lost;
        pass->problems.append(Tr::tr("item %1: the lease ran out before the record; another "
                                     "dispatcher sends it again")
                                  .arg(id));
    }
    if (held && !r.immediateOutcome.isEmpty()) {
        const auto in = OutcomeIntake::record(m_db,
                                              id,
                                              r.immediateOutcome,
                                              QString(),
                                              u"send:%1:%2"_s.arg(id, r.immediateOutcome),
                                              at);
        if (!in.error.isEmpty())
            pass->problems.append(Tr::tr("item %1: %2").arg(id, in.error));
    }
}

std::optional<Dispatcher::PassResult> Dispatcher::dispatch(const std::optional<QDateTime> &when,
                                                           DbError *error)
{
    const std::optional<QDateTime> at = when ? std::optional(when->toUTC()) : std::nullopt;
    m_accounts.clear();
    PassResult pass;
    for (;;) {
        const auto claimed
            = m_outbox.claim(owner(), at, m_options.batchSize, m_options.leaseSeconds, error);
        if (!claimed)
            return std::nullopt;
        for (const Outbox::Claimed &c : *claimed) {
            const auto hold
                = m_outbox.holdForSending(c.request.itemId, owner(), m_options.leaseSeconds, error);
            if (!hold)
                return std::nullopt;
            if (*hold == Outbox::Hold::Cancelled) {
                ++pass.cancelled;
                continue;
            }
            if (*hold == Outbox::Hold::Lost) {
                // Its lease ran out while earlier items of the batch were sent: whoever claims
                // it next sends it, not this pass.
                ++pass.skipped;
                continue;
            }
            const Account &a = accountFor(c.request.clientId, c.request.channel);
            const SendResult result = a.account && a.problem.isEmpty() ? sendOne(c.request, a)
                                      : a.temporary ? SendResult::retry(a.problem)
                                                    : SendResult::failed(a.problem);
            record(c, result, at, &pass, error);
            if (*error)
                return std::nullopt;
        }
        if (claimed->size() < m_options.batchSize || m_options.once)
            break;
    }
    *error = {};
    return pass;
}

int Dispatcher::pollResults(const std::optional<QDateTime> &at, PollPass *pass, DbError *error)
{
    const auto pending = m_outbox.pendingResults(200, m_options.pollGapSeconds, error);
    if (!pending)
        return -1;
    for (const Outbox::PendingResult &p : *pending) {
        const Account &a = accountFor(p.clientId, p.channel);
        if (!a.account || a.account->provider != u"twilio") {
            pass->problems.append(
                Tr::tr("item %1: %2")
                    .arg(p.itemId,
                         a.problem.isEmpty() ? Tr::tr("its account no longer polls") : a.problem));
            continue;
        }
        const PollResult r = m_twilio->poll(*a.account, a.secret, p.channel, p.providerId);
        if (!r.ok)
            pass->problems.append(Tr::tr("item %1: %2").arg(p.itemId, r.error));
        if (r.final && !r.outcome.isEmpty()) {
            const auto in = OutcomeIntake::record(m_db,
                                                  p.itemId,
                                                  r.outcome,
                                                  QString(),
                                                  u"result:%1:%2"_s.arg(p.itemId, r.outcome),
                                                  at,
                                                  r.detail);
            if (in.recorded)
                ++pass->outcomes;
            else if (in.duplicate)
                ++pass->duplicates;
            if (!in.error.isEmpty())
                pass->problems.append(Tr::tr("item %1: %2").arg(p.itemId, in.error));
        }
        if (!m_outbox.closeResult(p.itemId, r.detail, r.final, error))
            return -1;
    }
    return int(pending->size());
}

void Dispatcher::pollReplies(const std::optional<QDateTime> &at, PollPass *pass, DbError *error)
{
    const auto accounts = ChannelAccounts(m_db).list(error);
    if (!accounts)
        return;
    ImapIntake imap;
    for (const ChannelAccount &account : *accounts) {
        if (account.channel != u"email" || account.setting(u"imap_url"_s).isEmpty())
            continue;
        const Account &a = accountFor(account.clientId, account.channel);
        QVector<ImapIntake::Message> messages;
        QString why;
        if (!imap.fetch(account, a.secret, &messages, &why))
            pass->problems.append(why);
        for (const ImapIntake::Message &m : std::as_const(messages)) {
            if (m.itemId.isEmpty())
                continue;
            const QString key = u"imap:%1"_s.arg(
                m.messageId.isEmpty() ? account.clientId + u':' + m.uid : m.messageId);
            const auto in = OutcomeIntake::record(m_db, m.itemId, m.outcome, QString(), key, at);
            if (in.recorded)
                ++pass->outcomes;
            else if (in.duplicate)
                ++pass->duplicates;
            if (!in.error.isEmpty())
                pass->problems.append(Tr::tr("item %1: %2").arg(m.itemId, in.error));
        }
    }
}

std::optional<Dispatcher::PollPass> Dispatcher::poll(const std::optional<QDateTime> &when,
                                                     DbError *error)
{
    m_accounts.clear();
    PollPass pass;
    if (pollResults(when, &pass, error) < 0)
        return std::nullopt;
    pollReplies(when, &pass, error);
    if (*error)
        return std::nullopt;
    return pass;
}

} // namespace Touchline
