#include "contactprivacy.h"

#include "tr.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {
DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}
} // namespace

ContactPrivacy::ContactPrivacy(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<QString> ContactPrivacy::erase(const QString &contactId, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"select touchline_erase_contact(:id) as pseudonym"_s);
    q.bindValue(u":id"_s, contactId);
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    if (q.value(u"pseudonym"_s).isNull()) {
        *error = {DbError::Kind::Rejected, Tr::tr("no contact %1").arg(contactId)};
        return std::nullopt;
    }
    *error = {};
    return q.value(u"pseudonym"_s).toString();
}

std::optional<QJsonObject> ContactPrivacy::exportPerson(const QString &contactId, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(uR"sql(
with x as (select touchline_export_person(:id) as doc),
a as (insert into audit_log (action, subject, detail)
      select 'contact_exported', :id, '{}' from x where doc is not null)
select doc from x
)sql"_s);
    q.bindValue(u":id"_s, contactId);
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    if (q.value(u"doc"_s).isNull()) {
        *error = {DbError::Kind::Rejected, Tr::tr("no contact %1").arg(contactId)};
        return std::nullopt;
    }
    *error = {};
    return QJsonDocument::fromJson(q.value(u"doc"_s).toString().toUtf8()).object();
}

bool ContactPrivacy::setQuietHours(const QString &client,
                                   const QString &channel,
                                   const QTime &start,
                                   const QTime &end,
                                   DbError *error)
{
    if (!start.isValid() || !end.isValid() || start >= end
        || (channel != u"voice" && channel != u"sms")) {
        *error = {DbError::Kind::Rejected,
                  Tr::tr("quiet hours need voice or sms and a start before the end")};
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(uR"(
with h as (
    insert into client_quiet_hours (client_id, channel, start_time, end_time)
    values (:client, :channel, cast(:start as time), cast(:end as time))
    on conflict (client_id, channel) do update
       set start_time = excluded.start_time, end_time = excluded.end_time
    returning client_id)
insert into audit_log (action, subject, detail)
select 'quiet_hours_set', :client,
       jsonb_build_object('channel', cast(:channel as text), 'start', cast(:start as text),
                          'end', cast(:end as text))
  from h
)"_s);
    q.bindValue(u":client"_s, client);
    q.bindValue(u":channel"_s, channel);
    q.bindValue(u":start"_s, start.toString(u"HH:mm"_s));
    q.bindValue(u":end"_s, end.toString(u"HH:mm"_s));
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *error = {};
    return true;
}

std::optional<QDateTime> ContactPrivacy::quietHoursFloor(const QString &client,
                                                         const QString &channel,
                                                         const QString &timeZone,
                                                         const QDateTime &due,
                                                         DbError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(uR"sql(
select touchline_quiet_hours_floor(:client, :channel, :tz, cast(:due as timestamptz)) as floor_at
)sql"_s);
    q.bindValue(u":client"_s, client);
    q.bindValue(u":channel"_s, channel);
    q.bindValue(u":tz"_s, timeZone);
    q.bindValue(u":due"_s, due.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    *error = {};
    return q.value(u"floor_at"_s).toDateTime().toUTC();
}

} // namespace Touchline
