#include "dashboardwidget.h"

#include "dashboardcharts.h"
#include "dashboarddrill.h"
#include "dashboardpalette.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSaveFile>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString percentText(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return u"–"_s;
    // In the locale's own digits and decimal separator: "12.5 %", "12,5 %".
    const QLocale locale;
    return locale.toString(100.0 * double(part) / double(whole), 'f', 1) + u' ' + locale.percent();
}

QTableWidgetItem *numberItem(qint64 n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, n);
    return item;
}

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

} // namespace

DashboardWidget::DashboardWidget(const ConnectionSettings &primary,
                                 std::optional<ConnectionSettings> replica,
                                 QWidget *parent)
    : QWidget(parent)
{
    if (!replica && !qEnvironmentVariableIsEmpty("TOUCHLINE_REPLICA_DB")) {
        QString problem;
        replica
            = ConnectionSettings::fromUrl(qEnvironmentVariable("TOUCHLINE_REPLICA_DB"), &problem);
    }
    m_liveDatabase = primary.database;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(buildFilterBar());
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildOverviewPage());
    m_pages->addWidget(buildCampaignPage());
    m_emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_empty = new QLabel(m_emptyPage);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setObjectName(u"dashboardEmptyState"_s);
    emptyLayout->addWidget(m_empty);
    m_pages->addWidget(m_emptyPage);
    layout->addWidget(m_pages, 1);
    showEmpty(tr("<h3>Connecting…</h3>"));

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardWidget::refresh);
    m_backstop = new QTimer(this);
    m_backstop->setInterval(backstopRefreshMs);
    connect(m_backstop, &QTimer::timeout, this, &DashboardWidget::onChanged);
    m_backstop->start();

    m_thread = new QThread(this);
    m_thread->setObjectName(u"dashboard"_s);
    m_worker = new DashboardWorker(primary, replica);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::opened, this, &DashboardWidget::onOpened);
    connect(m_worker, &DashboardWorker::loaded, this, &DashboardWidget::onLoaded);
    connect(m_worker, &DashboardWorker::changed, this, &DashboardWidget::onChanged);
    connect(m_worker, &DashboardWorker::drilled, this, &DashboardWidget::onDrilled);
    connect(m_worker, &DashboardWorker::historyLoaded, this, &DashboardWidget::onHistoryLoaded);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &DashboardWorker::open, Qt::QueuedConnection);
}

DashboardWidget::~DashboardWidget()
{
    QMetaObject::invokeMethod(m_worker, &DashboardWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QWidget *DashboardWidget::buildFilterBar()
{
    auto *bar = new QWidget(this);
    // Two rows, so that the bar fits 1280 pixels: title and live state, then the filters.
    auto *column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    auto *top = new QHBoxLayout;
    auto *row = new QHBoxLayout;
    column->addLayout(top);
    column->addLayout(row);
    m_title = new QLabel(tr("Dashboard"), bar);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    top->addWidget(m_title);
    const auto addBox = [&](const QString &label, QComboBox *box) {
        auto *l = new QLabel(label, bar);
        l->setBuddy(box);
        row->addWidget(l);
        row->addWidget(box);
    };
    m_client = new QComboBox(bar);
    m_client->addItem(tr("All clients"), QString());
    addBox(tr("C&lient"), m_client);
    m_campaign = new QComboBox(bar);
    m_campaign->setMinimumContentsLength(18);
    m_campaign->addItem(tr("All running campaigns"), QString());
    addBox(tr("C&ampaign"), m_campaign);
    m_channel = new QComboBox(bar);
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &c : {u"email"_s, u"linkedin"_s, u"sms"_s, u"voice"_s})
        m_channel->addItem(c, c);
    addBox(tr("C&hannel"), m_channel);
    m_revision = new QComboBox(bar);
    m_revision->addItem(tr("All revisions"), 0);
    addBox(tr("&Revision"), m_revision);
    m_window = new QComboBox(bar);
    m_window->addItem(tr("Today"), int(Window::Today));
    m_window->addItem(tr("Last 7 days"), int(Window::Days7));
    m_window->addItem(tr("Last 30 days"), int(Window::Days30));
    m_window->addItem(tr("All time"), int(Window::AllTime));
    m_window->addItem(tr("Custom…"), int(Window::Custom));
    m_window->setCurrentIndex(1);
    addBox(tr("&Window"), m_window);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), bar);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), bar);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(u"yyyy-MM-dd HH:00"_s);
        e->setCalendarPopup(true);
        e->setVisible(false);
        row->addWidget(e);
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &DashboardWidget::onFilterChanged);
    }
    m_database = new QComboBox(bar);
    m_database->setToolTip(tr("The live database, or a scratch database that "
                              "touchline simulate --keep left behind"));
    m_database->addItem(tr("Live data"), QString());
    row->addStretch(1);
    top->addStretch(1);
    top->addWidget(m_database);
    m_live = new QLabel(bar);
    m_live->setObjectName(u"dashboardLive"_s);
    top->addWidget(m_live);
    m_updated = new QLabel(bar);
    m_updated->setObjectName(u"dashboardUpdated"_s);
    m_updated->setStyleSheet(u"color: #607d8b; margin-right: 8px"_s);
    top->addWidget(m_updated);
    m_pause = new QToolButton(bar);
    m_pause->setCheckable(true);
    m_pause->setText(tr("&Pause"));
    m_pause->setToolTip(tr("Pause or resume live updates"));
    top->addWidget(m_pause);
    m_percent = new QToolButton(bar);
    m_percent->setCheckable(true);
    m_percent->setText(tr("Show &%"));
    m_percent->setToolTip(tr("Show the outcomes as shares of each step's events"));
    top->addWidget(m_percent);
    m_export = new QToolButton(bar);
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Charts as PNG…"), this, [this] { onExportMenu(); })->setData(u"png"_s);
    menu->addAction(tr("Charts as SVG…"), this, [this] { onExportMenu(); })->setData(u"svg"_s);
    menu->addAction(tr("Data as CSV…"), this, [this] { onExportMenu(); })->setData(u"csv"_s);
    connect(menu, &QMenu::triggered, this, [this](QAction *a) {
        m_export->setProperty("format", a->data());
    });
    m_export->setMenu(menu);
    top->addWidget(m_export);

    for (QComboBox *box : {m_client, m_campaign, m_channel, m_revision})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardWidget::onFilterChanged);
    connect(m_window, &QComboBox::currentIndexChanged, this, &DashboardWidget::onWindowChanged);
    connect(m_database, &QComboBox::currentIndexChanged, this, &DashboardWidget::onDatabaseChanged);
    connect(m_pause, &QToolButton::toggled, this, &DashboardWidget::setPaused);
    connect(m_percent, &QToolButton::toggled, this, &DashboardWidget::setPercent);
    updateLiveLabel();
    return bar;
}

QChartView *DashboardWidget::newChartView()
{
    auto *view = new QChartView(new QChart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

QWidget *DashboardWidget::buildCampaignPage()
{
    m_campaignPage = new QWidget(this);
    auto *grid = new QGridLayout(m_campaignPage);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    m_outcomesView = newChartView();
    m_outcomesView->setToolTip(tr("Click a segment to list its contacts"));
    m_enrollmentView = newChartView();
    m_funnelView = newChartView();
    m_touchesView = newChartView();
    m_exits = newTable({tr("Exit"), tr("Reason"), tr("Contacts"), tr("Routed by on_exit to")},
                       m_campaignPage);
    auto *exitsBox = new QWidget(m_campaignPage);
    auto *exitsLayout = new QVBoxLayout(exitsBox);
    exitsLayout->setContentsMargins(4, 4, 4, 4);
    auto *exitsTitle = new QLabel(tr("<b>Exits and where on_exit routed them</b>"), exitsBox);
    exitsLayout->addWidget(exitsTitle);
    exitsLayout->addWidget(m_exits, 1);
    grid->addWidget(m_outcomesView, 0, 0, 1, 2);
    grid->addWidget(m_enrollmentView, 0, 2);
    grid->addWidget(m_funnelView, 1, 0);
    grid->addWidget(m_touchesView, 1, 1);
    grid->addWidget(exitsBox, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    return m_campaignPage;
}

QWidget *DashboardWidget::buildOverviewPage()
{
    m_overviewPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_overviewPage);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(
        tr("Running campaigns at a glance. Double-click one for its breakdown per step."),
        m_overviewPage);
    layout->addWidget(hint);
    m_overviewTable = newTable({tr("Campaign"),
                                tr("Client"),
                                tr("Status"),
                                tr("Enrolled"),
                                tr("Active"),
                                tr("Converted"),
                                tr("Rejected"),
                                tr("Timed out"),
                                tr("Touches fired"),
                                tr("Sent"),
                                tr("Engaged")},
                               m_overviewPage);
    m_overviewTable->horizontalHeader()->setStretchLastSection(false);
    m_overviewTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_overviewTable, 2);
    m_overviewChart = newChartView();
    layout->addWidget(m_overviewChart, 3);
    connect(m_overviewTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_overview.size())
            selectCampaign(m_overview.at(row).slug);
    });
    return m_overviewPage;
}

QWidget *DashboardWidget::currentPage() const
{
    return m_pages->currentWidget();
}

ReportFilter DashboardWidget::currentFilter() const
{
    ReportFilter f;
    f.client = m_client->currentData().toString();
    f.campaign = m_selectedSlug;
    f.channel = m_channel->currentData().toString();
    f.revision = m_revision->currentData().toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Window(m_window->currentData().toInt())) {
    case Window::Today:
        f.from = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
        break;
    case Window::Days7:
        f.from = now.addDays(-7);
        break;
    case Window::Days30:
        f.from = now.addDays(-30);
        break;
    case Window::AllTime:
        break;
    case Window::Custom:
        f.from = m_from->dateTime().toUTC();
        f.to = m_to->dateTime().toUTC();
        break;
    }
    return f;
}

bool DashboardWidget::selectCampaign(const QString &slug)
{
    const int i = m_campaign->findData(slug);
    m_selectedSlug = slug;
    if (i < 0) {
        refresh();
        return false;
    }
    m_campaign->setCurrentIndex(i);
    refresh();
    return true;
}

void DashboardWidget::setWindow(Window window)
{
    m_window->setCurrentIndex(m_window->findData(int(window)));
}

void DashboardWidget::setPercent(bool percent)
{
    if (m_percent->isChecked() != percent)
        m_percent->setChecked(percent);
    if (m_percentMode == percent)
        return;
    m_percentMode = percent;
    applyReport();
}

void DashboardWidget::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    updateLiveLabel();
    if (!paused && m_stale && isVisible())
        scheduleRefresh();
}

void DashboardWidget::updateLiveLabel()
{
    const bool live = !m_paused;
    m_live->setText(live ? tr("<span style='color:#2e7d32'>●</span> <b>Live</b>")
                         : tr("<span style='color:#9e9e9e'>●</span> <b>Paused</b>"));
    m_live->setToolTip(live ? tr("Updates within a second of each outcome and firing")
                            : tr("Live updates are paused; press Resume"));
    if (m_lastUpdate.isValid())
        m_updated->setText(
            tr("updated %1").arg(m_lastUpdate.toLocalTime().toString(u"HH:mm:ss"_s)));
}

void DashboardWidget::onOpened(const QString &readsFrom,
                               const QString &database,
                               const QStringList &simulations,
                               const QString &error)
{
    Q_EMIT connected(readsFrom, error);
    if (!error.isEmpty()) {
        showEmpty(tr("<h3>The dashboard cannot reach its database</h3><p>%1</p>"
                     "<p>It retries every few seconds.</p>")
                      .arg(error.toHtmlEscaped()));
        return;
    }
    m_updatingLists = true;
    while (m_database->count() > 1)
        m_database->removeItem(1);
    for (const QString &s : simulations)
        m_database->addItem(
            tr("Simulation %1").arg(s.mid(int(qstrlen(DashboardWorker::simulationPrefix)))), s);
    const int i = m_database->findData(database == m_liveDatabase ? QString() : database);
    m_database->setCurrentIndex(std::max(0, i));
    m_database->setVisible(m_database->count() > 1);
    m_updatingLists = false;
    setToolTip(tr("Reads from %1").arg(readsFrom));
    refresh();
}

// A hidden dashboard (another tab) only notes that it is stale and catches up when shown.
void DashboardWidget::onChanged()
{
    m_stale = true;
    if (!m_paused && isVisible())
        scheduleRefresh();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_paused)
        scheduleRefresh();
}

// At most one refresh per minRefreshIntervalMs and one in flight; the first event after a quiet
// spell refreshes at once, so an event shows well within a second.
void DashboardWidget::scheduleRefresh()
{
    if (m_inFlight) {
        m_pendingAfterFlight = true;
        return;
    }
    if (m_refreshTimer->isActive())
        return;
    const qint64 since
        = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : qint64(minRefreshIntervalMs);
    m_refreshTimer->start(int(std::max<qint64>(0, minRefreshIntervalMs - since)));
}

void DashboardWidget::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    m_inFlight = true;
    m_sinceRefresh.restart();
    const int job = ++m_job;
    const ReportFilter filter = currentFilter();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job, filter] { worker->load(job, filter); },
        Qt::QueuedConnection);
}

void DashboardWidget::onLoaded(int job, const DashboardData &data)
{
    if (job != m_job)
        return; // a newer filter superseded it
    m_inFlight = false;
    ++m_refreshes;
    m_lastDatabaseMs = data.databaseMs;
    if (!data.error.isEmpty()) {
        showEmpty(
            tr("<h3>The dashboard could not load</h3><p>%1</p>").arg(data.error.toHtmlEscaped()));
    } else {
        applyLists(data);
        m_report = data.report;
        m_overview = data.overview;
        if (m_selectedSlug.isEmpty())
            applyOverview();
        else
            applyReport();
    }
    m_lastUpdate = QDateTime::currentDateTime();
    updateLiveLabel();
    if (m_pendingAfterFlight) {
        m_pendingAfterFlight = false;
        onChanged();
    }
    Q_EMIT refreshed();
}

void DashboardWidget::applyLists(const DashboardData &data)
{
    m_updatingLists = true;
    if (data.listsIncluded)
        applyClientsAndCampaigns(data);
    applyRevisions(data);
    m_updatingLists = false;
}

void DashboardWidget::applyClientsAndCampaigns(const DashboardData &data)
{
    const QString client = m_client->currentData().toString();
    while (m_client->count() > 1)
        m_client->removeItem(1);
    for (const QString &c : data.clients)
        m_client->addItem(c, c);
    m_client->setCurrentIndex(std::max(0, m_client->findData(client)));
    while (m_campaign->count() > 1)
        m_campaign->removeItem(1);
    for (const auto &c : data.campaigns)
        m_campaign->addItem(c.second, c.first);
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(m_selectedSlug)));
}

void DashboardWidget::applyRevisions(const DashboardData &data)
{
    const int revision = m_revision->currentData().toInt();
    while (m_revision->count() > 1)
        m_revision->removeItem(1);
    if (data.report)
        for (int r : data.report->revisions)
            m_revision->addItem(r == data.report->currentRevision
                                    ? tr("Revision %1 (current)").arg(r)
                                    : tr("Revision %1").arg(r),
                                r);
    m_revision->setCurrentIndex(std::max(0, m_revision->findData(revision)));
    m_revision->setEnabled(data.report.has_value());
}

void DashboardWidget::showEmpty(const QString &text)
{
    m_empty->setText(u"<div style='color:#546e7a'>"_s + text + u"</div>"_s);
    m_pages->setCurrentWidget(m_emptyPage);
}

void DashboardWidget::applyReport()
{
    if (!m_report)
        return;
    const CampaignReport &r = *m_report;
    m_title->setText(r.name);
    if (r.isEmpty()) {
        showEmpty(tr("<h3>Nothing has happened in %1 in this window yet</h3>"
                     "<p>The charts fill in live as the scheduler fires its steps and outcomes "
                     "come back: enroll contacts (<code>touchline enroll --campaign %2</code>), "
                     "or widen the time window and the filters.</p>")
                      .arg(r.name.toHtmlEscaped(), r.slug));
        return;
    }
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_outcomesView, DashboardCharts::outcomes(r, m_percentMode));
    replace(m_enrollmentView, DashboardCharts::enrollment(r));
    replace(m_funnelView, DashboardCharts::funnel(r));
    replace(m_touchesView, DashboardCharts::touches(r));
    connectOutcomeSets();
    applyExits();
    m_pages->setCurrentWidget(m_campaignPage);
}

void DashboardWidget::connectOutcomeSets()
{
    const auto hover = [](QAbstractSeries *series, auto text) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
            QObject::connect(set, &QBarSet::hovered, set, [set, text](bool state, int i) {
                if (state)
                    QToolTip::showText(QCursor::pos(), text(set, i));
                else
                    QToolTip::hideText();
            });
    };
    for (QAbstractSeries *s : m_outcomesView->chart()->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(s)->barSets()) {
            connect(set, &QBarSet::hovered, this, [this, set](bool state, int i) {
                onSegmentHovered(set, state, i);
            });
            connect(set, &QBarSet::clicked, this, [this, set](int i) { onSegmentClicked(set, i); });
        }
    }
    const CampaignReport &r = *m_report;
    for (QAbstractSeries *s : m_funnelView->chart()->series())
        hover(s, [&r](QBarSet *set, int i) {
            const int step = int(r.steps.size()) - 1 - i;
            const qint64 first = r.steps.isEmpty() ? 0 : r.steps.first().fired;
            return tr("Step %1, %2: %3 (%4 of step 1)")
                .arg(r.steps.value(step).step)
                .arg(set->label(),
                     QLocale().toString(qint64(set->at(i))),
                     percentText(qint64(set->at(i)), first));
        });
    for (QAbstractSeries *s : m_enrollmentView->chart()->series()) {
        qint64 total = 0;
        for (qint64 v : r.enrollments)
            total += v;
        for (QPieSlice *slice : static_cast<QPieSeries *>(s)->slices())
            connect(slice, &QPieSlice::hovered, slice, [slice, total](bool state) {
                slice->setExploded(state);
                if (state)
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1: %2 (%3)")
                                           .arg(slice->label(),
                                                QLocale().toString(qint64(slice->value())),
                                                percentText(qint64(slice->value()), total)));
            });
    }
    for (QAbstractSeries *s : m_touchesView->chart()->series()) {
        auto *line = static_cast<QLineSeries *>(s);
        connect(line, &QLineSeries::hovered, line, [line](const QPointF &p, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, %2: %3 touches")
                                       .arg(line->name(),
                                            QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                                                   qint64(p.x()), Qt::UTC),
                                                               u"ddd dd MMM HH:mm"_s),
                                            QLocale().toString(qint64(p.y() + 0.5))));
        });
    }
}

void DashboardWidget::onSegmentHovered(QBarSet *set, bool state, int index)
{
    if (!state || !m_report || index < 0 || index >= m_report->steps.size()) {
        QToolTip::hideText();
        return;
    }
    const StepReport &s = m_report->steps.at(index);
    const qint64 n = qint64(set->at(index));
    const QString step = s.handler.isEmpty()
                             ? tr("Step %1 · %2").arg(s.step).arg(s.channel)
                             : tr("Step %1 · %2 (%3)").arg(s.step).arg(s.channel, s.handler);
    const QLocale locale;
    QString text = tr("%1\n%2: %3 events\n%4 of %5 fired items, %6 of the step's outcomes")
                       .arg(step,
                            set->label(),
                            locale.toString(n),
                            percentText(n, s.fired),
                            locale.toString(s.fired),
                            percentText(n, s.outcomeTotal()));
    if (set->label() == u"replied" && !s.replyIntents.isEmpty()) {
        for (auto it = s.replyIntents.cbegin(); it != s.replyIntents.cend(); ++it)
            text += u"\n  "_s + tr("%1: %2").arg(it.key(), locale.toString(it.value()));
    }
    if (set->label() != DashboardCharts::pendingSetName())
        text += u"\n"_s + tr("Click to list the contacts");
    QToolTip::showText(QCursor::pos(), text);
}

void DashboardWidget::onSegmentClicked(QBarSet *set, int index)
{
    if (!m_report || index < 0 || index >= m_report->steps.size()
        || set->label() == DashboardCharts::pendingSetName())
        return;
    const StepReport &s = m_report->steps.at(index);
    DrillRequest request;
    request.filter = currentFilter();
    request.step = s.step;
    request.outcome = set->label();
    auto *drill = new DashboardDrill(
        tr("%1 · step %2 · %3").arg(m_report->name).arg(s.step).arg(request.outcome), false, this);
    connect(drill, &DashboardDrill::historyRequested, this, &DashboardWidget::onHistoryRequested);
    m_drill = drill;
    drill->show();
    const int job = ++m_drillJob;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job, request] { worker->drill(job, request); },
        Qt::QueuedConnection);
    Q_EMIT drillOpened(drill);
}

void DashboardWidget::onDrilled(int job, const QVector<DrillRow> &rows, const QString &error)
{
    if (job == m_drillJob && m_drill)
        m_drill->setRows(rows, error);
}

void DashboardWidget::onHistoryRequested(const QString &contactId)
{
    auto *history = new DashboardDrill(tr("History of contact %1").arg(contactId), true, this);
    m_history = history;
    history->show();
    const int job = ++m_historyJob;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job, contactId] { worker->history(job, contactId); },
        Qt::QueuedConnection);
    Q_EMIT historyOpened(history);
}

void DashboardWidget::onHistoryLoaded(int job, const QVector<DrillRow> &rows, const QString &error)
{
    if (job == m_historyJob && m_history)
        m_history->setRows(rows, error);
}

void DashboardWidget::applyExits()
{
    const CampaignReport &r = *m_report;
    m_exits->setRowCount(int(r.exits.size()));
    for (int i = 0; i < r.exits.size(); ++i) {
        const ExitRow &e = r.exits.at(i);
        auto *status = new QTableWidgetItem(e.status);
        status->setForeground(DashboardPalette::statusColor(e.status));
        m_exits->setItem(i, 0, status);
        m_exits->setItem(i, 1, new QTableWidgetItem(e.reason));
        m_exits->setItem(i, 2, numberItem(e.enrollments));
        QStringList routes;
        for (const RouteRow &route : r.routes)
            if (route.fromStatus == e.status)
                routes.append(u"→ %1 (%2)"_s.arg(route.toCampaign).arg(route.enrollments));
        m_exits->setItem(
            i, 3, new QTableWidgetItem(routes.isEmpty() ? tr("not routed") : routes.join(u", "_s)));
    }
    m_exits->resizeColumnsToContents();
}

void DashboardWidget::applyOverview()
{
    m_title->setText(tr("Running campaigns"));
    if (m_overview.isEmpty()) {
        showEmpty(tr("<h3>No running campaigns</h3><p>Import a flow "
                     "(<code>touchline import FILE.json</code>) or draw one in the Designer, "
                     "then enroll contacts: each campaign shows up here with its key rates, "
                     "live.</p>"));
        return;
    }
    m_overviewTable->setRowCount(int(m_overview.size()));
    for (int i = 0; i < m_overview.size(); ++i) {
        const CampaignRates &o = m_overview.at(i);
        auto *name = new QTableWidgetItem(o.name);
        name->setToolTip(o.slug);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_overviewTable->setItem(i, 0, name);
        m_overviewTable->setItem(i, 1, new QTableWidgetItem(o.client));
        m_overviewTable->setItem(i, 2, new QTableWidgetItem(o.status));
        m_overviewTable->setItem(i, 3, numberItem(o.enrolled));
        m_overviewTable->setItem(i, 4, numberItem(o.active));
        const auto rate = [&](qint64 n, const QString &status) {
            auto *item = new QTableWidgetItem(
                u"%1  (%2)"_s.arg(QLocale().toString(n), percentText(n, o.enrolled)));
            item->setForeground(DashboardPalette::statusColor(status));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_overviewTable->setItem(i, 5, rate(o.converted, u"converted"_s));
        m_overviewTable->setItem(i, 6, rate(o.rejected, u"rejected"_s));
        m_overviewTable->setItem(i, 7, rate(o.timedOut, u"timed_out"_s));
        m_overviewTable->setItem(i, 8, numberItem(o.fired));
        m_overviewTable->setItem(i, 9, numberItem(o.sent));
        auto *engaged = new QTableWidgetItem(percentText(o.engaged, o.fired));
        engaged->setToolTip(tr("%1 replies, accepts and live answers for %2 touches")
                                .arg(QLocale().toString(o.engaged), QLocale().toString(o.fired)));
        engaged->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_overviewTable->setItem(i, 10, engaged);
    }
    m_overviewTable->resizeColumnsToContents();
    m_overviewTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    QChart *old = m_overviewChart->chart();
    m_overviewChart->setChart(DashboardCharts::campaignStatus(m_overview));
    delete old;
    for (QAbstractSeries *series : m_overviewChart->chart()->series())
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
            connect(set, &QBarSet::hovered, set, [this, set](bool state, int i) {
                const int row = int(m_overview.size()) - 1 - i;
                if (!state || row < 0 || row >= m_overview.size())
                    return QToolTip::hideText();
                const CampaignRates &o = m_overview.at(row);
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, %2: %3 of %4 enrolled (%5)")
                                       .arg(o.name,
                                            set->label(),
                                            QLocale().toString(qint64(set->at(i))),
                                            QLocale().toString(o.enrolled),
                                            percentText(qint64(set->at(i)), o.enrolled)));
            });
    m_pages->setCurrentWidget(m_overviewPage);
}

void DashboardWidget::onFilterChanged()
{
    if (m_updatingLists)
        return;
    m_selectedSlug = m_campaign->currentData().toString();
    refresh();
}

void DashboardWidget::onWindowChanged()
{
    const bool custom = Window(m_window->currentData().toInt()) == Window::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    onFilterChanged();
}

void DashboardWidget::onDatabaseChanged()
{
    if (m_updatingLists)
        return;
    QString database = m_database->currentData().toString();
    if (database.isEmpty())
        database = m_liveDatabase;
    else
        setWindow(Window::AllTime); // a simulation runs in virtual time
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, database] { worker->switchDatabase(database); },
        Qt::QueuedConnection);
}

bool DashboardWidget::exportCharts(const QString &path, QString *error)
{
    QWidget *page = currentPage();
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(page->size());
        svg.setViewBox(QRect(QPoint(0, 0), page->size()));
        svg.setTitle(m_title->text());
        svg.setDescription(tr("Touchline dashboard"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("cannot write %1").arg(path);
            return false;
        }
        page->render(&painter);
        painter.end();
        return true;
    }
    if (!page->grab().save(path)) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool DashboardWidget::exportCsv(const QString &path, QString *error)
{
    QString out;
    if (m_report) {
        out = u"campaign,step_number,channel,handler,fired,outcome,events,share_of_fired\r\n"_s;
        for (const StepReport &s : m_report->steps)
            for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
                out += QStringList{csvField(m_report->slug),
                                   QString::number(s.step),
                                   s.channel,
                                   s.handler,
                                   QString::number(s.fired),
                                   csvField(it.key()),
                                   QString::number(it.value()),
                                   s.fired > 0 ? QString::number(
                                       double(it.value()) / double(s.fired), 'f', 4)
                                               : QString()}
                           .join(u',')
                       + u"\r\n"_s;
    } else {
        out = u"campaign,client,status,enrolled,active,converted,rejected,timed_out,fired,sent,"
              "engaged\r\n"_s;
        for (const CampaignRates &o : m_overview)
            out += QStringList{csvField(o.slug),
                               csvField(o.client),
                               o.status,
                               QString::number(o.enrolled),
                               QString::number(o.active),
                               QString::number(o.converted),
                               QString::number(o.rejected),
                               QString::number(o.timedOut),
                               QString::number(o.fired),
                               QString::number(o.sent),
                               QString::number(o.engaged)}
                       .join(u',')
                   + u"\r\n"_s;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out.toUtf8()) < 0 || !f.commit()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void DashboardWidget::onExportMenu()
{
    const QString format = m_export->property("format").toString();
    const QString base = m_report ? m_report->slug : u"campaigns"_s;
    const QString filter = format == u"csv"   ? tr("CSV files (*.csv)")
                           : format == u"svg" ? tr("SVG images (*.svg)")
                                              : tr("PNG images (*.png)");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export"), base + u'.' + format, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = format == u"csv" ? exportCsv(path, &error) : exportCharts(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace Touchline
