#include "httpexchange.h"

#include "tr.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Touchline {

HttpExchange::HttpExchange()
    : m_nam(new QNetworkAccessManager)
{}

HttpExchange::~HttpExchange()
{
    delete m_nam;
}

HttpReply HttpExchange::request(const QByteArray &verb,
                                const QUrl &url,
                                const QHash<QByteArray, QByteArray> &headers,
                                const QByteArray &body,
                                int timeoutMs)
{
    QNetworkRequest request(url);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpReply out;
    out.timedOut = timedOut;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    if (out.status == 0)
        out.error
            = timedOut ? Tr::tr("no answer within %1 ms").arg(timeoutMs) : reply->errorString();
    delete reply;
    return out;
}

bool HttpExchange::isTemporary(const HttpReply &reply)
{
    return reply.status == 0 || reply.status == 429 || reply.status >= 500;
}

} // namespace Touchline
