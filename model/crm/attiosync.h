// CRM sync with Attio for one client: pulls people records into `contacts` (incremental on an
// updated-time attribute, page by page, each page and the cursor in one transaction) and writes
// a note per enrollment exit back to the person's record, once. Blocking: run it on a worker
// thread with a connection opened in that thread.
#pragma once

#include "attioperson.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVector>

#include <memory>
#include <optional>

namespace Touchline {

class AttioClient;

class AttioSync
{
public:
    struct Options
    {
        QString clientId;
        QUrl baseUrl = defaultBaseUrl();
        QString apiKey; // see apiKey(): the keychain or TOUCHLINE_SECRET_<CLIENT>_CRM
        // The timestamp attribute the pull is incremental on. Attio's people carry created_at
        // on every workspace; an updated-time attribute is the workspace's own.
        QString updatedAttribute = QStringLiteral("updated_at");
        int pageSize = 500;
        int maxWaitSeconds = 60; // the longest Retry-After waited out
    };
    struct Problem
    {
        QString record;
        QString message;
        QString toString() const;
    };
    struct Result
    {
        int pulled = 0;  // people upserted
        int skipped = 0; // records refused, each named in problems
        int notes = 0;   // notes written back
        int rateLimited = 0;
        QVector<Problem> problems;
        QJsonObject toJson() const; // {"pulled", "skipped", "notes", "problems"}
    };
    struct Error
    {
        enum class Kind { None, Setup, Remote, Database };
        Kind kind = Kind::None;
        QString message;
        explicit operator bool() const { return kind != Kind::None; }
    };

    AttioSync(QSqlDatabase db, Options options);
    ~AttioSync();
    AttioSync(const AttioSync &) = delete;
    AttioSync &operator=(const AttioSync &) = delete;

    static QUrl defaultBaseUrl();
    // The client's Attio API key: TOUCHLINE_SECRET_<CLIENT>_CRM, else the system keychain
    // ("channel:<client>/crm"); empty when neither holds one.
    static std::optional<QString> apiKey(const QString &clientId, QString *error);

    // Pulls, then writes back. One sync per client at a time (a session advisory lock, held
    // across the network calls but in no transaction): a second one is refused, not queued.
    bool run(Result *result, Error *error);

    // Where the next pull starts (the last updated time read); empty before the first.
    std::optional<QString> cursor(Error *error) const;

private:
    bool pull(Result *result, Error *error);
    bool writeBack(Result *result, Error *error);
    // A lease on the client's sync: a dead console's runs out after leaseMinutes.
    bool lockClient(Error *error);
    void unlockClient();
    bool renewLease(Error *error);
    QSqlQuery leaseQuery(const QString &sql) const;
    static constexpr int leaseMinutes = 30;
    struct Page
    {
        QVector<AttioPerson> people; // the records that passed their checks
        QStringList times;           // every record's updated time, in the order received
        int received = 0;
    };
    struct Exit
    {
        QString enrollment, contact, campaignSlug, campaignName, reason;
        QDateTime exitedAt;
    };

    // Which records the next page asks for: those after `from` (from it on, when inclusive),
    // less the first `skip` (the ones at `from` already read). Paging by time rather than one
    // offset over the whole set: a record edited during the sync moves to the end and shifts
    // nothing that is still to come.
    struct Window
    {
        QString from;
        bool inclusive = false;
        int skip = 0;
        void advance(const QStringList &pageTimes, int received);
    };

    QJsonObject queryBody(const Window &window) const;
    bool fetchPage(const Window &window, Page *page, Result *result, Error *error);
    bool resolveCompanies(QVector<AttioPerson> *people, Error *error);
    bool applyPage(const Page &page, const QString &cursor, Result *result, Error *error);
    bool upsertContacts(const QVector<AttioPerson> &people, QSet<QString> *written, Error *error);
    bool saveCursor(const QString &cursor, Error *error);
    bool loadZones(Error *error);
    std::optional<QVector<Exit>> pendingExits(Error *error) const;
    bool postNote(const Exit &exit, Error *error);
    bool databaseFailure(const QString &message, Error *error, bool rollback = false);

    QSqlDatabase m_db;
    Options m_options;
    QString m_leaseHolder;
    std::unique_ptr<AttioClient> m_client;
    QHash<QString, QString> m_companies; // company record id -> name, for this sync
    QSet<QString> m_zones;
};

} // namespace Touchline
