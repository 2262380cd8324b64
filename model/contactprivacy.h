// Personal data on request: erase a contact everywhere (a pseudonym keeps the aggregates), export
// everything held about one person, and the per-client quiet hours for voice and SMS. Audited.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTime>

#include <optional>

namespace Touchline {

class ContactPrivacy
{
public:
    explicit ContactPrivacy(QSqlDatabase db);

    // The pseudonym that replaced the contact; a Rejected error when there is no such contact.
    std::optional<QString> erase(const QString &contactId, DbError *error);
    std::optional<QJsonObject> exportPerson(const QString &contactId, DbError *error);

    // No voice or SMS touch of the client outside [start, end) in the contact's time zone.
    bool setQuietHours(const QString &client,
                       const QString &channel,
                       const QTime &start,
                       const QTime &end,
                       DbError *error);
    // The earliest allowed moment at or after `due` (the engine's floor, see 0012_contacts.sql).
    std::optional<QDateTime> quietHoursFloor(const QString &client,
                                             const QString &channel,
                                             const QString &timeZone,
                                             const QDateTime &due,
                                             DbError *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Touchline
