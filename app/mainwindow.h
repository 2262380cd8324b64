// The console's main window: hosts the designer and console views over one database connection.
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace Touchline {

class CampaignOverview;
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
    // Writes the designed flow to the database (campaigns upserted by slug, new revisions for
    // changed steps); returns false (and says so) on failure.
    bool saveDesign();
    // Reloads the campaigns from the database; returns false (and says so) on failure.
    bool reload();
    bool importFile(const QString &fileName);
    bool exportFile(const QString &fileName);

Q_SIGNALS:
    void problemShown(const QString &title, const QString &message);

private:
    void onImport();
    void onExport();
    void onAbout();
    void onConnectionSettings();
    void updateTitle();
    void showProblem(const QString &title, const QString &message);

    Connection *m_connection = nullptr;
    CampaignOverview *m_overview = nullptr;
    FlowDesigner *m_designer = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace Touchline
