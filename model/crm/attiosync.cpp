#include "attiosync.h"

#include "attioclient.h"
#include "channelaccounts.h"
#include "database.h"
#include "engine_p.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

const QString peopleQuery = u"/v2/objects/people/records/query"_s;
const QString crmChannel = u"crm"_s;
const QString epoch = u"1970-01-01T00:00:00.000000000Z"_s;

QDateTime parseTime(QString t)
{
    static const QRegularExpression finer(u"(\\.\\d{3})\\d+"_s);
    return QDateTime::fromString(t.replace(finer, u"\\1"_s), Qt::ISODateWithMs);
}

bool isTime(const QString &t)
{
    return parseTime(t).isValid();
}

// Attio's timestamps carry nanoseconds, QDateTime milliseconds: the milliseconds order first, and
// within one millisecond the text does (Attio always writes UTC with nine digits).
int compareTimes(const QString &a, const QString &b)
{
    const QDateTime ta = parseTime(a);
    const QDateTime tb = parseTime(b);
    if (ta != tb)
        return ta < tb ? -1 : 1;
    return a.compare(b);
}

// How far a committed page lets the next sync start, from the times read so far. After the last
// page: the latest. Before it, records sharing the latest time may continue on the next page, so
// only times strictly before that one are done.
QString pageCursor(const QStringList &times, bool last, const QString &current)
{
    QString latest;
    for (const QString &t : times)
        if (isTime(t) && (latest.isEmpty() || compareTimes(t, latest) > 0))
            latest = t;
    QString done = last ? latest : QString();
    if (!last)
        for (const QString &t : times)
            if (isTime(t) && compareTimes(t, latest) < 0
                && (done.isEmpty() || compareTimes(t, done) > 0))
                done = t;
    if (done.isEmpty() || (!current.isEmpty() && compareTimes(done, current) <= 0))
        return current;
    return done;
}

// One sync per client at a time, by a lease that runs out on its own when its console died.
const QString leaseSql = uR"(
insert into crm_sync_leases as l (client_id, holder, until)
values (:client, :holder, now() + make_interval(mins => :minutes))
on conflict (client_id) do update
    set holder = excluded.holder, since = now(), until = excluded.until
    where l.until < now()
returning holder
)"_s;
const QString leaseHolderSql = uR"(
select holder, since, until from crm_sync_leases where client_id = :client
)"_s;
const QString renewSql = uR"(
update crm_sync_leases set until = now() + make_interval(mins => :minutes)
where client_id = :client and holder = :holder
)"_s;
const QString releaseSql = uR"(
delete from crm_sync_leases where client_id = :client and holder = :holder
)"_s;

// A record without a time zone keeps the one the contact has (from a CSV, say); a new contact
// gets UTC.
const QString upsertSql = uR"(
with r as (
    select id, client_id, first_name, last_name, email, phone, linkedin_url, company, title,
           time_zone
      from jsonb_to_recordset(cast(:rows as jsonb)) as r(id text, client_id text,
           first_name text, last_name text, email text, phone text, linkedin_url text,
           company text, title text, time_zone text))
insert into contacts as ct (id, client_id, first_name, last_name, email, phone, linkedin_url,
                            company, title, time_zone)
select r.id, r.client_id, r.first_name, r.last_name, r.email, r.phone, r.linkedin_url,
       r.company, r.title, coalesce(r.time_zone, 'UTC')
  from r
on conflict (id) do update set first_name = excluded.first_name,
       last_name = excluded.last_name, email = excluded.email, phone = excluded.phone,
       linkedin_url = excluded.linkedin_url, company = excluded.company, title = excluded.title,
       time_zone = coalesce((select r.time_zone from r where r.id = excluded.id), ct.time_zone)
 where ct.client_id = excluded.client_id
returning ct.id
)"_s;

const QString linkSql = uR"(
insert into crm_contacts (contact_id, client_id, remote_updated_at)
select r.id, r.client_id, r.remote_updated_at
  from jsonb_to_recordset(cast(:rows as jsonb)) as r(id text, client_id text,
       remote_updated_at text)
on conflict (contact_id) do update set remote_updated_at = excluded.remote_updated_at,
       synced_at = now()
)"_s;

const QString loadCursorSql = uR"(
select cursor from crm_sync_state where client_id = :client
)"_s;

const QString cursorSql = uR"(
insert into crm_sync_state (client_id, cursor) values (:client, :cursor)
on conflict (client_id) do update set cursor = excluded.cursor, pulled_at = now()
)"_s;

const QString pendingExitsSql = uR"(
select cc.id::text as enrollment_id, cc.contact_id, k.slug, k.name as campaign_name,
       coalesce(cc.exit_reason, cc.status) as reason, cc.exited_at
  from campaign_contacts cc
  join crm_contacts c on c.contact_id = cc.contact_id and c.client_id = :client
  join campaigns k on k.id = cc.campaign_id
 where cc.client_id = :client and cc.exited_at is not null
   and not exists (select 1 from crm_notes_sent n where n.enrollment_id = cc.id)
 order by cc.exited_at, cc.id
 limit 500
)"_s;

const QString zonesSql = uR"(
select name from pg_timezone_names
)"_s;

const QString noteSentSql = uR"(
insert into crm_notes_sent (enrollment_id, client_id, note_id)
values (cast(:enrollment as uuid), :client, :note)
on conflict (enrollment_id) do nothing
)"_s;

} // namespace

QString AttioSync::Problem::toString() const
{
    return Tr::tr("record %1: %2").arg(record.isEmpty() ? u"?"_s : record, message);
}

QJsonObject AttioSync::Result::toJson() const
{
    QJsonArray list;
    for (const Problem &p : problems)
        list.append(QJsonObject{{u"record"_s, p.record}, {u"message"_s, p.message}});
    return {
        {u"pulled"_s, pulled}, {u"skipped"_s, skipped}, {u"notes"_s, notes}, {u"problems"_s, list}};
}

AttioSync::AttioSync(QSqlDatabase db, Options options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{
    AttioClient::Options client;
    client.baseUrl = m_options.baseUrl;
    client.apiKey = m_options.apiKey;
    client.maxWaitSeconds = m_options.maxWaitSeconds;
    m_client = std::make_unique<AttioClient>(client);
}

AttioSync::~AttioSync() = default;

QUrl AttioSync::defaultBaseUrl()
{
    return QUrl(u"https://api.attio.com"_s);
}

std::optional<QString> AttioSync::apiKey(const QString &clientId, QString *error)
{
    return ChannelAccounts::secret(clientId, crmChannel, error);
}

bool AttioSync::run(Result *result, Error *error)
{
    if (!lockClient(error))
        return false;
    const bool ok = pull(result, error) && writeBack(result, error);
    unlockClient();
    return ok;
}

// A statement on this sync's lease (":client", ":holder", ":minutes").
QSqlQuery AttioSync::leaseQuery(const QString &sql) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.bindValue(u":client"_s, m_options.clientId);
    q.bindValue(u":holder"_s, m_leaseHolder);
    q.bindValue(u":minutes"_s, leaseMinutes);
    return q;
}

bool AttioSync::lockClient(Error *error)
{
    m_leaseHolder = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q = leaseQuery(leaseSql);
    if (!q.exec())
        return databaseFailure(Database::describe(q.lastError()), error);
    if (q.next())
        return true;
    q.prepare(leaseHolderSql);
    q.bindValue(u":client"_s, m_options.clientId);
    const bool known = q.exec() && q.next();
    *error = {Error::Kind::Setup,
              Tr::tr("another CRM sync for client %1 is running (since %2; its lease runs out at "
                     "%3); try again when it is done")
                  .arg(m_options.clientId,
                       known ? q.value(u"since"_s).toDateTime().toString(Qt::ISODate) : u"?"_s,
                       known ? q.value(u"until"_s).toDateTime().toString(Qt::ISODate) : u"?"_s)};
    return false;
}

// Each page renews the lease in the transaction that writes the page; a sync whose lease ran
// out and went to another one writes nothing more.
bool AttioSync::renewLease(Error *error)
{
    QSqlQuery q = leaseQuery(renewSql);
    if (!q.exec())
        return databaseFailure(Database::describe(q.lastError()), error);
    if (q.numRowsAffected() == 1)
        return true;
    *error = {Error::Kind::Setup,
              Tr::tr("the CRM sync of client %1 ran longer than its %n-minute lease and another "
                     "sync took over; this one stopped",
                     nullptr,
                     leaseMinutes)
                  .arg(m_options.clientId)};
    return false;
}

void AttioSync::unlockClient()
{
    QSqlQuery q = leaseQuery(releaseSql);
    q.exec(); // a lease that cannot be given back runs out by itself
}

bool AttioSync::databaseFailure(const QString &message, Error *error, bool rollback)
{
    if (rollback)
        m_db.rollback();
    *error = {Error::Kind::Database, message};
    return false;
}

std::optional<QString> AttioSync::cursor(Error *error) const
{
    QSqlQuery q(m_db);
    q.prepare(loadCursorSql);
    q.bindValue(u":client"_s, m_options.clientId);
    if (!q.exec()) {
        *error = {Error::Kind::Database, Database::describe(q.lastError())};
        return std::nullopt;
    }
    return q.next() ? q.value(u"cursor"_s).toString() : QString();
}

void AttioSync::Window::advance(const QStringList &pageTimes, int received)
{
    QString latest;
    for (const QString &t : pageTimes)
        if (isTime(t) && (latest.isEmpty() || compareTimes(t, latest) > 0))
            latest = t;
    if (latest.isEmpty() || compareTimes(latest, from) == 0) {
        skip += received; // the whole page shares `from`
        return;
    }
    from = latest;
    inclusive = true;
    skip = int(std::count_if(pageTimes.cbegin(), pageTimes.cend(), [&](const QString &t) {
        return isTime(t) && compareTimes(t, latest) == 0;
    }));
}

QJsonObject AttioSync::queryBody(const Window &window) const
{
    // Ties on the updated time keep one order between pages: record_id is an attribute too.
    const QJsonObject condition{{window.inclusive ? u"$gte"_s : u"$gt"_s, window.from}};
    return {{u"filter"_s, QJsonObject{{m_options.updatedAttribute, condition}}},
            {u"sorts"_s,
             QJsonArray{QJsonObject{{u"attribute"_s, m_options.updatedAttribute},
                                    {u"direction"_s, u"asc"_s}},
                        QJsonObject{{u"attribute"_s, u"record_id"_s}, {u"direction"_s, u"asc"_s}}}},
            {u"limit"_s, m_options.pageSize},
            {u"offset"_s, window.skip}};
}

bool AttioSync::pull(Result *result, Error *error)
{
    *error = {};
    if (m_options.apiKey.isEmpty()) {
        *error = {Error::Kind::Setup,
                  Tr::tr("no Attio API key for client %1: store it in the keychain or set %2")
                      .arg(m_options.clientId,
                           ChannelAccounts::environmentName(m_options.clientId, crmChannel))};
        return false;
    }
    const auto since = cursor(error);
    if (!since || !loadZones(error))
        return false;
    // The first sync asks for every record with a time; later ones for those after the cursor.
    Window window{since->isEmpty() ? epoch : *since, since->isEmpty(), 0};
    QString current = *since;
    QStringList read; // every updated time this sync has read, over all its pages
    for (;;) {
        Page page;
        if (!fetchPage(window, &page, result, error) || !resolveCompanies(&page.people, error))
            return false;
        const bool last = page.received < m_options.pageSize;
        read += page.times;
        const QString next = pageCursor(read, last, current);
        if (!applyPage(page, next, result, error))
            return false;
        current = next;
        if (last)
            break;
        window.advance(page.times, page.received);
    }
    result->rateLimited = m_client->rateLimited();
    return true;
}

bool AttioSync::fetchPage(const Window &window, Page *page, Result *result, Error *error)
{
    AttioClient::Error httpError;
    const auto reply = m_client->post(peopleQuery, queryBody(window), &httpError);
    if (!reply) {
        *error = {Error::Kind::Remote, httpError.message};
        return false;
    }
    const QJsonArray data = reply->value(u"data"_s).toArray();
    page->received = int(data.size());
    QSet<QString> seen;
    for (const QJsonValue &v : data) {
        const AttioPerson person
            = AttioPerson::fromRecord(v.toObject(), m_options.updatedAttribute);
        page->times.append(person.updatedAt);
        QStringList problems = person.problems(m_zones);
        if (problems.isEmpty() && seen.contains(person.id))
            problems << Tr::tr("the record appears twice in one page");
        if (!problems.isEmpty()) {
            for (const QString &message : std::as_const(problems))
                result->problems.append({person.id, message});
            ++result->skipped;
            continue;
        }
        seen.insert(person.id);
        page->people.append(person);
    }
    return true;
}

bool AttioSync::resolveCompanies(QVector<AttioPerson> *people, Error *error)
{
    for (AttioPerson &p : *people) {
        if (p.companyId.isEmpty())
            continue;
        if (!m_companies.contains(p.companyId)) {
            const QString path = u"/v2/objects/companies/records/"_s
                                 + QString::fromLatin1(QUrl::toPercentEncoding(p.companyId));
            AttioClient::Error httpError;
            const auto reply = m_client->get(path, &httpError);
            if (!reply && httpError.status != 404) { // a company gone from Attio: no name
                *error = {Error::Kind::Remote, httpError.message};
                return false;
            }
            if (!reply) {
                m_companies.insert(p.companyId, QString());
                continue;
            }
            m_companies.insert(p.companyId,
                               AttioPerson::companyName(reply->value(u"data"_s).toObject()));
        }
        p.company = m_companies.value(p.companyId);
    }
    return true;
}

bool AttioSync::applyPage(const Page &page, const QString &cursor, Result *result, Error *error)
{
    if (!m_db.transaction())
        return databaseFailure(Database::describe(m_db.lastError()), error);
    QSet<QString> written;
    if (!renewLease(error) || !upsertContacts(page.people, &written, error)
        || !saveCursor(cursor, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit())
        return databaseFailure(Database::describe(m_db.lastError()), error, true);
    for (const AttioPerson &p : page.people) {
        if (written.contains(p.id))
            continue;
        result->problems.append({p.id, Tr::tr("a contact with this id belongs to another client")});
        ++result->skipped;
    }
    result->pulled += int(written.size());
    return true;
}

bool AttioSync::upsertContacts(const QVector<AttioPerson> &people,
                               QSet<QString> *written,
                               Error *error)
{
    if (people.isEmpty())
        return true;
    QJsonArray rows;
    for (const AttioPerson &p : people)
        rows.append(p.row(m_options.clientId));
    const QString json = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db);
    q.prepare(upsertSql);
    q.bindValue(u":rows"_s, json);
    if (!q.exec())
        return databaseFailure(Database::describe(q.lastError()), error);
    const EngineDetail::ColumnReader v(q);
    while (q.next())
        written->insert(v(u"id"_s).toString());
    QJsonArray linked;
    for (const QJsonValue &row : std::as_const(rows))
        if (written->contains(row.toObject().value(u"id"_s).toString()))
            linked.append(row);
    q.prepare(linkSql);
    q.bindValue(u":rows"_s,
                QString::fromUtf8(QJsonDocument(linked).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return databaseFailure(Database::describe(q.lastError()), error);
    return true;
}

bool AttioSync::saveCursor(const QString &cursor, Error *error)
{
    QSqlQuery q(m_db);
    q.prepare(cursorSql);
    q.bindValue(u":client"_s, m_options.clientId);
    q.bindValue(u":cursor"_s, cursor.isEmpty() ? QVariant() : QVariant(cursor));
    if (!q.exec())
        return databaseFailure(Database::describe(q.lastError()), error);
    return true;
}

// IANA names both the server (send windows) and Qt know, as the CSV import accepts them.
bool AttioSync::loadZones(Error *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(zonesSql))
        return databaseFailure(Database::describe(q.lastError()), error);
    const EngineDetail::ColumnReader v(q);
    QSet<QString> server;
    while (q.next())
        server.insert(v(u"name"_s).toString());
    m_zones = {u"UTC"_s};
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (server.contains(QString::fromLatin1(id)))
            m_zones.insert(QString::fromLatin1(id));
    return true;
}

bool AttioSync::writeBack(Result *result, Error *error)
{
    *error = {};
    for (;;) {
        const auto exits = pendingExits(error);
        if (!exits)
            return false;
        if (exits->isEmpty()) {
            result->rateLimited = m_client->rateLimited();
            return true;
        }
        for (const Exit &exit : *exits) {
            if (!postNote(exit, error))
                return false;
            ++result->notes;
        }
    }
}

std::optional<QVector<AttioSync::Exit>> AttioSync::pendingExits(Error *error) const
{
    QSqlQuery q(m_db);
    q.prepare(pendingExitsSql);
    q.bindValue(u":client"_s, m_options.clientId);
    if (!q.exec()) {
        *error = {Error::Kind::Database, Database::describe(q.lastError())};
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<Exit> out;
    while (q.next())
        out.append({v(u"enrollment_id"_s).toString(),
                    v(u"contact_id"_s).toString(),
                    v(u"slug"_s).toString(),
                    v(u"campaign_name"_s).toString(),
                    v(u"reason"_s).toString(),
                    v(u"exited_at"_s).toDateTime()});
    return out;
}

// Posted first, marked after: a crash in between posts it again (at least once); the marker
// makes every later sync skip it.
bool AttioSync::postNote(const Exit &exit, Error *error)
{
    const QString when = exit.exitedAt.toUTC().toString(Qt::ISODate);
    const QJsonObject note{
        {u"parent_object"_s, u"people"_s},
        {u"parent_record_id"_s, exit.contact},
        {u"title"_s, Tr::tr("Touchline: left %1 (%2)").arg(exit.campaignName, exit.reason)},
        {u"format"_s, u"plaintext"_s},
        {u"content"_s,
         Tr::tr("Left the campaign \"%1\" (%2) on %3. Reason: %4. Touchline enrollment %5.")
             .arg(exit.campaignName, exit.campaignSlug, when, exit.reason, exit.enrollment)}};
    AttioClient::Error httpError;
    const auto reply = m_client->post(u"/v2/notes"_s, {{u"data"_s, note}}, &httpError);
    if (!reply) {
        *error = {Error::Kind::Remote, httpError.message};
        return false;
    }
    const QString noteId = reply->value(u"data"_s)
                               .toObject()
                               .value(u"id"_s)
                               .toObject()
                               .value(u"note_id"_s)
                               .toString();
    QSqlQuery q(m_db);
    q.prepare(noteSentSql);
    q.bindValue(u":enrollment"_s, exit.enrollment);
    q.bindValue(u":client"_s, m_options.clientId);
    q.bindValue(u":note"_s, noteId.isEmpty() ? QVariant() : QVariant(noteId));
    if (!q.exec())
        return databaseFailure(Database::describe(q.lastError()), error);
    return true;
}

} // namespace Touchline
