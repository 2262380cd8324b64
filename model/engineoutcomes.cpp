// process_reply: outcomes addressed by their outbound item, idempotent per (item, event id),
// decided by OutcomeRouting::decide() and written set-based in one transaction.
#include "engine.h"

#include "engine_p.h"
#include "flow.h"
#include "flowcodec.h"
#include "outcomerouting.h"
#include "tr.h"
#include "vocabulary.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

namespace Touchline {

using namespace Qt::StringLiterals;
using namespace EngineDetail;

namespace {

// Which item each request names: by id, or the latest item of (contact, campaign, step).
// For requests that name no item, what there is instead (for the rejection's wording).
const auto resolveSql = uR"sql(
select r.idx,
       o.id as item, o.enrollment_id, o.step_number, o.visit, o.attempt, o.contact_id,
       o.campaign_id, c.slug,
       ct.id is not null as contact_known,
       rc.id is not null as campaign_known,
       case when o.id is null and r.item is not null
            then exists (select 1 from outbound_queue_archive a where a.id = r.item)
            else false end as archived,
       case when o.id is null and r.item is not null and r.event is not null
            then exists (select 1 from step_outcomes_archive a
                          where a.outbound_id = r.item and a.event_id = r.event)
            else false end as archived_event,
       ae.id as active_enrollment, ae.revision as active_revision,
       (select count(*) from campaign_steps s
         where s.campaign_id = ae.campaign_id and s.revision = ae.revision) as step_count
  from jsonb_to_recordset(cast(:rows as jsonb))
       as r(idx int, item uuid, contact text, campaign text, step int, event text)
  left join campaigns rc on rc.slug = r.campaign
  left join contacts ct on ct.id = r.contact
  left join lateral (
        select x.* from outbound_queue x where x.id = r.item
        union all
        (select x.* from outbound_queue x
          where r.item is null and x.contact_id = r.contact and x.campaign_id = rc.id
            and x.step_number = r.step
          order by x.created_at desc, x.visit desc
          limit 1)
        limit 1) o on true
  left join campaigns c on c.id = o.campaign_id
  left join campaign_contacts ae on ae.contact_id = r.contact and ae.campaign_id = rc.id
                                and ae.status = 'active'
)sql"_s;

// The enrollments concerned, locked in id order (no deadlock with another batch).
const auto lockSql = uR"sql(
select cc.id, cc.campaign_id, cc.client_id, cc.contact_id, cc.revision, cc.current_step,
       cc.attempt, cc.visit, (extract(epoch from cc.next_send_at) * 1000)::bigint as next_ms,
       cc.status = 'active' as active, c.no_engagement_after_days, c.slug,
       exists (select 1 from tasks t where t.enrollment_id = cc.id and t.type = 'handoff'
                 and t.status = 'pending') as handed_off
  from campaign_contacts cc join campaigns c on c.id = cc.campaign_id
 where cc.id = any (array(select cast(x as uuid)
                            from jsonb_array_elements_text(cast(:ids as jsonb)) as x))
 order by cc.id
   for update of cc
)sql"_s;

const auto stepsSql = uR"sql(
select s.campaign_id, s.revision, s.step_number, s.channel, s.on_outcome::text as on_outcome,
       s.delay_days * 1440 + s.delay_minutes as delay
  from campaign_steps s
  join jsonb_to_recordset(cast(:pairs as jsonb)) as p(campaign_id uuid, revision int)
    on p.campaign_id = s.campaign_id and p.revision = s.revision
)sql"_s;

// Replies waiting for their classification, per item, with where the sequence was.
const auto pendingRepliesSql = uR"sql(
select t.payload ->> 'outbound_id' as item, t.payload ->> 'resume_at' as resume_at
  from tasks t
 where t.type = 'process_reply' and t.status = 'pending'
   and t.enrollment_id = any (array(select cast(x as uuid)
                                      from jsonb_array_elements_text(cast(:ids as jsonb)) as x))
)sql"_s;

// Every outcome is kept against its item; a repeated (item, event id) is skipped and reported.
// The rows arrive as one array per column (a JSON document per batch cost more to build and to
// parse than the insert itself saved).
const auto insertOutcomesSql = uR"sql(
insert into step_outcomes (enrollment_id, campaign_id, revision, step_number, attempt, visit,
                           outbound_id, outcome, intent, occurred_at, event_id)
select o.enrollment_id, o.campaign_id, o.revision, o.step, o.attempt, o.visit, o.item,
       o.outcome, o.intent, cast(:at as timestamptz), o.event_id
  from unnest(cast(:enrollments as uuid[]), cast(:campaigns as uuid[]), cast(:revisions as int[]),
              cast(:steps as int[]), cast(:attempts as int[]), cast(:visits as int[]),
              cast(:items as uuid[]), cast(:outcomes as text[]), cast(:intents as text[]),
              cast(:event_ids as text[]))
       as o(enrollment_id, campaign_id, revision, step, attempt, visit, item, outcome, intent,
            event_id)
on conflict (outbound_id, event_id) where event_id is not null do nothing
returning outbound_id::text as item, event_id
)sql"_s;

const auto insertTasksSql = uR"sql(
insert into tasks (type, status, assigned_role, enrollment_id, payload, created_at, completed_at)
select t.type, t.status, t.assigned_role, t.enrollment_id, t.payload, cast(:at as timestamptz),
       case when t.status = 'done' then cast(:at as timestamptz) end
  from jsonb_to_recordset(cast(:rows as jsonb))
       as t(type text, status text, assigned_role text, enrollment_id uuid, payload jsonb)
)sql"_s;

// A classification completes the pending process_reply of its item.
const auto completeRepliesSql = uR"sql(
update tasks t
   set status = 'done', completed_at = cast(:at as timestamptz),
       payload = t.payload || jsonb_build_object('intent', c.intent)
  from jsonb_to_recordset(cast(:rows as jsonb)) as c(item text, intent text)
 where t.type = 'process_reply' and t.status = 'pending' and t.payload ->> 'outbound_id' = c.item
)sql"_s;

// A handed-off conversation that reported back is no longer pending.
const auto completeHandoffsSql = uR"sql(
update tasks t set status = 'done', completed_at = cast(:at as timestamptz)
 where t.type = 'handoff' and t.status = 'pending'
   and t.enrollment_id = any (array(select cast(x as uuid)
                                      from jsonb_array_elements_text(cast(:ids as jsonb)) as x))
)sql"_s;

const auto suppressSql = uR"sql(
insert into suppressions (client_id, contact_id, reason, created_at)
select s.client_id, s.contact_id, 'unsubscribe', cast(:at as timestamptz)
  from jsonb_to_recordset(cast(:rows as jsonb)) as s(client_id text, contact_id text)
on conflict do nothing
)sql"_s;

// Every active enrollment of a suppressed contact for that client: all of them end.
const auto suppressedEnrollmentsSql = uR"sql(
select cc.id
  from campaign_contacts cc
  join jsonb_to_recordset(cast(:rows as jsonb)) as s(client_id text, contact_id text)
    on s.client_id = cc.client_id and s.contact_id = cc.contact_id
 where cc.status = 'active'
 order by cc.id
   for update of cc
)sql"_s;

// Suppressed contacts' unsent items of exited enrollments too (belt and braces).
const auto cancelSuppressedSql = uR"sql(
with s as (
  select * from jsonb_to_recordset(cast(:rows as jsonb)) as s(client_id text, contact_id text)),
cq as (
  update outbound_queue o set status = 'cancelled', error = 'suppressed'
    from s
   where o.client_id = s.client_id and o.contact_id = s.contact_id
     and o.status in ('pending', 'drafted', 'approved')
  returning o.staged_draft_id)
update staged_drafts d set status = 'cancelled'
 where d.id in (select staged_draft_id from cq)
   and d.status in ('awaiting_draft', 'pending_review', 'approved')
)sql"_s;

const auto movesSql = uR"sql(
update campaign_contacts cc
   set current_step = m.step, attempt = m.attempt, next_send_at = m.next_at
  from unnest(cast(:ids as uuid[]), cast(:steps as int[]), cast(:attempts as int[]),
              cast(:next_ats as timestamptz[])) as m(id, step, attempt, next_at)
 where cc.id = m.id
)sql"_s;

QString campaignKey(const QString &campaignId, int revision)
{
    return campaignId + u':' + QString::number(revision);
}

QMap<QString, OutcomeAction> parseOnOutcome(const QString &json)
{
    return FlowCodec::onOutcomeFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

} // namespace

// The item a request answers.
struct Engine::OutcomeTarget
{
    QString item, enrollment, contact, campaign, campaignId;
    int step = 0, visit = 0, attempt = 1;
};

// The enrollment an outcome may move, as locked.
struct Engine::OutcomeState
{
    QString campaignId, clientId, contact, slug;
    int revision = 0, currentStep = 1, attempt = 1, visit = 0;
    int noEngagementDays = Vocabulary::defaultNoEngagementAfterDays;
    QDateTime nextSend;
    bool active = true, changed = false, handedOff = false;
};

struct Engine::StepInfo
{
    QString channel;
    QMap<QString, OutcomeAction> onOutcome;
    int delay = 0;
};

// What the decisions of one batch write.
struct Engine::OutcomeWrites
{
    QJsonArray outcomes, tasks, suppressions, classified;
    QStringList handoffsAnswered;
    QVector<Exit> exits;
    QHash<QString, int> exitRequest;        // enrollment -> request index, for the routing result
    QHash<QString, QString> pendingReplies; // item -> resume_at (ISO), replies being classified
};

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

bool Engine::resolveTargets(const QVector<OutcomeRequest> &requests,
                            QVector<OutcomeTarget> *targets,
                            QVector<OutcomeBatchItem> *items,
                            DbError *error)
{
    QJsonArray input;
    for (int i = 0; i < requests.size(); ++i) {
        const OutcomeRequest &r = requests.at(i);
        QJsonObject o{{u"idx"_s, i}};
        if (!r.item.isEmpty()) {
            const QUuid id = QUuid::fromString(r.item);
            if (id.isNull()) {
                (*items)[i].rejection = Tr::tr("no outbound item with the id %1").arg(r.item);
                continue;
            }
            o.insert(u"item"_s, id.toString(QUuid::WithoutBraces));
            if (!r.eventId.isEmpty())
                o.insert(u"event"_s, r.eventId);
        } else {
            o.insert(u"contact"_s, r.contact);
            o.insert(u"campaign"_s, r.campaign);
            o.insert(u"step"_s, r.step);
        }
        input.append(o);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(resolveSql);
    q.bindValue(u":rows"_s, jsonText(input));
    if (!exec(q, error))
        return false;
    const ColumnReader v(q);
    while (q.next()) {
        const int i = v(u"idx"_s).toInt();
        const OutcomeRequest &r = requests.at(i);
        QString &rejection = (*items)[i].rejection;
        if (!v(u"item"_s).isNull()) {
            OutcomeTarget &t = (*targets)[i];
            t.item = v(u"item"_s).toString();
            t.enrollment = v(u"enrollment_id"_s).toString();
            t.contact = v(u"contact_id"_s).toString();
            t.campaign = v(u"slug"_s).toString();
            t.campaignId = v(u"campaign_id"_s).toString();
            t.step = v(u"step_number"_s).toInt();
            t.visit = v(u"visit"_s).toInt();
            t.attempt = v(u"attempt"_s).toInt();
        } else if (v(u"archived_event"_s).toBool()) {
            // A provider repeating an event recorded before its item was archived.
            OutcomeResult ack;
            ack.duplicate = true;
            ack.item = r.item;
            ack.action = Tr::tr("duplicate event %1: already recorded (the item is archived)")
                             .arg(r.eventId);
            (*items)[i].result = ack;
        } else if (!r.item.isEmpty() && v(u"archived"_s).toBool()) {
            // History moved by `touchline db archive`: its enrollment ended long ago.
            rejection = Tr::tr("outbound item %1 is archived (its enrollment ended more than "
                               "the retention ago): the outcome is not recorded")
                            .arg(r.item);
        } else if (!r.item.isEmpty()) {
            rejection = Tr::tr("no outbound item with the id %1").arg(r.item);
        } else if (!v(u"campaign_known"_s).toBool()) {
            rejection = Tr::tr("no campaign with the slug %1").arg(r.campaign);
        } else if (!v(u"contact_known"_s).toBool()) {
            rejection = Tr::tr("no contact with the id %1").arg(r.contact);
        } else if (v(u"active_enrollment"_s).isNull()) {
            rejection = Tr::tr("%1 has no active enrollment in %2").arg(r.contact, r.campaign);
        } else if (r.step < 1 || r.step > v(u"step_count"_s).toInt()) {
            rejection = Tr::tr("%1 has no step %2 (revision %3 has steps 1..%4)")
                            .arg(r.campaign)
                            .arg(r.step)
                            .arg(v(u"active_revision"_s).toInt())
                            .arg(v(u"step_count"_s).toInt());
        } else {
            rejection = Tr::tr("step %1 of %2 has not fired yet for %3")
                            .arg(r.step)
                            .arg(r.campaign, r.contact);
        }
    }
    return true;
}

bool Engine::lockStates(const QStringList &ids,
                        QHash<QString, OutcomeState> *states,
                        DbError *error)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(lockSql);
    q.bindValue(u":ids"_s, jsonText(QJsonArray::fromStringList(ids)));
    if (!exec(q, error))
        return false;
    const ColumnReader v(q);
    while (q.next()) {
        OutcomeState st;
        st.campaignId = v(u"campaign_id"_s).toString();
        st.clientId = v(u"client_id"_s).toString();
        st.contact = v(u"contact_id"_s).toString();
        st.slug = v(u"slug"_s).toString();
        st.revision = v(u"revision"_s).toInt();
        st.currentStep = v(u"current_step"_s).toInt();
        st.attempt = v(u"attempt"_s).toInt();
        st.visit = v(u"visit"_s).toInt();
        st.nextSend = fromEpochMs(v(u"next_ms"_s));
        st.active = v(u"active"_s).toBool();
        st.noEngagementDays = v(u"no_engagement_after_days"_s).toInt();
        st.handedOff = v(u"handed_off"_s).toBool();
        states->insert(v(u"id"_s).toString(), st);
    }
    return true;
}

bool Engine::loadSteps(const QHash<QString, OutcomeState> &states,
                       QHash<QString, QHash<int, StepInfo>> *steps,
                       DbError *error)
{
    QJsonArray pairs;
    QSet<QString> seen;
    for (const OutcomeState &st : states) {
        const QString key = campaignKey(st.campaignId, st.revision);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        pairs.append(QJsonObject{{u"campaign_id"_s, st.campaignId}, {u"revision"_s, st.revision}});
    }
    if (pairs.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(stepsSql);
    q.bindValue(u":pairs"_s, jsonText(pairs));
    if (!exec(q, error))
        return false;
    const ColumnReader v(q);
    while (q.next()) {
        (*steps)[campaignKey(v(u"campaign_id"_s).toString(), v(u"revision"_s).toInt())].insert(
            v(u"step_number"_s).toInt(),
            {v(u"channel"_s).toString(),
             parseOnOutcome(v(u"on_outcome"_s).toString()),
             v(u"delay"_s).toInt()});
    }
    return true;
}

bool Engine::loadPendingReplies(const QStringList &ids,
                                QHash<QString, QString> *pending,
                                DbError *error)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(pendingRepliesSql);
    q.bindValue(u":ids"_s, jsonText(QJsonArray::fromStringList(ids)));
    if (!exec(q, error))
        return false;
    const ColumnReader v(q);
    while (q.next())
        pending->insert(v(u"item"_s).toString(), v(u"resume_at"_s).toString());
    return true;
}

// Writes the outcome rows of the valid requests; marks the repeats of an (item, event id).
bool Engine::insertOutcomes(const QVector<OutcomeRequest> &requests,
                            const QVector<OutcomeTarget> &targets,
                            const QHash<QString, OutcomeState> &states,
                            const QDateTime &at,
                            QVector<OutcomeBatchItem> *items,
                            DbError *error)
{
    QStringList enrollments, campaigns, revisions, steps, attempts, visits, outbound, outcomes,
        intents, eventIds;
    QSet<QString> keys; // item + event id, within this batch
    for (int i = 0; i < requests.size(); ++i) {
        if (!(*items)[i].rejection.isEmpty() || (*items)[i].result)
            continue;
        const OutcomeRequest &r = requests.at(i);
        const OutcomeTarget &t = targets.at(i);
        if (!r.eventId.isEmpty()) {
            const QString key = t.item + u'\n' + r.eventId;
            if (keys.contains(key)) {
                (*items)[i].result = OutcomeResult{};
                (*items)[i].result->duplicate = true;
                continue;
            }
            keys.insert(key);
        }
        enrollments.append(t.enrollment);
        campaigns.append(t.campaignId);
        revisions.append(QString::number(states.value(t.enrollment).revision));
        steps.append(QString::number(t.step));
        attempts.append(QString::number(t.attempt));
        visits.append(QString::number(t.visit));
        outbound.append(t.item);
        outcomes.append(r.outcome);
        intents.append(r.intent); // empty: NULL
        eventIds.append(r.eventId);
    }
    if (enrollments.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(insertOutcomesSql);
    bindArrays(q,
               {{u":enrollments"_s, enrollments},
                {u":campaigns"_s, campaigns},
                {u":revisions"_s, revisions},
                {u":steps"_s, steps},
                {u":attempts"_s, attempts},
                {u":visits"_s, visits},
                {u":items"_s, outbound},
                {u":outcomes"_s, outcomes},
                {u":intents"_s, intents},
                {u":event_ids"_s, eventIds}});
    q.bindValue(u":at"_s, iso(at));
    if (!exec(q, error))
        return false;
    QSet<QString> inserted;
    const ColumnReader v(q);
    while (q.next()) {
        if (!v(u"event_id"_s).isNull())
            inserted.insert(v(u"item"_s).toString() + u'\n' + v(u"event_id"_s).toString());
    }
    for (int i = 0; i < requests.size(); ++i) {
        const OutcomeRequest &r = requests.at(i);
        if (r.eventId.isEmpty() || !(*items)[i].rejection.isEmpty() || (*items)[i].result)
            continue;
        if (!inserted.contains(targets.at(i).item + u'\n' + r.eventId)) {
            (*items)[i].result = OutcomeResult{};
            (*items)[i].result->duplicate = true;
        }
    }
    return true;
}

QString
Engine::validateOutcome(const OutcomeRequest &r, const OutcomeTarget &t, const StepInfo *info) const
{
    if (!r.intent.isEmpty() && !Vocabulary::replyIntents().contains(r.intent))
        return Tr::tr("unknown reply intent \"%1\" (expected one of: %2)")
            .arg(r.intent, Vocabulary::replyIntents().join(u", "_s));
    if (!info)
        return Tr::tr("%1 has no step %2").arg(t.campaign).arg(t.step);
    if (!Vocabulary::isOutcomeFor(info->channel, r.outcome))
        return Tr::tr("unknown outcome \"%1\" for step %2 of %3, a %4 step (expected one of: %5)")
            .arg(r.outcome)
            .arg(t.step)
            .arg(t.campaign,
                 info->channel,
                 (Vocabulary::outcomesFor(info->channel) + Vocabulary::replyIntents())
                     .join(u", "_s));
    return QString();
}

// Applies one decision to the enrollment's state and the batch's writes; says what happened.
QString Engine::applyAction(const OutcomeRouting::Action &action,
                            const OutcomeRequest &r,
                            const OutcomeTarget &t,
                            const QHash<int, StepInfo> &steps,
                            const QDateTime &at,
                            OutcomeState *st,
                            OutcomeWrites *w)
{
    using Kind = OutcomeRouting::Action::Kind;
    const int last = int(steps.size());
    const int delay = steps.value(t.step).delay;
    const auto resumeAt = [&] {
        const QDateTime held
            = QDateTime::fromString(w->pendingReplies.value(t.item), Qt::ISODateWithMs);
        return st->currentStep > last ? at.addDays(st->noEngagementDays)
                                      : std::max(held.isValid() ? held : at, at);
    };
    const bool classifying = w->pendingReplies.contains(t.item) && !r.intent.isEmpty();
    if (classifying) {
        w->classified.append(QJsonObject{{u"item"_s, t.item}, {u"intent"_s, r.intent}});
        if (!st->nextSend.isValid() && st->active) {
            st->nextSend = resumeAt();
            st->changed = true;
        }
    }
    if (st->handedOff && st->active && action.kind != Kind::Handoff && action.kind != Kind::Record)
        w->handoffsAnswered.append(t.enrollment);
    const bool reply = !r.intent.isEmpty() || r.outcome == u"replied"
                       || Vocabulary::replyIntents().contains(r.outcome);
    if (reply && action.kind != Kind::Classify && !classifying)
        w->tasks.append(QJsonObject{{u"type"_s, u"process_reply"_s},
                                    {u"status"_s, u"done"_s},
                                    {u"enrollment_id"_s, t.enrollment},
                                    {u"payload"_s,
                                     QJsonObject{{u"outbound_id"_s, t.item},
                                                 {u"step"_s, t.step},
                                                 {u"outcome"_s, r.outcome},
                                                 {u"intent"_s, r.intent}}}});
    if (action.suppress)
        w->suppressions.append(
            QJsonObject{{u"client_id"_s, st->clientId}, {u"contact_id"_s, t.contact}});
    switch (action.kind) {
    case Kind::Record:
        return !st->active ? Tr::tr("recorded (the enrollment has ended)")
                           : Tr::tr("recorded (a later step has fired since)");
    case Kind::Continue:
        return t.step >= last ? Tr::tr("recorded; no step is left: the contact times out as "
                                       "no_engagement unless an outcome routes it")
                              : Tr::tr("recorded; the sequence continues");
    case Kind::Goto:
        st->currentStep = action.step;
        st->attempt = 1;
        st->nextSend = at.addSecs(qint64(std::max(0, steps.value(action.step).delay - delay)) * 60);
        st->changed = true;
        return Tr::tr("goto step %1").arg(action.step);
    case Kind::Retry:
        st->currentStep = t.step;
        st->attempt = t.attempt + 1;
        st->nextSend = at.addSecs(qint64(action.afterMinutes) * 60);
        st->changed = true;
        return Tr::tr("retry step %1 in %2 min (attempt %3 of %4)")
            .arg(t.step)
            .arg(action.afterMinutes)
            .arg(st->attempt)
            .arg(action.maxAttempts);
    case Kind::RetryExhausted:
        return Tr::tr("no retry left: moves on");
    case Kind::Handoff:
        w->tasks.append(QJsonObject{{u"type"_s, u"handoff"_s},
                                    {u"status"_s, u"pending"_s},
                                    {u"assigned_role"_s, action.handoff},
                                    {u"enrollment_id"_s, t.enrollment},
                                    {u"payload"_s,
                                     QJsonObject{{u"contact_id"_s, t.contact},
                                                 {u"campaign"_s, t.campaign},
                                                 {u"step"_s, t.step},
                                                 {u"outbound_id"_s, t.item},
                                                 {u"outcome"_s, r.outcome}}}});
        // The contact is with a person (or the voicebot) now: the sequence holds until that
        // conversation reports an outcome, and times out as no_engagement if none comes.
        st->currentStep = last + 1;
        st->attempt = 1;
        st->nextSend = at.addDays(st->noEngagementDays);
        st->changed = true;
        return Tr::tr("handoff to %1").arg(action.handoff);
    case Kind::Exit:
        w->exits.append({t.enrollment,
                         action.exitReason,
                         OutcomeRouting::intentKey(r.outcome, r.intent).isEmpty()
                             ? r.outcome
                             : OutcomeRouting::intentKey(r.outcome, r.intent),
                         !action.suppress});
        st->active = false;
        st->changed = false;
        return Tr::tr("exit %1").arg(action.exitReason);
    case Kind::Classify:
        // A reply is engagement: it waits for its classification, and nothing fires meanwhile.
        w->tasks.append(
            QJsonObject{{u"type"_s, u"process_reply"_s},
                        {u"status"_s, u"pending"_s},
                        {u"enrollment_id"_s, t.enrollment},
                        {u"payload"_s,
                         QJsonObject{{u"outbound_id"_s, t.item},
                                     {u"step"_s, t.step},
                                     {u"outcome"_s, r.outcome},
                                     {u"resume_at"_s,
                                      st->nextSend.isValid() ? QJsonValue(iso(st->nextSend))
                                                             : QJsonValue()}}}});
        w->pendingReplies.insert(t.item, st->nextSend.isValid() ? iso(st->nextSend) : QString());
        st->nextSend = QDateTime();
        st->changed = true;
        return Tr::tr("reply recorded; the enrollment holds until the reply is classified "
                      "(process_reply pending)");
    case Kind::PushBack:
        if (!st->nextSend.isValid())
            return Tr::tr("recorded (out of office)");
        st->nextSend = std::max(st->nextSend, at).addDays(outOfOfficePushDays);
        st->changed = true;
        return Tr::tr("next touch pushed back %n day(s)", nullptr, outOfOfficePushDays);
    case Kind::Resume: {
        const int gap = std::max(0, steps.value(t.step + 1).delay - delay);
        st->currentStep = t.step + 1;
        st->attempt = 1;
        st->nextSend = at.addSecs(qint64(gap) * 60);
        st->changed = true;
        return Tr::tr("the sequence resumes at step %1").arg(t.step + 1);
    }
    }
    return QString();
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
        *error = tx.beginError();
        return std::nullopt;
    }
    if (!recordOutcomesIn(requests, *at, &items, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = failureOf(m_db.lastError());
        return std::nullopt;
    }
    *error = {};
    return items;
}

bool Engine::recordOutcomesIn(const QVector<OutcomeRequest> &requests,
                              const QDateTime &at,
                              QVector<OutcomeBatchItem> *items,
                              DbError *error)
{
    QVector<OutcomeTarget> targets(requests.size());
    if (!resolveTargets(requests, &targets, items, error))
        return false;
    QSet<QString> ids;
    for (const OutcomeTarget &t : std::as_const(targets))
        if (!t.enrollment.isEmpty())
            ids.insert(t.enrollment);
    const QStringList idList(ids.cbegin(), ids.cend());
    QHash<QString, OutcomeState> states;
    QHash<QString, QHash<int, StepInfo>> steps;
    OutcomeWrites w;
    if (!lockStates(idList, &states, error) || !loadSteps(states, &steps, error)
        || !loadPendingReplies(idList, &w.pendingReplies, error))
        return false;
    for (int i = 0; i < requests.size(); ++i) {
        if (!(*items)[i].rejection.isEmpty() || (*items)[i].result)
            continue;
        const OutcomeTarget &t = targets.at(i);
        const OutcomeState &st = states.value(t.enrollment);
        const auto &campaignSteps = steps.value(campaignKey(st.campaignId, st.revision));
        const auto info = campaignSteps.constFind(t.step);
        (*items)[i].rejection
            = validateOutcome(requests.at(i), t, info == campaignSteps.cend() ? nullptr : &*info);
    }
    if (!insertOutcomes(requests, targets, states, at, items, error))
        return false;

    for (int i = 0; i < requests.size(); ++i) {
        OutcomeBatchItem &item = (*items)[i];
        const OutcomeRequest &r = requests.at(i);
        const OutcomeTarget &t = targets.at(i);
        if (!item.rejection.isEmpty() || item.result) {
            if (item.result && !t.item.isEmpty()) { // a duplicate: acknowledged, nothing done
                item.result->action = Tr::tr("duplicate event %1: already recorded").arg(r.eventId);
                item.result->item = t.item;
                item.result->contact = t.contact;
                item.result->campaign = t.campaign;
                item.result->step = t.step;
            }
            continue;
        }
        OutcomeState &st = states[t.enrollment];
        const auto &campaignSteps = steps.value(campaignKey(st.campaignId, st.revision));
        OutcomeRouting::StepView view{campaignSteps.value(t.step).onOutcome,
                                      t.step >= campaignSteps.size()};
        OutcomeRouting::State routingState;
        routingState.active = st.active;
        routingState.current = t.visit == st.visit;
        routingState.handedOff = st.handedOff && routingState.current;
        routingState.awaitingClassification = w.pendingReplies.contains(t.item);
        routingState.attempt = t.attempt;
        const auto action = OutcomeRouting::decide(view, r.outcome, r.intent, routingState);
        OutcomeResult result;
        result.item = t.item;
        result.contact = t.contact;
        result.campaign = t.campaign;
        result.step = t.step;
        result.action = applyAction(action, r, t, campaignSteps, at, &st, &w);
        if (action.kind == OutcomeRouting::Action::Kind::Exit) {
            result.exitReason = action.exitReason;
            w.exitRequest.insert(t.enrollment, i);
        }
        item.result = result;
    }
    return writeOutcomeDecisions(&w, &states, at, items, error);
}

bool Engine::writeOutcomeDecisions(OutcomeWrites *w,
                                   QHash<QString, OutcomeState> *states,
                                   const QDateTime &at,
                                   QVector<OutcomeBatchItem> *items,
                                   DbError *error)
{
    QSqlQuery q(m_db);
    const auto write = [&](const QString &sql, const QString &name, const QJsonArray &rows) {
        if (rows.isEmpty())
            return true;
        q.prepare(sql);
        q.bindValue(name, jsonText(rows));
        if (sql.contains(u":at"_s))
            q.bindValue(u":at"_s, iso(at));
        return exec(q, error);
    };
    if (!write(insertTasksSql, u":rows"_s, w->tasks)
        || !write(completeRepliesSql, u":rows"_s, w->classified)
        || !write(completeHandoffsSql, u":ids"_s, QJsonArray::fromStringList(w->handoffsAnswered))
        || !write(suppressSql, u":rows"_s, w->suppressions))
        return false;
    if (!w->suppressions.isEmpty()) {
        // An opt-out ends every active enrollment of that contact for that client.
        q.prepare(suppressedEnrollmentsSql);
        q.bindValue(u":rows"_s, jsonText(w->suppressions));
        if (!exec(q, error))
            return false;
        QSet<QString> exiting;
        for (const Exit &e : std::as_const(w->exits))
            exiting.insert(e.enrollmentId);
        while (q.next()) {
            const QString id = q.value(u"id"_s).toString();
            if (exiting.contains(id))
                continue;
            w->exits.append({id, u"rejected"_s, u"unsubscribe"_s, false});
            if (states->contains(id))
                (*states)[id].active = false;
        }
    }
    // The enrollments the decisions moved: step, attempt and next touch, one array per column.
    QStringList moved, steps, attempts, nextAts;
    for (auto it = states->cbegin(); it != states->cend(); ++it) {
        if (!it->active || !it->changed)
            continue;
        moved.append(it.key());
        steps.append(QString::number(it->currentStep));
        attempts.append(QString::number(it->attempt));
        nextAts.append(it->nextSend.isValid() ? iso(it->nextSend) : QString()); // empty: NULL
    }
    if (!moved.isEmpty()) {
        q.prepare(movesSql);
        bindArrays(q,
                   {{u":ids"_s, moved},
                    {u":steps"_s, steps},
                    {u":attempts"_s, attempts},
                    {u":next_ats"_s, nextAts}});
        if (!exec(q, error))
            return false;
    }
    if (!w->exits.isEmpty()) {
        QHash<QString, Routed> perEnrollment;
        const auto routed = exitEnrollments(w->exits, at, error, &perEnrollment);
        if (!routed)
            return false;
        for (auto it = perEnrollment.cbegin(); it != perEnrollment.cend(); ++it) {
            const int i = w->exitRequest.value(it.key(), -1);
            if (i >= 0 && (*items)[i].result) {
                (*items)[i].result->enrolledIn = it->enrolledIn;
                (*items)[i].result->gated = it->gated;
                (*items)[i].result->warnings = it->warnings;
            }
        }
    }
    return write(cancelSuppressedSql, u":rows"_s, w->suppressions);
}

} // namespace Touchline
