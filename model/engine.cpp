#include "engine.h"

#include "flow.h"
#include "templatedrafter.h"
#include "tr.h"
#include "vocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromEpochMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}

DbError rejected(const QString &message)
{
    return {DbError::Kind::Rejected, message};
}

// Rolls back unless committed; every engine transaction is short and ends on every path.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_open = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// What an outcome means when the step maps nothing for it.
std::optional<OutcomeAction> defaultAction(const QString &key)
{
    if (key == u"meeting_booked")
        return OutcomeAction::makeExit(u"converted"_s);
    if (key == u"not_interested" || key == u"unsubscribe" || key == u"bounced"
        || key == u"sit_uncallable")
        return OutcomeAction::makeExit(u"rejected"_s);
    return std::nullopt;
}

std::optional<OutcomeAction> parseAction(const QJsonObject &o)
{
    if (o.contains(u"goto"_s))
        return OutcomeAction::makeGoto(o.value(u"goto"_s).toInt());
    if (o.contains(u"exit"_s))
        return OutcomeAction::makeExit(o.value(u"exit"_s).toString());
    if (o.contains(u"handoff"_s))
        return OutcomeAction::makeHandoff(o.value(u"handoff"_s).toString());
    if (o.contains(u"retry"_s)) {
        const QJsonObject r = o.value(u"retry"_s).toObject();
        return OutcomeAction::makeRetry(r.value(u"after_minutes"_s).toInt(),
                                        r.value(u"max_attempts"_s).toInt());
    }
    return std::nullopt;
}

std::optional<SendWindow> parseWindow(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    SendWindow w;
    for (const QJsonValue &d : o.value(u"days"_s).toArray())
        w.days.append(d.toString());
    w.start = o.value(u"start"_s).toString();
    w.end = o.value(u"end"_s).toString();
    return w;
}

// The first moment at or after `at` inside the window, in the contact's zone. Local wall-clock
// arithmetic, so 09:00 stays 09:00 across a DST change.
QDateTime
windowOpen(const QDateTime &at, const QTimeZone &zone, const std::optional<SendWindow> &window)
{
    if (!window)
        return at;
    const QTime open = QTime::fromString(window->start, u"HH:mm"_s);
    const QTime close = QTime::fromString(window->end, u"HH:mm"_s);
    const QDateTime local = at.toTimeZone(zone);
    for (int i = 0; i < 8; ++i) {
        const QDate day = local.date().addDays(i);
        if (!window->days.contains(Vocabulary::weekdays().at(day.dayOfWeek() - 1)))
            continue;
        if (i > 0 || local.time() < open)
            return QDateTime(day, open, zone).toUTC();
        if (local.time() < close)
            return at;
    }
    return at;
}

QString exitStatus(const QString &reason)
{
    if (reason == u"converted")
        return u"converted"_s;
    if (reason == u"rejected")
        return u"rejected"_s;
    return u"timed_out"_s;
}

} // namespace

Engine::Engine(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<QDateTime> Engine::databaseNow(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"select (extract(epoch from now()) * 1000)::bigint"_s) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    return fromEpochMs(q.value(0));
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
    if (!q.exec(u"select (extract(epoch from min(next_send_at)) * 1000)::bigint "
                "from campaign_contacts where status = 'active'"_s)
        || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    *error = {};
    return fromEpochMs(q.value(0));
}

std::optional<QStringList>
Engine::insertEnrollments(const QVector<Enrollment> &rows, const QDateTime &at, DbError *error)
{
    if (rows.isEmpty())
        return QStringList();
    QJsonArray input;
    for (const Enrollment &e : rows) {
        QJsonObject o{{u"contact_id"_s, e.contact}, {u"campaign"_s, e.campaign}};
        if (!e.goal.isEmpty())
            o.insert(u"goal"_s, e.goal);
        if (!e.notes.isEmpty())
            o.insert(u"notes"_s, e.notes);
        if (!e.previous.isEmpty())
            o.insert(u"previous"_s, e.previous);
        input.append(o);
    }
    QSqlQuery q(m_db);
    q.prepare(
        u"with x as (select * from jsonb_to_recordset(cast(:rows as jsonb)) "
        "  as x(contact_id text, campaign text, goal text, notes text, previous uuid)), "
        "ins as (insert into campaign_contacts (contact_id, campaign_id, client_id, revision, "
        "    current_step, next_send_at, paused_remaining, enrolled_at, goal, notes, "
        "    previous_enrollment_id) "
        "  select x.contact_id, c.id, c.client_id, c.current_revision, 1, "
        "    case when c.status = 'paused' then null else cast(:at as timestamptz) "
        "      + make_interval(days => s.delay_days, mins => s.delay_minutes) end, "
        "    case when c.status = 'paused' then "
        "      make_interval(days => s.delay_days, mins => s.delay_minutes) end, "
        "    cast(:at as timestamptz), x.goal, x.notes, x.previous "
        "  from x join campaigns c on c.slug = x.campaign "
        "  join campaign_steps s on s.campaign_id = c.id and s.revision = c.current_revision "
        "    and s.step_number = 1 "
        "  join contacts ct on ct.id = x.contact_id "
        "  where c.status <> 'archived' and not ct.do_not_contact and not exists ("
        "    select 1 from suppressions sp where sp.client_id = c.client_id "
        "    and sp.contact_id = x.contact_id) "
        "  on conflict (contact_id, campaign_id) where status = 'active' do nothing "
        "  returning id, contact_id, campaign_id, goal, notes), "
        "t as (insert into tasks (type, status, assigned_role, enrollment_id, payload, "
        "    created_at, completed_at) "
        "  select 'enroll_contact', 'done', c.owner_role, ins.id, jsonb_build_object("
        "    'contact_id', ins.contact_id, 'campaign', c.slug, 'goal', ins.goal, "
        "    'notes', ins.notes), cast(:at as timestamptz), cast(:at as timestamptz) "
        "  from ins join campaigns c on c.id = ins.campaign_id) "
        "select ins.contact_id, c.slug from ins join campaigns c on c.id = ins.campaign_id"_s);
    q.bindValue(u":rows"_s, jsonText(input));
    q.bindValue(u":at"_s, iso(at));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QStringList enrolled;
    while (q.next())
        enrolled.append(q.value(0).toString() + u'@' + q.value(1).toString());
    return enrolled;
}

std::optional<Engine::EnrollResult> Engine::enroll(const EnrollRequest &request, DbError *error)
{
    const auto at = resolveAt(request.at, error);
    if (!at)
        return std::nullopt;
    if (!request.goal.isEmpty() && !Vocabulary::goals().contains(request.goal)) {
        *error = rejected(Tr::tr("unknown goal \"%1\" (expected one of: %2)")
                              .arg(request.goal, Vocabulary::goals().join(u", "_s)));
        return std::nullopt;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"select status, client_id from campaigns where slug = :slug"_s);
    q.bindValue(u":slug"_s, request.campaign);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = rejected(Tr::tr("no campaign with the slug %1").arg(request.campaign));
        return std::nullopt;
    }
    if (q.value(0).toString() == u"archived") {
        *error = rejected(
            Tr::tr("campaign %1 is archived and takes no enrollments").arg(request.campaign));
        return std::nullopt;
    }
    const QString clientId = q.value(1).toString();

    QVector<Enrollment> rows;
    QStringList unique;
    for (const QString &contact : request.contacts) {
        if (unique.contains(contact))
            continue;
        unique.append(contact);
        rows.append({contact, request.campaign, request.goal, request.notes, QString()});
    }
    const auto inserted = insertEnrollments(rows, *at, error);
    if (!inserted)
        return std::nullopt;
    EnrollResult result;
    QSet<QString> done;
    for (const QString &s : *inserted) {
        const QString contact = s.section(u'@', 0, 0);
        result.enrolled.append(contact);
        done.insert(contact);
    }
    QStringList refused;
    for (const QString &c : unique) {
        if (!done.contains(c))
            refused.append(c);
    }
    if (!refused.isEmpty()) {
        // Say why, contact by contact: the insert refused them silently.
        q.prepare(
            u"select x.id, ct.id is not null, coalesce(ct.do_not_contact, false), "
            "exists (select 1 from suppressions sp where sp.client_id = :client "
            "        and sp.contact_id = x.id), "
            "exists (select 1 from campaign_contacts cc join campaigns c on c.id = cc.campaign_id "
            "        where c.slug = :slug and cc.contact_id = x.id and cc.status = 'active') "
            "from jsonb_array_elements_text(cast(:ids as jsonb)) as x(id) "
            "left join contacts ct on ct.id = x.id"_s);
        q.bindValue(u":client"_s, clientId);
        q.bindValue(u":slug"_s, request.campaign);
        q.bindValue(u":ids"_s, jsonText(QJsonArray::fromStringList(refused)));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
        while (q.next()) {
            QString why;
            if (!q.value(1).toBool())
                why = Tr::tr("no contact with the id %1").arg(q.value(0).toString());
            else if (q.value(2).toBool())
                why = Tr::tr("%1 is marked do-not-contact").arg(q.value(0).toString());
            else if (q.value(3).toBool())
                why = Tr::tr("%1 unsubscribed from %2").arg(q.value(0).toString(), clientId);
            else if (q.value(4).toBool())
                why = Tr::tr("%1 is already active in %2")
                          .arg(q.value(0).toString(), request.campaign);
            else
                why = Tr::tr("%1 could not be enrolled").arg(q.value(0).toString());
            result.refused.append({q.value(0).toString(), why});
        }
    }
    if (!result.enrolled.isEmpty()) {
        q.prepare(u"insert into audit_log (action, subject, detail) values ('enroll', :slug, "
                  "cast(:detail as jsonb))"_s);
        q.bindValue(u":slug"_s, request.campaign);
        q.bindValue(u":detail"_s,
                    jsonText(QJsonArray{
                        QJsonObject{{u"contacts"_s, QJsonArray::fromStringList(result.enrolled)},
                                    {u"goal"_s, request.goal},
                                    {u"notes"_s, request.notes},
                                    {u"at"_s, iso(*at)}}}));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
    }
    if (!tx.commit()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return std::nullopt;
    }
    *error = {};
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
    q.prepare(
        u"with x as (select * from jsonb_to_recordset(cast(:rows as jsonb)) "
        "  as x(id uuid, status text, reason text, exit_reason text, route boolean)), "
        "upd as (update campaign_contacts cc set status = x.status, "
        "    exited_at = cast(:at as timestamptz), exit_reason = x.exit_reason, "
        "    next_send_at = null, paused_remaining = null "
        "  from x where cc.id = x.id and cc.status = 'active' "
        "  returning cc.id, cc.contact_id, cc.campaign_id, cc.goal, cc.notes, x.reason, x.route), "
        "t as (insert into tasks (type, status, enrollment_id, payload, created_at, completed_at) "
        "  select 'exit_contact', 'done', upd.id, jsonb_build_object('reason', upd.reason), "
        "    cast(:at as timestamptz), cast(:at as timestamptz) from upd) "
        "select upd.id, upd.contact_id, upd.reason, upd.route, c.slug, c.gate, "
        "  c.on_exit ->> upd.reason, upd.goal, upd.notes "
        "from upd join campaigns c on c.id = upd.campaign_id"_s);
    q.bindValue(u":rows"_s, jsonText(input));
    q.bindValue(u":at"_s, iso(at));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<Enrollment> next;
    QJsonArray gated;
    while (q.next()) {
        ++routed.exited;
        if (!q.value(3).toBool())
            continue;
        const QString reason = q.value(2).toString();
        const QString target = q.value(6).toString();
        if (reason == u"converted" && q.value(5).toBool()) {
            // The exec gate: a booked meeting waits for the approver, with on_exit as the hint.
            gated.append(QJsonObject{
                {u"enrollment_id"_s, q.value(0).toString()},
                {u"contact_id"_s, q.value(1).toString()},
                {u"campaign"_s, q.value(4).toString()},
                {u"suggested"_s, target.isEmpty() ? QJsonValue() : QJsonValue(target)}});
            routed.gated = true;
            if (perEnrollment)
                (*perEnrollment)[q.value(0).toString()].gated = true;
        } else if (!target.isEmpty()) {
            next.append({q.value(1).toString(),
                         target,
                         q.value(7).toString(),
                         q.value(8).toString(),
                         q.value(0).toString()});
        }
    }
    if (!gated.isEmpty()) {
        q.prepare(
            u"insert into tasks (type, status, assigned_role, enrollment_id, payload, created_at) "
            "select 'meeting_booked', 'pending', 'roles.exec', cast(g ->> 'enrollment_id' as "
            "uuid), "
            "g, cast(:at as timestamptz) from jsonb_array_elements(cast(:rows as jsonb)) as g"_s);
        q.bindValue(u":rows"_s, jsonText(gated));
        q.bindValue(u":at"_s, iso(at));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
    }
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
    }
    return routed;
}

int Engine::fireBatch(const QDateTime &at, int batchSize, TickResult *result, DbError *error)
{
    Transaction tx(m_db);
    if (!tx.isOpen()) {
        *error = {DbError::Kind::Unreachable, Database::describe(m_db.lastError())};
        return -1;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Claim: due rows in (time, id) order that no other scheduler holds, locked to the end of
    // this transaction. `id = any(array(...))` keeps the join on the primary key.
    q.prepare(
        u"select cc.id, cc.contact_id, cc.campaign_id, cc.client_id, cc.current_step, cc.attempt, "
        "  (extract(epoch from cc.next_send_at) * 1000)::bigint, c.name, c.status, "
        "  c.no_engagement_after_days, s.channel, s.handler, s.content_type, "
        "  s.template_instructions, s.delay_days * 1440 + s.delay_minutes, "
        "  nx.delay_days * 1440 + nx.delay_minutes, ct.first_name, ct.last_name, ct.email, "
        "  ct.phone, ct.linkedin_url, ct.company, ct.title, ct.attributes::text, "
        "ct.do_not_contact, "
        "  exists (select 1 from suppressions sp where sp.client_id = cc.client_id "
        "          and sp.contact_id = cc.contact_id), "
        "  ct.time_zone, c.send_window::text, "
        // The client's quiet hours for voice and SMS (0012): no send window overrides them.
        "  to_char(qh.start_time, 'HH24:MI'), to_char(qh.end_time, 'HH24:MI') "
        "from campaign_contacts cc "
        "join campaigns c on c.id = cc.campaign_id "
        "join contacts ct on ct.id = cc.contact_id "
        "left join campaign_steps s on s.campaign_id = cc.campaign_id and s.revision = cc.revision "
        "  and s.step_number = cc.current_step "
        "left join campaign_steps nx on nx.campaign_id = cc.campaign_id and nx.revision = "
        "cc.revision "
        "  and nx.step_number = cc.current_step + 1 "
        "left join client_quiet_hours qh on qh.client_id = cc.client_id and qh.channel = s.channel "
        "where cc.id = any (array(select d.id from campaign_contacts d where d.status = 'active' "
        "  and d.next_send_at <= cast(:at as timestamptz) order by d.next_send_at, d.id "
        "  limit :batch for update skip locked))"_s);
    q.bindValue(u":at"_s, iso(at));
    q.bindValue(u":batch"_s, batchSize);
    if (!q.exec()) {
        *error = failure(q);
        return -1;
    }

    struct Claimed
    {
        QString id, contact, client, channel, handler, contentType, instructions, campaignName;
        int step = 0, attempt = 0, delay = 0, nextDelay = -1, noEngagementDays = 7;
        bool hasStep = false;
        QDateTime due, windowOpen, nextDay;
        QHash<QString, QString> fields;
    };
    QVector<Claimed> claimed;
    QVector<Exit> exits;
    QJsonArray parked;
    QJsonArray postponed;
    QSet<QPair<QString, QString>> capKeys;
    QHash<QString, QTimeZone> zones;
    QHash<QString, std::optional<SendWindow>> windows;
    while (q.next()) {
        Claimed c;
        c.id = q.value(0).toString();
        c.contact = q.value(1).toString();
        c.client = q.value(3).toString();
        c.step = q.value(4).toInt();
        c.attempt = q.value(5).toInt();
        c.due = fromEpochMs(q.value(6));
        c.campaignName = q.value(7).toString();
        const QString campaignStatus = q.value(8).toString();
        c.noEngagementDays = q.value(9).toInt();
        c.hasStep = !q.value(10).isNull();
        c.channel = q.value(10).toString();
        c.handler = q.value(11).toString();
        c.contentType = q.value(12).toString();
        c.instructions = q.value(13).toString();
        c.delay = q.value(14).toInt();
        c.nextDelay = q.value(15).isNull() ? -1 : q.value(15).toInt();
        static const QStringList columns{u"first_name"_s,
                                         u"last_name"_s,
                                         u"email"_s,
                                         u"phone"_s,
                                         u"linkedin_url"_s,
                                         u"company"_s,
                                         u"title"_s};
        for (int i = 0; i < columns.size(); ++i)
            c.fields.insert(columns.at(i), q.value(16 + i).toString());
        const QJsonObject attributes
            = QJsonDocument::fromJson(q.value(23).toString().toUtf8()).object();
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            c.fields.insert(it.key(),
                            it.value().isString() ? it.value().toString()
                                                  : it.value().toVariant().toString());
        const bool doNotContact = q.value(24).toBool();
        const bool suppressed = q.value(25).toBool();
        // Windows are local wall-clock times: computed here per (zone, window), a handful per
        // batch, rather than once per row in the database.
        const QString zoneName = q.value(26).toString();
        auto zone = zones.find(zoneName);
        if (zone == zones.end()) {
            QTimeZone tz(zoneName.toUtf8());
            zone = zones.insert(zoneName, tz.isValid() ? tz : QTimeZone::utc());
        }
        const QString windowText = q.value(27).toString();
        auto window = windows.find(windowText);
        if (window == windows.end())
            window = windows.insert(windowText, parseWindow(windowText));
        c.windowOpen = windowOpen(at, *zone, *window);
        if (!q.value(28).isNull()) {
            // Quiet hours are a window on every day; held until both are open.
            const SendWindow quiet{Vocabulary::weekdays(), q.value(28).toString(),
                                   q.value(29).toString()};
            for (int i = 0; i < 2; ++i)
                c.windowOpen = windowOpen(windowOpen(c.windowOpen, *zone, quiet), *zone, *window);
        }
        c.nextDay = QDateTime(at.toTimeZone(*zone).date().addDays(1), QTime(0, 0), *zone).toUTC();

        if (campaignStatus == u"paused") {
            parked.append(QJsonObject{{u"id"_s, c.id}});
        } else if (doNotContact || suppressed) {
            // Checked again at firing time: the flag may have been set since enrollment.
            exits.append(
                {c.id, u"rejected"_s, doNotContact ? u"do_not_contact"_s : u"suppressed"_s, false});
        } else if (!c.hasStep) {
            exits.append({c.id, u"no_engagement"_s, u"no_engagement"_s, true});
        } else if (c.windowOpen.isValid() && c.windowOpen > at) {
            postponed.append(QJsonObject{{u"id"_s, c.id}, {u"next_at"_s, iso(c.windowOpen)}});
        } else {
            capKeys.insert({c.client, c.channel});
            claimed.append(c);
        }
    }
    const int claimedCount = int(claimed.size() + exits.size() + parked.size() + postponed.size());
    if (claimedCount == 0) {
        *error = {};
        return 0;
    }

    // Daily caps: lock the caps concerned so concurrent schedulers count the same touches.
    QHash<QPair<QString, QString>, int> remaining;
    if (!capKeys.isEmpty()) {
        QJsonArray keys;
        for (const auto &k : capKeys)
            keys.append(QJsonObject{{u"client_id"_s, k.first}, {u"channel"_s, k.second}});
        q.prepare(u"select cap.client_id, cap.channel, cap.daily_limit - ("
                  "  select count(*) from outbound_queue o where o.client_id = cap.client_id "
                  "  and o.channel = cap.channel "
                  "  and o.scheduled_at >= date_trunc('day', cast(:at as timestamptz)) "
                  "  and o.scheduled_at < date_trunc('day', cast(:at as timestamptz)) + interval "
                  "'1 day') "
                  "from channel_caps cap join jsonb_to_recordset(cast(:keys as jsonb)) "
                  "  as k(client_id text, channel text) "
                  "  on k.client_id = cap.client_id and k.channel = cap.channel "
                  "order by cap.client_id, cap.channel for update of cap"_s);
        q.bindValue(u":at"_s, iso(at));
        q.bindValue(u":keys"_s, jsonText(keys));
        if (!q.exec()) {
            *error = failure(q);
            return -1;
        }
        while (q.next())
            remaining.insert({q.value(0).toString(), q.value(1).toString()}, q.value(2).toInt());
    }

    QJsonArray fired;
    for (const Claimed &c : std::as_const(claimed)) {
        const auto cap = remaining.find({c.client, c.channel});
        if (cap != remaining.end()) {
            if (*cap <= 0) {
                postponed.append(QJsonObject{{u"id"_s, c.id}, {u"next_at"_s, iso(c.nextDay)}});
                continue;
            }
            --*cap;
        }
        // Later steps keep their spacing from when this one was due; a step fired much later
        // (a window, a cap, a stopped scheduler) carries the rest along instead of bunching up.
        const QDateTime base = c.due.secsTo(at) > lateShiftMinutes * 60 ? at : c.due;
        QDateTime next;
        if (c.nextDelay >= 0)
            next = base.addSecs(qint64(std::max(0, c.nextDelay - c.delay)) * 60);
        else
            next = base.addDays(c.noEngagementDays);
        QJsonObject row{{u"id"_s, c.id},
                        {u"step"_s, c.step},
                        {u"attempt"_s, c.attempt},
                        {u"channel"_s, c.channel},
                        {u"next_at"_s, iso(next)},
                        {u"outbound_id"_s, newId()}};
        if (!c.handler.isEmpty())
            row.insert(u"handler"_s, c.handler);
        if (c.channel != u"voice") {
            const TemplateDrafter::Draft d
                = TemplateDrafter::draft(c.campaignName, c.contentType, c.instructions, c.fields);
            row.insert(u"draft_id"_s, newId());
            row.insert(u"subject"_s, d.subject);
            row.insert(u"body"_s, d.body);
            row.insert(u"unknown"_s, QJsonArray::fromStringList(d.unknownPlaceholders));
        }
        fired.append(row);
    }

    if (!fired.isEmpty()) {
        // execute_sequence_step, all in one statement: the step advance is guarded by the
        // expected step and attempt, the queue item by its unique (enrollment, step, attempt).
        q.prepare(
            u"with f as (select * from jsonb_to_recordset(cast(:rows as jsonb)) as f(id uuid, "
            "    step int, attempt int, channel text, handler text, next_at timestamptz, "
            "    outbound_id uuid, draft_id uuid, subject text, body text, unknown text[])), "
            "adv as (update campaign_contacts cc set current_step = f.step + 1, attempt = 1, "
            "    last_fired_step = f.step, last_fired_attempt = f.attempt, "
            "    last_fired_at = cast(:at as timestamptz), next_send_at = f.next_at "
            "  from f where cc.id = any (array(select id from f)) and cc.id = f.id "
            "    and cc.status = 'active' and cc.current_step = f.step and cc.attempt = f.attempt "
            "  returning cc.id, cc.contact_id, cc.campaign_id, cc.client_id), "
            "d as (insert into staged_drafts (id, client_id, contact_id, campaign_id, "
            "enrollment_id, "
            "    step_number, channel, subject, body, unknown_placeholders, created_at) "
            "  select f.draft_id, adv.client_id, adv.contact_id, adv.campaign_id, adv.id, f.step, "
            "    f.channel, f.subject, f.body, coalesce(f.unknown, '{}'), cast(:at as timestamptz) "
            "  from f join adv on adv.id = f.id where f.draft_id is not null), "
            "o as (insert into outbound_queue (id, enrollment_id, client_id, contact_id, "
            "campaign_id, "
            "    step_number, attempt, channel, handler, staged_draft_id, scheduled_at, status, "
            "    created_at) "
            "  select f.outbound_id, adv.id, adv.client_id, adv.contact_id, adv.campaign_id, "
            "f.step, "
            "    f.attempt, f.channel, f.handler, f.draft_id, cast(:at as timestamptz), "
            "    case when f.draft_id is null then 'pending' else 'drafted' end, "
            "    cast(:at as timestamptz) "
            "  from f join adv on adv.id = f.id), "
            "t as (insert into tasks (type, status, enrollment_id, payload, created_at, "
            "completed_at) "
            "  select 'execute_sequence_step', 'done', adv.id, jsonb_build_object('step', f.step, "
            "    'attempt', f.attempt, 'channel', f.channel, 'outbound_id', f.outbound_id, "
            "    'staged_draft_id', f.draft_id), cast(:at as timestamptz), cast(:at as "
            "timestamptz) "
            "  from f join adv on adv.id = f.id) "
            "select count(*) from adv"_s);
        q.bindValue(u":rows"_s, jsonText(fired));
        q.bindValue(u":at"_s, iso(at));
        if (!q.exec() || !q.next()) {
            *error = failure(q);
            return -1;
        }
        result->fired += q.value(0).toInt();
    }
    if (!postponed.isEmpty()) {
        q.prepare(
            u"update campaign_contacts cc set next_send_at = p.next_at "
            "from jsonb_to_recordset(cast(:rows as jsonb)) as p(id uuid, next_at timestamptz) "
            "where cc.id = p.id and cc.status = 'active'"_s);
        q.bindValue(u":rows"_s, jsonText(postponed));
        if (!q.exec()) {
            *error = failure(q);
            return -1;
        }
        result->postponed += int(postponed.size());
    }
    if (!parked.isEmpty()) {
        q.prepare(u"update campaign_contacts cc set paused_remaining = "
                  "  greatest(cc.next_send_at - cast(:at as timestamptz), interval '0'), "
                  "  next_send_at = null "
                  "from jsonb_to_recordset(cast(:rows as jsonb)) as p(id uuid) "
                  "where cc.id = p.id and cc.status = 'active'"_s);
        q.bindValue(u":rows"_s, jsonText(parked));
        q.bindValue(u":at"_s, iso(at));
        if (!q.exec()) {
            *error = failure(q);
            return -1;
        }
        result->parked += int(parked.size());
    }
    const auto routed = exitEnrollments(exits, at, error);
    if (!routed)
        return -1;
    result->exited += routed->exited;
    result->enrolled += routed->enrolled;
    if (!tx.commit()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return -1;
    }
    ++result->batches;
    *error = {};
    return claimedCount;
}

std::optional<Engine::TickResult>
Engine::tick(std::optional<QDateTime> at, int batchSize, DbError *error)
{
    const auto when = resolveAt(at, error);
    if (!when)
        return std::nullopt;
    TickResult result;
    for (;;) {
        const int n = fireBatch(*when, std::max(1, batchSize), &result, error);
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
    }
    *error = {};
    return result;
}

std::optional<Engine::OutcomeResult> Engine::recordOutcome(const OutcomeRequest &r, DbError *error)
{
    const auto items = recordOutcomes({r}, r.at, error);
    if (!items)
        return std::nullopt;
    const OutcomeBatchItem &item = items->constFirst();
    if (!item.result) {
        *error = rejected(item.rejection);
        return std::nullopt;
    }
    return item.result;
}

std::optional<QVector<Engine::OutcomeBatchItem>> Engine::recordOutcomes(
    const QVector<OutcomeRequest> &requests, std::optional<QDateTime> when, DbError *error)
{
    const auto at = resolveAt(when, error);
    if (!at)
        return std::nullopt;
    QVector<OutcomeBatchItem> items(requests.size());
    if (requests.isEmpty())
        return items;

    Transaction tx(m_db);
    if (!tx.isOpen()) {
        *error = {DbError::Kind::Unreachable, Database::describe(m_db.lastError())};
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);

    // 1. Which contact, campaign and active enrollment each request names.
    QJsonArray input;
    for (int i = 0; i < requests.size(); ++i)
        input.append(QJsonObject{{u"idx"_s, i},
                                 {u"contact"_s, requests.at(i).contact},
                                 {u"campaign"_s, requests.at(i).campaign}});
    q.prepare(
        u"select r.idx, ct.id is not null, c.id is not null, "
        "(select cc.id from campaign_contacts cc where cc.contact_id = r.contact "
        " and cc.campaign_id = c.id and cc.status = 'active') "
        "from jsonb_to_recordset(cast(:rows as jsonb)) as r(idx int, contact text, campaign text) "
        "left join contacts ct on ct.id = r.contact "
        "left join campaigns c on c.slug = r.campaign"_s);
    q.bindValue(u":rows"_s, jsonText(input));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<QString> enrollmentOf(requests.size());
    QSet<QString> enrollmentIds;
    while (q.next()) {
        const int i = q.value(0).toInt();
        const OutcomeRequest &r = requests.at(i);
        if (!q.value(2).toBool())
            items[i].rejection = Tr::tr("no campaign with the slug %1").arg(r.campaign);
        else if (!q.value(1).toBool())
            items[i].rejection = Tr::tr("no contact with the id %1").arg(r.contact);
        else if (q.value(3).isNull())
            items[i].rejection
                = Tr::tr("%1 has no active enrollment in %2").arg(r.contact, r.campaign);
        else
            enrollmentOf[i] = q.value(3).toString();
        if (!enrollmentOf.at(i).isEmpty())
            enrollmentIds.insert(enrollmentOf.at(i));
    }

    // 2. Lock those enrollments (in id order: no deadlock with another batch) and read them.
    struct State
    {
        QString campaignId, clientId, contact;
        int revision = 0, currentStep = 1, attempt = 1, lastFired = 0, lastAttempt = 1;
        int noEngagementDays = Vocabulary::defaultNoEngagementAfterDays;
        QDateTime nextSend;
        bool active = true, changed = false;
    };
    QHash<QString, State> states;
    const QStringList idList(enrollmentIds.cbegin(), enrollmentIds.cend());
    if (!idList.isEmpty()) {
        q.prepare(
            u"select cc.id, cc.campaign_id, cc.client_id, cc.contact_id, cc.revision, "
            "cc.current_step, cc.attempt, coalesce(cc.last_fired_step, 0), "
            "coalesce(cc.last_fired_attempt, 1), "
            "(extract(epoch from cc.next_send_at) * 1000)::bigint, cc.status = 'active', "
            "(select c.no_engagement_after_days from campaigns c where c.id = cc.campaign_id) "
            "from campaign_contacts cc where cc.id = any (array(select cast(x as uuid) "
            "from jsonb_array_elements_text(cast(:ids as jsonb)) as x)) "
            "order by cc.id for update"_s);
        q.bindValue(u":ids"_s, jsonText(QJsonArray::fromStringList(idList)));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
        while (q.next()) {
            State st;
            st.campaignId = q.value(1).toString();
            st.clientId = q.value(2).toString();
            st.contact = q.value(3).toString();
            st.revision = q.value(4).toInt();
            st.currentStep = q.value(5).toInt();
            st.attempt = q.value(6).toInt();
            st.lastFired = q.value(7).toInt();
            st.lastAttempt = q.value(8).toInt();
            st.nextSend = fromEpochMs(q.value(9));
            st.active = q.value(10).toBool();
            st.noEngagementDays = q.value(11).toInt();
            states.insert(q.value(0).toString(), st);
        }
    }

    // 3. The steps of the revisions involved.
    struct StepInfo
    {
        QString channel;
        QJsonObject onOutcome;
        int delay = 0;
    };
    QHash<QString, QHash<int, StepInfo>> steps; // "campaign:revision" -> step -> info
    {
        QJsonArray pairs;
        QSet<QString> seen;
        for (const State &st : std::as_const(states)) {
            const QString key = st.campaignId + u':' + QString::number(st.revision);
            if (!seen.contains(key)) {
                seen.insert(key);
                pairs.append(
                    QJsonObject{{u"campaign_id"_s, st.campaignId}, {u"revision"_s, st.revision}});
            }
        }
        if (!pairs.isEmpty()) {
            q.prepare(u"select s.campaign_id, s.revision, s.step_number, s.channel, "
                      "s.on_outcome::text, s.delay_days * 1440 + s.delay_minutes "
                      "from campaign_steps s join jsonb_to_recordset(cast(:pairs as jsonb)) "
                      "as p(campaign_id uuid, revision int) "
                      "on p.campaign_id = s.campaign_id and p.revision = s.revision"_s);
            q.bindValue(u":pairs"_s, jsonText(pairs));
            if (!q.exec()) {
                *error = failure(q);
                return std::nullopt;
            }
            while (q.next()) {
                steps[q.value(0).toString() + u':' + q.value(1).toString()].insert(
                    q.value(2).toInt(),
                    {q.value(3).toString(),
                     QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                     q.value(5).toInt()});
            }
        }
    }

    // 4. Decide, request by request, in order; collect the writes.
    QJsonArray outcomeRows;
    QJsonArray taskRows;
    QJsonArray suppressionRows;
    QVector<Exit> exits;
    QHash<QString, int> exitRequest; // enrollment -> request index, for the routing result
    for (int i = 0; i < requests.size(); ++i) {
        const OutcomeRequest &r = requests.at(i);
        OutcomeBatchItem &item = items[i];
        if (!item.rejection.isEmpty())
            continue;
        if (!r.intent.isEmpty() && !Vocabulary::replyIntents().contains(r.intent)) {
            item.rejection = Tr::tr("unknown reply intent \"%1\" (expected one of: %2)")
                                 .arg(r.intent, Vocabulary::replyIntents().join(u", "_s));
            continue;
        }
        const QString enrollment = enrollmentOf.at(i);
        auto stIt = states.find(enrollment);
        if (stIt == states.end() || !stIt->active) {
            item.rejection = Tr::tr("%1 has no active enrollment in %2").arg(r.contact, r.campaign);
            continue;
        }
        State &st = *stIt;
        const QHash<int, StepInfo> &campaignSteps
            = steps.value(st.campaignId + u':' + QString::number(st.revision));
        const auto stepIt = campaignSteps.constFind(r.step);
        if (stepIt == campaignSteps.cend()) {
            item.rejection = Tr::tr("%1 has no step %2 (revision %3 has steps 1..%4)")
                                 .arg(r.campaign)
                                 .arg(r.step)
                                 .arg(st.revision)
                                 .arg(campaignSteps.size());
            continue;
        }
        const StepInfo &info = *stepIt;
        if (!Vocabulary::isOutcomeFor(info.channel, r.outcome)) {
            item.rejection
                = Tr::tr("unknown outcome \"%1\" for step %2 of %3, a %4 step (expected "
                         "one of: %5)")
                      .arg(r.outcome)
                      .arg(r.step)
                      .arg(r.campaign,
                           info.channel,
                           (Vocabulary::outcomesFor(info.channel) + Vocabulary::replyIntents())
                               .join(u", "_s));
            continue;
        }
        if (r.step > st.lastFired) {
            item.rejection = Tr::tr("step %1 of %2 has not fired yet for %3")
                                 .arg(r.step)
                                 .arg(r.campaign, r.contact);
            continue;
        }

        const bool current = r.step == st.lastFired; // only the latest touch can move the contact
        QJsonObject outcomeRow{{u"enrollment_id"_s, enrollment},
                               {u"campaign_id"_s, st.campaignId},
                               {u"revision"_s, st.revision},
                               {u"step"_s, r.step},
                               {u"attempt"_s, current ? st.lastAttempt : 1},
                               {u"outcome"_s, r.outcome}};
        if (!r.intent.isEmpty())
            outcomeRow.insert(u"intent"_s, r.intent);
        outcomeRows.append(outcomeRow);
        const bool isReply = !r.intent.isEmpty() || r.outcome == u"replied"
                             || Vocabulary::replyIntents().contains(r.outcome);
        if (isReply)
            taskRows.append(QJsonObject{{u"type"_s, u"process_reply"_s},
                                        {u"status"_s, u"done"_s},
                                        {u"enrollment_id"_s, enrollment},
                                        {u"payload"_s,
                                         QJsonObject{{u"step"_s, r.step},
                                                     {u"outcome"_s, r.outcome},
                                                     {u"intent"_s, r.intent}}}});

        // The step's own mapping wins; then the intent's default; then the outcome's.
        const QString intentKey = !r.intent.isEmpty()                              ? r.intent
                                  : Vocabulary::replyIntents().contains(r.outcome) ? r.outcome
                                                                                   : QString();
        std::optional<OutcomeAction> action;
        if (!intentKey.isEmpty() && info.onOutcome.contains(intentKey))
            action = parseAction(info.onOutcome.value(intentKey).toObject());
        if (!action && !intentKey.isEmpty())
            action = defaultAction(intentKey);
        // An out-of-office reply is not engagement: the "replied" mapping does not apply to it.
        // Nor does the outcome's mapping apply again when a handed-off conversation reports back.
        const bool held = current && st.currentStep > campaignSteps.size();
        const bool intentDecides = intentKey == u"out_of_office" || (held && !intentKey.isEmpty());
        if (!action && !intentDecides && info.onOutcome.contains(r.outcome))
            action = parseAction(info.onOutcome.value(r.outcome).toObject());
        if (!action && !intentDecides)
            action = defaultAction(r.outcome);

        OutcomeResult result;
        if (intentKey == u"unsubscribe")
            suppressionRows.append(
                QJsonObject{{u"client_id"_s, st.clientId}, {u"contact_id"_s, r.contact}});
        if (action && action->kind == OutcomeAction::Kind::Exit) {
            // Unsubscribers are suppressed: no on_exit route may touch them again.
            exits.append({enrollment,
                          action->exitReason,
                          intentKey.isEmpty() ? r.outcome : intentKey,
                          intentKey != u"unsubscribe"});
            exitRequest.insert(enrollment, i);
            st.active = false;
            st.changed = false;
            result.action = Tr::tr("exit %1").arg(action->exitReason);
            result.exitReason = action->exitReason;
        } else if (action && action->kind == OutcomeAction::Kind::Goto) {
            if (current) {
                const int gap
                    = std::max(0, campaignSteps.value(action->gotoStep).delay - info.delay);
                st.currentStep = action->gotoStep;
                st.attempt = 1;
                st.nextSend = at->addSecs(qint64(gap) * 60);
                st.changed = true;
                result.action = Tr::tr("goto step %1").arg(action->gotoStep);
            } else {
                result.action = Tr::tr("recorded (a later step has fired since)");
            }
        } else if (action && action->kind == OutcomeAction::Kind::Retry) {
            if (current && st.lastAttempt < action->retryMaxAttempts) {
                st.currentStep = r.step;
                st.attempt = st.lastAttempt + 1;
                st.nextSend = at->addSecs(qint64(action->retryAfterMinutes) * 60);
                st.changed = true;
                result.action = Tr::tr("retry step %1 in %2 min (attempt %3 of %4)")
                                    .arg(r.step)
                                    .arg(action->retryAfterMinutes)
                                    .arg(st.attempt)
                                    .arg(action->retryMaxAttempts);
            } else {
                result.action = Tr::tr("no retry left: moves on");
            }
        } else if (action && action->kind == OutcomeAction::Kind::Handoff) {
            taskRows.append(QJsonObject{{u"type"_s, u"handoff"_s},
                                        {u"status"_s, u"pending"_s},
                                        {u"assigned_role"_s, action->handoff},
                                        {u"enrollment_id"_s, enrollment},
                                        {u"payload"_s,
                                         QJsonObject{{u"contact_id"_s, r.contact},
                                                     {u"campaign"_s, r.campaign},
                                                     {u"step"_s, r.step},
                                                     {u"outcome"_s, r.outcome}}}});
            // The contact is with a person (or the voicebot) now: the sequence holds until that
            // conversation reports an outcome, and times out as no_engagement if none comes.
            if (current) {
                st.currentStep = int(campaignSteps.size()) + 1;
                st.attempt = 1;
                st.nextSend = at->addDays(st.noEngagementDays);
                st.changed = true;
            }
            result.action = Tr::tr("handoff to %1").arg(action->handoff);
        } else if (current && st.currentStep > campaignSteps.size()
                   && r.step < campaignSteps.size()) {
            // A handed-off contact whose conversation routed nowhere: the sequence resumes.
            const int gap = std::max(0, campaignSteps.value(r.step + 1).delay - info.delay);
            st.currentStep = r.step + 1;
            st.attempt = 1;
            st.nextSend = at->addSecs(qint64(gap) * 60);
            st.changed = true;
            result.action = Tr::tr("the sequence resumes at step %1").arg(r.step + 1);
        } else if (intentKey == u"out_of_office" && st.nextSend.isValid()) {
            st.nextSend = std::max(st.nextSend, *at).addDays(outOfOfficePushDays);
            st.changed = true;
            result.action
                = Tr::tr("next touch pushed back %n day(s)", nullptr, outOfOfficePushDays);
        } else {
            result.action = Tr::tr("recorded; the sequence continues");
        }
        item.result = result;
    }

    // 5. The writes, one statement each.
    if (!outcomeRows.isEmpty()) {
        q.prepare(
            u"insert into step_outcomes (enrollment_id, campaign_id, revision, step_number, "
            "attempt, outbound_id, outcome, intent, occurred_at) "
            "select o.enrollment_id, o.campaign_id, o.revision, o.step, o.attempt, "
            "(select q.id from outbound_queue q where q.enrollment_id = o.enrollment_id "
            " and q.step_number = o.step and q.attempt = o.attempt), "
            "o.outcome, o.intent, cast(:at as timestamptz) "
            "from jsonb_to_recordset(cast(:rows as jsonb)) as o(enrollment_id uuid, "
            "campaign_id uuid, revision int, step int, attempt int, outcome text, intent text)"_s);
        q.bindValue(u":rows"_s, jsonText(outcomeRows));
        q.bindValue(u":at"_s, iso(*at));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
    }
    if (!taskRows.isEmpty()) {
        q.prepare(u"insert into tasks (type, status, assigned_role, enrollment_id, payload, "
                  "created_at, completed_at) "
                  "select t.type, t.status, t.assigned_role, t.enrollment_id, t.payload, "
                  "cast(:at as timestamptz), case when t.status = 'done' then "
                  "cast(:at as timestamptz) end "
                  "from jsonb_to_recordset(cast(:rows as jsonb)) as t(type text, status text, "
                  "assigned_role text, enrollment_id uuid, payload jsonb)"_s);
        q.bindValue(u":rows"_s, jsonText(taskRows));
        q.bindValue(u":at"_s, iso(*at));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
    }
    if (!suppressionRows.isEmpty()) {
        q.prepare(
            u"insert into suppressions (client_id, contact_id, reason, created_at) "
            "select s.client_id, s.contact_id, 'unsubscribe', cast(:at as timestamptz) "
            "from jsonb_to_recordset(cast(:rows as jsonb)) as s(client_id text, contact_id text) "
            "on conflict do nothing"_s);
        q.bindValue(u":rows"_s, jsonText(suppressionRows));
        q.bindValue(u":at"_s, iso(*at));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
    }
    QJsonArray moves;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it->active && it->changed)
            moves.append(QJsonObject{{u"id"_s, it.key()},
                                     {u"step"_s, it->currentStep},
                                     {u"attempt"_s, it->attempt},
                                     {u"next_at"_s, iso(it->nextSend)}});
    }
    if (!moves.isEmpty()) {
        q.prepare(u"update campaign_contacts cc set current_step = m.step, attempt = m.attempt, "
                  "next_send_at = m.next_at "
                  "from jsonb_to_recordset(cast(:rows as jsonb)) as m(id uuid, step int, "
                  "attempt int, next_at timestamptz) where cc.id = m.id"_s);
        q.bindValue(u":rows"_s, jsonText(moves));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
    }
    if (!exits.isEmpty()) {
        QHash<QString, Routed> perEnrollment;
        const auto routed = exitEnrollments(exits, *at, error, &perEnrollment);
        if (!routed)
            return std::nullopt;
        for (auto it = perEnrollment.cbegin(); it != perEnrollment.cend(); ++it) {
            const int i = exitRequest.value(it.key(), -1);
            if (i >= 0 && items[i].result) {
                items[i].result->enrolledIn = it->enrolledIn;
                items[i].result->gated = it->gated;
            }
        }
    }
    if (!tx.commit()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return std::nullopt;
    }
    *error = {};
    return items;
}

bool Engine::pause(const QString &campaign, std::optional<QDateTime> at, DbError *error)
{
    return setPaused(campaign, at, true, error);
}

bool Engine::resume(const QString &campaign, std::optional<QDateTime> at, DbError *error)
{
    return setPaused(campaign, at, false, error);
}

bool Engine::setPaused(const QString &campaign,
                       std::optional<QDateTime> at,
                       bool paused,
                       DbError *error)
{
    const auto when = resolveAt(at, error);
    if (!when)
        return false;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    // Park with the remaining delay, or continue from `at` with it; then the campaign's status
    // (its trigger then finds nothing left to do).
    q.prepare(paused
                  ? u"update campaign_contacts cc set paused_remaining = "
                    "greatest(cc.next_send_at - cast(:at as timestamptz), interval '0'), "
                    "next_send_at = null from campaigns c where c.id = cc.campaign_id "
                    "and c.slug = :slug and cc.status = 'active' and cc.next_send_at is not null"_s
                  : u"update campaign_contacts cc set next_send_at = cast(:at as timestamptz) + "
                    "cc.paused_remaining, paused_remaining = null from campaigns c "
                    "where c.id = cc.campaign_id and c.slug = :slug and cc.status = 'active' "
                    "and cc.paused_remaining is not null"_s);
    q.bindValue(u":at"_s, iso(*when));
    q.bindValue(u":slug"_s, campaign);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    q.prepare(
        u"update campaigns set status = :status, paused_at = cast(:paused_at as timestamptz), "
        "version = version + 1, updated_at = now() where slug = :slug"_s);
    q.bindValue(u":status"_s, paused ? u"paused"_s : u"active"_s);
    q.bindValue(u":paused_at"_s,
                paused ? QVariant(iso(*when)) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(u":slug"_s, campaign);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = rejected(Tr::tr("no campaign with the slug %1").arg(campaign));
        return false;
    }
    if (!tx.commit()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return false;
    }
    *error = {};
    return true;
}

bool Engine::setDailyCap(const QString &clientId, const QString &channel, int limit, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"insert into channel_caps (client_id, channel, daily_limit) values (:c, :ch, :l) "
        "on conflict (client_id, channel) do update set daily_limit = excluded.daily_limit"_s);
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
