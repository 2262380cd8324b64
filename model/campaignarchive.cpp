#include "campaignarchive.h"

#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

std::optional<CampaignArchive::Report>
CampaignArchive::archive(QSqlDatabase db, const QString &slug, DbError *error)
{
    // One statement: no enrollment fires between the status change and its end.
    QSqlQuery q(db);
    q.prepare(uR"(
with c as (
  update campaigns set status = 'archived', version = version + 1
  where slug = :slug
  returning id, version),
e as (
  update campaign_contacts cc
  set status = 'timed_out', exited_at = now(), exit_reason = 'campaign_archived',
      next_send_at = null
  from c where cc.campaign_id = c.id and cc.status = 'active'
  returning cc.id),
o as (
  update outbound_queue oq set status = 'cancelled'
  from e where oq.enrollment_id = e.id and oq.status in ('pending', 'drafted', 'approved')
  returning oq.id, oq.staged_draft_id),
d as (
  update staged_drafts sd set status = 'cancelled'
  from o where sd.id = o.staged_draft_id and sd.status in ('awaiting_draft', 'pending_review')
  returning sd.id),
a as (
  insert into audit_log (action, subject, detail)
  select 'archive', :slug, jsonb_build_object(
      'ended_enrollments', (select count(*) from e),
      'cancelled_items', (select count(*) from o))
  from c
  returning id)
select (select version from c) as version,
       (select count(*) from e) as ended,
       (select count(*) from o) as cancelled,
       (select count(*) from d) as drafts,
       (select count(*) from a) as audited
)"_s);
    q.bindValue(u":slug"_s, slug);
    if (!q.exec() || !q.next()) {
        *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
        return std::nullopt;
    }
    if (q.value(u"version"_s).isNull()) {
        *error = {DbError::Kind::Rejected,
                  Tr::tr("campaign %1 is not in the database; nothing was archived").arg(slug)};
        return std::nullopt;
    }
    *error = {};
    return Report{q.value(u"version"_s).toInt(),
                  q.value(u"ended"_s).toInt(),
                  q.value(u"cancelled"_s).toInt()};
}

} // namespace Touchline
