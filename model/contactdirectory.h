// Reading and curating the contact base: keyset pages for the contacts view, one person's whole
// history, suppression per client (audited; it ends the client's active enrollments).
#pragma once

#include "database.h"

#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Touchline {

class ContactDirectory
{
public:
    explicit ContactDirectory(QSqlDatabase db);

    enum class SortKey { Name, Company, Email, Phone, TimeZone, Client };
    struct PageRequest
    {
        QString search; // matched in name, company, email, or the exact id
        QString client; // empty: every client
        SortKey sort = SortKey::Name;
        bool descending = false;
        // The last row of the previous page (keyset); empty: the first page.
        QString afterKey;
        QString afterId;
        int limit = 200;
    };
    struct Row
    {
        QString id;
        QString name;
        QString company;
        QString title;
        QString email;
        QString phone;
        QString timeZone;
        QString client;
        QStringList suppressedFor; // clients this contact is suppressed for
        bool doNotContact = false;
        int activeEnrollments = 0;
        QString sortKey; // the keyset position of this row
    };
    std::optional<QVector<Row>> page(const PageRequest &request, DbError *error) const;
    std::optional<QStringList> clients(DbError *error) const;

    struct HistoryEntry
    {
        QDateTime at;
        QString kind; // enrollment, exit, touch, outcome, audit
        QString campaign;
        QString text;
    };
    // Every enrollment, touch, outcome and audit entry of one contact, oldest first.
    std::optional<QVector<HistoryEntry>> history(const QString &contactId, DbError *error) const;

    // Suppresses the contact for the client: its active enrollments of that client end
    // (rejected, "suppressed"), unsent items and their drafts are cancelled; one transaction.
    // Returns how many enrollments ended.
    std::optional<int> suppress(const QString &contactId,
                                const QString &client,
                                const QString &reason,
                                DbError *error);
    bool unsuppress(const QString &contactId,
                    const QString &client,
                    const QString &reason,
                    DbError *error);

    static QString sortExpression(SortKey key);

private:
    QSqlDatabase m_db;
};

} // namespace Touchline

Q_DECLARE_METATYPE(Touchline::ContactDirectory::PageRequest)
Q_DECLARE_METATYPE(Touchline::ContactDirectory::Row)
Q_DECLARE_METATYPE(Touchline::ContactDirectory::HistoryEntry)
