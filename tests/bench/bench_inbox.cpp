// Inbox benchmark: 100,000 drafts pending review. First paint (target < 300 ms, keyset pages
// only), paging while scrolling, a filter change (< 100 ms), bulk approve of 1,000 (< 1 s) and
// resident memory (< 300 MB). Prints its figures and writes screenshots (1280x800) of the inbox
// with the demo flows, empty, and with the 100,000 drafts to $TOUCHLINE_SCREENSHOTS or /tmp.
#include "contactstore.h"
#include "database.h"
#include "demoflows.h"
#include "draftstore.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "inboxmodel.h"
#include "inboxpreview.h"
#include "inboxwidget.h"
#include "session.h"
#include "testcluster.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

constexpr int draftCount = 100000;

qint64 rssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString shotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("TOUCHLINE_SCREENSHOTS", u"/tmp"_s);
    return dir + u'/' + name;
}

const QByteArray benchFlow = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "bench_outreach", "name": "Acme membership outreach", "client_id": "acme",
     "type": "membership", "owner_role": "roles.sales",
     "steps": [{"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
                "template_instructions": "Introduce the membership to {{first_name}}."}]},
    {"slug": "bench_renewal", "name": "Globex renewals", "client_id": "globex",
     "type": "renewal", "owner_role": "roles.cs",
     "steps": [{"step_number": 1, "delay_days": 0, "channel": "linkedin",
                "content_type": "reminder",
                "template_instructions": "Remind {{first_name}} of the renewal."}]}
  ]})";

// 100,000 contacts, enrollments, drafts and items in set-based statements (the engine's own
// firing rate is measured by bench_engine; here only the inbox counts).
const char *const seedSql[] = {
    R"(insert into contacts (id, client_id, first_name, last_name, company, email, title)
       select 'p' || g, case when g % 3 = 0 then 'globex' else 'acme' end,
         (array['Ada','Grace','Linus','Margaret','Alan','Barbara','Ken','Frances','Edsger',
                'Radia'])[1 + g % 10],
         (array['Lovelace','Hopper','Torvalds','Hamilton','Turing','Liskov','Thompson','Allen',
                'Dijkstra','Perlman'])[1 + (g / 10) % 10] || ' ' || g,
         'Company ' || (g % 997), 'p' || g || '@example.com', 'Head of Operations'
       from generate_series(1, 100000) g)",
    R"(insert into campaign_contacts (contact_id, campaign_id, client_id, revision, current_step,
         enrolled_at, goal, notes)
       select ct.id, c.id, c.client_id, c.current_revision, 2,
         now() - (cast(substr(ct.id, 2) as int) % 5000) * interval '1 minute',
         (array['awareness','pipeline','credibility','marketing_relief'])[1 + length(ct.id) % 4],
         case when length(ct.id) % 2 = 0 then 'Met at the Leipzig fair' end
       from contacts ct join campaigns c
         on c.slug = case when ct.client_id = 'globex' then 'bench_renewal' else 'bench_outreach' end)",
    R"(insert into staged_drafts (client_id, contact_id, campaign_id, enrollment_id, step_number,
         channel, subject, body, created_at)
       select cc.client_id, cc.contact_id, cc.campaign_id, cc.id, 1,
         case when cc.client_id = 'globex' then 'linkedin' else 'email' end,
         'Membership for ' || ct.company, 'Dear ' || ct.first_name || E',\n\nWe would like to '
         'introduce the membership.', cc.enrolled_at
       from campaign_contacts cc join contacts ct on ct.id = cc.contact_id)",
    R"(insert into outbound_queue (enrollment_id, client_id, contact_id, campaign_id,
         step_number, visit, channel, staged_draft_id, scheduled_at, status)
       select d.enrollment_id, d.client_id, d.contact_id, d.campaign_id, 1, 1, d.channel, d.id,
         d.created_at, 'drafted' from staged_drafts d)",
    "analyze"};

bool waitLoaded(InboxModel *model, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (model->isLoading() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return !model->isLoading();
}

} // namespace

class BenchInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotsWithDemoDataAndEmpty();
    void hundredThousandDrafts();

private:
    ConnectionSettings settings(const QString &db) const
    {
        return Test::TestCluster::instance().settings(db);
    }
};

// The demo flows, imported, a dozen B2BEA contacts and policyholders enrolled and fired.
void BenchInbox::screenshotsWithDemoDataAndEmpty()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"inbox_demo"_s, true, &error), qPrintable(error));
    {
        InboxWidget inbox(settings(u"inbox_demo"_s));
        inbox.resize(1280, 800);
        inbox.show();
        QTRY_VERIFY(!inbox.model()->isLoading());
        QTest::qWait(300);
        QVERIFY(inbox.grab().save(shotPath(u"inbox-empty.png"_s)));
    }
    QSqlDatabase db = cluster.open(u"inbox_demo"_s, u"demo"_s, &error);
    DbError dbError;
    QVERIFY(DemoFlows::installIfFirstRun(db, &dbError));
    const QByteArray csv
        = "id,client_id,first_name,last_name,company,title,email,phone,time_zone\n"
          "hr-1001,b2bea,Marta,Kowalski,Baltic Freight Forwarders,Managing Director,"
          "m.kowalski@balticfreight.pl,+48 58 555 0101,Europe/Warsaw\n"
          "hr-1002,b2bea,Jonas,Richter,Richter Logistik GmbH,Head of Partnerships,"
          "jonas.richter@richter-logistik.de,+49 40 555 0102,Europe/Berlin\n"
          "hr-1003,b2bea,Amelie,Laurent,Laurent & Fils,CEO,amelie@laurent-fils.fr,,Europe/Paris\n"
          "hr-1004,b2bea,Tomasz,Nowak,Nowak Cargo,Operations Lead,t.nowak@nowakcargo.pl,,"
          "Europe/Warsaw\n"
          "hr-1005,b2bea,Sofia,Rossi,Rossi Trasporti,Commercial Director,"
          "sofia.rossi@rossitrasporti.it,+39 02 555 0105,Europe/Rome\n"
          "hr-1006,b2bea,Lars,Nielsen,Nordic Haulage,Founder,lars@nordichaulage.dk,,"
          "Europe/Copenhagen\n"
          "hr-1007,b2bea,Eva,Horvath,Danube Shipping,VP Sales,eva.horvath@danubeship.hu,,"
          "Europe/Budapest\n"
          "hr-1008,b2bea,Pieter,de Vries,Zeeland Terminals,Managing Partner,"
          "p.devries@zeelandterminals.nl,,Europe/Amsterdam\n";
    const auto imported = ContactStore(db).importCsv(csv, &dbError);
    QVERIFY2(imported && imported->problems.isEmpty(), qPrintable(dbError.message));
    Engine engine(db);
    const QDateTime monday = QDateTime::fromString(u"2026-11-30T09:30:00Z"_s, Qt::ISODate);
    const QStringList first{u"hr-1001"_s, u"hr-1002"_s, u"hr-1003"_s, u"hr-1004"_s};
    const QStringList second{u"hr-1005"_s, u"hr-1006"_s, u"hr-1007"_s, u"hr-1008"_s};
    QVERIFY(engine.enroll({u"b2bea_world"_s, first, u"awareness"_s, {}, monday}, &dbError));
    QVERIFY(engine.enroll({u"b2bea_membership"_s,
                           second,
                           u"pipeline"_s,
                           u"Exec: met at the Hamburg summit, warm intro via Jonas"_s,
                           monday.addSecs(600)},
                          &dbError));
    QVERIFY(engine.enroll({u"b2bea_membership_close"_s,
                           {u"hr-1002"_s, u"hr-1005"_s},
                           u"pipeline"_s,
                           u"Booked a call; send the tier comparison"_s,
                           monday.addSecs(1200)},
                          &dbError));
    QVERIFY2(engine.tick(monday.addSecs(1800), 1000, &dbError), qPrintable(dbError.message));
    QVERIFY(engine.recordOutcome(
        {u"hr-1005"_s, u"b2bea_membership"_s, 1, u"sent"_s, {}, monday.addSecs(2000)}, &dbError));
    db = QSqlDatabase();
    Database::close(u"demo"_s);

    InboxWidget inbox(settings(u"inbox_demo"_s));
    inbox.resize(1280, 800);
    inbox.show();
    QTRY_VERIFY(inbox.model()->rowCount() > 0);
    QTRY_VERIFY(!inbox.preview()->bodyEdit()->toPlainText().isEmpty());
    inbox.table()->selectRow(1);
    QTRY_COMPARE(inbox.preview()->draftId(), inbox.model()->row(1)->id);
    QTest::qWait(300);
    QVERIFY(inbox.grab().save(shotPath(u"inbox-demo.png"_s)));
    std::printf("demo inbox: %d drafts; screenshots %s, %s\n",
                inbox.model()->rowCount(),
                qPrintable(shotPath(u"inbox-demo.png"_s)),
                qPrintable(shotPath(u"inbox-empty.png"_s)));
}

void BenchInbox::hundredThousandDrafts()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"inbox_bench"_s, true, &error), qPrintable(error));
    QSqlDatabase db = cluster.open(u"inbox_bench"_s, u"seed"_s, &error);
    DbError dbError;
    const FlowReadResult flow = FlowCodec::read(benchFlow);
    QVERIFY(flow.ok());
    QVERIFY(FlowStore(db).importFlow(flow.flow, u"bench"_s, &dbError));
    QElapsedTimer seedClock;
    seedClock.start();
    for (const char *sql : seedSql)
        QVERIFY(Test::exec(db, QString::fromUtf8(sql)));
    QCOMPARE(Test::scalar(db, u"select count(*) from staged_drafts"_s).toInt(), draftCount);
    std::printf("seeded %d pending drafts in %.1f s; RSS before the inbox %lld kB\n",
                draftCount,
                seedClock.elapsed() / 1000.0,
                rssKb());

    // First paint: the window, its own thread and connection, the first page, painted.
    QElapsedTimer clock;
    clock.start();
    auto inbox = std::make_unique<InboxWidget>(settings(u"inbox_bench"_s));
    inbox->resize(1280, 800);
    inbox->show();
    while (inbox->model()->rowCount() == 0 && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    inbox->table()->viewport()->repaint();
    const qint64 firstPaint = clock.elapsed();
    QVERIFY(inbox->model()->rowCount() > 0);
    std::printf("first paint:            %5lld ms  (target < 300 ms; 1 page of %d)\n",
                firstPaint,
                InboxModel::pageSize);
    std::fflush(stdout);

    // Scrolling to the end of what is loaded pages in the next 200, again and again.
    QVector<qint64> pages;
    for (int i = 0; i < 25; ++i) {
        const int before = inbox->model()->rowCount();
        QElapsedTimer p;
        p.start();
        inbox->table()->verticalScrollBar()->setValue(
            inbox->table()->verticalScrollBar()->maximum());
        while (inbox->model()->rowCount() == before && p.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        inbox->table()->viewport()->repaint();
        pages.append(p.elapsed());
    }
    std::sort(pages.begin(), pages.end());
    const int loaded = inbox->model()->rowCount();

    // A filter change: the channel combo, to the first page painted.
    auto *channel = inbox->findChild<QComboBox *>(u"inboxChannel"_s);
    QTRY_VERIFY(channel->findData(u"linkedin"_s) >= 0);
    waitLoaded(inbox->model());
    QVector<qint64> filters;
    for (const QString &value : {u"linkedin"_s, u"email"_s, QString(), u"linkedin"_s}) {
        channel->setCurrentIndex(channel->findData(value));
        clock.restart();
        Q_EMIT channel->activated(channel->currentIndex());
        QVERIFY(waitLoaded(inbox->model()));
        inbox->table()->viewport()->repaint();
        filters.append(clock.elapsed());
    }
    std::sort(filters.begin(), filters.end());
    QCOMPARE(inbox->model()->row(0)->channel, u"linkedin"_s);

    // Bulk approve of 1,000 through the store, on its own connection.
    QStringList ids;
    QSqlQuery q(db);
    QVERIFY(q.exec(u"select id::text from staged_drafts where status = 'pending_review' "
                   "order by created_at, id limit 1000"_s));
    while (q.next())
        ids.append(q.value(0).toString());
    clock.restart();
    const auto decisions = DraftStore(db).approve(ids, &dbError);
    const qint64 bulk = clock.elapsed();
    QVERIFY2(decisions, qPrintable(dbError.message));
    QCOMPARE(Test::scalar(db, u"select count(*) from outbound_queue where status = 'approved'"_s)
                 .toInt(),
             1000);

    // And through the window: select 1,000 loaded rows, press approve, wait for the answer.
    channel->setCurrentIndex(channel->findData(QString()));
    Q_EMIT channel->activated(channel->currentIndex());
    QVERIFY(waitLoaded(inbox->model()));
    QElapsedTimer fetching;
    fetching.start();
    while (inbox->model()->rowCount() < 1000 && fetching.elapsed() < 20000) {
        if (inbox->model()->canFetchMore({}))
            inbox->model()->fetchMore({});
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QVERIFY(inbox->model()->rowCount() >= 1000);
    inbox->table()->selectionModel()->select(
        QItemSelection(inbox->model()->index(0, 0),
                       inbox->model()->index(999, InboxModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    bool decided = false;
    connect(inbox.get(), &InboxWidget::decided, this, [&decided] { decided = true; });
    clock.restart();
    inbox->approve();
    while (!decided && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    const qint64 bulkUi = clock.elapsed();
    QVERIFY(decided);
    QCOMPARE(Test::scalar(db, u"select count(*) from outbound_queue where status = 'approved'"_s)
                 .toInt(),
             2000);
    waitLoaded(inbox->model());
    QTest::qWait(500);
    const qint64 rss = rssKb();
    inbox->table()->scrollToTop();
    inbox->table()->selectRow(2);
    QTest::qWait(300);
    QVERIFY(inbox->grab().save(shotPath(u"inbox-100k.png"_s)));

    std::printf("next page on scroll:    median %lld ms, max %lld ms over %lld pages (%d rows "
                "loaded)\n",
                pages.at(pages.size() / 2),
                pages.constLast(),
                qint64(pages.size()),
                loaded);
    std::printf("filter change:          median %lld ms, max %lld ms  (target < 100 ms)\n",
                filters.at(filters.size() / 2),
                filters.constLast());
    std::printf("bulk approve 1,000:     %5lld ms in the store, %lld ms from the button to the "
                "refreshed table  (target < 1 s)\n",
                bulk,
                bulkUi);
    std::printf(
        "resident memory:        %lld kB (%.1f MB)  (target < 300 MB)\n", rss, rss / 1024.0);
    std::printf("screenshot: %s\n", qPrintable(shotPath(u"inbox-100k.png"_s)));
    inbox.reset();
    db = QSqlDatabase();
    Database::close(u"seed"_s);
}

TOUCHLINE_GUI_TEST_MAIN(BenchInbox)

#include "bench_inbox.moc"
