#include "attioclient.h"

#include "tr.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimer>

namespace Touchline {

using namespace Qt::StringLiterals;

AttioClient::AttioClient(Options options)
    : m_options(std::move(options))
    , m_nam(std::make_unique<QNetworkAccessManager>())
{}

AttioClient::~AttioClient() = default;

std::optional<QJsonObject>
AttioClient::post(const QString &path, const QJsonObject &body, Error *error)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), error);
}

std::optional<QJsonObject> AttioClient::get(const QString &path, Error *error)
{
    return send("GET", path, QByteArray(), error);
}

std::optional<QJsonObject>
AttioClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, Error *error)
{
    for (int attempt = 0;; ++attempt) {
        const Reply reply = exchange(verb, path, body);
        if (reply.status == 429 && attempt < m_options.maxRateLimitRetries) {
            ++m_rateLimited;
            const qint64 ms = retryAfterMs(reply.retryAfter, QDateTime::currentDateTimeUtc());
            if (ms > qint64(m_options.maxWaitSeconds) * 1000) {
                *error = {429,
                          Tr::tr("Attio answered HTTP 429 to %1 %2: Retry-After asks for %3 s, "
                                 "more than the %4 s a sync waits")
                              .arg(QString::fromLatin1(verb), path)
                              .arg((ms + 999) / 1000)
                              .arg(m_options.maxWaitSeconds)};
                return std::nullopt;
            }
            // An unreadable header: Attio's limit resets each second.
            wait(ms < 0 ? 1000 : ms);
            continue;
        }
        if (reply.status >= 200 && reply.status < 300) {
            const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
            if (doc.isObject() || reply.body.isEmpty())
                return doc.object();
            *error = {reply.status,
                      Tr::tr("Attio answered %1 %2 with something that is not a JSON object")
                          .arg(QString::fromLatin1(verb), path)};
            return std::nullopt;
        }
        *error = {reply.status, describe(verb, path, reply)};
        return std::nullopt;
    }
}

AttioClient::Reply
AttioClient::exchange(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QUrl url = m_options.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.retryAfter = reply->rawHeader("Retry-After");
    if (out.status == 0)
        out.networkError = reply->errorString();
    delete reply;
    return out;
}

QString AttioClient::describe(const QByteArray &verb, const QString &path, const Reply &reply)
{
    const QString endpoint = QString::fromLatin1(verb) + u' ' + path;
    if (reply.status == 0)
        return Tr::tr("no answer from Attio to %1: %2").arg(endpoint, reply.networkError);
    QString detail = QJsonDocument::fromJson(reply.body).object().value(u"message"_s).toString();
    if (reply.status == 401)
        detail = Tr::tr("the API key was refused (set it in the keychain or in "
                        "TOUCHLINE_SECRET_<CLIENT>_CRM)");
    else if (reply.status == 429)
        detail = Tr::tr("still rate limited after waiting");
    return Tr::tr("Attio answered HTTP %1 to %2%3")
        .arg(reply.status)
        .arg(endpoint, detail.isEmpty() ? QString() : u": "_s + detail);
}

qint64 AttioClient::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    // RFC 9110 IMF-fixdate, e.g. "Tue, 23 May 2023 14:42:01 GMT".
    QDateTime at
        = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid())
        return -1;
    at.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(at));
}

void AttioClient::wait(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(int(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Touchline
