// One Attio person record read into a contact row: the mapped fields, checked as the CSV import
// checks them (email, E.164 phone, IANA time zone).
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Touchline {

struct AttioPerson
{
    QString id; // id.record_id: the contact id
    QString firstName;
    QString lastName;
    QString email;
    QString phone; // as Attio holds it; normalised to E.164 in row()
    QString title;
    QString linkedin;
    QString timeZone;  // a workspace's "time_zone" text attribute, when it has one
    QString companyId; // the company record it references; its name is looked up apart
    QString company;
    QString updatedAt; // the cursor attribute's value, exactly as Attio sent it

    // `updatedAttribute` names the timestamp attribute the pull is incremental on.
    static AttioPerson fromRecord(const QJsonObject &record, const QString &updatedAttribute);
    // The company record's name, empty when it has none.
    static QString companyName(const QJsonObject &companyRecord);

    // Why the record cannot become a contact; empty when it can.
    QStringList problems(const QSet<QString> &zones) const;
    // The row for the contacts upsert (the columns of ContactStore::columns()).
    QJsonObject row(const QString &clientId) const;
};

} // namespace Touchline
