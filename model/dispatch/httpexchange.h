// One blocking HTTP request over QtNetwork for a worker thread (the dispatcher's): its own event
// loop, a timeout, and the status, headers and body that came back.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace Touchline {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (see error)
    bool timedOut = false;
    QString error; // the network's reason when there was no answer
    QByteArray body;
    int retryAfterSeconds = 0; // from Retry-After
};

class HttpExchange
{
public:
    HttpExchange();
    ~HttpExchange();
    HttpExchange(const HttpExchange &) = delete;
    HttpExchange &operator=(const HttpExchange &) = delete;

    HttpReply request(const QByteArray &verb,
                      const QUrl &url,
                      const QHash<QByteArray, QByteArray> &headers,
                      const QByteArray &body,
                      int timeoutMs);

    // 429 and 5xx (and no answer at all) are worth another try; other 4xx are not.
    static bool isTemporary(const HttpReply &reply);

private:
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace Touchline
