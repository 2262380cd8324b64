// `touchline contacts import` through the real executable: one bad row of each kind is skipped and
// named, the rest imported, exit 1 with the counts in --json; --client and --encoding.
#include "clirun.h"
#include "database.h"
#include "testcluster.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Touchline::Test::Run;
using Touchline::Test::writeFile;

namespace {
const QString databaseName = u"cli_contacts"_s;

// What a new user tries first: a CRM export with one bad row of each kind.
const QByteArray mixed = "id,client_id,first_name,email,phone,time_zone\n"
                         "p1,acme,Ann,p1@example.com,+49 30 1234567,Europe/Berlin\n"
                         ",acme,NoId,x@example.com,,UTC\n"
                         "p3,acme,Pat,p3-at-example,,UTC\n"
                         "p4,acme,Phil,p4@example.com,030 1234567,UTC\n"
                         "p5,acme,Tim,p5@example.com,,Mars/Olympus\n"
                         "p1,acme,Again,again@example.com,,UTC\n"
                         "p7,globex,Other,p7@example.com,,UTC\n"
                         "p8,acme,\"Smith, Jr\",p8@example.com,0044 (20) 7946-0958,Europe/London\n";
} // namespace

class TestCliContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_work.isValid()); }
    void init();
    void cleanup();

    void oneBadRowOfEachKind();
    void allGoodExitsZero();
    void invalidUtf8RefusedThenConvertedWithEncoding();
    void unknownEncodingIsAnError();
    void exportPersonThenErase();
    void quietHoursCommand();

private:
    Run run(QStringList args) const;
    QString file(const QString &name, const QByteArray &bytes) const;
    QVariant scalar(const QString &sql);

    QTemporaryDir m_work;
    QSqlDatabase m_db;
};

void TestCliContacts::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"inspect"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
}

void TestCliContacts::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"inspect"_s);
}

Run TestCliContacts::run(QStringList args) const
{
    args << u"--db"_s << Test::TestCluster::instance().url(databaseName);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, m_work.filePath(u"no-embedded-home"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return Test::runProgram(QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), 120000);
}

QString TestCliContacts::file(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_work.filePath(name);
    if (!writeFile(path, bytes))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QVariant TestCliContacts::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

void TestCliContacts::oneBadRowOfEachKind()
{
    const QString csv = file(u"mixed.csv"_s, mixed);
    const Run r = run({u"contacts"_s, u"import"_s, csv, u"--client"_s, u"acme"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 2);
    QCOMPARE(o.value(u"updated"_s).toInt(), 0);
    QCOMPARE(o.value(u"refused"_s).toInt(), 6);
    const QJsonArray errors = o.value(u"errors"_s).toArray();
    const QList<QPair<int, QString>> expected{{3, u"id is empty"_s},
                                              {4, u"malformed email"_s},
                                              {5, u"phone \"030 1234567\""_s},
                                              {6, u"unknown time zone"_s},
                                              {7, u"id p1 already appears on line 2"_s},
                                              {8, u"this import is for client \"acme\""_s}};
    QCOMPARE(errors.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject e = errors.at(i).toObject();
        QCOMPARE(e.value(u"line"_s).toInt(), expected.at(i).first);
        QVERIFY2(e.value(u"reason"_s).toString().contains(expected.at(i).second),
                 qPrintable(e.value(u"reason"_s).toString()));
        QVERIFY(r.stdErr().contains(u"%1:%2: "_s.arg(csv).arg(expected.at(i).first)));
    }
    QCOMPARE(scalar(u"select string_agg(id || '=' || coalesce(phone, ''), ',' order by id) "
                    "from contacts"_s)
                 .toString(),
             u"p1=+49301234567,p8=+442079460958"_s);
    QCOMPARE(scalar(u"select first_name from contacts where id = 'p8'"_s).toString(),
             u"Smith, Jr"_s);
}

void TestCliContacts::allGoodExitsZero()
{
    const Run r = run({u"contacts"_s,
                       u"import"_s,
                       file(u"good.csv"_s, "id,client_id\na,acme\nb,acme\n"),
                       u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QCOMPARE(r.json().value(u"imported"_s).toInt(), 2);
    QCOMPARE(r.json().value(u"refused"_s).toInt(), 0);
}

void TestCliContacts::invalidUtf8RefusedThenConvertedWithEncoding()
{
    const QString csv
        = file(u"cp1252.csv"_s, "id,client_id,first_name\na,acme,Ann\nb,acme,Ren\xe9\n");
    const Run refused = run({u"contacts"_s, u"import"_s, csv});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.dump()));
    QVERIFY2(refused.stdErr().contains(csv + u":3: not valid UTF-8"_s), qPrintable(refused.dump()));
    QCOMPARE(scalar(u"select count(*) from contacts"_s).toInt(), 0);

    const Run converted
        = run({u"contacts"_s, u"import"_s, csv, u"--encoding"_s, u"windows-1252"_s});
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.dump()));
    QCOMPARE(scalar(u"select first_name from contacts where id = 'b'"_s).toString(), u"René"_s);
}

void TestCliContacts::unknownEncodingIsAnError()
{
    const Run r = run({u"contacts"_s,
                       u"import"_s,
                       file(u"x.csv"_s, "id,client_id\na,acme\n"),
                       u"--encoding"_s,
                       u"no-such-thing"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(u"unknown encoding \"no-such-thing\""_s), qPrintable(r.dump()));
}

void TestCliContacts::exportPersonThenErase()
{
    const QString csv = file(
        u"one.csv"_s, "id,client_id,first_name,email\nrec_9,acme,Zo\xC3\xAB,zoe@example.com\n");
    QVERIFY(run({u"contacts"_s, u"import"_s, csv}).exitCode == 0);
    const QString out = m_work.filePath(u"zoe.json"_s);
    const Run exported = run({u"contacts"_s, u"export-person"_s, u"rec_9"_s, u"-o"_s, out});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.dump()));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY2(!(QFileInfo(out).permissions() & others), "the export is open to other accounts");
    const QByteArray json = Test::contentsOf(out);
    QVERIFY2(json.contains("zoe@example.com") && json.contains("Zo\xC3\xAB"), json.constData());
    const Run erased = run({u"contacts"_s, u"erase"_s, u"rec_9"_s, u"--json"_s});
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.dump()));
    QVERIFY(erased.json().value(u"pseudonym"_s).toString().startsWith(u"erased_"_s));
    QCOMPARE(scalar(u"select count(*) from contacts where email = 'zoe@example.com'"_s).toInt(), 0);
    const Run again = run({u"contacts"_s, u"erase"_s, u"rec_9"_s});
    QVERIFY2(again.exitCode == 1 && again.stdErr().contains(u"no contact rec_9"_s),
             qPrintable(again.dump()));
    const Run missing = run({u"contacts"_s, u"export-person"_s, u"rec_9"_s});
    QVERIFY2(missing.exitCode == 1, qPrintable(missing.dump()));
}

void TestCliContacts::quietHoursCommand()
{
    const Run set = run({u"contacts"_s,
                         u"quiet-hours"_s,
                         u"acme"_s,
                         u"--from"_s,
                         u"08:00"_s,
                         u"--to"_s,
                         u"21:00"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.dump()));
    QCOMPARE(scalar(u"select string_agg(channel || ' ' || to_char(start_time, 'HH24:MI') || '-' "
                    "|| to_char(end_time, 'HH24:MI'), ',' order by channel) "
                    "from client_quiet_hours where client_id = 'acme'"_s)
                 .toString(),
             u"sms 08:00-21:00,voice 08:00-21:00"_s);
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'quiet_hours_set'"_s).toInt(),
             2);
    const Run backwards = run({u"contacts"_s,
                               u"quiet-hours"_s,
                               u"acme"_s,
                               u"--channel"_s,
                               u"voice"_s,
                               u"--from"_s,
                               u"21:00"_s,
                               u"--to"_s,
                               u"08:00"_s});
    QVERIFY2(backwards.exitCode == 1 && backwards.stdErr().contains(u"start before the end"_s),
             qPrintable(backwards.dump()));
    const Run missing = run({u"contacts"_s, u"quiet-hours"_s, u"acme"_s, u"--from"_s, u"8"_s});
    QVERIFY2(missing.exitCode == 2, qPrintable(missing.dump()));
}

TOUCHLINE_TEST_MAIN(TestCliContacts)
#include "tst_cli_contacts.moc"
