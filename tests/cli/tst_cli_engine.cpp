// The engine's commands through the real touchline executable: contacts import, enroll, tick and
// outcome, their exit codes and messages, the rows they leave, and the seed's routing table end
// to end using nothing but the command line.
#include "clirun.h"
#include "database.h"
#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Touchline::Test::contentsOf;
using Touchline::Test::demoFlowsFile;
using Touchline::Test::fixture;
using Touchline::Test::Run;
using Touchline::Test::stringsOf;
using Touchline::Test::writeFile;

namespace {

constexpr int processTimeoutMs = 120000;
const QString databaseName = u"cli_engine"_s;

// A Monday, 10:00 UTC: inside every demo send window.
const QDateTime monday = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

class TestCliEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void contactsImport();
    void contactsImportQuotedField();
    void contactsImportByteOrderMark();
    void contactsImportRejects_data();
    void contactsImportRejects();
    void contactsImportBadRowsKeepExistingContacts();

    void enroll();
    void enrollFromFile();
    void enrollLargeFileInChunks_data();
    void enrollLargeFileInChunks();
    void enrollRejects_data();
    void enrollRejects();
    void enrollSecondActiveRefused();

    void tickCounts();

    void outcome_data();
    void outcome();
    void outcomeRetryOnVoiceStep();
    void outcomeRejects_data();
    void outcomeRejects();

    void seedRoutingTable();
    void outcomeByItemWithEventId();
    void handoffApproveOnce();
    void handoffDecline();
    void tickSetsAsideAFailingRow();

private:
    Run run(QStringList args) const;
    Run importContacts(const QString &file) const
    {
        return run({u"contacts"_s, u"import"_s, file, u"--json"_s});
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    int count(const QString &sql, const QVariantList &values = {})
    {
        return scalar(sql, values).toInt();
    }
    QString statuses(const QString &contact, const QString &campaign);
    QString workFile(const QString &name) const { return m_work.filePath(name); }

    QTemporaryDir m_work;
    QSqlDatabase m_db;
};

void TestCliEngine::initTestCase()
{
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
}

// Every test starts from a fresh database holding the engine test flow and the demo flows,
// both imported by the program itself.
void TestCliEngine::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"inspect"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    COMPARE_EXIT(run({u"import"_s, fixture(u"engine-cli-flow.json"_s)}), 0);
    COMPARE_EXIT(run({u"import"_s, demoFlowsFile()}), 0);
    QCOMPARE(count(u"select count(*) from campaigns"_s), 9);
}

void TestCliEngine::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"inspect"_s);
}

Run TestCliEngine::run(QStringList args) const
{
    args << u"--db"_s << Test::TestCluster::instance().url(databaseName);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    // A run that ignored --db would try the embedded cluster in a home it cannot use: it fails
    // loudly instead of starting a server somewhere.
    env.insert(u"TOUCHLINE_HOME"_s, workFile(u"no-embedded-home"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return Test::runProgram(
        QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), processTimeoutMs);
}

QVariant TestCliEngine::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

// The statuses of a contact's enrollments in a campaign, oldest first ("" when none).
QString TestCliEngine::statuses(const QString &contact, const QString &campaign)
{
    return scalar(u"select coalesce(string_agg(cc.status, ',' order by cc.enrolled_at, cc.id), '') "
                  "from campaign_contacts cc join campaigns c on c.id = cc.campaign_id "
                  "where cc.contact_id = ? and c.slug = ?"_s,
                  {contact, campaign})
        .toString();
}

// --- contacts import ----------------------------------------------------------------------------

void TestCliEngine::contactsImport()
{
    const QString file = fixture(u"engine-contacts.csv"_s);
    const Run first = importContacts(file);
    COMPARE_EXIT(first, 0);
    QVERIFY2(first.err.isEmpty(), qPrintable(first.dump()));
    const QJsonObject o = first.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 4);
    QCOMPARE(o.value(u"updated"_s).toInt(), 0);
    QCOMPARE(o.value(u"refused"_s).toInt(), 0);
    QCOMPARE(o.value(u"errors"_s).toArray().size(), 0);

    QCOMPARE(count(u"select count(*) from contacts"_s), 4);
    QCOMPARE(scalar(u"select concat_ws('|', client_id, first_name, last_name, email, company, "
                    "time_zone, do_not_contact::text, attributes ->> 'member_tier') "
                    "from contacts where id = 'ada'"_s)
                 .toString(),
             u"acme|Ada|Lovelace|ada@example.com|Analytical Engines|Europe/London|false|gold"_s);
    QCOMPARE(scalar(u"select company from contacts where id = 'grace'"_s).toString(),
             u"Navy, US"_s);
    // An empty time zone is UTC; an empty attribute is not stored.
    QCOMPARE(scalar(u"select time_zone || '|' || attributes::text from contacts where id = 'lin'"_s)
                 .toString(),
             u"UTC|{}"_s);
    QCOMPARE(scalar(u"select do_not_contact from contacts where id = 'dnc'"_s).toBool(), true);
    QCOMPARE(scalar(u"select do_not_contact from contacts where id = 'grace'"_s).toBool(), false);

    // Upsert by id: the same file again updates, creates nothing.
    const Run again = run({u"contacts"_s, u"import"_s, file});
    COMPARE_EXIT(again, 0);
    QCOMPARE(again.stdOut().trimmed(), u"imported %1: 0 created, 4 updated, 0 refused"_s.arg(file));
    QCOMPARE(count(u"select count(*) from contacts"_s), 4);
}

void TestCliEngine::contactsImportQuotedField()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts-quoted.csv"_s)), 0);
    QCOMPARE(scalar(u"select company from contacts where id = 'q1'"_s).toString(),
             u"Smith, Jones & Co"_s);
    QCOMPARE(scalar(u"select title from contacts where id = 'q1'"_s).toString(),
             u"The \"Chief\" Officer"_s);
}

void TestCliEngine::contactsImportByteOrderMark()
{
    const QString file = workFile(u"bom.csv"_s);
    QVERIFY(writeFile(file, "\xEF\xBB\xBF" + contentsOf(fixture(u"engine-contacts.csv"_s))));
    const Run r = importContacts(file);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"imported"_s).toInt(), 4);
    QCOMPARE(count(u"select count(*) from contacts where id in ('ada', 'grace', 'lin', 'dnc')"_s),
             4);
    // The mark did not end up in the first column's name, nor as an attribute.
    QCOMPARE(count(u"select count(*) from contacts where attributes::text like '%id%'"_s), 0);
}

void TestCliEngine::contactsImportRejects_data()
{
    QTest::addColumn<QString>("file");
    // "LINE:fragment", in the order the problems are reported.
    QTest::addColumn<QStringList>("problems");
    // Rows written despite the bad ones (-1: the whole file is refused).
    QTest::addColumn<int>("imported");

    QTest::addRow("several bad rows, a quoted line break before them")
        << fixture(u"engine-contacts-bad.csv"_s)
        << QStringList{u"3:3 fields, the header has 6"_s,
                       u"4:unknown time zone \"Mars/Olympus\""_s,
                       u"7:do_not_contact is \"maybe\", expected true or false"_s,
                       u"8:id is empty"_s,
                       u"9:id good1 already appears on line 2"_s,
                       u"10:client_id is empty"_s}
        << 3;

    const auto add =
        [this](const char *tag, const QByteArray &csv, const QStringList &problems, int imported) {
            const QString file
                = workFile(u"reject-%1.csv"_s.arg(QString::fromLatin1(tag).replace(u' ', u'-')));
            if (!writeFile(file, csv))
                qWarning("cannot write %s", qPrintable(file));
            QTest::addRow("%s", tag) << file << problems << imported;
        };
    add("unknown time zone",
        "id,client_id,time_zone\na,acme,Europe/Berlin\nb,acme,Europe/Atlantis\n",
        {u"3:unknown time zone \"Europe/Atlantis\""_s},
        1);
    add("time zone names are case-sensitive",
        "id,client_id,time_zone\na,acme,europe/berlin\n",
        {u"2:unknown time zone \"europe/berlin\""_s},
        0);
    add("a record whose first field spans two lines",
        "notes,id,client_id,time_zone\n\"first\nsecond\",x1,acme,Nowhere/City\n",
        {u"2:unknown time zone \"Nowhere/City\""_s},
        0);
    add("after a blank line",
        "id,client_id,time_zone\n\na,acme,Bad/Zone\n",
        {u"3:unknown time zone \"Bad/Zone\""_s},
        0);
    add("CRLF line ends",
        "id,client_id,time_zone\r\na,acme,UTC\r\nb,acme,Bad/Zone\r\n",
        {u"3:unknown time zone \"Bad/Zone\" ("_s},
        1);
    add("malformed email",
        "id,client_id,email\np1,acme,p1@example.com\np3,acme,p3-at-example\n",
        {u"3:malformed email \"p3-at-example\""_s},
        1);
    add("unterminated quoted field",
        "id,client_id,company\na,acme,ok\nb,acme,\"never closed\nc,acme,x\n",
        {u"3:malformed CSV"_s},
        -1);
    add("no client_id column",
        "id,first_name\na,Ann\n",
        {u"1:the header needs the columns id and client_id"_s},
        -1);
    add("empty file", "", {u"1:the file is empty"_s}, -1);
    add("not UTF-8",
        "id,client_id,first_name\na,acme,Ann\nb,acme,\xff\xfe"
        "Bad\n",
        {u"3:not valid UTF-8"_s},
        -1);
}

void TestCliEngine::contactsImportRejects()
{
    QFETCH(QString, file);
    QFETCH(QStringList, problems);
    QFETCH(int, imported);

    const Run plain = run({u"contacts"_s, u"import"_s, file});
    COMPARE_EXIT(plain, 1);
    const QStringList lines = plain.errLines();
    QCOMPARE(lines.size(), problems.size() + (imported < 0 ? 1 : 0));
    // ContactStore takes the line where a record's first field ends for the line it starts on.
    for (int i = 0; i < problems.size(); ++i) {
        const QString line = problems.at(i).section(u':', 0, 0);
        const QString fragment = problems.at(i).section(u':', 1);
        QVERIFY2(lines.at(i).startsWith(file + u':' + line + u": "_s),
                 qPrintable(u"expected line %1 for \"%2\"\n"_s.arg(line, fragment) + plain.dump()));
        QVERIFY2(lines.at(i).contains(fragment), qPrintable(plain.dump()));
    }
    if (imported < 0) {
        QVERIFY2(plain.out.isEmpty(), qPrintable(plain.dump()));
        QVERIFY2(lines.constLast().endsWith(u"nothing was imported"_s), qPrintable(plain.dump()));
    } else {
        QVERIFY2(plain.stdOut().contains(u"%1 created"_s.arg(imported)), qPrintable(plain.dump()));
    }
    // The good rows only, never the bad ones.
    QCOMPARE(count(u"select count(*) from contacts"_s), std::max(imported, 0));
    QCOMPARE(count(u"select count(*) from contacts where first_name like '%Bad%' "
                   "or id in ('short', 'tz', 'maybe', 'noclient', 'b', 'p3')"_s),
             0);

    QVERIFY(QSqlQuery(m_db).exec(u"delete from contacts"_s));
    const Run json = importContacts(file);
    COMPARE_EXIT(json, 1);
    const QJsonObject o = json.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), std::max(imported, 0));
    QCOMPARE(o.value(u"updated"_s).toInt(), 0);
    QCOMPARE(o.value(u"file_refused"_s).toBool(), imported < 0);
    const QJsonArray reported = o.value(u"errors"_s).toArray();
    QCOMPARE(reported.size(), problems.size());
    if (imported >= 0)
        QCOMPARE(o.value(u"refused"_s).toInt(), problems.size());
    for (int i = 0; i < problems.size(); ++i) {
        const QJsonObject p = reported.at(i).toObject();
        QCOMPARE(p.value(u"line"_s).toInt(), problems.at(i).section(u':', 0, 0).toInt());
        QVERIFY(p.value(u"reason"_s).toString().contains(problems.at(i).section(u':', 1)));
    }
    QCOMPARE(count(u"select count(*) from contacts"_s), std::max(imported, 0));
}

void TestCliEngine::contactsImportBadRowsKeepExistingContacts()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    // A good update of ada next to a bad row: the update is applied, the bad row is not.
    const QString file = workFile(u"update-with-bad-row.csv"_s);
    QVERIFY(writeFile(file,
                      "id,client_id,company,time_zone\n"
                      "ada,acme,Changed Ltd,UTC\n"
                      "newbie,acme,New Co,Not/AZone\n"));
    const Run r = run({u"contacts"_s, u"import"_s, file});
    COMPARE_EXIT(r, 1);
    QVERIFY2(r.stdErr().contains(file + u":3: "_s), qPrintable(r.dump()));
    QCOMPARE(scalar(u"select company from contacts where id = 'ada'"_s).toString(),
             u"Changed Ltd"_s);
    QCOMPARE(count(u"select count(*) from contacts where id = 'newbie'"_s), 0);
}

// --- enroll -------------------------------------------------------------------------------------

void TestCliEngine::enroll()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    const Run r = run({u"enroll"_s,
                       u"--campaign"_s,
                       u"cli_simple"_s,
                       u"--contact"_s,
                       u"ada"_s,
                       u"--contact"_s,
                       u"grace"_s,
                       u"--goal"_s,
                       u"pipeline"_s,
                       u"--notes"_s,
                       u"met at the fair"_s,
                       u"--at"_s,
                       u"2026-03-02T11:00:00+01:00"_s,
                       u"--json"_s});
    COMPARE_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.dump()));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"campaign"_s).toString(), u"cli_simple"_s);
    QCOMPARE(o.value(u"enrolled"_s).toInt(), 2);
    QCOMPARE(stringsOf(o.value(u"contacts"_s)), (QStringList{u"ada"_s, u"grace"_s}));
    QCOMPARE(o.value(u"refused"_s).toArray().size(), 0);

    // Step 1 has no delay: due at the enrollment time, given with an offset and stored in UTC.
    QCOMPARE(count(u"select count(*) from campaign_contacts where status = 'active' "
                   "and current_step = 1 and enrolled_at = '2026-03-02T10:00:00Z' "
                   "and next_send_at = '2026-03-02T10:00:00Z' and goal = 'pipeline' "
                   "and notes = 'met at the fair'"_s),
             2);
    QCOMPARE(count(u"select count(*) from tasks where type = 'enroll_contact'"_s), 0);
    QCOMPARE(count(u"select count(*) from audit_log where action = 'enroll'"_s), 1);

    const Run plain = run({u"enroll"_s,
                           u"--campaign"_s,
                           u"cli_next"_s,
                           u"--contact"_s,
                           u"lin"_s,
                           u"--at"_s,
                           iso(monday)});
    COMPARE_EXIT(plain, 0);
    QCOMPARE(plain.stdOut().trimmed(), u"enrolled 1 contact in cli_next"_s);
    // cli_next's step 1 waits one day.
    QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'lin' "
                   "and next_send_at = '2026-03-03T10:00:00Z'"_s),
             1);
}

void TestCliEngine::enrollFromFile()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    const QString file = workFile(u"ids.txt"_s);
    QVERIFY(writeFile(file, "id\n# the first two\nada\ngrace,Grace Hopper\n\nlin\n"));
    const Run r = run({u"enroll"_s,
                       u"--campaign"_s,
                       u"cli_simple"_s,
                       u"--contacts-file"_s,
                       file,
                       u"--at"_s,
                       iso(monday),
                       u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"enrolled"_s).toInt(), 3);
    QCOMPARE(count(u"select count(*) from campaign_contacts"_s), 3);
}

void TestCliEngine::enrollLargeFileInChunks_data()
{
    QTest::addColumn<QString>("connections");
    QTest::addRow("one connection") << u"1"_s;
    QTest::addRow("two connections") << u"2"_s;
}

// A file of several chunks (Engine::streamChunk ids each), committed chunk by chunk, on one or
// two connections: every known contact enrolled once, a contact named again in a later chunk
// enrolled once and not refused, an unknown one refused by name, one JSON object for the whole.
void TestCliEngine::enrollLargeFileInChunks()
{
    QFETCH(QString, connections);
    constexpr int contacts = 25000;
    QCOMPARE(count(u"insert into contacts (id, client_id) select 'k' || i, 'acme' "
                   "from generate_series(1, ?) i returning 1"_s,
                   {contacts}),
             1);
    QByteArray ids = "id\n";
    for (int i = 1; i <= contacts; ++i)
        ids += "k" + QByteArray::number(i) + '\n';
    // k7 named again in a later chunk (twice there), and an unknown id.
    ids += "k7\nghost\nk7\n";
    const QString file = workFile(u"many.txt"_s);
    QVERIFY(writeFile(file, ids));
    const auto enroll = [&](const QStringList &more) {
        return run(QStringList{u"enroll"_s,
                               u"--campaign"_s,
                               u"cli_simple"_s,
                               u"--contacts-file"_s,
                               file,
                               u"--connections"_s,
                               connections,
                               u"--json"_s}
                   + more);
    };
    const Run r = enroll({u"--at"_s, iso(monday)});
    COMPARE_EXIT(r, 1); // one refusal
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"campaign"_s).toString(), u"cli_simple"_s);
    QCOMPARE(o.value(u"enrolled"_s).toInt(), contacts);
    const QStringList enrolled = stringsOf(o.value(u"contacts"_s));
    QCOMPARE(enrolled.size(), contacts);
    QCOMPARE(QSet<QString>(enrolled.cbegin(), enrolled.cend()).size(), contacts);
    const QJsonArray refused = o.value(u"refused"_s).toArray();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0)[u"contact"_s].toString(), u"ghost"_s);
    QVERIFY2(r.err.contains("no contact with the id ghost"), qPrintable(r.dump()));
    QCOMPARE(count(u"select count(*) from campaign_contacts where status = 'active'"_s), contacts);
    QCOMPARE(count(u"select count(distinct contact_id) from campaign_contacts"_s), contacts);
    // Chunk by chunk: one audit entry per transaction, each with its counts.
    QVERIFY(count(u"select count(*) from audit_log where action = 'enroll'"_s) >= 3);
    QCOMPARE(count(u"select sum((detail ->> 'enrolled')::int) from audit_log "
                   "where action = 'enroll'"_s),
             contacts);

    // Run again: everyone is already active, and says so (k7 once more: not enrolled by this
    // request, it is refused in each chunk that names it, once per chunk).
    const Run again = enroll({});
    COMPARE_EXIT(again, 1);
    QCOMPARE(again.json().value(u"enrolled"_s).toInt(), 0);
    QCOMPARE(again.json().value(u"refused"_s).toArray().size(), contacts + 2);
    QCOMPARE(count(u"select count(*) from campaign_contacts"_s), contacts);
}

void TestCliEngine::enrollRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    const QStringList at{u"--at"_s, iso(monday)};
    QTest::addRow("unknown slug")
        << (QStringList{u"--campaign"_s, u"no_such_campaign"_s, u"--contact"_s, u"ada"_s} + at)
        << u"no campaign with the slug no_such_campaign"_s;
    QTest::addRow("unknown contact")
        << (QStringList{u"--campaign"_s, u"cli_simple"_s, u"--contact"_s, u"ghost"_s} + at)
        << u"no contact with the id ghost"_s;
    QTest::addRow("do-not-contact")
        << (QStringList{u"--campaign"_s, u"cli_simple"_s, u"--contact"_s, u"dnc"_s} + at)
        << u"dnc is marked do-not-contact"_s;
    QTest::addRow("archived campaign")
        << (QStringList{u"--campaign"_s, u"cli_archived"_s, u"--contact"_s, u"ada"_s} + at)
        << u"campaign cli_archived is archived and takes no enrollments"_s;
    QTest::addRow("unknown goal") << (QStringList{u"--campaign"_s,
                                                  u"cli_simple"_s,
                                                  u"--contact"_s,
                                                  u"ada"_s,
                                                  u"--goal"_s,
                                                  u"world_peace"_s}
                                      + at)
                                  << u"unknown goal \"world_peace\""_s;
    QTest::addRow("time without offset") << QStringList{u"--campaign"_s,
                                                        u"cli_simple"_s,
                                                        u"--contact"_s,
                                                        u"ada"_s,
                                                        u"--at"_s,
                                                        u"2026-03-02T09:00:00"_s}
                                         << u"offset"_s;
}

void TestCliEngine::enrollRejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);

    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    const Run r = run(QStringList{u"enroll"_s} + args);
    COMPARE_EXIT(r, 1);
    QVERIFY2(r.stdErr().contains(message), qPrintable(r.dump()));
    QCOMPARE(count(u"select count(*) from campaign_contacts"_s), 0);
    QCOMPARE(count(u"select count(*) from tasks"_s), 0);
}

void TestCliEngine::enrollSecondActiveRefused()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    const QStringList args{u"enroll"_s, u"--campaign"_s, u"cli_simple"_s, u"--at"_s, iso(monday)};
    COMPARE_EXIT(run(args + QStringList{u"--contact"_s, u"ada"_s}), 0);

    const Run again = run(args + QStringList{u"--contact"_s, u"ada"_s});
    COMPARE_EXIT(again, 1);
    QVERIFY2(again.stdErr().contains(u"ada is already active in cli_simple"_s),
             qPrintable(again.dump()));
    QCOMPARE(statuses(u"ada"_s, u"cli_simple"_s), u"active"_s);

    // Mixed: the new contact is enrolled, the active one refused, and the exit code says so.
    const Run mixed = run(
        args + QStringList{u"--contact"_s, u"ada"_s, u"--contact"_s, u"grace"_s, u"--json"_s});
    COMPARE_EXIT(mixed, 1);
    const QJsonObject o = mixed.json();
    QCOMPARE(o.value(u"enrolled"_s).toInt(), 1);
    QCOMPARE(stringsOf(o.value(u"contacts"_s)), QStringList{u"grace"_s});
    const QJsonArray refused = o.value(u"refused"_s).toArray();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).toObject().value(u"contact"_s).toString(), u"ada"_s);
    QVERIFY(refused.at(0).toObject().value(u"reason"_s).toString().contains(u"already active"_s));
    QCOMPARE(statuses(u"ada"_s, u"cli_simple"_s), u"active"_s);
    QCOMPARE(statuses(u"grace"_s, u"cli_simple"_s), u"active"_s);
}

// --- tick ---------------------------------------------------------------------------------------

void TestCliEngine::tickCounts()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    COMPARE_EXIT(run({u"enroll"_s,
                      u"--campaign"_s,
                      u"cli_simple"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--contact"_s,
                      u"grace"_s,
                      u"--contact"_s,
                      u"lin"_s,
                      u"--at"_s,
                      iso(monday)}),
                 0);
    const auto tick = [this](const QDateTime &at, const QStringList &extra = {}) {
        return run(QStringList{u"tick"_s, u"--at"_s, iso(at), u"--json"_s} + extra);
    };
    const auto counts = [](const Run &r) {
        const QJsonObject o = r.json();
        return u"%1/%2/%3"_s.arg(o.value(u"fired"_s).toInt(-1))
            .arg(o.value(u"exited"_s).toInt(-1))
            .arg(o.value(u"enrolled"_s).toInt(-1));
    };

    // Nothing is due a minute early.
    Run r = tick(monday.addSecs(-60));
    COMPARE_EXIT(r, 0);
    QCOMPARE(counts(r), u"0/0/0"_s);

    // Step 1 for all three, one enrollment per batch.
    r = tick(monday, {u"--batch"_s, u"1"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(counts(r), u"3/0/0"_s);
    QCOMPARE(r.json().value(u"batches"_s).toInt(), 3);
    QCOMPARE(
        count(u"select count(*) from outbound_queue where step_number = 1 "
              "and channel = 'email' and status = 'drafted' and staged_draft_id is not null"_s),
        3);
    QVERIFY(scalar(u"select body from staged_drafts where contact_id = 'ada'"_s)
                .toString()
                .contains(u"Ada"_s));

    // The same time again: nothing left.
    r = tick(monday);
    COMPARE_EXIT(r, 0);
    QCOMPARE(counts(r), u"0/0/0"_s);

    // Step 2, a voice call a day later: queued for the IVR, no draft.
    r = tick(monday.addDays(1));
    COMPARE_EXIT(r, 0);
    QCOMPARE(counts(r), u"3/0/0"_s);
    QCOMPARE(count(u"select count(*) from outbound_queue where step_number = 2 "
                   "and channel = 'voice' and handler = 'ivr' and staged_draft_id is null"_s),
             3);
    QCOMPARE(count(u"select count(*) from staged_drafts"_s), 3);

    // no_engagement_after_days is 1: still active an hour before, timed out at the day.
    r = tick(monday.addDays(2).addSecs(-3600));
    COMPARE_EXIT(r, 0);
    QCOMPARE(counts(r), u"0/0/0"_s);
    r = tick(monday.addDays(2));
    COMPARE_EXIT(r, 0);
    // on_exit.no_engagement enrolls them in cli_next, whose step 1 waits a day.
    QCOMPARE(counts(r), u"0/3/3"_s);
    QCOMPARE(statuses(u"ada"_s, u"cli_simple"_s), u"timed_out"_s);
    QCOMPARE(statuses(u"ada"_s, u"cli_next"_s), u"active"_s);
    QCOMPARE(count(u"select count(*) from tasks where type = 'exit_contact'"_s), 3);

    const Run plain = run({u"tick"_s, u"--at"_s, iso(monday.addDays(3))});
    COMPARE_EXIT(plain, 0);
    QCOMPARE(plain.stdOut().trimmed(), u"fired 3, exited 0, enrolled 0, postponed 0"_s);

    const Run noOffset = run({u"tick"_s, u"--at"_s, u"2026-03-02T09:00:00"_s});
    COMPARE_EXIT(noOffset, 1);
    QVERIFY2(noOffset.stdErr().contains(u"offset"_s), qPrintable(noOffset.dump()));
}

// --- outcome ------------------------------------------------------------------------------------

void TestCliEngine::outcome_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("exit"); // empty: still active
    QTest::addColumn<QStringList>("enrolledIn");

    QTest::addRow("on_outcome goto") << QStringList{u"--outcome"_s, u"replied"_s}
                                     << u"goto step 2"_s << QString() << QStringList();
    QTest::addRow("on_outcome exit") << QStringList{u"--outcome"_s, u"bounced"_s}
                                     << u"exit rejected"_s << u"rejected"_s << QStringList();
    QTest::addRow("intent default beats the replied mapping")
        << QStringList{u"--outcome"_s, u"replied"_s, u"--intent"_s, u"meeting_booked"_s}
        << u"exit converted"_s << u"converted"_s << QStringList{u"ada@cli_next"_s};
    QTest::addRow("no mapping") << QStringList{u"--outcome"_s, u"sent"_s}
                                << u"recorded; the sequence continues"_s << QString()
                                << QStringList();
}

void TestCliEngine::outcome()
{
    QFETCH(QStringList, args);
    QFETCH(QString, action);
    QFETCH(QString, exit);
    QFETCH(QStringList, enrolledIn);

    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    COMPARE_EXIT(run({u"enroll"_s,
                      u"--campaign"_s,
                      u"cli_simple"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--contact"_s,
                      u"grace"_s,
                      u"--at"_s,
                      iso(monday)}),
                 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, iso(monday)}), 0);

    const QStringList base{u"outcome"_s,
                           u"--contact"_s,
                           u"ada"_s,
                           u"--campaign"_s,
                           u"cli_simple"_s,
                           u"--step"_s,
                           u"1"_s,
                           u"--at"_s,
                           u"2026-03-02T12:00:00+01:00"_s};
    const Run r = run(base + args + QStringList{u"--json"_s});
    COMPARE_EXIT(r, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"action"_s).toString(), action);
    QCOMPARE(o.value(u"exit"_s).toString(), exit);
    QCOMPARE(o.value(u"exit"_s).isNull(), exit.isEmpty());
    QCOMPARE(stringsOf(o.value(u"enrolled_in"_s)), enrolledIn);
    QCOMPARE(o.value(u"contact"_s).toString(), u"ada"_s);
    QCOMPARE(o.value(u"step"_s).toInt(), 1);

    QCOMPARE(count(u"select count(*) from step_outcomes where step_number = 1 "
                   "and occurred_at = '2026-03-02T11:00:00Z' and outcome = ?"_s,
                   {args.at(1)}),
             1);
    // The exit reasons converted and rejected are also the statuses.
    QCOMPARE(statuses(u"ada"_s, u"cli_simple"_s), exit.isEmpty() ? u"active"_s : exit);
    // The other contact is untouched.
    QCOMPARE(statuses(u"grace"_s, u"cli_simple"_s), u"active"_s);
    QCOMPARE(count(u"select count(*) from step_outcomes s join campaign_contacts cc "
                   "on cc.id = s.enrollment_id where cc.contact_id = 'grace'"_s),
             0);

    // Without --json: the action on one line.
    if (exit.isEmpty()) {
        const Run plain = run(base + args);
        COMPARE_EXIT(plain, 0);
        QVERIFY2(!plain.stdOut().trimmed().isEmpty(), qPrintable(plain.dump()));
        QVERIFY2(!plain.stdOut().trimmed().contains(u'\n'), qPrintable(plain.dump()));
    }
}

void TestCliEngine::outcomeRetryOnVoiceStep()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    COMPARE_EXIT(run({u"enroll"_s,
                      u"--campaign"_s,
                      u"cli_simple"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--at"_s,
                      iso(monday)}),
                 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, iso(monday)}), 0);
    const QDateTime call = monday.addDays(1);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, iso(call)}), 0);
    const QStringList busy{u"outcome"_s,
                           u"--contact"_s,
                           u"ada"_s,
                           u"--campaign"_s,
                           u"cli_simple"_s,
                           u"--step"_s,
                           u"2"_s,
                           u"--outcome"_s,
                           u"busy"_s,
                           u"--at"_s};
    Run r = run(busy + QStringList{iso(call.addSecs(60))});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.stdOut().trimmed(), u"retry step 2 in 30 min (attempt 2 of 2)"_s);

    r = run({u"tick"_s, u"--at"_s, iso(call.addSecs(31 * 60)), u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 1);
    QCOMPARE(count(u"select count(*) from outbound_queue where step_number = 2 and attempt = 2"_s),
             1);

    r = run(busy + QStringList{iso(call.addSecs(32 * 60))});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.stdOut().trimmed(), u"no retry left: moves on"_s);

    r = run({u"outcome"_s,
             u"--contact"_s,
             u"ada"_s,
             u"--campaign"_s,
             u"cli_simple"_s,
             u"--step"_s,
             u"2"_s,
             u"--outcome"_s,
             u"live_answer"_s,
             u"--json"_s,
             u"--at"_s,
             iso(call.addSecs(40 * 60))});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"exit"_s).toString(), u"converted"_s);
    QCOMPARE(statuses(u"ada"_s, u"cli_next"_s), u"active"_s);
}

void TestCliEngine::outcomeRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("fragments");

    const auto outcome = [](const QString &contact,
                            const QString &campaign,
                            const QString &step,
                            const QString &name,
                            const QStringList &extra = {}) {
        return QStringList{u"--contact"_s,
                           contact,
                           u"--campaign"_s,
                           campaign,
                           u"--step"_s,
                           step,
                           u"--outcome"_s,
                           name}
               + extra;
    };
    const QStringList at{u"--at"_s, u"2026-03-02T12:00:00Z"_s};

    QTest::addRow("outcome of another channel")
        << outcome(u"ada"_s, u"cli_simple"_s, u"1"_s, u"busy"_s, at)
        << QStringList{u"unknown outcome \"busy\""_s, u"email step"_s, u"replied"_s};
    QTest::addRow("made-up outcome") << outcome(u"ada"_s, u"cli_simple"_s, u"1"_s, u"waved"_s, at)
                                     << QStringList{u"unknown outcome \"waved\""_s, u"email"_s};
    QTest::addRow("unknown slug") << outcome(u"ada"_s, u"no_such_campaign"_s, u"1"_s, u"sent"_s, at)
                                  << QStringList{u"no campaign with the slug no_such_campaign"_s};
    QTest::addRow("unknown contact") << outcome(u"ghost"_s, u"cli_simple"_s, u"1"_s, u"sent"_s, at)
                                     << QStringList{u"no contact with the id ghost"_s};
    QTest::addRow("contact not enrolled")
        << outcome(u"lin"_s, u"cli_simple"_s, u"1"_s, u"sent"_s, at)
        << QStringList{u"lin has no active enrollment in cli_simple"_s};
    QTest::addRow("step not fired yet")
        << outcome(u"ada"_s, u"cli_simple"_s, u"2"_s, u"busy"_s, at)
        << QStringList{u"step 2 of cli_simple has not fired yet for ada"_s};
    QTest::addRow("no such step") << outcome(u"ada"_s, u"cli_simple"_s, u"7"_s, u"sent"_s, at)
                                  << QStringList{u"cli_simple has no step 7"_s};
    QTest::addRow("unknown intent") << outcome(u"ada"_s,
                                               u"cli_simple"_s,
                                               u"1"_s,
                                               u"replied"_s,
                                               at + QStringList{u"--intent"_s, u"delighted"_s})
                                    << QStringList{u"unknown reply intent \"delighted\""_s};
    QTest::addRow("step is not a number")
        << outcome(u"ada"_s, u"cli_simple"_s, u"first"_s, u"sent"_s, at)
        << QStringList{u"--step first"_s};
    QTest::addRow("time without offset") << outcome(
        u"ada"_s, u"cli_simple"_s, u"1"_s, u"replied"_s, {u"--at"_s, u"2026-03-02T09:00:00"_s})
                                         << QStringList{u"--at 2026-03-02T09:00:00"_s, u"offset"_s};
}

void TestCliEngine::outcomeRejects()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, fragments);

    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    COMPARE_EXIT(run({u"enroll"_s,
                      u"--campaign"_s,
                      u"cli_simple"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--at"_s,
                      iso(monday)}),
                 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, iso(monday)}), 0);

    const Run r = run(QStringList{u"outcome"_s} + args);
    COMPARE_EXIT(r, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.dump()));
    for (const QString &f : fragments)
        QVERIFY2(r.stdErr().contains(f), qPrintable(u"expected \"%1\"\n"_s.arg(f) + r.dump()));
    QCOMPARE(count(u"select count(*) from step_outcomes"_s), 0);
    QCOMPARE(count(u"select count(*) from tasks where type = 'process_reply'"_s), 0);
    QCOMPARE(statuses(u"ada"_s, u"cli_simple"_s), u"active"_s);
}

// --- the seed's routing table, by command line only
// -----------------------------------------------

void TestCliEngine::seedRoutingTable()
{
    const QString close = u"b2bea_membership_close"_s;
    const QString cs = u"b2bea_membership_cs"_s;
    COMPARE_EXIT(importContacts(fixture(u"engine-b2bea-contacts.csv"_s)), 0);
    Run r = run({u"enroll"_s,
                 u"--campaign"_s,
                 close,
                 u"--contact"_s,
                 u"won"_s,
                 u"--contact"_s,
                 u"lost"_s,
                 u"--contact"_s,
                 u"quiet"_s,
                 u"--at"_s,
                 iso(monday),
                 u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"enrolled"_s).toInt(), 3);
    r = run({u"tick"_s, u"--at"_s, iso(monday), u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 3);

    // converted -> b2bea_membership_cs, fresh at step 1.
    const QStringList replied{u"--campaign"_s,
                              close,
                              u"--step"_s,
                              u"1"_s,
                              u"--outcome"_s,
                              u"replied"_s,
                              u"--at"_s,
                              iso(monday.addSecs(3600)),
                              u"--json"_s,
                              u"--contact"_s};
    r = run(QStringList{u"outcome"_s} + replied
            + QStringList{u"won"_s, u"--intent"_s, u"meeting_booked"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"exit"_s).toString(), u"converted"_s);
    QCOMPARE(r.json().value(u"gated"_s).toBool(), false);
    QCOMPARE(stringsOf(r.json().value(u"enrolled_in"_s)), QStringList{u"won@"_s + cs});
    QCOMPARE(statuses(u"won"_s, close), u"converted"_s);
    QCOMPARE(statuses(u"won"_s, cs), u"active"_s);
    QCOMPARE(count(u"select count(*) from campaign_contacts n join campaign_contacts p "
                   "on p.id = n.previous_enrollment_id join campaigns c on c.id = n.campaign_id "
                   "where n.contact_id = 'won' and c.slug = ? and n.current_step = 1 "
                   "and p.exit_reason = 'meeting_booked'"_s,
                   {cs}),
             1);

    // rejected -> closed: not enrolled anywhere.
    r = run(QStringList{u"outcome"_s} + replied
            + QStringList{u"lost"_s, u"--intent"_s, u"not_interested"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"exit"_s).toString(), u"rejected"_s);
    QCOMPARE(stringsOf(r.json().value(u"enrolled_in"_s)), QStringList());
    QCOMPARE(statuses(u"lost"_s, close), u"rejected"_s);
    QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'lost'"_s), 1);

    // no_engagement -> closed: quiet is ignored through all nine steps, then times out
    // no_engagement_after_days (10) after the last one. One tick a day at 10:00 UTC.
    int exitDay = -1;
    for (int day = 1; day <= 60; ++day) {
        r = run({u"tick"_s, u"--at"_s, iso(monday.addDays(day)), u"--json"_s});
        COMPARE_EXIT(r, 0);
        if (statuses(u"quiet"_s, close) != u"active") {
            exitDay = day;
            QVERIFY2(r.json().value(u"exited"_s).toInt() >= 1, qPrintable(r.dump()));
            break;
        }
    }
    QVERIFY2(exitDay > 0, "quiet never left b2bea_membership_close");
    qInfo("quiet timed out at the tick of day %d", exitDay);
    QCOMPARE(statuses(u"quiet"_s, close), u"timed_out"_s);
    QCOMPARE(scalar(u"select exit_reason from campaign_contacts where contact_id = 'quiet'"_s)
                 .toString(),
             u"no_engagement"_s);
    QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'quiet'"_s), 1);
    QCOMPARE(count(u"select count(distinct step_number) from outbound_queue "
                   "where contact_id = 'quiet'"_s),
             9);
    QCOMPARE(count(u"select count(*) from outbound_queue where contact_id = 'quiet'"_s), 9);
    // Not before the ten days after the last touch, and at the first daily tick after them.
    const double daysAfterLast
        = scalar(u"select extract(epoch from exited_at - last_fired_at) / 86400 "
                 "from campaign_contacts where contact_id = 'quiet'"_s)
              .toDouble();
    QVERIFY2(daysAfterLast >= 10.0 - 1.0 / 24 && daysAfterLast < 11.0,
             qPrintable(u"exited %1 days after the last step"_s.arg(daysAfterLast)));
    QCOMPARE(count(u"select count(*) from tasks t join campaign_contacts cc on cc.id = "
                   "t.enrollment_id where cc.contact_id = 'quiet' and t.type = 'exit_contact'"_s),
             1);
    // The converted contact went on in b2bea_membership_cs meanwhile.
    QVERIFY(count(u"select count(*) from outbound_queue o join campaigns c on c.id = o.campaign_id "
                  "where o.contact_id = 'won' and c.slug = ?"_s,
                  {cs})
            >= 1);
    QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'won'"_s), 2);
}

// --- issue 9: outcomes by item, the exec gate, rows set aside ----------------------------------

void TestCliEngine::outcomeByItemWithEventId()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    COMPARE_EXIT(run({u"enroll"_s,
                      u"--campaign"_s,
                      u"cli_simple"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--at"_s,
                      iso(monday)}),
                 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, iso(monday)}), 0);
    const QString item = scalar(u"select id::text from outbound_queue"_s).toString();
    const QStringList args{u"outcome"_s,
                           u"--item"_s,
                           item,
                           u"--outcome"_s,
                           u"replied"_s,
                           u"--event-id"_s,
                           u"provider-42"_s,
                           u"--at"_s,
                           iso(monday.addSecs(3600)),
                           u"--json"_s};
    Run r = run(args);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"duplicate"_s).toBool(true), false);
    QCOMPARE(r.json().value(u"item"_s).toString(), item);
    QCOMPARE(r.json().value(u"action"_s).toString(), u"goto step 2"_s);
    // The provider retries its callback: acknowledged, nothing changes.
    r = run(args);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"duplicate"_s).toBool(false), true);
    QCOMPARE(count(u"select count(*) from step_outcomes"_s), 1);
    QCOMPARE(count(u"select count(*) from step_outcomes where event_id = 'provider-42' "
                   "and outbound_id = cast(? as uuid)"_s,
                   {item}),
             1);
    // --item and the contact form are exclusive; an unknown item is rejected by name.
    COMPARE_EXIT(
        run({u"outcome"_s, u"--item"_s, item, u"--contact"_s, u"ada"_s, u"--outcome"_s, u"sent"_s}),
        2);
    r = run({u"outcome"_s,
             u"--item"_s,
             u"00000000-0000-0000-0000-000000000000"_s,
             u"--outcome"_s,
             u"sent"_s});
    COMPARE_EXIT(r, 1);
    QVERIFY2(r.stdErr().contains(u"no outbound item with the id"_s), qPrintable(r.dump()));
}

void TestCliEngine::handoffApproveOnce()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    COMPARE_EXIT(run({u"enroll"_s,
                      u"--campaign"_s,
                      u"b2bea_membership"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--at"_s,
                      iso(monday)}),
                 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, iso(monday)}), 0);
    Run r = run({u"outcome"_s,
                 u"--contact"_s,
                 u"ada"_s,
                 u"--campaign"_s,
                 u"b2bea_membership"_s,
                 u"--step"_s,
                 u"1"_s,
                 u"--outcome"_s,
                 u"replied"_s,
                 u"--intent"_s,
                 u"meeting_booked"_s,
                 u"--at"_s,
                 iso(monday.addSecs(60)),
                 u"--json"_s});
    COMPARE_EXIT(r, 0);
    QVERIFY2(r.json().value(u"gated"_s).toBool(), qPrintable(r.dump()));
    r = run({u"handoff"_s, u"list"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    const QJsonArray list = r.json().value(u"handoffs"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject h = list.at(0).toObject();
    QCOMPARE(h.value(u"contact_id"_s).toString(), u"ada"_s);
    QCOMPARE(h.value(u"from_campaign"_s).toString(), u"b2bea_membership"_s);
    QCOMPARE(h.value(u"suggested"_s).toString(), u"b2bea_membership_close"_s);
    QCOMPARE(h.value(u"type"_s).toString(), u"meeting_booked"_s);
    QCOMPARE(h.value(u"status"_s).toString(), u"pending"_s);
    QVERIFY(!h.value(u"created_at"_s).toString().isEmpty());
    const QString id = h.value(u"id"_s).toString();
    COMPARE_EXIT(run({u"handoff"_s,
                      u"approve"_s,
                      id,
                      u"--campaign"_s,
                      u"cli_next"_s,
                      u"--campaign"_s,
                      u"b2bea_membership_close"_s,
                      u"--goal"_s,
                      u"pipeline"_s,
                      u"--notes"_s,
                      u"met at the expo"_s}),
                 0);
    QCOMPARE(count(u"select count(*) from campaign_contacts cc join campaigns c on c.id = "
                   "cc.campaign_id where cc.contact_id = 'ada' and cc.status = 'active' and "
                   "cc.goal = 'pipeline' and cc.notes = 'met at the expo' and "
                   "cc.previous_enrollment_id is not null and c.slug in ('cli_next', "
                   "'b2bea_membership_close')"_s),
             2);
    QCOMPARE(count(u"select count(*) from audit_log where action = 'handoff_approved'"_s), 1);
    r = run({u"handoff"_s, u"approve"_s, id, u"--campaign"_s, u"cli_next"_s});
    COMPARE_EXIT(r, 1);
    QVERIFY2(r.stdErr().contains(u"already decided (approved) by"_s), qPrintable(r.dump()));
    QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'ada'"_s), 3);
    r = run({u"handoff"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.json().value(u"handoffs"_s).toArray().size(), 0);
}

void TestCliEngine::handoffDecline()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    COMPARE_EXIT(run({u"enroll"_s,
                      u"--campaign"_s,
                      u"b2bea_membership"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--at"_s,
                      iso(monday)}),
                 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, iso(monday)}), 0);
    COMPARE_EXIT(run({u"outcome"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--campaign"_s,
                      u"b2bea_membership"_s,
                      u"--step"_s,
                      u"1"_s,
                      u"--outcome"_s,
                      u"replied"_s,
                      u"--intent"_s,
                      u"meeting_booked"_s,
                      u"--at"_s,
                      iso(monday.addSecs(60))}),
                 0);
    const QString id
        = scalar(u"select id::text from tasks where type = 'meeting_booked'"_s).toString();
    COMPARE_EXIT(run({u"handoff"_s, u"decline"_s, id}), 2); // needs --reason
    COMPARE_EXIT(run({u"handoff"_s, u"decline"_s, id, u"--reason"_s, u"not a fit"_s}), 0);
    QCOMPARE(scalar(u"select payload ->> 'reason' from tasks where id = cast(? as uuid)"_s, {id})
                 .toString(),
             u"not a fit"_s);
    const Run again = run({u"handoff"_s, u"decline"_s, id, u"--reason"_s, u"twice"_s});
    COMPARE_EXIT(again, 1);
    QVERIFY2(again.stdErr().contains(u"already decided (declined)"_s), qPrintable(again.dump()));
}

// A row that cannot fire is set aside with its error; the others fire; the exit code is 0, and a
// failure that is not a lost connection is never reported as exit 3.
void TestCliEngine::tickSetsAsideAFailingRow()
{
    COMPARE_EXIT(importContacts(fixture(u"engine-contacts.csv"_s)), 0);
    COMPARE_EXIT(run({u"enroll"_s,
                      u"--campaign"_s,
                      u"cli_simple"_s,
                      u"--contact"_s,
                      u"ada"_s,
                      u"--contact"_s,
                      u"grace"_s,
                      u"--at"_s,
                      iso(monday)}),
                 0);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"create function refuse_grace() returns trigger language plpgsql as $$ "
                   "begin if new.contact_id = 'grace' then raise exception 'grace refused'; "
                   "end if; return new; end $$"_s));
    QVERIFY(q.exec(u"create trigger refuse_grace before insert on outbound_queue for each row "
                   "execute function refuse_grace()"_s));
    Run r = run({u"tick"_s, u"--at"_s, iso(monday), u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 1);
    QCOMPARE(r.json().value(u"errors"_s).toInt(), 1);
    QVERIFY2(r.stdErr().contains(u"grace refused"_s), qPrintable(r.dump()));
    QVERIFY(q.exec(u"create function refuse_exits() returns trigger language plpgsql as $$ "
                   "begin raise exception 'no exits today'; end $$"_s));
    QVERIFY(q.exec(u"create trigger refuse_exits before insert on tasks for each row "
                   "when (new.type = 'exit_contact') execute function refuse_exits()"_s));
    // The mark meets the firing (the trigger that ends enrollments at once is off), whose exit
    // then fails: reported, not "database unreachable".
    QVERIFY(q.exec(u"alter table contacts disable trigger contacts_do_not_contact_ends"_s));
    QVERIFY(q.exec(u"update contacts set do_not_contact = true where id = 'ada'"_s));
    QVERIFY(q.exec(u"alter table contacts enable trigger contacts_do_not_contact_ends"_s));
    r = run({u"tick"_s, u"--at"_s, iso(monday.addDays(3))});
    QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
    QVERIFY(r.stdErr().contains(u"no exits today"_s));
}

TOUCHLINE_TEST_MAIN(TestCliEngine)
#include "tst_cli_engine.moc"
