// Benchmark: a 10,000-row contacts file imported (validated and upserted) in under 2 s.
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

TOUCHLINE_TEST_MAIN(BenchContacts)
#include "bench_contacts.moc"
