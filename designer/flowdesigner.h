// The flow designer: the campaign map and the sequence view over one FlowDocument, with the
// palette, inspector, problems list, undo history, minimap, search and file actions.
#pragma once

#include "connectionsettings.h"
#include "designsession.h"
#include "flowdocument.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QUndoView;

namespace Touchline {

class CampaignMapScene;
class FlowView;
class InspectorWidget;
class MinimapView;
class PaletteWidget;
class ProblemsModel;
class SequenceScene;
class SimulationPanel;
class SimulationSession;

class FlowDesigner : public QWidget
{
    Q_OBJECT

public:
    explicit FlowDesigner(QWidget *parent = nullptr);
    ~FlowDesigner() override;

    // The widget-free session the designer renders: document, undo stack, base and store.
    DesignSession *session() const { return m_session; }
    FlowDocument *document() const { return m_document; }
    CampaignMapScene *mapScene() const { return m_map; }
    SequenceScene *sequenceScene() const { return m_sequence; }
    FlowView *mapView() const { return m_mapView; }
    FlowView *sequenceView() const { return m_sequenceView; }
    PaletteWidget *palette() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    ProblemsModel *problemsModel() const { return m_problems; }
    QTreeView *problemsView() const { return m_problemsView; }
    MinimapView *minimap() const { return m_minimap; }
    QLineEdit *searchField() const { return m_search; }
    QAction *minimapAction() const { return m_minimapAction; }
    // Simulate: the open flow (unsaved edits included) in a what-if run, its figures over the
    // map and the sequence view.
    SimulationSession *simulation() const { return m_simulation; }
    SimulationPanel *simulationPanel() const { return m_simulationPanel; }
    QAction *simulateAction() const { return m_simulateAction; }
    QAction *overlayAction() const { return m_overlayAction; }
    QAction *simulationPanelAction() const { return m_simulationPanelAction; }
    // The server simulations make their scratch databases on (the window's database's).
    void setSimulationServer(const ConnectionSettings &settings);
    // Runs the simulation on the worker thread of the open flow from the current campaign (else
    // the entry campaign); false, with the reason in the panel, when it cannot start.
    bool simulate();
    bool isShowingSequence() const;
    // The view the author is looking at (map or sequence).
    FlowView *currentView() const;

    void setFlow(const Flow &flow);
    // The campaign open in the sequence view, else the one selected on the map, else empty.
    QString currentCampaignSlug() const;
    // Shows a flow as loaded from the database with each campaign's version: the base that
    // saves are checked against (optimistic concurrency) and compared with.
    // Unpublished drafts from the database are laid over it: the author continues them, and
    // publishing includes them (they differ from the published base).
    void setLoadedFlow(const Flow &flow,
                       const QHash<QString, int> &versions,
                       const QVector<Campaign> &drafts = {});
    // Slugs whose campaign shows an unpublished draft.
    const QStringList &draftSlugs() const { return m_session->draftSlugs(); }
    // After a draft save: the document is stored (clean) but not published.
    void markDraftSaved(const QStringList &slugs) { m_session->markDraftSaved(slugs); }
    const QHash<QString, int> &loadedVersions() const { return m_session->loadedVersions(); }
    // The document's campaigns that differ from the loaded ones (or are new), in document order.
    Flow changedCampaigns() const { return m_session->changedCampaigns(); }
    using ChangeSummary = DesignSession::ChangeSummary;
    ChangeSummary changeSummary() const { return m_session->changeSummary(); }
    // After a save: the document is the new base, `versions` the saved campaigns' versions.
    void markSaved(const QHash<QString, int> &versions) { m_session->markSaved(versions); }
    // Opens a flow file in the editor, replacing what it shows (after asking the discard
    // guard when there are unsaved edits).
    bool importFile(const QString &fileName, QString *error);
    // Writes what the editor shows, unsaved edits included, and says so in the status bar.
    bool exportFile(const QString &fileName, QString *error);

    // Asked before work that would discard unsaved edits; true: go on. Without one, go on.
    using DiscardGuard = std::function<bool(const QString &consequence)>;
    void setDiscardGuard(DiscardGuard guard) { m_discardGuard = std::move(guard); }

    // A delete that would drop routes or remove a published campaign asks first.
    struct DeleteQuestion
    {
        QStringList removed;     // what goes: campaign slugs, or "step N"
        QStringList routesLost;  // the routes into it that go with it
        QStringList published;   // removed campaigns the database runs (archive offered)
        bool canArchive = false; // an archiver is set and something published goes
    };
    enum class DeleteChoice { Delete, Archive, Cancel };
    using DeleteConfirmer = std::function<DeleteChoice(const DeleteQuestion &)>;
    // Replaces the confirmation box (tests); by default a message box asks.
    void setDeleteConfirmer(DeleteConfirmer confirmer) { m_confirmDelete = std::move(confirmer); }
    // Archives a published campaign in the database; returns its new version, or nothing with
    // `message` saying why not.
    using Archiver = std::function<std::optional<int>(const QString &slug, QString *message)>;
    void setArchiver(Archiver archiver) { m_archive = std::move(archiver); }
    // PNG or SVG by the file name's suffix, of the current view's whole scene.
    bool exportImage(const QString &fileName, QString *error) const;

    void openCampaign(FlowDocument::Id id);
    void showMap();
    // Lays out the map off the GUI thread; autoLayoutFinished() says when it is done.
    void autoLayout();
    bool isLayingOut() const { return m_layingOut; }
    // autoLayout(), then the event loop until it is done (tests, benchmarks); true when the
    // positions were stored.
    bool autoLayoutAndWait(int timeoutMs = 60000);
    void jumpToProblem(const QModelIndex &index);

    QList<QAction *> editActions() const;
    QList<QAction *> viewActions() const;
    QList<QAction *> fileActions() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The author asked for a campaign's revision history (the window has the database).
    void historyRequested(const QString &slug);
    void autoLayoutFinished(bool laidOut);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onAutoLayoutDone(bool ok, const QString &error);
    bool m_layingOut = false;
    void buildActions();
    void onFlowReset();
    void onSearch();
    void onSelectionChanged();
    void updateStatus();
    void copy();
    void paste();
    void remove();
    void removeCampaignsAsked(const QVector<FlowDocument::Id> &ids);
    void removeStepsAsked(const QVector<int> &steps);
    DeleteChoice askAboutDelete(const DeleteQuestion &question);
    bool archive(const QStringList &slugs);
    void duplicate();
    void onImport();
    void onExportJson();
    void onExportImage();
    void positionMinimap();
    void buildSimulationActions();
    void showSimulationPanel(bool show);
    void onSimulationFinished(bool ok, const QString &message);
    bool eventFilter(QObject *watched, QEvent *event) override;

    DesignSession *m_session = nullptr;
    FlowDocument *m_document = nullptr;
    CampaignMapScene *m_map = nullptr;
    SequenceScene *m_sequence = nullptr;
    FlowView *m_mapView = nullptr;
    FlowView *m_sequenceView = nullptr;
    QStackedWidget *m_views = nullptr;
    MinimapView *m_minimap = nullptr;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    ProblemsModel *m_problems = nullptr;
    QTreeView *m_problemsView = nullptr;
    QUndoView *m_undoView = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_breadcrumb = nullptr;
    QLabel *m_validity = nullptr;

    QList<QAction *> m_editActions;
    QList<QAction *> m_viewActions;
    QList<QAction *> m_fileActions;
    QAction *m_backAction = nullptr;
    QAction *m_minimapAction = nullptr;
    SimulationSession *m_simulation = nullptr;
    SimulationPanel *m_simulationPanel = nullptr;
    QTabWidget *m_sideTabs = nullptr; // the inspector and the simulation panel
    QAction *m_simulateAction = nullptr;
    QAction *m_overlayAction = nullptr;
    QAction *m_simulationPanelAction = nullptr;
    DiscardGuard m_discardGuard;
    DeleteConfirmer m_confirmDelete;
    Archiver m_archive;
    bool m_fittedOnce = false; // the first show fits the map to the real viewport
};

} // namespace Touchline
