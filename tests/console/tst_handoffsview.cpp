// The Handoffs tab on a real database: a booked meeting picked with the mouse, its suggested
// campaign checked, enrolled with a goal; a declined one; a live call claimed and its result
// recorded, the flow routing on.
#include "demoflows.h"
#include "engine.h"
#include "flowstore.h"
#include "handoffsview.h"
#include "testcluster.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QString databaseName = u"handoffsview"_s;
const QDateTime monday = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);
} // namespace

class TestHandoffsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void gateEnrollWithTheMouse();
    void gateDecline();
    void liveCallClaimAndRecord();

private:
    void addContact(const QString &id,
                    const QString &client,
                    const QString &first,
                    const QString &last,
                    const QString &company);
    void
    bookMeeting(const QString &contact, const QString &campaign, const QString &notes, int minutes);
    void answerLive(const QString &contact, int seconds);
    QVariant scalar(const QString &sql);
    void clickItem(QTreeWidget *tree, int row);
    void shoot(QWidget *w, const QString &name);

    QSqlDatabase m_db;
};

void TestHandoffsView::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"inspect"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(DemoFlows::read().flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
    addContact(u"att_001"_s, u"b2bea"_s, u"Maria"_s, u"Keller"_s, u"Keller Events GmbH"_s);
    addContact(u"att_002"_s, u"b2bea"_s, u"Tom"_s, u"Fischer"_s, u"Fischer & Söhne"_s);
    addContact(u"att_003"_s, u"dreamborn"_s, u"Aiko"_s, u"Tanaka"_s, u"Tanaka Studio"_s);
    bookMeeting(u"att_001"_s, u"b2bea_membership"_s, u"Met at ITB; wants gold tier pricing"_s, 30);
    bookMeeting(u"att_002"_s, u"b2bea_membership"_s, u"Decision in Q2"_s, 60);
    bookMeeting(u"att_003"_s, u"dreamborn"_s, QString(), 90);
    addContact(u"pol_17"_s, u"northwind_insurance"_s, u"Ruth"_s, u"Becker"_s, QString());
    addContact(u"pol_18"_s, u"northwind_insurance"_s, u"Jan"_s, u"Novak"_s, QString());
    answerLive(u"pol_17"_s, 90);
    answerLive(u"pol_18"_s, 400);
}

void TestHandoffsView::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"inspect"_s);
}

QVariant TestHandoffsView::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestHandoffsView::addContact(const QString &id,
                                  const QString &client,
                                  const QString &first,
                                  const QString &last,
                                  const QString &company)
{
    QSqlQuery q(m_db);
    q.prepare(u"insert into contacts (id, client_id, first_name, last_name, company, title, phone, "
              "time_zone) values (:id, :client, :f, :l, nullif(:co, ''), 'Managing Director', "
              "'+4930' || (1000000 + length(:id) * 7919), 'Europe/Berlin')"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":client"_s, client);
    q.bindValue(u":f"_s, first);
    q.bindValue(u":l"_s, last);
    q.bindValue(u":co"_s, company);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestHandoffsView::bookMeeting(const QString &contact,
                                   const QString &campaign,
                                   const QString &notes,
                                   int minutes)
{
    Engine engine(m_db);
    DbError error;
    QVERIFY(engine.enroll({campaign, {contact}, {}, notes, monday}, &error));
    QVERIFY(engine.tick(monday, 100, &error));
    const auto r = engine.recordOutcome(
        {contact, campaign, 1, u"replied"_s, u"meeting_booked"_s, monday.addSecs(60 * minutes)},
        &error);
    QVERIFY2(r && r->gated, qPrintable(error.message));
}

void TestHandoffsView::answerLive(const QString &contact, int seconds)
{
    Engine engine(m_db);
    DbError error;
    QVERIFY(engine.enroll({u"insurance_renewal"_s, {contact}, {}, {}, monday}, &error));
    QVERIFY(engine.tick(monday, 100, &error));
    QVERIFY(engine.recordOutcome(
        {contact, u"insurance_renewal"_s, 1, u"live_answer"_s, {}, monday.addSecs(seconds)},
        &error));
}

void TestHandoffsView::clickItem(QTreeWidget *tree, int row)
{
    const QRect r = tree->visualItemRect(tree->topLevelItem(row));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
}

void TestHandoffsView::shoot(QWidget *w, const QString &name)
{
    const QString out = qEnvironmentVariable("TOUCHLINE_SCREENSHOTS");
    if (!out.isEmpty())
        w->grab().save(out + u'/' + name);
}

void TestHandoffsView::gateEnrollWithTheMouse()
{
    HandoffsView view(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy loaded(&view, &HandoffsView::loaded);
    QSignalSpy done(&view, &HandoffsView::actionDone);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() >= 1; }, 15000));
    QCOMPARE(view.gateList()->topLevelItemCount(), 3);
    QVERIFY(view.tabs()->tabText(0).contains(u"(3)"_s));
    clickItem(view.gateList(), 0);
    // The suggested campaign comes checked; the gated one itself is not offered.
    QVERIFY(QTest::qWaitFor([&] { return view.campaignList()->count() > 0; }, 15000));
    QStringList checked;
    for (int i = 0; i < view.campaignList()->count(); ++i) {
        const auto *item = view.campaignList()->item(i);
        QVERIFY(item->data(Qt::UserRole).toString() != u"b2bea_membership");
        if (item->checkState() == Qt::Checked)
            checked.append(item->data(Qt::UserRole).toString());
    }
    QCOMPARE(checked, QStringList{u"b2bea_membership_close"_s});
    view.goalBox()->setCurrentIndex(view.goalBox()->findData(u"pipeline"_s));
    QTest::keyClicks(view.notesEdit(), u"Gold tier; call before Friday"_s);
    shoot(&view, u"handoffs-gate.png"_s);
    QTest::mouseClick(view.enrollButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 15000));
    QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(0).toString()));
    QVERIFY(QTest::qWaitFor([&] { return view.gateList()->topLevelItemCount() == 2; }, 15000));
    QCOMPARE(scalar(u"select c.slug || '|' || cc.goal || '|' || cc.notes from campaign_contacts cc "
                    "join campaigns c on c.id = cc.campaign_id where cc.contact_id = 'att_001' "
                    "and cc.status = 'active'"_s)
                 .toString(),
             u"b2bea_membership_close|pipeline|Gold tier; call before Friday"_s);
    QVERIFY(view.messageLabel()->text().contains(u"b2bea_membership_close"_s));
}

void TestHandoffsView::gateDecline()
{
    HandoffsView view(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy loaded(&view, &HandoffsView::loaded);
    QSignalSpy done(&view, &HandoffsView::actionDone);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() >= 1; }, 15000));
    clickItem(view.gateList(), 2);
    QCOMPARE(view.gateList()->currentItem()->text(1), u"Aiko Tanaka"_s);
    // Without a reason the decline is refused and says so.
    QTest::mouseClick(view.declineButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 15000));
    QVERIFY(!done.at(0).at(1).toBool());
    QVERIFY(view.messageLabel()->text().contains(u"reason"_s));
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() >= 2; }, 15000));
    clickItem(view.gateList(), 2);
    QTest::keyClicks(view.declineReason(), u"Student project, no budget"_s);
    QTest::mouseClick(view.declineButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return done.count() == 2; }, 15000));
    QVERIFY2(done.at(1).at(1).toBool(), qPrintable(done.at(1).at(0).toString()));
    QCOMPARE(scalar(u"select detail ->> 'reason' from audit_log where action = "
                    "'handoff_declined'"_s)
                 .toString(),
             u"Student project, no budget"_s);
}

void TestHandoffsView::liveCallClaimAndRecord()
{
    HandoffsView view(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy loaded(&view, &HandoffsView::loaded);
    QSignalSpy done(&view, &HandoffsView::actionDone);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() >= 1; }, 15000));
    view.tabs()->setCurrentIndex(1);
    QCOMPARE(view.liveList()->topLevelItemCount(), 2);
    QCOMPARE(view.liveList()->topLevelItem(0)->text(1), u"Ruth Becker"_s); // waiting longest
    clickItem(view.liveList(), 0);
    QVERIFY(view.scriptLabel()->text().contains(u"renewal"_s, Qt::CaseInsensitive));
    QVERIFY(view.conversationView()->toPlainText().contains(u"live_answer"_s));
    QVERIFY(view.claimButton()->isEnabled());
    QVERIFY(!view.recordButton()->isEnabled());
    QTest::mouseClick(view.claimButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 15000));
    QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(0).toString()));
    QVERIFY(QTest::qWaitFor([&] { return view.recordButton()->isEnabled(); }, 15000));
    QVERIFY(!view.claimButton()->isEnabled());
    shoot(&view, u"handoffs-live.png"_s);
    view.resultBox()->setCurrentIndex(0); // converted
    QTest::mouseClick(view.recordButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return done.count() == 2; }, 15000));
    QVERIFY2(done.at(1).at(1).toBool(), qPrintable(done.at(1).at(0).toString()));
    QVERIFY(QTest::qWaitFor([&] { return view.liveList()->topLevelItemCount() == 1; }, 15000));
    QCOMPARE(
        scalar(u"select status from campaign_contacts where contact_id = 'pol_17'"_s).toString(),
        u"converted"_s);
}

TOUCHLINE_GUI_TEST_MAIN(TestHandoffsView)
#include "tst_handoffsview.moc"
