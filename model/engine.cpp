#include "engine.h"

#include "engine_p.h"

#include "flow.h"
#include "templatedrafter.h"
#include "tr.h"
#include "vocabulary.h"

#include <QBitArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <numeric>
#include <tuple>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

using namespace EngineDetail;

QString exitStatus(const QString &reason)
{
    if (reason == u"converted")
        return u"converted"_s;
    if (reason == u"rejected")
        return u"rejected"_s;
    return u"timed_out"_s;
}

// The database clock, rounded down, never past the clock it reads (a streamed enrollment
// compares its rows' created_at with it).
const auto databaseNowSql = uR"sql(
select floor(extract(epoch from now()) * 1000)::bigint as now_ms
)sql"_s;

// When the earliest active enrollment is due, Unix milliseconds (null: none is).
const auto nextDueSql = uR"sql(
select (extract(epoch from min(next_send_at)) * 1000)::bigint as next_ms
  from campaign_contacts
 where status = 'active'
)sql"_s;

} // namespace

Engine::Engine(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<QDateTime> Engine::databaseNow(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(databaseNowSql) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    return fromEpochMs(q.value(u"now_ms"_s));
}

std::optional<QDateTime> Engine::resolveAt(const std::optional<QDateTime> &at, DbError *error) const
{
    if (at)
        return at->toUTC();
    return databaseNow(error);
}

std::optional<QDateTime> Engine::nextDue(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(nextDueSql) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    *error = {};
    return fromEpochMs(q.value(u"next_ms"_s));
}

namespace {

// enroll_contact for a set of (contact, campaign) pairs, one array per column: step 1 of the
// current revision. Contacts suppressed or marked do-not-contact, archived campaigns and
// duplicates of an active enrollment are skipped; created_at (the database clock) keeps it out of
// a pass already running. The ids come from the client in touchline_uuid7's layout (a SQL function
// call per row cost the server ~1.5 µs). The campaigns are read once per statement, not once per
// row; the keys of the new rows are checked once per statement by their trigger (0020). The
// enrollment row is the record of the enrollment: no enroll_contact task is written for work
// already done (0023).
const auto insertEnrollmentsSql = uR"sql(
with x as (
  select * from unnest(cast(:ids as uuid[]), cast(:contacts as text[]),
                       cast(:campaigns as text[]), cast(:goals as text[]),
                       cast(:notes as text[]), cast(:previous as uuid[]))
    as x(id, contact_id, campaign, goal, notes, previous)),
k as materialized (
  select c.id, c.slug, c.client_id, c.current_revision, c.status, c.owner_role,
         make_interval(days => s.delay_days, mins => s.delay_minutes) as delay
    from campaigns c
    join campaign_steps s on s.campaign_id = c.id and s.revision = c.current_revision
                         and s.step_number = 1
   where c.slug in (select distinct x.campaign from x) and c.status <> 'archived'),
ins as (
  insert into campaign_contacts (id, contact_id, campaign_id, client_id, revision, current_step,
      next_send_at, paused_remaining, enrolled_at, goal, notes, previous_enrollment_id)
  select x.id, x.contact_id, k.id, k.client_id, k.current_revision, 1,
         case when k.status = 'paused' then null else cast(:at as timestamptz) + k.delay end,
         case when k.status = 'paused' then k.delay end,
         cast(:at as timestamptz), x.goal, x.notes, x.previous
    from x
    join k on k.slug = x.campaign
    join contacts ct on ct.id = x.contact_id
   where not ct.do_not_contact
     and not exists (select 1 from suppressions sp
                      where sp.client_id = k.client_id and sp.contact_id = x.contact_id)
  on conflict (contact_id, campaign_id) where status = 'active' do nothing
  returning id, contact_id, campaign_id)
select ins.contact_id as contact_id, k.slug as campaign
  from ins join k on k.id = ins.campaign_id
)sql"_s;

// Why each refused contact was refused (the insert skips them silently).
const auto refusalsSql = uR"sql(
select x.id as contact_id,
       ct.id is not null as known,
       coalesce(ct.do_not_contact, false) as do_not_contact,
       exists (select 1 from suppressions sp
                where sp.client_id = :client and sp.contact_id = x.id) as suppressed,
       exists (select 1 from campaign_contacts cc join campaigns c on c.id = cc.campaign_id
                where c.slug = :slug and cc.contact_id = x.id and cc.status = 'active') as active,
       exists (select 1 from campaign_contacts cc join campaigns c on c.id = cc.campaign_id
                where c.slug = :slug and cc.contact_id = x.id and cc.status = 'active'
                  and cc.enrolled_at = cast(:at as timestamptz)
                  and cc.created_at >= cast(:since as timestamptz)) as enrolled_by_request
  from jsonb_array_elements_text(cast(:ids as jsonb)) as x(id)
  left join contacts ct on ct.id = x.id
)sql"_s;

// Enrollments written per statement (enroll, on_exit routing, handoff approval): each statement
// stays well inside statement_timeout and the server's memory, whatever the request's size.
constexpr qsizetype enrollmentChunk = 5000;

const auto campaignForEnrollSql = uR"sql(
select status, client_id from campaigns where slug = :slug
)sql"_s;

const auto auditEnrollSql = uR"sql(
insert into audit_log (action, subject, detail) values ('enroll', :slug, cast(:detail as jsonb))
)sql"_s;

// exit_contact: ends the enrollments (only active ones: an exit happens once), cancels their
// queued work (items not yet sent, their drafts, and calls waiting for an agent or a bot) in the
// same statement, and says where each
// would route next. Items a dispatcher has claimed ('sending') are left to its own re-check.
// The "= any (array(...))" predicates probe the indexes of items and drafts whatever the planner
// believes of their size (statistics lag behind a table that grew since, see 0018).
const auto exitSql = uR"sql(
with x as (
  select * from jsonb_to_recordset(cast(:rows as jsonb))
    as x(id uuid, status text, reason text, exit_reason text, route boolean)),
upd as (
  update campaign_contacts cc
     set status = x.status, exited_at = cast(:at as timestamptz), exit_reason = x.exit_reason,
         next_send_at = null, paused_remaining = null
    from x
   where cc.id = x.id and cc.status = 'active'
  returning cc.id, cc.contact_id, cc.campaign_id, cc.goal, cc.notes, x.reason, x.route),
cq as (
  update outbound_queue o set status = 'cancelled', error = 'exit: ' || upd.reason
    from upd
   where o.enrollment_id = any (array(select u.id from upd u))
     and o.enrollment_id = upd.id and o.status in ('pending', 'drafted', 'approved')
  returning o.staged_draft_id),
cd as (
  update staged_drafts d set status = 'cancelled'
   where d.id = any (array(select q.staged_draft_id from cq q where q.staged_draft_id is not null))
     and d.status in ('awaiting_draft', 'pending_review', 'approved')),
ht as (
  update tasks h set status = 'failed', completed_at = cast(:at as timestamptz),
         payload = h.payload || jsonb_build_object('closed', 'exit: ' || upd.reason)
    from upd
   where h.enrollment_id = upd.id and h.type = 'handoff'
     and h.status in ('pending', 'in_progress')),
t as (
  insert into tasks (type, status, enrollment_id, payload, created_at, completed_at)
  select 'exit_contact', 'done', upd.id, jsonb_build_object('reason', upd.reason),
         cast(:at as timestamptz), cast(:at as timestamptz)
    from upd)
select upd.id as enrollment_id, upd.contact_id, upd.reason, upd.route, c.slug, c.gate,
       c.on_exit ->> upd.reason as target, upd.goal, upd.notes
  from upd join campaigns c on c.id = upd.campaign_id
)sql"_s;

const auto gateSql = uR"sql(
insert into tasks (type, status, assigned_role, enrollment_id, payload, created_at)
select 'meeting_booked', 'pending', 'roles.exec', cast(g ->> 'enrollment_id' as uuid), g,
       cast(:at as timestamptz)
  from jsonb_array_elements(cast(:rows as jsonb)) as g
)sql"_s;

// Routes that would bring a contact back into a campaign it left less than a day ago: an
// on_exit cycle. The exit stands; the contact is not enrolled again.
const auto recentlyLeftSql = uR"sql(
select x.contact_id, x.campaign
  from jsonb_to_recordset(cast(:rows as jsonb)) as x(contact_id text, campaign text)
 where exists (select 1 from campaign_contacts cc join campaigns c on c.id = cc.campaign_id
                where c.slug = x.campaign and cc.contact_id = x.contact_id
                  and cc.status <> 'active'
                  and cc.exited_at > cast(:at as timestamptz) - interval '1 day')
)sql"_s;

} // namespace

std::optional<QStringList>
Engine::insertEnrollments(const QVector<Enrollment> &rows, const QDateTime &at, DbError *error)
{
    QStringList enrolled;
    if (rows.isEmpty())
        return enrolled;
    // In (campaign, contact) order: concurrent enrollers of overlapping sets then wait for each
    // other's rows in one order, and rarely deadlock.
    QVector<const Enrollment *> ordered;
    ordered.reserve(rows.size());
    for (const Enrollment &e : rows)
        ordered.append(&e);
    std::sort(ordered.begin(), ordered.end(), [](const Enrollment *a, const Enrollment *b) {
        return std::tie(a->campaign, a->contact) < std::tie(b->campaign, b->contact);
    });
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(insertEnrollmentsSql);
    for (qsizetype first = 0; first < ordered.size(); first += enrollmentChunk) {
        const qsizetype end = std::min(ordered.size(), first + enrollmentChunk);
        QStringList ids, contacts, campaigns, goals, notes, previous;
        for (qsizetype i = first; i < end; ++i) {
            const Enrollment &e = *ordered.at(i);
            ids.append(newId()); // time-ordered, as touchline_uuid7() would make it
            contacts.append(e.contact);
            campaigns.append(e.campaign);
            goals.append(e.goal);
            notes.append(e.notes);
            previous.append(e.previous);
        }
        bindArrays(q,
                   {{u":ids"_s, ids},
                    {u":contacts"_s, contacts},
                    {u":campaigns"_s, campaigns},
                    {u":goals"_s, goals},
                    {u":notes"_s, notes},
                    {u":previous"_s, previous}});
        q.bindValue(u":at"_s, iso(at));
        if (!run(q, m_db, error))
            return std::nullopt;
        const QSqlRecord record = q.record();
        const int contact = record.indexOf(u"contact_id"_s);
        const int campaign = record.indexOf(u"campaign"_s);
        while (q.next())
            enrolled.append(q.value(contact).toString() + u'@' + q.value(campaign).toString());
        q.finish();
    }
    return enrolled;
}

namespace {

bool knownGoal(const Engine::EnrollRequest &request, DbError *error)
{
    if (request.goal.isEmpty() || Vocabulary::goals().contains(request.goal))
        return true;
    *error = rejected(Tr::tr("unknown goal \"%1\" (expected one of: %2)")
                          .arg(request.goal, Vocabulary::goals().join(u", "_s)));
    return false;
}

} // namespace

std::optional<Engine::EnrollResult> Engine::enroll(const EnrollRequest &request, DbError *error)
{
    const auto at = knownGoal(request, error) ? resolveAt(request.at, error) : std::nullopt;
    if (!at)
        return std::nullopt;
    // Two enrollers of overlapping sets can meet on the same contacts and summary rows in
    // opposite order: the server aborts one of them, which then runs again whole.
    for (int retries = 0;; ++retries) {
        auto result = enrollOnce(request, *at, error);
        if (result || !isTransientConflict(*error) || retries >= maxConflictRetries)
            return result;
    }
}

// What the threads of one streamed request share, under its lock.
struct Engine::Stream
{
    QMutex lock;
    const ContactChunks &next;
    const ChunkDone &chunkDone;
    StreamResult total;
    int taken = 0;
    bool ended = false;
    DbError error;
};

std::optional<Engine::StreamResult> Engine::enrollStream(const EnrollRequest &request,
                                                         const ContactChunks &next,
                                                         const ChunkDone &chunkDone,
                                                         DbError *error,
                                                         const ConnectionOpener &second)
{
    const auto at = knownGoal(request, error) ? resolveAt(request.at, error) : std::nullopt;
    const auto since = at ? databaseNow(error) : std::nullopt;
    if (!since)
        return std::nullopt;
    EnrollRequest base = request;
    base.at = *at;
    base.contacts.clear();
    Stream stream{{}, next, chunkDone, {}, 0, false, {}};
    std::unique_ptr<QThread> helper;
    if (second) {
        helper.reset(QThread::create([&] {
            const QString name = u"touchline-enroll-%1"_s.arg(quintptr(&stream));
            {
                DbError openError;
                const QSqlDatabase db = second(name, &openError);
                if (!openError) // else this thread's chunks go to the first
                    Engine(db).enrollChunks(base, *since, &stream);
            }
            Database::close(name);
        }));
        helper->start();
    }
    enrollChunks(base, *since, &stream);
    if (helper)
        helper->wait();
    if (stream.error) {
        *error = stream.error;
        return std::nullopt;
    }
    *error = {};
    return stream.total;
}

// Takes the next chunk until there is none or a thread failed; each in its own transaction,
// run again whole after a deadlock. The first chunk runs even when empty: the campaign is
// checked and the request audited as enroll() would.
void Engine::enrollChunks(const EnrollRequest &request, const QDateTime &since, Stream *stream)
{
    EnrollRequest chunk = request;
    for (;;) {
        {
            QMutexLocker locked(&stream->lock);
            if (stream->ended || stream->error)
                return;
            chunk.contacts = stream->next(streamChunk, m_db);
            stream->ended = chunk.contacts.isEmpty();
            if (stream->ended && stream->taken > 0)
                return;
            ++stream->taken;
        }
        std::optional<EnrollResult> result;
        DbError error;
        for (int retries = 0;; ++retries) {
            result = enrollOnce(chunk, *request.at, &error, since);
            if (result || !isTransientConflict(error) || retries >= maxConflictRetries)
                break;
        }
        QMutexLocker locked(&stream->lock);
        if (!result) {
            if (!stream->error)
                stream->error = error;
            return;
        }
        ++stream->total.chunks;
        stream->total.enrolled += result->enrolled.size();
        stream->total.refused += result->refused.size();
        if (stream->chunkDone)
            stream->chunkDone(*result);
    }
}

Engine::ConnectionOpener Engine::openerFor(const ConnectionSettings &settings)
{
    return [settings](const QString &name, DbError *error) {
        return Database::open(settings, name, error);
    };
}

Engine::ContactChunks Engine::contactIdsFrom(QIODevice *file)
{
    return [file](qsizetype max, const QSqlDatabase &) {
        QStringList ids;
        while (ids.size() < max && !file->atEnd()) {
            const QByteArray line = file->readLine();
            const QString id = QString::fromUtf8(line).section(u',', 0, 0).trimmed();
            if (!id.isEmpty() && !id.startsWith(u'#') && id != u"id")
                ids.append(id);
        }
        return ids;
    };
}

std::optional<Engine::EnrollResult> Engine::enrollOnce(const EnrollRequest &request,
                                                       const QDateTime &at,
                                                       DbError *error,
                                                       const QDateTime &since)
{
    Transaction tx(m_db);
    if (!tx.isOpen()) {
        *error = tx.beginError();
        return std::nullopt;
    }
    const auto result = enrollIn(request, at, error, QString(), since);
    if (!result)
        return std::nullopt;
    if (!tx.commit()) {
        *error = failureOf(m_db.lastError());
        return std::nullopt;
    }
    *error = {};
    return result;
}

std::optional<Engine::EnrollResult> Engine::enrollIn(const EnrollRequest &request,
                                                     const QDateTime &at,
                                                     DbError *error,
                                                     const QString &previous,
                                                     const QDateTime &since)
{
    QSqlQuery q(m_db);
    q.prepare(campaignForEnrollSql);
    q.bindValue(u":slug"_s, request.campaign);
    if (!run(q, m_db, error))
        return std::nullopt;
    if (!q.next()) {
        *error = rejected(Tr::tr("no campaign with the slug %1").arg(request.campaign));
        return std::nullopt;
    }
    if (q.value(u"status"_s).toString() == u"archived") {
        *error = rejected(
            Tr::tr("campaign %1 is archived and takes no enrollments").arg(request.campaign));
        return std::nullopt;
    }
    const QString clientId = q.value(u"client_id"_s).toString();

    // Per contact only an index and two bits besides the request and the result: the rows go
    // to the server in chunks in (contact) order, the order insertEnrollments keeps, instead of
    // as copies of the whole set (issue 16: memory at 1,000,000 contacts).
    const QStringList &contacts = request.contacts;
    QList<int> order(contacts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&contacts](int a, int b) {
        return contacts.at(a) < contacts.at(b);
    });
    QBitArray firstNamed(contacts.size()); // a contact named twice enrolls once
    QBitArray done(contacts.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i == 0 || contacts.at(order.at(i)) != contacts.at(order.at(i - 1)))
            firstNamed.setBit(order.at(i));
    }
    QVector<Enrollment> rows;
    rows.reserve(std::min(qsizetype(enrollmentChunk), contacts.size()));
    QHash<QString, int> chunkIndex;
    const auto flush = [&]() {
        const auto inserted = insertEnrollments(rows, at, error);
        if (!inserted)
            return false;
        for (const QString &s : *inserted)
            done.setBit(chunkIndex.value(s.left(s.lastIndexOf(u'@'))));
        rows.clear();
        chunkIndex.clear();
        return true;
    };
    for (const int i : std::as_const(order)) {
        if (!firstNamed.testBit(i))
            continue;
        rows.append({contacts.at(i), request.campaign, request.goal, request.notes, previous, {}});
        chunkIndex.insert(contacts.at(i), i);
        if (rows.size() == enrollmentChunk && !flush())
            return std::nullopt;
    }
    if (!rows.isEmpty() && !flush())
        return std::nullopt;
    order = {};
    EnrollResult result;
    QStringList refused;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        if (firstNamed.testBit(i))
            (done.testBit(i) ? result.enrolled : refused).append(contacts.at(i)); // request order
    }
    if (!refused.isEmpty()) {
        q.prepare(refusalsSql);
        q.bindValue(u":client"_s, clientId);
        q.bindValue(u":slug"_s, request.campaign);
        q.bindValue(u":ids"_s, jsonText(QJsonArray::fromStringList(refused)));
        q.bindValue(u":at"_s, iso(at));
        q.bindValue(u":since"_s, since.isValid() ? QVariant(iso(since)) : QVariant());
        if (!run(q, m_db, error))
            return std::nullopt;
        while (q.next()) {
            const QString id = q.value(u"contact_id"_s).toString();
            if (q.value(u"enrolled_by_request"_s).toBool())
                continue; // named in an earlier chunk of this request: enrolled once
            QString why;
            if (!q.value(u"known"_s).toBool())
                why = Tr::tr("no contact with the id %1").arg(id);
            else if (q.value(u"do_not_contact"_s).toBool())
                why = Tr::tr("%1 is marked do-not-contact").arg(id);
            else if (q.value(u"suppressed"_s).toBool())
                why = Tr::tr("%1 unsubscribed from %2").arg(id, clientId);
            else if (q.value(u"active"_s).toBool())
                why = Tr::tr("%1 is already active in %2").arg(id, request.campaign);
            else
                why = Tr::tr("%1 could not be enrolled").arg(id);
            result.refused.append({id, why});
        }
    }
    if (!result.enrolled.isEmpty()) {
        q.prepare(auditEnrollSql);
        q.bindValue(u":slug"_s, request.campaign);
        // A bulk enrollment is audited by its counts (the enrollments say who; 100,000 ids
        // would cost more than the enrollments). A small one names
        // its contacts, and only then carries the free-text notes: an erasure finds an entry by
        // the person's id, so notes that may name them must sit next to it.
        constexpr int namedUpTo = 1000;
        QJsonObject detail{{u"enrolled"_s, int(result.enrolled.size())},
                           {u"refused"_s, int(result.refused.size())},
                           {u"goal"_s, request.goal},
                           {u"at"_s, iso(at)}};
        if (result.enrolled.size() <= namedUpTo) {
            detail.insert(u"contacts"_s, QJsonArray::fromStringList(result.enrolled));
            detail.insert(u"notes"_s, request.notes);
        }
        q.bindValue(u":detail"_s, jsonText(detail));
        if (!run(q, m_db, error))
            return std::nullopt;
    }
    return result;
}

std::optional<Engine::Routed> Engine::exitEnrollments(const QVector<Exit> &exits,
                                                      const QDateTime &at,
                                                      DbError *error,
                                                      QHash<QString, Routed> *perEnrollment)
{
    Routed routed;
    if (exits.isEmpty())
        return routed;
    QJsonArray input;
    for (const Exit &e : exits)
        input.append(QJsonObject{{u"id"_s, e.enrollmentId},
                                 {u"status"_s, exitStatus(e.reason)},
                                 {u"reason"_s, e.reason},
                                 {u"exit_reason"_s, e.exitReason},
                                 {u"route"_s, e.route}});
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(exitSql);
    q.bindValue(u":rows"_s, jsonText(input));
    q.bindValue(u":at"_s, iso(at));
    if (!run(q, m_db, error))
        return std::nullopt;
    QVector<Enrollment> next;
    QJsonArray gated;
    const ColumnReader v(q);
    while (q.next()) {
        ++routed.exited;
        if (!v(u"route"_s).toBool())
            continue;
        const QString enrollment = v(u"enrollment_id"_s).toString();
        const QString reason = v(u"reason"_s).toString();
        const QString target = v(u"target"_s).toString();
        if (reason == u"converted" && v(u"gate"_s).toBool()) {
            // The exec gate: a booked meeting waits for the approver, with on_exit as the hint.
            gated.append(QJsonObject{
                {u"enrollment_id"_s, enrollment},
                {u"contact_id"_s, v(u"contact_id"_s).toString()},
                {u"campaign"_s, v(u"slug"_s).toString()},
                {u"suggested"_s, target.isEmpty() ? QJsonValue() : QJsonValue(target)}});
            routed.gated = true;
            if (perEnrollment)
                (*perEnrollment)[enrollment].gated = true;
        } else if (!target.isEmpty()) {
            next.append({v(u"contact_id"_s).toString(),
                         target,
                         v(u"goal"_s).toString(),
                         v(u"notes"_s).toString(),
                         enrollment,
                         v(u"slug"_s).toString()});
        }
    }
    if (!gated.isEmpty()) {
        q.prepare(gateSql);
        q.bindValue(u":rows"_s, jsonText(gated));
        q.bindValue(u":at"_s, iso(at));
        if (!run(q, m_db, error))
            return std::nullopt;
    }
    if (!dropCycles(&next, at, &routed.warnings, error))
        return std::nullopt;
    const auto enrolled = insertEnrollments(next, at, error);
    if (!enrolled)
        return std::nullopt;
    routed.enrolled = int(enrolled->size());
    routed.enrolledIn = *enrolled;
    if (perEnrollment) {
        const QSet<QString> done(enrolled->cbegin(), enrolled->cend());
        for (const Enrollment &e : std::as_const(next)) {
            const QString key = e.contact + u'@' + e.campaign;
            if (done.contains(key))
                (*perEnrollment)[e.previous].enrolledIn.append(key);
        }
        for (const QString &w : std::as_const(routed.warnings))
            for (auto it = perEnrollment->begin(); it != perEnrollment->end(); ++it)
                it->warnings.append(w);
    }
    return routed;
}

bool Engine::dropCycles(QVector<Enrollment> *next,
                        const QDateTime &at,
                        QStringList *warnings,
                        DbError *error)
{
    if (next->isEmpty())
        return true;
    QJsonArray input;
    for (const Enrollment &e : std::as_const(*next))
        input.append(QJsonObject{{u"contact_id"_s, e.contact}, {u"campaign"_s, e.campaign}});
    QSqlQuery q(m_db);
    q.prepare(recentlyLeftSql);
    q.bindValue(u":rows"_s, jsonText(input));
    q.bindValue(u":at"_s, iso(at));
    if (!run(q, m_db, error))
        return false;
    QSet<QString> cyclic;
    while (q.next())
        cyclic.insert(q.value(u"contact_id"_s).toString() + u'@'
                      + q.value(u"campaign"_s).toString());
    if (cyclic.isEmpty())
        return true;
    QVector<Enrollment> kept;
    for (const Enrollment &e : std::as_const(*next)) {
        if (!cyclic.contains(e.contact + u'@' + e.campaign)) {
            kept.append(e);
            continue;
        }
        const QString w = Tr::tr("on_exit cycle %1 -> %2: %3 left %2 less than a day ago and is "
                                 "not enrolled again; the exit from %1 stands")
                              .arg(e.from, e.campaign, e.contact);
        qWarning("%s", qPrintable(w));
        warnings->append(w);
    }
    *next = kept;
    return true;
}

bool Engine::pause(const QString &campaign, std::optional<QDateTime> at, DbError *error)
{
    return setPaused(campaign, at, true, error);
}

bool Engine::resume(const QString &campaign, std::optional<QDateTime> at, DbError *error)
{
    return setPaused(campaign, at, false, error);
}

namespace {

// Park with the remaining delay, or continue from `at` with it; then the campaign's status
// (its trigger then finds nothing left to do).
const auto parkSql = uR"sql(
update campaign_contacts cc
   set paused_remaining = greatest(cc.next_send_at - cast(:at as timestamptz), interval '0'),
       next_send_at = null
  from campaigns c
 where c.id = cc.campaign_id and c.slug = :slug and cc.status = 'active'
   and cc.next_send_at is not null
)sql"_s;

const auto unparkSql = uR"sql(
update campaign_contacts cc
   set next_send_at = cast(:at as timestamptz) + cc.paused_remaining, paused_remaining = null
  from campaigns c
 where c.id = cc.campaign_id and c.slug = :slug and cc.status = 'active'
   and cc.paused_remaining is not null
)sql"_s;

const auto campaignStatusSql = uR"sql(
update campaigns
   set status = :status, paused_at = cast(:paused_at as timestamptz), version = version + 1,
       updated_at = now()
 where slug = :slug
)sql"_s;

} // namespace

bool Engine::setPaused(const QString &campaign,
                       std::optional<QDateTime> at,
                       bool paused,
                       DbError *error)
{
    const auto when = resolveAt(at, error);
    if (!when)
        return false;
    QSqlQuery q(m_db);
    Transaction tx(m_db);
    if (!tx.isOpen()) {
        *error = tx.beginError();
        return false;
    }
    q.prepare(paused ? parkSql : unparkSql);
    q.bindValue(u":at"_s, iso(*when));
    q.bindValue(u":slug"_s, campaign);
    if (!run(q, m_db, error))
        return false;
    q.prepare(campaignStatusSql);
    q.bindValue(u":status"_s, paused ? u"paused"_s : u"active"_s);
    q.bindValue(u":paused_at"_s,
                paused ? QVariant(iso(*when)) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(u":slug"_s, campaign);
    if (!run(q, m_db, error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = rejected(Tr::tr("no campaign with the slug %1").arg(campaign));
        return false;
    }
    if (!tx.commit()) {
        *error = failureOf(m_db.lastError());
        return false;
    }
    *error = {};
    return true;
}

bool Engine::setDailyCap(const QString &clientId, const QString &channel, int limit, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(uR"sql(
insert into channel_caps (client_id, channel, daily_limit) values (:c, :ch, :l)
on conflict (client_id, channel) do update set daily_limit = excluded.daily_limit
)sql"_s);
    q.bindValue(u":c"_s, clientId);
    q.bindValue(u":ch"_s, channel);
    q.bindValue(u":l"_s, limit);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *error = {};
    return true;
}

} // namespace Touchline
