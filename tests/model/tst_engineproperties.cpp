// Property-style: random flows (gotos back and forward, self-loops, retries, handoffs, on_exit
// cycles) and random outcome streams addressed by item, replayed through the engine with four
// schedulers ticking at once. After every round: every pass ended, no (enrollment, visit) has
// two items, no suppressed contact has an item queued or scheduled after its suppression, no
// daily cap is exceeded, and every outcome is stored against the item it named.
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "session.h"
#include "testcluster.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QString databaseName = u"engineproperties"_s;
constexpr int schedulers = 4;

QJsonObject randomAction(QRandomGenerator &rng, int stepNumber, int steps, bool voice)
{
    switch (rng.bounded(voice ? 5 : 4)) {
    case 0: // back, forward or itself
        return {{u"goto"_s, 1 + int(rng.bounded(steps))}};
    case 1:
        return {{u"exit"_s, Vocabulary::exitReasons().at(int(rng.bounded(3)))}};
    case 2:
        return {{u"retry"_s,
                 QJsonObject{{u"after_minutes"_s, 10 + int(rng.bounded(60))},
                             {u"max_attempts"_s, 2 + int(rng.bounded(2))}}}};
    case 3:
        return {{u"goto"_s, std::min(steps, stepNumber + 1)}};
    default:
        return {{u"handoff"_s, u"human_agent"_s}};
    }
}

QByteArray randomFlow(QRandomGenerator &rng, int campaigns)
{
    QJsonArray list;
    for (int c = 0; c < campaigns; ++c) {
        const int steps = 1 + int(rng.bounded(4));
        QJsonArray stepList;
        int delay = 0;
        for (int s = 1; s <= steps; ++s) {
            const bool voice = rng.bounded(3) == 0;
            const QString channel = voice ? u"voice"_s : u"email"_s;
            QJsonObject step{{u"step_number"_s, s},
                             {u"delay_days"_s, 0},
                             {u"delay_minutes"_s, delay},
                             {u"channel"_s, channel},
                             {u"content_type"_s, u"intro"_s},
                             {u"template_instructions"_s, u"Hello {{first_name}}."_s}};
            if (voice)
                step.insert(u"handler"_s, u"ivr"_s);
            QJsonObject onOutcome;
            const QStringList outcomes = Vocabulary::outcomesFor(channel);
            for (int k = int(rng.bounded(3)); k > 0; --k) {
                const QString name = outcomes.at(int(rng.bounded(outcomes.size())));
                if (!Vocabulary::isNeverRetried(name))
                    onOutcome.insert(name, randomAction(rng, s, steps, voice));
            }
            if (!onOutcome.isEmpty())
                step.insert(u"on_outcome"_s, onOutcome);
            stepList.append(step);
            delay += int(rng.bounded(3)) * 30;
        }
        QJsonObject onExit;
        for (const QString &reason : Vocabulary::exitReasons()) {
            if (rng.bounded(2) == 0) // cycles and self-loops included
                onExit.insert(reason, u"p%1"_s.arg(rng.bounded(campaigns)));
        }
        list.append(QJsonObject{{u"slug"_s, u"p%1"_s.arg(c)},
                                {u"name"_s, u"P%1"_s.arg(c)},
                                {u"client_id"_s, u"acme"_s},
                                {u"type"_s, u"membership"_s},
                                {u"owner_role"_s, u"roles.sales"_s},
                                {u"no_engagement_after_days"_s, int(rng.bounded(2))},
                                {u"on_exit"_s, onExit},
                                {u"steps"_s, stepList}});
    }
    return QJsonDocument(QJsonObject{{u"format"_s, u"touchline-flow"_s},
                                     {u"version"_s, 1},
                                     {u"campaigns"_s, list}})
        .toJson();
}

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

class TestEngineProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomFlowsAndStreams_data();
    void randomFlowsAndStreams();

private:
    bool concurrentTick(const QDateTime &at, QString *problem);
};

void TestEngineProperties::randomFlowsAndStreams_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2026u, 31337u})
        QTest::addRow("seed %u", seed) << seed;
}

bool TestEngineProperties::concurrentTick(const QDateTime &at, QString *problem)
{
    QSemaphore ready, go;
    std::vector<std::unique_ptr<ConnectionThread>> threads;
    QVector<QString> errors(schedulers);
    for (int i = 0; i < schedulers; ++i) {
        threads.push_back(
            std::make_unique<ConnectionThread>(u"prop%1"_s.arg(i), [&, i](QSqlDatabase db) {
                ready.release();
                go.acquire();
                if (!db.isOpen()) {
                    errors[i] = u"no connection"_s;
                    return;
                }
                Engine engine(db);
                DbError e;
                const auto r = engine.tick(at, 5, &e);
                if (!r)
                    errors[i] = e.message;
                else if (r->errors > 0)
                    errors[i] = r->warnings.join(u"; "_s);
            }));
        threads.back()->start();
    }
    ready.acquire(schedulers);
    go.release(schedulers);
    bool ok = true;
    for (int i = 0; i < schedulers; ++i) {
        // A pass that does not end fails here instead of hanging the suite.
        if (!threads[i]->wait(QDeadlineTimer(60000))) {
            *problem = u"a pass did not end within a minute"_s;
            std::abort();
        }
        if (!errors[i].isEmpty()) {
            *problem = errors[i];
            ok = false;
        }
    }
    return ok;
}

void TestEngineProperties::randomFlowsAndStreams()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    Test::Session session(databaseName);
    QVERIFY2(session.isOpen(), qPrintable(session.error()));
    QSqlDatabase db = session.db();
    const int campaigns = 2 + int(rng.bounded(3));
    const FlowReadResult flow = FlowCodec::read(randomFlow(rng, campaigns));
    QVERIFY2(flow.ok(), flow.issues.isEmpty() ? "" : qPrintable(flow.issues.first().message));
    DbError dbError;
    QVERIFY2(FlowStore(db).importFlow(flow.flow, u"test"_s, &dbError), qPrintable(dbError.message));
    const int contacts = 30;
    QVERIFY(Test::exec(db,
                       u"insert into contacts (id, client_id, first_name) select 'c' || g, "
                       "'acme', 'C' from generate_series(1, %1) g"_s.arg(contacts)));
    const int cap = 10 + int(rng.bounded(20));
    Engine engine(db);
    QVERIFY(engine.setDailyCap(u"acme"_s, u"email"_s, cap, &dbError));
    QDateTime at = QDateTime::fromString(u"2026-03-02T08:00:00Z"_s, Qt::ISODate);
    for (int c = 0; c < contacts; ++c) {
        const auto r = engine.enroll(
            {u"p%1"_s.arg(rng.bounded(campaigns)), {u"c%1"_s.arg(c + 1)}, {}, {}, at}, &dbError);
        QVERIFY2(r, qPrintable(dbError.message));
    }
    QVector<Engine::OutcomeRequest> events; // every outcome sent so far (unique events)
    static const QStringList intents = Vocabulary::replyIntents();
    for (int round = 0; round < 12; ++round) {
        QString problem;
        QVERIFY2(concurrentTick(at, &problem), qPrintable(problem));

        // A random stream of outcomes on random items (old ones, cancelled ones, repeats).
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"select id::text, channel from outbound_queue order by random() limit 15"_s));
        QVector<QPair<QString, QString>> items;
        while (q.next())
            items.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto &[item, channel] : std::as_const(items)) {
            Engine::OutcomeRequest r;
            r.item = item;
            const QStringList names = Vocabulary::outcomesFor(channel);
            if (rng.bounded(3) == 0) {
                r.outcome = u"replied"_s;
                if (channel == u"voice")
                    r.outcome = u"live_answer"_s;
                if (rng.bounded(4) != 0)
                    r.intent = intents.at(int(rng.bounded(intents.size())));
            } else {
                r.outcome = names.at(int(rng.bounded(names.size())));
            }
            r.at = at.addSecs(60);
            const bool repeat = !events.isEmpty() && rng.bounded(5) == 0;
            if (repeat) {
                r = events.at(int(rng.bounded(events.size()))); // a provider's retry
                r.at = at.addSecs(60);
            } else {
                r.eventId = u"ev-%1-%2"_s.arg(round).arg(events.size());
            }
            const auto result = engine.recordOutcome(r, &dbError);
            QVERIFY2(result, qPrintable(dbError.message));
            QCOMPARE(result->duplicate, repeat);
            QCOMPARE(result->item, r.item);
            if (!repeat)
                events.append(r);
        }
        at = at.addSecs(qint64(1 + rng.bounded(30)) * 3600);

        // The invariants. No step fired twice: a second firing of one visit would be a second
        // item of the same step at the same tick (a goto or a retry needs an outcome in between,
        // and outcomes come a minute after each tick), or a visit number skipped or reused.
        QCOMPARE(Test::scalar(db,
                              u"select count(*) from (select 1 from outbound_queue group by "
                              "enrollment_id, step_number, scheduled_at having count(*) > 1) d"_s)
                     .toInt(),
                 0);
        QCOMPARE(Test::scalar(db,
                              u"select count(*) from campaign_contacts cc left join lateral "
                              "(select count(*) as n, coalesce(max(visit), 0) as top, "
                              "count(distinct visit) as distinct_visits from outbound_queue o "
                              "where o.enrollment_id = cc.id) v on true "
                              "where v.n <> cc.visit or v.top <> cc.visit "
                              "or v.distinct_visits <> v.n"_s)
                     .toInt(),
                 0);
        QCOMPARE(Test::scalar(db,
                              u"select count(*) from outbound_queue o join suppressions s "
                              "on s.client_id = o.client_id and s.contact_id = o.contact_id "
                              "where o.scheduled_at > s.created_at "
                              "or o.status in ('pending', 'drafted', 'approved')"_s)
                     .toInt(),
                 0);
        QCOMPARE(Test::scalar(db,
                              u"select count(*) from campaign_contacts cc join suppressions s "
                              "on s.client_id = cc.client_id and s.contact_id = cc.contact_id "
                              "where cc.status = 'active'"_s)
                     .toInt(),
                 0);
        QVERIFY(Test::scalar(db,
                             u"select coalesce(max(n), 0) from (select count(*) as n from "
                             "outbound_queue where channel = 'email' "
                             "group by (scheduled_at at time zone 'UTC')::date) d"_s)
                    .toInt()
                <= cap);
        QCOMPARE(Test::scalar(db, u"select count(*) from step_outcomes where outbound_id is null"_s)
                     .toInt(),
                 0);
        QCOMPARE(Test::scalar(db, u"select count(*) from step_outcomes"_s).toInt(),
                 int(events.size()));
        QJsonArray expected;
        for (const Engine::OutcomeRequest &e : std::as_const(events))
            expected.append(QJsonObject{{u"item"_s, e.item}, {u"event_id"_s, e.eventId}});
        QSqlQuery check(db);
        check.prepare(u"select count(*) from jsonb_to_recordset(cast(? as jsonb)) "
                      "as e(item uuid, event_id text) join step_outcomes s "
                      "on s.event_id = e.event_id and s.outbound_id = e.item"_s);
        check.addBindValue(
            QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
        QVERIFY(check.exec() && check.next());
        QCOMPARE(check.value(0).toInt(), int(events.size()));
    }
    qInfo("%s",
          qPrintable(Test::scalar(db,
                                  u"select format('%s items, %s outcomes, %s exits, "
                                  "%s suppressions, %s cancelled', "
                                  "(select count(*) from outbound_queue), "
                                  "(select count(*) from step_outcomes), "
                                  "(select count(*) from campaign_contacts "
                                  "where status <> 'active'), "
                                  "(select count(*) from suppressions), "
                                  "(select count(*) from outbound_queue "
                                  "where status = 'cancelled'))"_s)
                         .toString()));
}

TOUCHLINE_TEST_MAIN(TestEngineProperties)

#include "tst_engineproperties.moc"
