// The design session without widgets, against a real database: load (drafts laid over the
// published flow), one undo step per field however many keystrokes, what a save changes (edits
// apart from moves), publish with its revision, a draft save, another author's save refused and
// an invalid flow never written.
#include "database.h"
#include "demoflows.h"
#include "designsession.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Id = FlowDocument::Id;

class TestDesignSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadLaysDraftsOverThePublishedFlow();
    void typingIntoOneFieldIsOneUndoStep();
    void publishCountsMovesApartAndRecordsARevision();
    void anotherAuthorsSaveIsRefusedUntilOverwritten();
    void anInvalidFlowIsNeverPublished();

private:
    int revisions(const QString &slug) const;

    const QString m_database = u"designsession"_s;
    QSqlDatabase m_db;
    QSqlDatabase m_other;
    std::unique_ptr<DesignSession> m_session;
};

void TestDesignSession::init()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(m_database, true, &error), qPrintable(error));
    m_db = cluster.open(m_database, u"mine"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    m_other = cluster.open(m_database, u"theirs"_s, &error);
    QVERIFY2(m_other.isOpen(), qPrintable(error));
    DbError dbError;
    QVERIFY(FlowStore(m_db).importFlow(DemoFlows::read().flow, u"demo"_s, &dbError));
    m_session = std::make_unique<DesignSession>();
    m_session->setDatabase(m_db);
    QVERIFY2(m_session->load(&dbError), qPrintable(dbError.message));
}

void TestDesignSession::cleanup()
{
    m_session.reset();
    m_db = QSqlDatabase();
    m_other = QSqlDatabase();
    Database::close(u"mine"_s);
    Database::close(u"theirs"_s);
}

int TestDesignSession::revisions(const QString &slug) const
{
    QSqlQuery q(m_other);
    q.prepare(u"select count(*) from campaign_revisions r join campaigns c on c.id = r.campaign_id "
              "where c.slug = :slug"_s);
    q.bindValue(u":slug"_s, slug);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestDesignSession::loadLaysDraftsOverThePublishedFlow()
{
    FlowDocument *doc = m_session->document();
    const Flow demo = DemoFlows::read().flow;
    QCOMPARE(doc->campaignCount(), int(demo.campaigns.size()));
    for (const Campaign &c : demo.campaigns)
        QCOMPARE(*doc->campaign(doc->idForSlug(c.slug)), c);
    QVERIFY(!m_session->isDirty());
    QVERIFY(m_session->changedCampaigns().campaigns.isEmpty());
    QVERIFY(m_session->draftSlugs().isEmpty());

    // A draft stored by this session comes back on the next load, over the published one.
    const Id world = doc->idForSlug(u"b2bea_world"_s);
    Campaign c = *doc->campaign(world);
    c.name = u"World, drafted"_s;
    QVERIFY(doc->updateCampaign(world, c, u"rename"_s));
    QVERIFY(m_session->isDirty());
    DbError error;
    QStringList saved;
    QVERIFY2(m_session->saveDraft(&error, &saved), qPrintable(error.message));
    QCOMPARE(saved, QStringList{u"b2bea_world"_s});
    QVERIFY(!m_session->isDirty());
    QCOMPARE(revisions(u"b2bea_world"_s), 1); // a draft publishes nothing

    DesignSession fresh;
    fresh.setDatabase(m_other);
    QVERIFY2(fresh.load(&error), qPrintable(error.message));
    QCOMPARE(fresh.draftSlugs(), QStringList{u"b2bea_world"_s});
    const FlowDocument *freshDoc = fresh.document();
    QCOMPARE(freshDoc->campaign(freshDoc->idForSlug(u"b2bea_world"_s))->name, u"World, drafted"_s);
    QCOMPARE(fresh.changeSummary().changed, QStringList{u"b2bea_world"_s});
}

void TestDesignSession::typingIntoOneFieldIsOneUndoStep()
{
    FlowDocument *doc = m_session->document();
    const Id renewal = doc->idForSlug(u"insurance_renewal"_s);
    const int before = doc->campaign(renewal)->steps.at(1).delayMinutes;
    // "1", "12", "120" as a spin box reports them, then the field is left.
    for (int value : {1, 12, 120}) {
        Step s = doc->campaign(renewal)->steps.at(1);
        s.delayMinutes = value;
        QVERIFY(doc->updateStep(renewal, 1, s, u"delay"_s, u"delay_minutes"_s));
    }
    doc->endFieldEdit();
    Step s = doc->campaign(renewal)->steps.at(1);
    s.delayMinutes = 125;
    QVERIFY(doc->updateStep(renewal, 1, s, u"delay"_s, u"delay_minutes"_s));
    QCOMPARE(m_session->undoStack()->count(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(doc->campaign(renewal)->steps.at(1).delayMinutes, 120);
    m_session->undoStack()->undo();
    QCOMPARE(doc->campaign(renewal)->steps.at(1).delayMinutes, before);
    QVERIFY(!m_session->isDirty());
    QVERIFY(m_session->changedCampaigns().campaigns.isEmpty());
}

void TestDesignSession::publishCountsMovesApartAndRecordsARevision()
{
    FlowDocument *doc = m_session->document();
    const Id world = doc->idForSlug(u"b2bea_world"_s);
    const Id dreamborn = doc->idForSlug(u"dreamborn"_s);
    QVERIFY(doc->setExitRoute(world, u"no_engagement"_s, u"dreamborn"_s));
    const QPointF moved = doc->campaign(dreamborn)->layout.value_or(QPointF()) + QPointF(300, 0);
    doc->moveCampaigns({{dreamborn, moved}}, 1);
    const DesignSession::ChangeSummary summary = m_session->changeSummary();
    QCOMPARE(summary.changed, QStringList{u"b2bea_world"_s});
    QCOMPARE(summary.moved, QStringList{u"dreamborn"_s});

    DbError error;
    const auto report = m_session->publish(u"Route on"_s, FlowStore::SaveMode::Normal, &error);
    QVERIFY2(report && report->saved, qPrintable(error.message));
    QVERIFY(!m_session->isDirty());
    QVERIFY(m_session->changedCampaigns().campaigns.isEmpty());
    QCOMPARE(revisions(u"b2bea_world"_s), 2);
    QCOMPARE(revisions(u"dreamborn"_s), 1);
    const auto theirs = FlowStore(m_other).loadWithVersions({}, &error);
    QVERIFY(theirs);
    QCOMPARE(theirs->flow.campaigns.at(theirs->flow.indexOf(u"dreamborn"_s)).layout,
             doc->campaign(dreamborn)->layout);
    QCOMPARE(m_session->loadedVersions(), theirs->versions);
}

void TestDesignSession::anotherAuthorsSaveIsRefusedUntilOverwritten()
{
    DbError error;
    DesignSession theirs;
    theirs.setDatabase(m_other);
    QVERIFY(theirs.load(&error));
    const auto rename = [](DesignSession &session, const QString &name) {
        FlowDocument *doc = session.document();
        const Id id = doc->idForSlug(u"dreamborn"_s);
        Campaign c = *doc->campaign(id);
        c.name = name;
        return doc->updateCampaign(id, c, u"rename"_s);
    };
    QVERIFY(rename(theirs, u"Their Dreamborn"_s));
    QVERIFY(theirs.publish(u"Theirs"_s, FlowStore::SaveMode::Normal, &error)->saved);

    QVERIFY(rename(*m_session, u"My Dreamborn"_s));
    auto report = m_session->publish(u"Mine"_s, FlowStore::SaveMode::Normal, &error);
    QVERIFY2(report, qPrintable(error.message));
    QVERIFY(!report->saved);
    QCOMPARE(report->conflicts.size(), 1);
    QCOMPARE(report->conflicts.at(0).slug, u"dreamborn"_s);
    QVERIFY(m_session->isDirty()); // nothing was written; the edit is still here
    report = m_session->publish(u"Mine"_s, FlowStore::SaveMode::Overwrite, &error);
    QVERIFY(report && report->saved);
    QVERIFY(!m_session->isDirty());
    const auto now = FlowStore(m_other).load({u"dreamborn"_s}, &error);
    QCOMPARE(now->campaigns.at(0).name, u"My Dreamborn"_s);
}

void TestDesignSession::anInvalidFlowIsNeverPublished()
{
    FlowDocument *doc = m_session->document();
    const Id world = doc->idForSlug(u"b2bea_world"_s);
    Campaign c = *doc->campaign(world);
    c.steps[0].channel = u"fax"_s;
    QVERIFY(doc->updateCampaign(world, c, u"break"_s));
    DbError error;
    QVERIFY(!m_session->publish(u"Broken"_s, FlowStore::SaveMode::Normal, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY2(error.message.contains(u"1 error"_s), qPrintable(error.message));
    QVERIFY(m_session->isDirty());
    QCOMPARE(revisions(u"b2bea_world"_s), 1);
}

TOUCHLINE_TEST_MAIN(TestDesignSession)

#include "tst_designsession.moc"
