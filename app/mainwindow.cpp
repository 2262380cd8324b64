#include "mainwindow.h"

#include "accesscontrol.h"
#include "campaignarchive.h"
#include "campaignoverview.h"
#include "channelsdialog.h"
#include "connection.h"
#include "connectionbanner.h"
#include "connectiondialog.h"
#include "contactsview.h"
#include "dashboardwidget.h"
#include "databaseworker.h"
#include "dispatchservice.h"
#include "dispatchstatus.h"
#include "elidinglabel.h"
#include "filefolder.h"
#include "flowcodec.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "flowview.h"
#include "handoffsview.h"
#include "inboxwidget.h"
#include "language.h"
#include "migrator.h"
#include "passwordstore.h"
#include "publishdialog.h"
#include "revisionhistorydialog.h"
#include "schedulerservice.h"
#include "schedulerstatus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Connection *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
{
    setWindowTitle(tr("Touchline[*]"));
    setObjectName(u"mainWindow"_s);
    static int windowCounter = 0;
    m_worker = new DatabaseWorker(ConnectionMonitor::withKeepalives(m_connection->settings()),
                                  u"main-window-%1"_s.arg(++windowCounter),
                                  this);
    m_overview = new CampaignOverview(this);
    m_designer = new FlowDesigner(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    auto *inbox = new InboxWidget(m_connection->settings(), this);
    auto *dashboard = new DashboardWidget(m_connection->settings(), {}, this);
    auto *contacts = new ContactsView(m_connection->settings(), this);
    auto *handoffs = new HandoffsView(m_connection->settings(), this);
    m_tabs->addTab(m_designer, tr("&Designer"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(inbox, tr("&Inbox"));
    m_tabs->addTab(dashboard, tr("Dash&board"));
    m_tabs->addTab(contacts, tr("&Contacts"));
    m_tabs->addTab(handoffs, tr("&Handoffs"));
    setCentralWidget(m_tabs);
    // Each place's splitters get a stable name, under which their state is remembered.
    const std::pair<QWidget *, QString> places[] = {{m_designer, u"designer"_s},
                                                    {m_overview, u"overview"_s},
                                                    {inbox, u"inbox"_s},
                                                    {dashboard, u"dashboard"_s},
                                                    {contacts, u"contacts"_s},
                                                    {handoffs, u"handoffs"_s}};
    for (const auto &[place, key] : places) {
        int n = 0;
        for (QSplitter *splitter : place->findChildren<QSplitter *>()) {
            ++n;
            if (splitter->objectName().isEmpty())
                splitter->setObjectName(u"%1Splitter%2"_s.arg(key).arg(n));
            m_splitters.append(splitter);
        }
    }
    connect(m_designer, &FlowDesigner::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    });
    connect(m_designer->document(), &FlowDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_designer, &FlowDesigner::historyRequested, this, [this](const QString &slug) {
        showHistory(slug);
    });
    // Simulations make their scratch databases on the window's server, on their own thread.
    m_designer->setSimulationServer(m_connection->settings());
    m_designer->setDiscardGuard(
        [this](const QString &consequence) { return settleUnsavedEdits(consequence); });
    // The designer asks for the archive and needs its answer: the event loop runs while the
    // worker archives, and the window shows it is busy.
    m_designer->setArchiver([this](const QString &slug, QString *message) -> std::optional<int> {
        struct Archived
        {
            std::optional<CampaignArchive::Report> report;
            DbError error;
            std::optional<Flow> flow;
        };
        std::optional<Archived> result;
        QEventLoop loop;
        run(
            tr("Archiving %1…").arg(slug),
            false,
            [slug](QSqlDatabase db) {
                Archived a;
                a.report = CampaignArchive::archive(db, slug, &a.error);
                if (a.report) {
                    DbError ignored;
                    a.flow = FlowStore(db).load({}, &ignored);
                }
                return a;
            },
            [&result, &loop](Archived a) {
                result = std::move(a);
                loop.quit();
            });
        if (!result)
            loop.exec();
        if (!result->report) {
            *message = result->error.message;
            return std::nullopt;
        }
        if (result->flow)
            m_overview->setFlow(*result->flow);
        const CampaignArchive::Report &report = *result->report;
        *message = tr("%n running enrollment(s) ended", nullptr, report.endedEnrollments) + u", "_s
                   + tr("%n unsent touch(es) cancelled", nullptr, report.cancelledItems);
        return report.version;
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction
        = file->addAction(tr("&Import flow file into database…"), this, &MainWindow::onImport);
    importAction->setObjectName(u"importAction"_s);
    importAction->setShortcut(QKeySequence(u"Ctrl+I"_s));
    importAction->setToolTip(
        tr("Import a flow definition (JSON) into the database: its campaigns are published"));
    QAction *exportAction
        = file->addAction(tr("&Export published campaigns…"), this, &MainWindow::onExport);
    exportAction->setObjectName(u"exportPublishedAction"_s);
    exportAction->setShortcut(QKeySequence(u"Ctrl+E"_s));
    exportAction->setToolTip(tr("Write the campaigns as published in the database, without the "
                                "editor's unsaved edits, as a flow definition (JSON)"));
    QAction *saveAction = file->addAction(
        tr("&Save design to database…"), this, [this] { saveDesignInteractively(); });
    saveAction->setObjectName(u"saveAction"_s);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Publish the changed campaigns to the database as new revisions"));
    QAction *draftAction = file->addAction(tr("Save &draft"), this, [this] { saveDraft(); });
    draftAction->setObjectName(u"saveDraftAction"_s);
    draftAction->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    draftAction->setToolTip(
        tr("Store the changed campaigns in the database as drafts, without publishing them"));
    // Publish and draft first; then each file action beside its look-alike: open in the editor
    // next to import into the database, export the editor next to export the database.
    file->addSeparator();
    const QList<QAction *> designerFiles = m_designer->fileActions();
    for (QAction *a : designerFiles) {
        file->addAction(a);
        if (a->objectName() == u"openFileAction")
            file->addAction(importAction);
        if (a->objectName() == u"exportEditorAction")
            file->addAction(exportAction);
    }
    file->addSeparator();
    QAction *connectionAction
        = file->addAction(tr("&Connection…"), this, &MainWindow::onConnectionSettings);
    connectionAction->setToolTip(tr("Choose the embedded database or a shared PostgreSQL server"));
    file->addAction(tr("C&hannel accounts…"), this, [this] {
        ChannelsDialog(m_connection->settings(), this).exec();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    // Ctrl+Q everywhere: some platforms' standard Quit binding is empty.
    quit->setShortcut(QKeySequence(u"Ctrl+Q"_s));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction *a : m_designer->editActions())
        edit->addAction(a);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *a : m_designer->viewActions())
        view->addAction(a);
    view->addSeparator();
    QAction *reloadAction = view->addAction(tr("&Reload"), this, [this] { requestReload(); });
    reloadAction->setObjectName(u"reloadAction"_s);
    reloadAction->setToolTip(tr("Load the campaigns again from the database"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(this);
    // Each language by its own name, as people look for theirs.
    const std::tuple<Language::Choice, QString, QString> choices[]
        = {{Language::Choice::System, tr("System default"), u"languageSystemAction"_s},
           {Language::Choice::English,
            QLocale::languageToString(QLocale::English),
            u"languageEnglishAction"_s},
           {Language::Choice::German,
            QLocale(QLocale::German).nativeLanguageName(),
            u"languageGermanAction"_s}};
    for (const auto &[choice, text, name] : choices) {
        QAction *action = languageMenu->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(Language::saved() == choice);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            Language::save(choice);
            statusBar()->showMessage(tr("The language changes at the next start of Touchline"),
                                     8000);
        });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts
        = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence(u"F1"_s));
    help->addAction(tr("&About Touchline"), this, &MainWindow::onAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    importAction->setIconText(tr("Import"));
    exportAction->setIconText(tr("Export published"));
    toolbar->addAction(importAction);
    toolbar->addAction(exportAction);
    toolbar->addAction(reloadAction);
    toolbar->addAction(saveAction);
    // Simulate runs what the designer shows, so it shows the designer.
    toolbar->addSeparator();
    toolbar->addAction(m_designer->simulateAction());
    connect(m_designer->simulateAction(), &QAction::triggered, this, &MainWindow::showDesigner);

    m_databaseLabel = new ElidingLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    m_databaseLabel->setFullText(tr("Database: %1").arg(m_connection->settings().displayName()));
    // What the window waits for, in place of the database's name and the campaign count (which
    // it hides meanwhile, so that the status bar's other widgets keep their room).
    m_busyLabel = new ElidingLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyIndicator"_s);
    m_busyBar->setRange(0, 0); // no steps to count: it says "working", not how far
    m_busyBar->setTextVisible(false);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    m_busyLabel->hide();
    m_busyBar->hide();
    showLoginRoles();
    installPlaceShortcuts();
    restoreWindowGeometry();
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveWindowGeometry);
    reload();
    m_connectionBanner = ConnectionBanner::install(this, m_connection, toolbar);
    connect(this,
            &MainWindow::problemShown,
            m_connectionBanner->monitor(),
            &ConnectionMonitor::reportFailure);
    connect(m_connectionBanner, &ConnectionBanner::reconnected, this, [this] {
        m_worker->reconnect(); // the worker's connection went with the server
        if (!m_designer->document()->isDirty())
            return reload();
        // Unsaved designer work is kept: only the overview is refreshed.
        run(
            tr("Loading the campaigns…"),
            false,
            [](QSqlDatabase db) {
                DbError error;
                return FlowStore(db).load({}, &error);
            },
            [this](const std::optional<Flow> &flow) {
                if (flow)
                    m_overview->setFlow(*flow);
            });
    });
}

template<typename Work, typename Done>
void MainWindow::run(const QString &what, bool locksDesigner, Work work, Done done)
{
    jobStarted(what, locksDesigner);
    // `work` runs in the worker thread and touches nothing of the window; `done` runs here,
    // and not at all when the window is gone by then.
    m_worker->post(this,
                   [this, locksDesigner, work = std::move(work), done = std::move(done)](
                       QSqlDatabase db) mutable -> DatabaseWorker::Done {
                       auto result = work(db);
                       return [this,
                               locksDesigner,
                               done = std::move(done),
                               result = std::move(result)]() mutable {
                           done(std::move(result));
                           jobFinished(locksDesigner);
                       };
                   });
}

void MainWindow::jobStarted(const QString &what, bool locksDesigner)
{
    if (m_jobs++ == 0)
        Q_EMIT busyChanged(true);
    if (locksDesigner && m_designerLocks++ == 0)
        m_designer->setEnabled(false);
    m_busyLabel->setFullText(what);
    m_databaseLabel->hide();
    m_countLabel->hide(); // it is about to change anyway
    m_busyLabel->show();
    m_busyBar->show();
    updateActions();
}

void MainWindow::jobFinished(bool locksDesigner)
{
    if (locksDesigner && --m_designerLocks == 0)
        m_designer->setEnabled(true);
    if (--m_jobs == 0) {
        m_busyLabel->hide();
        m_busyBar->hide();
        m_databaseLabel->show();
        m_countLabel->show();
        updateActions();
        Q_EMIT busyChanged(false);
    }
}

bool MainWindow::waitUntilIdle(int timeoutMs)
{
    if (m_jobs == 0)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &MainWindow::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    loop.exec();
    return m_jobs == 0;
}

void MainWindow::updateActions()
{
    const bool idle = m_jobs == 0;
    for (const QString &name : {u"reloadAction"_s, u"importAction"_s})
        if (auto *action = findChild<QAction *>(name))
            action->setEnabled(idle);
    // The database refuses it anyway; the window says so before the author tries.
    for (const QString &name : {u"saveAction"_s, u"saveDraftAction"_s})
        if (auto *action = findChild<QAction *>(name))
            action->setEnabled(idle && (!m_capabilitiesKnown || m_capabilities.mayEditFlows()));
}

void MainWindow::showLoginRoles()
{
    run(
        tr("Reading the login's roles…"),
        false,
        [](QSqlDatabase db) {
            DbError error;
            return AccessControl::of(db, &error);
        },
        [this](const std::optional<AccessControl::Capabilities> &caps) {
            if (!caps)
                return;
            m_capabilities = *caps;
            m_capabilitiesKnown = true;
            applyCapabilities();
        });
}

void MainWindow::applyCapabilities()
{
    const AccessControl::Capabilities &caps = m_capabilities;
    QString text = tr("Database: %1 · login %2 (%3)")
                       .arg(m_connection->settings().displayName(),
                            caps.login,
                            caps.roleNames().join(u", "_s));
    if (!caps.clients.isEmpty())
        text += tr(" · clients %1").arg(caps.clients.join(u", "_s));
    m_databaseLabel->setFullText(text);
    if (auto *inbox = findChild<InboxWidget *>())
        inbox->setMayDecide(caps.mayDecideDrafts());
    if (auto *contacts = findChild<ContactsView *>())
        contacts->setPermissions(caps.mayEditFlows(), caps.mayEnroll());
    if (!caps.mayRunEngine())
        holdServices();
    if (!caps.mayEditFlows()) {
        for (const QString &name : {u"saveAction"_s, u"saveDraftAction"_s}) {
            if (auto *action = findChild<QAction *>(name))
                action->setToolTip(tr("This login may not edit flows: it does not hold the "
                                      "touchline_author role"));
        }
    }
    updateActions();
}

// A login without touchline_engine would only collect refusals from the server: its console
// neither fires nor sends, and says so.
void MainWindow::holdServices()
{
    if (m_scheduler)
        m_scheduler->pause();
    if (m_dispatcher)
        m_dispatcher->setPaused(true);
    if (m_scheduler || m_dispatcher)
        statusBar()->showMessage(tr("This login does not hold touchline_engine: this console's "
                                    "scheduler and dispatcher stay paused"));
}

void MainWindow::installPlaceShortcuts()
{
    // Ctrl+1 … Ctrl+9 open the main places in tab order.
    for (int i = 0; i < std::min(9, m_tabs->count()); ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
        m_tabs->setTabToolTip(i, action->shortcut().toString(QKeySequence::NativeText));
    }
}

void MainWindow::restoreWindowGeometry()
{
    QSettings settings;
    for (QSplitter *splitter : std::as_const(m_splitters))
        splitter->restoreState(
            settings.value(u"window/splitters/"_s + splitter->objectName()).toByteArray());
    if (restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        restoreState(settings.value(u"window/state"_s).toByteArray());
        return;
    }
    // First start: most of the screen, never more than it.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() : QSize(1440, 900);
    resize(std::min(1440, available.width() * 19 / 20),
           std::min(900, available.height() * 19 / 20));
}

void MainWindow::saveWindowGeometry()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    for (const QSplitter *splitter : std::as_const(m_splitters))
        settings.setValue(u"window/splitters/"_s + splitter->objectName(), splitter->saveState());
}

void MainWindow::setServices(SchedulerService *scheduler, DispatchService *dispatcher)
{
    m_scheduler = scheduler;
    m_dispatcher = dispatcher;
    // Side by side at the right of the status bar: the scheduler, then the dispatcher.
    if (scheduler) {
        statusBar()->addPermanentWidget(new SchedulerStatus(scheduler, this));
        connect(scheduler,
                &SchedulerService::problemOccurred,
                this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    }
    if (dispatcher) {
        statusBar()->addPermanentWidget(new DispatchStatus(dispatcher, this));
        connect(dispatcher,
                &DispatchService::problemOccurred,
                this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    }
}

namespace {

// What a reload reads, in the worker thread.
struct Loaded
{
    std::optional<FlowStore::VersionedFlow> flow;
    QVector<Campaign> drafts;
    int schemaVersion = 0;
    QString problem; // the title of what failed, with `error`
    DbError error;
};

Loaded loadAll(QSqlDatabase db)
{
    Loaded out;
    FlowStore store(db);
    out.flow = store.loadWithVersions({}, &out.error);
    if (!out.flow) {
        out.problem = MainWindow::tr("Cannot load the campaigns");
        return out;
    }
    const auto drafts = store.loadDrafts(&out.error);
    if (!drafts) {
        out.flow.reset();
        out.problem = MainWindow::tr("Cannot load the drafts");
        return out;
    }
    for (const FlowStore::Draft &d : *drafts)
        out.drafts.append(FlowCodec::campaignFromJson(d.definition));
    QString message;
    out.schemaVersion = Migrator(db).currentVersion(&message);
    return out;
}

} // namespace

void MainWindow::reload()
{
    run(tr("Loading the campaigns…"), true, loadAll, [this](const Loaded &loaded) {
        if (!loaded.flow) {
            showProblem(loaded.problem, loaded.error.message);
            Q_EMIT reloaded(false);
            return;
        }
        const Flow &flow = loaded.flow->flow;
        m_overview->setFlow(flow); // the overview shows what is published
        m_designer->setLoadedFlow(flow, loaded.flow->versions, loaded.drafts);
        updateTitle();
        updateCount(flow, loaded.schemaVersion);
        Q_EMIT reloaded(true);
    });
}

void MainWindow::updateCount(const Flow &published, int schemaVersion)
{
    m_countLabel->setText(
        tr("%n campaign(s) · schema v%1", nullptr, int(published.campaigns.size()))
            .arg(schemaVersion));
}

bool MainWindow::requestReload()
{
    if (!settleUnsavedEdits(tr("Reloading replaces the editor's contents with the database's.")))
        return false;
    reload();
    return true;
}

bool MainWindow::saveAndWait(bool publish, const QString &message)
{
    std::optional<bool> result;
    QEventLoop loop;
    const auto connection = connect(this,
                                    publish ? &MainWindow::designSaved : &MainWindow::draftSaved,
                                    &loop,
                                    [&result, &loop](bool ok) {
                                        result = ok;
                                        loop.quit();
                                    });
    if (publish)
        saveDesign(message);
    else
        saveDraft();
    if (!result)
        loop.exec();
    disconnect(connection);
    return result.value_or(false);
}

bool MainWindow::settleUnsavedEdits(const QString &consequence)
{
    if (!m_designer->document()->isDirty())
        return true;
    const UnsavedChoice choice
        = m_resolveUnsaved ? m_resolveUnsaved(consequence) : askAboutUnsaved(consequence);
    // The caller goes on only once the edits are safe: the event loop runs (and the window
    // shows it is busy) while the database stores them.
    switch (choice) {
    case UnsavedChoice::SaveDraft:
        return saveAndWait(false, {});
    case UnsavedChoice::Publish: {
        const auto message = askPublishMessage();
        return message && saveAndWait(true, *message);
    }
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::Cancel:
        statusBar()->showMessage(tr("Cancelled; your edits are still here"), 8000);
        return false;
    }
    return false;
}

MainWindow::UnsavedChoice MainWindow::askAboutUnsaved(const QString &consequence)
{
    const QStringList changed = m_designer->changeSummary().changed;
    QString text = tr("The design has unsaved edits.");
    if (!changed.isEmpty())
        text = tr("The design has unsaved edits to %1.").arg(changed.join(u", "_s));
    QMessageBox box(QMessageBox::Question,
                    tr("Unsaved edits"),
                    text + u' ' + consequence,
                    QMessageBox::NoButton,
                    this);
    box.setObjectName(u"unsavedBox"_s);
    box.setInformativeText(tr("Save a draft (not published), publish them as new revisions, or "
                              "discard them?"));
    QPushButton *draft = box.addButton(tr("Save draft"), QMessageBox::AcceptRole);
    draft->setObjectName(u"saveDraftButton"_s);
    QPushButton *publish = box.addButton(tr("Publish…"), QMessageBox::AcceptRole);
    publish->setObjectName(u"publishButton"_s);
    QPushButton *discard = box.addButton(tr("Discard edits"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box.setDefaultButton(draft);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == draft)
        return UnsavedChoice::SaveDraft;
    if (box.clickedButton() == publish)
        return UnsavedChoice::Publish;
    if (box.clickedButton() == discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Cancel;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleUnsavedEdits(tr("Quitting loses them."))) {
        event->ignore();
        return;
    }
    saveWindowGeometry();
    QMainWindow::closeEvent(event);
}

bool MainWindow::importFile(const QString &fileName)
{
    if (!settleUnsavedEdits(tr("Importing %1 reloads the editor from the database.").arg(fileName)))
        return false;
    QFile in(fileName);
    if (!in.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot import"), tr("Cannot read %1: %2").arg(fileName, in.errorString()));
        Q_EMIT imported(false);
        return true;
    }
    struct Imported
    {
        QString problem; // empty: imported
        QString message;
        std::optional<FlowStore::ImportReport> report;
        Loaded loaded; // the database after the import
    };
    run(
        tr("Importing %1…").arg(fileName),
        true,
        [fileName, bytes = in.readAll()](QSqlDatabase db) {
            Imported out;
            FlowStore store(db);
            DbError error;
            const FlowReadResult result = store.readForImport(bytes, &error);
            if (error) {
                out.problem = tr("Cannot import");
                out.message = error.message;
                return out;
            }
            if (!result.ok()) {
                QStringList lines;
                if (!result.readError.isEmpty())
                    lines.append(result.readError);
                for (const FlowIssue &i : result.errors())
                    lines.append(i.toString());
                out.problem = tr("%1 is invalid; nothing was imported").arg(fileName);
                out.message = lines.join(u'\n');
                return out;
            }
            out.report = store.importFlow(result.flow, fileName, &error);
            if (!out.report) {
                out.problem = tr("Import failed; nothing was written");
                out.message = error.message;
                return out;
            }
            out.loaded = loadAll(db);
            return out;
        },
        [this, fileName](const Imported &out) {
            if (!out.problem.isEmpty()) {
                showProblem(out.problem, out.message);
                Q_EMIT imported(false);
                return;
            }
            if (out.loaded.flow) {
                const Flow &flow = out.loaded.flow->flow;
                m_overview->setFlow(flow);
                m_designer->setLoadedFlow(flow, out.loaded.flow->versions, out.loaded.drafts);
                updateTitle();
                updateCount(flow, out.loaded.schemaVersion);
            } else {
                showProblem(out.loaded.problem, out.loaded.error.message);
            }
            statusBar()->showMessage(tr("Imported %1: %2 created, %3 updated, %4 unchanged")
                                         .arg(fileName)
                                         .arg(out.report->created.size())
                                         .arg(out.report->updated.size())
                                         .arg(out.report->unchanged.size()),
                                     8000);
            Q_EMIT imported(true);
        });
    return true;
}

void MainWindow::exportFile(const QString &fileName)
{
    struct Exported
    {
        std::optional<Flow> flow;
        DbError error;
    };
    run(
        tr("Exporting the published campaigns…"),
        false,
        [](QSqlDatabase db) {
            Exported out;
            out.flow = FlowStore(db).load({}, &out.error);
            return out;
        },
        [this, fileName](const Exported &out) {
            if (!out.flow) {
                showProblem(tr("Cannot export"), out.error.message);
                Q_EMIT exported(false);
                return;
            }
            const QByteArray bytes = FlowCodec::write(*out.flow);
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                || !file.commit()) {
                showProblem(tr("Cannot export"),
                            tr("Cannot write %1: %2").arg(fileName, file.errorString()));
                Q_EMIT exported(false);
                return;
            }
            statusBar()->showMessage(tr("Exported %n published campaign(s) from the database to %1",
                                        nullptr,
                                        int(out.flow->campaigns.size()))
                                         .arg(fileName),
                                     8000);
            Q_EMIT exported(true);
        });
}

void MainWindow::showOverview()
{
    m_tabs->setCurrentWidget(m_overview);
}

void MainWindow::showDesigner()
{
    m_tabs->setCurrentWidget(m_designer);
}

std::optional<QString> MainWindow::askPublishMessage()
{
    const FlowDesigner::ChangeSummary changes = m_designer->changeSummary();
    PublishDialog dialog(changes.changed, changes.moved, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.message();
}

bool MainWindow::saveDesignInteractively()
{
    const auto message = askPublishMessage();
    if (!message)
        return false;
    saveDesign(*message);
    return true;
}

void MainWindow::saveDesign(const QString &message)
{
    DesignSession *session = m_designer->session();
    FlowDocument *document = session->document();
    document->validateNow();
    if (document->errorCount() > 0) {
        showProblem(tr("Cannot save the design"),
                    tr("The flow has %n error(s); the problems list names them.",
                       nullptr,
                       document->errorCount()));
        Q_EMIT designSaved(false);
        return;
    }
    if (session->changedCampaigns().campaigns.isEmpty()) {
        session->markSaved({});
        statusBar()->showMessage(tr("Nothing to save: no campaign changed"), 8000);
        Q_EMIT designSaved(true);
        return;
    }
    const QString publishMessage = message.isEmpty() ? PublishDialog::defaultMessage() : message;
    publishAttempt(publishMessage, int(FlowStore::SaveMode::Normal), false, 0);
}

void MainWindow::publishAttempt(const QString &message, int mode, bool copied, int attempt)
{
    // A save as copy renames and tries again: someone may have saved yet another campaign.
    if (attempt >= 5) {
        showProblem(tr("Saving failed; nothing was written"),
                    tr("Other authors kept saving the same campaigns; try again."));
        Q_EMIT designSaved(false);
        return;
    }
    struct Published
    {
        std::optional<FlowStore::SaveReport> report;
        DbError error;
        QString draftsLeft; // why the published campaigns' drafts are still there
        std::optional<Flow> flow;
        int schemaVersion = 0;
        QStringList existing; // every slug in the database, for copies
    };
    const Flow changed = m_designer->changedCampaigns();
    run(
        tr("Publishing…"),
        true,
        [changed,
         versions = m_designer->loadedVersions(),
         saveMode = FlowStore::SaveMode(mode),
         message](QSqlDatabase db) {
            Published out;
            FlowStore store(db);
            out.report = store.saveDesign(changed, versions, saveMode, message, &out.error);
            if (!out.report)
                return out;
            if (!out.report->saved) {
                out.existing = store.campaignSlugs(&out.error);
                return out;
            }
            QStringList published;
            for (const Campaign &c : changed.campaigns)
                published.append(c.slug);
            DbError error;
            if (!store.discardDrafts(published, &error))
                out.draftsLeft = error.message;
            out.flow = store.load({}, &error);
            QString ignored;
            out.schemaVersion = Migrator(db).currentVersion(&ignored);
            return out;
        },
        [this, message, mode, copied, attempt](const Published &out) {
            if (!out.report) {
                showProblem(tr("Saving failed; nothing was written"), out.error.message);
                Q_EMIT designSaved(false);
                return;
            }
            if (!out.report->saved) {
                const auto choice = m_resolveConflict ? m_resolveConflict(out.report->conflicts)
                                                      : askAboutConflicts(out.report->conflicts);
                switch (choice) {
                case SaveConflictDialog::Choice::Cancel:
                    statusBar()->showMessage(tr("Not saved; your edits are still here"), 8000);
                    Q_EMIT designSaved(false);
                    return;
                case SaveConflictDialog::Choice::Reload: {
                    auto once = std::make_shared<QMetaObject::Connection>();
                    *once = connect(this, &MainWindow::reloaded, this, [this, once](bool ok) {
                        disconnect(*once);
                        if (ok)
                            statusBar()->showMessage(
                                tr("Reloaded; your unsaved edits were discarded"), 8000);
                    });
                    reload();
                    Q_EMIT designSaved(false);
                    return;
                }
                case SaveConflictDialog::Choice::Overwrite:
                    return publishAttempt(
                        message, int(FlowStore::SaveMode::Overwrite), copied, attempt + 1);
                case SaveConflictDialog::Choice::SaveAsCopy:
                    if (out.error) {
                        showProblem(tr("Cannot save as copy"), out.error.message);
                        Q_EMIT designSaved(false);
                        return;
                    }
                    renameToCopies(out.existing, out.report->conflicts);
                    return publishAttempt(message, mode, true, attempt + 1);
                }
                return;
            }
            if (!out.draftsLeft.isEmpty())
                statusBar()->showMessage(
                    tr("Published, but its drafts could not be cleared: %1").arg(out.draftsLeft),
                    8000);
            m_designer->markSaved(out.report->versions);
            const auto &r = out.report->import;
            const QString saved = tr("Saved: %1 created, %2 updated, %3 unchanged")
                                      .arg(r.created.size())
                                      .arg(r.updated.size())
                                      .arg(r.unchanged.size());
            if (copied) {
                // Theirs stay under the original slugs; show them next to the copies.
                reload();
            } else if (out.flow) {
                m_overview->setFlow(*out.flow);
                // A new campaign counts as soon as it is published.
                updateCount(*out.flow, out.schemaVersion);
            }
            statusBar()->showMessage(saved, 8000);
            Q_EMIT designSaved(true);
        });
}

SaveConflictDialog::Choice
MainWindow::askAboutConflicts(const QVector<FlowStore::Conflict> &conflicts)
{
    SaveConflictDialog dialog(conflicts, this);
    dialog.exec();
    return dialog.choice();
}

void MainWindow::renameToCopies(const QStringList &existing,
                                const QVector<FlowStore::Conflict> &conflicts)
{
    FlowDocument *document = m_designer->document();
    QSet<QString> taken(existing.cbegin(), existing.cend());
    document->undoStack()->beginMacro(tr("Save as copy"));
    for (const FlowStore::Conflict &c : conflicts) {
        const FlowDocument::Id id = document->idForSlug(c.slug);
        const Campaign *campaign = document->campaign(id);
        if (!campaign)
            continue;
        Campaign copy = *campaign;
        copy.slug = document->uniqueSlug(c.slug, taken);
        taken.insert(copy.slug);
        document->updateCampaign(id, copy, tr("Save %1 as %2").arg(c.slug, copy.slug));
    }
    document->undoStack()->endMacro();
}

void MainWindow::showHistory(const QString &slug)
{
    QString target = slug;
    if (target.isEmpty())
        target = m_designer->currentCampaignSlug();
    if (target.isEmpty()) {
        showProblem(tr("No campaign selected"),
                    tr("Select or open a campaign to see its revision history."));
        return;
    }
    RevisionHistoryDialog dialog(m_worker, target, this);
    dialog.exec();
}

void MainWindow::saveDraft()
{
    const Flow changed = m_designer->changedCampaigns();
    if (changed.campaigns.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to save: no campaign differs from what is published"),
                                 8000);
        Q_EMIT draftSaved(true);
        return;
    }
    run(
        tr("Saving the draft…"),
        true,
        [changed](QSqlDatabase db) {
            DbError error;
            FlowStore(db).saveDrafts(changed, &error);
            return error;
        },
        [this, changed](const DbError &error) {
            if (error) {
                showProblem(tr("The draft was not saved"), error.message);
                Q_EMIT draftSaved(false);
                return;
            }
            QStringList slugs;
            for (const Campaign &c : changed.campaigns)
                slugs.append(c.slug);
            m_designer->markDraftSaved(slugs);
            updateTitle();
            statusBar()->showMessage(tr("Draft saved, not published: %1").arg(slugs.join(u", "_s)),
                                     8000);
            Q_EMIT draftSaved(true);
        });
}

void MainWindow::updateTitle()
{
    setWindowModified(m_designer->document()->isDirty());
    const int drafts = int(m_designer->draftSlugs().size());
    setWindowTitle(drafts == 0 ? tr("Touchline[*]")
                               : tr("Touchline[*] — %n unpublished draft(s)", nullptr, drafts));
}

void MainWindow::onImport()
{
    const QString name = QFileDialog::getOpenFileName(this,
                                                      tr("Import flow file into database"),
                                                      FileFolder::last(),
                                                      tr("Flow definitions (*.json)"));
    FileFolder::remember(name);
    if (!name.isEmpty())
        importFile(name);
}

void MainWindow::onExport()
{
    const QString name = QFileDialog::getSaveFileName(this,
                                                      tr("Export published campaigns"),
                                                      FileFolder::suggest(u"published.json"_s),
                                                      tr("Flow definitions (*.json)"));
    FileFolder::remember(name);
    if (!name.isEmpty())
        exportFile(name);
}

void MainWindow::onConnectionSettings()
{
    QSettings settings;
    PasswordStore passwords;
    ConnectionDialog dialog(&settings, &passwords, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("The new connection is used from the next start of Touchline"),
                                 8000);
}

QVector<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QVector<QPair<QString, QString>> rows;
    QSet<const QAction *> seen;
    auto add = [&](const QAction *a) {
        if (a->isSeparator() || a->shortcuts().isEmpty() || seen.contains(a))
            return;
        seen.insert(a);
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        QString text = a->text();
        text.remove(u'&');
        rows.append({text, keys.join(u", "_s)});
    };
    for (const QAction *menu : menuBar()->actions()) {
        if (menu->menu()) {
            for (const QAction *a : menu->menu()->actions())
                add(a);
        }
    }
    for (const QAction *a : m_designer->actions())
        add(a);
    for (const QAction *a : m_designer->mapView()->actions())
        add(a);
    return rows;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(u"shortcutList"_s);
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    for (const auto &row : shortcutList())
        list->addTopLevelItem(new QTreeWidgetItem({row.first, row.second}));
    list->addTopLevelItem(
        new QTreeWidgetItem({tr("Pan the canvas"), tr("Space + drag, or middle-button drag")}));
    list->addTopLevelItem(new QTreeWidgetItem({tr("Fit the canvas"), tr("F")}));
    list->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(520, 560);
    dialog->open();
}

void MainWindow::onAbout()
{
    QMessageBox::about(this,
                       tr("About Touchline"),
                       tr("<h3>Touchline %1</h3><p>Campaign flow designer and supervisor "
                          "console.</p><p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                m_connection->settings().displayName().toHtmlEscaped()));
}

void MainWindow::showProblem(const QString &title, const QString &message)
{
    statusBar()->showMessage(title, 8000);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT problemShown(title, message);
}

} // namespace Touchline
