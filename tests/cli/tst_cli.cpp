// The touchline command line end to end: exit codes, messages with their JSON paths, and the
// rows each command leaves in a real PostgreSQL database.
#include "clirun.h"
#include "database.h"
#include "localcluster.h"
#include "migrator.h"
#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
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

// Generous: the embedded cluster's first start runs initdb.
constexpr int processTimeoutMs = 120000;

const QString unreachableUrl = u"postgresql://nobody@127.0.0.1:1/none"_s;

QStringList slugsOf(const QByteArray &flowJson)
{
    QStringList out;
    const QJsonArray campaigns
        = QJsonDocument::fromJson(flowJson).object().value(u"campaigns"_s).toArray();
    for (const QJsonValue &c : campaigns)
        out.append(c.toObject().value(u"slug"_s).toString());
    return out;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList migrationNames()
{
    QStringList out;
    for (const Migrator::Migration &m : Migrator::migrations())
        out.append(u"%1_%2"_s.arg(m.version, 4, 10, QChar(u'0')).arg(m.name));
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void validateValid_data();
    void validateValid();
    void validateWarningsOnly();
    void validateErrors_data();
    void validateErrors();
    void validateUnreadable_data();
    void validateUnreadable();
    void nonAsciiRoundTrip();

    void importCreatesCampaigns();
    void importSameFileAgainChangesNothing();
    void importChangedStepMakesRevision();
    void importInvalidWritesNothing_data();
    void importInvalidWritesNothing();
    void importOnExitTargetInDatabase();
    void importReportsWarnings();

    void exportDemoByteIdentical();
    void exportSelectsCampaigns_data();
    void exportSelectsCampaigns();
    void exportUnknownSlug_data();
    void exportUnknownSlug();
    void exportUnwritablePath_data();
    void exportUnwritablePath();

    void dbInitFreshDatabase();
    void dbMigrateTwice();
    void dbInitDemoOnce();
    void dbInitCreatesDatabase();

    void simulateCopiesTheTemplateAfterTheFirstRun();

    void unreachable_data();
    void unreachable();
    void validateNeedsNoDatabase();
    void dbOptionOverridesEnvironment();
    void malformedUrl_data();
    void malformedUrl();

    void usage_data();
    void usage();
    void windowModeBadOption();
    void version();
    void germanLocale();
    void translationsFinished();

    void embeddedDefault();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &args, const QProcessEnvironment &env) const;
    Run run(const QStringList &args) const { return run(args, environment()); }
    bool freshDatabase(const QString &name, bool migrate);
    static QString url(const QString &database);
    static QVariant
    scalar(const QString &database, const QString &sql, const QVariantList &values = {});
    QString workFile(const QString &name) const { return m_work.filePath(name); }

    QTemporaryDir m_work;
    const QString m_demoDb = u"cli_demo"_s;
};

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    // A home the postgres user cannot enter: a run that should have used --db but fell back to
    // the embedded cluster fails loudly instead of starting a server somewhere.
    env.insert(u"TOUCHLINE_HOME"_s, workFile(u"no-embedded-home"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

Run TestCli::run(const QStringList &args, const QProcessEnvironment &env) const
{
    return Test::runProgram(
        QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), processTimeoutMs);
}

bool TestCli::freshDatabase(const QString &name, bool migrate)
{
    QString error;
    if (!Test::TestCluster::instance().createDatabase(name, migrate, &error)) {
        qWarning("cannot create the database %s: %s", qPrintable(name), qPrintable(error));
        return false;
    }
    return true;
}

QString TestCli::url(const QString &database)
{
    return Test::TestCluster::instance().url(database);
}

QVariant TestCli::scalar(const QString &database, const QString &sql, const QVariantList &values)
{
    const QString name = u"tst_cli-inspect"_s;
    QVariant result;
    {
        QString error;
        QSqlDatabase db = Test::TestCluster::instance().open(database, name, &error);
        if (!db.isOpen()) {
            qWarning("cannot open %s: %s", qPrintable(database), qPrintable(error));
        } else {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                qWarning("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            else if (q.next())
                result = q.value(0);
        }
    }
    Database::close(name);
    return result;
}

void TestCli::initTestCase()
{
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
    // The export tests read one database holding the demo flows, imported by the program.
    QVERIFY(freshDatabase(m_demoDb, true));
    const Run r = run({u"import"_s, demoFlowsFile(), u"--db"_s, url(m_demoDb), u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(stringsOf(r.json().value(u"created"_s)).size(), 6);
}

// --- validate ---------------------------------------------------------------------------------

void TestCli::validateValid_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("campaigns");

    QTest::addRow("minimal") << fixture(u"valid-minimal.json"_s) << 1;
    QTest::addRow("two campaigns") << fixture(u"cli-pair.json"_s) << 2;
    QTest::addRow("demo flows") << demoFlowsFile() << 6;

    const QString bom = workFile(u"byte-order-mark.json"_s);
    QVERIFY(writeFile(bom, "\xEF\xBB\xBF" + contentsOf(fixture(u"cli-pair.json"_s))));
    QTest::addRow("UTF-8 byte-order mark") << bom << 2;

    QVERIFY(QDir(m_work.path()).mkpath(u"dir ü"_s));
    const QString odd = workFile(u"dir ü/Zürich flow.json"_s);
    QVERIFY(writeFile(odd, contentsOf(fixture(u"cli-non-ascii.json"_s))));
    QTest::addRow("non-ASCII path with spaces") << odd << 1;
}

void TestCli::validateValid()
{
    QFETCH(QString, file);
    QFETCH(int, campaigns);

    const Run plain = run({u"validate"_s, file});
    COMPARE_EXIT(plain, 0);
    QVERIFY2(plain.stdOut().startsWith(file + u": valid, %1 campaign"_s.arg(campaigns)),
             qPrintable(plain.dump()));
    QVERIFY2(plain.err.isEmpty(), qPrintable(plain.dump()));

    const Run json = run({u"validate"_s, file, u"--json"_s});
    COMPARE_EXIT(json, 0);
    const QJsonObject o = json.json();
    QVERIFY2(!o.isEmpty(), qPrintable(json.dump()));
    QCOMPARE(o.value(u"file"_s).toString(), file);
    QCOMPARE(o.value(u"valid"_s).toBool(), true);
    QCOMPARE(o.value(u"campaigns"_s).toInt(), campaigns);
    QCOMPARE(o.value(u"errors"_s).toArray().size(), 0);
    QCOMPARE(o.value(u"warnings"_s).toArray().size(), 0);
}

void TestCli::validateWarningsOnly()
{
    const QString file = fixture(u"cli-warning-cycle.json"_s);
    const Run plain = run({u"validate"_s, file});
    COMPARE_EXIT(plain, 0);
    QVERIFY2(plain.stdOut().startsWith(file + u": valid, 2 campaign"_s), qPrintable(plain.dump()));
    const QStringList lines = plain.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).startsWith(u"warning: campaigns[1].on_exit.rejected: "_s),
             qPrintable(plain.dump()));
    QVERIFY2(lines.at(0).contains(u"cycle_a -> cycle_b -> cycle_a"_s), qPrintable(plain.dump()));

    const Run json = run({u"validate"_s, file, u"--json"_s});
    COMPARE_EXIT(json, 0);
    const QJsonObject o = json.json();
    QCOMPARE(o.value(u"valid"_s).toBool(), true);
    QCOMPARE(o.value(u"errors"_s).toArray().size(), 0);
    const QJsonArray warnings = o.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).toObject().value(u"path"_s).toString(),
             u"campaigns[1].on_exit.rejected"_s);
    QVERIFY(warnings.at(0).toObject().value(u"message"_s).toString().contains(u"cycle"_s));
}

void TestCli::validateErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("paths"); // in the order they are reported

    QTest::addRow("on_exit target not in the file")
        << fixture(u"invalid-on-exit-target.json"_s)
        << QStringList{u"campaigns[1].on_exit.converted"_s};
    QTest::addRow("wrong type") << fixture(u"invalid-wrong-types.json"_s)
                                << QStringList{u"campaigns[0].steps[0].delay_days"_s};
    QTest::addRow("three errors in two campaigns")
        << fixture(u"cli-several-errors.json"_s)
        << QStringList{u"campaigns[0].steps[0].channel"_s,
                       u"campaigns[1].slug"_s,
                       u"campaigns[1].steps[0].delay_days"_s};
    QTest::addRow("second campaign invalid")
        << fixture(u"cli-second-invalid.json"_s) << QStringList{u"campaigns[1].steps[0].channel"_s};
}

void TestCli::validateErrors()
{
    QFETCH(QString, file);
    QFETCH(QStringList, paths);

    const Run plain = run({u"validate"_s, file});
    COMPARE_EXIT(plain, 1);
    QVERIFY2(plain.out.isEmpty(), qPrintable(plain.dump()));
    const QStringList lines = plain.errLines();
    QCOMPARE(lines.size(), paths.size());
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).startsWith(u"error: campaigns["_s), qPrintable(plain.dump()));
        QVERIFY2(lines.at(i).startsWith(u"error: "_s + paths.at(i) + u": "_s),
                 qPrintable(plain.dump()));
        QVERIFY2(lines.at(i).size() > paths.at(i).size() + 10, qPrintable(lines.at(i)));
    }

    const Run json = run({u"validate"_s, file, u"--json"_s});
    COMPARE_EXIT(json, 1);
    const QJsonObject o = json.json();
    QVERIFY2(!o.isEmpty(), qPrintable(json.dump()));
    QCOMPARE(o.value(u"valid"_s), QJsonValue(false));
    QCOMPARE(o.value(u"file"_s).toString(), file);
    const QJsonArray errors = o.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), paths.size());
    for (int i = 0; i < errors.size(); ++i) {
        const QJsonObject e = errors.at(i).toObject();
        QCOMPARE(sortedKeys(e), (QStringList{u"message"_s, u"path"_s}));
        QCOMPARE(e.value(u"path"_s).toString(), paths.at(i));
        const QString message = e.value(u"message"_s).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.startsWith(paths.at(i)), qPrintable(message)); // the path is separate
        QVERIFY(lines.at(i).endsWith(message));
    }
}

void TestCli::validateUnreadable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");

    const auto add = [this](const char *tag, const QByteArray &bytes, const QString &fragment) {
        const QString file
            = workFile(u"unreadable-%1.json"_s.arg(QString::fromLatin1(tag).replace(u' ', u'-')));
        if (!writeFile(file, bytes))
            qWarning("cannot write %s", qPrintable(file));
        QTest::addRow("%s", tag) << file << fragment;
    };
    add("not JSON",
        "{\n  \"format\": \"touchline-flow\",\n  oops\n}",
        u"not valid JSON at line 3, column "_s);
    add("YAML", "format: touchline-flow\nversion: 1\n", u"not valid JSON at line 1, column "_s);
    const QByteArray pair = contentsOf(fixture(u"cli-pair.json"_s));
    const QByteArray truncated = pair.left(pair.size() / 2);
    add("truncated",
        truncated,
        u"not valid JSON at line %1, column "_s.arg(truncated.count('\n') + 1));
    add("empty", QByteArray(), u"the file is empty"_s);
    add("whitespace only", " \n\t\n", u"the file is empty"_s);
    add("invalid UTF-8", "{\"format\": \"\xff\xfe\"}", u"not valid JSON"_s);
    QTest::addRow("missing file") << workFile(u"no-such-file.json"_s)
                                  << u"cannot read "_s + workFile(u"no-such-file.json"_s);
}

void TestCli::validateUnreadable()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);

    const Run plain = run({u"validate"_s, file});
    COMPARE_EXIT(plain, 2);
    QVERIFY2(plain.out.isEmpty(), qPrintable(plain.dump()));
    QVERIFY2(plain.stdErr().startsWith(file + u": "_s), qPrintable(plain.dump()));
    QVERIFY2(plain.stdErr().contains(fragment), qPrintable(plain.dump()));

    const Run json = run({u"validate"_s, file, u"--json"_s});
    COMPARE_EXIT(json, 2);
    const QJsonObject o = json.json();
    QCOMPARE(o.value(u"valid"_s), QJsonValue(false));
    QVERIFY2(o.value(u"error"_s).toString().contains(fragment), qPrintable(json.dump()));
}

void TestCli::nonAsciiRoundTrip()
{
    const QString db = u"cli_non_ascii"_s;
    QVERIFY(freshDatabase(db, true));
    const QString file = fixture(u"cli-non-ascii.json"_s);
    const QByteArray original = contentsOf(file);
    QVERIFY(!original.isEmpty());

    COMPARE_EXIT(run({u"validate"_s, file}), 0);
    COMPARE_EXIT(run({u"import"_s, file, u"--db"_s, url(db)}), 0);
    // Stored as text, not as mangled bytes.
    QCOMPARE(
        scalar(db, u"select name from campaigns where slug = 'zurich_membership'"_s).toString(),
        u"Zürich Mitgliedschaft – Café ☕ 東京 🎉"_s);
    QCOMPARE(scalar(db, u"select client_id from campaigns"_s).toString(), u"zürich_verein"_s);
    QVERIFY(scalar(db, u"select template_instructions from campaign_steps where step_number = 1"_s)
                .toString()
                .contains(u"«Bienvenue» — привет, 你好, مرحبا 👋\n\"quoted\"\ttab \\ backslash"_s));

    const QString out = workFile(u"non-ascii-export.json"_s);
    const Run exported = run({u"export"_s, u"-o"_s, out, u"--db"_s, url(db)});
    COMPARE_EXIT(exported, 0);
    QCOMPARE(contentsOf(out), original);
    const Run toStdout = run({u"export"_s, u"--db"_s, url(db)});
    COMPARE_EXIT(toStdout, 0);
    QCOMPARE(toStdout.out, original);
}

// --- import -----------------------------------------------------------------------------------

void TestCli::importCreatesCampaigns()
{
    const QString db = u"cli_import_create"_s;
    QVERIFY(freshDatabase(db, true));
    const QString file = fixture(u"cli-pair.json"_s);

    const Run r = run({u"import"_s, file, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(r, 0);
    const QJsonObject o = r.json();
    QCOMPARE(sortedKeys(o),
             (QStringList{u"created"_s,
                          u"file"_s,
                          u"imported"_s,
                          u"revisions"_s,
                          u"unchanged"_s,
                          u"updated"_s,
                          u"warnings"_s}));
    QCOMPARE(o.value(u"file"_s).toString(), file);
    QCOMPARE(o.value(u"imported"_s), QJsonValue(true));
    QCOMPARE(stringsOf(o.value(u"created"_s)), (QStringList{u"alpha"_s, u"beta"_s}));
    QCOMPARE(stringsOf(o.value(u"updated"_s)), QStringList());
    QCOMPARE(stringsOf(o.value(u"unchanged"_s)), QStringList());
    QCOMPARE(o.value(u"revisions"_s).toObject(), (QJsonObject{{u"alpha"_s, 1}, {u"beta"_s, 1}}));
    QCOMPARE(o.value(u"warnings"_s).toArray().size(), 0);

    QCOMPARE(scalar(db, u"select count(*) from campaigns"_s).toInt(), 2);
    QCOMPARE(scalar(db,
                    u"select concat_ws('|', name, client_id, type, owner_role, status, gate, "
                    "current_revision, on_exit->>'converted', send_window->>'start', "
                    "no_engagement_after_days) from campaigns where slug = 'alpha'"_s)
                 .toString(),
             u"Alpha|acme|event|roles.bdr|active|f|1|beta|09:00|7"_s);
    QCOMPARE(scalar(db, u"select count(*) from campaign_revisions"_s).toInt(), 2);
    QCOMPARE(scalar(db,
                    u"select string_agg(concat_ws('|', s.revision, s.step_number, s.delay_days, "
                    "s.channel, s.template_instructions), ';' order by s.step_number) "
                    "from campaign_steps s join campaigns c on c.id = s.campaign_id "
                    "where c.slug = 'alpha'"_s)
                 .toString(),
             u"1|1|0|email|Invite {{first_name}} to the summit.;"
             "1|2|3|linkedin|Connect with {{first_name}}."_s);
    QCOMPARE(scalar(db,
                    u"select s.on_outcome #>> '{replied,exit}' from campaign_steps s "
                    "join campaigns c on c.id = s.campaign_id "
                    "where c.slug = 'alpha' and s.step_number = 1"_s)
                 .toString(),
             u"converted"_s);
    QCOMPARE(scalar(db,
                    u"select count(*) from campaign_steps s join campaigns c "
                    "on c.id = s.campaign_id where c.slug = 'beta'"_s)
                 .toInt(),
             1);
    QCOMPARE(
        scalar(db, u"select string_agg(action || ' ' || subject, ';') from audit_log"_s).toString(),
        u"import "_s + file);
}

void TestCli::importSameFileAgainChangesNothing()
{
    const QString db = u"cli_import_again"_s;
    QVERIFY(freshDatabase(db, true));
    const QString file = fixture(u"cli-pair.json"_s);
    const Run first = run({u"import"_s, file, u"--db"_s, url(db)});
    COMPARE_EXIT(first, 0);
    QVERIFY2(first.stdOut().contains(u"2 created, 0 updated, 0 unchanged"_s),
             qPrintable(first.dump()));

    const QString state = u"select concat_ws('|', (select count(*) from campaign_revisions), "
                          "(select count(*) from campaign_steps), "
                          "(select string_agg(concat_ws(',', slug, version, current_revision, "
                          "updated_at), ';' order by slug) from campaigns))"_s;
    const QString before = scalar(db, state).toString();
    QVERIFY(!before.isEmpty());

    const Run again = run({u"import"_s, file, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(again, 0);
    const QJsonObject o = again.json();
    QCOMPARE(stringsOf(o.value(u"created"_s)), QStringList());
    QCOMPARE(stringsOf(o.value(u"updated"_s)), QStringList());
    QCOMPARE(stringsOf(o.value(u"unchanged"_s)), (QStringList{u"alpha"_s, u"beta"_s}));
    QCOMPARE(o.value(u"revisions"_s).toObject(), (QJsonObject{{u"alpha"_s, 1}, {u"beta"_s, 1}}));
    QCOMPARE(scalar(db, state).toString(), before);

    const Run plain = run({u"import"_s, file, u"--db"_s, url(db)});
    COMPARE_EXIT(plain, 0);
    QVERIFY2(plain.stdOut().contains(u"0 created, 0 updated, 2 unchanged"_s),
             qPrintable(plain.dump()));
    QCOMPARE(scalar(db, state).toString(), before);
}

void TestCli::importChangedStepMakesRevision()
{
    const QString db = u"cli_import_revision"_s;
    QVERIFY(freshDatabase(db, true));
    const QByteArray original = contentsOf(fixture(u"cli-pair.json"_s));
    COMPARE_EXIT(run({u"import"_s, fixture(u"cli-pair.json"_s), u"--db"_s, url(db)}), 0);

    const QByteArray oldText = "Invite {{first_name}} to the summit.";
    const QByteArray newText = "Invite {{first_name}} to the autumn summit.";
    QVERIFY(original.contains(oldText));
    const QString changed = workFile(u"pair-changed-step.json"_s);
    QVERIFY(writeFile(changed, QByteArray(original).replace(oldText, newText)));

    const Run r = run({u"import"_s, changed, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(r, 0);
    const QJsonObject o = r.json();
    QCOMPARE(stringsOf(o.value(u"created"_s)), QStringList());
    QCOMPARE(stringsOf(o.value(u"updated"_s)), QStringList{u"alpha"_s});
    QCOMPARE(stringsOf(o.value(u"unchanged"_s)), QStringList{u"beta"_s});
    QCOMPARE(o.value(u"revisions"_s).toObject(), (QJsonObject{{u"alpha"_s, 2}, {u"beta"_s, 1}}));

    const QString stepsOfRevision
        = u"select string_agg(s.step_number || ':' || s.template_instructions, ';' "
          "order by s.step_number) from campaign_steps s join campaigns c on c.id = s.campaign_id "
          "where c.slug = ? and s.revision = ?"_s;
    QCOMPARE(scalar(db, u"select current_revision from campaigns where slug = 'alpha'"_s).toInt(),
             2);
    // The old revision stays for the enrollments that started on it.
    QCOMPARE(scalar(db, stepsOfRevision, {u"alpha"_s, 1}).toString(),
             u"1:Invite {{first_name}} to the summit.;2:Connect with {{first_name}}."_s);
    QCOMPARE(scalar(db, stepsOfRevision, {u"alpha"_s, 2}).toString(),
             u"1:Invite {{first_name}} to the autumn summit.;2:Connect with {{first_name}}."_s);
    QCOMPARE(scalar(db, stepsOfRevision, {u"beta"_s, 1}).toString(), u"1:Close the deal."_s);
    QVERIFY(scalar(db, stepsOfRevision, {u"beta"_s, 2}).isNull());
    QVERIFY(scalar(db,
                   u"select r.message from campaign_revisions r join campaigns c "
                   "on c.id = r.campaign_id where c.slug = 'alpha' and r.revision = 2"_s)
                .toString()
                .contains(changed));

    // A renamed campaign with the same steps is updated without a new revision.
    const QString renamed = workFile(u"pair-renamed.json"_s);
    QVERIFY(writeFile(renamed,
                      QByteArray(original)
                          .replace(oldText, newText)
                          .replace("\"name\": \"Alpha\"", "\"name\": \"Alpha, renamed\"")));
    const Run rename = run({u"import"_s, renamed, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(rename, 0);
    QCOMPARE(stringsOf(rename.json().value(u"updated"_s)), QStringList{u"alpha"_s});
    QCOMPARE(rename.json().value(u"revisions"_s).toObject(),
             (QJsonObject{{u"alpha"_s, 2}, {u"beta"_s, 1}}));
    QCOMPARE(scalar(db, u"select name from campaigns where slug = 'alpha'"_s).toString(),
             u"Alpha, renamed"_s);
    QCOMPARE(scalar(db, u"select count(*) from campaign_revisions"_s).toInt(), 3);
}

void TestCli::importInvalidWritesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("second campaign fails validation")
        << contentsOf(fixture(u"cli-second-invalid.json"_s))
        << u"error: campaigns[1].steps[0].channel: unknown channel \"fax\""_s;
    // Valid to the validator, refused by PostgreSQL (a check constraint the test adds) after the
    // campaigns' upsert and the revision bump ran: the transaction must take all of that back.
    QTest::addRow("database refuses the second campaign")
        << QByteArray(contentsOf(fixture(u"cli-pair.json"_s)))
               .replace("\"name\": \"Alpha\"", "\"name\": \"Alpha, renamed\"")
               .replace("Invite {{first_name}} to the summit.", "Invite them.")
               .replace("\"content_type\": \"close\"", "\"content_type\": \"boom\"")
        << u"failed, nothing was written"_s;
    QTest::addRow("a NUL character is refused by the validator")
        << QByteArray(contentsOf(fixture(u"cli-pair.json"_s)))
               .replace("Close the deal.", "Close the deal.\\u0000")
        << u"error: campaigns[1].steps[0].template_instructions: must not contain NUL"_s;
}

void TestCli::importInvalidWritesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);

    const QString db = u"cli_import_invalid"_s;
    QVERIFY(freshDatabase(db, true));
    COMPARE_EXIT(run({u"import"_s, fixture(u"cli-pair.json"_s), u"--db"_s, url(db)}), 0);
    const QString state
        = u"select concat_ws('|', (select count(*) from campaigns), "
          "(select max(id) from audit_log), (select count(*) from campaign_revisions), "
          "(select count(*) from campaign_steps), "
          "(select string_agg(concat_ws(',', slug, name, version, current_revision, updated_at), "
          "';' order by slug) from campaigns))"_s;
    const QString before = scalar(db, state).toString();
    QVERIFY2(before.startsWith(u"2|1|2|3|"_s), qPrintable(before));
    {
        // DDL cannot be prepared: run it as a plain statement on a connection of our own.
        QString error;
        QSqlDatabase admin = Test::TestCluster::instance().open(db, u"tst_cli-ddl"_s, &error);
        QVERIFY2(admin.isOpen(), qPrintable(error));
        QSqlQuery q(admin);
        QVERIFY2(q.exec(u"alter table campaign_steps add constraint tst_no_boom "
                        "check (content_type <> 'boom')"_s),
                 qPrintable(q.lastError().text()));
    }
    Database::close(u"tst_cli-ddl"_s);
    QCOMPARE(
        scalar(db, u"select count(*) from pg_constraint where conname = 'tst_no_boom'"_s).toInt(),
        1);

    const QString file = workFile(u"second-invalid.json"_s);
    QVERIFY(writeFile(file, bytes));
    const Run r = run({u"import"_s, file, u"--db"_s, url(db)});
    COMPARE_EXIT(r, 1);
    QVERIFY2(r.stdErr().contains(fragment), qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(u"nothing was"_s), qPrintable(r.dump()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.dump()));
    QCOMPARE(scalar(db, state).toString(), before);
    QCOMPARE(scalar(db, u"select name from campaigns where slug = 'alpha'"_s).toString(),
             u"Alpha"_s);
}

void TestCli::importOnExitTargetInDatabase()
{
    const QString db = u"cli_import_external"_s;
    QVERIFY(freshDatabase(db, true));
    // campaigns[1] routes "converted" to "nowhere", which this file does not define.
    const QString file = fixture(u"invalid-on-exit-target.json"_s);
    const QString path = u"campaigns[1].on_exit.converted"_s;

    const Run before = run({u"import"_s, file, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(before, 1);
    QVERIFY2(before.errLines().value(0).startsWith(u"error: "_s + path + u": "_s),
             qPrintable(before.dump()));
    QCOMPARE(before.json().value(u"imported"_s), QJsonValue(false));
    QCOMPARE(scalar(db, u"select count(*) from campaigns"_s).toInt(), 0);

    COMPARE_EXIT(run({u"import"_s, fixture(u"cli-nowhere.json"_s), u"--db"_s, url(db)}), 0);
    const Run after = run({u"import"_s, file, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(after, 0);
    QCOMPARE(stringsOf(after.json().value(u"created"_s)), (QStringList{u"first"_s, u"second"_s}));
    QCOMPARE(scalar(db, u"select on_exit->>'converted' from campaigns where slug = 'second'"_s)
                 .toString(),
             u"nowhere"_s);

    // validate knows no database: the same file alone is still invalid.
    const Run alone = run({u"validate"_s, file});
    COMPARE_EXIT(alone, 1);
    QVERIFY2(alone.errLines().value(0).startsWith(u"error: "_s + path + u": "_s),
             qPrintable(alone.dump()));

    // An export of "second" alone says where its route goes, and still imports.
    const QString part = workFile(u"second-only.json"_s);
    const Run exported
        = run({u"export"_s, u"--campaign"_s, u"second"_s, u"-o"_s, part, u"--db"_s, url(db)});
    COMPARE_EXIT(exported, 0);
    QVERIFY2(exported.stdErr().contains(u"second routes converted to nowhere"_s),
             qPrintable(exported.dump()));
    const Run reimport = run({u"import"_s, part, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(reimport, 0);
    QCOMPARE(stringsOf(reimport.json().value(u"unchanged"_s)), QStringList{u"second"_s});
}

void TestCli::importReportsWarnings()
{
    const QString db = u"cli_import_warnings"_s;
    QVERIFY(freshDatabase(db, true));
    const Run r
        = run({u"import"_s, fixture(u"cli-warning-cycle.json"_s), u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errLines().at(0).startsWith(u"warning: campaigns[1].on_exit.rejected: "_s),
             qPrintable(r.dump()));
    const QJsonObject o = r.json();
    QCOMPARE(stringsOf(o.value(u"created"_s)), (QStringList{u"cycle_a"_s, u"cycle_b"_s}));
    const QJsonArray warnings = o.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).toObject().value(u"path"_s).toString(),
             u"campaigns[1].on_exit.rejected"_s);
    QCOMPARE(scalar(db, u"select count(*) from campaigns"_s).toInt(), 2);
}

// --- export -----------------------------------------------------------------------------------

void TestCli::exportDemoByteIdentical()
{
    const QByteArray demo = contentsOf(demoFlowsFile());
    QVERIFY(!demo.isEmpty());
    const QString out = workFile(u"demo-export.json"_s);
    const Run r = run({u"export"_s, u"-o"_s, out, u"--db"_s, url(m_demoDb)});
    COMPARE_EXIT(r, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.dump()));
    QCOMPARE(contentsOf(out), demo);

    const Run toStdout = run({u"export"_s, u"--db"_s, url(m_demoDb)});
    COMPARE_EXIT(toStdout, 0);
    QCOMPARE(toStdout.out, demo);
}

void TestCli::exportSelectsCampaigns_data()
{
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<QStringList>("exported");
    QTest::addColumn<QString>("note");

    QTest::addRow("one") << QStringList{u"dreamborn"_s} << QStringList{u"dreamborn"_s} << QString();
    QTest::addRow("two, in slug order")
        << QStringList{u"insurance_renewal"_s, u"b2bea_world"_s}
        << QStringList{u"b2bea_world"_s, u"insurance_renewal"_s} << QString();
    QTest::addRow("the same twice")
        << QStringList{u"dreamborn"_s, u"dreamborn"_s} << QStringList{u"dreamborn"_s} << QString();
    QTest::addRow("route out of the export")
        << QStringList{u"b2bea_membership_close"_s} << QStringList{u"b2bea_membership_close"_s}
        << u"note: b2bea_membership_close routes converted to b2bea_membership_cs"_s;
}

void TestCli::exportSelectsCampaigns()
{
    QFETCH(QStringList, requested);
    QFETCH(QStringList, exported);
    QFETCH(QString, note);

    QStringList args{u"export"_s, u"--db"_s, url(m_demoDb)};
    for (const QString &slug : requested)
        args << u"--campaign"_s << slug;
    const Run r = run(args);
    COMPARE_EXIT(r, 0);
    QCOMPARE(slugsOf(r.out), exported);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"format"_s).toString(),
             u"touchline-flow"_s);
    if (note.isEmpty())
        QVERIFY2(r.err.isEmpty(), qPrintable(r.dump()));
    else
        QVERIFY2(r.stdErr().startsWith(note), qPrintable(r.dump()));
}

void TestCli::exportUnknownSlug_data()
{
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<QStringList>("unknown");

    QTest::addRow("one unknown") << QStringList{u"nope"_s} << QStringList{u"nope"_s};
    QTest::addRow("known and unknown") << QStringList{u"dreamborn"_s, u"nope"_s, u"also_missing"_s}
                                       << QStringList{u"nope"_s, u"also_missing"_s};
}

void TestCli::exportUnknownSlug()
{
    QFETCH(QStringList, requested);
    QFETCH(QStringList, unknown);

    const QString out = workFile(u"unknown-slug.json"_s);
    QFile::remove(out);
    QStringList args{u"export"_s, u"-o"_s, out, u"--db"_s, url(m_demoDb)};
    for (const QString &slug : requested)
        args << u"--campaign"_s << slug;
    const Run r = run(args);
    COMPARE_EXIT(r, 1);
    for (const QString &slug : unknown)
        QVERIFY2(r.stdErr().contains(slug), qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(u"no campaign with the slug"_s), qPrintable(r.dump()));
    QVERIFY2(!r.stdErr().contains(u"dreamborn"_s), qPrintable(r.dump()));
    QVERIFY(!QFile::exists(out));
}

void TestCli::exportUnwritablePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("missing folder") << workFile(u"no/such/folder/out.json"_s);
    QTest::addRow("a folder") << m_work.path();
}

void TestCli::exportUnwritablePath()
{
    QFETCH(QString, path);
    const Run r = run({u"export"_s, u"-o"_s, path, u"--db"_s, url(m_demoDb)});
    COMPARE_EXIT(r, 2);
    QVERIFY2(r.stdErr().startsWith(u"cannot write "_s + path), qPrintable(r.dump()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.dump()));
}

// --- db ---------------------------------------------------------------------------------------

void TestCli::dbInitFreshDatabase()
{
    const QString db = u"cli_db_init"_s;
    QVERIFY(freshDatabase(db, false));
    const int latest = Migrator::latestVersion();
    QVERIFY(latest > 0);

    const Run empty = run({u"db"_s, u"status"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(empty, 0);
    QJsonObject o = empty.json();
    QCOMPARE(o.value(u"schema_version"_s).toInt(-1), 0);
    QCOMPARE(o.value(u"latest_version"_s).toInt(), latest);
    QCOMPARE(o.value(u"pending"_s).toInt(), latest);
    QVERIFY(!o.contains(u"campaigns"_s)); // no table to count yet
    QCOMPARE(scalar(db, u"select to_regclass('campaigns') is null"_s).toBool(), true);

    const Run init = run({u"db"_s, u"init"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(init, 0);
    o = init.json();
    QCOMPARE(stringsOf(o.value(u"applied"_s)), migrationNames());
    QCOMPARE(o.value(u"schema_version"_s).toInt(), latest);
    QCOMPARE(o.value(u"pending"_s).toInt(-1), 0);
    QCOMPARE(o.value(u"demo_loaded"_s), QJsonValue(false));
    QCOMPARE(o.value(u"campaigns"_s).toInt(-1), 0);

    const Run status = run({u"db"_s, u"status"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(status, 0);
    o = status.json();
    QCOMPARE(sortedKeys(o),
             (QStringList{u"applied"_s,
                          u"campaigns"_s,
                          u"database"_s,
                          u"embedded"_s,
                          u"latest_version"_s,
                          u"pending"_s,
                          u"schema_version"_s,
                          u"server_version"_s}));
    QCOMPARE(o.value(u"schema_version"_s).toInt(), o.value(u"latest_version"_s).toInt(-1));
    QCOMPARE(o.value(u"schema_version"_s).toInt(), latest);
    QCOMPARE(o.value(u"pending"_s).toInt(-1), 0);
    QCOMPARE(o.value(u"campaigns"_s).toInt(-1), 0);
    QCOMPARE(o.value(u"applied"_s).toArray().size(), 0);
    QCOMPARE(o.value(u"embedded"_s), QJsonValue(false));
    QCOMPARE(o.value(u"database"_s).toString(), url(db));
    QVERIFY(o.value(u"server_version"_s).toString().at(0).isDigit());
    QCOMPARE(scalar(db, u"select count(*) from schema_migrations"_s).toInt(),
             Migrator::migrations().size());

    const Run plain = run({u"db"_s, u"status"_s, u"--db"_s, url(db)});
    COMPARE_EXIT(plain, 0);
    QVERIFY2(plain.stdOut().contains(u"schema version %1 of %1, up to date"_s.arg(latest)),
             qPrintable(plain.dump()));
}

void TestCli::dbMigrateTwice()
{
    const QString db = u"cli_db_migrate"_s;
    QVERIFY(freshDatabase(db, false));
    // Everything a migration could touch, and when each one was applied.
    const QString schema
        = u"select string_agg(line, E'\\n' order by line) from ("
          "select format('column %s.%s %s %s %s', table_name, column_name, data_type, "
          "is_nullable, column_default) as line "
          "from information_schema.columns where table_schema = 'public' "
          "union all select 'index ' || indexdef from pg_indexes where schemaname = 'public' "
          "union all select format('constraint %s %s', conname, pg_get_constraintdef(oid)) "
          "from pg_constraint where connamespace = 'public'::regnamespace "
          "union all select format('trigger %s %s', tgname, tgrelid::regclass) "
          "from pg_trigger where not tgisinternal "
          "union all select format('function %s', oid::regprocedure) from pg_proc "
          "where pronamespace = 'public'::regnamespace "
          "union all select format('migration %s %s %s', version, name, applied_at) "
          "from schema_migrations) s"_s;

    const Run first = run({u"db"_s, u"migrate"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(first, 0);
    QCOMPARE(stringsOf(first.json().value(u"applied"_s)), migrationNames());
    const QString after = scalar(db, schema).toString();
    QVERIFY(after.contains(u"column campaigns.slug text"_s));
    QVERIFY(after.contains(u"migration 1 schema"_s));

    const Run second = run({u"db"_s, u"migrate"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(second, 0);
    const QJsonObject o = second.json();
    QVERIFY2(o.contains(u"applied"_s), qPrintable(second.dump()));
    QCOMPARE(o.value(u"applied"_s).toArray().size(), 0);
    QCOMPARE(o.value(u"schema_version"_s).toInt(), Migrator::latestVersion());
    QCOMPARE(o.value(u"pending"_s).toInt(-1), 0);
    QCOMPARE(scalar(db, schema).toString(), after);

    const Run plain = run({u"db"_s, u"migrate"_s, u"--db"_s, url(db)});
    COMPARE_EXIT(plain, 0);
    QVERIFY2(!plain.stdOut().contains(u"applied migration"_s), qPrintable(plain.dump()));
    QVERIFY2(plain.stdOut().contains(u"up to date"_s), qPrintable(plain.dump()));
    QCOMPARE(scalar(db, schema).toString(), after);
}

// The first simulation on a server builds the migrated template; the next one copies it; both
// say which template they used, have no warning and give the same result for the same seed.
void TestCli::simulateCopiesTheTemplateAfterTheFirstRun()
{
    const QStringList args{u"simulate"_s,
                           u"--campaign"_s,
                           u"insurance_renewal"_s,
                           u"--contacts"_s,
                           u"200"_s,
                           u"--days"_s,
                           u"2"_s,
                           u"--seed"_s,
                           u"7"_s,
                           u"--start"_s,
                           u"2026-03-02T09:00:00Z"_s,
                           u"--db"_s,
                           url(m_demoDb),
                           u"--json"_s};
    const Run first = run(args);
    COMPARE_EXIT(first, 0);
    const Run second = run(args);
    COMPARE_EXIT(second, 0);
    for (const Run *r : {&first, &second}) {
        const QJsonObject o = r->json();
        QCOMPARE(o.value(u"warnings"_s).toArray(), QJsonArray());
        QVERIFY2(o.value(u"template"_s).toString().startsWith(u"touchline_tmpl_sim_"_s),
                 qPrintable(o.value(u"template"_s).toString()));
    }
    QCOMPARE(second.json().value(u"template"_s), first.json().value(u"template"_s));
    QCOMPARE(second.json().value(u"steps"_s), first.json().value(u"steps"_s));
    QVERIFY(!first.json().value(u"steps"_s).toArray().isEmpty());
    QCOMPARE(scalar(m_demoDb,
                    u"select count(*) from pg_database where datname = ? and datistemplate"_s,
                    {first.json().value(u"template"_s).toString()})
                 .toInt(),
             1);
}

void TestCli::dbInitDemoOnce()
{
    const QString db = u"cli_db_demo"_s;
    QVERIFY(freshDatabase(db, false));

    const Run first = run({u"db"_s, u"init"_s, u"--demo"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(first, 0);
    QJsonObject o = first.json();
    QCOMPARE(o.value(u"demo_loaded"_s), QJsonValue(true));
    QCOMPARE(o.value(u"campaigns"_s).toInt(), 6);
    QCOMPARE(o.value(u"pending"_s).toInt(-1), 0);
    QCOMPARE(scalar(db, u"select string_agg(slug, ',' order by slug) from campaigns"_s).toString(),
             u"b2bea_membership,b2bea_membership_close,b2bea_membership_cs,b2bea_world,"
             "dreamborn,insurance_renewal"_s);
    const QString state = u"select concat_ws('|', (select count(*) from campaigns), "
                          "(select count(*) from campaign_revisions), "
                          "(select count(*) from campaign_steps), "
                          "(select count(*) from audit_log where action = 'import'))"_s;
    const QString before = scalar(db, state).toString();
    QVERIFY2(before.startsWith(u"6|6|"_s) && before.endsWith(u"|1"_s), qPrintable(before));

    const Run second = run({u"db"_s, u"init"_s, u"--demo"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(second, 0);
    o = second.json();
    QCOMPARE(o.value(u"demo_loaded"_s), QJsonValue(false));
    QCOMPARE(o.value(u"campaigns"_s).toInt(), 6);
    QCOMPARE(o.value(u"applied"_s).toArray().size(), 0);
    QCOMPARE(scalar(db, state).toString(), before);

    // The loaded demo is the demo file, byte for byte.
    const Run exported = run({u"export"_s, u"--db"_s, url(db)});
    COMPARE_EXIT(exported, 0);
    QCOMPARE(exported.out, contentsOf(demoFlowsFile()));
}

void TestCli::dbInitCreatesDatabase()
{
    // A name that needs quoting in SQL and percent-encoding in the URL.
    const QString db = u"cli new-db \"init\""_s;
    const QString exists = u"select count(*) from pg_database where datname = ?"_s;
    QCOMPARE(scalar(u"postgres"_s, exists, {db}).toInt(), 0);

    // status does not create it: a database that is not there is unreachable.
    const Run status = run({u"db"_s, u"status"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(status, 3);
    QVERIFY2(status.stdErr().contains(u"does not exist"_s), qPrintable(status.dump()));
    QCOMPARE(scalar(u"postgres"_s, exists, {db}).toInt(), 0);

    const Run init = run({u"db"_s, u"init"_s, u"--db"_s, url(db), u"--json"_s});
    COMPARE_EXIT(init, 0);
    const QJsonObject o = init.json();
    QCOMPARE(o.value(u"schema_version"_s).toInt(), Migrator::latestVersion());
    QCOMPARE(o.value(u"pending"_s).toInt(-1), 0);
    QCOMPARE(scalar(u"postgres"_s, exists, {db}).toInt(), 1);
    QCOMPARE(scalar(db, u"select count(*) from schema_migrations"_s).toInt(),
             Migrator::migrations().size());

    COMPARE_EXIT(run({u"db"_s, u"status"_s, u"--db"_s, url(db)}), 0);
}

// --- connection problems ----------------------------------------------------------------------

void TestCli::unreachable_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("viaEnvironment");

    const QList<std::pair<const char *, QStringList>> commands{
        {"import", {u"import"_s, fixture(u"cli-pair.json"_s), u"--json"_s}},
        {"export", {u"export"_s}},
        {"db init", {u"db"_s, u"init"_s, u"--json"_s}},
        {"db migrate", {u"db"_s, u"migrate"_s}},
        {"db status", {u"db"_s, u"status"_s, u"--json"_s}},
    };
    for (const auto &[name, args] : commands) {
        QTest::addRow("%s --db", name) << args << false;
        QTest::addRow("%s TOUCHLINE_DB", name) << args << true;
    }
}

void TestCli::unreachable()
{
    QFETCH(QStringList, args);
    QFETCH(bool, viaEnvironment);

    QProcessEnvironment env = environment();
    if (viaEnvironment)
        env.insert(u"TOUCHLINE_DB"_s, unreachableUrl);
    else
        args << u"--db"_s << unreachableUrl;
    const Run r = run(args, env);
    COMPARE_EXIT(r, 3);
    QVERIFY2(r.stdErr().contains(u"cannot connect to the database at "_s + unreachableUrl),
             qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(u"\"127.0.0.1\""_s), qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(u"Connection refused"_s), qPrintable(r.dump()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.dump()));
}

void TestCli::validateNeedsNoDatabase()
{
    QProcessEnvironment env = environment();
    env.insert(u"TOUCHLINE_DB"_s, unreachableUrl);
    COMPARE_EXIT(run({u"validate"_s, fixture(u"cli-pair.json"_s)}, env), 0);
    COMPARE_EXIT(run({u"validate"_s, fixture(u"cli-pair.json"_s), u"--db"_s, unreachableUrl}), 0);
}

void TestCli::dbOptionOverridesEnvironment()
{
    QProcessEnvironment env = environment();
    env.insert(u"TOUCHLINE_DB"_s, unreachableUrl);
    const Run r = run({u"db"_s, u"status"_s, u"--db"_s, url(m_demoDb), u"--json"_s}, env);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"campaigns"_s).toInt(), 6);
}

void TestCli::malformedUrl_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("environmentUrl");

    const QStringList import{u"import"_s, fixture(u"cli-pair.json"_s)};
    QTest::addRow("import mysql") << (import + QStringList{u"--db"_s, u"mysql://x"_s}) << QString();
    QTest::addRow("export mysql") << QStringList{u"export"_s, u"--db"_s, u"mysql://x"_s}
                                  << QString();
    QTest::addRow("db status mysql")
        << QStringList{u"db"_s, u"status"_s, u"--db"_s, u"mysql://x"_s} << QString();
    QTest::addRow("db init bad host")
        << QStringList{u"db"_s, u"init"_s, u"--db"_s, u"postgresql://[::1"_s} << QString();
    QTest::addRow("TOUCHLINE_DB mysql") << QStringList{u"db"_s, u"status"_s} << u"mysql://x"_s;
    QTest::addRow("TOUCHLINE_DB not a URL") << import << u"just words"_s;
}

void TestCli::malformedUrl()
{
    QFETCH(QStringList, args);
    QFETCH(QString, environmentUrl);

    QProcessEnvironment env = environment();
    if (!environmentUrl.isEmpty())
        env.insert(u"TOUCHLINE_DB"_s, environmentUrl);
    const Run r = run(args, env);
    COMPARE_EXIT(r, 2);
    QVERIFY2(r.stdErr().contains(u"is not a PostgreSQL URI"_s), qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(u"usage: touchline"_s), qPrintable(r.dump()));
}

// --- usage ------------------------------------------------------------------------------------

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");

    const QString file = fixture(u"cli-pair.json"_s);
    QTest::addRow("unknown command")
        << QStringList{u"frobnicate"_s} << 2 << u"unknown command \"frobnicate\""_s;
    QTest::addRow("validate without a file")
        << QStringList{u"validate"_s} << 2 << u"validate takes exactly one FILE"_s;
    QTest::addRow("validate with two files")
        << QStringList{u"validate"_s, file, file} << 2 << u"validate takes exactly one FILE"_s;
    QTest::addRow("import without a file")
        << QStringList{u"import"_s} << 2 << u"import takes exactly one FILE"_s;
    QTest::addRow("export with a file argument")
        << QStringList{u"export"_s, file} << 2 << u"export takes no FILE argument"_s;
    QTest::addRow("db without an action") << QStringList{u"db"_s} << 2 << u"db needs one action"_s;
    QTest::addRow("unknown db action")
        << QStringList{u"db"_s, u"drop"_s} << 2 << u"unknown db action \"drop\""_s;
    QTest::addRow("unknown option")
        << QStringList{u"validate"_s, u"--bogus"_s, file} << 2 << u"Unknown option 'bogus'"_s;
    QTest::addRow("option without its value")
        << QStringList{u"export"_s, u"--campaign"_s} << 2 << u"Missing value after '--campaign'"_s;
    QTest::addRow("--help") << QStringList{u"--help"_s} << 0 << u"usage: touchline"_s;
    QTest::addRow("-h") << QStringList{u"-h"_s} << 0 << u"usage: touchline"_s;
    QTest::addRow("help") << QStringList{u"help"_s} << 0 << u"usage: touchline"_s;
    QTest::addRow("validate --help") << QStringList{u"validate"_s, u"--help"_s} << 0 << u"--json"_s;
    QTest::addRow("export --help") << QStringList{u"export"_s, u"--help"_s} << 0 << u"--campaign"_s;
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);

    const Run r = run(args);
    COMPARE_EXIT(r, exitCode);
    if (exitCode == 0) {
        QVERIFY2(QString(r.stdOut() + r.stdErr()).contains(fragment), qPrintable(r.dump()));
    } else {
        QVERIFY2(r.out.isEmpty(), qPrintable(r.dump()));
        QVERIFY2(r.errLines().value(0).contains(fragment), qPrintable(r.dump()));
        QVERIFY2(r.stdErr().contains(u"usage: touchline"_s), qPrintable(r.dump()));
    }
}

void TestCli::windowModeBadOption()
{
    // An option before any command goes to the window's parser.
    const Run r = run({u"--bogus"_s});
    QVERIFY2(r.stdErr().contains(u"Unknown option 'bogus'"_s), qPrintable(r.dump()));
    QCOMPARE(r.exitCode, 2);
}

void TestCli::version()
{
    // No display, no database: the version is a command-line answer.
    QProcessEnvironment env = environment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    const Run r = run({u"--version"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.stdOut().startsWith(u"touchline "_s), qPrintable(r.dump()));
    QVERIFY2(r.stdOut().trimmed().section(u' ', 1).count(u'.') == 2, qPrintable(r.dump()));
}

void TestCli::germanLocale()
{
    // The system locale picks the translation; messages keep their technical tokens.
    QProcessEnvironment env = environment();
    env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    const Run r = run({u"validate"_s, workFile(u"missing.json"_s)}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.stdErr().contains(u"kann nicht gelesen werden"_s), qPrintable(r.dump()));
    const Run help = run({u"--help"_s}, env);
    QVERIFY2(help.stdOut().startsWith(u"Aufruf:"_s), qPrintable(help.dump()));
    QVERIFY2(help.stdOut().contains(u"touchline validate"_s), qPrintable(help.dump()));
}

void TestCli::translationsFinished()
{
    // Every string of the German file is translated; plural messages have both forms.
    const QString ts
        = QStringLiteral(TOUCHLINE_FIXTURES) + u"/../../translations/touchline_de.ts"_s;
    const QString text = QString::fromUtf8(contentsOf(ts));
    QVERIFY2(text.contains(u"<TS version"_s), qPrintable(ts));
    QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
    QVERIFY(text.count(u"<message numerus=\"yes\">"_s) > 0);
    QCOMPARE(text.count(u"<numerusform>"_s), 2 * text.count(u"<message numerus=\"yes\">"_s));
}

// --- the embedded default ---------------------------------------------------------------------

void TestCli::embeddedDefault()
{
    // Short and outside /root: the socket path is limited and the server runs as postgres.
    QTemporaryDir home(QDir::tempPath() + u"/tlh-XXXXXX"_s);
    QVERIFY2(home.isValid(), qPrintable(home.errorString()));
    // QTemporaryDir makes a 0700 folder; the postgres user must be able to pass through it.
    QVERIFY(QFile::setPermissions(home.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::ExeOther));
    const QString root = home.filePath(u"cluster"_s);
    const QString pidFile = root + u"/data/postmaster.pid"_s;
    const auto stopLeftovers = qScopeGuard([&] {
        if (QFile::exists(pidFile)) {
            QString error;
            LocalCluster(root).stop(&error);
        }
    });

    QProcessEnvironment env = environment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, home.path());

    const Run init = run({u"db"_s, u"init"_s, u"--demo"_s, u"--json"_s}, env);
    COMPARE_EXIT(init, 0);
    const QJsonObject o = init.json();
    QCOMPARE(o.value(u"embedded"_s), QJsonValue(true));
    QVERIFY2(o.value(u"database"_s).toString().contains(root), qPrintable(init.dump()));
    QCOMPARE(o.value(u"demo_loaded"_s), QJsonValue(true));
    QCOMPARE(o.value(u"campaigns"_s).toInt(), 6);
    QCOMPARE(o.value(u"pending"_s).toInt(-1), 0);
    QVERIFY(QFile::exists(root + u"/data/PG_VERSION"_s));
    QVERIFY2(!QFile::exists(pidFile), "the embedded server still runs after db init");

    const Run exported = run({u"export"_s}, env);
    COMPARE_EXIT(exported, 0);
    QCOMPARE(exported.out, contentsOf(demoFlowsFile()));
    QVERIFY2(!QFile::exists(pidFile), "the embedded server still runs after export");

    const Run status = run({u"db"_s, u"status"_s, u"--json"_s}, env);
    COMPARE_EXIT(status, 0);
    QCOMPARE(status.json().value(u"campaigns"_s).toInt(), 6);
    QCOMPARE(status.json().value(u"embedded"_s), QJsonValue(true));
    QVERIFY2(!QFile::exists(pidFile), "the embedded server still runs after db status");
    // Every process unregistered itself.
    QCOMPARE(QDir(root + u"/users"_s).entryList(QDir::Files), QStringList());
}

TOUCHLINE_TEST_MAIN(TestCli)

#include "tst_cli.moc"
