// Benchmark: a 10,000-row contacts file imported (validated and upserted) in under 2 s.
#include "contactdirectory.h"
#include "contactstore.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

class BenchContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import10000();
    void pagesAtAMillion();
};

void BenchContacts::import10000()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"benchcontacts"_s, true, &error), qPrintable(error));
    QSqlDatabase db = cluster.open(u"benchcontacts"_s, u"benchcontacts"_s, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));

    QByteArray csv = "id,client_id,first_name,last_name,email,phone,company,title,time_zone,"
                     "member_tier\n";
    const char *zones[] = {"Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"};
    for (int i = 0; i < 10000; ++i)
        csv += u"crm_%1,acme,Ann%1,\"Smith, %1\",ann%1@example.com,+49 30 %2,Company %3,"
               "Director,%4,gold\n"_s.arg(i)
                   .arg(1000000 + i)
                   .arg(i % 300)
                   .arg(QString::fromLatin1(zones[i % 4]))
                   .toUtf8();
    ContactStore store(db);
    for (const char *round : {"insert", "update"}) {
        QElapsedTimer timer;
        timer.start();
        DbError dbError;
        const auto report = store.importCsv(csv, &dbError);
        const qint64 ms = timer.elapsed();
        QVERIFY2(report, qPrintable(dbError.message));
        QCOMPARE(report->created + report->updated, 10000);
        QCOMPARE(report->refused, 0);
        qInfo("%s of 10,000 contacts: %lld ms", round, ms);
        QVERIFY2(ms < 2000, qPrintable(u"%1 ms"_s.arg(ms)));
    }
    db = QSqlDatabase();
    Database::close(u"benchcontacts"_s);
}

// The contacts view's queries at 1,000,000 contacts: a page must come back in well under 100 ms.
void BenchContacts::pagesAtAMillion()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"benchmillion"_s, true, &error), qPrintable(error));
    QSqlDatabase db = cluster.open(u"benchmillion"_s, u"benchmillion"_s, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"set statement_timeout = 0"_s));
    QVERIFY2(q.exec(u"insert into contacts (id, client_id, first_name, last_name, email, company) "
                    "select 'crm_' || i, 'client' || (i % 7), 'First' || (i % 997), "
                    "'Last' || md5(i::text), 'p' || i || '@example.com', 'Company ' || (i % 5003) "
                    "from generate_series(1, 1000000) i"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"analyze contacts"_s));
    auto owned = std::make_unique<ContactDirectory>(db);
    ContactDirectory &directory = *owned;
    const auto timed = [&](const char *what, const ContactDirectory::PageRequest &r) {
        QElapsedTimer timer;
        timer.start();
        DbError e;
        const auto rows = directory.page(r, &e);
        const qint64 ms = timer.elapsed();
        qInfo("%s: %lld rows in %lld ms", what, rows ? qint64(rows->size()) : -1, ms);
        return std::make_pair(rows, ms);
    };
    ContactDirectory::PageRequest first;
    const auto [page1, ms1] = timed("first page by name", first);
    QVERIFY(page1 && page1->size() == 200);
    QVERIFY(ms1 < 100);
    ContactDirectory::PageRequest deep;
    deep.afterKey = u"last8"_s;
    deep.afterId = u"crm_0"_s;
    const auto [page2, ms2] = timed("a page in the middle by name (keyset)", deep);
    QVERIFY(page2 && page2->size() == 200);
    QVERIFY(ms2 < 100);
    ContactDirectory::PageRequest company;
    company.sort = ContactDirectory::SortKey::Company;
    company.descending = true;
    const auto [page3, ms3] = timed("first page by company, descending", company);
    QVERIFY(page3 && page3->size() == 200);
    QVERIFY(ms3 < 100);
    ContactDirectory::PageRequest client;
    client.client = u"client3"_s;
    const auto [page4, ms4] = timed("first page of one client", client);
    QVERIFY(page4 && page4->size() == 200);
    QVERIFY(ms4 < 200);
    ContactDirectory::PageRequest search;
    search.search = u"company 42"_s;
    const auto [page5, ms5] = timed("a common search", search);
    QVERIFY(page5 && !page5->isEmpty());
    ContactDirectory::PageRequest exact;
    exact.search = u"crm_777777"_s;
    const auto [page6, ms6] = timed("a rare search (one match, scans)", exact);
    QVERIFY(page6 && page6->size() == 1);
    Q_UNUSED(ms5);
    Q_UNUSED(ms6);
    owned.reset();
    q = QSqlQuery();
    db = QSqlDatabase();
    Database::close(u"benchmillion"_s);
}

TOUCHLINE_TEST_MAIN(BenchContacts)
#include "bench_contacts.moc"
