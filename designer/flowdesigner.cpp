#include "flowdesigner.h"

#include "autolayout.h"
#include "campaignmapscene.h"
#include "campaignnodeitem.h"
#include "designerstyle.h"
#include "filefolder.h"
#include "flowcodec.h"
#include "flowview.h"
#include "inspectorwidget.h"
#include "minimapview.h"
#include "palettewidget.h"
#include "problemsmodel.h"
#include "sequencescene.h"
#include "simulationpanel.h"
#include "simulationsession.h"
#include "stepnodeitem.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;
using Id = FlowDocument::Id;

FlowDesigner::FlowDesigner(QWidget *parent)
    : QWidget(parent)
    , m_session(new DesignSession(this))
    , m_document(m_session->document())
{
    DesignerStyle::initResources();
    setObjectName(u"flowDesigner"_s);
    m_map = new CampaignMapScene(m_document, this);
    m_sequence = new SequenceScene(m_document, this);
    m_mapView = new FlowView;
    m_mapView->setObjectName(u"mapView"_s);
    m_mapView->setScene(m_map);
    m_sequenceView = new FlowView;
    m_sequenceView->setObjectName(u"sequenceView"_s);
    m_sequenceView->setScene(m_sequence);
    m_views = new QStackedWidget;
    m_views->addWidget(m_mapView);
    m_views->addWidget(m_sequenceView);
    m_minimap = new MinimapView(m_mapView);
    m_minimap->setObjectName(u"minimap"_s);
    m_minimap->setMainView(m_mapView);
    // The viewport's own resize: by then its geometry is final (the view's comes before it).
    m_mapView->viewport()->installEventFilter(this);

    m_palette = new PaletteWidget;
    m_undoView = new QUndoView(m_document->undoStack());
    m_undoView->setObjectName(u"undoView"_s);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_inspector = new InspectorWidget(m_document);
    m_simulation = new SimulationSession(this);
    m_simulationPanel = new SimulationPanel(m_simulation, m_document);
    // The inspector and the simulation share the right column, so the canvas keeps its width.
    m_sideTabs = new QTabWidget;
    m_sideTabs->setObjectName(u"sideTabs"_s);
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_inspector, tr("Inspector"));
    m_sideTabs->addTab(m_simulationPanel, tr("Simulate"));
    m_map->setSimulation(m_simulation);
    m_sequence->setSimulation(m_simulation);
    m_problems = new ProblemsModel(m_document, this);
    m_problemsView = new QTreeView;
    m_problemsView->setObjectName(u"problemsView"_s);
    m_problemsView->setModel(m_problems);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->header()->setStretchLastSection(true);
    m_problemsView->setToolTip(tr("Click a problem to go to it"));
    connect(m_problemsView, &QTreeView::activated, this, &FlowDesigner::jumpToProblem);
    connect(m_problemsView, &QTreeView::clicked, this, &FlowDesigner::jumpToProblem);
    connect(m_problemsView, &QTreeView::doubleClicked, this, &FlowDesigner::jumpToProblem);

    m_search = new QLineEdit;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Find campaign by slug or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    connect(m_search, &QLineEdit::textChanged, this, &FlowDesigner::onSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &FlowDesigner::onSearch);
    m_breadcrumb = new QLabel;
    m_breadcrumb->setObjectName(u"breadcrumb"_s);
    m_validity = new QLabel;
    m_validity->setObjectName(u"validity"_s);

    buildActions();
    auto *toolbar = new QToolBar;
    toolbar->setIconSize(QSize(18, 18));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_backAction);
    toolbar->addWidget(m_breadcrumb);
    toolbar->addSeparator();
    for (QAction *a : std::as_const(m_editActions)) {
        if (!a->property("inToolbar").toBool())
            continue;
        toolbar->addAction(a);
    }
    toolbar->addSeparator();
    for (QAction *a : std::as_const(m_viewActions)) {
        if (a->property("inToolbar").toBool())
            toolbar->addAction(a);
    }
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_validity);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);

    auto *left = new QSplitter(Qt::Vertical);
    auto *paletteBox = new QWidget;
    auto *pl = new QVBoxLayout(paletteBox);
    pl->setContentsMargins(6, 6, 0, 0);
    pl->addWidget(new QLabel(tr("<b>Palette</b>")));
    pl->addWidget(m_palette);
    auto *historyBox = new QWidget;
    auto *hl = new QVBoxLayout(historyBox);
    hl->setContentsMargins(6, 6, 0, 6);
    hl->addWidget(new QLabel(tr("<b>History</b>")));
    hl->addWidget(m_undoView);
    left->addWidget(paletteBox);
    left->addWidget(historyBox);
    left->setSizes({320, 300});

    auto *problemsBox = new QWidget;
    auto *prl = new QVBoxLayout(problemsBox);
    prl->setContentsMargins(6, 4, 6, 4);
    prl->addWidget(new QLabel(tr("<b>Problems</b>")));
    prl->addWidget(m_problemsView);
    m_problemsView->setColumnWidth(ProblemsModel::SeverityColumn, 80);
    m_problemsView->setColumnWidth(ProblemsModel::WhereColumn, 220);

    auto *canvas = new QSplitter(Qt::Vertical);
    canvas->addWidget(m_views);
    canvas->addWidget(problemsBox);
    canvas->setStretchFactor(0, 1);
    canvas->setSizes({800, 130});
    auto *center = new QWidget;
    auto *cl = new QVBoxLayout(center);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    cl->addWidget(toolbar);
    cl->addWidget(canvas, 1);
    QWidget *right = m_sideTabs;

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(center);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1000, 330});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_map, &QGraphicsScene::selectionChanged, this, &FlowDesigner::onSelectionChanged);
    connect(m_sequence, &QGraphicsScene::selectionChanged, this, &FlowDesigner::onSelectionChanged);
    connect(m_map, &CampaignMapScene::campaignActivated, this, &FlowDesigner::openCampaign);
    connect(m_sequence, &SequenceScene::campaignActivated, this, &FlowDesigner::openCampaign);
    connect(m_sequence, &SequenceScene::stepActivated, m_inspector, &InspectorWidget::showStep);
    for (QObject *scene : {static_cast<QObject *>(m_map), static_cast<QObject *>(m_sequence)}) {
        connect(scene, SIGNAL(statusMessage(QString)), this, SIGNAL(statusMessage(QString)));
        connect(scene, SIGNAL(connectionRefused(QString)), this, SIGNAL(statusMessage(QString)));
    }
    connect(m_document, &FlowDocument::validated, this, &FlowDesigner::updateStatus);
    connect(m_document, &FlowDocument::dirtyChanged, this, &FlowDesigner::updateStatus);
    connect(m_document, &FlowDocument::campaignAdded, m_minimap, &MinimapView::refit);
    connect(m_document, &FlowDocument::layoutChanged, m_minimap, &MinimapView::refit);
    connect(m_document, &FlowDocument::flowReset, this, &FlowDesigner::onFlowReset);
    showMap();
}

FlowDesigner::~FlowDesigner()
{
    // A field being typed into commits when it loses focus: let that happen while everything
    // it reaches is still alive, not halfway through tearing the widgets down.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    // The scenes outlive this part of the object: they must not call back into it.
    m_map->disconnect(this);
    m_sequence->disconnect(this);
    m_document->disconnect(this);
    m_simulation->disconnect(this);
}

void FlowDesigner::buildActions()
{
    auto make = [this](QList<QAction *> &list,
                       const QString &text,
                       const QList<QKeySequence> &keys,
                       const QString &tip,
                       auto slot,
                       bool toolbar = false) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(keys.isEmpty() ? tip
                                     : tr("%1 (%2)").arg(
                                         tip, keys.first().toString(QKeySequence::NativeText)));
        a->setProperty("inToolbar", toolbar);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        list.append(a);
        return a;
    };
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setProperty("inToolbar", true);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setProperty("inToolbar", true);
    // The toolbar says Undo/Redo; what they undo shows in the menu and the tooltip, so a long
    // command name never pushes the search box into the toolbar's overflow.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    connect(m_document->undoStack(), &QUndoStack::undoTextChanged, undo, [undo](const QString &t) {
        undo->setToolTip(t.isEmpty() ? tr("Undo") : tr("Undo %1").arg(t));
    });
    connect(m_document->undoStack(), &QUndoStack::redoTextChanged, redo, [redo](const QString &t) {
        redo->setToolTip(t.isEmpty() ? tr("Redo") : tr("Redo %1").arg(t));
    });
    addAction(undo);
    addAction(redo);
    m_editActions << undo << redo;
    make(m_editActions,
         tr("Copy"),
         {QKeySequence::Copy},
         tr("Copy the selection"),
         &FlowDesigner::copy);
    make(m_editActions,
         tr("Paste"),
         {QKeySequence::Paste},
         tr("Paste with fresh slugs"),
         &FlowDesigner::paste);
    make(m_editActions,
         tr("Duplicate"),
         {QKeySequence(u"Ctrl+D"_s)},
         tr("Duplicate the selected campaigns"),
         &FlowDesigner::duplicate);
    make(m_editActions,
         tr("Delete"),
         {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)},
         tr("Delete the selection"),
         &FlowDesigner::remove);
    make(m_editActions,
         tr("Select all"),
         {QKeySequence::SelectAll},
         tr("Select everything"),
         [this] {
             for (QGraphicsItem *i : currentView()->scene()->items()) {
                 if (i->flags() & QGraphicsItem::ItemIsSelectable)
                     i->setSelected(true);
             }
         });

    m_backAction = make(m_viewActions,
                        tr("◀ Map"),
                        {QKeySequence(Qt::Key_Escape)},
                        tr("Back to the campaign map"),
                        &FlowDesigner::showMap);
    make(m_viewActions,
         tr("Auto-layout"),
         {QKeySequence(u"Ctrl+L"_s)},
         tr("Arrange the campaigns with Graphviz dot"),
         &FlowDesigner::autoLayout,
         true);
    make(
        m_viewActions,
        tr("Fit"),
        {QKeySequence(u"Ctrl+0"_s)},
        tr("Fit everything into view (also F)"),
        [this] {
            if (isShowingSequence())
                m_sequenceView->fit(m_sequence->ownRect());
            else
                m_mapView->fit();
        },
        true);
    make(m_viewActions,
         tr("Zoom in"),
         {QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)},
         tr("Zoom in"),
         [this] { currentView()->zoomBy(1.25); });
    make(m_viewActions, tr("Zoom out"), {QKeySequence::ZoomOut}, tr("Zoom out"), [this] {
        currentView()->zoomBy(0.8);
    });
    QAction *snap = make(
        m_viewActions,
        tr("Snap to grid"),
        {QKeySequence(u"Ctrl+G"_s)},
        tr("Snap moved campaigns to the grid"),
        [this](bool on) { m_map->setSnapToGrid(on); },
        true);
    snap->setCheckable(true);
    snap->setChecked(true);
    m_minimapAction = make(m_viewActions,
                           tr("Minimap"),
                           {QKeySequence(u"Ctrl+M"_s)},
                           tr("Show the overview of the whole map in the corner"),
                           [this](bool on) {
                               m_minimap->setVisible(on);
                               if (on)
                                   positionMinimap();
                           });
    m_minimapAction->setObjectName(u"minimapAction"_s);
    m_minimapAction->setCheckable(true);
    m_minimapAction->setChecked(true);
    make(m_viewActions, tr("Find"), {QKeySequence::Find}, tr("Find a campaign"), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QAction *open = make(m_viewActions,
                         tr("Open sequence"),
                         {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                         tr("Open the selected campaign's sequence"),
                         [this] {
                             const QVector<Id> ids = m_map->selectedCampaigns();
                             if (!isShowingSequence() && ids.size() == 1)
                                 openCampaign(ids.first());
                         });
    // Return belongs to the inspector's fields everywhere but on the map itself.
    removeAction(open);
    open->setShortcutContext(Qt::WidgetShortcut);
    m_mapView->addAction(open);

    make(m_fileActions,
         tr("Open flow file in editor…"),
         {QKeySequence::Open},
         tr("Show a flow definition (JSON) in the editor, without writing it to the database"),
         &FlowDesigner::onImport)
        ->setObjectName(u"openFileAction"_s);
    make(m_fileActions,
         tr("Export editor contents…"),
         {},
         tr("Write what the editor shows, unsaved edits included, as a flow definition (JSON)"),
         &FlowDesigner::onExportJson)
        ->setObjectName(u"exportEditorAction"_s);
    make(m_fileActions,
         tr("Export image…"),
         {QKeySequence(u"Ctrl+Shift+E"_s)},
         tr("Export the canvas as PNG or SVG"),
         &FlowDesigner::onExportImage);
    QAction *history = make(m_fileActions,
                            tr("Revision history…"),
                            {QKeySequence(u"Ctrl+Shift+H"_s)},
                            tr("The selected campaign's revisions, what changed between two, and "
                               "moving its contacts to another revision"),
                            [this] {
                                const QString slug = currentCampaignSlug();
                                if (slug.isEmpty())
                                    Q_EMIT statusMessage(tr("Select a campaign first"));
                                else
                                    Q_EMIT historyRequested(slug);
                            });
    history->setObjectName(u"historyAction"_s);
    buildSimulationActions();
    // The campaign's context menu: right-click on the map or in its sequence.
    for (FlowView *view : {m_mapView, m_sequenceView}) {
        view->addAction(history);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

void FlowDesigner::buildSimulationActions()
{
    auto make = [this](const QString &text, const QString &keys, const QString &tip, bool check) {
        auto *a = new QAction(text, this);
        a->setShortcut(QKeySequence(keys));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tr("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
        a->setCheckable(check);
        a->setProperty("inToolbar", false);
        addAction(a);
        m_viewActions.append(a);
        return a;
    };
    m_simulateAction
        = make(tr("Simulate"),
               u"Ctrl+Shift+R"_s,
               tr("Run the open flow, unsaved edits included, in a what-if simulation"),
               false);
    m_simulateAction->setObjectName(u"simulateAction"_s);
    // The window's main bar carries it: the designer's own bar has no room left at 1280 px.
    connect(m_simulateAction, &QAction::triggered, this, [this] { simulate(); });
    m_overlayAction = make(tr("Simulation figures"),
                           u"Ctrl+Shift+O"_s,
                           tr("Show the last simulation's figures on the map and the sequences"),
                           true);
    m_overlayAction->setObjectName(u"overlayAction"_s);
    m_overlayAction->setChecked(m_simulation->isOverlayVisible());
    connect(
        m_overlayAction, &QAction::toggled, m_simulation, &SimulationSession::setOverlayVisible);
    m_simulationPanelAction = make(tr("Simulation panel"),
                                   u"Ctrl+Shift+P"_s,
                                   tr("Show the simulation's plan and results beside the canvas"),
                                   true);
    m_simulationPanelAction->setObjectName(u"simulationPanelAction"_s);
    connect(m_simulationPanelAction, &QAction::toggled, this, &FlowDesigner::showSimulationPanel);
    connect(m_sideTabs, &QTabWidget::currentChanged, m_simulationPanelAction, [this] {
        m_simulationPanelAction->setChecked(m_sideTabs->currentWidget() == m_simulationPanel);
    });
    m_simulationPanel->setActions(m_simulateAction, m_overlayAction);
    connect(m_simulation, &SimulationSession::finished, this, &FlowDesigner::onSimulationFinished);
    // What was simulated is no longer what is shown once the flow changes (a move changes
    // nothing the simulator sees).
    for (auto signal : {&FlowDocument::campaignAdded,
                        &FlowDocument::campaignRemoved,
                        &FlowDocument::campaignChanged,
                        &FlowDocument::exitRouteChanged,
                        &FlowDocument::stepsChanged})
        connect(m_document, signal, m_simulation, &SimulationSession::markStale);
    connect(m_document, &FlowDocument::flowReset, m_simulation, &SimulationSession::markStale);
}

void FlowDesigner::showSimulationPanel(bool show)
{
    m_sideTabs->setCurrentWidget(show ? static_cast<QWidget *>(m_simulationPanel) : m_inspector);
}

void FlowDesigner::setSimulationServer(const ConnectionSettings &settings)
{
    m_simulation->setServer(settings);
}

bool FlowDesigner::simulate()
{
    m_simulationPanelAction->setChecked(true);
    m_document->validateNow();
    if (m_document->errorCount() > 0) {
        m_simulation->refuse(tr("Fix the flow's errors before simulating (see Problems)"));
        return false;
    }
    if (!m_simulation->run(m_document->flow(), currentCampaignSlug()))
        return false;
    Q_EMIT statusMessage(
        tr("Simulating %1…")
            .arg(m_simulation->campaign().isEmpty() ? tr("the flow") : m_simulation->campaign()));
    return true;
}

void FlowDesigner::onSimulationFinished(bool ok, const QString &message)
{
    if (ok)
        Q_EMIT statusMessage(tr("Simulated %1: the figures are on the map and the sequences")
                                 .arg(m_simulation->campaign()));
    else
        Q_EMIT statusMessage(tr("Not simulated: %1").arg(message.section(u'\n', 0, 0)));
}

QString FlowDesigner::currentCampaignSlug() const
{
    FlowDocument::Id id = 0;
    if (isShowingSequence()) {
        id = m_sequence->campaignId();
    } else {
        const QVector<Id> ids = m_map->selectedCampaigns();
        if (ids.size() == 1)
            id = ids.first();
    }
    const Campaign *c = m_document->campaign(id);
    return c ? c->slug : QString();
}

QList<QAction *> FlowDesigner::editActions() const
{
    return m_editActions;
}
QList<QAction *> FlowDesigner::viewActions() const
{
    return m_viewActions;
}
QList<QAction *> FlowDesigner::fileActions() const
{
    return m_fileActions;
}

bool FlowDesigner::isShowingSequence() const
{
    return m_views->currentWidget() == m_sequenceView;
}

FlowView *FlowDesigner::currentView() const
{
    return isShowingSequence() ? m_sequenceView : m_mapView;
}

void FlowDesigner::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fittedOnce)
        return;
    m_fittedOnce = true;
    // Before the first show the view has no real size, so a fit then frames the wrong area.
    QTimer::singleShot(0, this, [this] {
        m_mapView->fit();
        m_minimap->refit();
    });
}

void FlowDesigner::setFlow(const Flow &flow)
{
    m_document->setFlow(flow); // onFlowReset() shows it
}

void FlowDesigner::onFlowReset()
{
    showMap();
    m_mapView->fit();
    m_minimap->refit();
}

void FlowDesigner::setLoadedFlow(const Flow &flow,
                                 const QHash<QString, int> &versions,
                                 const QVector<Campaign> &drafts)
{
    m_session->setLoadedFlow(flow, versions, drafts);
}

void FlowDesigner::showMap()
{
    m_views->setCurrentWidget(m_mapView);
    m_backAction->setEnabled(false);
    m_breadcrumb->setText(tr("  <b>Campaign map</b>  "));
    m_palette->setToolTip(tr("Drag a campaign type onto the map, or a channel onto a campaign"));
    m_mapView->setFocus();
    onSelectionChanged();
}

void FlowDesigner::openCampaign(Id id)
{
    const Campaign *c = m_document->campaign(id);
    if (!c)
        return;
    // A sequence opens with nothing selected, so the inspector (the campaign) and the scene
    // agree, and the first click on a step selects it.
    m_sequence->setCampaign(id);
    m_sequence->clearSelection();
    m_views->setCurrentWidget(m_sequenceView);
    m_backAction->setEnabled(true);
    m_breadcrumb->setText(tr("  Map › <b>%1</b>  ").arg(c->slug.toHtmlEscaped()));
    // Readable first: the start of the sequence at a comfortable size, the rest a scroll away.
    // The lane's title and day axis are drawn above the items: keep them in view.
    const QRectF all = m_sequence->ownRect();
    m_sequenceView->fit(all);
    if (m_sequenceView->zoom() < 0.8) {
        m_sequenceView->setTransform(QTransform::fromScale(0.8, 0.8));
        const QSizeF visible = QSizeF(m_sequenceView->viewport()->size()) / 0.8;
        m_sequenceView->centerOn(all.left() + visible.width() / 2 - 20,
                                 all.top() + visible.height() / 2 - 20);
    }
    m_inspector->showCampaign(id);
    m_sequenceView->setFocus();
}

// Graphviz runs in a worker thread (about a second at 1,000 campaigns); the map takes the
// positions as one undo step when they come back.
void FlowDesigner::autoLayout()
{
    if (m_layingOut)
        return;
    m_layingOut = true;
    Q_EMIT statusMessage(tr("Laying out the map…"));
    AutoLayout::applyLater(m_document,
                           QSizeF(CampaignNodeItem::width, CampaignNodeItem::height + 30),
                           [self = QPointer<FlowDesigner>(this)](bool ok, const QString &error) {
                               if (self)
                                   self->onAutoLayoutDone(ok, error);
                           });
}

bool FlowDesigner::autoLayoutAndWait(int timeoutMs)
{
    QEventLoop loop;
    bool laidOut = false;
    const auto connection = connect(this, &FlowDesigner::autoLayoutFinished, &loop, [&](bool ok) {
        laidOut = ok;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    autoLayout();
    if (m_layingOut)
        loop.exec();
    disconnect(connection);
    return laidOut;
}

void FlowDesigner::onAutoLayoutDone(bool ok, const QString &error)
{
    m_layingOut = false;
    Q_EMIT statusMessage(ok ? tr("Laid out the map") : error);
    showMap();
    m_mapView->fit();
    m_minimap->refit();
    Q_EMIT autoLayoutFinished(ok);
}

void FlowDesigner::onSearch()
{
    const QVector<Id> found = m_map->search(m_search->text());
    if (found.isEmpty())
        return;
    // The author is still typing: the map shows the match, the field keeps the keyboard.
    const bool typing = m_search->hasFocus();
    showMap();
    if (typing)
        m_search->setFocus();
    m_map->selectCampaigns({found.first()});
    m_mapView->centerOnAnimated(m_map->nodeFor(found.first())->sceneBoundingRect().center());
    Q_EMIT statusMessage(tr("%n campaign(s) match", nullptr, int(found.size())));
}

void FlowDesigner::onSelectionChanged()
{
    if (isShowingSequence()) {
        const QVector<int> steps = m_sequence->selectedSteps();
        if (steps.size() == 1)
            m_inspector->showStep(m_sequence->campaignId(), steps.first());
        else if (steps.isEmpty())
            m_inspector->showCampaign(m_sequence->campaignId());
        m_simulationPanel->showStep(m_sequence->campaignId(),
                                    steps.size() == 1 ? steps.first() : -1);
        return;
    }
    const QVector<Id> ids = m_map->selectedCampaigns();
    if (ids.size() == 1)
        m_inspector->showCampaign(ids.first());
    else
        m_inspector->showNothing();
}

void FlowDesigner::updateStatus()
{
    const int errors = m_problems->errorCount();
    const int warnings = m_problems->warningCount();
    QString text = errors > 0
                       ? tr("<span style='color:#dc2626'>● %n error(s)</span>", nullptr, errors)
                       : tr("<span style='color:#16a34a'>● valid</span>");
    if (warnings > 0)
        text += tr(" · <span style='color:#d97706'>%n warning(s)</span>", nullptr, warnings);
    if (m_document->isDirty())
        text += tr(" · <b>unsaved changes</b>");
    m_validity->setText(text + u"  "_s);
}

void FlowDesigner::copy()
{
    if (isShowingSequence())
        m_sequence->copySelection();
    else
        m_map->copySelection();
}

void FlowDesigner::paste()
{
    if (isShowingSequence())
        m_sequence->paste();
    else
        m_map->paste();
}

void FlowDesigner::remove()
{
    // Selected routes go as asked; steps and campaigns may take routes with them.
    if (isShowingSequence()) {
        const QVector<int> steps = m_sequence->selectedSteps();
        if (steps.isEmpty())
            m_sequence->deleteSelection();
        else
            removeStepsAsked(steps);
        return;
    }
    const QVector<Id> ids = m_map->selectedCampaigns();
    if (ids.isEmpty())
        m_map->deleteSelection();
    else
        removeCampaignsAsked(ids);
}

void FlowDesigner::removeStepsAsked(const QVector<int> &steps)
{
    const Id id = m_sequence->campaignId();
    DeleteQuestion question;
    for (int s : steps)
        question.removed.append(tr("step %1").arg(s + 1));
    question.routesLost = m_document->gotosLostByRemoving(id, steps);
    if (!question.routesLost.isEmpty() && askAboutDelete(question) == DeleteChoice::Cancel) {
        Q_EMIT statusMessage(tr("Nothing deleted"));
        return;
    }
    m_document->removeSteps(id, steps);
}

void FlowDesigner::removeCampaignsAsked(const QVector<Id> &ids)
{
    DeleteQuestion question;
    QVector<Id> unpublished;
    for (Id id : ids) {
        const Campaign *c = m_document->campaign(id);
        if (!c)
            continue;
        question.removed.append(c->slug);
        const bool published = m_session->isPublished(c->slug);
        if (published && c->status != u"archived")
            question.published.append(c->slug);
        if (!published)
            unpublished.append(id);
    }
    question.routesLost = m_document->routesLostByRemoving(ids);
    question.canArchive = m_archive && !question.published.isEmpty();
    if (question.routesLost.isEmpty() && question.published.isEmpty()) {
        m_document->removeCampaigns(ids);
        return;
    }
    switch (askAboutDelete(question)) {
    case DeleteChoice::Cancel:
        Q_EMIT statusMessage(tr("Nothing deleted"));
        return;
    case DeleteChoice::Delete:
        m_document->removeCampaigns(ids);
        if (!question.published.isEmpty())
            Q_EMIT statusMessage(tr("Removed from the editor; the database still runs %1")
                                     .arg(question.published.join(u", "_s)));
        return;
    case DeleteChoice::Archive: {
        // The published ones stay, archived (as the database now holds them); the rest go.
        const bool wasClean = !m_document->isDirty();
        m_document->undoStack()->beginMacro(tr("Archive %1").arg(question.published.join(u", "_s)));
        m_document->removeCampaigns(unpublished);
        const bool archivedAll = archive(question.published);
        m_document->undoStack()->endMacro();
        // Nothing but what the database now holds changed: nothing is left unsaved.
        if (wasClean && archivedAll && unpublished.isEmpty())
            m_document->markClean();
        return;
    }
    }
}

FlowDesigner::DeleteChoice FlowDesigner::askAboutDelete(const DeleteQuestion &question)
{
    if (m_confirmDelete)
        return m_confirmDelete(question);
    QString text = tr("Delete %1?").arg(question.removed.join(u", "_s));
    if (!question.routesLost.isEmpty())
        text += u"\n\n"_s
                + tr("These routes go with it:\n• %1").arg(question.routesLost.join(u"\n• "_s));
    if (!question.published.isEmpty())
        text += u"\n\n"_s
                + tr("%1 is published: the database keeps enrolling and sending for it unless "
                     "you archive it. Archiving sets its status to archived in the database now, "
                     "ends its running enrollments and cancels its unsent touches.")
                      .arg(question.published.join(u", "_s));
    QMessageBox box(QMessageBox::Warning, tr("Delete"), text, QMessageBox::NoButton, this);
    box.setObjectName(u"deleteBox"_s);
    QPushButton *archiveButton = nullptr;
    if (question.canArchive) {
        archiveButton = box.addButton(tr("Archive in database"), QMessageBox::AcceptRole);
        archiveButton->setObjectName(u"archiveButton"_s);
    }
    QPushButton *deleteButton
        = box.addButton(question.published.isEmpty() ? tr("Delete") : tr("Remove from editor only"),
                        QMessageBox::DestructiveRole);
    deleteButton->setObjectName(u"deleteButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (archiveButton && box.clickedButton() == archiveButton)
        return DeleteChoice::Archive;
    return box.clickedButton() == deleteButton ? DeleteChoice::Delete : DeleteChoice::Cancel;
}

bool FlowDesigner::archive(const QStringList &slugs)
{
    QStringList done;
    QStringList details;
    for (const QString &slug : slugs) {
        QString message;
        const std::optional<int> version = m_archive(slug, &message);
        if (!version) {
            Q_EMIT statusMessage(tr("Cannot archive %1: %2").arg(slug, message));
            continue;
        }
        const Id id = m_document->idForSlug(slug);
        Campaign archived = *m_document->campaign(id);
        archived.status = u"archived"_s;
        m_document->updateCampaign(id, archived, tr("Archive %1").arg(slug));
        // The database holds it archived now: that is the base, not an unsaved change.
        m_session->markArchived(slug, *version);
        done.append(slug);
        details.append(message.isEmpty() ? slug : tr("%1 (%2)").arg(slug, message));
    }
    if (!done.isEmpty())
        Q_EMIT statusMessage(tr("Archived in the database: %1").arg(details.join(u"; "_s)));
    return done.size() == slugs.size();
}

void FlowDesigner::duplicate()
{
    if (!isShowingSequence())
        m_map->duplicateSelection();
}

void FlowDesigner::jumpToProblem(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Id id = index.data(ProblemsModel::CampaignRole).value<Id>();
    const int step = index.data(ProblemsModel::StepRole).toInt();
    if (!m_document->campaign(id))
        return;
    if (step >= 0) {
        openCampaign(id);
        if (StepNodeItem *item = m_sequence->stepItem(step)) {
            m_sequence->clearSelection();
            item->setSelected(true);
            m_sequenceView->centerOnAnimated(item->sceneBoundingRect().center());
        }
        return;
    }
    showMap();
    m_map->selectCampaigns({id});
    if (CampaignNodeItem *node = m_map->nodeFor(id))
        m_mapView->centerOnAnimated(node->sceneBoundingRect().center());
}

// --- files -----------------------------------------------------------------------------------

bool FlowDesigner::importFile(const QString &fileName, QString *error)
{
    if (m_document->isDirty() && m_discardGuard
        && !m_discardGuard(tr("Opening %1 replaces the editor's contents.").arg(fileName))) {
        *error = tr("not opened; your edits are still here");
        return false;
    }
    const FlowReadResult result = FlowCodec::readFile(fileName);
    if (!result.ok()) {
        QStringList lines;
        if (!result.readError.isEmpty())
            lines.append(result.readError);
        for (const FlowIssue &i : result.errors())
            lines.append(i.toString());
        *error = lines.join(u'\n');
        return false;
    }
    setFlow(result.flow);
    Q_EMIT statusMessage(
        tr("Opened %1 in the editor: %n campaign(s)", nullptr, m_document->campaignCount())
            .arg(fileName));
    return true;
}

bool FlowDesigner::exportFile(const QString &fileName, QString *error)
{
    const QByteArray bytes = m_document->toJson();
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    const int count = m_document->campaignCount();
    Q_EMIT statusMessage(
        m_document->isDirty()
            ? tr("Exported the editor's %n campaign(s), unsaved edits included, "
                 "to %1",
                 nullptr,
                 count)
                  .arg(fileName)
            : tr("Exported the editor's %n campaign(s) to %1", nullptr, count).arg(fileName));
    return true;
}

bool FlowDesigner::exportImage(const QString &fileName, QString *error) const
{
    QGraphicsScene *scene = currentView()->scene();
    const QRectF source = scene->itemsBoundingRect().adjusted(-40, -60, 40, 40);
    if (source.isEmpty()) {
        *error = tr("There is nothing to export");
        return false;
    }
    scene->clearSelection();
    if (fileName.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Touchline flow"));
        QPainter p;
        if (!p.begin(&svg)) {
            *error = tr("Cannot write %1").arg(fileName);
            return false;
        }
        p.setRenderHint(QPainter::Antialiasing);
        scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
        p.end();
        return true;
    }
    const double scale = std::min(2.0, 16000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(DesignerStyle::canvas());
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                     | QPainter::SmoothPixmapTransform);
    scene->render(&p, QRectF(QPointF(0, 0), source.size() * scale), source);
    p.end();
    if (!image.save(fileName)) {
        *error = tr("Cannot write %1").arg(fileName);
        return false;
    }
    return true;
}

void FlowDesigner::onImport()
{
    const QString name = QFileDialog::getOpenFileName(
        this, tr("Open flow file in editor"), FileFolder::last(), tr("Flow definitions (*.json)"));
    FileFolder::remember(name);
    QString error;
    if (!name.isEmpty() && !importFile(name, &error))
        Q_EMIT statusMessage(tr("%1: %2").arg(name, error));
}

void FlowDesigner::onExportJson()
{
    const QString name = QFileDialog::getSaveFileName(this,
                                                      tr("Export editor contents"),
                                                      FileFolder::suggest(u"flow.json"_s),
                                                      tr("Flow definitions (*.json)"));
    FileFolder::remember(name);
    QString error;
    if (!name.isEmpty() && !exportFile(name, &error))
        Q_EMIT statusMessage(tr("Cannot export %1: %2").arg(name, error));
}

void FlowDesigner::onExportImage()
{
    const QString name = QFileDialog::getSaveFileName(this,
                                                      tr("Export image"),
                                                      FileFolder::suggest(u"flow.png"_s),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    FileFolder::remember(name);
    QString error;
    if (!name.isEmpty() && !exportImage(name, &error))
        Q_EMIT statusMessage(error);
    else if (!name.isEmpty())
        Q_EMIT statusMessage(tr("Exported %1").arg(name));
}

void FlowDesigner::positionMinimap()
{
    const QRect r = m_mapView->viewport()->geometry();
    m_minimap->move(r.right() - m_minimap->width() - 12, r.bottom() - m_minimap->height() - 12);
    m_minimap->raise();
}

bool FlowDesigner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mapView->viewport()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        positionMinimap();
    return QWidget::eventFilter(watched, event);
}

} // namespace Touchline
