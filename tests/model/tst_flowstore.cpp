// FlowStore against a real database: import (upsert by slug, revisions, all or nothing), load,
// validation against the database's slugs, and concurrent imports.
#include "database.h"
#include "demoflows.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "session.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <array>
#include <memory>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Touchline::Test::exec;
using Touchline::Test::scalar;
using Touchline::Test::Session;

namespace {

// Row count and a digest of every row of the tables an import writes.
QString snapshot(const QSqlDatabase &db)
{
    QStringList parts;
    for (const QString &table :
         {u"campaigns"_s, u"campaign_revisions"_s, u"campaign_steps"_s, u"audit_log"_s})
        parts.append(table + u' '
                     + scalar(db,
                              u"select count(*) || ' ' || md5(coalesce(string_agg(t::text, "
                              "E'\\n' order by t::text), '')) from %1 t"_s.arg(table))
                           .toString());
    return parts.join(u'\n');
}

// A digest of one campaign's steps in one revision.
QString stepsDigest(const QSqlDatabase &db, const QString &slug, int revision)
{
    return scalar(db,
                  u"select count(*) || ' ' || md5(coalesce(string_agg(s::text, E'\\n' "
                  "order by s.step_number), '')) from campaign_steps s "
                  "join campaigns c on c.id = s.campaign_id "
                  "where c.slug = '%1' and s.revision = %2"_s.arg(slug)
                      .arg(revision))
        .toString();
}

QVariant campaignColumn(const QSqlDatabase &db, const QString &slug, const QString &column)
{
    return scalar(db, u"select %1 from campaigns where slug = '%2'"_s.arg(column, slug));
}

const FlowReadResult &demo()
{
    static const FlowReadResult result = DemoFlows::read();
    return result;
}

QStringList slugsOf(const Flow &flow)
{
    QStringList out;
    for (const Campaign &c : flow.campaigns)
        out.append(c.slug);
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Sets the value at a path such as campaigns[0].steps[1].channel.
QJsonValue setAt(const QJsonValue &node, QStringList parts, const QJsonValue &value)
{
    const QString head = parts.takeFirst();
    const int bracket = head.indexOf(u'[');
    const QString key = bracket < 0 ? head : head.left(bracket);
    const int index = bracket < 0 ? -1 : head.mid(bracket + 1).chopped(1).toInt();
    QJsonObject o = node.toObject();
    if (index < 0) {
        o.insert(key, parts.isEmpty() ? value : setAt(o.value(key), parts, value));
        return o;
    }
    QJsonArray a = o.value(key).toArray();
    a.replace(index, parts.isEmpty() ? value : setAt(a.at(index), parts, value));
    o.insert(key, a);
    return o;
}

QJsonObject demoJson()
{
    return QJsonDocument::fromJson(DemoFlows::bytes()).object();
}

QJsonObject with(const QString &path, const QJsonValue &value, const QJsonObject &root)
{
    return setAt(root, path.split(u'.'), value).toObject();
}

QJsonObject extraCampaign(const QString &slug)
{
    const QJsonObject step{{u"step_number"_s, 1},
                           {u"delay_days"_s, 0},
                           {u"channel"_s, u"email"_s},
                           {u"content_type"_s, u"intro"_s},
                           {u"template_instructions"_s, u"Say hello."_s}};
    return {{u"slug"_s, slug},
            {u"name"_s, u"Extra"_s},
            {u"client_id"_s, u"acme"_s},
            {u"type"_s, u"event"_s},
            {u"owner_role"_s, u"roles.bdr"_s},
            {u"steps"_s, QJsonArray{step}}};
}

QString issues(const FlowReadResult &r)
{
    QStringList lines{r.readError};
    for (const FlowIssue &i : r.issues)
        lines.append(i.toString());
    return lines.join(u'\n');
}

} // namespace

class TestFlowStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIntoEmptyDatabase();
    void loadRoundTripsByteIdentical();
    void reimportChangesNothing();
    void changes_data();
    void changes();
    void failedImportChangesNothing();
    void readForImport_data();
    void readForImport();
    void loadUnknownSlugFails();
    void loadOneCampaignWithUnselectedTarget();
    void concurrentImports_data();
    void concurrentImports();
};

void TestFlowStore::initTestCase()
{
    QVERIFY2(demo().ok(), qPrintable(issues(demo())));
    QCOMPARE(demo().flow.campaigns.size(), 6);
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDemoDatabase(u"demo"_s, &error),
             qPrintable(error));
}

void TestFlowStore::importIntoEmptyDatabase()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(u"empty"_s, true, &error),
             qPrintable(error));
    Session s(u"empty"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    FlowStore store(s.db());
    DbError dbError;
    const auto report = store.importFlow(demo().flow, u"demo_flows.json"_s, &dbError);
    QVERIFY2(report, qPrintable(dbError.message));
    QVERIFY(!dbError);

    const QStringList slugs = slugsOf(demo().flow);
    QCOMPARE(sorted(report->created), sorted(slugs));
    QVERIFY(report->updated.isEmpty());
    QVERIFY(report->unchanged.isEmpty());
    QCOMPARE(report->revisions.size(), slugs.size());
    for (const QString &slug : slugs)
        QCOMPARE(report->revisions.value(slug), 1);

    QCOMPARE(store.campaignSlugs(&dbError), sorted(slugs));
    QCOMPARE(scalar(s.db(), u"select count(*) from campaign_revisions"_s).toInt(), slugs.size());
    QCOMPARE(scalar(s.db(),
                    u"select count(*) from campaigns where version = 1 "
                    "and current_revision = 1"_s)
                 .toInt(),
             slugs.size());
    int steps = 0;
    for (const Campaign &c : demo().flow.campaigns)
        steps += c.steps.size();
    QCOMPARE(scalar(s.db(), u"select count(*) from campaign_steps"_s).toInt(), steps);
    QCOMPARE(scalar(s.db(),
                    u"select count(*) from audit_log where action = 'import' "
                    "and subject = 'demo_flows.json'"_s)
                 .toInt(),
             1);
}

void TestFlowStore::loadRoundTripsByteIdentical()
{
    Session s(u"demo"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    DbError dbError;
    const auto loaded = FlowStore(s.db()).load({}, &dbError);
    QVERIFY2(loaded, qPrintable(dbError.message));
    QCOMPARE(slugsOf(*loaded), slugsOf(demo().flow));
    for (int i = 0; i < loaded->campaigns.size(); ++i)
        QVERIFY2(loaded->campaigns.at(i) == demo().flow.campaigns.at(i),
                 qPrintable(loaded->campaigns.at(i).slug));
    QVERIFY(*loaded == demo().flow);
    QCOMPARE(FlowCodec::write(*loaded), DemoFlows::bytes());
}

void TestFlowStore::reimportChangesNothing()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDemoDatabase(u"reimport"_s, &error),
             qPrintable(error));
    Session s(u"reimport"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    const QString ids = scalar(s.db(),
                               u"select string_agg(slug || '=' || id || '@' || version, "
                               "',' order by slug) from campaigns"_s)
                            .toString();
    const int revisions = scalar(s.db(), u"select count(*) from campaign_revisions"_s).toInt();
    const int steps = scalar(s.db(), u"select count(*) from campaign_steps"_s).toInt();

    DbError dbError;
    const auto report = FlowStore(s.db()).importFlow(demo().flow, u"again"_s, &dbError);
    QVERIFY2(report, qPrintable(dbError.message));
    QCOMPARE(sorted(report->unchanged), sorted(slugsOf(demo().flow)));
    QVERIFY(report->created.isEmpty());
    QVERIFY(report->updated.isEmpty());
    for (const QString &slug : slugsOf(demo().flow))
        QCOMPARE(report->revisions.value(slug), 1);
    QCOMPARE(scalar(s.db(), u"select count(*) from campaign_revisions"_s).toInt(), revisions);
    QCOMPARE(scalar(s.db(), u"select count(*) from campaign_steps"_s).toInt(), steps);
    QCOMPARE(scalar(s.db(),
                    u"select string_agg(slug || '=' || id || '@' || version, "
                    "',' order by slug) from campaigns"_s)
                 .toString(),
             ids);
}

void TestFlowStore::changes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("newRevision");

    QTest::addRow("step instructions") << u"campaigns[0].steps[0].template_instructions"_s
                                       << QJsonValue(u"A different opening."_s) << true;
    QTest::addRow("step content type")
        << u"campaigns[2].steps[0].content_type"_s << QJsonValue(u"reminder"_s) << true;
    QTest::addRow("step delay minutes")
        << u"campaigns[3].steps[0].delay_minutes"_s << QJsonValue(30) << true;
    QTest::addRow("name") << u"campaigns[0].name"_s << QJsonValue(u"Renamed"_s) << false;
    QTest::addRow("status") << u"campaigns[1].status"_s << QJsonValue(u"paused"_s) << false;
    QTest::addRow("layout") << u"campaigns[4].layout"_s
                            << QJsonValue(QJsonObject{{u"x"_s, 5}, {u"y"_s, 6}}) << false;
    QTest::addRow("no_engagement_after_days")
        << u"campaigns[5].no_engagement_after_days"_s << QJsonValue(14) << false;
}

void TestFlowStore::changes()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, newRevision);

    const QJsonObject root = with(path, value, demoJson());
    const FlowReadResult changed = FlowCodec::read(root);
    QVERIFY2(changed.ok(), qPrintable(issues(changed)));
    QVERIFY(!(changed.flow == demo().flow));
    const int index = path.mid(u"campaigns["_s.size()).section(u']', 0, 0).toInt();
    const QString slug = changed.flow.campaigns.at(index).slug;

    QString error;
    QVERIFY2(Test::TestCluster::instance().createDemoDatabase(u"changes"_s, &error),
             qPrintable(error));
    Session s(u"changes"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    const QString id = campaignColumn(s.db(), slug, u"id"_s).toString();
    const int version = campaignColumn(s.db(), slug, u"version"_s).toInt();
    const QString revisionOneSteps = stepsDigest(s.db(), slug, 1);
    const int revisions = scalar(s.db(), u"select count(*) from campaign_revisions"_s).toInt();

    DbError dbError;
    FlowStore store(s.db());
    const auto report = store.importFlow(changed.flow, u"changed.json"_s, &dbError);
    QVERIFY2(report, qPrintable(dbError.message));
    QCOMPARE(report->updated, QStringList{slug});
    QVERIFY(report->created.isEmpty());
    QStringList others = slugsOf(demo().flow);
    others.removeOne(slug);
    QCOMPARE(sorted(report->unchanged), sorted(others));
    QCOMPARE(report->revisions.value(slug), newRevision ? 2 : 1);
    for (const QString &other : others)
        QCOMPARE(report->revisions.value(other), 1);

    QCOMPARE(campaignColumn(s.db(), slug, u"id"_s).toString(), id);
    QCOMPARE(campaignColumn(s.db(), slug, u"version"_s).toInt(), version + 1);
    QCOMPARE(campaignColumn(s.db(), slug, u"current_revision"_s).toInt(), newRevision ? 2 : 1);
    QCOMPARE(scalar(s.db(), u"select count(*) from campaign_revisions"_s).toInt(),
             revisions + (newRevision ? 1 : 0));
    // Enrollments on revision 1 keep following its steps.
    QCOMPARE(stepsDigest(s.db(), slug, 1), revisionOneSteps);
    QCOMPARE(stepsDigest(s.db(), slug, 2).section(u' ', 0, 0).toInt(),
             newRevision ? changed.flow.campaigns.at(index).steps.size() : 0);
    QCOMPARE(scalar(s.db(), u"select count(*) from campaigns where version <> 1"_s).toInt(), 1);

    const auto loaded = store.load({}, &dbError);
    QVERIFY2(loaded, qPrintable(dbError.message));
    QVERIFY(*loaded == changed.flow);
    QCOMPARE(FlowCodec::write(*loaded), FlowCodec::write(changed.flow));

    // Importing the same change again is a no-op.
    const auto again = store.importFlow(changed.flow, u"changed.json"_s, &dbError);
    QVERIFY2(again, qPrintable(dbError.message));
    QCOMPARE(again->unchanged.size(), changed.flow.campaigns.size());
    QCOMPARE(campaignColumn(s.db(), slug, u"version"_s).toInt(), version + 1);
}

void TestFlowStore::failedImportChangesNothing()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDemoDatabase(u"atomic"_s, &error),
             qPrintable(error));
    Session s(u"atomic"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    // A rule the validator does not know: the last step written breaks it, after the campaign
    // rows, the new revisions and the other steps have already been written.
    QVERIFY2(exec(s.db(),
                  u"alter table campaign_steps add constraint tst_no_boom "
                  "check (content_type <> 'boom')"_s,
                  &error),
             qPrintable(error));

    QJsonObject root = demoJson();
    root = with(u"campaigns[0].name"_s, u"Renamed"_s, root);
    root = with(u"campaigns[1].steps[0].template_instructions"_s, u"Changed."_s, root);
    const QJsonArray lastSteps
        = root.value(u"campaigns"_s).toArray().at(5).toObject().value(u"steps"_s).toArray();
    root
        = with(u"campaigns[5].steps[%1].content_type"_s.arg(lastSteps.size() - 1), u"boom"_s, root);
    QJsonArray campaigns = root.value(u"campaigns"_s).toArray();
    campaigns.append(extraCampaign(u"zz_extra"_s));
    root.insert(u"campaigns"_s, campaigns);
    const FlowReadResult broken = FlowCodec::read(root);
    QVERIFY2(broken.ok(), qPrintable(issues(broken)));

    const QString before = snapshot(s.db());
    FlowStore store(s.db());
    DbError dbError;
    QVERIFY(!store.importFlow(broken.flow, u"broken.json"_s, &dbError));
    QCOMPARE(dbError.kind, DbError::Kind::Failed);
    QVERIFY2(dbError.message.contains(u"tst_no_boom"_s), qPrintable(dbError.message));
    QCOMPARE(snapshot(s.db()), before);
    QCOMPARE(campaignColumn(s.db(), u"zz_extra"_s, u"count(*)"_s).toInt(), 0);

    // The connection is usable afterwards: no transaction was left open.
    const auto report = store.importFlow(demo().flow, u"demo"_s, &dbError);
    QVERIFY2(report, qPrintable(dbError.message));
    QCOMPARE(report->unchanged.size(), demo().flow.campaigns.size());
}

void TestFlowStore::readForImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorPath");

    QTest::addRow("target only in the database")
        << u"store-on-exit-database-target.json"_s << true << QString();
    QTest::addRow("target nowhere")
        << u"store-on-exit-unknown-target.json"_s << false << u"campaigns[1].on_exit.converted"_s;
}

void TestFlowStore::readForImport()
{
    QFETCH(QString, file);
    QFETCH(bool, valid);
    QFETCH(QString, errorPath);

    QFile f(QStringLiteral(TOUCHLINE_FIXTURES) + u'/' + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QByteArray bytes = f.readAll();
    // Neither file stands on its own: the database is what decides.
    QVERIFY(!FlowCodec::read(bytes).ok());

    Session s(u"demo"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    FlowStore store(s.db());
    DbError dbError;
    const FlowReadResult r = store.readForImport(bytes, &dbError);
    QVERIFY2(!dbError, qPrintable(dbError.message));
    if (valid) {
        QVERIFY2(r.ok(), qPrintable(issues(r)));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.errors().size(), 1);
    const FlowIssue issue = r.errors().constFirst();
    QCOMPARE(issue.path, errorPath);
    QVERIFY2(issue.message.contains(u"b2bea_nowhere"_s), qPrintable(issue.message));
}

void TestFlowStore::loadUnknownSlugFails()
{
    Session s(u"demo"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    DbError dbError;
    QVERIFY(!FlowStore(s.db()).load({u"b2bea_world"_s, u"no_such_campaign"_s}, &dbError));
    QVERIFY(dbError);
    QVERIFY2(dbError.message.contains(u"no_such_campaign"_s), qPrintable(dbError.message));
    QVERIFY2(!dbError.message.contains(u"b2bea_world"_s), qPrintable(dbError.message));
}

void TestFlowStore::loadOneCampaignWithUnselectedTarget()
{
    Session s(u"demo"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    DbError dbError;
    const auto loaded = FlowStore(s.db()).load({u"b2bea_membership"_s}, &dbError);
    QVERIFY2(loaded, qPrintable(dbError.message));
    QCOMPARE(loaded->campaigns.size(), 1);
    const Campaign &c = loaded->campaigns.constFirst();
    QCOMPARE(c.onExit.value(u"converted"_s), u"b2bea_membership_close"_s);
    QVERIFY(c == demo().flow.campaigns.at(demo().flow.indexOf(u"b2bea_membership"_s)));
}

void TestFlowStore::concurrentImports_data()
{
    QTest::addColumn<bool>("demoFirst");
    QTest::addColumn<QString>("path"); // a change to the demo flows, or none
    QTest::addColumn<int>("revision"); // of the first campaign afterwards
    QTest::addColumn<int>("written");  // campaigns created or updated by the two together

    QTest::addRow("into an empty database") << false << QString() << 1 << 6;
    QTest::addRow("a changed step into the demo database")
        << true << u"campaigns[0].steps[0].template_instructions"_s << 2 << 1;
}

void TestFlowStore::concurrentImports()
{
    QFETCH(bool, demoFirst);
    QFETCH(QString, path);
    QFETCH(int, revision);
    QFETCH(int, written);

    const QJsonObject root
        = path.isEmpty() ? demoJson() : with(path, u"Concurrent change."_s, demoJson());
    const FlowReadResult flow = FlowCodec::read(root);
    QVERIFY2(flow.ok(), qPrintable(issues(flow)));
    const QString database = u"concurrent"_s;
    QString error;
    if (demoFirst)
        QVERIFY2(Test::TestCluster::instance().createDemoDatabase(database, &error),
                 qPrintable(error));
    else
        QVERIFY2(Test::TestCluster::instance().createDatabase(database, true, &error),
                 qPrintable(error));

    // A third session holds the first slug (an uncommitted insert, or a row lock when it
    // exists) until both importers wait on it: then they really run side by side.
    const QString first = flow.flow.campaigns.constFirst().slug;
    Session blocker(database);
    QVERIFY2(blocker.isOpen(), qPrintable(blocker.error()));
    QVERIFY(blocker.db().transaction());
    QVERIFY2(exec(blocker.db(),
                  u"insert into campaigns (slug, name, client_id, type, owner_role) "
                  "values ('%1', 'Blocker', 'acme', 'event', 'roles.bdr') "
                  "on conflict (slug) do update set name = campaigns.name"_s.arg(first),
                  &error),
             qPrintable(error));

    struct Outcome
    {
        std::optional<FlowStore::ImportReport> report;
        QString error;
    };
    std::array<Outcome, 2> outcomes;
    QSemaphore ready;
    QSemaphore go;
    std::array<std::unique_ptr<QThread>, 2> threads;
    for (int i = 0; i < 2; ++i) {
        Outcome *out = &outcomes.at(i);
        threads.at(i).reset(QThread::create([&ready, &go, &flow, database, out] {
            Session s(database);
            ready.release();
            go.acquire();
            if (!s.isOpen()) {
                out->error = s.error();
                return;
            }
            DbError dbError;
            out->report = FlowStore(s.db()).importFlow(flow.flow, u"concurrent"_s, &dbError);
            out->error = dbError.message;
        }));
        threads.at(i)->start();
    }
    ready.acquire(2);
    go.release(2);
    // Should a check below fail, let the importers finish before their threads go away.
    const auto join = qScopeGuard([&blocker, &threads] {
        blocker.db().rollback();
        for (auto &t : threads)
            t->wait();
    });
    const QString waiting = u"select count(*) from pg_stat_activity where datname = '%1' "
                            "and wait_event_type = 'Lock'"_s.arg(database);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(blocker.db(), waiting).toInt(), 2, 10000);
    QVERIFY(blocker.db().rollback());
    for (auto &t : threads)
        QVERIFY(t->wait(120000));
    for (const Outcome &o : outcomes)
        QVERIFY2(o.report, qPrintable(o.error));

    Session s(database);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    const int campaigns = flow.flow.campaigns.size();
    QCOMPARE(scalar(s.db(), u"select count(*) from campaigns"_s).toInt(), campaigns);
    QCOMPARE(scalar(s.db(), u"select count(distinct slug) from campaigns"_s).toInt(), campaigns);
    DbError dbError;
    const auto loaded = FlowStore(s.db()).load({}, &dbError);
    QVERIFY2(loaded, qPrintable(dbError.message));
    QVERIFY(*loaded == flow.flow);

    // One of the two did the work; the other found it done and published nothing.
    QCOMPARE(scalar(s.db(), u"select count(*) from campaign_revisions"_s).toInt(),
             campaigns + revision - 1);
    QCOMPARE(campaignColumn(s.db(), first, u"current_revision"_s).toInt(), revision);
    QCOMPARE(campaignColumn(s.db(), first, u"version"_s).toInt(), revision);
    int writes = 0;
    for (const Outcome &o : outcomes)
        writes += o.report->created.size() + o.report->updated.size();
    QCOMPARE(writes, written);
}

TOUCHLINE_TEST_MAIN(TestFlowStore)

#include "tst_flowstore.moc"
