#include "mainwindow.h"

#include "campaignoverview.h"
#include "connection.h"
#include "connectiondialog.h"
#include "flowcodec.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "migrator.h"
#include "passwordstore.h"
#include "schedulerservice.h"
#include "schedulerstatus.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

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
    setCentralWidget(m_tabs);
    connect(m_designer, &FlowDesigner::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    });
    connect(m_designer->document(), &FlowDocument::dirtyChanged, this, &MainWindow::updateTitle);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(tr("&Import flow…"), this, &MainWindow::onImport);
    importAction->setShortcut(QKeySequence(u"Ctrl+I"_s));
    importAction->setToolTip(tr("Import a flow definition (JSON) into the database"));
    QAction *exportAction = file->addAction(tr("&Export flow…"), this, &MainWindow::onExport);
    exportAction->setShortcut(QKeySequence(u"Ctrl+E"_s));
    exportAction->setToolTip(tr("Export every campaign as a flow definition (JSON)"));
    QAction *saveAction
        = file->addAction(tr("&Save design to database"), this, [this] { saveDesign(); });
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Write the designed flow to the database as new revisions"));
    file->addSeparator();
    for (QAction *a : m_designer->fileActions())
        file->addAction(a);
    file->addSeparator();
    QAction *connectionAction
        = file->addAction(tr("&Connection…"), this, &MainWindow::onConnectionSettings);
    connectionAction->setToolTip(tr("Choose the embedded database or a shared PostgreSQL server"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction *a : m_designer->editActions())
        edit->addAction(a);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *a : m_designer->viewActions())
        view->addAction(a);
    view->addSeparator();
    QAction *reloadAction = view->addAction(tr("&Reload"), this, [this] { reload(); });
    reloadAction->setShortcut(QKeySequence::Refresh);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Touchline"), this, &MainWindow::onAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
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
    resize(1440, 900);
    reload();
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
    FlowStore store(m_connection->database());
    DbError error;
    const auto flow = store.load({}, &error);
    if (!flow) {
        showProblem(tr("Cannot load the campaigns"), error.message);
        return false;
    }
    m_overview->setFlow(*flow);
    m_designer->setFlow(*flow);
    QString message;
    m_countLabel->setText(tr("%n campaign(s) · schema v%1", nullptr, int(flow->campaigns.size()))
                              .arg(Migrator(m_connection->database()).currentVersion(&message)));
    return true;
}

bool MainWindow::importFile(const QString &fileName)
{
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
    statusBar()->showMessage(
        tr("Exported %n campaign(s) to %1", nullptr, int(flow->campaigns.size())).arg(fileName),
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

bool MainWindow::saveDesign()
{
    FlowDocument *document = m_designer->document();
    document->validateNow();
    if (document->errorCount() > 0) {
        showProblem(tr("Cannot save the design"),
                    tr("The flow has %n error(s); the problems list names them.",
                       nullptr,
                       document->errorCount()));
        return false;
    }
    FlowStore store(m_connection->database());
    DbError error;
    const auto report = store.importFlow(document->flow(), tr("designer"), &error);
    if (!report) {
        showProblem(tr("Saving failed; nothing was written"), error.message);
        return false;
    }
    document->markClean();
    const auto flow = store.load({}, &error);
    if (flow)
        m_overview->setFlow(*flow);
    statusBar()->showMessage(tr("Saved: %1 created, %2 updated, %3 unchanged")
                                 .arg(report->created.size())
                                 .arg(report->updated.size())
                                 .arg(report->unchanged.size()),
                             8000);
    return true;
}

void MainWindow::updateTitle()
{
    setWindowModified(m_designer->document()->isDirty());
    setWindowTitle(tr("Touchline[*]"));
}

void MainWindow::onImport()
{
    const QString name = QFileDialog::getOpenFileName(
        this, tr("Import flow"), QString(), tr("Flow definitions (*.json)"));
    if (!name.isEmpty())
        importFile(name);
}

void MainWindow::onExport()
{
    const QString name = QFileDialog::getSaveFileName(
        this, tr("Export flow"), u"flow.json"_s, tr("Flow definitions (*.json)"));
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
