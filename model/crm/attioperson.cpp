#include "attioperson.h"

#include "contactstore.h"
#include "tr.h"

#include <QJsonArray>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// The attribute's current value: Attio keeps history, and a value with active_until set is past.
QJsonObject currentValue(const QJsonObject &values, const QString &slug)
{
    const QJsonArray all = values.value(slug).toArray();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(u"active_until"_s).isNull() || !o.contains(u"active_until"_s))
            return o;
    }
    return {};
}

QString text(const QJsonObject &values, const QString &slug, const QString &field)
{
    return currentValue(values, slug).value(field).toString().trimmed();
}

} // namespace

AttioPerson AttioPerson::fromRecord(const QJsonObject &record, const QString &updatedAttribute)
{
    const QJsonObject values = record.value(u"values"_s).toObject();
    AttioPerson p;
    p.id = record.value(u"id"_s).toObject().value(u"record_id"_s).toString().trimmed();
    p.firstName = text(values, u"name"_s, u"first_name"_s);
    p.lastName = text(values, u"name"_s, u"last_name"_s);
    p.email = text(values, u"email_addresses"_s, u"email_address"_s);
    const QJsonObject phone = currentValue(values, u"phone_numbers"_s);
    p.phone = phone.value(u"phone_number"_s)
                  .toString(phone.value(u"original_phone_number"_s).toString());
    p.title = text(values, u"job_title"_s, u"value"_s);
    p.linkedin = text(values, u"linkedin"_s, u"value"_s);
    p.timeZone = text(values, u"time_zone"_s, u"value"_s);
    p.companyId = text(values, u"company"_s, u"target_record_id"_s);
    p.updatedAt = text(values, updatedAttribute, u"value"_s);
    if (p.updatedAt.isEmpty()) // created_at is a top-level field as well as an attribute
        p.updatedAt = record.value(updatedAttribute).toString();
    return p;
}

QString AttioPerson::companyName(const QJsonObject &companyRecord)
{
    return text(companyRecord.value(u"values"_s).toObject(), u"name"_s, u"value"_s);
}

QStringList AttioPerson::problems(const QSet<QString> &zones) const
{
    QStringList out;
    if (id.isEmpty())
        out << Tr::tr("the record has no id.record_id");
    if (!email.isEmpty() && !ContactStore::isEmail(email))
        out << Tr::tr("malformed email \"%1\"").arg(email);
    if (!phone.trimmed().isEmpty() && ContactStore::normalisePhone(phone).isEmpty())
        out << Tr::tr("phone \"%1\" is not an international number (E.164, such as "
                      "+49 30 1234567)")
                   .arg(phone);
    if (!timeZone.isEmpty() && !zones.contains(timeZone))
        out << Tr::tr("unknown time zone \"%1\" (an IANA name such as Europe/Berlin)")
                   .arg(timeZone);
    return out;
}

QJsonObject AttioPerson::row(const QString &clientId) const
{
    QJsonObject r{{u"id"_s, id}, {u"client_id"_s, clientId}};
    const auto put = [&r](const QString &column, const QString &value) {
        if (!value.isEmpty())
            r.insert(column, value);
    };
    put(u"first_name"_s, firstName);
    put(u"last_name"_s, lastName);
    put(u"email"_s, email);
    put(u"phone"_s, ContactStore::normalisePhone(phone));
    put(u"title"_s, title);
    put(u"linkedin_url"_s, linkedin);
    put(u"company"_s, company);
    put(u"time_zone"_s, timeZone);
    put(u"remote_updated_at"_s, updatedAt);
    return r;
}

} // namespace Touchline
