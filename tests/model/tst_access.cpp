// Roles and per-client isolation decided by the database: real logins made by `db grant`, each
// trying what its role may and may not do, by direct SQL, through the engine and through the
// command line; row-level security hiding another client's rows; an audit log nobody alters.
#include "accesscontrol.h"
#include "clirun.h"
#include "demoflows.h"
#include "engine.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QString databaseName = u"access"_s;

// The owner connection that every login connection is made from: a superuser may become any
// login with SET SESSION AUTHORIZATION, after which privileges and policies are the login's.
QSqlDatabase openAs(const QString &login, QString *error)
{
    const QString name = u"as-"_s + login;
    QSqlDatabase db = Test::TestCluster::instance().open(databaseName, name, error);
    if (!db.isOpen())
        return db;
    QSqlQuery q(db);
    if (!q.exec(u"set session authorization \"%1\""_s.arg(login)))
        *error = q.lastError().text();
    return db;
}

// The SQLSTATE a statement ends with ("" when it succeeds), inside a transaction that is rolled
// back, so a permitted write leaves nothing behind.
QString tryStatement(QSqlDatabase db, const QString &sql)
{
    db.transaction();
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    const QString code = ok ? QString() : q.lastError().nativeErrorCode();
    db.rollback();
    return code;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void grantRefusesUnknownRoles();
    void capabilitiesFollowTheGrants_data();
    void capabilitiesFollowTheGrants();
    void roleMatrix_data();
    void roleMatrix();
    void auditLogCannotBeAltered_data();
    void auditLogCannotBeAltered();
    void engineLoginRunsTheScheduler();
    void clientLimitHidesOtherClients();
    void clientLimitRefusesWritesForOtherClients();
    void setRoleDoesNotLiftTheLimit();
    void commandLineAsLimitedLogin();
    void commandLineRefusesWhatTheRoleMayNot();
    void draftsApproveRefusedForAuthorAndSupervisor_data();
    void draftsApproveRefusedForAuthorAndSupervisor();

private:
    Test::Run run(const QStringList &args, const QString &asLogin = {}) const;
    QVariant scalarAs(const QString &login, const QString &sql);

    QTemporaryDir m_work;
    QSqlDatabase m_owner;
};

Test::Run TestAccess::run(const QStringList &args, const QString &asLogin) const
{
    QString url = Test::TestCluster::instance().url(databaseName);
    if (!asLogin.isEmpty()) // act as the login: options=-c role=LOGIN, set at connection start
        url += (url.contains(u'?') ? u"&"_s : u"?"_s) + u"options=-c%20role%3D"_s + asLogin;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, m_work.filePath(u"no-embedded-home"_s));
    return Test::runProgram(QStringLiteral(TOUCHLINE_EXE),
                            QStringList(args) << u"--db"_s << url,
                            env,
                            m_work.path(),
                            120000);
}

QVariant TestAccess::scalarAs(const QString &login, const QString &sql)
{
    QString error;
    QVariant value;
    {
        QSqlDatabase db = openAs(login, &error);
        QSqlQuery q(db);
        if (error.isEmpty() && q.exec(sql) && q.next())
            value = q.value(0);
        else
            qWarning("%s: %s %s",
                     qPrintable(login),
                     qPrintable(sql),
                     qPrintable(error + q.lastError().text()));
    }
    Database::close(u"as-"_s + login);
    return value;
}

void TestAccess::initTestCase()
{
    QVERIFY(m_work.isValid());
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_owner = cluster.open(databaseName, u"owner"_s, &error);
    QVERIFY2(m_owner.isOpen(), qPrintable(error));
    DbError dbError;
    QVERIFY2(DemoFlows::installIfFirstRun(m_owner, &dbError), qPrintable(dbError.message));
    QSqlQuery q(m_owner);
    QVERIFY(q.exec(u"insert into contacts (id, client_id, first_name, email) values "
                   "('b1', 'b2bea', 'Bea', 'bea@example.com'), "
                   "('b2', 'b2bea', 'Ben', 'ben@example.com'), "
                   "('n1', 'northwind_insurance', 'Nia', 'nia@example.com'), "
                   "('d1', 'dreamborn', 'Dan', 'dan@example.com')"_s));
    Engine engine(m_owner);
    const QDateTime at = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);
    QVERIFY(engine.enroll({u"b2bea_world"_s, {u"b1"_s, u"b2"_s}, {}, {}, at}, &dbError));
    QVERIFY(engine.enroll({u"insurance_renewal"_s, {u"n1"_s}, {}, {}, at}, &dbError));
    QVERIFY(engine.enroll({u"dreamborn"_s, {u"d1"_s}, {}, {}, at}, &dbError));
    QVERIFY(engine.tick(at, 100, &dbError));
    QVERIFY(q.exec(u"select count(*) from staged_drafts"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 2);

    const QList<QStringList> grants{{u"ann"_s, u"author"_s},
                                    {u"apo"_s, u"approver"_s},
                                    {u"sue"_s, u"supervisor"_s},
                                    {u"eng"_s, u"engine"_s},
                                    {u"multi"_s, u"author"_s, u"touchline_approver"_s}};
    for (const QStringList &g : grants) {
        const Test::Run r = run(QStringList{u"db"_s, u"grant"_s} + g);
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    }
    const Test::Run limited = run({u"db"_s,
                                   u"grant"_s,
                                   u"lim"_s,
                                   u"supervisor"_s,
                                   u"author"_s,
                                   u"--client"_s,
                                   u"b2bea"_s,
                                   u"--json"_s});
    QVERIFY2(limited.exitCode == 0, qPrintable(limited.dump()));
    QCOMPARE(Test::stringsOf(limited.json().value(u"clients"_s)), QStringList{u"b2bea"_s});
}

void TestAccess::cleanupTestCase()
{
    m_owner = QSqlDatabase();
    Database::close(u"owner"_s);
}

void TestAccess::grantRefusesUnknownRoles()
{
    const Test::Run r = run({u"db"_s, u"grant"_s, u"zed"_s, u"admin"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.stdErr().contains(u"unknown role \"admin\""_s), qPrintable(r.dump()));
    QSqlQuery q(m_owner);
    QVERIFY(q.exec(u"select count(*) from pg_roles where rolname = 'zed'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestAccess::capabilitiesFollowTheGrants_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("flows");
    QTest::addColumn<bool>("drafts");
    QTest::addColumn<bool>("engine");
    QTest::addRow("author") << u"ann"_s << true << false << false;
    QTest::addRow("approver") << u"apo"_s << false << true << false;
    QTest::addRow("supervisor") << u"sue"_s << false << false << false;
    QTest::addRow("engine") << u"eng"_s << false << false << true;
    QTest::addRow("author and approver") << u"multi"_s << true << true << false;
}

void TestAccess::capabilitiesFollowTheGrants()
{
    QFETCH(QString, login);
    QFETCH(bool, flows);
    QFETCH(bool, drafts);
    QFETCH(bool, engine);
    QString error;
    {
        QSqlDatabase db = openAs(login, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DbError dbError;
        const auto caps = AccessControl::of(db, &dbError);
        QVERIFY2(caps, qPrintable(dbError.message));
        QCOMPARE(caps->login, login);
        QVERIFY(!caps->owner);
        QCOMPARE(caps->mayEditFlows(), flows);
        QCOMPARE(caps->mayDecideDrafts(), drafts);
        QCOMPARE(caps->mayRunEngine(), engine);
    }
    Database::close(u"as-"_s + login);
    DbError dbError;
    const auto owner = AccessControl::of(m_owner, &dbError);
    QVERIFY(owner && owner->owner && owner->mayDecideDrafts() && owner->mayEditFlows());
}

void TestAccess::roleMatrix_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    const QString approve = u"update staged_drafts set status = 'approved', reviewer = "
                            "current_user, reviewed_at = now() where status = 'pending_review'"_s;
    const QString editFlow = u"update campaigns set name = name || ' (edited)'"_s;
    const QString newStep
        = u"insert into campaign_steps (campaign_id, revision, step_number, delay_days, channel, "
          "content_type, template_instructions) select id, current_revision, 99, 99, 'email', "
          "'x', 'x' from campaigns where slug = 'b2bea_world'"_s;
    const QString readOutcomes = u"select count(*) from step_outcomes"_s;
    const QString fire = u"update campaign_contacts set next_send_at = now()"_s;
    const QString dropContact = u"delete from contacts"_s;
    QTest::addRow("supervisor reads") << u"sue"_s << readOutcomes << true;
    QTest::addRow("supervisor cannot approve") << u"sue"_s << approve << false;
    QTest::addRow("supervisor cannot edit flows") << u"sue"_s << editFlow << false;
    QTest::addRow("author edits flows") << u"ann"_s << editFlow << true;
    QTest::addRow("author adds steps") << u"ann"_s << newStep << true;
    QTest::addRow("author cannot approve") << u"ann"_s << approve << false;
    QTest::addRow("author cannot move enrollments") << u"ann"_s << fire << false;
    QTest::addRow("approver approves") << u"apo"_s << approve << true;
    QTest::addRow("approver cannot edit flows") << u"apo"_s << editFlow << false;
    QTest::addRow("approver cannot add steps") << u"apo"_s << newStep << false;
    QTest::addRow("engine moves enrollments") << u"eng"_s << fire << true;
    QTest::addRow("engine cannot edit flows") << u"eng"_s << editFlow << false;
    QTest::addRow("engine cancels drafts")
        << u"eng"_s
        << u"update staged_drafts set status = 'cancelled' where status = 'pending_review'"_s
        << true;
    QTest::addRow("nobody deletes contacts") << u"multi"_s << dropContact << false;
    QTest::addRow("author and approver approves") << u"multi"_s << approve << true;
    QTest::addRow("author and approver edits") << u"multi"_s << editFlow << true;
}

void TestAccess::roleMatrix()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    QString error;
    {
        QSqlDatabase db = openAs(login, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString code = tryStatement(db, sql);
        if (allowed)
            QVERIFY2(code.isEmpty(), qPrintable(login + u": "_s + code));
        else
            QCOMPARE(code, u"42501"_s); // insufficient_privilege
    }
    Database::close(u"as-"_s + login);
}

void TestAccess::auditLogCannotBeAltered_data()
{
    QTest::addColumn<QString>("login");
    for (const char *login : {"ann", "apo", "sue", "eng", "multi"})
        QTest::addRow("%s", login) << QString::fromLatin1(login);
}

void TestAccess::auditLogCannotBeAltered()
{
    QFETCH(QString, login);
    QString error;
    {
        QSqlDatabase db = openAs(login, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tryStatement(db, u"insert into audit_log (action) values ('note')"_s), QString());
        QCOMPARE(tryStatement(db, u"update audit_log set actor = 'someone else'"_s), u"42501"_s);
        QCOMPARE(tryStatement(db, u"delete from audit_log"_s), u"42501"_s);
        QCOMPARE(tryStatement(db, u"truncate audit_log"_s), u"42501"_s);
        QCOMPARE(tryStatement(db, u"alter table audit_log disable trigger all"_s), u"42501"_s);
    }
    Database::close(u"as-"_s + login);
    // The owner may not rewrite history either: the append-only trigger refuses it.
    QVERIFY(!tryStatement(m_owner, u"update audit_log set actor = 'someone else'"_s).isEmpty());
    QVERIFY(!tryStatement(m_owner, u"delete from audit_log"_s).isEmpty());
}

void TestAccess::engineLoginRunsTheScheduler()
{
    QString error;
    {
        QSqlDatabase db = openAs(u"eng"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Engine engine(db);
        DbError dbError;
        const QDateTime later = QDateTime::fromString(u"2026-03-20T10:00:00Z"_s, Qt::ISODate);
        const auto result = engine.tick(later, 100, &dbError);
        QVERIFY2(result, qPrintable(dbError.message));
        QVERIFY(result->fired + result->exited > 0);
    }
    Database::close(u"as-eng"_s);
    // The supervisor's tick is refused by the database, not by the program.
    {
        QSqlDatabase db = openAs(u"sue"_s, &error);
        Engine engine(db);
        DbError dbError;
        const QDateTime later = QDateTime::fromString(u"2026-04-20T10:00:00Z"_s, Qt::ISODate);
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(u"update campaign_contacts set next_send_at = '2026-04-01T00:00:00Z' "
                       "where status = 'active'"_s));
        QVERIFY(!engine.tick(later, 100, &dbError));
        QVERIFY2(dbError.message.contains(u"permission denied"_s), qPrintable(dbError.message));
    }
    Database::close(u"as-sue"_s);
}

void TestAccess::clientLimitHidesOtherClients()
{
    for (const QString &table : {u"campaigns"_s,
                                 u"contacts"_s,
                                 u"campaign_contacts"_s,
                                 u"staged_drafts"_s,
                                 u"outbound_queue"_s}) {
        const int all = scalarAs(u"sue"_s, u"select count(*) from "_s + table).toInt();
        const int others
            = scalarAs(u"lim"_s,
                       u"select count(*) from "_s + table + u" where client_id <> 'b2bea'"_s)
                  .toInt();
        const int own = scalarAs(u"lim"_s, u"select count(*) from "_s + table).toInt();
        QVERIFY2(all > own, qPrintable(table));
        QCOMPARE(others, 0);
        QVERIFY2(own > 0, qPrintable(table));
    }
    // Steps and outcomes hang off campaigns: hidden with them.
    QCOMPARE(scalarAs(u"lim"_s,
                      u"select count(*) from campaign_steps s join campaigns c "
                      "on c.id = s.campaign_id where c.client_id <> 'b2bea'"_s)
                 .toInt(),
             0);
    QVERIFY(scalarAs(u"lim"_s,
                     u"select count(*) from campaign_steps where campaign_id not in "
                     "(select id from campaigns)"_s)
                .toInt()
            == 0);
    QVERIFY(scalarAs(u"sue"_s, u"select count(*) from campaign_steps"_s).toInt()
            > scalarAs(u"lim"_s, u"select count(*) from campaign_steps"_s).toInt());
}

void TestAccess::clientLimitRefusesWritesForOtherClients()
{
    QString error;
    {
        QSqlDatabase db = openAs(u"lim"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tryStatement(db, u"insert into contacts (id, client_id) values ('x1', 'b2bea')"_s),
                 QString());
        QCOMPARE(
            tryStatement(
                db, u"insert into contacts (id, client_id) values ('x2', 'northwind_insurance')"_s),
            u"42501"_s); // new row violates row-level security policy
        // An update of another client's rows finds none.
        db.transaction();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"update campaigns set name = 'taken' where slug = 'insurance_renewal'"_s));
        QCOMPARE(q.numRowsAffected(), 0);
        db.rollback();
    }
    Database::close(u"as-lim"_s);
}

void TestAccess::setRoleDoesNotLiftTheLimit()
{
    QString error;
    {
        QSqlDatabase db = openAs(u"lim"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"set role touchline_supervisor"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"select count(*) from campaigns where client_id <> 'b2bea'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    Database::close(u"as-lim"_s);
}

void TestAccess::commandLineAsLimitedLogin()
{
    const Test::Run all = run({u"export"_s}, u"sue"_s);
    QVERIFY2(all.exitCode == 0, qPrintable(all.dump()));
    QVERIFY(all.stdOut().contains(u"insurance_renewal"_s));
    const Test::Run own = run({u"export"_s}, u"lim"_s);
    QVERIFY2(own.exitCode == 0, qPrintable(own.dump()));
    QVERIFY2(own.stdOut().contains(u"b2bea_world"_s), qPrintable(own.dump()));
    QVERIFY2(!own.stdOut().contains(u"insurance_renewal"_s), qPrintable(own.dump()));
    QVERIFY(!own.stdOut().contains(u"\"dreamborn\""_s));
}

void TestAccess::commandLineRefusesWhatTheRoleMayNot()
{
    const Test::Run r = run({u"campaign"_s, u"pause"_s, u"b2bea_world"_s}, u"sue"_s);
    QVERIFY2(r.exitCode != 0, qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(u"permission denied"_s), qPrintable(r.dump()));
    QSqlQuery q(m_owner);
    QVERIFY(q.exec(u"select status from campaigns where slug = 'b2bea_world'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"active"_s);
    const Test::Run grant = run({u"db"_s, u"grant"_s, u"zoe"_s, u"author"_s}, u"apo"_s);
    QVERIFY2(grant.exitCode != 0, qPrintable(grant.dump()));
    QVERIFY2(grant.stdErr().contains(u"permission denied"_s), qPrintable(grant.dump()));
}

void TestAccess::draftsApproveRefusedForAuthorAndSupervisor_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("all");
    QTest::addRow("author, by id") << u"ann"_s << false;
    QTest::addRow("author, --all") << u"ann"_s << true;
    QTest::addRow("supervisor, --all") << u"sue"_s << true;
    QTest::addRow("supervisor, by id") << u"sue"_s << false;
}

void TestAccess::draftsApproveRefusedForAuthorAndSupervisor()
{
    // Through the real command line, logged in as the role: the database refuses, the command
    // says so with a failing exit code, and no draft, item or audit row changes.
    QFETCH(QString, login);
    QFETCH(bool, all);
    const QString state
        = u"select string_agg(d.id::text || d.status || coalesce(d.reviewer, '') "
          "|| q.status, ',' order by d.id) || (select count(*) from audit_log) "
          "from staged_drafts d join outbound_queue q on q.staged_draft_id = d.id"_s;
    QSqlQuery q(m_owner);
    QVERIFY(q.exec(u"select id from staged_drafts where status = 'pending_review' "
                   "order by id limit 1"_s)
            && q.next());
    const QString id = q.value(0).toString();
    QVERIFY(q.exec(state) && q.next());
    const QString before = q.value(0).toString();
    const QStringList args = all ? QStringList{u"drafts"_s, u"approve"_s, u"--all"_s}
                                 : QStringList{u"drafts"_s, u"approve"_s, id};
    const Test::Run r = run(args, login);
    QVERIFY2(r.exitCode != 0, qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(u"permission denied"_s, Qt::CaseInsensitive)
                 || r.stdErr().contains(u"may not"_s),
             qPrintable(r.dump()));
    QVERIFY(q.exec(state) && q.next());
    QCOMPARE(q.value(0).toString(), before);
    // The same command as an approver goes through: the refusal was the role's (last row, so
    // that the other rows find the draft pending).
    if (login == u"sue" && !all) {
        const Test::Run approver = run(args, u"apo"_s);
        QVERIFY2(approver.exitCode == 0, qPrintable(approver.dump()));
        QVERIFY(q.exec(u"select status from staged_drafts where id = '%1'"_s.arg(id)) && q.next());
        QCOMPARE(q.value(0).toString(), u"approved"_s);
    }
}

TOUCHLINE_TEST_MAIN(TestAccess)
#include "tst_access.moc"
