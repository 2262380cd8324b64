// The Contacts tab on a real database: pages arrive off the GUI thread, typing searches, a click on
// a header sorts, scrolling fetches the next keyset page, a click shows the history, and a
// suppression ends the client's enrollments; the model under QAbstractItemModelTester.
#include "bulkenrolldialog.h"
#include "contactimportdialog.h"
#include "contactlistmodel.h"
#include "contactsview.h"
#include "databaseworker.h"
#include "demoflows.h"
#include "engine.h"
#include "flowstore.h"
#include "session.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QString databaseName = u"contactsview"_s;
const QDateTime monday = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);
} // namespace

class TestContactsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void firstPageThenScrollFetchesTheNext();
    void typingSearches();
    void headerClickSorts();
    void clickShowsHistoryInTimeOrder();
    void suppressEndsEnrollments();
    void importDialogMapsPreviewsAndReports();
    void bulkDialogPreviewsAndEnrolls();
    void bulkDialogStopKeepsWhatIsEnrolled();
    void bulkDialogGoneStopsItsEnrollment();
    void screenshot();

private:
    bool waitForPage(ContactsView &view, QSignalSpy &spy, int timeoutMs = 15000);
    QVariant scalar(const QString &sql);
    static bool fillPlan(BulkEnrollDialog &dialog, const QString &company, int days, int perDay);
    bool holdAfterFirstChunk();
    bool releaseHeld();
    void forgetHeld();
    static bool startHeldEnrollment(BulkEnrollDialog &dialog);
    int heldEnrolled();

    QSqlDatabase m_db;
    QTemporaryDir m_dir;
};

void TestContactsView::initTestCase()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"inspect"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(DemoFlows::read().flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
    // Plausible people, so that the screenshot reads like a product.
    QSqlQuery q(m_db);
    q.prepare(uR"(
insert into contacts (id, client_id, first_name, last_name, email, phone, company, title, time_zone)
select 'c' || lpad(i::text, 4, '0'), case when i % 4 = 0 then 'dreamborn' else 'b2bea' end,
       f, l, lower(f) || '.' || lower(l) || i || '@' || lower(replace(co, ' ', '')) || '.example',
       '+49 30 ' || (2000000 + i * 37), co,
       (array['Head of Events', 'Marketing Director', 'CEO', 'Membership Lead', 'CFO'])[1 + i % 5],
       (array['Europe/Berlin', 'Europe/London', 'America/New_York', 'Europe/Paris'])[1 + i % 4]
  from generate_series(1, 1000) i,
       lateral (select (array['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Felix', 'Greta', 'Hugo',
                              'Ines', 'Jonas', 'Katja', 'Lukas', 'Mara', 'Nils', 'Olga', 'Paul',
                              'Rosa', 'Simon', 'Tara', 'Umut'])[1 + (i * 11 + i / 7) % 20] as f,
                       (array['Albrecht', 'Becker', 'Costa', 'Dubois', 'Eriksen', 'Fischer',
                              'Garcia', 'Hansen', 'Ivanova', 'Jansen', 'Keller', 'Lambert',
                              'Meyer', 'Novak', 'Okafor', 'Peters', 'Quinn', 'Richter',
                              'Schmidt', 'Tanaka', 'Unger', 'Vogel', 'Weber', 'Yilmaz',
                              'Zimmermann'])[1 + (i * 7) % 25] as l,
                       (array['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'])[1 + (i / 3) % 5] as co) n
)"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"update contacts set first_name = 'Grace', last_name = 'Hopper', "
                   "company = 'Navy Research', client_id = 'b2bea' where id = 'c0500'"_s));
    Engine engine(m_db);
    QVERIFY(
        engine.enroll({u"b2bea_membership"_s, {u"c0500"_s, u"c0501"_s}, {}, {}, monday}, &dbError));
    QStringList world;
    for (int i = 1; i < 400; i += 3)
        if (i % 4 != 0)
            world.append(u"c%1"_s.arg(i, 4, 10, QLatin1Char('0')));
    QVERIFY(engine.enroll({u"b2bea_world"_s, world, {}, {}, monday}, &dbError));
    QVERIFY(engine.tick(monday, 100, &dbError));
    QVERIFY(engine.recordOutcome({u"c0500"_s, u"b2bea_membership"_s, 1, u"sent"_s, {}, monday},
                                 &dbError));
}

void TestContactsView::cleanupTestCase()
{
    m_db = QSqlDatabase();
    Database::close(u"inspect"_s);
}

QVariant TestContactsView::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool TestContactsView::waitForPage(ContactsView &, QSignalSpy &spy, int timeoutMs)
{
    const int before = int(spy.count());
    return QTest::qWaitFor([&] { return spy.count() > before; }, timeoutMs);
}

void TestContactsView::firstPageThenScrollFetchesTheNext()
{
    ContactsView view(Test::TestCluster::instance().settings(databaseName));
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&view, &ContactsView::pageLoaded);
    view.resize(1280, 760);
    view.show();
    QVERIFY(QTest::qWaitFor([&] { return pages.count() >= 1; }, 15000));
    QCOMPARE(view.model()->rowCount(), ContactsView::pageSize);
    QCOMPARE(view.model()->row(0).sortKey,
             scalar(u"select min(sort_name) from contacts"_s).toString());
    // Scrolling to the end asks for the next keyset page.
    QTest::qWait(50);
    view.table()->scrollToBottom();
    view.table()->verticalScrollBar()->setValue(view.table()->verticalScrollBar()->maximum());
    QVERIFY(
        QTest::qWaitFor([&] { return view.model()->rowCount() > ContactsView::pageSize; }, 15000));
    // No row twice across pages, and the keyset order holds across the page boundary: the
    // rows are exactly the database's first rows in (name, id) order.
    QSet<QString> ids;
    QStringList shown;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        ids.insert(view.model()->row(r).id);
        shown.append(view.model()->row(r).id);
    }
    const QStringList expected
        = scalar(u"select string_agg(id, ',' order by sort_name, id) from (select id, sort_name "
                 "from contacts order by sort_name, id limit %1) x"_s.arg(shown.size()))
              .toString()
              .split(u',');
    for (int r = 0; r < shown.size(); ++r)
        QVERIFY2(
            shown.at(r) == expected.value(r),
            qPrintable(u"row %1: %2, expected %3"_s.arg(r).arg(shown.at(r), expected.value(r))));

    QCOMPARE(ids.size(), view.model()->rowCount());
}

void TestContactsView::typingSearches()
{
    ContactsView view(Test::TestCluster::instance().settings(databaseName));
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&view, &ContactsView::pageLoaded);
    view.show();
    QVERIFY(waitForPage(view, pages));
    QTest::keyClicks(view.searchField(), u"hopper"_s);
    QVERIFY(QTest::qWaitFor([&] { return view.model()->rowCount() == 1; }, 15000));
    QCOMPARE(view.model()->row(0).id, u"c0500"_s);
    QCOMPARE(view.model()->data(view.model()->index(0, ContactListModel::Active)).toInt(), 1);
    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), u"c0777"_s);
    QVERIFY(QTest::qWaitFor(
        [&] { return view.model()->rowCount() == 1 && view.model()->row(0).id == u"c0777"; },
        15000));
    QCOMPARE(view.model()->row(0).id, u"c0777"_s);
    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), u"umbrella"_s);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return view.model()->rowCount() == 200 && view.model()->row(0).company == u"Umbrella";
        },
        15000));
    for (int r = 0; r < view.model()->rowCount(); ++r)
        QCOMPARE(view.model()->row(r).company, u"Umbrella"_s);
}

void TestContactsView::headerClickSorts()
{
    ContactsView view(Test::TestCluster::instance().settings(databaseName));
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&view, &ContactsView::pageLoaded);
    view.resize(1280, 760);
    view.show();
    QVERIFY(waitForPage(view, pages));
    QHeaderView *header = view.table()->horizontalHeader();
    const QPoint company(header->sectionViewportPosition(ContactListModel::Company) + 20,
                         header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, company);
    QVERIFY(waitForPage(view, pages));
    QCOMPARE(view.model()->row(0).company, u"Acme"_s);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, company);
    QVERIFY(waitForPage(view, pages));
    QCOMPARE(view.model()->row(0).company, u"Umbrella"_s);
    QVERIFY(view.model()->descending());
    // Time zone and phone sort too, in the database's order (a new column keeps the direction).
    const auto first = [&](const QString &column) {
        return Test::scalar(m_db,
                            u"select %1(%2) from contacts"_s.arg(
                                view.model()->descending() ? u"max"_s : u"min"_s, column))
            .toString();
    };
    const QPoint zone(header->sectionViewportPosition(ContactListModel::TimeZone) + 20,
                      header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, zone);
    QVERIFY(waitForPage(view, pages));
    QCOMPARE(view.model()->row(0).timeZone, first(u"time_zone"_s));
    const QPoint phone(header->sectionViewportPosition(ContactListModel::Phone) + 20,
                       header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, phone);
    QVERIFY(waitForPage(view, pages));
    QCOMPARE(view.model()->row(0).phone, first(u"coalesce(phone, '')"_s));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, phone);
    QVERIFY(waitForPage(view, pages));
    QCOMPARE(view.model()->row(0).phone, first(u"coalesce(phone, '')"_s));
}

void TestContactsView::clickShowsHistoryInTimeOrder()
{
    ContactsView view(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy pages(&view, &ContactsView::pageLoaded);
    QSignalSpy history(&view, &ContactsView::historyLoaded);
    view.resize(1280, 760);
    view.show();
    QVERIFY(waitForPage(view, pages));
    QTest::keyClicks(view.searchField(), u"hopper"_s);
    QVERIFY(QTest::qWaitFor([&] { return view.model()->rowCount() == 1; }, 15000));
    const QRect cell = view.table()->visualRect(view.model()->index(0, 0));
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(QTest::qWaitFor([&] { return history.count() > 0; }, 15000));
    QVERIFY(view.detailLabel()->text().contains(u"Grace Hopper"_s));
    QTreeWidget *tree = view.historyTree();
    QStringList kinds;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        kinds.append(tree->topLevelItem(i)->text(1));
        if (i > 0)
            QVERIFY(tree->topLevelItem(i - 1)->text(0) <= tree->topLevelItem(i)->text(0));
    }
    QVERIFY2(kinds.contains(u"enrollment"_s) && kinds.contains(u"touch"_s)
                 && kinds.contains(u"outcome"_s),
             qPrintable(kinds.join(u',')));
}

void TestContactsView::suppressEndsEnrollments()
{
    ContactsView view(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy pages(&view, &ContactsView::pageLoaded);
    QSignalSpy done(&view, &ContactsView::suppressionDone);
    view.show();
    QVERIFY(waitForPage(view, pages));
    QTest::keyClicks(view.searchField(), u"c0501"_s);
    QVERIFY(QTest::qWaitFor([&] { return view.model()->rowCount() == 1; }, 15000));
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    view.suppressCurrent(u"b2bea"_s, u"asked us by phone"_s, true);
    QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 15000));
    QVERIFY2(done.at(0).at(0).toString().contains(u"1 active enrollment"_s),
             qPrintable(done.at(0).at(0).toString()));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return view.model()->rowCount() == 1
                   && view.model()->row(0).suppressedFor == QStringList{u"b2bea"_s};
        },
        15000));
    QCOMPARE(view.model()->data(view.model()->index(0, ContactListModel::Active)).toInt(), 0);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where contact_id = 'c0501' "
                    "and status = 'active'"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select detail ->> 'reason' from audit_log where subject = 'c0501' "
                    "and action = 'contact_suppressed'"_s)
                 .toString(),
             u"asked us by phone"_s);
}

void TestContactsView::importDialogMapsPreviewsAndReports()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"crm.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Record ID,client_id,E-Mail,Given name\n"
            "imp1,b2bea,imp1@example.com,Ida\n"
            "imp2,b2bea,not-an-email,Ned\n");
    f.close();
    DatabaseWorker worker(Test::TestCluster::instance().settings(databaseName), u"importtest"_s);
    {
        ContactImportDialog dialog(&worker);
        QSignalSpy imported(&dialog, &ContactImportDialog::imported);
        dialog.show();
        dialog.setFile(path);
        QCOMPARE(dialog.mappingTable()->rowCount(), 4);
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        auto *idBox = qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(0, 1));
        auto *emailBox = qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(2, 1));
        auto *nameBox = qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(3, 1));
        QVERIFY(idBox && emailBox && nameBox);
        idBox->setCurrentIndex(idBox->findData(u"id"_s));
        emailBox->setCurrentIndex(emailBox->findData(u"email"_s));
        nameBox->setCurrentIndex(nameBox->findData(u"first_name"_s));
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(0)->text(), u"id"_s);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return imported.count() == 1; }, 15000));
        const QString report = dialog.reportView()->toPlainText();
        QVERIFY2(report.contains(u"1 new, 0 updated, 1 refused"_s), qPrintable(report));
        QVERIFY2(report.contains(u"line 3: malformed email"_s), qPrintable(report));
    }
    QCOMPARE(
        scalar(u"select first_name || '|' || email from contacts where id = 'imp1'"_s).toString(),
        u"Ida|imp1@example.com"_s);
    // The mapping is remembered for a file with the same header.
    ContactImportDialog again(&worker);
    again.setFile(path);
    auto *idBox = qobject_cast<QComboBox *>(again.mappingTable()->cellWidget(0, 1));
    QCOMPARE(idBox->currentData().toString(), u"id"_s);
}

// Shows the dialog and fills a plan for b2bea_world: the company typed, the days and the cap.
bool TestContactsView::fillPlan(BulkEnrollDialog &dialog,
                                const QString &company,
                                int days,
                                int perDay)
{
    dialog.show();
    if (!QTest::qWaitFor([&] { return dialog.campaignBox()->count() > 0; }, 15000))
        return false;
    dialog.campaignBox()->setCurrentIndex(dialog.campaignBox()->findData(u"b2bea_world"_s));
    QTest::keyClicks(dialog.companyField(), company);
    dialog.daysBox()->setValue(days);
    dialog.perDayBox()->setValue(perDay);
    return true;
}

void TestContactsView::bulkDialogPreviewsAndEnrolls()
{
    const int eligible
        = scalar(u"select count(*) from contacts ct where client_id = 'b2bea' and company = "
                 "'Hooli' and not do_not_contact and not exists (select 1 from suppressions s "
                 "where s.contact_id = ct.id) and not exists (select 1 from campaign_contacts cc "
                 "join campaigns c on c.id = cc.campaign_id where c.slug = 'b2bea_world' and "
                 "cc.contact_id = ct.id and cc.status = 'active')"_s)
              .toInt();
    QVERIFY(eligible > 30);
    DatabaseWorker worker(Test::TestCluster::instance().settings(databaseName), u"bulktest"_s);
    BulkEnrollDialog dialog(&worker);
    QSignalSpy previewed(&dialog, &BulkEnrollDialog::previewed);
    QSignalSpy enrolled(&dialog, &BulkEnrollDialog::enrolled);
    QVERIFY(fillPlan(dialog, u"hooli"_s, 3, 10));
    QVERIFY(!dialog.enrollButton()->isEnabled());
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return previewed.count() == 1; }, 15000));
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"%1 contacts match"_s.arg(eligible)),
             qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(dialog.seriesCount(), 2); // email and linkedin
    const QString out = qEnvironmentVariable("TOUCHLINE_SCREENSHOTS");
    if (!out.isEmpty()) {
        QTest::qWait(300); // the chart lays its axes and legend out in a posted event
        dialog.grab().save(out + u"/bulk-enroll.png"_s);
    }
    QTest::mouseClick(dialog.enrollButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return enrolled.count() == 1; }, 15000));
    QCOMPARE(enrolled.at(0).at(0).toInt(), 30);
}

// 30,000 contacts of "Stopwatch Ltd", and a test trigger that holds every enrollment chunk after
// the first (ids above stop05000) until releaseHeld(): a bulk enrollment of them is under way,
// with 5,000 enrolled, for as long as a test needs.
bool TestContactsView::holdAfterFirstChunk()
{
    QSqlQuery q(m_db);
    return q.exec(uR"sql(
insert into contacts (id, client_id, company)
select 'stop' || lpad(i::text, 5, '0'), 'b2bea', 'Stopwatch Ltd' from generate_series(1, 30000) i;
create function hold_after_first() returns trigger language plpgsql as $$
begin
  if exists (select 1 from new_rows where contact_id > 'stop05000') then
    perform pg_advisory_xact_lock_shared(4242);
  end if;
  return null;
end $$;
create trigger hold_after_first after insert on campaign_contacts
  referencing new table as new_rows for each statement execute function hold_after_first();
select pg_advisory_lock(4242);
)sql"_s);
}

bool TestContactsView::releaseHeld()
{
    QSqlQuery q(m_db);
    return q.exec(u"select pg_advisory_unlock_all()"_s);
}

void TestContactsView::forgetHeld()
{
    releaseHeld();
    QSqlQuery q(m_db);
    q.exec(u"drop trigger if exists hold_after_first on campaign_contacts"_s);
    q.exec(u"drop function if exists hold_after_first()"_s);
    q.exec(u"delete from campaign_contacts where contact_id like 'stop%'"_s);
    q.exec(u"delete from contacts where id like 'stop%'"_s);
}

// Previews and starts the enrollment of the held contacts; true once the dialog shows the first
// chunk enrolled.
bool TestContactsView::startHeldEnrollment(BulkEnrollDialog &dialog)
{
    QSignalSpy previewed(&dialog, &BulkEnrollDialog::previewed);
    if (!fillPlan(dialog, u"stopwatch"_s, 1, 30000))
        return false;
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return previewed.count() == 1; }, 15000))
        return false;
    QTest::mouseClick(dialog.enrollButton(), Qt::LeftButton);
    return dialog.stopButton()->isVisible()
           && QTest::qWaitFor([&] { return dialog.progressBar()->value() == 5000; }, 30000);
}

int TestContactsView::heldEnrolled()
{
    return scalar(u"select count(*) from campaign_contacts where contact_id like 'stop%'"_s)
        .toInt();
}

// A large bulk enrollment shows its progress and can be stopped: Escape does not close the
// dialog while it runs but stops it as Stop does; the chunks under way commit, no more start,
// and the dialog says how many stay enrolled.
void TestContactsView::bulkDialogStopKeepsWhatIsEnrolled()
{
    QVERIFY2(holdAfterFirstChunk(), qPrintable(m_db.lastError().text()));
    const auto cleanUp = qScopeGuard([this] { forgetHeld(); });
    DatabaseWorker worker(Test::TestCluster::instance().settings(databaseName), u"bulkstop"_s);
    BulkEnrollDialog dialog(&worker);
    QSignalSpy enrolled(&dialog, &BulkEnrollDialog::enrolled);
    QVERIFY(startHeldEnrollment(dialog));
    QCOMPARE(dialog.progressBar()->maximum(), 30000);
    QCOMPARE(dialog.progressBar()->text(),
             u"%1 of %2 enrolled"_s.arg(QLocale().toString(5000), QLocale().toString(30000)));
    const QString out = qEnvironmentVariable("TOUCHLINE_SCREENSHOTS");
    if (!out.isEmpty())
        dialog.grab().save(out + u"/bulk-enroll-progress.png"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.stopButton()->isEnabled());
    QVERIFY(releaseHeld());
    QVERIFY(QTest::qWaitFor([&] { return enrolled.count() == 1; }, 30000));
    const int stays = enrolled.at(0).at(0).toInt();
    QCOMPARE(heldEnrolled(), stays);
    // The first chunk and the one or two that were under way on the two connections.
    QVERIFY2(stays == 10000 || stays == 15000, qPrintable(QString::number(stays)));
    QCOMPARE(dialog.summaryLabel()->text(),
             u"Stopped: %1 contacts enrolled; the rest of the plan is not."_s.arg(
                 QLocale().toString(stays)));
    QVERIFY(!dialog.stopButton()->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Escape); // closes now
    QVERIFY(!dialog.isVisible());
}

// A dialog destroyed while its enrollment runs (its view went away) stops it: nothing keeps
// enrolling unseen.
void TestContactsView::bulkDialogGoneStopsItsEnrollment()
{
    QVERIFY2(holdAfterFirstChunk(), qPrintable(m_db.lastError().text()));
    const auto cleanUp = qScopeGuard([this] { forgetHeld(); });
    DatabaseWorker worker(Test::TestCluster::instance().settings(databaseName), u"bulkgone"_s);
    auto dialog = std::make_unique<BulkEnrollDialog>(&worker);
    QVERIFY(startHeldEnrollment(*dialog));
    dialog.reset();
    QVERIFY(releaseHeld());
    worker.drain();
    const int stays = heldEnrolled();
    QVERIFY2(stays == 10000 || stays == 15000, qPrintable(QString::number(stays)));
}

void TestContactsView::screenshot()
{
    ContactsView view(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy pages(&view, &ContactsView::pageLoaded);
    QSignalSpy history(&view, &ContactsView::historyLoaded);
    view.resize(1280, 800);
    view.show();
    QVERIFY(waitForPage(view, pages));
    int row = 0;
    while (row < view.model()->rowCount() && view.model()->row(row).activeEnrollments == 0)
        ++row;
    QVERIFY(row < view.model()->rowCount());
    view.table()->setCurrentIndex(view.model()->index(row, 0));
    QVERIFY(QTest::qWaitFor([&] { return history.count() > 0; }, 15000));
    const QString out = qEnvironmentVariable("TOUCHLINE_SCREENSHOTS");
    if (!out.isEmpty())
        QVERIFY(view.grab().save(out + u"/contacts.png"_s));
}

TOUCHLINE_GUI_TEST_MAIN(TestContactsView)
#include "tst_contactsview.moc"
