// The console's main window: hosts the designer and console views over one database connection.
#pragma once

#include <QMainWindow>

class QLabel;

namespace Touchline {

class CampaignOverview;
class Connection;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Connection *connection, QWidget *parent = nullptr);

    CampaignOverview *overview() const { return m_overview; }
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
    void showProblem(const QString &title, const QString &message);

    Connection *m_connection = nullptr;
    CampaignOverview *m_overview = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace Touchline
