// execute_sequence_step: the scheduler pass. Claim due rows, decide in C++ what each one does
// (fire, postpone to its window or to tomorrow's cap, park, exit), then write it set-based.
#include "engine.h"

#include "engine_p.h"
#include "flow.h"
#include "flowcodec.h"
#include "templatedrafter.h"
#include "tr.h"
#include "vocabulary.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>
#include <QTimeZone>

#include <map>
#include <tuple>

namespace Touchline {

using namespace Qt::StringLiterals;
using namespace EngineDetail;

namespace {

// Claim: due rows in (time, id) order that no other scheduler holds, locked to the end of this
// transaction, and only rows that existed when the pass began (an enrollment routed in this
// pass waits for the next one: a pass is finite).
const auto claimIdsSql = uR"sql(
select d.id
  from campaign_contacts d
 where d.status = 'active' and d.next_send_at <= cast(:at as timestamptz)
   and d.created_at < cast(:pass as timestamptz)
 order by d.next_send_at, d.id
 limit :batch
   for update skip locked
)sql"_s;

// What the claimed rows need, read by a second statement: its snapshot is taken after the locks
// were granted, so it sees the latest committed version of every claimed row. (Reading in the
// claiming statement itself saw that statement's snapshot, which may predate a commit by
// another scheduler that the lock had waited for.) The ids go through array(select unnest(...)):
// with the array as a constant the planner chose a sequential scan of all enrollments for a
// batch of 1,000, as the reference notes for its step advance. The campaign and step settings,
// the same for most rows of a batch, are read once per batch by stepSettingsSql. No apostrophe
// or colon-word in its SQL comments: the driver would read them as a quote or a placeholder.
const auto claimSql = uR"sql(
select cc.id, cc.contact_id, cc.client_id, cc.campaign_id, cc.revision, cc.current_step,
       cc.attempt, (extract(epoch from cc.next_send_at) * 1000)::bigint as due_ms,
       ct.first_name, ct.last_name, ct.email, ct.phone, ct.linkedin_url, ct.company, ct.title,
       ct.attributes::text as attributes, ct.do_not_contact,
       exists (select 1 from suppressions sp
                where sp.client_id = cc.client_id and sp.contact_id = cc.contact_id)
         as suppressed,
       ct.time_zone
  from campaign_contacts cc
  join contacts ct on ct.id = cc.contact_id
 where cc.id = any (array(select unnest(cast(:ids as uuid[]))))
   and cc.status = 'active' and cc.next_send_at <= cast(:at as timestamptz)
)sql"_s;

// The settings of each (client, campaign, revision, step) of a batch: the campaign, the step
// and the next one, and the client's quiet hours for the step's channel (0012), which no send
// window overrides.
const auto stepSettingsSql = uR"sql(
select k.client_id, k.campaign_id, k.revision, k.step,
       c.name as campaign_name, c.status as campaign_status, c.no_engagement_after_days,
       c.review as campaign_review, c.drafter, c.send_window::text as send_window,
       s.channel, s.handler, s.content_type, s.template_instructions, s.review as step_review,
       s.delay_days * 1440 + s.delay_minutes as delay,
       nx.delay_days * 1440 + nx.delay_minutes as next_delay,
       to_char(qh.start_time, 'HH24:MI') as quiet_start,
       to_char(qh.end_time, 'HH24:MI') as quiet_end
  from unnest(cast(:clients as text[]), cast(:campaigns as uuid[]), cast(:revisions as int[]),
              cast(:steps as int[])) as k(client_id, campaign_id, revision, step)
  join campaigns c on c.id = k.campaign_id
  left join campaign_steps s on s.campaign_id = k.campaign_id and s.revision = k.revision
                            and s.step_number = k.step
  left join campaign_steps nx on nx.campaign_id = k.campaign_id and nx.revision = k.revision
                             and nx.step_number = k.step + 1
  left join client_quiet_hours qh on qh.client_id = k.client_id and qh.channel = s.channel
)sql"_s;

// The step advance is guarded by the expected step and attempt; each firing is a new visit
// (cc.visit + 1) and the item is unique per (enrollment, visit). Review and drafter settings
// decide the statuses (computed per row by the caller). The item is the record of the executed
// step; an execute_sequence_step task is written only where someone must pick the step up: an
// external drafting agent (0007's drafter = 'external').
const auto fireSql = uR"sql(
with f as (
  select * from unnest(cast(:ids as uuid[]), cast(:steps as int[]), cast(:attempts as int[]),
                       cast(:channels as text[]), cast(:handlers as text[]),
                       cast(:next_ms as bigint[]), cast(:outbound_ids as uuid[]),
                       cast(:draft_ids as uuid[]), cast(:subjects as text[]),
                       cast(:bodies as text[]), cast(:unknown as text[]),
                       cast(:item_statuses as text[]), cast(:draft_statuses as text[]),
                       cast(:tasks as boolean[]), cast(:reviewers as text[]))
      as f(id, step, attempt, channel, handler, next_ms, outbound_id, draft_id, subject, body,
           unknown, item_status, draft_status, task, reviewer)),
adv as (
  update campaign_contacts cc
     set current_step = f.step + 1, attempt = 1, visit = cc.visit + 1,
         last_fired_step = f.step, last_fired_attempt = f.attempt,
         last_fired_at = cast(:at as timestamptz),
         next_send_at = timestamptz 'epoch' + f.next_ms * interval '1 millisecond'
    from f
   where cc.id = any (array(select id from f)) and cc.id = f.id and cc.status = 'active'
     and cc.current_step = f.step and cc.attempt = f.attempt
  returning cc.id, cc.contact_id, cc.campaign_id, cc.client_id, cc.revision, cc.visit),
d as (
  insert into staged_drafts (id, client_id, contact_id, campaign_id, enrollment_id, step_number,
      channel, subject, body, unknown_placeholders, status, reviewer, reviewed_at, created_at)
  select f.draft_id, adv.client_id, adv.contact_id, adv.campaign_id, adv.id, f.step, f.channel,
         coalesce(f.subject, ''), coalesce(f.body, ''),
         coalesce(string_to_array(f.unknown, ','), '{}'), f.draft_status, f.reviewer,
         case when f.reviewer is not null then cast(:at as timestamptz) end,
         cast(:at as timestamptz)
    from f join adv on adv.id = f.id
   where f.draft_id is not null),
o as (
  insert into outbound_queue (id, enrollment_id, client_id, contact_id, campaign_id, revision,
      step_number, attempt, visit, channel, handler, staged_draft_id, scheduled_at, status,
      created_at)
  select f.outbound_id, adv.id, adv.client_id, adv.contact_id, adv.campaign_id, adv.revision,
         f.step, f.attempt, adv.visit, f.channel, f.handler, f.draft_id,
         cast(:at as timestamptz), f.item_status, cast(:at as timestamptz)
    from f join adv on adv.id = f.id),
t as (
  insert into tasks (type, status, enrollment_id, payload, created_at)
  select 'execute_sequence_step', 'pending', adv.id,
         jsonb_build_object('step', f.step, 'attempt', f.attempt, 'visit', adv.visit,
                            'channel', f.channel, 'outbound_id', f.outbound_id,
                            'staged_draft_id', f.draft_id),
         cast(:at as timestamptz)
    from f join adv on adv.id = f.id
   where f.task)
select count(*) as fired from adv
)sql"_s;

// One (client, channel, contact's local day) counter, incremented under its row lock by as much
// as the cap still allows; returns what it granted. Concurrent schedulers queue on the row.
const auto capSql = uR"sql(
insert into channel_cap_usage as u (client_id, channel, day, used, daily_limit, last_granted)
select cap.client_id, cap.channel, cast(:day as date),
       least(cast(:wanted as int), cap.daily_limit), cap.daily_limit,
       least(cast(:wanted as int), cap.daily_limit)
  from channel_caps cap
 where cap.client_id = :client and cap.channel = :channel
on conflict (client_id, channel, day) do update
   set last_granted = greatest(0, least(excluded.last_granted, excluded.daily_limit - u.used)),
       used = u.used + greatest(0, least(excluded.last_granted, excluded.daily_limit - u.used)),
       daily_limit = excluded.daily_limit
returning u.last_granted as granted
)sql"_s;

const auto postponeSql = uR"sql(
update campaign_contacts cc set next_send_at = p.next_at
  from jsonb_to_recordset(cast(:rows as jsonb)) as p(id uuid, next_at timestamptz)
 where cc.id = p.id and cc.status = 'active'
)sql"_s;

const auto parkRowsSql = uR"sql(
update campaign_contacts cc
   set paused_remaining = greatest(cc.next_send_at - cast(:at as timestamptz), interval '0'),
       next_send_at = null
  from jsonb_to_recordset(cast(:rows as jsonb)) as p(id uuid)
 where cc.id = p.id and cc.status = 'active'
)sql"_s;

// A row whose firing failed: out of the due scan, with its error, until someone puts it back.
const auto setAsideSql = uR"sql(
update campaign_contacts
   set engine_error = :error, errored_at = cast(:at as timestamptz), next_send_at = null
 where id = :id
)sql"_s;

// Rounded down: a start rounded up could lie after an enrollment this pass routes in its first
// batch, which a later batch of the same pass would then claim.
const auto passStartSql = uR"sql(
select floor(extract(epoch from clock_timestamp()) * 1000)::bigint as now_ms
)sql"_s;

std::optional<SendWindow> parseWindow(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    return FlowCodec::sendWindowFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

// The first real instant at or after local `time` on `day`: a time in a spring-forward gap
// does not exist, and the window opens when the clocks reach the far side of the gap.
QDateTime firstInstantAtOrAfter(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    for (int minutes = 0; minutes <= 24 * 60; minutes += 1) {
        const QTime t = time.addSecs(minutes * 60);
        if (minutes > 0 && t < time)
            break; // past midnight
        const QDateTime candidate(day, t, zone);
        if (candidate.isValid() && candidate.toTimeZone(zone).time() == t
            && candidate.toTimeZone(zone).date() == day)
            return candidate.toUTC();
    }
    return QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
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
        const QDateTime opens = firstInstantAtOrAfter(day, open, zone);
        if (i > 0 || at < opens)
            return opens;
        if (local.time() < close)
            return at;
    }
    return at;
}

// When a claimed row may fire, at `at`, in its zone: the window's opening (quiet hours for
// voice and SMS included), and the local day its cap counts with the next one's start.
struct Timing
{
    QDateTime windowOpen;
    QDate localDay;
    QDateTime nextDay;
};

Timing timingOf(const QDateTime &at,
                const QString &zoneName,
                const QString &windowJson,
                const QString &quietStart,
                const QString &quietEnd)
{
    QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const std::optional<SendWindow> window = parseWindow(windowJson);
    Timing t;
    t.windowOpen = windowOpen(at, zone, window);
    if (!quietStart.isEmpty()) {
        // Quiet hours are a window on every day; held until both are open.
        const SendWindow quiet{Vocabulary::weekdays(), quietStart, quietEnd};
        for (int i = 0; i < 2; ++i)
            t.windowOpen = windowOpen(windowOpen(t.windowOpen, zone, quiet), zone, window);
    }
    // Caps count the contact's local day, and a capped touch waits for its local midnight.
    t.localDay = at.toTimeZone(zone).date();
    t.nextDay = firstInstantAtOrAfter(t.localDay.addDays(1), QTime(0, 0), zone);
    return t;
}

// Column positions of the claim, looked up once per batch rather than once per value.
struct ClaimColumns
{
    explicit ClaimColumns(const QSqlRecord &r)
        : id(r.indexOf(u"id"_s))
        , contact(r.indexOf(u"contact_id"_s))
        , client(r.indexOf(u"client_id"_s))
        , campaign(r.indexOf(u"campaign_id"_s))
        , revision(r.indexOf(u"revision"_s))
        , step(r.indexOf(u"current_step"_s))
        , attempt(r.indexOf(u"attempt"_s))
        , due(r.indexOf(u"due_ms"_s))
        , doNotContact(r.indexOf(u"do_not_contact"_s))
        , suppressed(r.indexOf(u"suppressed"_s))
        , zone(r.indexOf(u"time_zone"_s))
        , merge(r)
    {}
    int id, contact, client, campaign, revision, step, attempt, due, doNotContact, suppressed, zone;
    EngineDetail::MergeFieldColumns merge; // the template's merge fields
};

// The key of a row's StepSettings.
QString stepKey(const QString &client, const QString &campaign, int revision, int step)
{
    return client + u'\x1f' + campaign + u'\x1f' + QString::number(revision) + u'\x1f'
           + QString::number(step);
}

} // namespace

// What a claimed row's campaign and step say, shared by the rows of a batch on the same
// (client, campaign, revision, step).
struct Engine::StepSettings
{
    QString campaignName, campaignStatus, drafter, channel, handler, contentType, instructions;
    QString window, quietStart, quietEnd;
    int delay = 0, nextDelay = -1, noEngagementDays = 7;
    bool hasStep = false, review = true;

    static StepSettings read(const ColumnReader &q)
    {
        StepSettings s;
        s.campaignName = q(u"campaign_name"_s).toString();
        s.campaignStatus = q(u"campaign_status"_s).toString();
        s.noEngagementDays = q(u"no_engagement_after_days"_s).toInt();
        s.drafter = q(u"drafter"_s).toString();
        s.window = q(u"send_window"_s).toString();
        s.hasStep = !q(u"channel"_s).isNull();
        s.channel = q(u"channel"_s).toString();
        s.handler = q(u"handler"_s).toString();
        s.contentType = q(u"content_type"_s).toString();
        s.instructions = q(u"template_instructions"_s).toString();
        const QVariant stepReview = q(u"step_review"_s);
        s.review = stepReview.isNull() ? q(u"campaign_review"_s).toBool() : stepReview.toBool();
        s.delay = q(u"delay"_s).toInt();
        const QVariant next = q(u"next_delay"_s);
        s.nextDelay = next.isNull() ? -1 : next.toInt();
        s.quietStart = q(u"quiet_start"_s).toString();
        s.quietEnd = q(u"quiet_end"_s).toString();
        return s;
    }
};

// One claimed row, decoded.
struct Engine::Claimed : StepSettings
{
    QString id, contact, client, campaign, zone, settingsKey;
    int step = 0, attempt = 0, revision = 0;
    bool doNotContact = false, suppressed = false;
    QDateTime due, windowOpen, nextDay;
    QDate localDay;
    QHash<QString, QString> fields;
};

// What the fire statement writes for one row.
struct Engine::FireRow
{
    QString id, channel, handler, outboundId, draftId, subject, body, unknown;
    QString itemStatus, draftStatus, reviewer;
    int step = 0, attempt = 0;
    qint64 nextMs = 0; // the next step's time, Unix milliseconds
    bool task = false; // an execute_sequence_step task for an external drafting agent

    // The statuses a firing writes: review settings (0007) and who drafts.
    void setStatuses(bool review, bool external, bool hasDraft)
    {
        if (!hasDraft) {
            itemStatus = review ? u"pending"_s : u"approved"_s;
        } else if (external) {
            itemStatus = u"pending"_s;
            draftStatus = u"awaiting_draft"_s;
            task = true; // the external drafting agent claims it
        } else if (review) {
            itemStatus = u"drafted"_s;
            draftStatus = u"pending_review"_s;
        } else {
            itemStatus = u"approved"_s;
            draftStatus = u"approved"_s;
            reviewer = u"auto"_s;
        }
    }
};

// One row to fire, with its cap key. The claimed row is the batch's, which outlives it.
struct Engine::Fire
{
    const Claimed *claimed;
    FireRow row;
};

// The fire statement's parameters: one array per column, one element per row (an empty value
// is NULL). Typed arrays cost the server less to read than a JSON document of the rows.
struct Engine::FireRows
{
    QStringList ids, steps, attempts, channels, handlers, nextAt, outboundIds, draftIds, subjects,
        bodies, unknown, itemStatuses, draftStatuses, tasks, reviewers;

    void append(const FireRow &r)
    {
        ids.append(r.id);
        steps.append(QString::number(r.step));
        attempts.append(QString::number(r.attempt));
        channels.append(r.channel);
        handlers.append(r.handler);
        nextAt.append(QString::number(r.nextMs));
        outboundIds.append(r.outboundId);
        draftIds.append(r.draftId);
        subjects.append(r.subject);
        bodies.append(r.body);
        unknown.append(r.unknown);
        itemStatuses.append(r.itemStatus);
        draftStatuses.append(r.draftStatus);
        tasks.append(r.task ? u"t"_s : u"f"_s);
        reviewers.append(r.reviewer);
    }
    void bind(QSqlQuery &q) const
    {
        bindArrays(q,
                   {{u":ids"_s, ids},
                    {u":steps"_s, steps},
                    {u":attempts"_s, attempts},
                    {u":channels"_s, channels},
                    {u":handlers"_s, handlers},
                    {u":next_ms"_s, nextAt},
                    {u":outbound_ids"_s, outboundIds},
                    {u":draft_ids"_s, draftIds},
                    {u":subjects"_s, subjects},
                    {u":bodies"_s, bodies},
                    {u":unknown"_s, unknown},
                    {u":item_statuses"_s, itemStatuses},
                    {u":draft_statuses"_s, draftStatuses},
                    {u":tasks"_s, tasks},
                    {u":reviewers"_s, reviewers}});
    }
};

bool Engine::exec(QSqlQuery &q, DbError *error)
{
    return run(q, m_db, error);
}

std::optional<QVector<Engine::Claimed>>
Engine::claim(const QDateTime &at, int batchSize, const QDateTime &passStarted, DbError *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(claimIdsSql);
    q.bindValue(u":at"_s, iso(at));
    q.bindValue(u":pass"_s, iso(passStarted));
    q.bindValue(u":batch"_s, batchSize);
    if (!exec(q, error))
        return std::nullopt;
    QStringList ids;
    while (q.next())
        ids.append(q.value(u"id"_s).toString());
    if (ids.isEmpty())
        return QVector<Claimed>();
    q.prepare(claimSql);
    q.bindValue(u":ids"_s, QString(u"{"_s + ids.join(u',') + u"}"_s));
    q.bindValue(u":at"_s, iso(at));
    if (!exec(q, error))
        return std::nullopt;
    const ClaimColumns col(q.record());
    QVector<Claimed> claimed;
    claimed.reserve(ids.size());
    QHash<QString, StepSettings> settings;
    while (q.next()) {
        Claimed c;
        c.id = q.value(col.id).toString();
        c.contact = q.value(col.contact).toString();
        c.client = q.value(col.client).toString();
        c.campaign = q.value(col.campaign).toString();
        c.revision = q.value(col.revision).toInt();
        c.step = q.value(col.step).toInt();
        c.attempt = q.value(col.attempt).toInt();
        c.due = fromEpochMs(q.value(col.due));
        c.fields = col.merge.fields(q);
        c.doNotContact = q.value(col.doNotContact).toBool();
        c.suppressed = q.value(col.suppressed).toBool();
        c.zone = q.value(col.zone).toString();
        c.settingsKey = stepKey(c.client, c.campaign, c.revision, c.step);
        claimed.append(std::move(c));
    }
    if (!readStepSettings(claimed, &settings, error))
        return std::nullopt;
    settle(&claimed, settings, at);
    return claimed;
}

// Each claimed row gets its step's settings and its times. Windows are local wall-clock times:
// computed here once per (zone, window, quiet hours) in the batch, a handful, rather than once
// per row in the database.
void Engine::settle(QVector<Claimed> *claimed,
                    const QHash<QString, StepSettings> &settings,
                    const QDateTime &at) const
{
    // A row whose campaign was not there to read is left as it is, as the joined claim did.
    claimed->removeIf([&settings](const Claimed &c) { return !settings.contains(c.settingsKey); });
    QHash<QString, Timing> timings;
    for (Claimed &c : *claimed) {
        static_cast<StepSettings &>(c) = *settings.constFind(c.settingsKey);
        const QString key
            = c.zone + u'\x1f' + c.window + u'\x1f' + c.quietStart + u'\x1f' + c.quietEnd;
        auto timing = timings.find(key);
        if (timing == timings.end())
            timing = timings.insert(key, timingOf(at, c.zone, c.window, c.quietStart, c.quietEnd));
        c.windowOpen = timing->windowOpen;
        c.localDay = timing->localDay;
        c.nextDay = timing->nextDay;
    }
}

// The settings of every (client, campaign, revision, step) of the claimed rows, in one query; a
// key whose campaign is not there to read has none.
bool Engine::readStepSettings(const QVector<Claimed> &claimed,
                              QHash<QString, StepSettings> *settings,
                              DbError *error)
{
    QSet<QString> keys;
    QStringList clients, campaigns, revisions, steps;
    for (const Claimed &c : claimed) {
        if (keys.contains(c.settingsKey))
            continue;
        keys.insert(c.settingsKey);
        clients.append(c.client);
        campaigns.append(c.campaign);
        revisions.append(QString::number(c.revision));
        steps.append(QString::number(c.step));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(stepSettingsSql);
    bindArrays(q,
               {{u":clients"_s, clients},
                {u":campaigns"_s, campaigns},
                {u":revisions"_s, revisions},
                {u":steps"_s, steps}});
    if (!exec(q, error))
        return false;
    const ColumnReader v(q);
    while (q.next()) {
        const QString key = stepKey(v(u"client_id"_s).toString(),
                                    v(u"campaign_id"_s).toString(),
                                    v(u"revision"_s).toInt(),
                                    v(u"step"_s).toInt());
        settings->insert(key, StepSettings::read(v));
    }
    return true;
}

namespace {} // namespace

bool Engine::grantCaps(QVector<Fire> *fires, QJsonArray *postponed, DbError *error)
{
    // Wanted per (client, channel, local day), in key order: concurrent schedulers lock the
    // counters in the same order and cannot deadlock.
    using Key = std::tuple<QString, QString, QDate>;
    std::map<Key, int> wanted;
    for (const Fire &f : std::as_const(*fires))
        ++wanted[{f.claimed->client, f.claimed->channel, f.claimed->localDay}];
    std::map<Key, int> granted;
    QSqlQuery q(m_db);
    for (const auto &[key, n] : wanted) {
        q.prepare(capSql);
        q.bindValue(u":client"_s, std::get<0>(key));
        q.bindValue(u":channel"_s, std::get<1>(key));
        q.bindValue(u":day"_s, std::get<2>(key).toString(Qt::ISODate));
        q.bindValue(u":wanted"_s, n);
        if (!exec(q, error))
            return false;
        granted[key] = q.next() ? q.value(u"granted"_s).toInt() : n; // no cap row: no cap
    }
    QVector<Fire> kept;
    for (Fire &f : *fires) {
        int &left = granted[{f.claimed->client, f.claimed->channel, f.claimed->localDay}];
        if (left <= 0) {
            postponed->append(
                QJsonObject{{u"id"_s, f.claimed->id}, {u"next_at"_s, iso(f.claimed->nextDay)}});
            continue;
        }
        --left;
        kept.append(std::move(f));
    }
    *fires = std::move(kept);
    return true;
}

bool Engine::fireStatement(const FireRows &rows,
                           const QDateTime &at,
                           const QString &savepoint,
                           int *fired,
                           QSqlError *error)
{
    QSqlQuery sp(m_db);
    sp.exec(u"savepoint "_s + savepoint);
    QSqlQuery q(m_db);
    q.prepare(fireSql);
    rows.bind(q);
    q.bindValue(u":at"_s, iso(at));
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        // Undo the statement now, before the query deallocates its prepared statement.
        sp.exec(u"rollback to savepoint "_s + savepoint);
        return false;
    }
    *fired = q.value(u"fired"_s).toInt();
    sp.exec(u"release savepoint "_s + savepoint);
    return true;
}

bool Engine::setAside(const QString &enrollment,
                      const QString &message,
                      const QDateTime &at,
                      DbError *error)
{
    qWarning("touchline engine: enrollment %s set aside: %s",
             qPrintable(enrollment),
             qPrintable(message));
    QSqlQuery q(m_db);
    q.prepare(setAsideSql);
    q.bindValue(u":error"_s, message);
    q.bindValue(u":at"_s, iso(at));
    q.bindValue(u":id"_s, enrollment);
    return exec(q, error);
}

namespace {

// A deadlock or serialization failure (SQLSTATE 40P01, 40001) says nothing about the row: two
// schedulers met on the same summary or cap rows. The batch rolls back whole and tick() runs it
// again, rather than setting a sound row aside.
bool isBatchConflict(const QSqlError &e)
{
    return e.nativeErrorCode() == u"40P01" || e.nativeErrorCode() == u"40001";
}

} // namespace

// The whole batch in one statement; if it fails, row by row, each under its own savepoint, so
// that one bad row is set aside with its error and the others fire.
bool Engine::fireRows(const QVector<Fire> &fires,
                      const QDateTime &at,
                      TickResult *result,
                      DbError *error)
{
    if (fires.isEmpty())
        return true;
    FireRows rows;
    for (const Fire &f : fires)
        rows.append(f.row);
    int fired = 0;
    QSqlError sqlError;
    if (fireStatement(rows, at, u"fire_rows"_s, &fired, &sqlError)) {
        result->fired += fired;
        return true;
    }
    if (sqlError.type() == QSqlError::ConnectionError || !m_db.isOpen()
        || isBatchConflict(sqlError)) {
        *error = failureOf(sqlError);
        return false;
    }
    for (const Fire &f : fires) {
        FireRows one;
        one.append(f.row);
        if (fireStatement(one, at, u"fire_row"_s, &fired, &sqlError)) {
            result->fired += fired;
            continue;
        }
        if (sqlError.type() == QSqlError::ConnectionError || !m_db.isOpen()
            || isBatchConflict(sqlError)) {
            *error = failureOf(sqlError);
            return false;
        }
        const QString message = Database::describe(sqlError);
        if (!setAside(f.claimed->id, message, at, error))
            return false;
        ++result->errors;
        result->warnings.append(Tr::tr("%1 in %2, step %3: set aside: %4")
                                    .arg(f.claimed->contact, f.claimed->campaignName)
                                    .arg(f.claimed->step)
                                    .arg(message));
    }
    return true;
}

int Engine::fireBatch(const QDateTime &at, int batchSize, TickResult *result, DbError *error)
{
    if (!result->passStarted.isValid()) {
        QSqlQuery now(m_db);
        if (!now.exec(passStartSql) || !now.next()) {
            *error = failure(now);
            return -1;
        }
        result->passStarted = fromEpochMs(now.value(u"now_ms"_s));
    }
    Transaction tx(m_db);
    if (!tx.isOpen()) {
        *error = tx.beginError();
        return -1;
    }
    const int claimed = fireBatchIn(at, batchSize, result, error);
    if (claimed <= 0)
        return claimed;
    if (!tx.commit()) {
        *error = failureOf(m_db.lastError());
        return -1;
    }
    ++result->batches;
    *error = {};
    return claimed;
}

int Engine::fireBatchIn(const QDateTime &at, int batchSize, TickResult *result, DbError *error)
{
    const auto claimed = claim(at, batchSize, result->passStarted, error);
    if (!claimed)
        return -1;
    if (claimed->isEmpty()) {
        *error = {};
        return 0;
    }
    QVector<Fire> fires;
    QVector<Exit> exits;
    QJsonArray parked, postponed;
    for (const Claimed &c : *claimed) {
        if (c.campaignStatus == u"paused") {
            parked.append(QJsonObject{{u"id"_s, c.id}});
        } else if (c.doNotContact || c.suppressed) {
            // Checked again at firing time: the flag may have been set since enrollment.
            exits.append({c.id,
                          u"rejected"_s,
                          c.doNotContact ? u"do_not_contact"_s : u"suppressed"_s,
                          false});
        } else if (!c.hasStep) {
            exits.append({c.id, u"no_engagement"_s, u"no_engagement"_s, true});
        } else if (c.windowOpen.isValid() && c.windowOpen > at) {
            postponed.append(QJsonObject{{u"id"_s, c.id}, {u"next_at"_s, iso(c.windowOpen)}});
        } else {
            fires.append({&c, makeFireRow(c, at)});
        }
    }
    if (!grantCaps(&fires, &postponed, error) || !fireRows(fires, at, result, error))
        return -1;
    QSqlQuery q(m_db);
    if (!postponed.isEmpty()) {
        q.prepare(postponeSql);
        q.bindValue(u":rows"_s, jsonText(postponed));
        if (!exec(q, error))
            return -1;
        result->postponed += int(postponed.size());
    }
    if (!parked.isEmpty()) {
        q.prepare(parkRowsSql);
        q.bindValue(u":rows"_s, jsonText(parked));
        q.bindValue(u":at"_s, iso(at));
        if (!exec(q, error))
            return -1;
        result->parked += int(parked.size());
    }
    const auto routed = exitEnrollments(exits, at, error);
    if (!routed)
        return -1;
    result->exited += routed->exited;
    result->enrolled += routed->enrolled;
    result->warnings += routed->warnings;
    return int(claimed->size());
}

Engine::FireRow Engine::makeFireRow(const Claimed &c, const QDateTime &at) const
{
    // Later steps keep their spacing from when this one was due; a step fired much later
    // (a window, a cap, a stopped scheduler) carries the rest along instead of bunching up.
    const QDateTime base = c.due.secsTo(at) > lateShiftMinutes * 60 ? at : c.due;
    const QDateTime next = c.nextDelay >= 0
                               ? base.addSecs(qint64(std::max(0, c.nextDelay - c.delay)) * 60)
                               : base.addDays(c.noEngagementDays);
    FireRow row;
    row.id = c.id;
    row.step = c.step;
    row.attempt = c.attempt;
    row.channel = c.channel;
    row.handler = c.handler;
    row.nextMs = next.toMSecsSinceEpoch();
    row.outboundId = newId();
    const bool hasDraft = c.channel != u"voice";
    const bool external = c.drafter == u"external";
    if (hasDraft) {
        row.draftId = newId();
        if (!external) {
            const TemplateDrafter::Draft d
                = TemplateDrafter::draft(c.campaignName, c.contentType, c.instructions, c.fields);
            row.subject = d.subject;
            row.body = d.body;
            row.unknown = d.unknownPlaceholders.join(u',');
        }
    }
    row.setStatuses(c.review, external, hasDraft);
    return row;
}

std::optional<Engine::TickResult>
Engine::tick(std::optional<QDateTime> at, int batchSize, DbError *error)
{
    const auto when = resolveAt(at, error);
    if (!when)
        return std::nullopt;
    TickResult result;
    int retries = 0;
    for (;;) {
        const TickResult before = result;
        const int n = fireBatch(*when, std::max(1, batchSize), &result, error);
        // Two schedulers can meet on the same summary or cap rows in opposite order: the
        // server breaks the deadlock by aborting one batch, which then runs again whole.
        if (n < 0 && isTransientConflict(*error) && ++retries <= maxConflictRetries) {
            result = before;
            continue;
        }
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        retries = 0;
    }
    *error = {};
    return result;
}

} // namespace Touchline
