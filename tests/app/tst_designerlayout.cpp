// The designer at 1280x800 as the author sees it: nothing in the inspector is cut off, the
// minimap sits inside the map and can be turned off; screenshots for review.
#include "campaignmapscene.h"
#include "connection.h"
#include "demoflows.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "flowview.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "minimapview.h"
#include "sequencescene.h"
#include "stepnodeitem.h"
#include "testcluster.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestDesignerLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void inspectorFitsAt1280_data();
    void inspectorFitsAt1280();
    void minimapSitsInTheMapCornerAndCanBeTurnedOff();
    void screenshots();

private:
    // Every visible widget in the inspector lies inside its parent and shows all of its text.
    void verifyNothingClipped();
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestDesignerLayout::init()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"layout"_s, true, &error), qPrintable(error));
    m_connection = std::make_unique<Connection>(u"layout"_s);
    DbError dbError;
    QVERIFY2(m_connection->open(cluster.settings(u"layout"_s), &dbError),
             qPrintable(dbError.message));
    QVERIFY(
        FlowStore(m_connection->database()).importFlow(DemoFlows::read().flow, u"t"_s, &dbError));
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showDesigner();
    QTest::qWait(50);
}

void TestDesignerLayout::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

void TestDesignerLayout::verifyNothingClipped()
{
    InspectorWidget *inspector = m_window->designer()->inspector();
    auto *scroll = inspector->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QWidget *page = scroll->widget();
    QVERIFY2(
        page->width() <= scroll->viewport()->width(),
        qPrintable(u"page %1 wider than %2"_s.arg(page->width()).arg(scroll->viewport()->width())));
    QVERIFY(inspector->geometry().right() < m_window->width());
    int checked = 0;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page) || w->parentWidget() == nullptr)
            continue;
        // Inside the table the cells clip by design; the table itself is checked.
        if (qobject_cast<QAbstractScrollArea *>(w->parentWidget()->parentWidget()))
            continue;
        const QString name = w->objectName().isEmpty()
                                 ? QString::fromLatin1(w->metaObject()->className())
                                 : w->objectName();
        const QRect inParent = w->geometry();
        QVERIFY2(w->parentWidget()->rect().contains(inParent),
                 qPrintable(u"%1 %2,%3 %4x%5 outside its parent %6x%7"_s.arg(name)
                                .arg(inParent.x())
                                .arg(inParent.y())
                                .arg(inParent.width())
                                .arg(inParent.height())
                                .arg(w->parentWidget()->width())
                                .arg(w->parentWidget()->height())));
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w)) {
            const auto *label = qobject_cast<QLabel *>(w);
            if (label && label->wordWrap())
                continue;
            QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                     qPrintable(u"%1 (%2) is %3 px wide but needs %4"_s.arg(name)
                                    .arg(label ? label->text()
                                               : qobject_cast<QAbstractButton *>(w)->text())
                                    .arg(w->width())
                                    .arg(w->minimumSizeHint().width())));
        }
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TestDesignerLayout::inspectorFitsAt1280_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<int>("step"); // -1: the campaign
    QTest::addRow("campaign with routes") << u"b2bea_membership"_s << -1;
    QTest::addRow("voice step") << u"insurance_renewal"_s << 0;
    QTest::addRow("email step") << u"b2bea_world"_s << 1;
}

void TestDesignerLayout::inspectorFitsAt1280()
{
    QFETCH(QString, slug);
    QFETCH(int, step);
    FlowDesigner *designer = m_window->designer();
    FlowDocument *doc = designer->document();
    const FlowDocument::Id id = doc->idForSlug(slug);
    if (step < 0) {
        designer->mapScene()->selectCampaigns({id});
    } else {
        designer->openCampaign(id);
        designer->sequenceScene()->stepItem(step)->setSelected(true);
    }
    QTest::qWait(20);
    verifyNothingClipped();
}

void TestDesignerLayout::minimapSitsInTheMapCornerAndCanBeTurnedOff()
{
    FlowDesigner *designer = m_window->designer();
    MinimapView *minimap = designer->minimap();
    FlowView *map = designer->mapView();
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000), QSize(1280, 800)}) {
        m_window->resize(size);
        QTest::qWait(20);
        const QRect viewport = map->viewport()->geometry();
        QVERIFY(minimap->isVisible());
        QVERIFY2(viewport.contains(minimap->geometry()),
                 qPrintable(u"at %1x%2 the minimap is not inside the map"_s.arg(size.width())
                                .arg(size.height())));
        // In the bottom-right corner, not somewhere over the cards.
        QVERIFY(viewport.right() - minimap->geometry().right() < 30);
        QVERIFY(viewport.bottom() - minimap->geometry().bottom() < 30);
    }
    QAction *toggle = designer->minimapAction();
    QVERIFY(toggle && toggle->isCheckable() && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!minimap->isVisible());
    toggle->trigger();
    QVERIFY(minimap->isVisible());
}

void TestDesignerLayout::screenshots()
{
    // Not an assertion on looks: pictures of every view at both sizes, for review.
    const QString dir = QDir::temp().filePath(u"touchline-screenshots"_s);
    QDir().mkpath(dir);
    FlowDesigner *designer = m_window->designer();
    FlowDocument *doc = designer->document();
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        const QString suffix = u"-%1x%2.png"_s.arg(size.width()).arg(size.height());
        m_window->resize(size);
        designer->showMap();
        QTest::qWait(30);
        designer->mapView()->fit();
        designer->mapScene()->selectCampaigns({doc->idForSlug(u"b2bea_membership_close"_s)});
        QTest::qWait(30);
        QVERIFY(m_window->grab().save(dir + u"/window-map"_s + suffix));
        designer->openCampaign(doc->idForSlug(u"insurance_renewal"_s));
        designer->sequenceScene()->stepItem(0)->setSelected(true);
        QTest::qWait(30);
        QVERIFY(m_window->grab().save(dir + u"/window-sequence"_s + suffix));
        designer->openCampaign(doc->idForSlug(u"b2bea_membership"_s));
        QTest::qWait(30);
        QVERIFY(m_window->grab().save(dir + u"/window-sequence-2"_s + suffix));
    }
}

TOUCHLINE_GUI_TEST_MAIN(TestDesignerLayout)

#include "tst_designerlayout.moc"
