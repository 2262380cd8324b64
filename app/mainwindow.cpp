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
#include "filefolder.h"
#include "flowcodec.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "flowview.h"
#include "handoffsview.h"
#include "inboxwidget.h"
#include "migrator.h"
#include "passwordstore.h"
#include "publishdialog.h"
#include "revisionhistorydialog.h"
#include "schedulerservice.h"
#include "schedulerstatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
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
    m_overview = new CampaignOverview(this);
    m_designer = new FlowDesigner(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_designer, tr("&Designer"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(new InboxWidget(m_connection->settings(), this), tr("&Inbox"));
    m_tabs->addTab(new DashboardWidget(m_connection->settings(), {}, this), tr("Dash&board"));
    m_tabs->addTab(new ContactsView(m_connection->settings(), this), tr("&Contacts"));
    m_tabs->addTab(new HandoffsView(m_connection->settings(), this), tr("&Handoffs"));
    setCentralWidget(m_tabs);
    connect(m_designer, &FlowDesigner::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    });
    connect(m_designer->document(), &FlowDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_designer, &FlowDesigner::historyRequested, this, [this](const QString &slug) {
        showHistory(slug);
    });
    m_designer->setDiscardGuard(
        [this](const QString &consequence) { return settleUnsavedEdits(consequence); });
    m_designer->setArchiver([this](const QString &slug, QString *message) -> std::optional<int> {
        DbError error;
        const auto report = CampaignArchive::archive(m_connection->database(), slug, &error);
        if (!report) {
            *message = error.message;
            return std::nullopt;
        }
        m_overview->setFlow(FlowStore(m_connection->database()).load({}, &error).value_or(Flow()));
        *message = tr("%n running enrollment(s) ended", nullptr, report->endedEnrollments) + u", "_s
                   + tr("%n unsent touch(es) cancelled", nullptr, report->cancelledItems);
        return report->version;
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

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    m_databaseLabel->setText(tr("Database: %1").arg(m_connection->settings().displayName()));
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
        if (!m_designer->document()->isDirty())
            return void(reload());
        DbError error; // unsaved designer work is kept: only the overview is refreshed
        m_overview->setFlow(FlowStore(m_connection->database()).load({}, &error).value_or(Flow()));
    });
}

void MainWindow::showLoginRoles()
{
    DbError error;
    const auto caps = AccessControl::of(m_connection->database(), &error);
    if (!caps)
        return;
    m_capabilities = *caps;
    QString text = tr("Database: %1 · login %2 (%3)")
                       .arg(m_connection->settings().displayName(),
                            caps->login,
                            caps->roleNames().join(u", "_s));
    if (!caps->clients.isEmpty())
        text += tr(" · clients %1").arg(caps->clients.join(u", "_s));
    m_databaseLabel->setText(text);
    // The database refuses it anyway; the window says so before the author tries.
    if (!caps->mayEditFlows()) {
        for (const QString &name : {u"saveAction"_s, u"saveDraftAction"_s}) {
            if (auto *action = findChild<QAction *>(name)) {
                action->setEnabled(false);
                action->setToolTip(tr("This login may not edit flows: it does not hold the "
                                      "touchline_author role"));
            }
        }
    }
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
}

void MainWindow::setScheduler(SchedulerService *scheduler)
{
    statusBar()->addPermanentWidget(new SchedulerStatus(scheduler, this));
    connect(scheduler, &SchedulerService::problemOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
}

bool MainWindow::reload()
{
    DesignSession *session = m_designer->session();
    session->setDatabase(m_connection->database());
    DbError error;
    if (!session->load(&error)) {
        showProblem(tr("Cannot load the campaigns"), error.message);
        return false;
    }
    m_overview->setFlow(session->loadedFlow()); // the overview shows what is published
    updateTitle();
    updateCount(session->loadedFlow());
    return true;
}

void MainWindow::updateCount(const Flow &published)
{
    QString message;
    m_countLabel->setText(
        tr("%n campaign(s) · schema v%1", nullptr, int(published.campaigns.size()))
            .arg(Migrator(m_connection->database()).currentVersion(&message)));
}

bool MainWindow::requestReload()
{
    if (!settleUnsavedEdits(tr("Reloading replaces the editor's contents with the database's.")))
        return false;
    return reload();
}

bool MainWindow::settleUnsavedEdits(const QString &consequence)
{
    if (!m_designer->document()->isDirty())
        return true;
    const UnsavedChoice choice
        = m_resolveUnsaved ? m_resolveUnsaved(consequence) : askAboutUnsaved(consequence);
    switch (choice) {
    case UnsavedChoice::SaveDraft:
        return saveDraft();
    case UnsavedChoice::Publish:
        return saveDesignInteractively();
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
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

bool MainWindow::importFile(const QString &fileName)
{
    if (!settleUnsavedEdits(tr("Importing %1 reloads the editor from the database.").arg(fileName)))
        return false;
    QFile in(fileName);
    if (!in.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot import"), tr("Cannot read %1: %2").arg(fileName, in.errorString()));
        return false;
    }
    FlowStore store(m_connection->database());
    DbError error;
    const FlowReadResult result = store.readForImport(in.readAll(), &error);
    if (error) {
        showProblem(tr("Cannot import"), error.message);
        return false;
    }
    if (!result.ok()) {
        QStringList lines;
        if (!result.readError.isEmpty())
            lines.append(result.readError);
        for (const FlowIssue &i : result.errors())
            lines.append(i.toString());
        showProblem(tr("%1 is invalid; nothing was imported").arg(fileName), lines.join(u'\n'));
        return false;
    }
    const auto report = store.importFlow(result.flow, fileName, &error);
    if (!report) {
        showProblem(tr("Import failed; nothing was written"), error.message);
        return false;
    }
    reload();
    statusBar()->showMessage(tr("Imported %1: %2 created, %3 updated, %4 unchanged")
                                 .arg(fileName)
                                 .arg(report->created.size())
                                 .arg(report->updated.size())
                                 .arg(report->unchanged.size()),
                             8000);
    return true;
}

bool MainWindow::exportFile(const QString &fileName)
{
    FlowStore store(m_connection->database());
    DbError error;
    const auto flow = store.load({}, &error);
    if (!flow) {
        showProblem(tr("Cannot export"), error.message);
        return false;
    }
    const QByteArray bytes = FlowCodec::write(*flow);
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        showProblem(tr("Cannot export"),
                    tr("Cannot write %1: %2").arg(fileName, out.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %n published campaign(s) from the database to %1",
                                nullptr,
                                int(flow->campaigns.size()))
                                 .arg(fileName),
                             8000);
    return true;
}

void MainWindow::showOverview()
{
    m_tabs->setCurrentWidget(m_overview);
}

void MainWindow::showDesigner()
{
    m_tabs->setCurrentWidget(m_designer);
}

bool MainWindow::saveDesignInteractively()
{
    const FlowDesigner::ChangeSummary changes = m_designer->changeSummary();
    PublishDialog dialog(changes.changed, changes.moved, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return saveDesign(dialog.message());
}

bool MainWindow::saveDesign(const QString &message)
{
    DesignSession *session = m_designer->session();
    FlowDocument *document = session->document();
    document->validateNow();
    if (document->errorCount() > 0) {
        showProblem(tr("Cannot save the design"),
                    tr("The flow has %n error(s); the problems list names them.",
                       nullptr,
                       document->errorCount()));
        return false;
    }
    if (session->changedCampaigns().campaigns.isEmpty()) {
        session->markSaved({});
        statusBar()->showMessage(tr("Nothing to save: no campaign changed"), 8000);
        return true;
    }
    const QString publishMessage = message.isEmpty() ? PublishDialog::defaultMessage() : message;
    session->setDatabase(m_connection->database());
    DbError error;
    QString warning;
    auto mode = FlowStore::SaveMode::Normal;
    bool copied = false;
    std::optional<FlowStore::SaveReport> report;
    // A save as copy renames and tries again: someone may have saved yet another campaign.
    for (int attempt = 0; attempt < 5; ++attempt) {
        report = session->publish(publishMessage, mode, &error, &warning);
        if (!report) {
            showProblem(tr("Saving failed; nothing was written"), error.message);
            return false;
        }
        if (report->saved)
            break;
        const auto choice = m_resolveConflict ? m_resolveConflict(report->conflicts)
                                              : askAboutConflicts(report->conflicts);
        switch (choice) {
        case SaveConflictDialog::Choice::Cancel:
            statusBar()->showMessage(tr("Not saved; your edits are still here"), 8000);
            return false;
        case SaveConflictDialog::Choice::Reload:
            if (reload())
                statusBar()->showMessage(tr("Reloaded; your unsaved edits were discarded"), 8000);
            return false;
        case SaveConflictDialog::Choice::Overwrite:
            mode = FlowStore::SaveMode::Overwrite;
            break;
        case SaveConflictDialog::Choice::SaveAsCopy:
            if (!renameToCopies(report->conflicts))
                return false;
            copied = true;
            break;
        }
    }
    if (!report->saved) {
        showProblem(tr("Saving failed; nothing was written"),
                    tr("Other authors kept saving the same campaigns; try again."));
        return false;
    }
    if (!warning.isEmpty())
        statusBar()->showMessage(
            tr("Published, but its drafts could not be cleared: %1").arg(warning), 8000);
    if (copied) {
        // Theirs stay under the original slugs; show them next to the copies.
        reload();
    } else {
        FlowStore store(m_connection->database());
        const auto flow = store.load({}, &error);
        if (flow) {
            m_overview->setFlow(*flow);
            updateCount(*flow); // a new campaign counts as soon as it is published
        }
    }
    const auto &r = report->import;
    statusBar()->showMessage(tr("Saved: %1 created, %2 updated, %3 unchanged")
                                 .arg(r.created.size())
                                 .arg(r.updated.size())
                                 .arg(r.unchanged.size()),
                             8000);
    return true;
}

SaveConflictDialog::Choice
MainWindow::askAboutConflicts(const QVector<FlowStore::Conflict> &conflicts)
{
    SaveConflictDialog dialog(conflicts, this);
    dialog.exec();
    return dialog.choice();
}

bool MainWindow::renameToCopies(const QVector<FlowStore::Conflict> &conflicts)
{
    FlowDocument *document = m_designer->document();
    DbError error;
    const QStringList existing = FlowStore(m_connection->database()).campaignSlugs(&error);
    if (error) {
        showProblem(tr("Cannot save as copy"), error.message);
        return false;
    }
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
    return true;
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
    RevisionHistoryDialog dialog(m_connection->database(), target, this);
    dialog.exec();
}

bool MainWindow::saveDraft()
{
    DesignSession *session = m_designer->session();
    if (session->changedCampaigns().campaigns.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to save: no campaign differs from what is published"),
                                 8000);
        return true;
    }
    session->setDatabase(m_connection->database());
    DbError error;
    QStringList slugs;
    if (!session->saveDraft(&error, &slugs)) {
        showProblem(tr("The draft was not saved"), error.message);
        return false;
    }
    updateTitle();
    statusBar()->showMessage(tr("Draft saved, not published: %1").arg(slugs.join(u", "_s)), 8000);
    return true;
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
