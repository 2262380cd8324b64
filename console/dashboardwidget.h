// The live supervisor dashboard: filters (client, campaign, channel, revision, time window), the
// overview of running campaigns, and for one campaign its outcomes per step, enrollment status,
// funnel, touches over time and exits with their on_exit routes. Reads happen in a worker
// thread; touchline_dashboard notifications refresh it, at most twice a second.
#pragma once

#include "connectionsettings.h"
#include "dashboardworker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QThread;
class QTimer;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChartView;
class QBarSet;
QT_END_NAMESPACE

namespace Touchline {

class DashboardDrill;

class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    // `replica` unset: TOUCHLINE_REPLICA_DB when set, else reads go to the primary too.
    explicit DashboardWidget(const ConnectionSettings &primary,
                             std::optional<ConnectionSettings> replica = std::nullopt,
                             QWidget *parent = nullptr);
    ~DashboardWidget() override;

    static constexpr int minRefreshIntervalMs = 500; // at most two refreshes a second
    static constexpr int backstopRefreshMs = 30000;

    enum class Window { Today, Days7, Days30, AllTime, Custom };
    ReportFilter currentFilter() const;
    const std::optional<CampaignReport> &currentReport() const { return m_report; }
    const QVector<CampaignRates> &currentOverview() const { return m_overview; }
    bool isLive() const { return !m_paused; }
    int refreshCount() const { return m_refreshes; }
    qint64 lastDatabaseMs() const { return m_lastDatabaseMs; }
    QDateTime lastUpdate() const { return m_lastUpdate; }

    // Selecting a campaign by slug (empty: the overview); false when the list has no such slug.
    bool selectCampaign(const QString &slug);
    void setWindow(Window window);
    void setPercent(bool percent);
    void setPaused(bool paused);

    bool exportCharts(const QString &path, QString *error); // .png or .svg
    bool exportCsv(const QString &path, QString *error);

    QComboBox *clientBox() const { return m_client; }
    QComboBox *campaignBox() const { return m_campaign; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *revisionBox() const { return m_revision; }
    QComboBox *windowBox() const { return m_window; }
    QComboBox *databaseBox() const { return m_database; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QToolButton *pauseButton() const { return m_pause; }
    QToolButton *percentButton() const { return m_percent; }
    QLabel *liveLabel() const { return m_live; }
    QLabel *updatedLabel() const { return m_updated; }
    QLabel *emptyLabel() const { return m_empty; }
    QChartView *outcomesView() const { return m_outcomesView; }
    QChartView *enrollmentView() const { return m_enrollmentView; }
    QChartView *funnelView() const { return m_funnelView; }
    QChartView *touchesView() const { return m_touchesView; }
    QTableWidget *exitsTable() const { return m_exits; }
    QTableWidget *overviewTable() const { return m_overviewTable; }
    QChartView *overviewChart() const { return m_overviewChart; }
    QWidget *campaignPage() const { return m_campaignPage; }
    QWidget *currentPage() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    void drillOpened(Touchline::DashboardDrill *drill);
    void historyOpened(Touchline::DashboardDrill *drill);
    // The worker connected (or failed to): what it reads from.
    void connected(const QString &readsFrom, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildCampaignPage();
    QWidget *buildOverviewPage();
    QChartView *newChartView();
    void onOpened(const QString &readsFrom,
                  const QString &database,
                  const QStringList &simulations,
                  const QString &error);
    void onChanged();
    void scheduleRefresh();
    void onLoaded(int job, const Touchline::DashboardData &data);
    void applyLists(const DashboardData &data);
    void applyClientsAndCampaigns(const DashboardData &data);
    void applyRevisions(const DashboardData &data);
    void applyReport();
    void applyOverview();
    void applyExits();
    void showEmpty(const QString &text);
    void connectOutcomeSets();
    void onSegmentHovered(QBarSet *set, bool state, int index);
    void onSegmentClicked(QBarSet *set, int index);
    void onDrilled(int job, const QVector<Touchline::DrillRow> &rows, const QString &error);
    void onHistoryRequested(const QString &contactId);
    void onHistoryLoaded(int job, const QVector<Touchline::DrillRow> &rows, const QString &error);
    void onFilterChanged();
    void onWindowChanged();
    void onDatabaseChanged();
    void updateLiveLabel();
    void onExportMenu();

    QThread *m_thread = nullptr;
    DashboardWorker *m_worker = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_backstop = nullptr;
    QElapsedTimer m_sinceRefresh;
    int m_job = 0;
    bool m_inFlight = false;
    bool m_pendingAfterFlight = false;
    bool m_paused = false;
    bool m_stale = false;
    bool m_updatingLists = false;
    bool m_percentMode = false;
    int m_refreshes = 0;
    qint64 m_lastDatabaseMs = 0;
    QDateTime m_lastUpdate;
    QString m_liveDatabase;
    std::optional<CampaignReport> m_report;
    QVector<CampaignRates> m_overview;
    QString m_selectedSlug; // wanted even before the list holds it
    int m_drillJob = 0;
    QPointer<DashboardDrill> m_drill;
    int m_historyJob = 0;
    QPointer<DashboardDrill> m_history;

    QComboBox *m_client = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_revision = nullptr;
    QComboBox *m_window = nullptr;
    QComboBox *m_database = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_percent = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_live = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_campaignPage = nullptr;
    QWidget *m_overviewPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QChartView *m_outcomesView = nullptr;
    QChartView *m_enrollmentView = nullptr;
    QChartView *m_funnelView = nullptr;
    QChartView *m_touchesView = nullptr;
    QTableWidget *m_exits = nullptr;
    QTableWidget *m_overviewTable = nullptr;
    QChartView *m_overviewChart = nullptr;
};

} // namespace Touchline
