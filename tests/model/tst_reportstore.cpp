// The dashboard's summaries and reads: after a random stream of firings, outcomes (through the
// engine and as raw statements: late outcomes, status changes, cancellations, deletions) from
// concurrent writers, every summary row equals a GROUP BY over the raw rows; the report's
// per-step numbers, enrollment counts, routes and drill-down equal direct queries, filters
// included.
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "reportstore.h"
#include "session.h"
#include "testcluster.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QString databaseName = u"reports"_s;
const QDateTime base = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);

const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "renewal", "name": "Renewal", "client_id": "acme", "type": "renewal",
     "owner_role": "roles.cs", "on_exit": {"converted": "upsell", "rejected": null},
     "no_engagement_after_days": 1,
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "voice", "handler": "ivr",
        "content_type": "call", "template_instructions": "Call.",
        "on_outcome": {"busy": {"retry": {"after_minutes": 30, "max_attempts": 2}},
                       "fax": {"exit": "rejected"}}},
       {"step_number": 2, "delay_days": 0, "delay_minutes": 60, "channel": "sms",
        "content_type": "link", "template_instructions": "Link {{first_name}}.",
        "on_outcome": {"replied": {"exit": "converted"}}},
       {"step_number": 3, "delay_days": 0, "delay_minutes": 180, "channel": "email",
        "content_type": "reminder", "template_instructions": "Remind {{first_name}}."}
     ]},
    {"slug": "upsell", "name": "Upsell", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "offer",
        "template_instructions": "Offer {{first_name}}."}
     ]},
    {"slug": "other", "name": "Other client", "client_id": "zeta", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "sms", "content_type": "hello",
        "template_instructions": "Hello."}
     ]}
  ]
})";

const QHash<QString, QStringList> outcomesByChannel{
    {u"voice"_s, {u"live_answer"_s, u"answering_machine"_s, u"busy"_s, u"no_answer"_s, u"fax"_s}},
    {u"sms"_s, {u"delivered"_s, u"replied"_s, u"failed"_s}},
    {u"email"_s, {u"sent"_s, u"replied"_s, u"bounced"_s}},
};

// Summary rows that differ from the GROUP BY over the raw rows, both ways, per summary table.
const QStringList mismatchQueries{
    uR"(with raw as (select campaign_id, revision, step_number, outcome, coalesce(intent, '') i,
          touchline_dash_hour(occurred_at) h, count(*) n from step_outcomes group by 1,2,3,4,5,6),
        sum as (select campaign_id, revision, step_number, outcome, intent i, hour h, events n
          from dash_outcome_hours where events <> 0)
        select count(*) from ((table raw except table sum) union all
                              (table sum except table raw)) x)"_s,
    uR"(with raw as (select q.campaign_id, cc.revision, q.step_number, q.channel, q.status,
          touchline_dash_hour(q.scheduled_at) h, count(*) n from outbound_queue q
          join campaign_contacts cc on cc.id = q.enrollment_id group by 1,2,3,4,5,6),
        sum as (select campaign_id, revision, step_number, channel, status, hour, items
          from dash_item_hours where items <> 0)
        select count(*) from ((table raw except table sum) union all
                              (table sum except table raw)) x)"_s,
    uR"(with raw as (select campaign_id, revision, step_number, outcome, coalesce(intent, '') i,
          date_trunc('day', occurred_at, 'UTC') d, count(*) n from step_outcomes
          group by 1,2,3,4,5,6),
        sum as (select campaign_id, revision, step_number, outcome, intent i, day d, events n
          from dash_outcome_days where events <> 0)
        select count(*) from ((table raw except table sum) union all
                              (table sum except table raw)) x)"_s,
    uR"(with raw as (select q.campaign_id, cc.revision, q.step_number, q.channel, q.status,
          date_trunc('day', q.scheduled_at, 'UTC') d, count(*) n from outbound_queue q
          join campaign_contacts cc on cc.id = q.enrollment_id group by 1,2,3,4,5,6),
        sum as (select campaign_id, revision, step_number, channel, status, day, items
          from dash_item_days where items <> 0)
        select count(*) from ((table raw except table sum) union all
                              (table sum except table raw)) x)"_s,
    uR"(with raw as (select campaign_id, revision, status, coalesce(exit_reason, ''),
          touchline_dash_hour(enrolled_at) h, count(*) n from campaign_contacts
          group by 1,2,3,4,5),
        sum as (select campaign_id, revision, status, exit_reason, hour, enrollments
          from dash_enrollment_hours where enrollments <> 0)
        select count(*) from ((table raw except table sum) union all
                              (table sum except table raw)) x)"_s,
    uR"(with raw as (select p.campaign_id, p.status, n.campaign_id t,
          touchline_dash_hour(n.enrolled_at) h, count(*) n from campaign_contacts n
          join campaign_contacts p on p.id = n.previous_enrollment_id group by 1,2,3,4),
        sum as (select from_campaign_id, from_status, to_campaign_id, hour, enrollments
          from dash_route_hours where enrollments <> 0)
        select count(*) from ((table raw except table sum) union all
                              (table sum except table raw)) x)"_s,
};

// One writer: its own connection, a random mix of engine calls and raw statements.
class Writer : public QThread
{
public:
    Writer(int id, quint32 seed)
        : m_id(id)
        , m_rng(seed)
    {}
    QStringList failures;
    int engineOutcomes = 0;
    int rawWrites = 0;

protected:
    void run() override
    {
        const QString name = u"writer%1"_s.arg(m_id);
        {
            DbError error;
            QSqlDatabase db = Database::open(
                Test::TestCluster::instance().settings(databaseName), name, &error);
            if (error) {
                failures.append(error.message);
                return;
            }
            for (int i = 0; i < 120; ++i)
                step(db, base.addSecs(60 * 5 * i));
        }
        Database::close(name);
    }

private:
    void step(QSqlDatabase db, const QDateTime &at)
    {
        Engine engine(db);
        DbError error;
        const int pick = int(m_rng.bounded(100));
        if (pick < 30) {
            if (!engine.tick(at, 1 + int(m_rng.bounded(50)), &error))
                failures.append(u"tick: "_s + error.message);
        } else if (pick < 60) {
            engineOutcome(engine, db, at);
        } else if (pick < 75) {
            raw(db,
                u"insert into step_outcomes (enrollment_id, campaign_id, revision, step_number, "
                "attempt, outbound_id, outcome, intent, occurred_at) "
                "select q.enrollment_id, q.campaign_id, cc.revision, q.step_number, q.attempt, "
                "q.id, (array['late_reply', 'replied', 'bounced'])[1 + (random() * 2)::int], "
                "case when random() < 0.5 then 'interested' end, "
                "q.scheduled_at + interval '90 minutes' "
                "from outbound_queue q join campaign_contacts cc on cc.id = q.enrollment_id "
                "order by random() limit 4"_s);
        } else if (pick < 88) {
            raw(db,
                u"update outbound_queue set status = (array['sent', 'failed', 'cancelled', "
                "'approved'])[1 + (random() * 3)::int] where id in (select id from outbound_queue "
                "order by random() limit 6)"_s);
        } else if (pick < 94) {
            raw(db,
                u"delete from step_outcomes where id in (select id from step_outcomes "
                "order by random() limit 2)"_s);
        } else {
            // Written and rolled back: nothing of it may show.
            db.transaction();
            raw(db, u"update outbound_queue set status = 'sent' where status = 'pending'"_s);
            raw(db, u"delete from step_outcomes"_s);
            db.rollback();
        }
    }

    void engineOutcome(Engine &engine, QSqlDatabase db, const QDateTime &at)
    {
        QSqlQuery q(db);
        if (!q.exec(u"select cc.contact_id, c.slug, cc.last_fired_step, s.channel "
                    "from campaign_contacts cc join campaigns c on c.id = cc.campaign_id "
                    "join campaign_steps s on s.campaign_id = c.id and s.revision = cc.revision "
                    "and s.step_number = cc.last_fired_step "
                    "where cc.status = 'active' order by random() limit 5"_s)) {
            failures.append(q.lastError().text());
            return;
        }
        while (q.next()) {
            const QStringList &names = outcomesByChannel.value(q.value(3).toString());
            Engine::OutcomeRequest r;
            r.contact = q.value(0).toString();
            r.campaign = q.value(1).toString();
            r.step = q.value(2).toInt();
            r.outcome = names.at(int(m_rng.bounded(qsizetype(names.size()))));
            r.at = at;
            DbError error;
            if (engine.recordOutcome(r, &error))
                ++engineOutcomes;
            else if (error.kind != DbError::Kind::Rejected && !isConflict(error.message))
                failures.append(u"outcome: "_s + error.message);
        }
    }

    static bool isConflict(const QString &message)
    {
        return message.contains(u"deadlock"_s) || message.contains(u"could not serialize"_s)
               || message.contains(u"lock timeout"_s);
    }

    void raw(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            ++rawWrites;
        else if (!isConflict(q.lastError().text()))
            failures.append(sql.left(40) + u": "_s + q.lastError().text());
    }

    int m_id;
    QRandomGenerator m_rng;
};

using Breakdown = QMap<QPair<int, QString>, qint64>; // (step, outcome or "#fired") -> count

} // namespace

class TestReportStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summariesEqualGroupBy();
    void reportEqualsRawRows_data();
    void reportEqualsRawRows();
    void enrollmentsAndRoutes();
    void drillListsExactlyTheEvents();
    void overviewAndClients();
    void unknownCampaignIsNamed();
    void truncateEmptiesSummaries();

private:
    Breakdown rawBreakdown(const ReportFilter &f);
    qint64 scalar(const QString &sql);
};

qint64 TestReportStore::scalar(const QString &sql)
{
    Test::Session s(databaseName);
    return Test::scalar(s.db(), sql).toLongLong();
}

void TestReportStore::initTestCase()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(databaseName, true, &error),
             qPrintable(error));
    Test::Session s(databaseName);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    const FlowReadResult flow = FlowCodec::read(flowJson);
    QVERIFY(flow.ok());
    DbError dbError;
    QVERIFY2(FlowStore(s.db()).importFlow(flow.flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
    QVERIFY(Test::exec(s.db(),
                       u"insert into contacts (id, client_id, first_name, last_name) "
                       "select 'c' || i, case when i > 300 then 'zeta' else 'acme' end, "
                       "'First' || i, 'Last' || i from generate_series(1, 360) i"_s));
    Engine engine(s.db());
    QStringList acme;
    QStringList zeta;
    for (int i = 1; i <= 360; ++i)
        (i > 300 ? zeta : acme).append(u"c%1"_s.arg(i));
    QVERIFY(engine.enroll({u"renewal"_s, acme, {}, {}, base}, &dbError));
    QVERIFY(engine.enroll({u"other"_s, zeta, {}, {}, base}, &dbError));

    // The random stream, from two writers at once.
    Writer a(1, 11);
    Writer b(2, 29);
    a.start();
    b.start();
    QVERIFY(a.wait(120000));
    QVERIFY(b.wait(120000));
    QVERIFY2(a.failures.isEmpty(), qPrintable(a.failures.join(u'\n')));
    QVERIFY2(b.failures.isEmpty(), qPrintable(b.failures.join(u'\n')));
    QVERIFY(a.engineOutcomes + b.engineOutcomes > 20);
    QVERIFY(a.rawWrites + b.rawWrites > 20);
    // Exits the stream may not have produced: a converted route, and a late outcome recorded
    // after its enrollment left.
    Engine::OutcomeRequest reply;
    QSqlQuery q(s.db());
    QVERIFY(q.exec(u"select contact_id from campaign_contacts cc join campaigns c "
                   "on c.id = cc.campaign_id where c.slug = 'renewal' and cc.status = 'active' "
                   "order by contact_id limit 3"_s));
    while (q.next()) {
        reply = {q.value(0).toString(), u"renewal"_s, 2, u"replied"_s, {}, base.addDays(1), {}, {}};
        QVERIFY2(engine.recordOutcome(reply, &dbError), qPrintable(dbError.message));
    }
    QVERIFY(engine.tick(base.addDays(3), 100, &dbError));
}

void TestReportStore::summariesEqualGroupBy()
{
    QVERIFY(scalar(u"select count(*) from step_outcomes"_s) > 50);
    QVERIFY(scalar(u"select count(*) from outbound_queue where status = 'cancelled'"_s) > 0);
    QVERIFY(scalar(u"select count(*) from campaign_contacts where status <> 'active'"_s) > 0);
    QVERIFY(scalar(u"select count(*) from campaign_contacts "
                   "where previous_enrollment_id is not null"_s)
            > 0);
    for (const QString &sql : mismatchQueries)
        QCOMPARE(scalar(sql), 0);
}

Breakdown TestReportStore::rawBreakdown(const ReportFilter &f)
{
    Test::Session s(databaseName);
    Breakdown b;
    // The summaries' grain over the raw rows: the event's UTC hour against the window.
    const QString window = u"(cast(:from as timestamptz) is null or date_trunc('hour', %1, 'UTC') "
                           ">= date_trunc('hour', cast(:from as timestamptz), 'UTC')) and "
                           "(cast(:to as timestamptz) is null or "
                           "date_trunc('hour', %1, 'UTC') < cast(:to as timestamptz))"_s;
    const auto bind = [&](QSqlQuery &q) {
        q.bindValue(u":slug"_s, f.campaign);
        q.bindValue(u":channel"_s, f.channel.isNull() ? QString(u""_s) : f.channel);
        q.bindValue(u":rev"_s, f.revision);
        q.bindValue(u":from"_s,
                    f.from ? QVariant(f.from->toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(u":to"_s,
                    f.to ? QVariant(f.to->toString(Qt::ISODate))
                         : QVariant(QMetaType::fromType<QString>()));
    };
    QSqlQuery q(s.db());
    q.prepare(u"select q.step_number, count(*) from outbound_queue q "
              "join campaigns c on c.id = q.campaign_id "
              "join campaign_contacts cc on cc.id = q.enrollment_id "
              "where c.slug = :slug and (:channel = '' or q.channel = :channel) "
              "and (:rev = 0 or cc.revision = :rev) and "_s
              + window.arg(u"q.scheduled_at"_s) + u" group by 1"_s);
    bind(q);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        b[{q.value(0).toInt(), u"#fired"_s}] = q.value(1).toLongLong();
    q.prepare(u"select o.step_number, o.outcome, count(*) from step_outcomes o "
              "join campaigns c on c.id = o.campaign_id "
              "join campaign_steps st on st.campaign_id = o.campaign_id "
              "and st.revision = o.revision and st.step_number = o.step_number "
              "where c.slug = :slug and (:channel = '' or st.channel = :channel) "
              "and (:rev = 0 or o.revision = :rev) and "_s
              + window.arg(u"o.occurred_at"_s) + u" group by 1, 2"_s);
    bind(q);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        b[{q.value(0).toInt(), q.value(1).toString()}] = q.value(2).toLongLong();
    return b;
}

void TestReportStore::reportEqualsRawRows_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("revision");
    QTest::addColumn<int>("fromMinutes"); // -1: unbounded
    QTest::addColumn<int>("toMinutes");
    QTest::addRow("everything") << QString() << 0 << -1 << -1;
    QTest::addRow("voice") << u"voice"_s << 0 << -1 << -1;
    QTest::addRow("sms, revision 1") << u"sms"_s << 1 << -1 << -1;
    QTest::addRow("revision 2 (none)") << QString() << 2 << -1 << -1;
    QTest::addRow("window, whole hours") << QString() << 0 << 60 << 300;
    QTest::addRow("window, odd minutes") << QString() << 0 << 95 << 250;
    QTest::addRow("from only") << QString() << 0 << 200 << -1;
    QTest::addRow("days and ragged ends") << QString() << 0 << 95 << 60 * 24 * 2 + 130;
    QTest::addRow("whole days") << QString() << 0 << -600 << 60 * 24 * 2 - 600;
    QTest::addRow("to only, next day") << QString() << 0 << -1 << 60 * 24 + 7;
}

void TestReportStore::reportEqualsRawRows()
{
    QFETCH(QString, channel);
    QFETCH(int, revision);
    QFETCH(int, fromMinutes);
    QFETCH(int, toMinutes);
    ReportFilter f;
    f.campaign = u"renewal"_s;
    f.channel = channel;
    f.revision = revision;
    if (fromMinutes != -1)
        f.from = base.addSecs(60 * fromMinutes);
    if (toMinutes != -1)
        f.to = base.addSecs(60 * toMinutes);
    Test::Session s(databaseName);
    DbError error;
    const auto report = ReportStore(s.db()).campaign(f, &error);
    QVERIFY2(report, qPrintable(error.message));
    Breakdown got;
    for (const StepReport &step : report->steps) {
        if (step.fired)
            got[{step.step, u"#fired"_s}] = step.fired;
        for (auto it = step.outcomes.cbegin(); it != step.outcomes.cend(); ++it)
            if (it.value())
                got[{step.step, it.key()}] = it.value();
        if (!channel.isEmpty())
            QCOMPARE(step.channel, channel);
    }
    const Breakdown expected = rawBreakdown(f);
    QCOMPARE(got, expected);
    if (revision != 2)
        QVERIFY(!expected.isEmpty());
}

void TestReportStore::enrollmentsAndRoutes()
{
    Test::Session s(databaseName);
    DbError error;
    ReportFilter f;
    f.campaign = u"renewal"_s;
    const auto report = ReportStore(s.db()).campaign(f, &error);
    QVERIFY2(report, qPrintable(error.message));
    QSqlQuery q(s.db());
    QVERIFY(q.exec(u"select cc.status, count(*) from campaign_contacts cc join campaigns c "
                   "on c.id = cc.campaign_id where c.slug = 'renewal' group by 1"_s));
    QMap<QString, qint64> expected;
    while (q.next())
        expected[q.value(0).toString()] = q.value(1).toLongLong();
    QCOMPARE(report->enrollments, expected);
    qint64 exits = 0;
    for (const ExitRow &e : report->exits)
        exits += e.enrollments;
    QCOMPARE(exits,
             expected.value(u"converted"_s) + expected.value(u"rejected"_s)
                 + expected.value(u"timed_out"_s));
    const qint64 routed = scalar(u"select count(*) from campaign_contacts n "
                                 "join campaign_contacts p on p.id = n.previous_enrollment_id "
                                 "join campaigns c on c.id = p.campaign_id "
                                 "where c.slug = 'renewal'"_s);
    QVERIFY(routed > 0);
    QCOMPARE(report->routes.size(), 1);
    QCOMPARE(report->routes.first().toCampaign, u"upsell"_s);
    QCOMPARE(report->routes.first().fromStatus, u"converted"_s);
    QCOMPARE(report->routes.first().enrollments, routed);
    qint64 touches = 0;
    for (const TouchBucket &t : report->touches)
        touches += t.items;
    QCOMPARE(touches,
             scalar(u"select count(*) from outbound_queue q join campaigns c on c.id = "
                    "q.campaign_id where c.slug = 'renewal' and q.status <> 'cancelled'"_s));
}

void TestReportStore::drillListsExactlyTheEvents()
{
    Test::Session s(databaseName);
    ReportStore store(s.db());
    ReportFilter f;
    f.campaign = u"renewal"_s;
    f.from = base.addSecs(60 * 30);
    DbError error;
    const auto report = store.campaign(f, &error);
    QVERIFY2(report, qPrintable(error.message));
    int bars = 0;
    for (const StepReport &step : report->steps) {
        for (auto it = step.outcomes.cbegin(); it != step.outcomes.cend(); ++it) {
            const auto rows = store.drill({f, step.step, it.key(), 100000}, &error);
            QVERIFY2(rows, qPrintable(error.message));
            QCOMPARE(qint64(rows->size()), it.value());
            QSqlQuery q(s.db());
            q.prepare(u"select o.enrollment_id from step_outcomes o join campaigns c "
                      "on c.id = o.campaign_id where c.slug = 'renewal' and o.step_number = :s "
                      "and o.outcome = :o and o.occurred_at >= :from order by 1"_s);
            q.bindValue(u":s"_s, step.step);
            q.bindValue(u":o"_s, it.key());
            q.bindValue(u":from"_s, base.addSecs(0).toString(Qt::ISODate));
            QVERIFY(q.exec());
            QStringList expected;
            while (q.next())
                expected.append(q.value(0).toString());
            QStringList got;
            for (const DrillRow &r : *rows) {
                got.append(r.enrollmentId);
                QCOMPARE(r.outcome, it.key());
                QCOMPARE(r.step, step.step);
                QVERIFY(!r.contactId.isEmpty());
                QVERIFY(r.contactName.startsWith(u"First"_s));
            }
            got.sort();
            QCOMPARE(got, expected);
            ++bars;
        }
    }
    QVERIFY(bars > 5);
    const auto history = store.history(u"c1"_s, &error);
    QVERIFY2(history, qPrintable(error.message));
    QCOMPARE(qint64(history->size()),
             scalar(u"select count(*) from step_outcomes o join campaign_contacts cc on cc.id = "
                    "o.enrollment_id where cc.contact_id = 'c1'"_s));
}

void TestReportStore::overviewAndClients()
{
    Test::Session s(databaseName);
    ReportStore store(s.db());
    DbError error;
    const auto clients = store.clients(&error);
    QVERIFY2(clients, qPrintable(error.message));
    QCOMPARE(*clients, (QStringList{u"acme"_s, u"zeta"_s}));
    ReportFilter f;
    f.client = u"acme"_s;
    const auto overview = store.overview(f, &error);
    QVERIFY2(overview, qPrintable(error.message));
    QCOMPARE(overview->size(), 2);
    const CampaignRates &renewal = overview->at(0);
    QCOMPARE(renewal.slug, u"renewal"_s);
    QCOMPARE(renewal.enrolled, 300);
    QCOMPARE(renewal.fired,
             scalar(u"select count(*) from outbound_queue q join campaigns c on c.id = "
                    "q.campaign_id where c.slug = 'renewal'"_s));
    QCOMPARE(renewal.sent,
             scalar(u"select count(*) from outbound_queue q join campaigns c on c.id = "
                    "q.campaign_id where c.slug = 'renewal' and q.status = 'sent'"_s));
    QCOMPARE(renewal.engaged,
             scalar(u"select count(*) from step_outcomes o join campaigns c on c.id = "
                    "o.campaign_id where c.slug = 'renewal' and o.outcome in "
                    "('replied', 'accepted', 'live_answer')"_s));
    const auto campaigns = store.campaigns(u"zeta"_s, &error);
    QVERIFY(campaigns);
    QCOMPARE(campaigns->size(), 1);
    QCOMPARE(campaigns->first().first, u"other"_s);
}

void TestReportStore::unknownCampaignIsNamed()
{
    Test::Session s(databaseName);
    DbError error;
    ReportFilter f;
    f.campaign = u"nope"_s;
    QVERIFY(!ReportStore(s.db()).campaign(f, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY(error.message.contains(u"\"nope\""_s));
}

void TestReportStore::truncateEmptiesSummaries()
{
    Test::Session s(databaseName);
    QVERIFY(Test::exec(s.db(), u"truncate step_outcomes"_s));
    QCOMPARE(scalar(u"select count(*) from dash_outcome_hours"_s), 0);
    for (const QString &sql : mismatchQueries)
        QCOMPARE(scalar(sql), 0);
}

TOUCHLINE_TEST_MAIN(TestReportStore)
#include "tst_reportstore.moc"
