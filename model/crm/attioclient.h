// Blocking calls to Attio's REST API v2 for a worker thread: the Bearer key, JSON in and out,
// a 429 waited out (Retry-After, bounded) and retried, any other failure named with its endpoint.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Touchline {

class AttioClient
{
public:
    struct Options
    {
        QUrl baseUrl;   // https://api.attio.com, or a stand-in
        QString apiKey; // never logged, never in a message
        int timeoutMs = 30000;
        int maxRateLimitRetries = 5; // 429s waited out per request
        int maxWaitSeconds = 60;     // a longer Retry-After stops the sync instead
    };
    struct Error
    {
        int status = 0; // 0: no HTTP answer
        QString message;
    };

    explicit AttioClient(Options options);
    ~AttioClient();
    AttioClient(const AttioClient &) = delete;
    AttioClient &operator=(const AttioClient &) = delete;

    std::optional<QJsonObject> post(const QString &path, const QJsonObject &body, Error *error);
    std::optional<QJsonObject> get(const QString &path, Error *error);

    int rateLimited() const { return m_rateLimited; } // 429s answered so far

    // Retry-After as seconds or as an HTTP date (Attio sends a date); -1 when unreadable.
    static qint64 retryAfterMs(const QByteArray &header, const QDateTime &now);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QString networkError;
    };
    std::optional<QJsonObject>
    send(const QByteArray &verb, const QString &path, const QByteArray &body, Error *error);
    Reply exchange(const QByteArray &verb, const QString &path, const QByteArray &body);
    static QString describe(const QByteArray &verb, const QString &path, const Reply &reply);
    static void wait(qint64 ms);

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_rateLimited = 0;
};

} // namespace Touchline
