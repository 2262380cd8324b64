// Schema migrations: applying, re-running, the version guard, concurrent migrators, and the
// constraints and indexes the rest of Touchline relies on.
#include "database.h"
#include "migrator.h"
#include "session.h"
#include "testcluster.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <array>
#include <memory>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Touchline::Test::exec;
using Touchline::Test::scalar;
using Touchline::Test::Session;

namespace {

// Everything the migrations create: columns, indexes, constraints, triggers, functions, grants.
QString schemaFingerprint(const QSqlDatabase &db)
{
    return scalar(
               db,
               u"select md5(string_agg(line, E'\\n' order by line)) from ("
               "select format('column %s.%s %s %s %s', table_name, column_name, data_type, "
               "is_nullable, coalesce(column_default, '')) as line "
               "from information_schema.columns where table_schema = 'public' "
               "union all select 'index ' || indexdef from pg_indexes where schemaname = 'public' "
               "union all select format('constraint %s %s %s', conrelid::regclass, conname, "
               "pg_get_constraintdef(oid)) from pg_constraint "
               "where connamespace = 'public'::regnamespace "
               "union all select 'trigger ' || pg_get_triggerdef(oid) from pg_trigger "
               "where not tgisinternal "
               "union all select 'function ' || oid::regprocedure::text from pg_proc "
               "where pronamespace = 'public'::regnamespace "
               "union all select format('grant %s %s %s', table_name, grantee, privilege_type) "
               "from information_schema.role_table_grants where table_schema = 'public') f"_s)
        .toString();
}

QString migrationRows(const QSqlDatabase &db)
{
    return scalar(db,
                  u"select coalesce(string_agg(format('%s %s %s', version, name, applied_at), "
                  "'; ' order by version), '') from schema_migrations"_s)
        .toString();
}

QStringList expectedApplied()
{
    QStringList out;
    for (const Migrator::Migration &m : Migrator::migrations())
        out.append(u"%1_%2"_s.arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
    return out;
}

// The smallest graph an enrollment needs: two contacts, a campaign with revision 1 and one
// step, and an active enrollment of c1.
constexpr auto campaignId = "00000000-0000-4000-8000-0000000000c1";
constexpr auto enrollmentId = "00000000-0000-4000-8000-0000000000e1";
constexpr auto itemId = "00000000-0000-4000-8000-0000000000a1";
constexpr auto otherCampaignId = "00000000-0000-4000-8000-0000000000c2";

QString withIds(QString sql)
{
    return sql.replace(u"$campaign"_s, QLatin1String(campaignId))
        .replace(u"$enrollment"_s, QLatin1String(enrollmentId))
        .replace(u"$item"_s, QLatin1String(itemId));
}

const QString enrollmentFixture = withIds(
    u"insert into contacts (id, client_id, first_name) values ('c1', 'acme', 'Ada'), "
    "('c2', 'acme', 'Bob');"
    "insert into campaigns (id, slug, name, client_id, type, owner_role) "
    "values ('$campaign', 'alpha', 'Alpha', 'acme', 'membership', 'roles.bdr');"
    "insert into campaign_revisions (campaign_id, revision) values ('$campaign', 1);"
    "insert into campaign_steps (campaign_id, revision, step_number, delay_days, channel, "
    "content_type, template_instructions) "
    "values ('$campaign', 1, 1, 0, 'email', 'intro', 'Hello.');"
    "insert into campaign_contacts (id, contact_id, campaign_id, client_id, revision, "
    "next_send_at) values ('$enrollment', 'c1', '$campaign', 'acme', 1, now());"_s);

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freshDatabaseGetsEveryMigration();
    void secondRunChangesNothing();
    void refusesNewerDatabase_data();
    void refusesNewerDatabase();
    void concurrentMigratorsBothSucceed();
    void constraints_data();
    void constraints();
    void dueScanUsesPartialIndex();
};

void TestMigrations::initTestCase()
{
    const auto all = Migrator::migrations();
    QVERIFY(!all.isEmpty());
    for (int i = 1; i < all.size(); ++i)
        QVERIFY2(all.at(i - 1).version < all.at(i).version, qPrintable(all.at(i).name));
    QCOMPARE(Migrator::latestVersion(), all.constLast().version);

    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(u"constraints"_s, true, &error),
             qPrintable(error));
    Session s(u"constraints"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    QVERIFY2(exec(s.db(), enrollmentFixture, &error), qPrintable(error));
}

void TestMigrations::freshDatabaseGetsEveryMigration()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(u"fresh"_s, false, &error),
             qPrintable(error));
    Session s(u"fresh"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    Migrator migrator(s.db());
    QCOMPARE(migrator.currentVersion(&error), 0);

    QStringList applied;
    QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
    QCOMPARE(applied, expectedApplied());
    QCOMPARE(migrator.currentVersion(&error), Migrator::latestVersion());

    QSqlQuery q(s.db());
    QVERIFY(q.exec(u"select version, name from schema_migrations order by version"_s));
    for (const Migrator::Migration &m : Migrator::migrations()) {
        QVERIFY2(q.next(), qPrintable(m.name));
        QCOMPARE(q.value(0).toInt(), m.version);
        QCOMPARE(q.value(1).toString(), m.name);
    }
    QVERIFY(!q.next());
    for (const QString &table : {u"campaigns"_s,
                                 u"campaign_revisions"_s,
                                 u"campaign_steps"_s,
                                 u"contacts"_s,
                                 u"campaign_contacts"_s,
                                 u"outbound_queue"_s,
                                 u"staged_drafts"_s,
                                 u"step_outcomes"_s,
                                 u"tasks"_s,
                                 u"audit_log"_s})
        QVERIFY2(scalar(s.db(), u"select to_regclass('%1') is not null"_s.arg(table)).toBool(),
                 qPrintable(table));
}

void TestMigrations::secondRunChangesNothing()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(u"twice"_s, true, &error),
             qPrintable(error));
    Session s(u"twice"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    const QString schema = schemaFingerprint(s.db());
    const QString rows = migrationRows(s.db());
    QVERIFY(!schema.isEmpty());

    QStringList applied;
    QVERIFY2(Migrator(s.db()).migrate(&error, &applied), qPrintable(error));
    QVERIFY2(applied.isEmpty(), qPrintable(applied.join(u", "_s)));
    QCOMPARE(schemaFingerprint(s.db()), schema);
    QCOMPARE(migrationRows(s.db()), rows);
    QCOMPARE(Migrator(s.db()).currentVersion(&error), Migrator::latestVersion());
}

void TestMigrations::refusesNewerDatabase_data()
{
    QTest::addColumn<bool>("migrated");
    QTest::addRow("migrated database") << true;
    QTest::addRow("nothing but a newer version row") << false;
}

void TestMigrations::refusesNewerDatabase()
{
    QFETCH(bool, migrated);
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(u"newer"_s, migrated, &error),
             qPrintable(error));
    Session s(u"newer"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    const int latest = Migrator::latestVersion();
    const int future = latest + 1;
    QVERIFY(exec(s.db(),
                 u"create table if not exists schema_migrations (version int primary key, "
                 "name text not null, applied_at timestamptz not null default now())"_s));
    QVERIFY(
        exec(s.db(),
             u"insert into schema_migrations (version, name) values (%1, 'from_the_future')"_s.arg(
                 future)));
    const QString schema = schemaFingerprint(s.db());
    const QString rows = migrationRows(s.db());

    QStringList applied;
    QVERIFY(!Migrator(s.db()).migrate(&error, &applied));
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    QVERIFY2(error.contains(u"version %1"_s.arg(future)), qPrintable(error));
    QVERIFY2(error.contains(QString::number(latest)), qPrintable(error));
    QVERIFY(applied.isEmpty());

    QCOMPARE(schemaFingerprint(s.db()), schema);
    QCOMPARE(migrationRows(s.db()), rows);
    QCOMPARE(scalar(s.db(), u"select to_regclass('campaigns') is not null"_s).toBool(), migrated);
    QCOMPARE(Migrator(s.db()).currentVersion(&error), future);
    // The connection is not left inside a failed transaction.
    QCOMPARE(scalar(s.db(), u"select 1"_s).toInt(), 1);
}

void TestMigrations::concurrentMigratorsBothSucceed()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(u"reference"_s, true, &error),
             qPrintable(error));
    QString reference;
    {
        Session s(u"reference"_s);
        QVERIFY2(s.isOpen(), qPrintable(s.error()));
        reference = schemaFingerprint(s.db());
    }

    struct Outcome
    {
        bool ok = false;
        QString error;
        QStringList applied;
    };
    // A few rounds: the race on creating schema_migrations does not show every time.
    for (int round = 0; round < 4; ++round) {
        const QString name = u"concurrent%1"_s.arg(round);
        QVERIFY2(Test::TestCluster::instance().createDatabase(name, false, &error),
                 qPrintable(error));
        std::array<Outcome, 2> outcomes;
        QSemaphore ready;
        QSemaphore go;
        std::array<std::unique_ptr<QThread>, 2> threads;
        for (int i = 0; i < 2; ++i) {
            Outcome *out = &outcomes[i];
            threads[i].reset(QThread::create([&ready, &go, name, out] {
                Session s(name);
                ready.release();
                go.acquire();
                if (!s.isOpen()) {
                    out->error = s.error();
                    return;
                }
                out->ok = Migrator(s.db()).migrate(&out->error, &out->applied);
            }));
            threads[i]->start();
        }
        ready.acquire(2);
        go.release(2);
        for (auto &t : threads)
            QVERIFY(t->wait(120000));

        for (const Outcome &o : outcomes)
            QVERIFY2(o.ok, qPrintable(u"round %1: %2"_s.arg(round).arg(o.error)));
        // Each migration ran exactly once, in one of the two.
        QStringList applied = outcomes[0].applied + outcomes[1].applied;
        applied.sort();
        QCOMPARE(applied, expectedApplied());

        Session s(name);
        QVERIFY2(s.isOpen(), qPrintable(s.error()));
        QCOMPARE(Migrator(s.db()).currentVersion(&error), Migrator::latestVersion());
        QCOMPARE(scalar(s.db(), u"select count(*) from schema_migrations"_s).toInt(),
                 Migrator::migrations().size());
        QCOMPARE(schemaFingerprint(s.db()), reference);
    }
}

void TestMigrations::constraints_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("probe");
    QTest::addColumn<QString>("sqlState"); // empty: the probe must succeed
    QTest::addColumn<QString>("fragment"); // in the refusal's message

    const QString enrollC1
        = withIds(u"insert into campaign_contacts (contact_id, campaign_id, client_id, revision) "
                  "values ('c1', '$campaign', 'acme', 1)"_s);
    const QString exitFirst
        = withIds(u"update campaign_contacts set status = 'converted', exited_at = now(), "
                  "exit_reason = 'converted' where id = '$enrollment'"_s);
    const QString outbound
        = withIds(u"insert into outbound_queue (enrollment_id, client_id, contact_id, campaign_id, "
                  "step_number, attempt, visit, channel, scheduled_at) "
                  "values ('$enrollment', 'acme', 'c1', '$campaign', 1, %1, %2, 'email', now())"_s);
    const QString gatedCampaign
        = u"insert into campaigns (slug, name, client_id, type, owner_role, gate) "
          "values ('gated', 'Gated', 'acme', 'membership', '%1', true)"_s;
    const QString audit = u"insert into audit_log (action, subject) values ('import', 'x')"_s;

    QTest::addRow("second active enrollment refused")
        << QString() << enrollC1 << u"23505"_s << u"campaign_contacts_active_uniq"_s;
    QTest::addRow("re-enrollment after a converted exit accepted")
        << exitFirst << enrollC1 << QString() << QString();
    QTest::addRow("another contact in the same campaign accepted")
        << QString() << QString(enrollC1).replace(u"'c1'"_s, u"'c2'"_s) << QString() << QString();
    QTest::addRow("exited status without exited_at refused")
        << QString()
        << withIds(u"update campaign_contacts set status = 'converted' where id = '$enrollment'"_s)
        << u"23514"_s << u"campaign_contacts"_s;
    // Schema 8: one item per (enrollment, visit); a goto back to a step is a new visit.
    QTest::addRow("duplicate outbound item refused")
        << outbound.arg(1).arg(1) << outbound.arg(2).arg(1) << u"23505"_s
        << u"outbound_queue_enrollment_visit_key"_s;
    QTest::addRow("next visit of the same step and attempt accepted")
        << outbound.arg(1).arg(1) << outbound.arg(1).arg(2) << QString() << QString();
    QTest::addRow("gate on a roles.sales campaign refused")
        << QString() << gatedCampaign.arg(u"roles.sales"_s) << u"23514"_s << u"campaigns_check"_s;
    QTest::addRow("gate on a roles.bdr campaign accepted")
        << QString() << gatedCampaign.arg(u"roles.bdr"_s) << QString() << QString();
    QTest::addRow("audit_log insert accepted") << QString() << audit << QString() << QString();
    QTest::addRow("audit_log update refused")
        << audit << u"update audit_log set action = 'forged'"_s << u"P0001"_s << u"append-only"_s;
    QTest::addRow("audit_log delete refused")
        << audit << u"delete from audit_log"_s << u"P0001"_s << u"append-only"_s;
    QTest::addRow("enrollment of an unknown contact refused")
        << QString() << QString(enrollC1).replace(u"'c1'"_s, u"'nobody'"_s) << u"23503"_s
        << u"campaign_contacts_contact_id_fkey"_s;
    QTest::addRow("enrollment on a missing revision refused")
        << QString()
        << withIds(u"insert into campaign_contacts (contact_id, campaign_id, client_id, revision) "
                   "values ('c2', '$campaign', 'acme', 2)"_s)
        << u"23503"_s << u"campaign_contacts_campaign_id_revision_fkey"_s;
    // Schema 20: the keys of campaign_contacts are checked once per statement by triggers.
    QTest::addRow("enrollment following a missing one refused")
        << QString()
        << withIds(u"insert into campaign_contacts (contact_id, campaign_id, client_id, revision, "
                   "previous_enrollment_id) values ('c2', '$campaign', 'acme', 1, "
                   "gen_random_uuid())"_s)
        << u"23503"_s << u"campaign_contacts_previous_enrollment_id_fkey"_s;
    QTest::addRow("enrollment moved to an unknown contact refused")
        << QString() << withIds(u"update campaign_contacts set contact_id = 'nobody'"_s)
        << u"23503"_s << u"campaign_contacts_contact_id_fkey"_s;
    QTest::addRow("enrollment moved to a missing revision refused")
        << QString() << withIds(u"update campaign_contacts set revision = 2"_s) << u"23503"_s
        << u"campaign_contacts_campaign_id_revision_fkey"_s;
    QTest::addRow("deleting an enrolled contact refused")
        << QString() << u"delete from contacts where id = 'c1'"_s << u"23503"_s
        << u"contacts\" violates foreign key constraint on table \"campaign_contacts\""_s;
    QTest::addRow("deleting a contact never enrolled accepted")
        << QString() << u"delete from contacts where id = 'c2'"_s << QString() << QString();
    QTest::addRow("deleting an enrollment's revision refused")
        << QString() << u"with s as (delete from campaign_steps) delete from campaign_revisions"_s
        << u"23503"_s
        << u"campaign_revisions\" violates foreign key constraint on table \"campaign_contacts\""_s;
    QTest::addRow("deleting an enrollment another follows from refused")
        << withIds(u"insert into campaign_contacts (contact_id, campaign_id, client_id, revision, "
                   "previous_enrollment_id) values ('c2', '$campaign', 'acme', 1, "
                   "'$enrollment')"_s)
        << withIds(u"delete from campaign_contacts where id = '$enrollment'"_s) << u"23503"_s
        << u"campaign_contacts\" violates foreign key constraint on table \"campaign_contacts\""_s;

    // Schema 25: the keys of step_outcomes are checked once per statement by triggers.
    const QString item = withIds(
        u"insert into outbound_queue (id, enrollment_id, client_id, contact_id, campaign_id, "
        "step_number, attempt, visit, channel, scheduled_at) values ('$item', '$enrollment', "
        "'acme', 'c1', '$campaign', 1, 1, 1, 'email', now());"_s);
    const QString outcomeOf = u"insert into step_outcomes (enrollment_id, campaign_id, revision, "
                              "step_number, outbound_id, outcome) values (%1, %2, 1, 1, %3, "
                              "'replied');"_s;
    const auto outcome
        = [&](const QString &enrollment, const QString &campaign, const QString &outbound) {
              return withIds(outcomeOf.arg(enrollment, campaign, outbound));
          };
    const QString recorded = item + outcome(u"'$enrollment'"_s, u"'$campaign'"_s, u"'$item'"_s);
    const QString betaOutcome
        = u"insert into campaigns (id, slug, name, client_id, type, owner_role) values ('$beta', "
          "'beta', 'Beta', 'acme', 'membership', 'roles.bdr');"_s
          + outcome(u"'$enrollment'"_s, u"'$beta'"_s, u"null"_s);
    QTest::addRow("outcome of an enrollment and its item accepted")
        << item << outcome(u"'$enrollment'"_s, u"'$campaign'"_s, u"'$item'"_s) << QString()
        << QString();
    QTest::addRow("outcome of a missing enrollment refused")
        << item << outcome(u"gen_random_uuid()"_s, u"'$campaign'"_s, u"'$item'"_s) << u"23503"_s
        << u"step_outcomes_enrollment_id_fkey"_s;
    QTest::addRow("outcome of a missing campaign refused")
        << item << outcome(u"'$enrollment'"_s, u"gen_random_uuid()"_s, u"'$item'"_s) << u"23503"_s
        << u"step_outcomes_campaign_id_fkey"_s;
    QTest::addRow("outcome of a missing item refused")
        << QString() << outcome(u"'$enrollment'"_s, u"'$campaign'"_s, u"gen_random_uuid()"_s)
        << u"23503"_s << u"step_outcomes_outbound_id_fkey"_s;
    QTest::addRow("outcome moved to a missing item refused")
        << recorded << u"update step_outcomes set outbound_id = gen_random_uuid()"_s << u"23503"_s
        << u"step_outcomes_outbound_id_fkey"_s;
    QTest::addRow("outcome detail updated accepted")
        << recorded << u"update step_outcomes set detail = '{\"sid\": \"x\"}'"_s << QString()
        << QString();
    QTest::addRow("deleting an enrollment with outcomes refused")
        << outcome(u"'$enrollment'"_s, u"'$campaign'"_s, u"null"_s)
        << withIds(u"delete from campaign_contacts where id = '$enrollment'"_s) << u"23503"_s
        << u"campaign_contacts\" violates foreign key constraint "
           "\"step_outcomes_enrollment_id_fkey\" on table \"step_outcomes\""_s;
    QTest::addRow("deleting an enrollment with its outcomes accepted")
        << outcome(u"'$enrollment'"_s, u"'$campaign'"_s, u"null"_s)
        << withIds(u"with o as (delete from step_outcomes) "
                   "delete from campaign_contacts where id = '$enrollment'"_s)
        << QString() << QString();
    QTest::addRow("deleting an item with outcomes refused")
        << recorded << withIds(u"delete from outbound_queue where id = '$item'"_s) << u"23503"_s
        << u"outbound_queue\" violates foreign key constraint \"step_outcomes_outbound_id_fkey\""_s;
    QTest::addRow("deleting an item without outcomes accepted")
        << item << withIds(u"delete from outbound_queue where id = '$item'"_s) << QString()
        << QString();
    QTest::addRow("deleting a campaign with outcomes refused")
        << withIds(betaOutcome).replace(u"$beta"_s, QLatin1String(otherCampaignId))
        << u"delete from campaigns where slug = 'beta'"_s << u"23503"_s
        << u"campaigns\" violates foreign key constraint \"step_outcomes_campaign_id_fkey\""_s;
    QTest::addRow("changing an item's id refused")
        << recorded << u"update outbound_queue set id = gen_random_uuid()"_s << u"23503"_s
        << u"step_outcomes_outbound_id_fkey"_s;
    QTest::addRow("truncating items with outcomes refused")
        << recorded << u"truncate outbound_queue"_s << u"23503"_s
        << u"step_outcomes_outbound_id_fkey"_s;
}

void TestMigrations::constraints()
{
    QFETCH(QString, setup);
    QFETCH(QString, probe);
    QFETCH(QString, sqlState);
    QFETCH(QString, fragment);

    Session s(u"constraints"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    // Every row starts from the fixture: its changes are rolled back.
    QVERIFY(s.db().transaction());
    QString error;
    if (!setup.isEmpty()) {
        const bool ok = exec(s.db(), setup, &error);
        if (!ok)
            s.db().rollback();
        QVERIFY2(ok, qPrintable(error));
    }
    QSqlQuery q(s.db());
    const bool accepted = q.exec(probe);
    const QSqlError sqlError = q.lastError();
    q.finish();
    QVERIFY(s.db().rollback());

    if (sqlState.isEmpty()) {
        QVERIFY2(accepted, qPrintable(Database::describe(sqlError)));
        return;
    }
    QVERIFY2(!accepted, "the database accepted what it must refuse");
    QCOMPARE(sqlError.nativeErrorCode(), sqlState);
    QVERIFY2(Database::describe(sqlError).contains(fragment),
             qPrintable(Database::describe(sqlError)));
}

void TestMigrations::dueScanUsesPartialIndex()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(u"duescan"_s, true, &error),
             qPrintable(error));
    Session s(u"duescan"_s);
    QVERIFY2(s.isOpen(), qPrintable(s.error()));
    QVERIFY2(exec(s.db(), enrollmentFixture, &error), qPrintable(error));
    // 20,000 enrollments, a quarter of them history, due times spread around now.
    QVERIFY2(exec(s.db(),
                  withIds(u"insert into contacts (id, client_id) "
                          "select 'p' || i, 'acme' from generate_series(1, 20000) i;"
                          "insert into campaign_contacts (contact_id, campaign_id, client_id, "
                          "revision, status, next_send_at, exited_at) "
                          "select 'p' || i, '$campaign', 'acme', 1, "
                          "case when i % 4 = 0 then 'converted' else 'active' end, "
                          "now() + ((i * 7919) % 2000 - 1000) * interval '10 minutes', "
                          "case when i % 4 = 0 then now() end "
                          "from generate_series(1, 20000) i;"
                          "analyze contacts; analyze campaign_contacts"_s),
                  &error),
             qPrintable(error));

    QSqlQuery q(s.db());
    QVERIFY(q.exec(u"explain select id from campaign_contacts where status = 'active' "
                   "and next_send_at <= now() order by next_send_at, id limit 100"_s));
    QStringList plan;
    while (q.next())
        plan.append(q.value(0).toString());
    const QString text = plan.join(u'\n');
    QVERIFY2(text.contains(u"Scan using campaign_contacts_due"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Seq Scan"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Sort"_s), qPrintable(text));
}

TOUCHLINE_TEST_MAIN(TestMigrations)

#include "tst_migrations.moc"
