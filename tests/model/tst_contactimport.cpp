// Contacts import on a real database: each kind of bad row is named by its line and skipped while
// the good rows are upserted; quoted fields, UTF-8, a BOM and a chosen encoding work.
#include "contactstore.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestContactImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void missingId();
    void malformedEmail();
    void phoneNormalisedToE164();
    void phoneNotE164();
    void unknownTimeZone();
    void duplicateIdFirstWins();
    void clientNotTheImportsClient();
    void anIdOfAnotherClientIsNotMoved();
    void emptyClientTakesTheImportsClient();
    void quotedCommasUtf8AndBom();
    void invalidUtf8RefusedNamingTheLine();
    void windows1252Converted();
    void unknownEncodingRefused();
    void upsertByIdCountsUpdates();
    void mappingRenamesColumns();
    void normalisePhone_data();
    void normalisePhone();

private:
    ContactStore::ImportReport import(const QByteArray &csv,
                                      const ContactStore::ImportOptions &options = {});
    QVariant scalar(const QString &sql);
    static QString problems(const ContactStore::ImportReport &r);

    QSqlDatabase m_db;
};

void TestContactImport::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"contactimport"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"contactimport"_s, u"contactimport"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
}

void TestContactImport::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"contactimport"_s);
}

ContactStore::ImportReport TestContactImport::import(const QByteArray &csv,
                                                     const ContactStore::ImportOptions &options)
{
    ContactStore store(m_db);
    DbError error;
    const auto r = store.importCsv(csv, options, &error);
    if (!r)
        qWarning("import: %s", qPrintable(error.message));
    return r.value_or(ContactStore::ImportReport{});
}

QVariant TestContactImport::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

QString TestContactImport::problems(const ContactStore::ImportReport &r)
{
    QStringList out;
    for (const auto &p : r.problems)
        out.append(p.toString());
    return out.join(u'\n');
}

#define COMPARE_REPORT(report, expectCreated, expectRefused) \
    do { \
        const auto &r_ = (report); \
        QVERIFY2(r_.created == (expectCreated) && r_.refused == (expectRefused), \
                 qPrintable(u"created %1 refused %2\n"_s.arg(r_.created).arg(r_.refused) \
                            + problems(r_))); \
    } while (false)

void TestContactImport::missingId()
{
    const auto r = import("id,client_id,first_name\na,acme,Ann\n,acme,Bob\nc,acme,Cy\n");
    COMPARE_REPORT(r, 2, 1);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).line, 3);
    QVERIFY(r.problems.at(0).message.contains(u"id is empty"_s));
    QCOMPARE(scalar(u"select string_agg(id, ',' order by id) from contacts"_s).toString(),
             u"a,c"_s);
}

void TestContactImport::malformedEmail()
{
    const auto r = import("id,client_id,email\np1,acme,p1@example.com\np2,acme,p3-at-example\n"
                          "p3,acme,a@b\np4,acme,x..y@example.com\n");
    COMPARE_REPORT(r, 1, 3);
    QCOMPARE(r.problems.at(0).line, 3);
    QVERIFY(r.problems.at(0).message.contains(u"malformed email \"p3-at-example\""_s));
    QCOMPARE(r.problems.at(1).line, 4);
    QCOMPARE(r.problems.at(2).line, 5);
    QCOMPARE(scalar(u"select count(*) from contacts where id <> 'p1'"_s).toInt(), 0);
}

void TestContactImport::phoneNormalisedToE164()
{
    const auto r
        = import("id,client_id,phone\na,acme,0049 (30) 123-4567\nb,acme,+1.415.555.0100\n");
    COMPARE_REPORT(r, 2, 0);
    QCOMPARE(scalar(u"select phone from contacts where id = 'a'"_s).toString(), u"+49301234567"_s);
    QCOMPARE(scalar(u"select phone from contacts where id = 'b'"_s).toString(), u"+14155550100"_s);
}

void TestContactImport::phoneNotE164()
{
    const auto r = import("id,client_id,phone\na,acme,030 1234567\nb,acme,+44 20 7946 0958\n");
    COMPARE_REPORT(r, 1, 1);
    QCOMPARE(r.problems.at(0).line, 2);
    QVERIFY(r.problems.at(0).message.contains(u"phone \"030 1234567\""_s));
}

void TestContactImport::unknownTimeZone()
{
    const auto r = import(
        "id,client_id,time_zone\na,acme,Europe/Berlin\nb,acme,Mars/Olympus\nc,acme,europe/paris\n");
    COMPARE_REPORT(r, 1, 2);
    QCOMPARE(r.problems.at(0).line, 3);
    QVERIFY(r.problems.at(0).message.contains(u"unknown time zone \"Mars/Olympus\""_s));
    QCOMPARE(r.problems.at(1).line, 4);
}

void TestContactImport::duplicateIdFirstWins()
{
    const auto r = import("id,client_id,first_name\na,acme,First\nb,acme,Bee\na,acme,Second\n");
    COMPARE_REPORT(r, 2, 1);
    QCOMPARE(r.problems.at(0).line, 4);
    QVERIFY(r.problems.at(0).message.contains(u"id a already appears on line 2"_s));
    QCOMPARE(scalar(u"select first_name from contacts where id = 'a'"_s).toString(), u"First"_s);
}

void TestContactImport::clientNotTheImportsClient()
{
    ContactStore::ImportOptions options;
    options.client = u"acme"_s;
    const auto r = import("id,client_id\na,acme\nb,globex\n", options);
    COMPARE_REPORT(r, 1, 1);
    QCOMPARE(r.problems.at(0).line, 3);
    QVERIFY(r.problems.at(0).message.contains(u"\"globex\""_s));
    QCOMPARE(scalar(u"select count(*) from contacts where client_id = 'globex'"_s).toInt(), 0);
}

void TestContactImport::anIdOfAnotherClientIsNotMoved()
{
    // The same CRM id under another client: refused on its line, the contact stays where it is.
    COMPARE_REPORT(import("id,client_id,first_name\na,globex,Gus\n"), 1, 0);
    const auto r = import("id,client_id,first_name\nb,acme,Bee\na,acme,Ann\n");
    COMPARE_REPORT(r, 1, 1);
    QCOMPARE(r.problems.at(0).line, 3);
    QVERIFY2(r.problems.at(0).message.contains(u"belongs to another client"_s),
             qPrintable(r.problems.at(0).message));
    QCOMPARE(
        scalar(u"select client_id || ' ' || first_name from contacts where id = 'a'"_s).toString(),
        u"globex Gus"_s);
}

void TestContactImport::emptyClientTakesTheImportsClient()
{
    ContactStore::ImportOptions options;
    options.client = u"acme"_s;
    const auto r = import("id,first_name\na,Ann\n", options);
    COMPARE_REPORT(r, 1, 0);
    QCOMPARE(scalar(u"select client_id from contacts where id = 'a'"_s).toString(), u"acme"_s);
    // Without the import's client, an empty client_id is a bad row.
    const auto without = import("id,client_id\nb,\n");
    COMPARE_REPORT(without, 0, 1);
}

void TestContactImport::quotedCommasUtf8AndBom()
{
    const auto r = import("\xEF\xBB\xBFid,client_id,first_name,company\n"
                          "a,acme,Zo\xC3\xAB,\"Smith, Jones & Co\"\n"
                          "b,acme,\xE5\xB1\xB1\xE7\x94\xB0,\"The \"\"Chief\"\"\"\n");
    COMPARE_REPORT(r, 2, 0);
    QCOMPARE(
        scalar(u"select first_name || '|' || company from contacts where id = 'a'"_s).toString(),
        u"Zoë|Smith, Jones & Co"_s);
    QCOMPARE(
        scalar(u"select first_name || '|' || company from contacts where id = 'b'"_s).toString(),
        u"山田|The \"Chief\""_s);
}

void TestContactImport::invalidUtf8RefusedNamingTheLine()
{
    const auto r = import("id,client_id,first_name\na,acme,Ann\nb,acme,\xff\xfe"
                          "Bad\n");
    QVERIFY(r.fileRefused);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).line, 3);
    QVERIFY(r.problems.at(0).message.contains(u"not valid UTF-8"_s));
    QCOMPARE(scalar(u"select count(*) from contacts"_s).toInt(), 0);
}

void TestContactImport::windows1252Converted()
{
    ContactStore::ImportOptions options;
    options.encoding = u"windows-1252"_s;
    const auto r
        = import("id,client_id,first_name,company\na,acme,Ren\xe9,\x93Quoted\x94 Ltd\n", options);
    COMPARE_REPORT(r, 1, 0);
    QCOMPARE(scalar(u"select first_name || '|' || company from contacts"_s).toString(),
             u"René|“Quoted” Ltd"_s);
}

void TestContactImport::unknownEncodingRefused()
{
    ContactStore::ImportOptions options;
    options.encoding = u"klingon-1"_s;
    const auto r = import("id,client_id\na,acme\n", options);
    QVERIFY(r.fileRefused);
    QVERIFY(r.problems.at(0).message.contains(u"klingon-1"_s));
    QCOMPARE(scalar(u"select count(*) from contacts"_s).toInt(), 0);
}

void TestContactImport::upsertByIdCountsUpdates()
{
    COMPARE_REPORT(import("id,client_id,company\na,acme,Old\nb,acme,B\n"), 2, 0);
    const auto r = import("id,client_id,company\na,acme,New\nc,acme,C\n");
    QCOMPARE(r.created, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(scalar(u"select company from contacts where id = 'a'"_s).toString(), u"New"_s);
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'contacts_import'"_s).toInt(),
             2);
}

void TestContactImport::mappingRenamesColumns()
{
    ContactStore::ImportOptions options;
    options.mapping = {{u"record id"_s, u"id"_s}, {u"e-mail"_s, u"email"_s}};
    const auto r = import("Record ID,client_id,E-Mail\nrec_1,acme,a@example.com\n", options);
    COMPARE_REPORT(r, 1, 0);
    QCOMPARE(scalar(u"select email from contacts where id = 'rec_1'"_s).toString(),
             u"a@example.com"_s);
}

void TestContactImport::normalisePhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("spaces") << u"+49 30 1234567"_s << u"+49301234567"_s;
    QTest::addRow("00 prefix") << u"0044-20-7946-0958"_s << u"+442079460958"_s;
    QTest::addRow("dots and parentheses") << u"+1 (415) 555.0100"_s << u"+14155550100"_s;
    QTest::addRow("national") << u"030 1234567"_s << QString();
    QTest::addRow("letters") << u"+49 30 CALL ME"_s << QString();
    QTest::addRow("too long") << u"+1234567890123456"_s << QString();
    QTest::addRow("leading zero country") << u"+0123456789"_s << QString();
}

void TestContactImport::normalisePhone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ContactStore::normalisePhone(input), expected);
}

TOUCHLINE_TEST_MAIN(TestContactImport)
#include "tst_contactimport.moc"
