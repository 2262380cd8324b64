// The console's main window: hosts the designer and console views over one database connection.
#pragma once

#include "accesscontrol.h"
#include "flowstore.h"
#include "saveconflictdialog.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QSplitter;
class QSqlDatabase;
class QTabWidget;

namespace Touchline {

class CampaignOverview;
class ConnectionBanner;
class Connection;
class DatabaseWorker;
class DispatchService;
class ElidingLabel;
class SchedulerService;
class FlowDesigner;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Connection *connection, QWidget *parent = nullptr);

    CampaignOverview *overview() const { return m_overview; }
    // Shows the embedded scheduler's and dispatcher's states in the status bar, with their
    // pause buttons, and their problems as messages (either may be nullptr).
    void setServices(SchedulerService *scheduler, DispatchService *dispatcher);
    FlowDesigner *designer() const { return m_designer; }
    void showOverview();
    void showDesigner();
    // Every query of the window runs on its worker connection, never on the GUI thread: the
    // operations below return at once and report through their signals (designSaved, draftSaved,
    // reloaded, imported, exported) when the database has answered.

    // Writes the designed campaigns that changed since they were loaded to the database
    // (upserted by slug, new revisions for changed steps, published with `message`), after
    // checking that nobody else saved them meanwhile; on a conflict asks whether to reload,
    // overwrite or save as copies. Says so when nothing was saved.
    void saveDesign(const QString &message = {});
    // Stores the changed campaigns as unpublished drafts; says so on failure.
    void saveDraft();
    // Asks for a publish message, then saves (File > Save, Ctrl+S); false when cancelled.
    bool saveDesignInteractively();
    // True while a job of the window waits for the database (the status bar shows it, and
    // saving, reloading and importing are disabled).
    bool isBusy() const { return m_jobs > 0; }
    // Runs the event loop until every job posted so far has reported back; false on timeout.
    bool waitUntilIdle(int timeoutMs = 30000);
    // Replaces the conflict dialog (tests); by default the dialog asks the author.
    using ConflictResolver
        = std::function<SaveConflictDialog::Choice(const QVector<FlowStore::Conflict> &)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }
    // Shows the revision history of one campaign (the current one when `slug` is empty).
    void showHistory(const QString &slug = {});
    // Help > Keyboard shortcuts (F1): every action that has keys, with its keys.
    void showShortcuts();
    QVector<QPair<QString, QString>> shortcutList() const;
    // Reloads the campaigns from the database; says so on failure.
    void reload();
    // Reload as the author asks for it (F5, toolbar): asks first when there are unsaved edits;
    // false when the author cancelled.
    bool requestReload();
    // Imports a flow file into the database (asking first about unsaved edits, which the
    // reload that follows would discard); false when the author cancelled.
    bool importFile(const QString &fileName);
    // Writes the campaigns as published in the database (not the editor) to `fileName`.
    void exportFile(const QString &fileName);

    // What to do with unsaved edits before quitting, reloading or replacing the editor.
    enum class UnsavedChoice { SaveDraft, Publish, Discard, Cancel };
    using UnsavedResolver = std::function<UnsavedChoice(const QString &consequence)>;
    // Replaces the question box (tests); by default a message box asks the author.
    void setUnsavedResolver(UnsavedResolver resolver) { m_resolveUnsaved = std::move(resolver); }
    // Settles unsaved edits before `consequence` happens; true when the work may go on.
    bool settleUnsavedEdits(const QString &consequence);

Q_SIGNALS:
    void problemShown(const QString &title, const QString &message);
    void busyChanged(bool busy);
    void reloaded(bool ok);
    void designSaved(bool ok);
    void draftSaved(bool ok);
    void imported(bool ok);
    void exported(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    UnsavedChoice askAboutUnsaved(const QString &consequence);
    void onImport();
    void onExport();
    void onAbout();
    void onConnectionSettings();
    void updateTitle();
    void showLoginRoles();
    void applyCapabilities();
    void holdServices();
    void updateActions();
    // Runs `work(db)` on the worker connection and `done(result)` back in the GUI thread, with
    // the busy state shown meanwhile; `locksDesigner` keeps the designer read-only until then,
    // so that what is saved or loaded is what the designer shows.
    template<typename Work, typename Done>
    void run(const QString &what, bool locksDesigner, Work work, Done done);
    void jobStarted(const QString &what, bool locksDesigner);
    void jobFinished(bool locksDesigner);
    void publishAttempt(const QString &message, int mode, bool copied, int attempt);
    bool saveAndWait(bool publish, const QString &message);
    std::optional<QString> askPublishMessage();
    void installPlaceShortcuts();
    void restoreWindowGeometry();
    void saveWindowGeometry();
    void updateCount(const Flow &published, int schemaVersion);
    void showProblem(const QString &title, const QString &message);
    SaveConflictDialog::Choice askAboutConflicts(const QVector<FlowStore::Conflict> &conflicts);
    void renameToCopies(const QStringList &existing, const QVector<FlowStore::Conflict> &conflicts);

    Connection *m_connection = nullptr;
    CampaignOverview *m_overview = nullptr;
    FlowDesigner *m_designer = nullptr;
    QTabWidget *m_tabs = nullptr;
    ElidingLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    ConflictResolver m_resolveConflict;
    AccessControl::Capabilities m_capabilities; // what the login may do (the database decides)
    // Until the database has answered the window lets the author try: the database refuses
    // what it must anyway.
    bool m_capabilitiesKnown = false;
    UnsavedResolver m_resolveUnsaved;
    ConnectionBanner *m_connectionBanner = nullptr; // shown while the database is lost
    SchedulerService *m_scheduler = nullptr;
    DispatchService *m_dispatcher = nullptr;
    DatabaseWorker *m_worker = nullptr; // the window's own connection in its own thread
    QProgressBar *m_busyBar = nullptr;
    ElidingLabel *m_busyLabel = nullptr;
    QList<QSplitter *> m_splitters; // each place's, remembered by name
    int m_jobs = 0;                 // jobs posted and not yet reported back
    int m_designerLocks = 0;        // of those, the ones that will change the designer
};

} // namespace Touchline
