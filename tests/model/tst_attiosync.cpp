// CRM sync against a local Attio stand-in (tests/model/standins/attio_standin.py) and a real
// PostgreSQL: people upserted with their fields mapped, page by page, incremental on the cursor,
// bad records skipped and reported, a 429 waited out, a note per exit written exactly once, a
// refused key stopping with nothing written; and `touchline crm sync --json` end to end, the key
// from the environment or (crm set-key) from the keychain.
#include "attioclient.h"
#include "attiosync.h"
#include "channelaccounts.h"
#include "clirun.h"
#include "dispatchtestsupport.h"
#include "engine.h"
#include "session.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QString apiKey = u"attio-test-key"_s;
const QString databaseName = u"attiosync"_s;

QJsonObject person(const QString &id, const QString &updated, const QJsonObject &more = {})
{
    QJsonObject p{{u"id"_s, id},
                  {u"first"_s, QString(u"First "_s + id)},
                  {u"last"_s, QString(u"Last "_s + id)},
                  {u"email"_s, QString(id + u"@example.com"_s)},
                  {u"updated"_s, u"2026-11-0%1T10:00:00.000000000Z"_s.arg(updated)}};
    for (auto it = more.begin(); it != more.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

} // namespace

class TestAttioSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void pullsEveryPageWithMappedFields();
    void secondSyncPullsOnlyWhatChangedSinceTheCursor();
    void recordEditedDuringTheSyncIsNotLost();
    void badRecordsSkippedAndReported();
    void timeZoneKeptUnlessAttioHasOne();
    void contactOfAnotherClientNotTaken();
    void rateLimitWaitedOutAndRetried();
    void notePerExitWrittenOnceAcrossSyncs();
    void refusedKeyStopsAndWritesNothing();
    void secondSyncOfOneClientRefused();
    void runsOnAWorkerThread();
    void retryAfterSecondsOrHttpDate_data();
    void retryAfterSecondsOrHttpDate();
    void commandLineSyncPrintsCounts();
    void commandLineKeyFromTheKeychain();

private:
    QProcessEnvironment cliEnvironment() const;
    Test::Run runSync(const QProcessEnvironment &env) const;
    bool seed(const QJsonArray &people, const QJsonArray &companies = {});
    AttioSync::Options options(const QString &key = apiKey) const;
    bool sync(AttioSync::Result *result, AttioSync::Error *error, const QString &key = apiKey);
    QVariant scalar(const QString &sql);
    QJsonObject stats() { return m_attio.get(u"/_control/stats"_s); }

    Test::StandIn m_attio;
    QSqlDatabase m_db;
    QTemporaryDir m_work;
};

void TestAttioSync::initTestCase()
{
    QString error;
    const QString script = QFINDTESTDATA("standins/attio_standin.py");
    QVERIFY(!script.isEmpty());
    QVERIFY2(m_attio.start(script, {u"--key"_s, apiKey}, &error), qPrintable(error));
}

void TestAttioSync::cleanupTestCase()
{
    m_attio.stop();
}

void TestAttioSync::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, databaseName, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    QVERIFY2(Test::importDispatchFlow(m_db, &error), qPrintable(error));
    QVERIFY(m_attio.post(u"/_control/reset"_s, {}));
}

void TestAttioSync::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(databaseName);
}

bool TestAttioSync::seed(const QJsonArray &people, const QJsonArray &companies)
{
    return m_attio.post(u"/_control/people"_s,
                        {{u"people"_s, people}, {u"companies"_s, companies}});
}

AttioSync::Options TestAttioSync::options(const QString &key) const
{
    AttioSync::Options options;
    options.clientId = u"acme"_s;
    options.baseUrl = QUrl(m_attio.url());
    options.apiKey = key;
    options.pageSize = 2;
    options.maxWaitSeconds = 5;
    return options;
}

bool TestAttioSync::sync(AttioSync::Result *result, AttioSync::Error *error, const QString &key)
{
    AttioSync s(m_db, options(key));
    const bool ok = s.run(result, error);
    if (!ok)
        qWarning("sync: %s", qPrintable(error->message));
    return ok;
}

QVariant TestAttioSync::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

void TestAttioSync::pullsEveryPageWithMappedFields()
{
    QVERIFY(seed({person(u"p1"_s,
                         u"1"_s,
                         {{u"phone"_s, u"0049 (30) 123-4567"_s},
                          {u"title"_s, u"Head of Events"_s},
                          {u"linkedin"_s, u"https://linkedin.com/in/p1"_s},
                          {u"time_zone"_s, u"Europe/Berlin"_s},
                          {u"company_id"_s, u"c1"_s}}),
                  person(u"p2"_s, u"2"_s, {{u"company_id"_s, u"c1"_s}}),
                  person(u"p3"_s, u"3"_s),
                  person(u"p4"_s, u"4"_s),
                  person(u"p5"_s, u"5"_s)},
                 {QJsonObject{{u"id"_s, u"c1"_s}, {u"name"_s, u"Northwind GmbH"_s}}}));
    AttioSync::Result r;
    AttioSync::Error e;
    QVERIFY(sync(&r, &e));
    QCOMPARE(r.pulled, 5);
    QCOMPARE(r.skipped, 0);
    QCOMPARE(stats().value(u"queries"_s).toArray().size(), 3); // pages of 2, 2 and 1
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select client_id, first_name, last_name, email, phone, title, linkedin_url, "
                   "company, time_zone from contacts where id = 'p1'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"acme"_s);
    QCOMPARE(q.value(1).toString(), u"First p1"_s);
    QCOMPARE(q.value(2).toString(), u"Last p1"_s);
    QCOMPARE(q.value(3).toString(), u"p1@example.com"_s); // the current address, not the old one
    QCOMPARE(q.value(4).toString(), u"+49301234567"_s);
    QCOMPARE(q.value(5).toString(), u"Head of Events"_s);
    QCOMPARE(q.value(6).toString(), u"https://linkedin.com/in/p1"_s);
    QCOMPARE(q.value(7).toString(), u"Northwind GmbH"_s);
    QCOMPARE(q.value(8).toString(), u"Europe/Berlin"_s);
    QCOMPARE(scalar(u"select time_zone from contacts where id = 'p3'"_s).toString(), u"UTC"_s);
    QCOMPARE(scalar(u"select count(*) from crm_contacts where client_id = 'acme'"_s).toInt(), 5);
    QCOMPARE(scalar(u"select cursor from crm_sync_state where client_id = 'acme'"_s).toString(),
             u"2026-11-05T10:00:00.000000000Z"_s);
}

void TestAttioSync::secondSyncPullsOnlyWhatChangedSinceTheCursor()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s), person(u"p2"_s, u"2"_s), person(u"p3"_s, u"3"_s)}));
    AttioSync::Result first;
    AttioSync::Error e;
    QVERIFY(sync(&first, &e));
    QCOMPARE(first.pulled, 3);
    QVERIFY(seed(
        {person(u"p1"_s, u"6"_s, {{u"title"_s, u"Now a director"_s}}), person(u"p9"_s, u"7"_s)}));
    const int before = int(stats().value(u"queries"_s).toArray().size());
    AttioSync::Result second;
    QVERIFY(sync(&second, &e));
    QCOMPARE(second.pulled, 2);
    const QJsonArray queries = stats().value(u"queries"_s).toArray();
    const QJsonObject filter = queries.at(before).toObject().value(u"filter"_s).toObject();
    QCOMPARE(filter.value(u"updated_at"_s).toObject(),
             (QJsonObject{{u"$gt"_s, u"2026-11-03T10:00:00.000000000Z"_s}}));
    QCOMPARE(scalar(u"select title from contacts where id = 'p1'"_s).toString(),
             u"Now a director"_s);
    QCOMPARE(scalar(u"select count(*) from contacts"_s).toInt(), 4);
    AttioSync::Result third;
    QVERIFY(sync(&third, &e));
    QCOMPARE(third.pulled, 0);
}

void TestAttioSync::recordEditedDuringTheSyncIsNotLost()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s),
                  person(u"p2"_s, u"2"_s),
                  person(u"p3"_s, u"3"_s),
                  person(u"p4"_s, u"4"_s),
                  person(u"p5"_s, u"5"_s)}));
    // Once the first page is out, p1 is edited and moves to the end of the order: one offset
    // over the whole set would now step over p3.
    QVERIFY(m_attio.post(
        u"/_control/after_query"_s,
        {{u"query"_s, 1},
         {u"people"_s,
          QJsonArray{person(u"p1"_s, u"9"_s, {{u"title"_s, u"Edited meanwhile"_s}})}}}));
    AttioSync::Result r;
    AttioSync::Error e;
    QVERIFY(sync(&r, &e));
    QCOMPARE(scalar(u"select string_agg(id, ',' order by id) from contacts"_s).toString(),
             u"p1,p2,p3,p4,p5"_s);
    QCOMPARE(scalar(u"select title from contacts where id = 'p1'"_s).toString(),
             u"Edited meanwhile"_s);
    QCOMPARE(scalar(u"select cursor from crm_sync_state"_s).toString(),
             u"2026-11-09T10:00:00.000000000Z"_s);
}

void TestAttioSync::badRecordsSkippedAndReported()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s),
                  person(u"bad-email"_s, u"2"_s, {{u"email"_s, u"p3-at-example"_s}}),
                  person(u"bad-phone"_s, u"3"_s, {{u"phone"_s, u"12"_s}}),
                  person(u"bad-zone"_s, u"4"_s, {{u"time_zone"_s, u"Mars/Olympus"_s}}),
                  person(u"p5"_s, u"5"_s)}));
    AttioSync::Result r;
    AttioSync::Error e;
    QVERIFY(sync(&r, &e));
    QCOMPARE(r.pulled, 2);
    QCOMPARE(r.skipped, 3);
    QStringList reported;
    for (const auto &p : std::as_const(r.problems))
        reported << p.toString();
    const QString all = reported.join(u'\n');
    QVERIFY2(all.contains(u"record bad-email: malformed email \"p3-at-example\""_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"record bad-phone: phone \"12\""_s), qPrintable(all));
    QVERIFY2(all.contains(u"record bad-zone: unknown time zone \"Mars/Olympus\""_s),
             qPrintable(all));
    QCOMPARE(scalar(u"select string_agg(id, ',' order by id) from contacts"_s).toString(),
             u"p1,p5"_s);
    // Skipped records do not hold the cursor back: they come again once they change.
    QCOMPARE(scalar(u"select cursor from crm_sync_state"_s).toString(),
             u"2026-11-05T10:00:00.000000000Z"_s);
}

void TestAttioSync::timeZoneKeptUnlessAttioHasOne()
{
    for (const QString &id : {u"p1"_s, u"p2"_s})
        QVERIFY(Test::addContact(m_db, id, u"acme"_s, id + u"@example.com"_s));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"update contacts set time_zone = 'Europe/Paris'"_s));
    QVERIFY(seed({person(u"p1"_s, u"1"_s), person(u"p2"_s, u"2"_s, {{u"time_zone"_s, u"UTC"_s}})}));
    AttioSync::Result r;
    AttioSync::Error e;
    QVERIFY(sync(&r, &e));
    QCOMPARE(r.pulled, 2);
    QCOMPARE(scalar(u"select time_zone from contacts where id = 'p1'"_s).toString(),
             u"Europe/Paris"_s);
    QCOMPARE(scalar(u"select time_zone from contacts where id = 'p2'"_s).toString(), u"UTC"_s);
    QCOMPARE(scalar(u"select first_name from contacts where id = 'p1'"_s).toString(),
             u"First p1"_s);
}

void TestAttioSync::contactOfAnotherClientNotTaken()
{
    QVERIFY(Test::addContact(m_db, u"p1"_s, u"hookco"_s, u"kept@hookco.test"_s));
    QVERIFY(seed({person(u"p1"_s, u"1"_s), person(u"p2"_s, u"2"_s)}));
    AttioSync::Result r;
    AttioSync::Error e;
    QVERIFY(sync(&r, &e));
    QCOMPARE(r.pulled, 1);
    QCOMPARE(r.skipped, 1);
    QVERIFY(r.problems.constFirst().toString().contains(u"another client"_s));
    QCOMPARE(scalar(u"select email from contacts where id = 'p1'"_s).toString(),
             u"kept@hookco.test"_s);
    QCOMPARE(scalar(u"select count(*) from crm_contacts"_s).toInt(), 1);
}

void TestAttioSync::rateLimitWaitedOutAndRetried()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s), person(u"p2"_s, u"2"_s), person(u"p3"_s, u"3"_s)}));
    // The first query is refused once with a Retry-After date, as Attio sends it.
    AttioSync::Result r;
    AttioSync::Error e;
    QVERIFY(m_attio.post(u"/_control/fail"_s,
                         {{u"status"_s, 429}, {u"count"_s, 1}, {u"retry_after_s"_s, 1}}));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(sync(&r, &e));
    QCOMPARE(r.pulled, 3);
    QCOMPARE(r.rateLimited, 1);
    QCOMPARE(stats().value(u"answered"_s).toObject().value(u"429"_s).toInt(), 1);
    QVERIFY(timer.elapsed() < 5000);
}

void TestAttioSync::notePerExitWrittenOnceAcrossSyncs()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s), person(u"p2"_s, u"2"_s), person(u"p3"_s, u"3"_s)}));
    AttioSync::Result pulled;
    AttioSync::Error e;
    QVERIFY(sync(&pulled, &e));
    // A contact from a CSV, not from Attio: its exit is not Attio's business.
    QVERIFY(Test::addContact(m_db, u"csv-1"_s, u"acme"_s, u"csv@example.com"_s));
    Engine engine(m_db);
    DbError dbError;
    const auto enrolled
        = engine.enroll({u"mail"_s, {u"p1"_s, u"p2"_s, u"p3"_s, u"csv-1"_s}, {}, {}, {}}, &dbError);
    QVERIFY2(enrolled, qPrintable(dbError.message));
    QCOMPARE(enrolled->enrolled.size(), 4);
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(u"update campaign_contacts set status = case contact_id when 'p1' "
                    "then 'converted' else 'rejected' end, exit_reason = case contact_id "
                    "when 'p1' then 'converted' else 'rejected' end, exited_at = now(), "
                    "next_send_at = null where contact_id in ('p1', 'p2', 'csv-1')"_s),
             qPrintable(q.lastError().text()));

    AttioSync::Result first;
    QVERIFY(sync(&first, &e));
    QCOMPARE(first.notes, 2);
    const QJsonArray notes = stats().value(u"notes"_s).toArray();
    QCOMPARE(notes.size(), 2);
    QStringList parents;
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        parents << n.value(u"parent_record_id"_s).toString();
        QCOMPARE(n.value(u"parent_object"_s).toString(), u"people"_s);
        QCOMPARE(n.value(u"format"_s).toString(), u"plaintext"_s);
        QVERIFY(n.value(u"content"_s).toString().contains(u"\"Mail\" (mail)"_s));
        const QString reason
            = n.value(u"parent_record_id"_s).toString() == u"p1" ? u"converted"_s : u"rejected"_s;
        QVERIFY2(n.value(u"content"_s).toString().contains(QString(u"Reason: "_s + reason)),
                 qPrintable(n.value(u"content"_s).toString()));
    }
    parents.sort();
    QCOMPARE(parents, (QStringList{u"p1"_s, u"p2"_s}));
    QCOMPARE(scalar(u"select count(*) from crm_notes_sent where note_id is not null"_s).toInt(), 2);

    AttioSync::Result second;
    QVERIFY(sync(&second, &e));
    QCOMPARE(second.notes, 0);
    QCOMPARE(stats().value(u"notes"_s).toArray().size(), 2);
}

void TestAttioSync::refusedKeyStopsAndWritesNothing()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s)}));
    AttioSync::Result r;
    AttioSync::Error e;
    QVERIFY(!sync(&r, &e, u"wrong-key"_s));
    QCOMPARE(e.kind, AttioSync::Error::Kind::Remote);
    QVERIFY2(e.message.contains(u"HTTP 401"_s), qPrintable(e.message));
    QVERIFY2(e.message.contains(u"POST /v2/objects/people/records/query"_s), qPrintable(e.message));
    QVERIFY(!e.message.contains(u"wrong-key"_s));
    QCOMPARE(scalar(u"select count(*) from contacts"_s).toInt(), 0);
    QCOMPARE(scalar(u"select count(*) from crm_sync_state"_s).toInt(), 0);
}

void TestAttioSync::secondSyncOfOneClientRefused()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s)}));
    // Another console's sync holds the client's lease.
    QVERIFY(Test::exec(m_db,
                       u"insert into crm_sync_leases (client_id, holder, until) "
                       "values ('acme', 'other-console', now() + interval '10 minutes')"_s));
    AttioSync::Result r;
    AttioSync::Error e;
    QVERIFY(!sync(&r, &e));
    QCOMPARE(e.kind, AttioSync::Error::Kind::Setup);
    QVERIFY2(e.message.contains(u"another CRM sync"_s), qPrintable(e.message));
    QCOMPARE(scalar(u"select count(*) from contacts"_s).toInt(), 0);
    QCOMPARE(scalar(u"select holder from crm_sync_leases"_s).toString(), u"other-console"_s);

    // A console that died leaves its lease; once it ran out, the next sync takes it over.
    QVERIFY(Test::exec(m_db, u"update crm_sync_leases set until = now() - interval '1 second'"_s));
    QVERIFY2(sync(&r, &e), qPrintable(e.message));
    QVERIFY2(sync(&r, &e), qPrintable(e.message)); // the lease was given back
    QCOMPARE(r.pulled, 1);
    QCOMPARE(scalar(u"select count(*) from crm_sync_leases"_s).toInt(), 0);
}

void TestAttioSync::runsOnAWorkerThread()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s), person(u"p2"_s, u"2"_s), person(u"p3"_s, u"3"_s)}));
    AttioSync::Result r;
    AttioSync::Error e;
    bool ok = false;
    const AttioSync::Options o = options();
    // The thread opens its own connection, as every thread must.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QString why;
        QSqlDatabase db = Test::TestCluster::instance().open(databaseName, u"worker"_s, &why);
        if (db.isOpen()) {
            AttioSync s(db, o);
            ok = s.run(&r, &e);
        } else {
            e.message = why;
        }
        db = QSqlDatabase();
        Database::close(u"worker"_s);
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(ok, qPrintable(e.message));
    QCOMPARE(r.pulled, 3);
    QCOMPARE(scalar(u"select count(*) from contacts"_s).toInt(), 3);
}

void TestAttioSync::retryAfterSecondsOrHttpDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::addRow("http date") << QByteArray("Tue, 23 May 2023 14:42:01 GMT") << qint64(2000);
    QTest::addRow("date passed") << QByteArray("Tue, 23 May 2023 14:41:00 GMT") << qint64(0);
    QTest::addRow("unreadable") << QByteArray("soon") << qint64(-1);
}

void TestAttioSync::retryAfterSecondsOrHttpDate()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const QDateTime now = QDateTime::fromString(u"2023-05-23T14:41:59Z"_s, Qt::ISODate);
    QCOMPARE(AttioClient::retryAfterMs(header, now), expected);
}

QProcessEnvironment TestAttioSync::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, m_work.filePath(u"no-embedded-home"_s));
    env.remove(u"TOUCHLINE_SECRET_ACME_CRM"_s);
    env.remove(u"TOUCHLINE_NO_KEYCHAIN"_s);
    return env;
}

Test::Run TestAttioSync::runSync(const QProcessEnvironment &env) const
{
    const QStringList args{u"crm"_s,
                           u"sync"_s,
                           u"--client"_s,
                           u"acme"_s,
                           u"--url"_s,
                           m_attio.url(),
                           u"--json"_s,
                           u"--db"_s,
                           Test::TestCluster::instance().url(databaseName)};
    return Test::runProgram(QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), 120000);
}

void TestAttioSync::commandLineSyncPrintsCounts()
{
    QVERIFY(seed({person(u"p1"_s, u"1"_s), person(u"p2"_s, u"2"_s), person(u"p3"_s, u"3"_s)}));
    QProcessEnvironment env = cliEnvironment();
    env.insert(u"TOUCHLINE_NO_KEYCHAIN"_s, u"1"_s);
    const Test::Run without = runSync(env);
    QCOMPARE(without.exitCode, 2);
    QVERIFY2(without.stdErr().contains(u"TOUCHLINE_SECRET_ACME_CRM"_s), qPrintable(without.dump()));

    env.insert(u"TOUCHLINE_SECRET_ACME_CRM"_s, apiKey);
    const Test::Run run = runSync(env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"pulled"_s).toInt(), 3);
    QCOMPARE(json.value(u"skipped"_s).toInt(), 0);
    QCOMPARE(json.value(u"notes"_s).toInt(), 0);
    QVERIFY(!run.stdOut().contains(apiKey) && !run.stdErr().contains(apiKey));
    QCOMPARE(scalar(u"select count(*) from contacts"_s).toInt(), 3);
}

void TestAttioSync::commandLineKeyFromTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a session keyring: ctest runs this test inside one");
    QVERIFY(seed({person(u"p1"_s, u"1"_s)}));
    QProcess setKey;
    setKey.setProcessEnvironment(cliEnvironment());
    setKey.start(QStringLiteral(TOUCHLINE_EXE), {u"crm"_s, u"set-key"_s, u"--client"_s, u"acme"_s});
    QVERIFY(setKey.waitForStarted());
    setKey.write(apiKey.toUtf8() + "\n");
    setKey.closeWriteChannel();
    QVERIFY(setKey.waitForFinished(60000));
    QVERIFY2(setKey.exitCode() == 0, setKey.readAllStandardError().constData());

    const Test::Run run = runSync(cliEnvironment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.dump()));
    QCOMPARE(run.json().value(u"pulled"_s).toInt(), 1);
    QString error;
    QVERIFY2(ChannelAccounts::storeSecret(u"acme"_s, u"crm"_s, QString(), &error),
             qPrintable(error));
}

TOUCHLINE_TEST_MAIN(TestAttioSync)

#include "tst_attiosync.moc"
