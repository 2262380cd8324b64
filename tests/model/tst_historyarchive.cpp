// History archiving (migration 24) on a real database: what moves and what stays, the dashboard
// summaries unchanged, history, export and erasure reaching archived rows, two archivers at
// once, and an outcome that arrives for an archived item.
#include "contactdirectory.h"
#include "contactprivacy.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "historyarchive.h"
#include "schedulerservice.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QDateTime longAgo = QDateTime::fromString(u"2026-01-05T10:00:00Z"_s, Qt::ISODate);
const QDateTime today = QDateTime::fromString(u"2026-06-01T10:00:00Z"_s, Qt::ISODate);

const auto flowJson = R"json({
  "format": "touchline-flow", "version": 1,
  "campaigns": [{
    "slug": "hist", "name": "History", "client_id": "acme", "type": "event",
    "owner_role": "roles.sales",
    "steps": [
      {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
       "template_instructions": "Hello {{first_name}}",
       "on_outcome": {"replied": {"exit": "converted"}}},
      {"step_number": 2, "delay_days": 3, "channel": "email", "content_type": "follow_up",
       "template_instructions": "Again"}
    ]
  }]
})json";

// Every dashboard summary row, in one text: equal before and after a move.
const auto summariesSql = uR"sql(
select concat_ws(' | ',
  (select string_agg(format('%s %s %s %s %s %s %s', campaign_id, revision, step_number, channel,
                            outcome, intent, hour) || '=' || events, ',' order by 1)
     from dash_outcome_hours),
  (select string_agg(format('%s %s %s %s %s %s', campaign_id, revision, step_number, channel,
                            status, hour) || '=' || items, ',' order by 1)
     from dash_item_hours),
  (select string_agg(format('%s %s %s %s', campaign_id, revision, status, exit_reason, hour)
                     || '=' || enrollments, ',' order by 1)
     from dash_enrollment_hours),
  (select string_agg(format('%s %s %s %s', from_campaign_id, from_status, to_campaign_id, hour)
                     || '=' || enrollments, ',' order by 1)
     from dash_route_hours),
  (select sum(events) from dash_outcome_days), (select sum(items) from dash_item_days))
)sql"_s;

} // namespace

class TestHistoryArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void movesFinishedHistoryOnly();
    void summariesAreUnchanged();
    void historyAndExportSeeArchivedRows();
    void erasureReachesTheArchive();
    void lateOutcomeForArchivedItemIsRefused();
    void twoArchiversMoveEachRowOnce();
    void retentionSetting();
    void schedulerArchivesInSmallBatches();

private:
    QVariant scalar(const QString &sql, const QString &id = {});
    void exec(const QString &sql, const QString &id = {});
    QString enrollmentOf(const QString &contact);
    void populate();
    std::optional<HistoryArchive::Report> archive(int batch = 1000);
    QSqlDatabase m_db;
};

void TestHistoryArchive::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"history"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"history"_s, u"history"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    const auto flow = FlowCodec::read(QByteArray(flowJson));
    QVERIFY2(flow.ok(), "flow");
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(flow.flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
}

void TestHistoryArchive::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"history"_s);
}

QVariant TestHistoryArchive::scalar(const QString &sql, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    if (!id.isEmpty())
        q.bindValue(u":id"_s, id);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

void TestHistoryArchive::exec(const QString &sql, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    if (!id.isEmpty())
        q.bindValue(u":id"_s, id);
    QVERIFY2(q.exec(), qPrintable(sql + u": "_s + q.lastError().text()));
}

QString TestHistoryArchive::enrollmentOf(const QString &contact)
{
    return scalar(u"select id::text from campaign_contacts_all where contact_id = :id "
                  "order by enrolled_at limit 1"_s,
                  contact)
        .toString();
}

// c1, c2: converted long ago (archived). c3: converted long ago, but a live enrollment follows
// from it. c4: still active since long ago. c5: exited long ago with an open handoff task. c6:
// converted ten days ago. Every item is sent and every draft decided, so that only the rules
// above keep a row live.
void TestHistoryArchive::populate()
{
    exec(u"insert into contacts (id, client_id, first_name, last_name, email) "
         "select 'c' || g, 'acme', 'Ada' || g, 'Lovelace', 'ada' || g || '@example.com' "
         "from generate_series(1, 6) g"_s);
    Engine engine(m_db);
    DbError e;
    QVERIFY2(engine.enroll({u"hist"_s,
                            {u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"c5"_s},
                            {},
                            u"Ada's notes"_s,
                            longAgo},
                           &e),
             qPrintable(e.message));
    QVERIFY2(engine.tick(longAgo, 100, &e), qPrintable(e.message));
    exec(u"update staged_drafts set status = 'sent' where status <> 'sent'"_s);
    exec(u"update outbound_queue set status = 'sent', sent_at = scheduled_at"_s);
    for (const QString &c : {u"c1"_s, u"c2"_s, u"c3"_s, u"c5"_s})
        QVERIFY2(
            engine.recordOutcome({c, u"hist"_s, 1, u"replied"_s, {}, longAgo.addSecs(3600)}, &e),
            qPrintable(e.message));
    // c4 fires its second step ten days ago, as c6 its first.
    QVERIFY2(engine.enroll({u"hist"_s, {u"c6"_s}, {}, {}, today.addDays(-10)}, &e),
             qPrintable(e.message));
    QVERIFY2(engine.tick(today.addDays(-10), 100, &e), qPrintable(e.message));
    exec(u"update staged_drafts set status = 'sent' where status <> 'sent'"_s);
    exec(u"update outbound_queue set status = 'sent', sent_at = scheduled_at "
         "where status <> 'sent'"_s);
    QVERIFY2(engine.recordOutcome(
                 {u"c6"_s, u"hist"_s, 1, u"replied"_s, {}, today.addDays(-10).addSecs(3600)}, &e),
             qPrintable(e.message));
    exec(u"insert into campaign_contacts (contact_id, campaign_id, client_id, revision, "
         "previous_enrollment_id, next_send_at) "
         "select contact_id, campaign_id, client_id, revision, id, null "
         "from campaign_contacts where contact_id = 'c3'"_s);
    exec(u"insert into tasks (type, status, assigned_role, enrollment_id, payload) "
         "select 'handoff', 'pending', 'roles.sales', id, '{}' from campaign_contacts "
         "where contact_id = 'c5'"_s);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where status = 'active'"_s).toInt(),
             2); // c4, and c3's follow-up
}

std::optional<HistoryArchive::Report> TestHistoryArchive::archive(int batch)
{
    HistoryArchive::Options options;
    options.at = today;
    options.batchSize = batch;
    DbError e;
    auto report = HistoryArchive::run(m_db, options, &e);
    if (!report)
        qWarning("archive: %s", qPrintable(e.message));
    return report;
}

void TestHistoryArchive::movesFinishedHistoryOnly()
{
    populate();
    const int tasksBefore = scalar(u"select count(*) from tasks"_s).toInt();
    // Exactly the rows of c1's and c2's enrollments, by id.
    const auto idsOf = [this](const QString &table, const QString &key) {
        return scalar(u"select string_agg(x.id::text, ',' order by x.id::text) from %1 x "
                      "join campaign_contacts_all e on e.id = x.%2 "
                      "where e.contact_id in ('c1', 'c2')"_s.arg(table, key))
            .toString();
    };
    const QString items = idsOf(u"outbound_queue"_s, u"enrollment_id"_s);
    const QString drafts = idsOf(u"staged_drafts"_s, u"enrollment_id"_s);
    const QString outcomes = idsOf(u"step_outcomes"_s, u"enrollment_id"_s);
    const auto report = archive(1);
    QVERIFY(report);
    QCOMPARE(report->retentionDays, HistoryArchive::defaultRetentionDays);
    QCOMPARE(report->cutoff, today.addDays(-90));
    QCOMPARE(report->enrollments, 2);
    QCOMPARE(report->items, 2);
    QCOMPARE(report->drafts, 2);
    QCOMPARE(report->outcomes, 2);
    QVERIFY(report->tasks >= 2); // their firing tasks (and the exits' tasks, if any)
    QCOMPARE(idsOf(u"outbound_queue_archive"_s, u"enrollment_id"_s), items);
    QCOMPARE(idsOf(u"staged_drafts_archive"_s, u"enrollment_id"_s), drafts);
    QCOMPARE(idsOf(u"step_outcomes_archive"_s, u"enrollment_id"_s), outcomes);
    QCOMPARE(scalar(u"select string_agg(contact_id, ',' order by contact_id) "
                    "from campaign_contacts_archive"_s)
                 .toString(),
             u"c1,c2"_s);
    QCOMPARE(scalar(u"select string_agg(distinct contact_id, ',' order by contact_id) "
                    "from campaign_contacts"_s)
                 .toString(),
             u"c3,c4,c5,c6"_s);
    // Every moved row left the live table: nothing in both, nothing lost.
    for (const QString &t : {u"campaign_contacts"_s,
                             u"outbound_queue"_s,
                             u"staged_drafts"_s,
                             u"step_outcomes"_s,
                             u"tasks"_s}) {
        QCOMPARE(scalar(u"select count(*) from %1 l join %1_archive a using (id)"_s.arg(t)).toInt(),
                 0);
    }
    QCOMPARE(scalar(u"select count(*) from outbound_queue_archive where contact_id not in "
                    "('c1', 'c2')"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select count(*) from step_outcomes_archive o join "
                    "campaign_contacts_archive e on e.id = o.enrollment_id"_s)
                 .toInt(),
             2);
    QCOMPARE(scalar(u"select count(*) from tasks_archive t where t.enrollment_id not in "
                    "(select id from campaign_contacts_archive)"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select count(*) from tasks"_s).toInt()
                 + scalar(u"select count(*) from tasks_archive"_s).toInt(),
             tasksBefore);
    // A second run finds nothing more.
    const auto again = archive();
    QVERIFY(again);
    QCOMPARE(again->enrollments, 0);
    QCOMPARE(again->tasks, 0);
    // Once c3's follow-up has exited and gone too, c3's first enrollment can follow.
    exec(u"update campaign_contacts set status = 'timed_out', exited_at = '2026-01-10', "
         "next_send_at = null where contact_id = 'c3' and status = 'active'"_s);
    const auto third = archive();
    QVERIFY(third);
    QCOMPARE(third->enrollments, 1); // the follow-up: its predecessor's cursor is behind it
    const auto fourth = archive();
    QVERIFY(fourth);
    QCOMPARE(fourth->enrollments, 1);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where contact_id = 'c3'"_s).toInt(),
             0);
}

void TestHistoryArchive::summariesAreUnchanged()
{
    populate();
    const QString before = scalar(summariesSql).toString();
    QVERIFY(before.contains(u"converted"_s));
    QVERIFY(archive(1));
    QCOMPARE(scalar(u"select count(*) from campaign_contacts_archive"_s).toInt(), 2);
    QCOMPARE(scalar(summariesSql).toString(), before);
    // Outside a move a delete still counts (the skip is the move's alone).
    exec(u"delete from step_outcomes where enrollment_id in "
         "(select id from campaign_contacts where contact_id = 'c6')"_s);
    QVERIFY(scalar(summariesSql).toString() != before);
}

void TestHistoryArchive::historyAndExportSeeArchivedRows()
{
    populate();
    DbError e;
    const auto history = ContactDirectory(m_db).history(u"c1"_s, &e);
    QVERIFY2(history, qPrintable(e.message));
    const auto exported = ContactPrivacy(m_db).exportPerson(u"c1"_s, &e);
    QVERIFY2(exported, qPrintable(e.message));
    QVERIFY(archive());
    QCOMPARE(
        scalar(u"select count(*) from campaign_contacts_archive where contact_id = 'c1'"_s).toInt(),
        1);
    const auto historyAfter = ContactDirectory(m_db).history(u"c1"_s, &e);
    QVERIFY2(historyAfter, qPrintable(e.message));
    // (Exporting adds an audit entry; the rest is the same.)
    const auto withoutAudit = [](QVector<ContactDirectory::HistoryEntry> entries) {
        entries.removeIf([](const auto &h) { return h.kind == u"audit"; });
        return entries.size();
    };
    QCOMPARE(withoutAudit(*historyAfter), withoutAudit(*history));
    QCOMPARE(withoutAudit(*history), 4); // enrollment, touch, exit, outcome
    const auto exportedAfter = ContactPrivacy(m_db).exportPerson(u"c1"_s, &e);
    QVERIFY2(exportedAfter, qPrintable(e.message));
    for (const QString &key : {u"enrollments"_s, u"touches"_s, u"drafts"_s, u"outcomes"_s}) {
        QVERIFY2(!exported->value(key).toArray().isEmpty(), qPrintable(key));
        QCOMPARE(exportedAfter->value(key).toArray().size(), exported->value(key).toArray().size());
    }
}

void TestHistoryArchive::erasureReachesTheArchive()
{
    populate();
    QVERIFY(archive());
    const QString enrollment = enrollmentOf(u"c1"_s);
    QVERIFY(!enrollment.isEmpty());
    DbError e;
    const auto pseudonym = ContactPrivacy(m_db).erase(u"c1"_s, &e);
    QVERIFY2(pseudonym, qPrintable(e.message));
    const QStringList everywhere{
        u"select count(*) from campaign_contacts_archive where contact_id = 'c1' "
        "or (notes like '%Ada%' and contact_id <> 'c2')"_s,
        u"select count(*) from outbound_queue_archive where contact_id = 'c1'"_s,
        u"select count(*) from staged_drafts_archive where contact_id = 'c1' "
        "or body like '%Ada1%' or subject like '%Ada1%'"_s,
        u"select count(*) from tasks_archive where payload::text like '%c1\"%'"_s};
    for (const QString &sql : everywhere)
        QVERIFY2(scalar(sql).toInt() == 0, qPrintable(sql));
    // The archived rows are still there, under the pseudonym.
    QCOMPARE(scalar(u"select contact_id from campaign_contacts_archive where id = cast(:id as "
                    "uuid)"_s,
                    enrollment)
                 .toString(),
             *pseudonym);
    QCOMPARE(
        scalar(u"select count(*) from outbound_queue_archive where contact_id = :id"_s, *pseudonym)
            .toInt(),
        1);
    QCOMPARE(
        scalar(u"select count(*) from tasks_archive where payload ->> 'erased' = 'true'"_s).toInt()
            >= 1,
        true);
}

// The rule: an outcome for an item whose enrollment was archived is refused, clearly, and
// writes nothing (a provider's repeat of an event recorded before is acknowledged as one);
// one for a live item of an exited enrollment is still recorded.
void TestHistoryArchive::lateOutcomeForArchivedItemIsRefused()
{
    populate();
    const QString archivedItem
        = scalar(u"select id::text from outbound_queue where contact_id = 'c1'"_s).toString();
    Engine engine(m_db);
    DbError e;
    Engine::OutcomeRequest early{{}, {}, 0, u"sent"_s, {}, longAgo.addSecs(7200)};
    early.item = archivedItem;
    early.eventId = u"provider-1"_s;
    const auto recorded = engine.recordOutcome(early, &e);
    QVERIFY2(recorded && !recorded->duplicate, qPrintable(e.message));
    QVERIFY(archive());
    QCOMPARE(scalar(u"select count(*) from outbound_queue_archive where id = cast(:id as uuid)"_s,
                    archivedItem)
                 .toInt(),
             1);
    const QString before = scalar(summariesSql).toString();
    const auto repeated = engine.recordOutcome(early, &e);
    QVERIFY2(repeated, qPrintable(e.message));
    QVERIFY(repeated->duplicate);
    QCOMPARE(scalar(u"select count(*) from step_outcomes_archive where event_id = 'provider-1'"_s)
                 .toInt(),
             1);
    Engine::OutcomeRequest late{{}, {}, 0, u"bounced"_s, {}, today};
    late.item = archivedItem;
    late.eventId = u"late-1"_s;
    QVERIFY(!engine.recordOutcome(late, &e));
    QCOMPARE(e.kind, DbError::Kind::Rejected);
    QVERIFY2(e.message.contains(u"archived"_s), qPrintable(e.message));
    QCOMPARE(scalar(u"select count(*) from step_outcomes where outbound_id = cast(:id as uuid)"_s,
                    archivedItem)
                 .toInt(),
             0);
    QCOMPARE(scalar(summariesSql).toString(), before);
    // An unknown id is still told apart from an archived one.
    late.item = u"00000000-0000-7000-8000-000000000000"_s;
    QVERIFY(!engine.recordOutcome(late, &e));
    QVERIFY2(e.message.contains(u"no outbound item"_s), qPrintable(e.message));
    // c6 exited ten days ago: its item is live and a late outcome is recorded.
    Engine::OutcomeRequest recent{u"c6"_s, u"hist"_s, 1, u"bounced"_s, {}, today};
    QVERIFY2(engine.recordOutcome(recent, &e), qPrintable(e.message));
}

void TestHistoryArchive::twoArchiversMoveEachRowOnce()
{
    // 3,000 enrollments exited long ago, each with a sent item, a sent draft and an outcome.
    exec(uR"sql(
with c as (insert into contacts (id, client_id) select 'b' || g, 'acme'
             from generate_series(1, 3000) g returning id),
e as (insert into campaign_contacts (contact_id, campaign_id, client_id, revision, status,
                                     enrolled_at, exited_at, exit_reason, visit, created_at)
      select c.id, k.id, 'acme', k.current_revision, 'timed_out', '2026-01-02', '2026-01-09',
             'no_engagement', 1, '2026-01-02'
        from c, campaigns k where k.slug = 'hist' returning *),
d as (insert into staged_drafts (client_id, contact_id, campaign_id, enrollment_id, step_number,
                                 channel, subject, body, status, created_at)
      select 'acme', contact_id, campaign_id, id, 1, 'email', 's', 'b', 'sent', '2026-01-02'
        from e returning *),
q as (insert into outbound_queue (enrollment_id, client_id, contact_id, campaign_id, revision,
                                  step_number, visit, channel, staged_draft_id, scheduled_at,
                                  sent_at, status)
      select enrollment_id, 'acme', contact_id, campaign_id, 1, 1, 1, 'email', id, created_at,
             created_at, 'sent' from d returning *)
insert into step_outcomes (enrollment_id, campaign_id, revision, step_number, visit,
                           outbound_id, outcome, occurred_at)
select enrollment_id, campaign_id, 1, 1, 1, id, 'sent', scheduled_at from q
)sql"_s);
    const QString before = scalar(summariesSql).toString();
    QString connectionError;
    auto worker = [&](const QString &name, std::optional<HistoryArchive::Report> *out) {
        QString error;
        QSqlDatabase db = Test::TestCluster::instance().open(u"history"_s, name, &error);
        if (!db.isOpen()) {
            connectionError = error;
            return;
        }
        HistoryArchive::Options options;
        options.at = today;
        options.batchSize = 50;
        DbError e;
        *out = HistoryArchive::run(db, options, &e);
        if (!*out)
            connectionError = e.message;
        db = QSqlDatabase();
        Database::close(name);
    };
    std::optional<HistoryArchive::Report> a, b;
    std::thread first(worker, u"archiver-a"_s, &a);
    std::thread second(worker, u"archiver-b"_s, &b);
    first.join();
    second.join();
    QVERIFY2(a && b, qPrintable(connectionError));
    QCOMPARE(a->enrollments + b->enrollments, 3000);
    QCOMPARE(a->items + b->items, 3000);
    QCOMPARE(a->outcomes + b->outcomes, 3000);
    QCOMPARE(a->drafts + b->drafts, 3000);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts_archive"_s).toInt(), 3000);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts"_s).toInt(), 0);
    QCOMPARE(scalar(u"select count(*) from outbound_queue_archive"_s).toInt(), 3000);
    QCOMPARE(scalar(u"select count(*) from step_outcomes_archive"_s).toInt(), 3000);
    QCOMPARE(scalar(u"select count(*) from outbound_queue"_s).toInt(), 0);
    QCOMPARE(scalar(summariesSql).toString(), before);
}

void TestHistoryArchive::retentionSetting()
{
    populate();
    DbError e;
    QCOMPARE(HistoryArchive::retentionDays(m_db, &e), HistoryArchive::defaultRetentionDays);
    QVERIFY(!HistoryArchive::setRetentionDays(m_db, 0, &e));
    QCOMPARE(e.kind, DbError::Kind::Rejected);
    // Six months: c1 and c2 exited less than that before `today`, nothing moves.
    QVERIFY(HistoryArchive::setRetentionDays(m_db, 180, &e));
    auto report = archive();
    QVERIFY(report);
    QCOMPARE(report->retentionDays, 180);
    QCOMPARE(report->enrollments, 0);
    // A run's own --older-than wins over the setting.
    HistoryArchive::Options options;
    options.at = today;
    options.olderThanDays = 5;
    report = HistoryArchive::run(m_db, options, &e);
    QVERIFY2(report, qPrintable(e.message));
    QCOMPARE(report->enrollments, 3); // c1, c2 and now c6
    QVERIFY(!scalar(u"select last_archived_at from history_settings"_s).isNull());
}

// A console's scheduler thread archives on its own, a few small batches at a time, with the
// stored retention counted on the database's clock (the fixture's exits are months before it).
void TestHistoryArchive::schedulerArchivesInSmallBatches()
{
    populate();
    SchedulerService::Options options;
    options.archiveInterval = std::chrono::milliseconds(200);
    options.archiveBatches = 1;
    options.archiveBatchSize = 1;
    SchedulerService service(Test::TestCluster::instance().settings(u"history"_s), options);
    service.start();
    // One enrollment per batch, one batch per turn: c1, c2 and c6 go one after the other.
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(u"select count(*) from campaign_contacts_archive"_s).toInt() >= 3, 60000);
    service.stop();
    QCOMPARE(scalar(u"select count(*) from campaign_contacts_archive where contact_id in "
                    "('c3', 'c5')"_s)
                 .toInt(),
             0);
    QVERIFY(!scalar(u"select last_archived_at from history_settings"_s).isNull());
}

TOUCHLINE_TEST_MAIN(TestHistoryArchive)
#include "tst_historyarchive.moc"
