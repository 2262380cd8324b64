#include "twilioadapter.h"

#include "tr.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &f : fields)
        q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(f.first)),
                       QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
    return q.toString(QUrl::FullyEncoded).toLatin1();
}

QString providerWords(const HttpReply &reply)
{
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    if (reply.status == 0)
        return reply.error;
    const QString message = o.value(u"message"_s).toString();
    if (!message.isEmpty())
        return u"HTTP %1, code %2: %3"_s.arg(reply.status)
            .arg(o.value(u"code"_s).toInt())
            .arg(message);
    return u"HTTP %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(200)));
}

// Twilio's error codes for a number that cannot be called or texted at all.
bool isDeadNumber(int code)
{
    return code == 21211 || code == 21214 || code == 21217 || code == 21612 || code == 13224
           || code == 21610;
}

} // namespace

QString TwilioAdapter::twiml(const ChannelAccount &account, const SendRequest &r)
{
    const QString say = u"<Say>%1</Say>"_s.arg(xml(r.body));
    if (r.handler == u"ivr") {
        QString gather = u"<Gather input=\"dtmf\" numDigits=\"1\" timeout=\"8\""_s;
        const QString action = account.setting(u"gather_url"_s);
        if (!action.isEmpty())
            gather += u" action=\"%1?item=%2\""_s.arg(xml(action), r.itemId);
        return u"<Response>%1>%2</Gather></Response>"_s.arg(gather, say);
    }
    if (r.handler == u"voicebot") {
        const QString bot = account.setting(u"bot_url"_s);
        if (bot.startsWith(u"sip:"))
            return u"<Response><Dial><Sip>%1</Sip></Dial></Response>"_s.arg(xml(bot));
        return u"<Response><Connect><Stream url=\"%1\"><Parameter name=\"item\" value=\"%2\"/>"
               "<Parameter name=\"contact\" value=\"%3\"/></Stream></Connect></Response>"_s.arg(
                   xml(bot), r.itemId, xml(r.contactId));
    }
    if (r.handler == u"human_agent") {
        const QString agent = account.setting(u"agent_number"_s);
        if (!agent.isEmpty())
            return dialTwiml(agent);
        return u"<Response><Enqueue>%1</Enqueue></Response>"_s.arg(xml(holdQueue(r.clientId)));
    }
    return u"<Response>%1</Response>"_s.arg(say);
}

QString TwilioAdapter::dialTwiml(const QString &number)
{
    return u"<Response><Dial>%1</Dial></Response>"_s.arg(xml(number));
}

QString TwilioAdapter::holdQueue(const QString &clientId)
{
    return u"touchline-"_s + clientId;
}

QString TwilioAdapter::agentNumber(const ChannelAccount &account, const QString &agent)
{
    return account.settings.value(u"agent_numbers"_s).toObject().value(agent).toString();
}

PollResult TwilioAdapter::mapResult(const QString &channel, const QJsonObject &o)
{
    PollResult p;
    p.ok = true;
    const QString status = o.value(u"status"_s).toString();
    p.detail = {{u"status"_s, status}};
    if (channel == u"sms") {
        if (status == u"delivered")
            p.outcome = u"delivered"_s;
        else if (status == u"failed" || status == u"undelivered")
            p.outcome = u"failed"_s;
        p.final = !p.outcome.isEmpty();
        return p;
    }
    const QString answeredBy = o.value(u"answered_by"_s).toString();
    if (!answeredBy.isEmpty())
        p.detail.insert(u"answered_by"_s, answeredBy);
    const QString digits = o.value(u"digits"_s).toString();
    if (!digits.isEmpty())
        p.detail.insert(u"digits"_s, digits);
    if (answeredBy == u"human")
        p.outcome = u"live_answer"_s;
    else if (answeredBy.startsWith(u"machine"))
        p.outcome = u"answering_machine"_s;
    else if (answeredBy == u"fax")
        p.outcome = u"fax"_s;
    else if (status == u"busy")
        p.outcome = u"busy"_s;
    else if (status == u"no-answer")
        p.outcome = u"no_answer"_s;
    else if (status == u"failed" || status == u"canceled")
        p.outcome
            = isDeadNumber(o.value(u"error_code"_s).toInt()) ? u"sit_uncallable"_s : u"failed"_s;
    else if (status == u"completed")
        p.outcome = u"live_answer"_s; // answered, detection undecided: a person picked up
    // Detection may decide while the call is still in progress; the call's end is final too.
    p.final = !p.outcome.isEmpty();
    return p;
}

QUrl TwilioAdapter::resourceUrl(const ChannelAccount &a, const QString &path) const
{
    QString base = a.url;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(u"%1/2010-04-01/Accounts/%2/%3"_s.arg(
        base, QString::fromLatin1(QUrl::toPercentEncoding(a.account)), path));
}

QHash<QByteArray, QByteArray> TwilioAdapter::headers(const ChannelAccount &a,
                                                     const QString &token) const
{
    return {{"Authorization", "Basic " + (a.account + u':' + token).toUtf8().toBase64()},
            {"Accept", "application/json"}};
}

SendResult TwilioAdapter::send(const ChannelAccount &a, const QString &token, const SendRequest &r)
{
    if (r.phone.trimmed().isEmpty()) {
        SendResult none
            = SendResult::failed(Tr::tr("contact %1 has no phone number").arg(r.contactId));
        none.immediateOutcome = r.channel == u"voice" ? u"sit_uncallable"_s : u"failed"_s;
        return none;
    }
    auto h = headers(a, token);
    h.insert("Content-Type", "application/x-www-form-urlencoded");
    h.insert("Idempotency-Key", r.itemId.toLatin1()); // a resend after a crash is the same one
    QByteArray body;
    QUrl url;
    if (r.channel == u"sms") {
        url = resourceUrl(a, u"Messages.json"_s);
        body = form({{u"To"_s, r.phone.trimmed()}, {u"From"_s, a.from}, {u"Body"_s, r.body}});
    } else {
        url = resourceUrl(a, u"Calls.json"_s);
        body = form({{u"To"_s, r.phone.trimmed()},
                     {u"From"_s, a.from},
                     {u"Twiml"_s, twiml(a, r)},
                     {u"MachineDetection"_s, u"DetectMessageEnd"_s}});
    }
    const HttpReply reply = m_http.request("POST", url, h, body, a.timeoutMs());
    if (reply.status >= 200 && reply.status < 300) {
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        SendResult ok = SendResult::sent(o.value(u"sid"_s).toString());
        ok.resultPending = true;
        ok.detail = {{u"status"_s, o.value(u"status"_s).toString()}};
        if (ok.providerId.isEmpty())
            return SendResult::failed(Tr::tr("the provider answered without a sid: %1")
                                          .arg(QString::fromUtf8(reply.body.left(200))));
        return ok;
    }
    const QString words = providerWords(reply);
    if (HttpExchange::isTemporary(reply))
        return SendResult::retry(words, reply.retryAfterSeconds);
    SendResult failed = SendResult::failed(words);
    if (isDeadNumber(QJsonDocument::fromJson(reply.body).object().value(u"code"_s).toInt()))
        failed.immediateOutcome = r.channel == u"voice" ? u"sit_uncallable"_s : u"failed"_s;
    return failed;
}

PollResult TwilioAdapter::poll(const ChannelAccount &a,
                               const QString &token,
                               const QString &channel,
                               const QString &providerId)
{
    const QString path = (channel == u"sms" ? u"Messages/%1.json"_s : u"Calls/%1.json"_s)
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(providerId)));
    const HttpReply reply
        = m_http.request("GET", resourceUrl(a, path), headers(a, token), {}, a.timeoutMs());
    if (reply.status != 200) {
        PollResult p;
        p.error = providerWords(reply);
        // A resource the provider does not know will never report: stop asking.
        p.final = reply.status == 404;
        return p;
    }
    return mapResult(channel, QJsonDocument::fromJson(reply.body).object());
}

QString TwilioAdapter::redirect(const ChannelAccount &a,
                                const QString &token,
                                const QString &callSid,
                                const QString &twiml)
{
    auto h = headers(a, token);
    h.insert("Content-Type", "application/x-www-form-urlencoded");
    const QUrl url = resourceUrl(
        a, u"Calls/%1.json"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(callSid))));
    const HttpReply reply
        = m_http.request("POST", url, h, form({{u"Twiml"_s, twiml}}), a.timeoutMs());
    if (reply.status >= 200 && reply.status < 300)
        return QString();
    return providerWords(reply);
}

} // namespace Touchline
