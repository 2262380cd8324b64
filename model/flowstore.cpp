#include "flowstore.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <QVariant>
#include <algorithm>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonValue parseJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
    if (d.isObject())
        return d.object();
    if (d.isArray())
        return d.array();
    return QJsonValue();
}

DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}

// Campaign fields other than the steps, in the file's shape.
QJsonObject campaignFields(const Campaign &c)
{
    QJsonObject o = FlowCodec::campaignToJson(c);
    o.remove(u"steps"_s);
    return o;
}

// The slugs of all campaigns, in order.
const auto campaignSlugsSql = uR"sql(
select slug from campaigns order by slug
)sql"_s;

// load reads the campaigns and their current steps from pieces assembled at run time: the
// select, then slugFilterSql only when some slugs are asked for, then the order.
const auto loadCampaignsSql = uR"sql(
select c.slug, c.name, c.client_id, c.type, c.owner_role, c.status, c.gate,
       c.on_exit::text as on_exit, c.send_window::text as send_window,
       c.no_engagement_after_days, c.layout::text as layout, c.review, c.drafter
  from campaigns c
)sql"_s;
const auto loadStepsSql = uR"sql(
select c.slug, s.step_number, s.delay_days, s.delay_minutes, s.channel, s.content_type,
       s.template_instructions, s.handler, s.on_outcome::text as on_outcome, s.review
  from campaigns c
  join campaign_steps s on s.campaign_id = c.id and s.revision = c.current_revision
)sql"_s;
const auto slugFilterSql = uR"sql(
 where c.slug in (select jsonb_array_elements_text(cast(:slugs as jsonb)))
)sql"_s;
const auto campaignOrderSql = uR"sql(
 order by c.slug
)sql"_s;
const auto stepOrderSql = uR"sql(
 order by c.slug, s.step_number
)sql"_s;

// The lock imports and design saves take turns on, to the end of the transaction.
const auto importLockSql = uR"sql(
select pg_advisory_xact_lock(7308327465317222)
)sql"_s;

// Writes one audit entry.
const auto auditSql = uR"sql(
insert into audit_log (action, subject, detail)
values (:action, :subject, cast(:detail as jsonb))
)sql"_s;

// The given slugs that exist already, locked to the end of the transaction.
const auto lockExistingSql = uR"sql(
select slug
  from campaigns
 where slug in (select jsonb_array_elements_text(cast(:slugs as jsonb)))
 order by slug
   for update
)sql"_s;

// Writes the campaign fields of the given rows, creating new campaigns and updating (with a
// new version) existing ones.
const auto upsertCampaignsSql = uR"sql(
insert into campaigns as c (slug, name, client_id, type, owner_role, status, gate, on_exit,
                            send_window, no_engagement_after_days, layout, review, drafter)
select r.slug, r.name, r.client_id, r.type, r.owner_role, r.status, coalesce(r.gate, false),
       r.on_exit, r.send_window, r.no_engagement_after_days, r.layout, coalesce(r.review, true),
       coalesce(r.drafter, 'template')
  from jsonb_to_recordset(cast(:rows as jsonb))
       as r(slug text, name text, client_id text, type text, owner_role text, status text,
            gate boolean, on_exit jsonb, send_window jsonb, no_engagement_after_days int,
            layout jsonb, review boolean, drafter text)
    on conflict (slug) do update
   set name = excluded.name, client_id = excluded.client_id, type = excluded.type,
       owner_role = excluded.owner_role, status = excluded.status, gate = excluded.gate,
       on_exit = excluded.on_exit, send_window = excluded.send_window,
       no_engagement_after_days = excluded.no_engagement_after_days,
       layout = excluded.layout, review = excluded.review, drafter = excluded.drafter,
       version = c.version + 1, updated_at = now()
)sql"_s;

// Opens the next revision of the given campaigns, with the message and the settings it has.
const auto bumpRevisionsSql = uR"sql(
with bumped as (update campaigns set current_revision = current_revision + 1
                 where slug in (select jsonb_array_elements_text(cast(:slugs as jsonb)))
             returning id, current_revision)
insert into campaign_revisions (campaign_id, revision, message, settings)
select b.id, b.current_revision, :message,
       jsonb_build_object('on_exit', c.on_exit, 'gate', c.gate, 'send_window', c.send_window)
  from bumped b join campaigns c on c.id = b.id
)sql"_s;

// Writes the steps of the current revision of their campaigns.
const auto insertStepsSql = uR"sql(
insert into campaign_steps (campaign_id, revision, step_number, delay_days, delay_minutes,
                            channel, content_type, template_instructions, handler, on_outcome,
                            review)
select c.id, c.current_revision, s.step_number, s.delay_days, s.delay_minutes, s.channel,
       s.content_type, s.template_instructions, s.handler, coalesce(s.on_outcome, '{}'),
       s.review
  from jsonb_to_recordset(cast(:steps as jsonb))
       as s(slug text, step_number int, delay_days int, delay_minutes int, channel text,
            content_type text, template_instructions text, handler text, on_outcome jsonb,
            review boolean)
  join campaigns c on c.slug = s.slug
)sql"_s;

// The current revision of the given campaigns.
const auto currentRevisionsSql = uR"sql(
select slug, current_revision
  from campaigns
 where slug in (select jsonb_array_elements_text(cast(:slugs as jsonb)))
)sql"_s;

// One snapshot for the rest of the transaction.
const auto snapshotSql = uR"sql(
set transaction isolation level repeatable read, read only
)sql"_s;

// The version of every campaign.
const auto allVersionsSql = uR"sql(
select slug, version from campaigns
)sql"_s;

// The version of the given campaigns, when they were last changed and who saved last (the
// newest import or save naming the campaign, else the author of its newest revision).
const auto saveStateSql = uR"sql(
select c.slug, c.version, c.updated_at,
       coalesce((select a.actor from audit_log a
                  where a.action in ('import', 'save_design')
                    and (a.detail -> 'created' @> to_jsonb(c.slug)
                         or a.detail -> 'updated' @> to_jsonb(c.slug))
                  order by a.id desc limit 1),
                (select r.author from campaign_revisions r where r.campaign_id = c.id
                  order by r.revision desc limit 1),
                '') as author
  from campaigns c
 where c.slug in (select jsonb_array_elements_text(cast(:slugs as jsonb)))
 order by c.slug
)sql"_s;

// The version of the given campaigns.
const auto versionsSql = uR"sql(
select slug, version
  from campaigns
 where slug in (select jsonb_array_elements_text(cast(:slugs as jsonb)))
)sql"_s;

// The revisions of a campaign, newest first, with which is current and how many active
// enrollments each still has.
const auto revisionsSql = uR"sql(
select r.revision, r.author, r.message, r.created_at,
       r.revision = c.current_revision as is_current,
       (select count(*) from campaign_contacts cc
         where cc.campaign_id = c.id and cc.revision = r.revision and cc.status = 'active')
         as active_enrollments
  from campaigns c join campaign_revisions r on r.campaign_id = c.id
 where c.slug = :slug
 order by r.revision desc
)sql"_s;

// Whether the campaign has the revision.
const auto revisionExistsSql = uR"sql(
select exists (select 1 from campaign_revisions r join campaigns c on c.id = r.campaign_id
                where c.slug = :slug and r.revision = :revision) as found
)sql"_s;

// The steps of one revision of a campaign, in order.
const auto revisionStepsSql = uR"sql(
select s.step_number, s.delay_days, s.delay_minutes, s.channel, s.content_type,
       s.template_instructions, s.handler, s.on_outcome::text as on_outcome, s.review
  from campaigns c join campaign_steps s on s.campaign_id = c.id
 where c.slug = :slug and s.revision = :revision
 order by s.step_number
)sql"_s;

// The settings (on_exit, gate, send window) kept with the given revisions of a campaign.
const auto revisionSettingsSql = uR"sql(
select r.revision, r.settings::text as settings
from campaign_revisions r join campaigns c on c.id = r.campaign_id
where c.slug = :slug and r.revision = any (cast(:revisions as int[])) and r.settings is not null
)sql"_s;

// The campaign, locked, with the step count of the target revision and whether both
// revisions exist.
const auto migrationCheckSql = uR"sql(
select c.id,
       (select count(*) from campaign_steps s where s.campaign_id = c.id and s.revision = :to)
         as step_count,
       exists (select 1 from campaign_revisions r
                where r.campaign_id = c.id and r.revision = :to2) as has_to,
       exists (select 1 from campaign_revisions r
                where r.campaign_id = c.id and r.revision = :from) as has_from
  from campaigns c
 where c.slug = :slug
   for update
)sql"_s;

// Moves the active enrollments of one revision to another; past the new last step means the
// last step has fired.
const auto migrateEnrollmentsSql = uR"sql(
update campaign_contacts
   set revision = :to, current_step = least(current_step, :last + 1)
 where campaign_id = cast(:campaign as uuid) and revision = :from and status = 'active'
)sql"_s;

// Writes the drafts of the given campaigns, replacing earlier ones.
const auto saveDraftsSql = uR"sql(
insert into campaign_drafts as d (slug, definition)
select r.slug, r.definition
  from jsonb_to_recordset(cast(:rows as jsonb)) as r(slug text, definition jsonb)
    on conflict (slug) do update
   set definition = excluded.definition, author = current_user, saved_at = now()
)sql"_s;

// All drafts, by slug, with their author and when they were saved.
const auto loadDraftsSql = uR"sql(
select slug, definition::text as definition, author,
       (extract(epoch from saved_at) * 1000)::bigint as saved_ms
  from campaign_drafts
 order by slug
)sql"_s;

// Deletes the drafts of the given campaigns.
const auto discardDraftsSql = uR"sql(
delete from campaign_drafts
 where slug in (select jsonb_array_elements_text(cast(:slugs as jsonb)))
)sql"_s;

} // namespace

FlowStore::FlowStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList FlowStore::campaignSlugs(DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList out;
    if (!q.exec(campaignSlugsSql)) {
        *error = failure(q);
        return out;
    }
    while (q.next())
        out.append(q.value(u"slug"_s).toString());
    *error = {};
    return out;
}

std::optional<Flow> FlowStore::load(const QStringList &slugs, DbError *error) const
{
    const QString filter = slugs.isEmpty() ? QString() : slugFilterSql;
    const QString slugsJson = jsonText(QJsonArray::fromStringList(slugs));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(loadCampaignsSql + filter + campaignOrderSql);
    if (!slugs.isEmpty())
        q.bindValue(u":slugs"_s, slugsJson);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QJsonArray campaigns;
    QHash<QString, int> index;
    while (q.next()) {
        QJsonObject c{
            {u"slug"_s, q.value(u"slug"_s).toString()},
            {u"name"_s, q.value(u"name"_s).toString()},
            {u"client_id"_s, q.value(u"client_id"_s).toString()},
            {u"type"_s, q.value(u"type"_s).toString()},
            {u"owner_role"_s, q.value(u"owner_role"_s).toString()},
            {u"status"_s, q.value(u"status"_s).toString()},
            {u"on_exit"_s, parseJson(q.value(u"on_exit"_s))},
            {u"no_engagement_after_days"_s, q.value(u"no_engagement_after_days"_s).toInt()},
            {u"steps"_s, QJsonArray()}};
        if (q.value(u"gate"_s).toBool())
            c.insert(u"gate"_s, true);
        if (!q.value(u"review"_s).toBool())
            c.insert(u"review"_s, false);
        if (q.value(u"drafter"_s).toString() != u"template")
            c.insert(u"drafter"_s, q.value(u"drafter"_s).toString());
        if (!q.value(u"send_window"_s).isNull())
            c.insert(u"send_window"_s, parseJson(q.value(u"send_window"_s)));
        if (!q.value(u"layout"_s).isNull())
            c.insert(u"layout"_s, parseJson(q.value(u"layout"_s)));
        index.insert(q.value(u"slug"_s).toString(), campaigns.size());
        campaigns.append(c);
    }
    QStringList missing;
    for (const QString &s : slugs) {
        if (!index.contains(s))
            missing.append(s);
    }
    if (!missing.isEmpty()) {
        *error
            = {DbError::Kind::Failed,
               Tr::tr("no campaign with the slug %1 in the database").arg(missing.join(u", "_s))};
        return std::nullopt;
    }

    q.prepare(loadStepsSql + filter + stepOrderSql);
    if (!slugs.isEmpty())
        q.bindValue(u":slugs"_s, slugsJson);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QHash<QString, QJsonArray> steps;
    while (q.next()) {
        QJsonObject s{{u"step_number"_s, q.value(u"step_number"_s).toInt()},
                      {u"delay_days"_s, q.value(u"delay_days"_s).toInt()},
                      {u"channel"_s, q.value(u"channel"_s).toString()},
                      {u"content_type"_s, q.value(u"content_type"_s).toString()},
                      {u"template_instructions"_s, q.value(u"template_instructions"_s).toString()}};
        if (q.value(u"delay_minutes"_s).toInt() != 0)
            s.insert(u"delay_minutes"_s, q.value(u"delay_minutes"_s).toInt());
        if (!q.value(u"handler"_s).isNull())
            s.insert(u"handler"_s, q.value(u"handler"_s).toString());
        const QJsonValue onOutcome = parseJson(q.value(u"on_outcome"_s));
        if (onOutcome.isObject() && !onOutcome.toObject().isEmpty())
            s.insert(u"on_outcome"_s, onOutcome);
        if (!q.value(u"review"_s).isNull())
            s.insert(u"review"_s, q.value(u"review"_s).toBool());
        steps[q.value(u"slug"_s).toString()].append(s);
    }
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        QJsonObject c = campaigns.at(it.value()).toObject();
        c.insert(u"steps"_s, steps.value(it.key()));
        campaigns.replace(it.value(), c);
    }

    // The database's own rows go through the same validator as a file: what it returns is
    // exactly what an import of the export would give.
    FlowCodec::Options options;
    DbError slugError;
    const QStringList all = campaignSlugs(&slugError);
    options.externalSlugs = QSet<QString>(all.cbegin(), all.cend());
    const QJsonObject root{{u"format"_s, FlowCodec::formatName()},
                           {u"version"_s, FlowCodec::formatVersion},
                           {u"campaigns"_s, campaigns}};
    FlowReadResult result = FlowCodec::read(root, options);
    if (!result.ok()) {
        QStringList problems;
        for (const FlowIssue &i : result.errors())
            problems.append(i.toString());
        *error = {DbError::Kind::Failed,
                  Tr::tr("the database holds an invalid flow: %1").arg(problems.join(u"; "_s))};
        return std::nullopt;
    }
    *error = {};
    return std::move(result.flow);
}

FlowReadResult FlowStore::readForImport(const QByteArray &bytes, DbError *error) const
{
    FlowCodec::Options options;
    const QStringList slugs = campaignSlugs(error);
    options.externalSlugs = QSet<QString>(slugs.cbegin(), slugs.cend());
    return FlowCodec::read(bytes, options);
}

std::optional<FlowStore::ImportReport>
FlowStore::importFlow(const Flow &flow, const QString &source, DbError *error)
{
    if (!m_db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    auto fail = [&](const DbError &e) -> std::optional<ImportReport> {
        *error = e;
        m_db.rollback();
        return std::nullopt;
    };

    // Imports take turns: row locks cannot protect slugs that do not exist yet, and two imports
    // of a new campaign must not both publish it.
    if (!q.exec(importLockSql))
        return fail(failure(q));
    ImportReport report;
    DbError e;
    if (!upsertLocked(flow, Tr::tr("imported from %1").arg(source), &report, &e))
        return fail(e);
    if (!audit(u"import"_s,
               source,
               QJsonObject{{u"created"_s, QJsonArray::fromStringList(report.created)},
                           {u"updated"_s, QJsonArray::fromStringList(report.updated)},
                           {u"unchanged"_s, QJsonArray::fromStringList(report.unchanged)}},
               &e))
        return fail(e);
    if (!m_db.commit())
        return fail({DbError::Kind::Failed, Database::describe(m_db.lastError())});
    *error = {};
    return report;
}

bool FlowStore::audit(const QString &action,
                      const QString &subject,
                      const QJsonObject &detail,
                      DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(auditSql);
    q.bindValue(u":action"_s, action);
    q.bindValue(u":subject"_s, subject);
    q.bindValue(u":detail"_s,
                QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    return true;
}

bool FlowStore::upsertLocked(const Flow &flow,
                             const QString &revisionMessage,
                             ImportReport *reportOut,
                             DbError *error)
{
    QStringList slugs;
    for (const Campaign &c : flow.campaigns)
        slugs.append(c.slug);
    const QString slugsJson = jsonText(QJsonArray::fromStringList(slugs));
    QSqlQuery q(m_db);
    auto fail = [&](const DbError &e) {
        *error = e;
        return false;
    };
    q.prepare(lockExistingSql);
    q.bindValue(u":slugs"_s, slugsJson);
    if (!q.exec())
        return fail(failure(q));
    QStringList existingSlugs;
    while (q.next())
        existingSlugs.append(q.value(u"slug"_s).toString());

    Flow existing;
    if (!existingSlugs.isEmpty()) {
        DbError loadError;
        auto loaded = load(existingSlugs, &loadError);
        if (!loaded)
            return fail(loadError);
        existing = std::move(*loaded);
    }

    ImportReport &report = *reportOut;
    QJsonArray upserts;
    QJsonArray newSteps;
    QStringList revised;
    for (const Campaign &c : flow.campaigns) {
        const int at = existing.indexOf(c.slug);
        const bool isNew = at < 0;
        const bool fieldsChanged
            = isNew || campaignFields(existing.campaigns.at(at)) != campaignFields(c);
        const bool stepsChanged = isNew || existing.campaigns.at(at).steps != c.steps;
        // A new revision for new steps and for a new way out or time to send (on_exit, gate,
        // send window): the history shows every change to where and when contacts go.
        const bool revise
            = isNew || classifyChange(existing.campaigns.at(at), c) == CampaignChange::Definition;
        if (isNew)
            report.created.append(c.slug);
        else if (fieldsChanged || stepsChanged)
            report.updated.append(c.slug);
        else
            report.unchanged.append(c.slug);
        if (fieldsChanged || stepsChanged)
            upserts.append(campaignFields(c));
        if (revise) {
            revised.append(c.slug);
            for (const Step &s : c.steps) {
                QJsonObject o = FlowCodec::stepToJson(s);
                o.insert(u"slug"_s, c.slug);
                o.insert(u"delay_minutes"_s, s.delayMinutes);
                newSteps.append(o);
            }
        }
    }

    if (!upserts.isEmpty()) {
        q.prepare(upsertCampaignsSql);
        q.bindValue(u":rows"_s, jsonText(upserts));
        if (!q.exec())
            return fail(failure(q));
    }
    if (!revised.isEmpty()) {
        q.prepare(bumpRevisionsSql);
        q.bindValue(u":slugs"_s, jsonText(QJsonArray::fromStringList(revised)));
        q.bindValue(u":message"_s, revisionMessage);
        if (!q.exec())
            return fail(failure(q));
        q.prepare(insertStepsSql);
        q.bindValue(u":steps"_s, jsonText(newSteps));
        if (!q.exec())
            return fail(failure(q));
    }

    q.prepare(currentRevisionsSql);
    q.bindValue(u":slugs"_s, slugsJson);
    if (!q.exec())
        return fail(failure(q));
    while (q.next())
        report.revisions.insert(q.value(u"slug"_s).toString(),
                                q.value(u"current_revision"_s).toInt());

    *error = {};
    return true;
}

std::optional<FlowStore::VersionedFlow> FlowStore::loadWithVersions(const QStringList &slugs,
                                                                    DbError *error) const
{
    // One snapshot for the rows and their versions, so a version always names what was read.
    QSqlDatabase db = m_db;
    if (!db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(db.lastError())};
        return std::nullopt;
    }
    QSqlQuery q(db);
    auto fail = [&](const DbError &e) -> std::optional<VersionedFlow> {
        *error = e;
        db.rollback();
        return std::nullopt;
    };
    if (!q.exec(snapshotSql))
        return fail(failure(q));
    VersionedFlow out;
    DbError e;
    auto flow = load(slugs, &e);
    if (!flow)
        return fail(e);
    out.flow = std::move(*flow);
    if (!q.exec(allVersionsSql))
        return fail(failure(q));
    while (q.next()) {
        const QString slug = q.value(u"slug"_s).toString();
        if (out.flow.indexOf(slug) >= 0)
            out.versions.insert(slug, q.value(u"version"_s).toInt());
    }
    db.commit();
    *error = {};
    return out;
}

std::optional<FlowStore::SaveReport> FlowStore::saveDesign(const Flow &flow,
                                                           const QHash<QString, int> &expected,
                                                           SaveMode mode,
                                                           const QString &message,
                                                           DbError *error)
{
    QStringList slugs;
    for (const Campaign &c : flow.campaigns)
        slugs.append(c.slug);

    if (!m_db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    auto fail = [&](const DbError &e) -> std::optional<SaveReport> {
        *error = e;
        m_db.rollback();
        return std::nullopt;
    };
    // The same lock as importFlow: a save and an import never interleave, so the versions read
    // here are still the current ones when the rows are written.
    if (!q.exec(importLockSql))
        return fail(failure(q));

    // Who saved last: the newest import or save naming the campaign, else its newest revision.
    q.prepare(saveStateSql);
    q.bindValue(u":slugs"_s, jsonText(QJsonArray::fromStringList(slugs)));
    if (!q.exec())
        return fail(failure(q));
    SaveReport report;
    while (q.next()) {
        const QString slug = q.value(u"slug"_s).toString();
        const int current = q.value(u"version"_s).toInt();
        const int wanted = expected.value(slug, 0);
        if (current == wanted)
            continue;
        Conflict c;
        c.slug = slug;
        c.expectedVersion = wanted;
        c.currentVersion = current;
        c.savedAt = q.value(u"updated_at"_s).toDateTime();
        c.author = q.value(u"author"_s).toString();
        report.conflicts.append(c);
    }
    if (!report.conflicts.isEmpty() && mode == SaveMode::Normal) {
        m_db.rollback();
        *error = {};
        return report;
    }

    DbError e;
    if (!upsertLocked(flow, message, &report.import, &e))
        return fail(e);
    QStringList overwritten;
    for (const Conflict &c : std::as_const(report.conflicts))
        overwritten.append(c.slug);
    if (!audit(u"save_design"_s,
               message,
               QJsonObject{{u"created"_s, QJsonArray::fromStringList(report.import.created)},
                           {u"updated"_s, QJsonArray::fromStringList(report.import.updated)},
                           {u"unchanged"_s, QJsonArray::fromStringList(report.import.unchanged)},
                           {u"overwritten"_s, QJsonArray::fromStringList(overwritten)}},
               &e))
        return fail(e);
    q.prepare(versionsSql);
    q.bindValue(u":slugs"_s, jsonText(QJsonArray::fromStringList(slugs)));
    if (!q.exec())
        return fail(failure(q));
    while (q.next())
        report.versions.insert(q.value(u"slug"_s).toString(), q.value(u"version"_s).toInt());
    if (!m_db.commit())
        return fail({DbError::Kind::Failed, Database::describe(m_db.lastError())});
    report.saved = true;
    *error = {};
    return report;
}

QVector<FlowStore::RevisionInfo> FlowStore::revisions(const QString &slug, DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(revisionsSql);
    q.bindValue(u":slug"_s, slug);
    QVector<RevisionInfo> out;
    if (!q.exec()) {
        *error = failure(q);
        return out;
    }
    while (q.next()) {
        RevisionInfo r;
        r.revision = q.value(u"revision"_s).toInt();
        r.author = q.value(u"author"_s).toString();
        r.message = q.value(u"message"_s).toString();
        r.createdAt = q.value(u"created_at"_s).toDateTime();
        r.current = q.value(u"is_current"_s).toBool();
        r.activeEnrollments = q.value(u"active_enrollments"_s).toInt();
        out.append(r);
    }
    *error = {};
    return out;
}

std::optional<QVector<Step>>
FlowStore::revisionSteps(const QString &slug, int revision, DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(revisionExistsSql);
    q.bindValue(u":slug"_s, slug);
    q.bindValue(u":revision"_s, revision);
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    if (!q.value(u"found"_s).toBool()) {
        *error = {DbError::Kind::Failed,
                  Tr::tr("%1 has no revision %2").arg(slug, QString::number(revision))};
        return std::nullopt;
    }
    q.prepare(revisionStepsSql);
    q.bindValue(u":slug"_s, slug);
    q.bindValue(u":revision"_s, revision);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    // Read as stored, without the flow validator: an old revision must stay readable even
    // when today's rules would reject it.
    QVector<Step> steps;
    while (q.next()) {
        Step s;
        s.stepNumber = q.value(u"step_number"_s).toInt();
        s.delayDays = q.value(u"delay_days"_s).toInt();
        s.delayMinutes = q.value(u"delay_minutes"_s).toInt();
        s.channel = q.value(u"channel"_s).toString();
        s.contentType = q.value(u"content_type"_s).toString();
        s.templateInstructions = q.value(u"template_instructions"_s).toString();
        s.handler = q.value(u"handler"_s).toString();
        s.onOutcome = FlowCodec::onOutcomeFromJson(parseJson(q.value(u"on_outcome"_s)).toObject());
        if (!q.value(u"review"_s).isNull())
            s.review = q.value(u"review"_s).toBool();
        steps.append(s);
    }
    *error = {};
    return steps;
}

namespace {

QString describeAction(const OutcomeAction &a)
{
    switch (a.kind) {
    case OutcomeAction::Kind::Goto:
        return Tr::tr("go to step %1").arg(a.gotoStep);
    case OutcomeAction::Kind::Exit:
        return Tr::tr("exit %1").arg(a.exitReason);
    case OutcomeAction::Kind::Retry:
        return Tr::tr("retry after %1 min, at most %2 attempts")
            .arg(a.retryAfterMinutes)
            .arg(a.retryMaxAttempts);
    case OutcomeAction::Kind::Handoff:
        return Tr::tr("hand off to %1").arg(a.handoff);
    }
    return {};
}

QString quoted(const QString &text)
{
    QString flat = text.simplified();
    if (flat.size() > 60)
        flat = flat.left(57) + u"…"_s;
    return u"\u201c"_s + flat + u"\u201d"_s;
}

} // namespace

QStringList FlowStore::diffSteps(const QVector<Step> &from, const QVector<Step> &to)
{
    QMap<int, const Step *> before;
    QMap<int, const Step *> after;
    for (const Step &s : from)
        before.insert(s.stepNumber, &s);
    for (const Step &s : to)
        after.insert(s.stepNumber, &s);
    QList<int> numbers = before.keys() + after.keys();
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());

    QStringList out;
    for (int n : std::as_const(numbers)) {
        const Step *a = before.value(n);
        const Step *b = after.value(n);
        if (!a) {
            out.append(Tr::tr("step %1 added: %2 %3, day %4")
                           .arg(QString::number(n), b->channel, b->contentType)
                           .arg(b->delayDays));
            continue;
        }
        if (!b) {
            out.append(Tr::tr("step %1 removed: %2 %3, day %4")
                           .arg(QString::number(n), a->channel, a->contentType)
                           .arg(a->delayDays));
            continue;
        }
        auto field = [&](const QString &name, const QString &was, const QString &now) {
            if (was != now)
                out.append(Tr::tr("step %1 %2: %3 -> %4").arg(QString::number(n), name, was, now));
        };
        field(u"delay_days"_s, QString::number(a->delayDays), QString::number(b->delayDays));
        field(
            u"delay_minutes"_s, QString::number(a->delayMinutes), QString::number(b->delayMinutes));
        field(u"channel"_s, a->channel, b->channel);
        field(u"content_type"_s, a->contentType, b->contentType);
        if (a->templateInstructions != b->templateInstructions)
            field(u"template_instructions"_s,
                  quoted(a->templateInstructions),
                  quoted(b->templateInstructions));
        field(u"handler"_s,
              a->handler.isEmpty() ? Tr::tr("none") : a->handler,
              b->handler.isEmpty() ? Tr::tr("none") : b->handler);
        const auto reviewText = [](const std::optional<bool> &r) {
            return !r ? Tr::tr("campaign's") : *r ? Tr::tr("yes") : Tr::tr("no");
        };
        field(u"review"_s, reviewText(a->review), reviewText(b->review));
        QStringList outcomes = a->onOutcome.keys() + b->onOutcome.keys();
        outcomes.sort();
        outcomes.removeDuplicates();
        for (const QString &o : std::as_const(outcomes)) {
            const auto was = a->onOutcome.constFind(o);
            const auto now = b->onOutcome.constFind(o);
            if (was == a->onOutcome.cend())
                out.append(Tr::tr("step %1 on_outcome %2 added: %3")
                               .arg(QString::number(n), o, describeAction(*now)));
            else if (now == b->onOutcome.cend())
                out.append(Tr::tr("step %1 on_outcome %2 removed (was: %3)")
                               .arg(QString::number(n), o, describeAction(*was)));
            else if (*was != *now)
                out.append(
                    Tr::tr("step %1 on_outcome %2: %3 -> %4")
                        .arg(QString::number(n), o, describeAction(*was), describeAction(*now)));
        }
    }
    return out;
}

std::optional<QStringList>
FlowStore::diffRevisions(const QString &slug, int from, int to, DbError *error) const
{
    const auto a = revisionSteps(slug, from, error);
    if (!a)
        return std::nullopt;
    const auto b = revisionSteps(slug, to, error);
    if (!b)
        return std::nullopt;
    const auto settings = revisionSettings(slug, {from, to}, error);
    if (!settings)
        return std::nullopt;
    return diffSteps(*a, *b) + diffSettings(settings->value(from), settings->value(to));
}

std::optional<QMap<int, QJsonObject>>
FlowStore::revisionSettings(const QString &slug, const QList<int> &revisions, DbError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(revisionSettingsSql);
    QStringList numbers;
    for (int r : revisions)
        numbers.append(QString::number(r));
    q.bindValue(u":slug"_s, slug);
    q.bindValue(u":revisions"_s, QString(u"{"_s + numbers.join(u',') + u"}"_s));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QMap<int, QJsonObject> out;
    while (q.next())
        out.insert(q.value(u"revision"_s).toInt(),
                   QJsonDocument::fromJson(q.value(u"settings"_s).toString().toUtf8()).object());
    return out;
}

// One line per on_exit route, gate or send window that differs; nothing when either revision
// was published before revisions kept these (an empty object).
QStringList FlowStore::diffSettings(const QJsonObject &from, const QJsonObject &to)
{
    if (from.isEmpty() || to.isEmpty())
        return {};
    QStringList out;
    const auto text = [](const QJsonValue &v) {
        if (v.isUndefined() || v.isNull())
            return Tr::tr("none");
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    };
    const QJsonObject a = from.value(u"on_exit"_s).toObject();
    const QJsonObject b = to.value(u"on_exit"_s).toObject();
    QStringList reasons = a.keys() + b.keys();
    reasons.sort();
    reasons.removeDuplicates();
    for (const QString &reason : std::as_const(reasons)) {
        if (a.value(reason) != b.value(reason))
            out.append(Tr::tr("on_exit.%1: %2 -> %3")
                           .arg(reason, text(a.value(reason)), text(b.value(reason))));
    }
    for (const QString &field : {u"gate"_s, u"send_window"_s}) {
        if (from.value(field) != to.value(field))
            out.append(
                Tr::tr("%1: %2 -> %3").arg(field, text(from.value(field)), text(to.value(field))));
    }
    return out;
}

std::optional<int>
FlowStore::migrateEnrollments(const QString &slug, int from, int to, DbError *error)
{
    if (!m_db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    auto fail = [&](const DbError &e) -> std::optional<int> {
        *error = e;
        m_db.rollback();
        return std::nullopt;
    };
    q.prepare(migrationCheckSql);
    q.bindValue(u":to"_s, to);
    q.bindValue(u":to2"_s, to);
    q.bindValue(u":from"_s, from);
    q.bindValue(u":slug"_s, slug);
    if (!q.exec())
        return fail(failure(q));
    if (!q.next())
        return fail({DbError::Kind::Failed,
                     Tr::tr("no campaign with the slug %1 in the database").arg(slug)});
    const QString campaignId = q.value(u"id"_s).toString();
    const int stepCount = q.value(u"step_count"_s).toInt();
    if (!q.value(u"has_to"_s).toBool() || !q.value(u"has_from"_s).toBool())
        return fail({DbError::Kind::Failed,
                     Tr::tr("%1 has no revision %2")
                         .arg(slug, QString::number(q.value(u"has_to"_s).toBool() ? from : to))});
    if (from == to)
        return fail({DbError::Kind::Failed, Tr::tr("the two revisions are the same")});

    // Past the new last step means "the last step has fired", as the engine leaves it.
    q.prepare(migrateEnrollmentsSql);
    q.bindValue(u":to"_s, to);
    q.bindValue(u":last"_s, stepCount);
    q.bindValue(u":campaign"_s, campaignId);
    q.bindValue(u":from"_s, from);
    if (!q.exec())
        return fail(failure(q));
    const int moved = q.numRowsAffected();
    DbError e;
    if (!audit(u"migrate_enrollments"_s,
               slug,
               QJsonObject{{u"from_revision"_s, from}, {u"to_revision"_s, to}, {u"moved"_s, moved}},
               &e))
        return fail(e);
    if (!m_db.commit())
        return fail({DbError::Kind::Failed, Database::describe(m_db.lastError())});
    *error = {};
    return moved;
}

bool FlowStore::saveDrafts(const Flow &campaigns, DbError *error)
{
    QJsonArray rows;
    for (const Campaign &c : campaigns.campaigns)
        rows.append(
            QJsonObject{{u"slug"_s, c.slug}, {u"definition"_s, FlowCodec::campaignToJson(c)}});
    QSqlQuery q(m_db);
    q.prepare(saveDraftsSql);
    q.bindValue(u":rows"_s, jsonText(rows));
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *error = {};
    return true;
}

std::optional<QVector<FlowStore::Draft>> FlowStore::loadDrafts(DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(loadDraftsSql)) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<Draft> drafts;
    while (q.next())
        drafts.append(
            {q.value(u"slug"_s).toString(),
             parseJson(q.value(u"definition"_s)).toObject(),
             q.value(u"author"_s).toString(),
             QDateTime::fromMSecsSinceEpoch(q.value(u"saved_ms"_s).toLongLong(), Qt::UTC)});
    *error = {};
    return drafts;
}

bool FlowStore::discardDrafts(const QStringList &slugs, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(discardDraftsSql);
    q.bindValue(u":slugs"_s, jsonText(QJsonArray::fromStringList(slugs)));
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *error = {};
    return true;
}

} // namespace Touchline
