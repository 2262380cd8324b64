// The approval inbox's rules and SQL: staged drafts listed by keyset page with filters and
// counts, and the decisions on them (approve, reject, undo, edit, the external drafter's fill),
// each one conditional update in one transaction, audited with the database login.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Touchline {

class DraftStore
{
public:
    explicit DraftStore(QSqlDatabase db);

    // "open" (awaiting_draft and pending_review of active enrollments: the inbox), one status,
    // or "all". A draft whose enrollment exited counts as cancelled.
    static QStringList statusFilters();
    static QString openFilter() { return QStringLiteral("open"); }

    struct Filter
    {
        QString status = openFilter();
        QString client;   // client_id; empty: any
        QString campaign; // slug; empty: any
        QString channel;
        QString text; // in contact, company, subject and body, case-insensitive
    };
    enum class SortKey { Created, Scheduled, Contact, Campaign, Step, Channel, ContentType };
    struct Sort
    {
        SortKey key = SortKey::Created;
        bool descending = false;
    };
    // Where the previous page ended: its last row's sort key (as text) and id.
    struct Cursor
    {
        QString key;
        QString id;
    };

    struct Row
    {
        QString id;
        QString status; // the draft's, or "cancelled" when its enrollment exited
        QString contactId;
        QString contactName;
        QString company;
        QString clientId;
        QString campaign; // slug
        QString campaignName;
        int stepNumber = 0;
        QString channel;
        QString contentType;
        QString subject;
        QDateTime scheduledAt;
        QDateTime createdAt;
        QString goal;
        QString notes;
        bool edited = false;
        int unknownCount = 0;
        QString reviewer;
        QDateTime reviewedAt;
        QString rejectReason;
        QString itemStatus;
        QString sortKey; // for the next page's cursor
    };
    struct Page
    {
        QVector<Row> rows;
        bool more = false;
    };
    std::optional<Page> list(const Filter &filter,
                             const Sort &sort,
                             const std::optional<Cursor> &after,
                             int limit,
                             DbError *error) const;
    // The rows with these ids (for refreshing what is shown), in no particular order.
    std::optional<QVector<Row>> rows(const QStringList &ids, DbError *error) const;

    // Per filter dimension ("client", "campaign", "channel", "status"), value -> how many
    // drafts match when every other dimension's filter applies (facets).
    using Counts = QHash<QString, QHash<QString, int>>;
    std::optional<Counts> counts(const Filter &filter, DbError *error) const;

    struct Touch
    {
        QDateTime at;
        int stepNumber = 0;
        QString channel;
        QString what; // for people: "email sent", "replied (interested)", …
    };
    struct Detail
    {
        Row row;
        QString body;
        QStringList unknownPlaceholders;
        QString templateInstructions;
        QString handler;
        QString email;
        QString phone;
        QString title;
        QString linkedinUrl;
        QString timeZone;
        QString enrollmentStatus;
        QString exitReason;
        QDateTime enrolledAt;
        QDateTime exitedAt;
        QVector<Touch> history; // this enrollment's touches and outcomes, oldest first
    };
    std::optional<Detail> detail(const QString &id, DbError *error) const;

    // What became of one draft in a decision.
    struct Decision
    {
        enum class Result { Done, AlreadyDecided, NotFound, Exited, InFlight, NotAllowed };
        QString id;
        Result result = Result::NotFound;
        QString status; // the draft's status now
        QString reviewer;
        QDateTime reviewedAt;
        QString message; // for people, when not Done
    };
    using Decisions = QVector<Decision>;

    // pending_review -> approved (reviewer = the login); its item approved and due no earlier
    // than now. Only while the enrollment is active.
    std::optional<Decisions> approve(const QStringList &ids, DbError *error);
    // Every pending_review draft (of one campaign when `campaign` is set).
    std::optional<Decisions> approveAll(const QString &campaign, DbError *error);
    // pending_review or awaiting_draft -> rejected with the reason; its item cancelled with
    // error = "rejected: REASON".
    std::optional<Decisions> reject(const QStringList &ids, const QString &reason, DbError *error);
    // The login's own approval or rejection back to pending_review, while its item has not been
    // claimed for sending.
    std::optional<Decisions> undo(const QStringList &ids, DbError *error);
    // A pending_review draft's subject and body; marks it edited.
    std::optional<Decision>
    edit(const QString &id, const QString &subject, const QString &body, DbError *error);
    // The external drafter: awaiting_draft -> pending_review, or approved when its step needs no
    // review; completes the pending execute_sequence_step task.
    std::optional<Decision>
    fill(const QString &id, const QString &subject, const QString &body, DbError *error);

    // The external drafter's side of the protocol: take up to `limit` drafts awaiting their
    // text (of one campaign when `campaign` is set), oldest first. Each execute_sequence_step task
    // is claimed with FOR UPDATE SKIP LOCKED, so any number of agents share the work and no two
    // get the same draft; a claim not filled within `leaseMinutes` may be taken again.
    struct DraftingJob
    {
        QString draftId, taskId, contactId, campaign, channel, contentType, instructions;
        int stepNumber = 0;
        QJsonObject contact; // the contact's merge fields: columns and attributes
    };
    std::optional<QVector<DraftingJob>>
    claimForDrafting(int limit, const QString &campaign, int leaseMinutes, DbError *error);

    static QString describe(const Decision &decision);

private:
    std::optional<Decisions> finish(const QStringList &ids,
                                    const QStringList &done,
                                    const QString &wanted,
                                    DbError *error) const;
    bool audit(const QString &action,
               const QStringList &ids,
               const QJsonObject &detail,
               DbError *error) const;

    QSqlDatabase m_db;
};

} // namespace Touchline
