// What the dispatcher hands an adapter (one claimed outbound item, ready to send) and what the
// adapter reports back: sent, retry later, failed for good, or handed to a person.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Touchline {

struct SendRequest
{
    QString itemId; // outbound_queue.id: the idempotency key everywhere the provider takes one
    QString clientId;
    QString campaign; // slug
    QString campaignName;
    int step = 0;
    int attempt = 1;
    QString channel;
    QString handler; // voice: ivr | voicebot | human_agent
    QString contactId;
    QString contactName;
    QString email;
    QString phone;
    QString linkedinUrl;
    QString subject;
    QString body; // the draft's body, or the rendered step content for voice
};

struct SendResult
{
    enum class Kind { Sent, Retry, Failed, Manual };
    Kind kind = Kind::Failed;
    QString providerId;
    QString messageId;          // email: the Message-ID header, without the angle brackets
    QString error;              // the provider's words when not sent
    bool resultPending = false; // a delivery or call result is still to be fetched
    int retryAfterSeconds = 0;  // the provider's Retry-After, when it gave one
    QString immediateOutcome;   // an outcome known at once (sit_uncallable: a dead number)
    QJsonObject detail;

    static SendResult sent(const QString &providerId)
    {
        SendResult r;
        r.kind = Kind::Sent;
        r.providerId = providerId;
        return r;
    }
    static SendResult retry(const QString &error, int after = 0)
    {
        SendResult r;
        r.kind = Kind::Retry;
        r.error = error;
        r.retryAfterSeconds = after;
        return r;
    }
    static SendResult failed(const QString &error)
    {
        SendResult r;
        r.kind = Kind::Failed;
        r.error = error;
        return r;
    }
};

// A provider's result for a sent item, fetched by polling its resource.
struct PollResult
{
    bool ok = false;    // the request worked (else error says why; try again later)
    bool final = false; // the result will not change any more
    QString outcome;    // the seed's outcome, when final (empty: nothing to record)
    QString error;
    QJsonObject detail; // status, answered_by, digits…
};

} // namespace Touchline
