// Bulk enrollment on the demo flows: the filter, suppressions, do-not-contact and already active
// contacts, the daily caps bounding the plan, the preview's load, and the days it staggers over.
#include "bulkenrollment.h"
#include "contactdirectory.h"
#include "demoflows.h"
#include "engine.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QDateTime monday = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);
}

class TestBulkEnrollment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewThenEnrollRespectsCapsAndSuppressions();
    void filterByCompanyTitleAndAttribute();
    void existingLoadCountsAgainstTheCap();
    void aLargeDayIsEnrolledAPageAtATime();
    void twoBulkEnrollmentsAtOnceEnrollEachContactOnce();
    void aFailedChunkSaysWhatStaysEnrolled();
    void aDayOnTwoConnectionsEnrollsEachContactOnce();
    void progressIsToldAndCanStopThePlan();

private:
    void addContacts(int count);
    QVariant scalar(const QString &sql);
    QSqlDatabase m_db;
};

void TestBulkEnrollment::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"bulk"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"bulk"_s, u"bulk"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    DbError dbError;
    QVERIFY(FlowStore(m_db).importFlow(DemoFlows::read().flow, u"test"_s, &dbError));
    QSqlQuery q(m_db);
    QVERIFY2(
        q.exec(u"insert into contacts (id, client_id, company, title, attributes, "
               "do_not_contact) select 'b' || lpad(i::text, 3, '0'), 'b2bea', "
               "case when i % 2 = 0 then 'Acme Events' else 'Globex' end, "
               "case when i % 3 = 0 then 'CEO' else 'Event Manager' end, "
               "jsonb_build_object('tier', case when i % 5 = 0 then 'gold' else 'silver' end), "
               "i between 41 and 43 from generate_series(1, 50) i"_s),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"insert into contacts (id, client_id) values ('other', 'dreamborn')"_s));
}

void TestBulkEnrollment::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"bulk"_s);
}

QVariant TestBulkEnrollment::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestBulkEnrollment::previewThenEnrollRespectsCapsAndSuppressions()
{
    DbError error;
    ContactDirectory directory(m_db);
    for (const char *id : {"b001", "b002", "b003", "b004", "b005"})
        QVERIFY(directory.suppress(QString::fromLatin1(id), u"b2bea"_s, u"opted out"_s, &error));
    Engine engine(m_db);
    QVERIFY(engine.enroll({u"b2bea_world"_s, {u"b006"_s, u"b007"_s}, {}, {}, monday}, &error));
    // b2bea_world has three email steps: a cap of 13 emails a day allows 4 new a day.
    QVERIFY(engine.setDailyCap(u"b2bea"_s, u"email"_s, 13, &error));

    BulkEnrollment bulk(m_db);
    const BulkEnrollment::Filter filter{u"b2bea_world"_s, {}, {}, {}, {}};
    const BulkEnrollment::Plan plan{5, 10, monday, u"awareness"_s, u"spring wave"_s};
    const auto preview = bulk.preview(filter, plan, &error);
    QVERIFY2(preview, qPrintable(error.message));
    QCOMPARE(preview->eligible, 50 - 5 - 3 - 2);
    QCOMPARE(preview->perDay, 4);
    QCOMPARE(preview->limitedBy, QStringList{u"email"_s});
    QCOMPARE(preview->newPerDay, (QVector<int>{4, 4, 4, 4, 4}));
    QCOMPARE(preview->leftOut, 40 - 20);
    for (auto day = preview->load.cbegin(); day != preview->load.cend(); ++day)
        QVERIFY2(day.value().value(u"email"_s) <= 13, qPrintable(QString::number(day.key())));
    QCOMPARE(preview->load.value(0).value(u"email"_s), 4);
    QCOMPARE(preview->load.value(2).value(u"linkedin"_s), 4);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts"_s).toInt(), 2); // nothing written

    const auto result = bulk.enroll(filter, plan, &error);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(result->enrolled, 20);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts cc join suppressions s on "
                    "s.contact_id = cc.contact_id"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts cc join contacts ct on "
                    "ct.id = cc.contact_id where ct.do_not_contact"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select string_agg(n::text, ',' order by d) from (select "
                    "enrolled_at::date d, count(*) n from campaign_contacts where goal = "
                    "'awareness' group by 1) x"_s)
                 .toString(),
             u"4,4,4,4,4"_s);
    // Run again: the first 20 are active now, the next 20 are taken.
    const auto second = bulk.enroll(filter, plan, &error);
    QCOMPARE(second->enrolled, 20);
    QCOMPARE(bulk.preview(filter, plan, &error)->eligible, 0);
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'bulk_enroll'"_s).toInt(), 2);
}

void TestBulkEnrollment::filterByCompanyTitleAndAttribute()
{
    DbError error;
    BulkEnrollment bulk(m_db);
    const BulkEnrollment::Plan plan{1, 1000, monday, {}, {}};
    QCOMPARE(bulk.preview({u"b2bea_world"_s, u"acme"_s, {}, {}, {}}, plan, &error)->eligible,
             25 - 1); // b042 is do-not-contact
    QCOMPARE(bulk.preview({u"b2bea_world"_s, u"acme"_s, u"ceo"_s, {}, {}}, plan, &error)->eligible,
             8 - 1); // every sixth, b042 again
    QCOMPARE(bulk.preview({u"b2bea_world"_s, {}, {}, u"tier"_s, u"gold"_s}, plan, &error)->eligible,
             10);
    QVERIFY(!bulk.preview({u"b2bea_world"_s, {}, {}, {}, {}}, {0, 10, monday, {}, {}}, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
}

// The plan counts what the client's channels already carry: ten contacts enrolled by hand on
// the first day leave room for three new emails that day (cap 13), and the full pace after.
void TestBulkEnrollment::existingLoadCountsAgainstTheCap()
{
    DbError error;
    Engine engine(m_db);
    QStringList first;
    for (int i = 6; i < 16; ++i)
        first.append(u"b%1"_s.arg(i, 3, 10, QLatin1Char('0')));
    QVERIFY(engine.enroll({u"b2bea_world"_s, first, {}, {}, monday}, &error));
    QVERIFY(engine.setDailyCap(u"b2bea"_s, u"email"_s, 13, &error));
    BulkEnrollment bulk(m_db);
    const BulkEnrollment::Filter filter{u"b2bea_world"_s, {}, {}, {}, {}};
    const BulkEnrollment::Plan plan{5, 10, monday, {}, {}};
    const auto preview = bulk.preview(filter, plan, &error);
    QVERIFY2(preview, qPrintable(error.message));
    QCOMPARE(preview->existing.value(0).value(u"email"_s), 10);
    QCOMPARE(preview->existing.value(5).value(u"email"_s), 10); // their third step
    QCOMPARE(preview->newPerDay, (QVector<int>{3, 4, 4, 4, 4}));
    for (auto day = preview->load.cbegin(); day != preview->load.cend(); ++day)
        QVERIFY2(day.value().value(u"email"_s)
                         + preview->existing.value(day.key()).value(u"email"_s)
                     <= 13,
                 qPrintable(QString::number(day.key())));
    // Enrolled, then planned again: every day of both waves together stays within the cap.
    QVERIFY(bulk.enroll(filter, plan, &error));
    const auto again = bulk.preview(filter, plan, &error);
    QVERIFY2(again, qPrintable(error.message));
    for (int d = 0; d < 20; ++d)
        QVERIFY2(again->existing.value(d).value(u"email"_s) + again->load.value(d).value(u"email"_s)
                     <= 13,
                 qPrintable(QString::number(d)));
    QVERIFY(again->newPerDay.at(0) < 3);
}

// `count` more eligible contacts of b2bea, with ids after the fixture's.
void TestBulkEnrollment::addContacts(int count)
{
    QSqlQuery q(m_db);
    q.prepare(uR"sql(
insert into contacts (id, client_id)
select 'm' || lpad(i::text, 6, '0'), 'b2bea' from generate_series(1, cast(:n as int)) i
)sql"_s);
    q.bindValue(u":n"_s, count);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

// More than a chunk of the engine's streamed enrollment in one day: every page is enrolled,
// in id order, each contact once, and the plan's count is kept (not the whole filter).
void TestBulkEnrollment::aLargeDayIsEnrolledAPageAtATime()
{
    addContacts(12'000);
    DbError error;
    BulkEnrollment bulk(m_db);
    const BulkEnrollment::Filter filter{u"b2bea_world"_s, {}, {}, {}, {}};
    const BulkEnrollment::Plan plan{2, 6'000, monday, u"awareness"_s, {}};
    const auto result = bulk.enroll(filter, plan, &error);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(result->enrolled, 12'000);
    QCOMPARE(result->refused, 0);
    QCOMPARE(scalar(u"select count(distinct contact_id) from campaign_contacts"_s).toInt(), 12'000);
    QCOMPARE(scalar(u"select string_agg(n::text, ',' order by d) from (select "
                    "enrolled_at::date d, count(*) n from campaign_contacts group by 1) x"_s)
                 .toString(),
             u"6000,6000"_s);
    // The first day took the lowest ids: the fixture's 47 eligible and the first new ones.
    QCOMPARE(scalar(u"select max(contact_id) from campaign_contacts where enrolled_at = "
                    "(select min(enrolled_at) from campaign_contacts)"_s)
                 .toString(),
             u"m005953"_s);
    QCOMPARE(bulk.preview(filter, plan, &error)->eligible, 12'047 - 12'000);
}

// Two consoles run the same bulk enrollment at once, each on its own connection: between them
// every eligible contact is enrolled once; what one took, the other was refused or skipped.
void TestBulkEnrollment::twoBulkEnrollmentsAtOnceEnrollEachContactOnce()
{
    addContacts(20'000);
    const BulkEnrollment::Filter filter{u"b2bea_world"_s, {}, {}, {}, {}};
    const BulkEnrollment::Plan plan{1, 30'000, monday, u"awareness"_s, {}};
    std::optional<BulkEnrollment::Result> results[2];
    DbError errors[2];
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const QString name = u"bulk-%1"_s.arg(i);
            {
                QString openError;
                QSqlDatabase db = Test::TestCluster::instance().open(u"bulk"_s, name, &openError);
                if (!db.isOpen())
                    errors[i] = {DbError::Kind::Failed, openError};
                else
                    results[i] = BulkEnrollment(db).enroll(filter, plan, &errors[i]);
            }
            Database::close(name);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(120'000));
    for (int i = 0; i < 2; ++i)
        QVERIFY2(results[i], qPrintable(errors[i].message));
    QCOMPARE(results[0]->enrolled + results[1]->enrolled, 20'047);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where status = 'active'"_s).toInt(),
             20'047);
    QCOMPARE(scalar(u"select count(distinct contact_id) from campaign_contacts"_s).toInt(), 20'047);
}

// The enrollment commits chunk by chunk: when a later chunk fails, the error says how many stay
// enrolled, and exactly those are in the database.
void TestBulkEnrollment::aFailedChunkSaysWhatStaysEnrolled()
{
    addContacts(12'000);
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(uR"sql(
create function refuse_m009000() returns trigger language plpgsql as $$
begin
  if new.contact_id = 'm009000' then
    raise exception 'contact m009000 is refused by a test trigger';
  end if;
  return new;
end $$;
create trigger refuse_m009000 before insert on campaign_contacts
  for each row execute function refuse_m009000();
)sql"_s),
             qPrintable(q.lastError().text()));
    DbError error;
    const auto result = BulkEnrollment(m_db).enroll(
        {u"b2bea_world"_s, {}, {}, {}, {}}, {1, 20'000, monday, u"awareness"_s, {}}, &error);
    QVERIFY(!result);
    const int stays = scalar(u"select count(*) from campaign_contacts"_s).toInt();
    QCOMPARE(stays, 5'000); // the first chunk; m009000 is in the second
    QVERIFY2(error.message.contains(u"5000 contact(s) were enrolled before this error"_s)
                 || error.message.contains(u"5000 contacts were enrolled before this error"_s),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(u"m009000 is refused"_s), qPrintable(error.message));
}

// The window's enrollment on two connections (as BulkEnrollDialog runs it): both server
// processes insert chunks, each reading its pages on its own connection, and the day is still
// the lowest ids, each contact once, the plan's count kept.
void TestBulkEnrollment::aDayOnTwoConnectionsEnrollsEachContactOnce()
{
    addContacts(22'000);
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(uR"sql(
create table inserted_by (pid int, n int);
create function note_inserter() returns trigger language plpgsql as $$
begin
  insert into inserted_by select pg_backend_pid(), count(*) from new_rows;
  return null;
end $$;
create trigger note_inserter after insert on campaign_contacts
  referencing new table as new_rows for each statement execute function note_inserter();
)sql"_s),
             qPrintable(q.lastError().text()));
    QStringList opened;
    const auto open = Engine::openerFor(Test::TestCluster::instance().settings(u"bulk"_s));
    const Engine::ConnectionOpener second = [&opened, open](const QString &name, DbError *error) {
        opened.append(name);
        return open(name, error);
    };
    DbError error;
    const auto result = BulkEnrollment(m_db).enroll({u"b2bea_world"_s, {}, {}, {}, {}},
                                                    {1, 21'000, monday, u"awareness"_s, {}},
                                                    &error,
                                                    second);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(result->enrolled, 21'000);
    QCOMPARE(scalar(u"select count(distinct contact_id) from campaign_contacts"_s).toInt(), 21'000);
    QCOMPARE(scalar(u"select count(distinct pid) from inserted_by where n > 0"_s).toInt(), 2);
    QCOMPARE(scalar(u"select sum(n) from inserted_by"_s).toInt(), 21'000);
    // The lowest ids, none skipped between pages read on different connections.
    QCOMPARE(scalar(u"select max(contact_id) from campaign_contacts"_s).toString(), u"m020953"_s);
    QCOMPARE(BulkEnrollment(m_db)
                 .preview({u"b2bea_world"_s, {}, {}, {}, {}},
                          {1, 21'000, monday, u"awareness"_s, {}},
                          &error)
                 ->eligible,
             22'047 - 21'000);
}

// The progress callback hears what is enrolled before each page and can stop the plan there:
// what was committed stays, nothing after it is started, and the result says it stopped.
void TestBulkEnrollment::progressIsToldAndCanStopThePlan()
{
    addContacts(22'000);
    const BulkEnrollment::Filter filter{u"b2bea_world"_s, {}, {}, {}, {}};
    QVector<QPair<int, int>> told; // (enrolled so far, planned)
    DbError error;
    const auto all
        = BulkEnrollment(m_db).enroll(filter,
                                      {2, 6'000, monday, u"awareness"_s, {}},
                                      &error,
                                      {},
                                      [&told](const BulkEnrollment::Result &soFar, int planned) {
                                          told.append({soFar.enrolled, planned});
                                          return true;
                                      });
    QVERIFY2(all, qPrintable(error.message));
    QVERIFY(!all->stopped);
    QCOMPARE(all->enrolled, 12'000);
    // Before each page: 5,000 + 1,000 on day one, 5,000 + 1,000 on day two, then the end of each.
    QCOMPARE(told,
             (QVector<QPair<int, int>>{{0, 12'000},
                                       {5'000, 12'000},
                                       {6'000, 12'000},
                                       {6'000, 12'000},
                                       {11'000, 12'000},
                                       {12'000, 12'000}}));

    const auto stopped = BulkEnrollment(m_db).enroll(
        filter,
        {1, 9'000, monday.addDays(7), u"awareness"_s, {}},
        &error,
        {},
        [](const BulkEnrollment::Result &soFar, int) { return soFar.enrolled < 5'000; });
    QVERIFY2(stopped, qPrintable(error.message));
    QVERIFY(stopped->stopped);
    QCOMPARE(stopped->enrolled, 5'000);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts"_s).toInt(), 17'000);
}

TOUCHLINE_TEST_MAIN(TestBulkEnrollment)
#include "tst_bulkenrollment.moc"
