// FlowStore's designer saves against a real database: optimistic concurrency between two
// authors (refuse, overwrite, save as copy), publish messages and authors, revision diffs and
// migrating enrollments between revisions.
#include "database.h"
#include "demoflows.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

// A named connection for the length of a scope, acting as one database role.
class Author
{
public:
    Author(const QString &database, const QString &role)
        : m_name(u"tst-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = Test::TestCluster::instance().open(database, m_name, &m_error);
        QSqlQuery q(m_db);
        if (m_db.isOpen() && !q.exec(u"set role "_s + role))
            m_error = Database::describe(q.lastError());
    }
    ~Author()
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
    Author(const Author &) = delete;
    Author &operator=(const Author &) = delete;

    QSqlDatabase db() const { return m_db; }
    QString error() const { return m_error; }
    FlowStore store() const { return FlowStore(m_db); }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(Database::describe(q.lastError())));
        return {};
    }
    return q.value(0);
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(Database::describe(q.lastError())));
    return false;
}

// Row count and a digest of every row of the tables a save writes.
QString snapshot(const QSqlDatabase &db)
{
    QStringList parts;
    for (const QString &table :
         {u"campaigns"_s, u"campaign_revisions"_s, u"campaign_steps"_s, u"audit_log"_s})
        parts.append(table + u' '
                     + scalar(db,
                              u"select count(*) || ' ' || md5(coalesce(string_agg(t::text, "
                              "E'\\n' order by t::text), '')) from %1 t"_s.arg(table))
                           .toString());
    return parts.join(u'\n');
}

Campaign &campaignIn(Flow &flow, const QString &slug)
{
    return flow.campaigns[flow.indexOf(slug)];
}

QStringList conflictSlugs(const FlowStore::SaveReport &r)
{
    QStringList out;
    for (const FlowStore::Conflict &c : r.conflicts)
        out.append(c.slug);
    return out;
}

} // namespace

class TestFlowStoreRevisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aConcurrentSaveIsRefusedAndWritesNothing();
    void overwriteSavesOverTheOtherAuthor();
    void saveAsCopyKeepsTheOtherAuthorsCampaign();
    void twoAuthorsCreatingTheSameSlugConflict();
    void publishMessagesAndAuthorsAreRecorded();
    void routingChangesPublishARevision_data();
    void routingChangesPublishARevision();
    void diffListsExactlyTheChanges();
    void migrateEnrollmentsMovesActiveEnrollmentsOnly();
    void migrateEnrollmentsRefusesUnknownRevisions();

private:
    const QString m_database = u"revisions"_s;
};

void TestFlowStoreRevisions::initTestCase()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(m_database, true, &error), qPrintable(error));
    QSqlDatabase admin = cluster.open(m_database, u"admin"_s, &error);
    QVERIFY2(admin.isOpen(), qPrintable(error));
    for (const QString &role : {u"alice"_s, u"bob"_s}) {
        QVERIFY(exec(admin,
                     u"do $$ begin if not exists (select 1 from pg_roles where rolname = '%1') "
                     "then create role %1 in role touchline_author; end if; end $$"_s.arg(role)));
    }
    admin = QSqlDatabase();
    Database::close(u"admin"_s);
}

void TestFlowStoreRevisions::init()
{
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(m_database, true, &error),
             qPrintable(error));
    Author admin(m_database, u"none"_s);
    DbError dbError;
    QVERIFY(admin.store().importFlow(DemoFlows::read().flow, u"demo"_s, &dbError));
}

void TestFlowStoreRevisions::aConcurrentSaveIsRefusedAndWritesNothing()
{
    Author alice(m_database, u"alice"_s);
    Author bob(m_database, u"bob"_s);
    QVERIFY2(alice.error().isEmpty(), qPrintable(alice.error()));
    DbError error;
    auto a = alice.store().loadWithVersions({}, &error);
    QVERIFY2(a, qPrintable(error.message));
    auto b = bob.store().loadWithVersions({}, &error);
    QVERIFY(b);
    QCOMPARE(a->versions.size(), 6);
    QCOMPARE(a->versions, b->versions);

    campaignIn(a->flow, u"b2bea_world"_s).steps[0].contentType = u"alice_invite"_s;
    const auto saved = alice.store().saveDesign(
        a->flow, a->versions, FlowStore::SaveMode::Normal, u"Alice's invite"_s, &error);
    QVERIFY2(saved, qPrintable(error.message));
    QVERIFY(saved->saved);
    QVERIFY(saved->conflicts.isEmpty());
    QCOMPARE(saved->import.updated, QStringList{u"b2bea_world"_s});
    QCOMPARE(saved->versions.value(u"b2bea_world"_s), a->versions.value(u"b2bea_world"_s) + 1);

    // Bob edits the same campaign and another one; his save names the conflict and writes nothing.
    campaignIn(b->flow, u"b2bea_world"_s).name = u"Bob's world"_s;
    campaignIn(b->flow, u"dreamborn"_s).steps[0].delayMinutes = 30;
    const QString before = snapshot(bob.db());
    const auto refused = bob.store().saveDesign(
        b->flow, b->versions, FlowStore::SaveMode::Normal, u"Bob's world"_s, &error);
    QVERIFY2(refused, qPrintable(error.message));
    QVERIFY(!refused->saved);
    QCOMPARE(conflictSlugs(*refused), QStringList{u"b2bea_world"_s});
    const FlowStore::Conflict &c = refused->conflicts.first();
    QCOMPARE(c.author, u"alice"_s);
    QVERIFY(c.savedAt.isValid());
    QVERIFY(qAbs(c.savedAt.secsTo(QDateTime::currentDateTime())) < 60);
    QCOMPARE(c.expectedVersion, b->versions.value(u"b2bea_world"_s));
    QCOMPARE(c.currentVersion, c.expectedVersion + 1);
    QCOMPARE(snapshot(bob.db()), before);
    QCOMPARE(scalar(bob.db(), u"select name from campaigns where slug = 'b2bea_world'"_s),
             u"B2B eCommerce World event registration"_s);
}

void TestFlowStoreRevisions::overwriteSavesOverTheOtherAuthor()
{
    Author alice(m_database, u"alice"_s);
    Author bob(m_database, u"bob"_s);
    DbError error;
    auto a = alice.store().loadWithVersions({}, &error);
    auto b = bob.store().loadWithVersions({}, &error);
    QVERIFY(a && b);
    campaignIn(a->flow, u"b2bea_world"_s).steps[0].contentType = u"alice_invite"_s;
    QVERIFY(alice.store()
                .saveDesign(a->flow, a->versions, FlowStore::SaveMode::Normal, u"A"_s, &error)
                ->saved);

    campaignIn(b->flow, u"b2bea_world"_s).steps[1].contentType = u"bob_request"_s;
    const auto r = bob.store().saveDesign(
        b->flow, b->versions, FlowStore::SaveMode::Overwrite, u"Bob wins"_s, &error);
    QVERIFY2(r, qPrintable(error.message));
    QVERIFY(r->saved);
    QCOMPARE(conflictSlugs(*r), QStringList{u"b2bea_world"_s});
    const auto now = bob.store().load({u"b2bea_world"_s}, &error);
    QVERIFY(now);
    // Bob's whole campaign is saved: Alice's step 1 edit is gone, his step 2 edit is there.
    QCOMPARE(now->campaigns.first().steps.at(0).contentType, u"event_invite"_s);
    QCOMPARE(now->campaigns.first().steps.at(1).contentType, u"bob_request"_s);
    QCOMPARE(
        scalar(bob.db(), u"select current_revision from campaigns where slug = 'b2bea_world'"_s)
            .toInt(),
        3);
    QCOMPARE(r->versions.value(u"b2bea_world"_s), a->versions.value(u"b2bea_world"_s) + 2);
    QCOMPARE(scalar(bob.db(),
                    u"select detail -> 'overwritten' ->> 0 from audit_log "
                    "where action = 'save_design' order by id desc limit 1"_s)
                 .toString(),
             u"b2bea_world"_s);
}

void TestFlowStoreRevisions::saveAsCopyKeepsTheOtherAuthorsCampaign()
{
    Author alice(m_database, u"alice"_s);
    Author bob(m_database, u"bob"_s);
    DbError error;
    auto a = alice.store().loadWithVersions({}, &error);
    auto b = bob.store().loadWithVersions({}, &error);
    QVERIFY(a && b);
    campaignIn(a->flow, u"dreamborn"_s).steps[0].contentType = u"alice_intro"_s;
    QVERIFY(alice.store()
                .saveDesign(a->flow, a->versions, FlowStore::SaveMode::Normal, u"A"_s, &error)
                ->saved);

    campaignIn(b->flow, u"dreamborn"_s).steps[0].contentType = u"bob_intro"_s;
    auto refused
        = bob.store().saveDesign(b->flow, b->versions, FlowStore::SaveMode::Normal, u"B"_s, &error);
    QVERIFY(refused && !refused->saved);
    // What the designer does for "save as copy": the conflicting campaigns get fresh slugs.
    for (const FlowStore::Conflict &c : std::as_const(refused->conflicts))
        campaignIn(b->flow, c.slug).slug = c.slug + u"_copy"_s;
    const auto copied = bob.store().saveDesign(
        b->flow, b->versions, FlowStore::SaveMode::Normal, u"B as a copy"_s, &error);
    QVERIFY2(copied, qPrintable(error.message));
    QVERIFY(copied->saved);
    QCOMPARE(copied->import.created, QStringList{u"dreamborn_copy"_s});
    const auto both = bob.store().load({u"dreamborn"_s, u"dreamborn_copy"_s}, &error);
    QVERIFY2(both, qPrintable(error.message));
    QCOMPARE(both->campaigns.at(0).steps.at(0).contentType, u"alice_intro"_s);
    QCOMPARE(both->campaigns.at(1).steps.at(0).contentType, u"bob_intro"_s);
    QCOMPARE(scalar(bob.db(),
                    u"select r.message || '/' || r.author from campaign_revisions r join "
                    "campaigns c on c.id = r.campaign_id where c.slug = 'dreamborn_copy'"_s)
                 .toString(),
             u"B as a copy/bob"_s);
}

void TestFlowStoreRevisions::twoAuthorsCreatingTheSameSlugConflict()
{
    Author alice(m_database, u"alice"_s);
    Author bob(m_database, u"bob"_s);
    DbError error;
    auto a = alice.store().loadWithVersions({}, &error);
    auto b = bob.store().loadWithVersions({}, &error);
    QVERIFY(a && b);
    Campaign fresh = campaignIn(a->flow, u"dreamborn"_s);
    fresh.slug = u"fresh"_s;
    a->flow.campaigns.append(fresh);
    b->flow.campaigns.append(fresh);
    QVERIFY(alice.store()
                .saveDesign(a->flow, a->versions, FlowStore::SaveMode::Normal, u"A"_s, &error)
                ->saved);
    const auto r
        = bob.store().saveDesign(b->flow, b->versions, FlowStore::SaveMode::Normal, u"B"_s, &error);
    QVERIFY(r);
    QVERIFY(!r->saved);
    QCOMPARE(conflictSlugs(*r), QStringList{u"fresh"_s});
    QCOMPARE(r->conflicts.first().expectedVersion, 0);
    QCOMPARE(r->conflicts.first().author, u"alice"_s);
}

void TestFlowStoreRevisions::publishMessagesAndAuthorsAreRecorded()
{
    Author alice(m_database, u"alice"_s);
    Author bob(m_database, u"bob"_s);
    DbError error;
    auto a = alice.store().loadWithVersions({}, &error);
    QVERIFY(a);
    campaignIn(a->flow, u"dreamborn"_s).steps[0].delayMinutes = 15;
    // A field-only change bumps the version but publishes no revision.
    campaignIn(a->flow, u"b2bea_world"_s).name = u"World"_s;
    auto r = alice.store().saveDesign(
        a->flow, a->versions, FlowStore::SaveMode::Normal, u"Later first touch"_s, &error);
    QVERIFY(r && r->saved);
    QCOMPARE(r->import.updated, (QStringList{u"b2bea_world"_s, u"dreamborn"_s}));
    QCOMPARE(r->import.revisions.value(u"b2bea_world"_s), 1);
    QCOMPARE(r->import.revisions.value(u"dreamborn"_s), 2);

    auto b = bob.store().loadWithVersions({}, &error);
    QVERIFY(b);
    for (auto it = r->versions.cbegin(); it != r->versions.cend(); ++it)
        QCOMPARE(b->versions.value(it.key()), it.value());
    campaignIn(b->flow, u"dreamborn"_s).steps.removeLast();
    QVERIFY(bob.store()
                .saveDesign(b->flow, b->versions, FlowStore::SaveMode::Normal, u"Shorter"_s, &error)
                ->saved);

    const auto revisions = bob.store().revisions(u"dreamborn"_s, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(0).revision, 3);
    QCOMPARE(revisions.at(0).author, u"bob"_s);
    QCOMPARE(revisions.at(0).message, u"Shorter"_s);
    QVERIFY(revisions.at(0).current);
    QCOMPARE(revisions.at(1).revision, 2);
    QCOMPARE(revisions.at(1).author, u"alice"_s);
    QCOMPARE(revisions.at(1).message, u"Later first touch"_s);
    QVERIFY(!revisions.at(1).current);
    QCOMPARE(revisions.at(2).revision, 1);
    QCOMPARE(revisions.at(2).message, u"imported from demo"_s);
    QVERIFY(revisions.at(2).createdAt.isValid());
    QCOMPARE(bob.store().revisions(u"b2bea_world"_s, &error).size(), 1);
}

void TestFlowStoreRevisions::routingChangesPublishARevision_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("revision");
    QTest::addRow("on_exit") << u"on_exit"_s << true;
    QTest::addRow("gate") << u"gate"_s << true;
    QTest::addRow("send_window") << u"send_window"_s << true;
    QTest::addRow("no_engagement_after_days") << u"no_engagement"_s << false;
    QTest::addRow("name") << u"name"_s << false;
    QTest::addRow("layout") << u"layout"_s << false;
}

void TestFlowStoreRevisions::routingChangesPublishARevision()
{
    QFETCH(QString, change);
    QFETCH(bool, revision);
    Author alice(m_database, u"alice"_s);
    DbError error;
    auto a = alice.store().loadWithVersions({u"b2bea_world"_s}, &error);
    QVERIFY2(a, qPrintable(error.message));
    Campaign &c = a->flow.campaigns[0];
    const Campaign before = c;
    if (change == u"on_exit")
        c.onExit.insert(u"no_engagement"_s, u"dreamborn"_s);
    else if (change == u"gate")
        c.gate = !c.gate;
    else if (change == u"send_window")
        c.sendWindow = SendWindow{{u"mon"_s}, u"10:00"_s, u"12:00"_s};
    else if (change == u"no_engagement")
        c.noEngagementAfterDays += 3;
    else if (change == u"name")
        c.name = u"Renamed"_s;
    else
        c.layout = QPointF(c.layout.value_or(QPointF()) + QPointF(200, 40));
    QCOMPARE(classifyChange(before, c) == CampaignChange::Definition, revision);
    const auto r = alice.store().saveDesign(
        a->flow, a->versions, FlowStore::SaveMode::Normal, u"Change"_s, &error);
    QVERIFY2(r && r->saved, qPrintable(error.message));
    QCOMPARE(r->import.updated, QStringList{u"b2bea_world"_s});
    QCOMPARE(r->versions.value(u"b2bea_world"_s), a->versions.value(u"b2bea_world"_s) + 1);
    const auto revisions = alice.store().revisions(u"b2bea_world"_s, &error);
    QCOMPARE(revisions.size(), revision ? 2 : 1);
    QCOMPARE(r->import.revisions.value(u"b2bea_world"_s), revision ? 2 : 1);
    if (revision) {
        QCOMPARE(revisions.at(0).message, u"Change"_s);
        QVERIFY(revisions.at(0).current);
        // The new revision carries the same steps: enrollments that move to it lose nothing.
        const auto steps = alice.store().revisionSteps(u"b2bea_world"_s, 2, &error);
        QVERIFY(steps);
        QCOMPARE(*steps, before.steps);
        // What the revision changed is in its diff, though no step changed.
        const auto diff = alice.store().diffRevisions(u"b2bea_world"_s, 1, 2, &error);
        QVERIFY2(diff, qPrintable(error.message));
        QCOMPARE(diff->size(), 1);
        const QString field
            = change == u"on_exit" ? u"on_exit.no_engagement: "_s : change + u": "_s;
        QVERIFY2(diff->first().startsWith(field), qPrintable(diff->first()));
        if (change == u"on_exit")
            QVERIFY2(diff->first().endsWith(u"-> dreamborn"_s), qPrintable(diff->first()));
    }
    auto reloaded = alice.store().load({u"b2bea_world"_s}, &error);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->campaigns.at(0), c);
}

void TestFlowStoreRevisions::diffListsExactlyTheChanges()
{
    Author alice(m_database, u"alice"_s);
    DbError error;
    auto a = alice.store().loadWithVersions({u"insurance_renewal"_s}, &error);
    QVERIFY2(a, qPrintable(error.message));
    Campaign &c = a->flow.campaigns[0];
    QCOMPARE(c.steps.size(), 5);
    c.steps[0].delayMinutes = 45;
    c.steps[0].onOutcome.insert(u"busy"_s, OutcomeAction::makeRetry(60, 2));
    c.steps[0].onOutcome.remove(u"fax"_s);
    c.steps[1].templateInstructions = u"Leave a short message."_s;
    c.steps[1].onOutcome.insert(u"meeting_booked"_s, OutcomeAction::makeExit(u"converted"_s));
    c.steps[2].contentType = u"renewal_reminder"_s;
    c.steps[4].handler = u"voicebot"_s;
    c.steps[4].onOutcome.remove(u"answering_machine"_s);
    const auto r = alice.store().saveDesign(
        a->flow, a->versions, FlowStore::SaveMode::Normal, u"Edits"_s, &error);
    QVERIFY2(r && r->saved, qPrintable(error.message));

    const auto old = alice.store().revisionSteps(u"insurance_renewal"_s, 1, &error);
    QVERIFY(old);
    const Step &removed = old->at(4);
    const auto diff = alice.store().diffRevisions(u"insurance_renewal"_s, 1, 2, &error);
    QVERIFY2(diff, qPrintable(error.message));
    const QStringList expected{
        u"step 1 delay_minutes: 0 -> 45"_s,
        u"step 1 on_outcome busy: retry after 30 min, at most 3 attempts -> retry after 60 min, "
        "at most 2 attempts"_s,
        u"step 1 on_outcome fax removed (was: exit rejected)"_s,
        u"step 2 template_instructions: \u201cLeave a personalised voicemail for {{first_name}}: "
        "policy…\u201d -> \u201cLeave a short message.\u201d"_s,
        u"step 2 on_outcome meeting_booked added: exit converted"_s,
        u"step 3 content_type: renewal_link -> renewal_reminder"_s,
        u"step 5 handler: human_agent -> voicebot"_s,
        u"step 5 on_outcome answering_machine removed (was: hand off to voicebot)"_s,
    };
    QCOMPARE(*diff, expected);

    // The reverse diff, and a diff of a revision with itself.
    const auto none = alice.store().diffRevisions(u"insurance_renewal"_s, 2, 2, &error);
    QVERIFY(none && none->isEmpty());
    QVERIFY(!alice.store().diffRevisions(u"insurance_renewal"_s, 1, 7, &error));
    QVERIFY(error.message.contains(u"no revision 7"_s));

    // Added and removed steps, from the pure diff.
    QVector<Step> shorter = *old;
    shorter.removeLast();
    QCOMPARE(FlowStore::diffSteps(*old, shorter),
             QStringList{u"step 5 removed: %1 %2, day %3"_s.arg(
                 removed.channel, removed.contentType, QString::number(removed.delayDays))});
    QCOMPARE(FlowStore::diffSteps(shorter, *old),
             QStringList{u"step 5 added: %1 %2, day %3"_s.arg(
                 removed.channel, removed.contentType, QString::number(removed.delayDays))});
}

void TestFlowStoreRevisions::migrateEnrollmentsMovesActiveEnrollmentsOnly()
{
    Author admin(m_database, u"none"_s);
    QSqlDatabase db = admin.db();
    // Five contacts on revision 1 of b2bea_membership_close (9 steps).
    QVERIFY(exec(db,
                 u"insert into contacts (id, client_id) select 'c' || g, 'b2bea' "
                 "from generate_series(1, 5) g"_s));
    QVERIFY(exec(db,
                 u"insert into campaign_contacts (contact_id, campaign_id, client_id, revision, "
                 "status, current_step, exited_at) select v.contact, c.id, 'b2bea', 1, v.status, "
                 "v.step, case when v.status = 'active' then null else now() end "
                 "from campaigns c, (values ('c1', 'active', 2), ('c2', 'active', 9), "
                 "('c3', 'active', 10), ('c4', 'converted', 3), ('c5', 'timed_out', 9)) "
                 "as v(contact, status, step) where c.slug = 'b2bea_membership_close'"_s));

    DbError error;
    auto flow = admin.store().loadWithVersions({u"b2bea_membership_close"_s}, &error);
    QVERIFY(flow);
    flow->flow.campaigns[0].steps.resize(4);
    QVERIFY(
        admin.store()
            .saveDesign(flow->flow, flow->versions, FlowStore::SaveMode::Normal, u"Four"_s, &error)
            ->saved);
    QCOMPARE(admin.store().revisions(u"b2bea_membership_close"_s, &error).at(1).activeEnrollments,
             3);

    const auto moved = admin.store().migrateEnrollments(u"b2bea_membership_close"_s, 1, 2, &error);
    QVERIFY2(moved, qPrintable(error.message));
    QCOMPARE(*moved, 3);
    QCOMPARE(scalar(db,
                    u"select string_agg(contact_id || ':' || revision || ':' || current_step, "
                    "' ' order by contact_id) from campaign_contacts"_s)
                 .toString(),
             u"c1:2:2 c2:2:5 c3:2:5 c4:1:3 c5:1:9"_s);
    QCOMPARE(scalar(db,
                    u"select subject || ' ' || (detail ->> 'from_revision') || '>' || "
                    "(detail ->> 'to_revision') || ' ' || (detail ->> 'moved') from audit_log "
                    "where action = 'migrate_enrollments'"_s)
                 .toString(),
             u"b2bea_membership_close 1>2 3"_s);
    const auto revisions = admin.store().revisions(u"b2bea_membership_close"_s, &error);
    QCOMPARE(revisions.at(0).activeEnrollments, 3);
    QCOMPARE(revisions.at(1).activeEnrollments, 0);
}

void TestFlowStoreRevisions::migrateEnrollmentsRefusesUnknownRevisions()
{
    Author admin(m_database, u"none"_s);
    DbError error;
    const QString before = snapshot(admin.db());
    QVERIFY(!admin.store().migrateEnrollments(u"dreamborn"_s, 1, 2, &error));
    QVERIFY2(error.message.contains(u"no revision 2"_s), qPrintable(error.message));
    QVERIFY(!admin.store().migrateEnrollments(u"nowhere"_s, 1, 2, &error));
    QVERIFY(error.message.contains(u"nowhere"_s));
    QCOMPARE(snapshot(admin.db()), before);
}

TOUCHLINE_TEST_MAIN(TestFlowStoreRevisions)

#include "tst_flowstorerevisions.moc"
