#include "campaignarchive.h"

#include "tr.h"

#include <QSqlError>
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

std::optional<CampaignArchive::Report>
CampaignArchive::archive(QSqlDatabase db, const QString &slug, DbError *error)
{
    if (!db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(db.lastError())};
        return std::nullopt;
    }
    auto fail = [&](DbError e) -> std::optional<Report> {
        db.rollback();
        *error = std::move(e);
        return std::nullopt;
    };
    QSqlQuery q(db);
    q.prepare(uR"sql(
update campaigns set status = 'archived', version = version + 1
 where slug = :slug
returning id, version
)sql"_s);
    q.bindValue(u":slug"_s, slug);
    if (!q.exec())
        return fail(failure(q));
    if (!q.next())
        return fail({DbError::Kind::Rejected,
                     Tr::tr("campaign %1 is not in the database; nothing was archived").arg(slug)});
    const QVariant campaignId = q.value(u"id"_s);
    Report report;
    report.version = q.value(u"version"_s).toInt();
    // Waits for a scheduler that is firing one of them right now; the next statement then sees
    // what it wrote. Schedulers that come later skip these locked rows, then find them ended.
    q.prepare(uR"sql(
select id from campaign_contacts where campaign_id = :id and status = 'active' for update
)sql"_s);
    q.bindValue(u":id"_s, campaignId);
    if (!q.exec())
        return fail(failure(q));
    q.prepare(uR"(
with e as (
  update campaign_contacts cc
  set status = 'timed_out', exited_at = now(), exit_reason = 'campaign_archived',
      next_send_at = null
  where cc.campaign_id = :id and cc.status = 'active'
  returning cc.id),
o as (
  update outbound_queue oq set status = 'cancelled'
  where oq.campaign_id = :id and oq.status in ('pending', 'drafted', 'approved')
  returning oq.id, oq.staged_draft_id),
d as (
  update staged_drafts sd set status = 'cancelled'
  from o where sd.id = o.staged_draft_id and sd.status in ('awaiting_draft', 'pending_review')
  returning sd.id),
a as (
  insert into audit_log (action, subject, detail)
  values ('archive', :slug, jsonb_build_object(
      'ended_enrollments', (select count(*) from e),
      'cancelled_items', (select count(*) from o),
      'cancelled_drafts', (select count(*) from d)))
  returning id)
select (select count(*) from e) as ended, (select count(*) from o) as cancelled,
       (select count(*) from a) as audited
)"_s);
    q.bindValue(u":id"_s, campaignId);
    q.bindValue(u":slug"_s, slug);
    if (!q.exec() || !q.next())
        return fail(failure(q));
    report.endedEnrollments = q.value(u"ended"_s).toInt();
    report.cancelledItems = q.value(u"cancelled"_s).toInt();
    if (!db.commit())
        return fail({DbError::Kind::Failed, Database::describe(db.lastError())});
    *error = {};
    return report;
}

} // namespace Touchline
