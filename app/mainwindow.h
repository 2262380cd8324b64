// The console's main window: hosts the designer and console views over one database connection.
#pragma once

#include "accesscontrol.h"
#include "flowstore.h"
#include "saveconflictdialog.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QTabWidget;

namespace Touchline {

class CampaignOverview;
class ConnectionBanner;
class Connection;
class SchedulerService;
class FlowDesigner;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Connection *connection, QWidget *parent = nullptr);

    CampaignOverview *overview() const { return m_overview; }
    // Shows the embedded scheduler's state in the status bar and its problems as messages.
    void setScheduler(SchedulerService *scheduler);
    FlowDesigner *designer() const { return m_designer; }
    void showOverview();
    void showDesigner();
    // Writes the designed campaigns that changed since they were loaded to the database
    // (upserted by slug, new revisions for changed steps, published with `message`), after
    // checking that nobody else saved them meanwhile; on a conflict asks whether to reload,
    // overwrite or save as copies. Returns false (and says so) when nothing was saved.
    // Stores the changed campaigns as unpublished drafts; returns false (and says so) on failure.
    bool saveDraft();
    bool saveDesign(const QString &message = {});
    // Asks for a publish message, then saves (File > Save, Ctrl+S).
    bool saveDesignInteractively();
    // Replaces the conflict dialog (tests); by default the dialog asks the author.
    using ConflictResolver
        = std::function<SaveConflictDialog::Choice(const QVector<FlowStore::Conflict> &)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }
    // Shows the revision history of one campaign (the current one when `slug` is empty).
    void showHistory(const QString &slug = {});
    // Help > Keyboard shortcuts (F1): every action that has keys, with its keys.
    void showShortcuts();
    QVector<QPair<QString, QString>> shortcutList() const;
    // Reloads the campaigns from the database; returns false (and says so) on failure.
    bool reload();
    // Reload as the author asks for it (F5, toolbar): asks first when there are unsaved edits.
    bool requestReload();
    // Imports a flow file into the database (asking first about unsaved edits, which the
    // reload that follows would discard).
    bool importFile(const QString &fileName);
    // Writes the campaigns as published in the database (not the editor) to `fileName`.
    bool exportFile(const QString &fileName);

    // What to do with unsaved edits before quitting, reloading or replacing the editor.
    enum class UnsavedChoice { SaveDraft, Publish, Discard, Cancel };
    using UnsavedResolver = std::function<UnsavedChoice(const QString &consequence)>;
    // Replaces the question box (tests); by default a message box asks the author.
    void setUnsavedResolver(UnsavedResolver resolver) { m_resolveUnsaved = std::move(resolver); }
    // Settles unsaved edits before `consequence` happens; true when the work may go on.
    bool settleUnsavedEdits(const QString &consequence);

Q_SIGNALS:
    void problemShown(const QString &title, const QString &message);

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
    void installPlaceShortcuts();
    void restoreWindowGeometry();
    void saveWindowGeometry();
    void updateCount(const Flow &published);
    void showProblem(const QString &title, const QString &message);
    SaveConflictDialog::Choice askAboutConflicts(const QVector<FlowStore::Conflict> &conflicts);
    bool renameToCopies(const QVector<FlowStore::Conflict> &conflicts);

    Connection *m_connection = nullptr;
    CampaignOverview *m_overview = nullptr;
    FlowDesigner *m_designer = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    ConflictResolver m_resolveConflict;
    AccessControl::Capabilities m_capabilities; // what the login may do (the database decides)
    UnsavedResolver m_resolveUnsaved;
    ConnectionBanner *m_connectionBanner = nullptr; // shown while the database is lost
};

} // namespace Touchline
