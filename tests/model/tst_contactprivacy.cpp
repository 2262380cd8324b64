// Privacy on a real database: erasure leaves no personal field anywhere and the per-step
// aggregates unchanged; the export holds everything; quiet hours hold a 07:30 call until 08:00.
#include "contactdirectory.h"
#include "contactprivacy.h"
#include "demoflows.h"
#include "draftstore.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "handoffstore.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QDateTime monday = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);
// Every text column of every table that can hold something about a person.
const QStringList everywhere{
    u"select count(*) from contacts where id = :id or email like '%ada@%'"_s,
    u"select count(*) from campaign_contacts where contact_id = :id or notes like '%Ada%'"_s,
    u"select count(*) from outbound_queue where contact_id = :id"_s,
    u"select count(*) from staged_drafts where contact_id = :id or body like '%Ada%' "
    "or subject like '%Ada%'"_s,
    u"select count(*) from tasks where payload::text like '%' || :id || '%' "
    "or payload::text like '%Ada%' or payload::text like '%linkedin.example%'"_s,
    u"select count(*) from suppressions where contact_id = :id or reason like '%Ada%'"_s,
    u"select count(*) from audit_log where subject = :id or detail::text like '%' || :id || '%' "
    "or detail::text like '%Ada%'"_s};

} // namespace

class TestContactPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eraseLeavesNoPersonalFieldAndKeepsAggregates();
    void exportHoldsEverything();
    void quietHoursFloor_data();
    void quietHoursFloor();
    void quietHoursAudited();
    void quietHoursHoldTheEnginesCallUntilEight();

private:
    QVariant scalar(const QString &sql, const QString &id = {});
    void exercise(const QString &id);
    QSqlDatabase m_db;
};

void TestContactPrivacy::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"privacy"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"privacy"_s, u"privacy"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    DbError dbError;
    QVERIFY(FlowStore(m_db).importFlow(DemoFlows::read().flow, u"test"_s, &dbError));
}

void TestContactPrivacy::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"privacy"_s);
}

QVariant TestContactPrivacy::scalar(const QString &sql, const QString &id)
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

// A contact with a bit of everything: enrollments with notes, drafts naming them, outcomes, a
// gate handoff approved with notes, a suppression with a reason.
void TestContactPrivacy::exercise(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"insert into contacts (id, client_id, first_name, last_name, email, phone, company) "
              "values (:id, 'b2bea', 'Ada', 'Lovelace', 'ada@example.com', '+4930123', 'AE')"_s);
    q.bindValue(u":id"_s, id);
    QVERIFY(q.exec());
    QVERIFY(q.exec(u"insert into contacts (id, client_id, first_name) values ('other', 'b2bea', "
                   "'Bob')"_s));
    Engine engine(m_db);
    DbError e;
    QVERIFY(engine.enroll({u"b2bea_membership"_s, {id}, {}, u"Ada likes tea"_s, monday}, &e));
    QVERIFY(engine.enroll({u"b2bea_membership"_s, {u"other"_s}, {}, {}, monday}, &e));
    QVERIFY(engine.tick(monday, 100, &e));
    // An approver edits the draft to them: the audit entry is filed under the draft.
    const QString draft
        = scalar(u"select id::text from staged_drafts where contact_id = :id"_s, id).toString();
    const auto edited
        = DraftStore(m_db).edit(draft, u"For Ada, with thanks"_s, u"Hello Ada."_s, &e);
    QVERIFY2(edited && edited->result == DraftStore::Decision::Result::Done, qPrintable(e.message));
    // A LinkedIn touch waiting to be sent by hand names them in its own way.
    q.prepare(u"insert into tasks (type, status, assigned_role, enrollment_id, payload) "
              "select 'send_by_hand', 'pending', 'roles.bdr', cc.id, jsonb_build_object("
              "'contact', cc.contact_id, 'name', 'Ada Lovelace', 'profile', "
              "'https://linkedin.example/in/ada', 'text', 'Hi Ada!') "
              "from campaign_contacts cc where cc.contact_id = :id"_s);
    q.bindValue(u":id"_s, id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(engine.recordOutcome(
        {id, u"b2bea_membership"_s, 1, u"replied"_s, u"meeting_booked"_s, monday.addSecs(60)}, &e));
    QVERIFY(
        engine.recordOutcome({u"other"_s, u"b2bea_membership"_s, 1, u"sent"_s, {}, monday}, &e));
    HandoffStore handoffs(m_db);
    const QString task = handoffs.gateQueue(&e)->constFirst().taskId;
    QVERIFY2(
        handoffs.approveGate(
            task,
            {{u"b2bea_membership_close"_s}, u"pipeline"_s, u"Ada wants gold"_s, monday.addDays(1)},
            &e),
        qPrintable(e.message));
    QVERIFY(engine.tick(monday.addDays(1), 100, &e));
    QVERIFY(ContactDirectory(m_db).suppress(id, u"b2bea"_s, u"Ada called to opt out"_s, &e));
}

void TestContactPrivacy::eraseLeavesNoPersonalFieldAndKeepsAggregates()
{
    const QString id = u"rec_ada_01"_s;
    exercise(id);
    int found = 0;
    for (const QString &sql : everywhere)
        found += scalar(sql, id).toInt();
    QVERIFY(found > 5);
    const QString breakdown = u"select string_agg(c.slug || ':' || o.step_number || ':' || "
                              "o.outcome || ':' || n, ',' order by c.slug, o.step_number, "
                              "o.outcome) from (select campaign_id, step_number, outcome, "
                              "count(*) n from step_outcomes group by 1, 2, 3) o join campaigns c "
                              "on c.id = o.campaign_id"_s;
    const QString before = scalar(breakdown).toString();
    const int items = scalar(u"select count(*) from outbound_queue"_s).toInt();
    const int enrollments = scalar(u"select count(*) from campaign_contacts"_s).toInt();

    DbError e;
    const auto pseudo = ContactPrivacy(m_db).erase(id, &e);
    QVERIFY2(pseudo, qPrintable(e.message));
    QVERIFY(pseudo->startsWith(u"erased_"_s));
    for (const QString &sql : everywhere)
        QVERIFY2(scalar(sql, id).toInt() == 0, qPrintable(sql));
    QCOMPARE(scalar(breakdown).toString(), before);
    QCOMPARE(scalar(u"select count(*) from outbound_queue"_s).toInt(), items);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts"_s).toInt(), enrollments);
    // The other contact is untouched; the erasure itself is audited without the id.
    QCOMPARE(scalar(u"select first_name from contacts where id = 'other'"_s).toString(), u"Bob"_s);
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'contact_erased'"_s).toInt(),
             1);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where status = 'active' "
                    "and contact_id = :id"_s,
                    *pseudo)
                 .toInt(),
             0);
    // The audit log is still append-only outside an erasure.
    QSqlQuery q(m_db);
    QVERIFY(!q.exec(u"update audit_log set subject = 'x'"_s));
    QVERIFY(!q.exec(u"delete from audit_log"_s));
    QVERIFY(!ContactPrivacy(m_db).erase(id, &e));
    QCOMPARE(e.kind, DbError::Kind::Rejected);
}

void TestContactPrivacy::exportHoldsEverything()
{
    const QString id = u"rec_ada_02"_s;
    exercise(id);
    DbError e;
    const auto doc = ContactPrivacy(m_db).exportPerson(id, &e);
    QVERIFY2(doc, qPrintable(e.message));
    QCOMPARE(doc->value(u"contact"_s).toObject().value(u"email"_s).toString(),
             u"ada@example.com"_s);
    QCOMPARE(doc->value(u"enrollments"_s).toArray().size(), 2);
    QVERIFY(doc->value(u"touches"_s).toArray().size() >= 2);
    QVERIFY(doc->value(u"drafts"_s).toArray().size() >= 1);
    QCOMPARE(doc->value(u"outcomes"_s).toArray().size(), 1);
    QCOMPARE(doc->value(u"suppressions"_s).toArray().size(), 1);
    QVERIFY(doc->value(u"tasks"_s).toArray().size() >= 1);
    QVERIFY(doc->value(u"audit"_s).toArray().size() >= 2);
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'contact_exported' "
                    "and subject = :id"_s,
                    id)
                 .toInt(),
             1);
    QVERIFY(!ContactPrivacy(m_db).exportPerson(u"nobody"_s, &e));
}

void TestContactPrivacy::quietHoursFloor_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("due");      // local time in Europe/Berlin
    QTest::addColumn<QString>("expected"); // local time in Europe/Berlin
    QTest::addRow("07:30 call held until 08:00")
        << u"voice"_s << u"2026-03-02T07:30:00+01:00"_s << u"2026-03-02T08:00:00+01:00"_s;
    QTest::addRow("noon unchanged")
        << u"voice"_s << u"2026-03-02T12:00:00+01:00"_s << u"2026-03-02T12:00:00+01:00"_s;
    QTest::addRow("21:30 sms to next morning")
        << u"sms"_s << u"2026-03-02T21:30:00+01:00"_s << u"2026-03-03T08:00:00+01:00"_s;
    QTest::addRow("across the DST change")
        << u"voice"_s << u"2026-03-29T06:00:00+02:00"_s << u"2026-03-29T08:00:00+02:00"_s;
    QTest::addRow("email has no floor")
        << u"email"_s << u"2026-03-02T07:30:00+01:00"_s << u"2026-03-02T07:30:00+01:00"_s;
}

void TestContactPrivacy::quietHoursFloor()
{
    QFETCH(QString, channel);
    QFETCH(QString, due);
    QFETCH(QString, expected);
    ContactPrivacy privacy(m_db);
    DbError e;
    QVERIFY(
        privacy.setQuietHours(u"northwind_insurance"_s, u"voice"_s, QTime(8, 0), QTime(21, 0), &e));
    QVERIFY(
        privacy.setQuietHours(u"northwind_insurance"_s, u"sms"_s, QTime(8, 0), QTime(21, 0), &e));
    const auto floor = privacy.quietHoursFloor(u"northwind_insurance"_s,
                                               channel,
                                               u"Europe/Berlin"_s,
                                               QDateTime::fromString(due, Qt::ISODate),
                                               &e);
    QVERIFY2(floor, qPrintable(e.message));
    QCOMPARE(*floor, QDateTime::fromString(expected, Qt::ISODate).toUTC());
    // Another client sets no floor.
    QCOMPARE(
        *privacy.quietHoursFloor(
            u"b2bea"_s, channel, u"Europe/Berlin"_s, QDateTime::fromString(due, Qt::ISODate), &e),
        QDateTime::fromString(due, Qt::ISODate).toUTC());
}

void TestContactPrivacy::quietHoursAudited()
{
    ContactPrivacy privacy(m_db);
    DbError e;
    QVERIFY(!privacy.setQuietHours(u"acme"_s, u"email"_s, QTime(8, 0), QTime(21, 0), &e));
    QVERIFY(!privacy.setQuietHours(u"acme"_s, u"voice"_s, QTime(21, 0), QTime(8, 0), &e));
    QVERIFY(privacy.setQuietHours(u"acme"_s, u"voice"_s, QTime(9, 0), QTime(20, 0), &e));
    QCOMPARE(scalar(u"select detail ->> 'start' from audit_log where action = "
                    "'quiet_hours_set'"_s)
                 .toString(),
             u"09:00"_s);
}

// A flow whose own window opens at 07:00: only the client's floor keeps the 07:30 call back.
void TestContactPrivacy::quietHoursHoldTheEnginesCallUntilEight()
{
    const QByteArray flow = R"({"format": "touchline-flow", "version": 1, "campaigns": [
      {"slug": "early_calls", "name": "Early calls", "client_id": "northwind_insurance",
       "type": "renewal", "owner_role": "roles.cs",
       "send_window": {"days": ["mon","tue","wed","thu","fri","sat","sun"],
                       "start": "07:00", "end": "22:00"},
       "steps": [
         {"step_number": 1, "delay_days": 0, "channel": "voice", "handler": "ivr",
          "content_type": "call", "template_instructions": "Call."},
         {"step_number": 2, "delay_days": 0, "delay_minutes": 1, "channel": "email",
          "content_type": "follow_up", "template_instructions": "Mail."}]}]})";
    const FlowReadResult read = FlowCodec::read(flow);
    QVERIFY(read.ok());
    DbError e;
    QVERIFY2(FlowStore(m_db).importFlow(read.flow, u"test"_s, &e), qPrintable(e.message));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"insert into contacts (id, client_id, time_zone) values "
                   "('pol_1', 'northwind_insurance', 'Europe/Berlin')"_s));
    QVERIFY(ContactPrivacy(m_db).setQuietHours(
        u"northwind_insurance"_s, u"voice"_s, QTime(8, 0), QTime(21, 0), &e));
    Engine engine(m_db);
    const QDateTime half7 = QDateTime::fromString(u"2026-03-02T07:30:00+01:00"_s, Qt::ISODate);
    const QDateTime eight = QDateTime::fromString(u"2026-03-02T08:00:00+01:00"_s, Qt::ISODate);
    QVERIFY(engine.enroll({u"early_calls"_s, {u"pol_1"_s}, {}, {}, half7}, &e));
    const auto held = engine.tick(half7, 100, &e);
    QVERIFY2(held, qPrintable(e.message));
    QCOMPARE(held->fired, 0);
    QCOMPARE(held->postponed, 1);
    QCOMPARE(
        scalar(u"select next_send_at = '2026-03-02T07:00:00Z' from campaign_contacts"_s).toBool(),
        true);
    QCOMPARE(engine.tick(eight.addSecs(-60), 100, &e)->fired, 0);
    QCOMPARE(engine.tick(eight, 100, &e)->fired, 1);
    QCOMPARE(scalar(u"select count(*) from outbound_queue where channel = 'voice' "
                    "and scheduled_at = '2026-03-02T07:00:00Z'"_s)
                 .toInt(),
             1);
}

TOUCHLINE_TEST_MAIN(TestContactPrivacy)
#include "tst_contactprivacy.moc"
