// SMS and voice through a Twilio-compatible REST API (Messages.json, Calls.json with answering
// machine detection and the step as TwiML), and the results by polling the resource.
//
// The IVR key press comes by polling too: a `digits` field on the call resource is recorded
// with the call's outcome. Twilio itself does not show it there; it posts it (Digits) only to
// the <Gather>'s action URL (the account's gather_url setting, with ?item=ID), which Touchline
// does not listen for: a deployment on Twilio that needs the key press receives that callback
// itself and records it with `touchline outcome --item ID`.
#pragma once

#include "channelaccounts.h"
#include "httpexchange.h"
#include "sendtypes.h"

namespace Touchline {

class TwilioAdapter
{
public:
    // The TwiML of a voice step: ivr <Say>/<Gather>, voicebot <Connect><Stream> (or <Dial><Sip>
    // for a sip: URI), human_agent <Dial> to the configured agent number or, without one,
    // <Enqueue> (the provider's hold music) until an agent claims the live-call handoff and
    // the call is redirected to them (redirect() with dialTwiml()).
    static QString twiml(const ChannelAccount &account, const SendRequest &request);
    static QString dialTwiml(const QString &number);
    // The queue a held human_agent call waits in: one per client.
    static QString holdQueue(const QString &clientId);
    // The agents' numbers by login (setting agent_numbers, {"login": "+1555…"}).
    static QString agentNumber(const ChannelAccount &account, const QString &agent);
    // The seed's outcome for a message or call resource; empty while it is not final.
    static PollResult mapResult(const QString &channel, const QJsonObject &resource);

    SendResult
    send(const ChannelAccount &account, const QString &token, const SendRequest &request);
    PollResult poll(const ChannelAccount &account,
                    const QString &token,
                    const QString &channel,
                    const QString &providerId);
    // Gives a live call new TwiML (POST to its call resource). Empty when the provider took
    // it, else the provider's words.
    QString redirect(const ChannelAccount &account,
                     const QString &token,
                     const QString &callSid,
                     const QString &twiml);

private:
    QUrl resourceUrl(const ChannelAccount &account, const QString &path) const;
    QHash<QByteArray, QByteArray> headers(const ChannelAccount &account,
                                          const QString &token) const;

    HttpExchange m_http;
};

} // namespace Touchline
