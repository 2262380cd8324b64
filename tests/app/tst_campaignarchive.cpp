// Archiving a published campaign while a scheduler fires it: the archive waits for the firing,
// then ends every running enrollment and cancels every unsent touch, the fresh one included.
#include "campaignarchive.h"
#include "connection.h"
#include "contactstore.h"
#include "demoflows.h"
#include "engine.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestCampaignArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void archivingWaitsForAFiringAndCancelsWhatItWrote();
    void anUnknownCampaignIsRefusedAndNothingChanges();

private:
    QVariant scalar(const QString &sql) const;
    QSqlDatabase m_db;
};

void TestCampaignArchive::initTestCase()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"archive"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"archive"_s, u"main"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    DbError dbError;
    QVERIFY(FlowStore(m_db).importFlow(DemoFlows::read().flow, u"t"_s, &dbError));
    QVERIFY(ContactStore(m_db).importCsv("id,client_id,first_name,email\n"
                                         "c1,b2bea,Ada,ada@example.com\n"
                                         "c2,b2bea,Bo,bo@example.com\n"
                                         "c3,b2bea,Cy,cy@example.com\n",
                                         &dbError));
    const QDateTime monday = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);
    Engine engine(m_db);
    QVERIFY(engine.enroll(
        {u"b2bea_membership_close"_s, {u"c1"_s, u"c2"_s, u"c3"_s}, {}, {}, monday}, &dbError));
    QVERIFY(engine.tick(monday, 100, &dbError));
}

QVariant TestCampaignArchive::scalar(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestCampaignArchive::archivingWaitsForAFiringAndCancelsWhatItWrote()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    // A scheduler in the middle of firing step 2 for c1: the enrollment locked, the item written.
    QSqlDatabase scheduler = cluster.open(u"archive"_s, u"scheduler"_s, &error);
    QVERIFY2(scheduler.isOpen(), qPrintable(error));
    QVERIFY(scheduler.transaction());
    QSqlQuery firing(scheduler);
    QVERIFY(firing.exec(u"select cc.id from campaign_contacts cc join campaigns c on c.id = "
                        "cc.campaign_id where c.slug = 'b2bea_membership_close' and "
                        "cc.contact_id = 'c1' for update of cc"_s));
    QVERIFY(
        firing.exec(u"insert into outbound_queue (enrollment_id, client_id, contact_id, "
                    "campaign_id, step_number, attempt, visit, channel, scheduled_at) "
                    "select cc.id, 'b2bea', cc.contact_id, cc.campaign_id, 2, 7, 7, 'email', now() "
                    "from campaign_contacts cc join campaigns c on c.id = cc.campaign_id "
                    "where c.slug = 'b2bea_membership_close' and cc.contact_id = 'c1'"_s));

    std::atomic<bool> done = false;
    std::optional<CampaignArchive::Report> report;
    QString archiveError;
    std::thread archiver([&] {
        QString openError;
        {
            QSqlDatabase own = cluster.open(u"archive"_s, u"archiver"_s, &openError);
            DbError e;
            report = CampaignArchive::archive(own, u"b2bea_membership_close"_s, &e);
            archiveError = e.message + openError;
            own.close();
        }
        QSqlDatabase::removeDatabase(u"archiver"_s);
        done = true;
    });
    QTest::qWait(400);
    const bool waited = !done;
    QVERIFY(scheduler.commit());
    archiver.join();
    QVERIFY2(waited, "the archive did not wait for the firing scheduler");
    QVERIFY2(report, qPrintable(archiveError));
    QCOMPARE(report->endedEnrollments, 3);
    QVERIFY(report->cancelledItems >= 4); // three step-1 touches and the concurrent step 2
    QCOMPARE(scalar(u"select count(*) from outbound_queue where status in ('pending', 'drafted', "
                    "'approved')"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where status = 'active'"_s).toInt(),
             0);
    QCOMPARE(
        scalar(u"select status from campaigns where slug = 'b2bea_membership_close'"_s).toString(),
        u"archived"_s);
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'archive'"_s).toInt(), 1);
    // An archived campaign takes no enrollments.
    DbError dbError;
    const auto again
        = Engine(m_db).enroll({u"b2bea_membership_close"_s, {u"c1"_s}, {}, {}, {}}, &dbError);
    QVERIFY(!again || again->enrolled.isEmpty());
    scheduler = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"scheduler"_s);
}

void TestCampaignArchive::anUnknownCampaignIsRefusedAndNothingChanges()
{
    const int audits = scalar(u"select count(*) from audit_log"_s).toInt();
    DbError error;
    QVERIFY(!CampaignArchive::archive(m_db, u"no_such_campaign"_s, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY(error.message.contains(u"no_such_campaign"_s));
    QCOMPARE(scalar(u"select count(*) from audit_log"_s).toInt(), audits);
}

TOUCHLINE_TEST_MAIN(TestCampaignArchive)

#include "tst_campaignarchive.moc"
