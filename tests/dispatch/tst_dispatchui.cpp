// The dispatcher in the window: the status bar's figures from a running dispatcher thread, the
// Failed view with the provider's error and a retry that sends the item, and the channel
// accounts dialog saving an account and refusing a bad one. Driven with mouse events.
#include "channelsdialog.h"
#include "dispatchservice.h"
#include "dispatchstatus.h"
#include "dispatchtestsupport.h"
#include "testcluster.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QDateTime firedAt = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);
}

class TestDispatchUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statusBarAndFailedViewRetry();
    void channelsDialogSavesAndRefuses();

private:
    Test::StandIn m_hook;
    QSqlDatabase m_db;
};

void TestDispatchUi::initTestCase()
{
    QString error;
    QVERIFY2(
        m_hook.start(Test::standInScript(u"webhook_receiver.py"_s), {u"--key"_s, u"k"_s}, &error),
        qPrintable(error));
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"ui"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"ui"_s, u"ui"_s, &error);
    QVERIFY2(Test::importDispatchFlow(m_db, &error), qPrintable(error));
    QVERIFY(Test::setAccount(m_db,
                             QJsonObject{{u"client"_s, u"hookco"_s},
                                         {u"channel"_s, u"email"_s},
                                         {u"provider"_s, u"webhook"_s},
                                         {u"url"_s, m_hook.url()}},
                             &error));
    qputenv("TOUCHLINE_NO_KEYCHAIN", "1");
    qputenv("TOUCHLINE_SECRET_HOOKCO_EMAIL", "k");
}

void TestDispatchUi::cleanupTestCase()
{
    m_hook.stop();
}

void TestDispatchUi::statusBarAndFailedViewRetry()
{
    QString error;
    for (const QString &c : {u"ui-1"_s, u"ui-2"_s})
        QVERIFY(Test::addContact(m_db, c, u"hookco"_s, c + u"@example.org"_s));
    QCOMPARE(Test::fireAndApprove(m_db, u"hooks"_s, {u"ui-1"_s, u"ui-2"_s}, firedAt, &error), 2);
    m_hook.post(u"/_control/fail"_s, {{u"status"_s, 422}, {u"count"_s, 1}});

    DispatchService service(Test::TestCluster::instance().settings(u"ui"_s));
    QWidget window;
    window.resize(900, 60);
    auto *status = new DispatchStatus(&service, &window);
    status->move(10, 10);
    status->resize(600, 30);
    window.show();
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(status->label()->text(),
                              u"Dispatch: 1 sent today · 1 failing · next: nothing approved"_s,
                              15000);
    QVERIFY(status->failedButton()->isEnabled());
    status->grab().save(u"/tmp/dispatch-status.png"_s);

    QTest::mouseClick(status->failedButton(), Qt::LeftButton);
    FailedItemsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<FailedItemsDialog *>()) != nullptr);
    QTRY_COMPARE(dialog->table()->rowCount(), 1);
    QVERIFY2(dialog->table()->item(0, 5)->text().contains(u"HTTP 422"_s),
             qPrintable(dialog->table()->item(0, 5)->text()));
    QCOMPARE(dialog->table()->item(0, 1)->text(), u"hooks"_s);
    dialog->grab().save(u"/tmp/dispatch-failed.png"_s);
    QVERIFY(!dialog->retryButton()->isEnabled());
    const QRect cell = dialog->table()->visualItemRect(dialog->table()->item(0, 1));
    QTest::mouseClick(dialog->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(dialog->retryButton()->isEnabled());
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->label()->text(),
                              u"Dispatch: 2 sent today · 0 failing · next: nothing approved"_s,
                              15000);
    QTRY_COMPARE(dialog->table()->rowCount(), 0);
    QCOMPARE(dialog->statusLabel()->text(), u"Nothing failed."_s);
    QCOMPARE(m_hook.get(u"/_control/stats"_s).value(u"valid"_s).toInt(), 2);
    service.stop();
}

void TestDispatchUi::channelsDialogSavesAndRefuses()
{
    ChannelsDialog dialog(Test::TestCluster::instance().settings(u"ui"_s));
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.table()->rowCount(), 1, 10000);
    QCOMPARE(dialog.table()->item(0, 2)->text(), u"webhook"_s);

    auto field = [&](int index) {
        return dialog.findChildren<QLineEdit *>().at(index);
    };
    auto combos = dialog.findChildren<QComboBox *>();
    QTest::mouseClick(dialog.table()->viewport(),
                      Qt::LeftButton,
                      {},
                      dialog.table()->visualItemRect(dialog.table()->item(0, 0)).center());
    QCOMPARE(field(0)->text(), u"hookco"_s); // the row's account is in the form
    field(0)->selectAll();
    QTest::keyClicks(field(0), u"northwind"_s);
    combos.at(0)->setCurrentText(u"email"_s);
    combos.at(1)->setCurrentText(u"smtp"_s);
    field(1)->clear();
    QTest::keyClicks(field(1), u"smtps://mail.northwind.example:465"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(dialog.statusLabel()->text().contains(u"--from: expected an email address"_s),
             qPrintable(dialog.statusLabel()->text()));
    QTest::keyClicks(field(2), u"renewals@northwind.example"_s);
    QTest::keyClicks(field(7), u"imaps://mail.northwind.example/INBOX"_s);
    QSignalSpy saved(&dialog, &ChannelsDialog::saved);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.table()->rowCount(), 2, 10000);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select provider, url, from_address, settings ->> 'imap_url' "
                   "from channel_accounts where client_id = 'northwind'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"smtp"_s);
    QCOMPARE(q.value(1).toString(), u"smtps://mail.northwind.example:465"_s);
    QCOMPARE(q.value(2).toString(), u"renewals@northwind.example"_s);
    QCOMPARE(q.value(3).toString(), u"imaps://mail.northwind.example/INBOX"_s);
    dialog.resize(820, 680);
    dialog.grab().save(u"/tmp/dispatch-channels.png"_s);
}

TOUCHLINE_GUI_TEST_MAIN(TestDispatchUi)
#include "tst_dispatchui.moc"
