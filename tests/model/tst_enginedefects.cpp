// Regression tests for issue 9, one or more per defect, through the engine API on a real
// database: visits, rows set aside, finite passes, caps under four schedulers, late opt-outs,
// replies to the last step, outcomes by item and idempotent, exits cancelling queued work,
// review settings, a send window opening in a DST gap, prepared statements after a failure.
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "session.h"
#include "testcluster.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QString databaseName = u"enginedefects"_s;

const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "back", "name": "Back", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
        "template_instructions": "Hello {{first_name}}."},
       {"step_number": 2, "delay_days": 0, "delay_minutes": 10, "channel": "email",
        "content_type": "follow_up", "template_instructions": "Again.",
        "on_outcome": {"no_reply": {"goto": 1}}}
     ]},
    {"slug": "one", "name": "One", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [{"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
                "template_instructions": "Hello {{first_name}}."}]},
    {"slug": "two", "name": "Two", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
        "template_instructions": "Hello."},
       {"step_number": 2, "delay_days": 1, "channel": "voice", "handler": "ivr",
        "content_type": "call", "template_instructions": "Call.",
        "on_outcome": {"live_answer": {"handoff": "human_agent"}}}
     ]},
    {"slug": "loop", "name": "Loop", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales", "no_engagement_after_days": 0,
     "on_exit": {"no_engagement": "loop"},
     "steps": [{"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
                "template_instructions": "Hi."}]},
    {"slug": "ping", "name": "Ping", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales", "no_engagement_after_days": 0,
     "on_exit": {"no_engagement": "pong"},
     "steps": [{"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
                "template_instructions": "Ping."}]},
    {"slug": "pong", "name": "Pong", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales", "no_engagement_after_days": 0,
     "on_exit": {"no_engagement": "ping"},
     "steps": [{"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
                "template_instructions": "Pong."}]},
    {"slug": "night", "name": "Night", "client_id": "acme", "type": "event",
     "owner_role": "roles.bdr",
     "send_window": {"days": ["mon","tue","wed","thu","fri","sat","sun"],
                     "start": "02:30", "end": "04:00"},
     "steps": [{"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
                "template_instructions": "Hi."}]}
  ]
})";

QDateTime t(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// A thread with its own connection (a QSqlDatabase belongs to the thread that made it).
class ConnectionThread : public QThread
{
public:
    ConnectionThread(QString name, std::function<void(QSqlDatabase)> body)
        : m_name(std::move(name))
        , m_body(std::move(body))
    {}

protected:
    void run() override
    {
        {
            DbError error;
            QSqlDatabase db = Database::open(
                Test::TestCluster::instance().settings(databaseName), m_name, &error);
            m_body(error ? QSqlDatabase() : db);
        }
        Database::close(m_name);
    }

private:
    QString m_name;
    std::function<void(QSqlDatabase)> m_body;
};

} // namespace

class TestEngineDefects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void gotoBackToAFiredStepIsANewVisit();
    void failingRowIsSetAsideAndTheRestFires();
    void failedBatchLeaksNoPreparedStatement();
    void selfLoopOnExitEndsThePass();
    void twoCampaignCycleIsNotFollowedWithinADay();
    void capHoldsUnderFourSchedulers();
    void lateUnsubscribeSuppressesAndEndsEveryEnrollment();
    void replyToTheLastStepHoldsUntilClassified();
    void outcomeByItemIsIdempotent();
    void contactFormResolvesToTheLatestItem();
    void exitCancelsQueuedItemsAndDrafts();
    void reviewAndDrafterSettingsAtFiring();
    void windowStartInADstGapWaitsForTheGapsEnd();
    void setAsideRowIsOutOfTheDueScan();

private:
    QVariant scalar(const QString &sql) { return Test::scalar(m_db, sql); }
    bool exec(const QString &sql) { return Test::exec(m_db, sql); }
    void addContact(const QString &id, const QString &tz = u"UTC"_s);
    void enroll(const QString &campaign, const QStringList &contacts, const QDateTime &at);
    Engine::TickResult tick(const QDateTime &at);
    std::optional<Engine::OutcomeResult> outcome(const QString &item,
                                                 const QString &name,
                                                 const QString &intent,
                                                 const QDateTime &at,
                                                 const QString &eventId = QString());
    QString item(const QString &contact, const QString &campaign, int step);

    QSqlDatabase m_db;
    std::unique_ptr<Engine> m_engine;
};

void TestEngineDefects::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, databaseName, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    const FlowReadResult flow = FlowCodec::read(flowJson);
    QVERIFY(flow.ok());
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(flow.flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
    m_engine = std::make_unique<Engine>(m_db);
}

void TestEngineDefects::cleanup()
{
    m_engine.reset();
    m_db = QSqlDatabase();
    Database::close(databaseName);
}

void TestEngineDefects::addContact(const QString &id, const QString &tz)
{
    QSqlQuery q(m_db);
    q.prepare(u"insert into contacts (id, client_id, first_name, time_zone) "
              "values (?, 'acme', 'Ada', ?)"_s);
    q.addBindValue(id);
    q.addBindValue(tz);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestEngineDefects::enroll(const QString &campaign,
                               const QStringList &contacts,
                               const QDateTime &at)
{
    DbError error;
    const auto r = m_engine->enroll({campaign, contacts, {}, {}, at}, &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(r->enrolled.size(), contacts.size());
}

Engine::TickResult TestEngineDefects::tick(const QDateTime &at)
{
    DbError error;
    const auto r = m_engine->tick(at, 100, &error);
    if (!r)
        qWarning("tick: %s", qPrintable(error.message));
    return r.value_or(Engine::TickResult{});
}

std::optional<Engine::OutcomeResult> TestEngineDefects::outcome(const QString &itemId,
                                                                const QString &name,
                                                                const QString &intent,
                                                                const QDateTime &at,
                                                                const QString &eventId)
{
    Engine::OutcomeRequest r;
    r.item = itemId;
    r.outcome = name;
    r.intent = intent;
    r.at = at;
    r.eventId = eventId;
    DbError error;
    const auto result = m_engine->recordOutcome(r, &error);
    if (!result)
        qWarning("outcome: %s", qPrintable(error.message));
    return result;
}

QString TestEngineDefects::item(const QString &contact, const QString &campaign, int step)
{
    return scalar(
               u"select o.id::text from outbound_queue o join campaigns c on c.id = o.campaign_id "
               "where o.contact_id = '%1' and c.slug = '%2' and o.step_number = %3 "
               "order by o.visit desc limit 1"_s.arg(contact, campaign)
                   .arg(step))
        .toString();
}

// Defect 1: the re-fire used attempt 1 again and hit the unique key; every tick then failed.
void TestEngineDefects::gotoBackToAFiredStepIsANewVisit()
{
    addContact(u"a"_s);
    enroll(u"back"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    QCOMPARE(tick(t("2026-03-02T10:00:00Z")).fired, 1);
    QCOMPARE(tick(t("2026-03-02T10:10:00Z")).fired, 1);
    const auto r
        = outcome(item(u"a"_s, u"back"_s, 2), u"no_reply"_s, {}, t("2026-03-02T11:00:00Z"));
    QVERIFY(r);
    QCOMPARE(r->action, u"goto step 1"_s);
    const auto again = tick(t("2026-03-02T11:00:00Z"));
    QCOMPARE(again.fired, 1);
    QCOMPARE(again.errors, 0);
    QCOMPARE(scalar(u"select count(*) from outbound_queue"_s).toInt(), 3);
    QCOMPARE(scalar(u"select string_agg(visit::text || ':' || step_number, ',' order by visit) "
                    "from outbound_queue"_s)
                 .toString(),
             u"1:1,2:2,3:1"_s);
    QCOMPARE(scalar(u"select visit from campaign_contacts"_s).toInt(), 3);
}

// Defect 1: one bad row no longer blocks the batch.
void TestEngineDefects::failingRowIsSetAsideAndTheRestFires()
{
    for (const QString &c : {u"a"_s, u"bad"_s, u"b"_s})
        addContact(c);
    enroll(u"one"_s, {u"a"_s, u"bad"_s, u"b"_s}, t("2026-03-02T10:00:00Z"));
    QVERIFY(exec(u"create function refuse_bad() returns trigger language plpgsql as $$ begin "
                 "if new.contact_id = 'bad' then raise exception 'refused for bad'; end if; "
                 "return new; end $$"_s));
    QVERIFY(exec(u"create trigger refuse_bad before insert on outbound_queue for each row "
                 "execute function refuse_bad()"_s));
    const auto r = tick(t("2026-03-02T10:00:00Z"));
    QCOMPARE(r.fired, 2);
    QCOMPARE(r.errors, 1);
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY2(r.warnings.join(u' ').contains(u"refused for bad"_s),
             qPrintable(r.warnings.join(u' ')));
    QVERIFY(scalar(u"select engine_error like '%refused for bad%' and next_send_at is null "
                   "from campaign_contacts where contact_id = 'bad'"_s)
                .toBool());
    QCOMPARE(scalar(u"select count(*) from outbound_queue"_s).toInt(), 2);
    QCOMPARE(scalar(u"select count(*) from staged_drafts"_s).toInt(), 2);
}

void TestEngineDefects::setAsideRowIsOutOfTheDueScan()
{
    addContact(u"bad"_s);
    enroll(u"one"_s, {u"bad"_s}, t("2026-03-02T10:00:00Z"));
    QVERIFY(exec(u"create function refuse_all() returns trigger language plpgsql as $$ begin "
                 "raise exception 'refused'; end $$"_s));
    QVERIFY(exec(u"create trigger refuse_all before insert on outbound_queue for each row "
                 "execute function refuse_all()"_s));
    QCOMPARE(tick(t("2026-03-02T10:00:00Z")).errors, 1);
    const auto second = tick(t("2026-03-02T10:05:00Z"));
    QCOMPARE(second.errors, 0);
    QCOMPARE(second.batches, 0);
}

// A failed batch used to leave its prepared statements behind for the life of the connection.
void TestEngineDefects::failedBatchLeaksNoPreparedStatement()
{
    addContact(u"a"_s);
    enroll(u"one"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    // The mark as a claimed batch meets it (the trigger that ends enrollments at once is off),
    // so the exit happens at firing, where it fails.
    QVERIFY(exec(u"alter table contacts disable trigger contacts_do_not_contact_ends"_s));
    QVERIFY(exec(u"update contacts set do_not_contact = true"_s));
    QVERIFY(exec(u"alter table contacts enable trigger contacts_do_not_contact_ends"_s));
    QVERIFY(exec(u"create function refuse_exit() returns trigger language plpgsql as $$ begin "
                 "if new.type = 'exit_contact' then raise exception 'no exits'; end if; "
                 "return new; end $$"_s));
    QVERIFY(exec(u"create trigger refuse_exit before insert on tasks for each row "
                 "execute function refuse_exit()"_s));
    const int before = scalar(u"select count(*) from pg_prepared_statements"_s).toInt();
    DbError error;
    QVERIFY(!m_engine->tick(t("2026-03-02T10:00:00Z"), 100, &error));
    QVERIFY2(error.message.contains(u"no exits"_s), qPrintable(error.message));
    QCOMPARE(error.kind, DbError::Kind::Failed); // not "unreachable": the database answered
    QCOMPARE(scalar(u"select count(*) from pg_prepared_statements"_s).toInt(), before);
}

// Defect 2: no_engagement_after_days 0 and on_exit back into itself spun inside one tick.
void TestEngineDefects::selfLoopOnExitEndsThePass()
{
    addContact(u"a"_s);
    enroll(u"loop"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    const auto r = tick(t("2026-03-02T10:00:00Z"));
    QCOMPARE(r.fired, 1);
    QCOMPARE(r.exited, 1);
    QCOMPARE(r.enrolled, 0);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.constFirst().contains(u"loop -> loop"_s),
             qPrintable(r.warnings.join(u' ')));
    QCOMPARE(scalar(u"select count(*) from outbound_queue"_s).toInt(), 1);
    // A day later the contact may come back (a new enrollment, not this exit).
    QCOMPARE(tick(t("2026-03-03T10:00:01Z")).batches, 0);
}

void TestEngineDefects::twoCampaignCycleIsNotFollowedWithinADay()
{
    addContact(u"a"_s);
    enroll(u"ping"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    // ping fires and exits into pong; pong, created in this pass, waits for the next one.
    const auto first = tick(t("2026-03-02T10:00:00Z"));
    QCOMPARE(first.fired, 1);
    QCOMPARE(first.enrolled, 1);
    QCOMPARE(scalar(u"select count(*) from outbound_queue"_s).toInt(), 1);
    // pong fires and exits; back into ping, which the contact left minutes ago: refused.
    const auto second = tick(t("2026-03-02T10:00:00Z"));
    QCOMPARE(second.fired, 1);
    QCOMPARE(second.enrolled, 0);
    QCOMPARE(second.warnings.size(), 1);
    QVERIFY(second.warnings.constFirst().contains(u"pong -> ping"_s));
    QCOMPARE(tick(t("2026-03-02T10:00:00Z")).batches, 0);
    QCOMPARE(scalar(u"select count(*) from outbound_queue"_s).toInt(), 2);
}

// Defect 3: the count and the lock sat in one READ COMMITTED statement; two consoles both saw
// room. Four schedulers at once, each its own connection, must not exceed the cap.
void TestEngineDefects::capHoldsUnderFourSchedulers()
{
    constexpr int contacts = 400, cap = 57, schedulers = 4;
    QVERIFY(exec(u"insert into contacts (id, client_id, time_zone) select 'c' || g, 'acme', "
                 "case when g % 2 = 0 then 'UTC' else 'Asia/Tokyo' end "
                 "from generate_series(1, %1) g"_s.arg(contacts)));
    QStringList ids;
    for (int i = 1; i <= contacts; ++i)
        ids.append(u"c%1"_s.arg(i));
    enroll(u"one"_s, ids, t("2026-03-02T10:00:00Z"));
    DbError error;
    QVERIFY(m_engine->setDailyCap(u"acme"_s, u"email"_s, cap, &error));
    QSemaphore ready, go;
    std::vector<std::unique_ptr<ConnectionThread>> threads;
    QVector<int> fired(schedulers, -1);
    for (int i = 0; i < schedulers; ++i) {
        threads.push_back(
            std::make_unique<ConnectionThread>(u"cap%1"_s.arg(i), [&, i](QSqlDatabase db) {
                ready.release();
                go.acquire();
                if (!db.isOpen())
                    return;
                Engine engine(db);
                DbError e;
                // small batches: many interleavings of the counter's row lock
                const auto r = engine.tick(t("2026-03-02T10:00:00Z"), 7, &e);
                fired[i] = r ? r->fired : -1;
            }));
        threads.back()->start();
    }
    QVERIFY(ready.tryAcquire(schedulers, 30000));
    go.release(schedulers);
    for (auto &th : threads)
        QVERIFY(th->wait(QDeadlineTimer(120000)));
    int total = 0;
    for (int f : fired) {
        QVERIFY(f >= 0);
        total += f;
    }
    // Two local days (UTC and Tokyo are both 2026-03-02 at 10:00Z? Tokyo is 19:00, same date).
    QCOMPARE(total, cap);
    QCOMPARE(scalar(u"select count(*) from outbound_queue"_s).toInt(), cap);
    QCOMPARE(scalar(u"select sum(used) from channel_cap_usage"_s).toInt(), cap);
    // The rest waits for the contact's local midnight, not for the UTC one.
    QVERIFY(scalar(u"select bool_and(cc.next_send_at = case ct.time_zone when 'UTC' "
                   "then timestamptz '2026-03-03T00:00:00Z' else timestamptz "
                   "'2026-03-02T15:00:00Z' end) from campaign_contacts cc join contacts ct "
                   "on ct.id = cc.contact_id where cc.last_fired_step is null"_s)
                .toBool());
}

// Defect 4: an unsubscribe after the enrollment ended was refused and nothing was suppressed.
void TestEngineDefects::lateUnsubscribeSuppressesAndEndsEveryEnrollment()
{
    addContact(u"a"_s);
    enroll(u"two"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    enroll(u"one"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-02T10:00:00Z"));
    const QString first = item(u"a"_s, u"two"_s, 1);
    QVERIFY(outcome(first, u"replied"_s, u"meeting_booked"_s, t("2026-03-02T11:00:00Z")));
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where status = 'active'"_s).toInt(),
             1);
    QVERIFY(exec(u"update outbound_queue set status = 'approved' where campaign_id = "
                 "(select id from campaigns where slug = 'one')"_s));
    const auto late = outcome(first, u"replied"_s, u"unsubscribe"_s, t("2026-03-02T12:00:00Z"));
    QVERIFY(late);
    QCOMPARE(scalar(u"select count(*) from suppressions where contact_id = 'a'"_s).toInt(), 1);
    QCOMPARE(scalar(u"select count(*) from step_outcomes where intent = 'unsubscribe' "
                    "and outbound_id = '%1'"_s.arg(first))
                 .toInt(),
             1);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where status = 'active'"_s).toInt(),
             0);
    QCOMPARE(
        scalar(u"select o.status from outbound_queue o join campaigns c on c.id = o.campaign_id "
               "where c.slug = 'one'"_s)
            .toString(),
        u"cancelled"_s);
    // A late non-opt-out outcome is recorded against its item and moves nothing.
    const auto later = outcome(first, u"bounced"_s, {}, t("2026-03-02T13:00:00Z"));
    QVERIFY(later);
    QCOMPARE(scalar(u"select count(*) from step_outcomes where outcome = 'bounced'"_s).toInt(), 1);
    QCOMPARE(scalar(u"select cc.status from campaign_contacts cc join campaigns c on c.id = "
                    "cc.campaign_id where c.slug = 'two'"_s)
                 .toString(),
             u"converted"_s);
}

// Defect 5: a reply to the last step was "recorded; the sequence continues" and later timed out.
void TestEngineDefects::replyToTheLastStepHoldsUntilClassified()
{
    addContact(u"a"_s);
    enroll(u"one"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-02T10:00:00Z"));
    const QString it = item(u"a"_s, u"one"_s, 1);
    const auto r = outcome(it, u"replied"_s, {}, t("2026-03-02T11:00:00Z"));
    QVERIFY(r);
    QVERIFY2(r->action.contains(u"classified"_s), qPrintable(r->action));
    QCOMPARE(scalar(u"select count(*) from tasks where type = 'process_reply' "
                    "and status = 'pending'"_s)
                 .toInt(),
             1);
    tick(t("2026-04-02T10:00:00Z")); // long after no_engagement_after_days
    QCOMPARE(scalar(u"select status from campaign_contacts"_s).toString(), u"active"_s);
    const auto classified = outcome(it, u"replied"_s, u"interested"_s, t("2026-04-02T11:00:00Z"));
    QVERIFY(classified);
    QCOMPARE(classified->exitReason, u"converted"_s);
    QCOMPARE(scalar(u"select count(*) from tasks where type = 'process_reply' "
                    "and status = 'pending'"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select status from campaign_contacts"_s).toString(), u"converted"_s);
}

// Defect 6: a provider's retried callback created a second handoff.
void TestEngineDefects::outcomeByItemIsIdempotent()
{
    addContact(u"a"_s);
    enroll(u"two"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-03T10:00:00Z"));
    const QString call = item(u"a"_s, u"two"_s, 2);
    const auto first = outcome(call, u"live_answer"_s, {}, t("2026-03-03T10:05:00Z"), u"cb-1"_s);
    QVERIFY(first);
    QVERIFY(!first->duplicate);
    QCOMPARE(first->item, call);
    QCOMPARE(first->campaign, u"two"_s);
    QCOMPARE(first->step, 2);
    const auto again = outcome(call, u"live_answer"_s, {}, t("2026-03-03T10:06:00Z"), u"cb-1"_s);
    QVERIFY(again);
    QVERIFY(again->duplicate);
    QCOMPARE(scalar(u"select count(*) from tasks where type = 'handoff'"_s).toInt(), 1);
    QCOMPARE(scalar(u"select count(*) from step_outcomes"_s).toInt(), 1);
    QCOMPARE(scalar(u"select count(*) from step_outcomes where outbound_id is null"_s).toInt(), 0);
    // The same key on another item is another event.
    const auto other
        = outcome(item(u"a"_s, u"two"_s, 1), u"sent"_s, {}, t("2026-03-03T10:07:00Z"), u"cb-1"_s);
    QVERIFY(other);
    QVERIFY(!other->duplicate);
    // Unknown and malformed items are rejected, writing nothing.
    DbError error;
    Engine::OutcomeRequest bad;
    bad.item = u"not-a-uuid"_s;
    bad.outcome = u"sent"_s;
    QVERIFY(!m_engine->recordOutcome(bad, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY(error.message.contains(u"no outbound item with the id not-a-uuid"_s));
}

void TestEngineDefects::contactFormResolvesToTheLatestItem()
{
    addContact(u"a"_s);
    enroll(u"back"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-02T10:10:00Z"));
    QVERIFY(outcome(item(u"a"_s, u"back"_s, 2), u"no_reply"_s, {}, t("2026-03-02T11:00:00Z")));
    tick(t("2026-03-02T11:00:00Z")); // step 1 again: visit 3
    Engine::OutcomeRequest r;
    r.contact = u"a"_s;
    r.campaign = u"back"_s;
    r.step = 1;
    r.outcome = u"sent"_s;
    r.at = t("2026-03-02T11:01:00Z");
    DbError error;
    const auto result = m_engine->recordOutcome(r, &error);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(scalar(u"select o.visit from step_outcomes s join outbound_queue o "
                    "on o.id = s.outbound_id where s.outcome = 'sent'"_s)
                 .toInt(),
             3);
}

// Defect 7: exits never cancelled queued work.
void TestEngineDefects::exitCancelsQueuedItemsAndDrafts()
{
    addContact(u"a"_s);
    enroll(u"two"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-02T10:00:00Z"));
    QCOMPARE(scalar(u"select status from outbound_queue"_s).toString(), u"drafted"_s);
    QVERIFY(outcome(
        item(u"a"_s, u"two"_s, 1), u"replied"_s, u"not_interested"_s, t("2026-03-02T11:00:00Z")));
    QCOMPARE(scalar(u"select status from outbound_queue"_s).toString(), u"cancelled"_s);
    QCOMPARE(scalar(u"select status from staged_drafts"_s).toString(), u"cancelled"_s);
    // A sent item stays sent.
    addContact(u"b"_s);
    enroll(u"two"_s, {u"b"_s}, t("2026-03-02T12:00:00Z"));
    tick(t("2026-03-02T12:00:00Z"));
    QVERIFY(exec(u"update outbound_queue set status = 'sent' where contact_id = 'b'"_s));
    QVERIFY(exec(u"update contacts set do_not_contact = true where id = 'b'"_s));
    tick(t("2026-03-03T12:00:00Z")); // step 2 due: exits as do-not-contact
    QCOMPARE(scalar(u"select string_agg(status, ',') from outbound_queue where contact_id = 'b'"_s)
                 .toString(),
             u"sent"_s);
    QCOMPARE(scalar(u"select status from campaign_contacts where contact_id = 'b'"_s).toString(),
             u"rejected"_s);
}

void TestEngineDefects::reviewAndDrafterSettingsAtFiring()
{
    for (const QString &c : {u"a"_s, u"b"_s, u"c"_s})
        addContact(c);
    QVERIFY(exec(u"update campaigns set review = false where slug = 'one'"_s));
    QVERIFY(exec(u"update campaigns set drafter = 'external' where slug = 'back'"_s));
    QVERIFY(exec(u"update campaign_steps set review = false where step_number = 2 and "
                 "campaign_id = (select id from campaigns where slug = 'two')"_s));
    enroll(u"one"_s, {u"a"_s}, t("2026-03-02T10:00:00Z"));
    enroll(u"back"_s, {u"b"_s}, t("2026-03-02T10:00:00Z"));
    enroll(u"two"_s, {u"c"_s}, t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-02T10:00:00Z"));
    tick(t("2026-03-03T10:00:00Z")); // two's step 2, a voice step needing no review
    QCOMPARE(
        scalar(u"select o.status || '/' || d.status || '/' || d.reviewer from outbound_queue o "
               "join staged_drafts d on d.id = o.staged_draft_id where o.contact_id = 'a'"_s)
            .toString(),
        u"approved/approved/auto"_s);
    QCOMPARE(scalar(u"select o.status || '/' || d.status || '/' || length(d.body) from "
                    "outbound_queue o join staged_drafts d on d.id = o.staged_draft_id "
                    "where o.contact_id = 'b'"_s)
                 .toString(),
             u"pending/awaiting_draft/0"_s);
    QCOMPARE(scalar(u"select t.status from tasks t join campaign_contacts cc on cc.id = "
                    "t.enrollment_id where t.type = 'execute_sequence_step' and "
                    "cc.contact_id = 'b'"_s)
                 .toString(),
             u"pending"_s);
    // Only the external drafter's step has a task: the others' items are their record.
    QCOMPARE(
        scalar(
            u"select string_agg(distinct cc.contact_id, ',') from tasks t join "
            "campaign_contacts cc on cc.id = t.enrollment_id where t.type = 'execute_sequence_step'"_s)
            .toString(),
        u"b"_s);
    QCOMPARE(scalar(u"select string_agg(status, ',' order by step_number) from outbound_queue "
                    "where contact_id = 'c'"_s)
                 .toString(),
             u"drafted,approved"_s);
}

// The spring-forward day in New York: 02:30 does not exist; the window opens at 03:00 EDT.
void TestEngineDefects::windowStartInADstGapWaitsForTheGapsEnd()
{
    addContact(u"ny"_s, u"America/New_York"_s);
    enroll(u"night"_s, {u"ny"_s}, t("2026-03-08T06:00:00Z")); // 01:00 EST
    const auto r = tick(t("2026-03-08T06:00:01Z"));
    QCOMPARE(r.fired, 0);
    QCOMPARE(r.postponed, 1);
    QVERIFY(scalar(u"select next_send_at = '2026-03-08T07:00:00Z' from campaign_contacts"_s)
                .toBool()); // 03:00 EDT
    QCOMPARE(tick(t("2026-03-08T07:00:00Z")).fired, 1);
}

TOUCHLINE_TEST_MAIN(TestEngineDefects)

#include "tst_enginedefects.moc"
