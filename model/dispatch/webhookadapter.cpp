#include "webhookadapter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace Touchline {

using namespace Qt::StringLiterals;

QByteArray WebhookAdapter::payload(const SendRequest &r)
{
    const QJsonObject contact{{u"id"_s, r.contactId},
                              {u"name"_s, r.contactName},
                              {u"email"_s, r.email},
                              {u"phone"_s, r.phone},
                              {u"linkedin_url"_s, r.linkedinUrl}};
    const QJsonObject o{
        {u"item"_s, r.itemId},
        {u"client"_s, r.clientId},
        {u"campaign"_s, r.campaign},
        {u"step"_s, r.step},
        {u"attempt"_s, r.attempt},
        {u"channel"_s, r.channel},
        {u"handler"_s, r.handler},
        {u"contact"_s, contact},
        {u"content"_s, QJsonObject{{u"subject"_s, r.subject}, {u"body"_s, r.body}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray WebhookAdapter::signature(const QByteArray &key, const QByteArray &body)
{
    return "sha256="
           + QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

SendResult WebhookAdapter::send(const ChannelAccount &a, const QString &key, const SendRequest &r)
{
    const QByteArray body = payload(r);
    const QHash<QByteArray, QByteArray> headers{
        {"Content-Type", "application/json"},
        {"X-Touchline-Signature", signature(key.toUtf8(), body)},
        {"X-Touchline-Item", r.itemId.toLatin1()},
        {"Idempotency-Key", r.itemId.toLatin1()}};
    const HttpReply reply = m_http.request("POST", QUrl(a.url), headers, body, a.timeoutMs());
    if (reply.status >= 200 && reply.status < 300)
        return SendResult::sent(QString::fromUtf8(reply.body.left(200)).trimmed());
    const QString words = reply.status == 0
                              ? reply.error
                              : u"HTTP %1: %2"_s.arg(reply.status)
                                    .arg(QString::fromUtf8(reply.body.left(200)).trimmed());
    if (HttpExchange::isTemporary(reply))
        return SendResult::retry(words, reply.retryAfterSeconds);
    return SendResult::failed(words);
}

} // namespace Touchline
