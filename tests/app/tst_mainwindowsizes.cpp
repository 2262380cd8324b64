// The main window at the sizes people use: 1280x800 at 100 %, and 1920x1080 at 150 % (run with
// QT_SCALE_FACTOR=1.5, a second CTest entry), with the status bar built as app/main.cpp builds
// it (the scheduler's and the dispatcher's states). Every place opens by its Ctrl+<n> shortcut
// and nothing is cut off: each visible widget lies inside its parent and the window, the status
// bar shows, the toolbars have room for all their buttons, and no widget of the status bar or a
// toolbar is squeezed below its minimum size hint.
#include "connection.h"
#include "demoflows.h"
#include "dispatchservice.h"
#include "dispatchstatus.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "mainwindow.h"
#include "schedulerservice.h"
#include "schedulerstatus.h"
#include "testcluster.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestMainWindowSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPlaceByItsShortcut();
    void nothingIsClipped();
    void statusBarAndToolbarsFit();
    void designerToolbarFitsWithUnsavedChanges();
    void schedulerAndDispatcherSideBySide();
    void busyStatusBarFits();

private:
    // The logical size: the physical screen divided by the scale factor.
    QSize windowSize() const;
    void collectClipped(const QWidget *widget, QStringList *out) const;
    QStringList overflowingToolbars() const;
    static QString describe(const QWidget *w);
    static void collectSqueezed(const QWidget *widget, QStringList *out);

    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SchedulerService> m_scheduler;
    std::unique_ptr<DispatchService> m_dispatcher;
};

QSize TestMainWindowSizes::windowSize() const
{
    const double scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s).toDouble();
    QSize physical = scale > 1.0 ? QSize(1920, 1080) : QSize(1280, 800);
    // TOUCHLINE_TEST_SCREEN=WxH tries another screen (to see what breaks first).
    const QStringList screen = qEnvironmentVariable("TOUCHLINE_TEST_SCREEN").split(u'x');
    if (screen.size() == 2)
        physical = QSize(screen[0].toInt(), screen[1].toInt());
    return (QSizeF(physical) / scale).toSize();
}

void TestMainWindowSizes::initTestCase()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"sizes"_s, false, &error), qPrintable(error));
    m_connection = std::make_unique<Connection>(u"sizes"_s);
    DbError dbError;
    QVERIFY2(m_connection->open(cluster.settings(u"sizes"_s), &dbError),
             qPrintable(dbError.message));
    QVERIFY(
        FlowStore(m_connection->database()).importFlow(DemoFlows::read().flow, u"t"_s, &dbError));
    // As app/main.cpp does it: the window, then the services, then show, then start them.
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_scheduler = std::make_unique<SchedulerService>(m_connection->settings());
    m_dispatcher = std::make_unique<DispatchService>(m_connection->settings());
    m_window->setServices(m_scheduler.get(), m_dispatcher.get());
    m_window->resize(windowSize());
    m_window->show();
    m_scheduler->start();
    m_dispatcher->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->waitUntilIdle());
    QCOMPARE(m_window->size(), windowSize());
    qInfo("window %dx%d at scale %.2f",
          m_window->width(),
          m_window->height(),
          m_window->devicePixelRatioF());
}

void TestMainWindowSizes::cleanupTestCase()
{
    m_dispatcher->stop();
    m_scheduler->stop();
    m_window.reset();
    m_dispatcher.reset();
    m_scheduler.reset();
    m_connection.reset();
}

QString TestMainWindowSizes::describe(const QWidget *w)
{
    QString path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName().isEmpty()
                                 ? QString::fromLatin1(p->metaObject()->className())
                                 : p->objectName();
        path = path.isEmpty() ? name : name + u'/' + path;
    }
    const QRect g(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    return u"%1 at %2,%3 %4x%5 (minimum %6x%7)"_s.arg(path)
        .arg(g.x())
        .arg(g.y())
        .arg(g.width())
        .arg(g.height())
        .arg(w->minimumSizeHint().width())
        .arg(w->minimumSizeHint().height());
}

void TestMainWindowSizes::collectClipped(const QWidget *widget, QStringList *out) const
{
    const QRect inWindow(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    const QWidget *parent = widget->parentWidget();
    if (parent && parent != m_window.get() && !parent->rect().contains(widget->geometry()))
        out->append(describe(widget) + u" sticks out of its parent"_s);
    else if (!m_window->rect().contains(inWindow))
        out->append(describe(widget) + u" sticks out of the window"_s);
    // What a scroll area holds may be larger than it: that is what scrolling is for.
    if (qobject_cast<const QAbstractScrollArea *>(widget))
        return;
    for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !child->isWindow())
            collectClipped(child, out);
    }
}

void TestMainWindowSizes::everyPlaceByItsShortcut()
{
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QVERIFY2(tabs->count() >= 2, "the designer and the overview at least");
    QStringList names;
    for (int i = tabs->count() - 1; i >= 0; --i) {
        names.prepend(tabs->tabText(i).remove(u'&'));
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i);
        QWidget *page = tabs->currentWidget();
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->width() > 0 && page->height() > 0);
        const QRect g(page->mapTo(m_window.get(), QPoint(0, 0)), page->size());
        QVERIFY2(m_window->rect().contains(g), qPrintable(describe(page)));
        QVERIFY2(tabs->tabToolTip(i).contains(QString::number(i + 1)),
                 qPrintable(tabs->tabToolTip(i)));
    }
    QCOMPARE(names,
             QStringList({u"Designer"_s,
                          u"Overview"_s,
                          u"Inbox"_s,
                          u"Dashboard"_s,
                          u"Contacts"_s,
                          u"Handoffs"_s}));
}

void TestMainWindowSizes::nothingIsClipped()
{
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QStringList clipped;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        m_window->grab().save(u"/tmp/touchline-sizes-%1x%2-%3.png"_s.arg(m_window->width())
                                  .arg(m_window->height())
                                  .arg(i));
        collectClipped(m_window->centralWidget(), &clipped);
        for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->isVisible() && !dock->isFloating())
                collectClipped(dock, &clipped);
        }
    }
    clipped.removeDuplicates();
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"\n"_s)));
}

void TestMainWindowSizes::statusBarAndToolbarsFit()
{
    QStatusBar *status = m_window->statusBar();
    QVERIFY(status->isVisible());
    QVERIFY(status->height() > 0);
    QVERIFY(m_window->rect().contains(status->geometry()));
    QCOMPARE(status->geometry().bottom(), m_window->rect().bottom());
    for (const QWidget *label : status->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (label->isVisible())
            QVERIFY2(status->rect().contains(label->geometry()), qPrintable(describe(label)));
    }
    // Each place's own toolbars show only while it is the current tab.
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QStringList overflowing;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        overflowing += overflowingToolbars();
    }
    overflowing.removeDuplicates();
    QVERIFY2(overflowing.isEmpty(), qPrintable(overflowing.join(u"\n"_s)));

    // Nothing in the status bar or a toolbar is narrower or lower than it needs to be.
    QStringList squeezed;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        collectSqueezed(status, &squeezed);
        for (const QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            if (bar->isVisible())
                collectSqueezed(bar, &squeezed);
        }
    }
    squeezed.removeDuplicates();
    QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(u"\n"_s)));
}

void TestMainWindowSizes::collectSqueezed(const QWidget *widget, QStringList *out)
{
    for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible() || child->isWindow())
            continue;
        const QSize need = child->minimumSizeHint();
        if (need.isValid() && (child->width() < need.width() || child->height() < need.height()))
            out->append(describe(child) + u" is smaller than its minimum size hint"_s);
        collectSqueezed(child, out);
    }
}

void TestMainWindowSizes::schedulerAndDispatcherSideBySide()
{
    QStatusBar *status = m_window->statusBar();
    auto *scheduler = status->findChild<SchedulerStatus *>();
    auto *dispatch = status->findChild<DispatchStatus *>();
    QVERIFY(scheduler && dispatch);
    QVERIFY(scheduler->isVisible() && dispatch->isVisible());
    // Next to each other: the dispatcher right of the scheduler, on the same line.
    QCOMPARE(dispatch->geometry().center().y(), scheduler->geometry().center().y());
    QVERIFY(dispatch->geometry().left() >= scheduler->geometry().right());
    QTRY_COMPARE(scheduler->stateLabel()->text(), u"Scheduler: running"_s);
    QTRY_COMPARE(dispatch->stateLabel()->text(), u"Dispatcher: running"_s);
    // Its Pause button pauses the dispatcher, and says so; Resume undoes it.
    QTest::mouseClick(dispatch->pauseButton(), Qt::LeftButton);
    QVERIFY(m_dispatcher->isPaused());
    QCOMPARE(dispatch->stateLabel()->text(), u"Dispatcher: paused"_s);
    QCOMPARE(dispatch->pauseButton()->text(), u"Resume"_s);
    QTest::mouseClick(dispatch->pauseButton(), Qt::LeftButton);
    QVERIFY(!m_dispatcher->isPaused());
    QCOMPARE(dispatch->stateLabel()->text(), u"Dispatcher: running"_s);
    m_window->grab().save(
        u"/tmp/touchline-statusbar-%1x%2.png"_s.arg(m_window->width()).arg(m_window->height()));
}

void TestMainWindowSizes::busyStatusBarFits()
{
    // While a reload waits (another session holds the campaigns), the busy label and bar join
    // the status bar: still nothing below its minimum size hint.
    QString error;
    QSqlDatabase other = Test::TestCluster::instance().open(u"sizes"_s, u"sizes-locker"_s, &error);
    QVERIFY2(other.isOpen(), qPrintable(error));
    QVERIFY(other.transaction());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(u"lock table campaigns in access exclusive mode"_s));
    m_window->reload();
    QVERIFY(m_window->isBusy());
    QTest::qWait(200);
    auto *busy = m_window->statusBar()->findChild<QWidget *>(u"busyIndicator"_s);
    QVERIFY(busy && busy->isVisible());
    QVERIFY(
        m_window->rect().contains(QRect(busy->mapTo(m_window.get(), QPoint(0, 0)), busy->size())));
    QStringList squeezed;
    collectSqueezed(m_window->statusBar(), &squeezed);
    m_window->grab().save(
        u"/tmp/touchline-busy-%1x%2.png"_s.arg(m_window->width()).arg(m_window->height()));
    QVERIFY(other.commit());
    lock.finish();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"sizes-locker"_s);
    QVERIFY(m_window->waitUntilIdle());
    QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(u"\n"_s)));
}

void TestMainWindowSizes::designerToolbarFitsWithUnsavedChanges()
{
    // An edit makes the designer's bar longer: "Undo rename", "unsaved changes".
    FlowDocument *doc = m_window->designer()->document();
    const FlowDocument::Id world = doc->idForSlug(u"b2bea_world"_s);
    Campaign c = *doc->campaign(world);
    c.name += u" (edited)"_s;
    QVERIFY(doc->updateCampaign(world, c, u"rename"_s));
    m_window->showDesigner();
    QApplication::processEvents();
    const QStringList overflowing = overflowingToolbars();
    doc->undoStack()->undo();
    QVERIFY2(overflowing.isEmpty(), qPrintable(overflowing.join(u"\n"_s)));
}

QStringList TestMainWindowSizes::overflowingToolbars() const
{
    QStringList out;
    for (const QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        if (!bar->isVisible())
            continue;
        // Qt moves what does not fit behind an extension button (">>").
        for (const QToolButton *b : bar->findChildren<QToolButton *>()) {
            if (b->objectName() == u"qt_toolbar_ext_button" && b->isVisible())
                out.append(describe(bar) + u" overflows (its >> button shows)"_s);
        }
        for (QAction *a : bar->actions()) {
            const QWidget *w = bar->widgetForAction(a);
            if (a->isVisible() && !a->isSeparator() && (!w || !w->isVisible()))
                out.append(describe(bar) + u": no room for "_s
                           + (a->text().isEmpty() ? a->objectName() : a->text()));
        }
        const QRect g(bar->mapTo(m_window.get(), QPoint(0, 0)), bar->size());
        if (!m_window->rect().contains(g))
            out.append(describe(bar) + u" sticks out of the window"_s);
    }
    return out;
}

TOUCHLINE_GUI_TEST_MAIN(TestMainWindowSizes)

#include "tst_mainwindowsizes.moc"
