#include "dashboardcharts.h"

#include "dashboardpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPercentBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace Touchline::DashboardCharts {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis *countAxis(const QString &title, qreal max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(u"%d"_s);
    axis->setRange(0, std::max<qreal>(max, 1) * 1.05);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QString stepLabel(const StepReport &step)
{
    // A voice step's handler says more than "voice", and the label must fit under its bar.
    return Tr::tr("%1 · %2").arg(step.step).arg(step.handler.isEmpty() ? step.channel
                                                                       : step.handler);
}

QString pendingSetName()
{
    return Tr::tr("no outcome yet");
}

QChart *outcomes(const CampaignReport &report, bool percent)
{
    QChart *chart = newChart(percent ? Tr::tr("Outcomes per step (share of events)")
                                     : Tr::tr("Outcomes per step"));
    QStringList names;
    for (const StepReport &s : report.steps)
        for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
            if (it.value() > 0 && !names.contains(it.key()))
                names.append(it.key());
    names = DashboardPalette::orderedOutcomes(names);
    QAbstractBarSeries *series = percent ? static_cast<QAbstractBarSeries *>(new QPercentBarSeries)
                                         : new QStackedBarSeries;
    QStringList categories;
    qreal max = 0;
    for (const StepReport &s : report.steps) {
        categories.append(stepLabel(s));
        max = std::max<qreal>(max, qreal(std::max(s.fired, s.outcomeTotal())));
    }
    for (const QString &name : names) {
        auto *set = new QBarSet(name);
        set->setColor(DashboardPalette::outcomeColor(name));
        set->setBorderColor(Qt::white);
        for (const StepReport &s : report.steps)
            set->append(qreal(s.outcomes.value(name)));
        series->append(set);
    }
    auto *pending = new QBarSet(pendingSetName());
    pending->setColor(DashboardPalette::pendingColor());
    pending->setBorderColor(Qt::white);
    for (const StepReport &s : report.steps)
        pending->append(qreal(std::max<qint64>(0, s.fired - s.outcomeTotal())));
    series->append(pending);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(Tr::tr("Step and channel"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = percent ? new QValueAxis : countAxis(Tr::tr("Events"), max);
    if (percent) {
        y->setRange(0, 100);
        y->setLabelFormat(u"%d%"_s);
        y->setTitleText(Tr::tr("Share of the step's events"));
    }
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *enrollment(const CampaignReport &report)
{
    QChart *chart = newChart(Tr::tr("Enrollment status"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    for (const QString &status : {u"active"_s, u"converted"_s, u"rejected"_s, u"timed_out"_s}) {
        const qint64 n = report.enrollments.value(status);
        QPieSlice *slice = series->append(status, qreal(n));
        slice->setColor(DashboardPalette::statusColor(status));
        slice->setBorderColor(Qt::white);
        slice->setLabel(u"%1 %2"_s.arg(status, QLocale().toString(n)));
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *funnel(const CampaignReport &report)
{
    QChart *chart = newChart(Tr::tr("Funnel by step"));
    auto *series = new QHorizontalBarSeries;
    auto *fired = new QBarSet(Tr::tr("fired"));
    fired->setColor(DashboardPalette::statusColor(u"approved"_s));
    auto *engaged = new QBarSet(Tr::tr("engaged"));
    engaged->setColor(DashboardPalette::outcomeColor(u"replied"_s));
    QStringList categories;
    qreal max = 0;
    // Step 1 at the top: a horizontal bar axis runs bottom-up.
    for (auto it = report.steps.crbegin(); it != report.steps.crend(); ++it) {
        categories.append(Tr::tr("Step %1").arg(it->step));
        fired->append(qreal(it->fired));
        qint64 n = 0;
        for (const QString &o : ReportStore::engagedOutcomes())
            n += it->outcomes.value(o);
        engaged->append(qreal(n));
        max = std::max<qreal>(max, qreal(it->fired));
    }
    series->append(fired);
    series->append(engaged);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = countAxis(Tr::tr("Contacts touched"), max);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

QChart *touches(const CampaignReport &report)
{
    QChart *chart = newChart(report.touchesByDay ? Tr::tr("Touches per day and channel")
                                                 : Tr::tr("Touches per hour and channel"));
    QStringList channels;
    for (const TouchBucket &t : report.touches)
        if (!channels.contains(t.channel))
            channels.append(t.channel);
    channels.sort();
    auto *x = new QDateTimeAxis;
    x->setFormat(report.touchesByDay ? u"dd MMM"_s : u"ddd h'h'"_s);
    x->setTitleText(report.touchesByDay ? Tr::tr("Day (UTC)") : Tr::tr("Hour (UTC)"));
    x->setTickCount(6);
    qreal max = 0;
    QDateTime first;
    QDateTime last;
    for (const TouchBucket &t : report.touches) {
        max = std::max<qreal>(max, qreal(t.items));
        first = first.isValid() ? std::min(first, t.start) : t.start;
        last = last.isValid() ? std::max(last, t.start) : t.start;
    }
    if (!first.isValid())
        first = last = QDateTime::currentDateTimeUtc();
    x->setRange(first.addSecs(-1800), last.addSecs(1800));
    QValueAxis *y = countAxis(Tr::tr("Touches"), max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // Every bucket from the first to the last, so that a quiet hour or day shows as zero.
    QVector<QDateTime> buckets;
    const qint64 step = report.touchesByDay ? 24 * 3600 : 3600;
    if (!report.touches.isEmpty())
        for (QDateTime b = first; b <= last && buckets.size() < 2000; b = b.addSecs(step))
            buckets.append(b);
    for (const QString &channel : channels) {
        auto *series = new QLineSeries;
        series->setName(channel);
        QPen pen(DashboardPalette::channelColor(channel));
        pen.setWidthF(2.2);
        series->setPen(pen);
        series->setPointsVisible(true);
        // A bucket without touches on this channel is a zero, not a line across it.
        for (const QDateTime &b : buckets) {
            qint64 n = 0;
            for (const TouchBucket &t : report.touches)
                if (t.channel == channel && t.start == b)
                    n += t.items;
            series->append(qreal(b.toMSecsSinceEpoch()), qreal(n));
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QChart *campaignStatus(const QVector<CampaignRates> &campaigns)
{
    QChart *chart = newChart(Tr::tr("Enrollments per running campaign"));
    auto *series = new QHorizontalStackedBarSeries;
    const QStringList statuses{u"active"_s, u"converted"_s, u"rejected"_s, u"timed_out"_s};
    QVector<QBarSet *> sets;
    for (const QString &status : statuses) {
        auto *set = new QBarSet(status);
        set->setColor(DashboardPalette::statusColor(status));
        set->setBorderColor(Qt::white);
        sets.append(set);
    }
    QStringList categories;
    qreal max = 0;
    // The first campaign of the table at the top.
    for (auto it = campaigns.crbegin(); it != campaigns.crend(); ++it) {
        categories.append(it->name);
        sets[0]->append(qreal(it->active));
        sets[1]->append(qreal(it->converted));
        sets[2]->append(qreal(it->rejected));
        sets[3]->append(qreal(it->timedOut));
        max = std::max<qreal>(max, qreal(it->enrolled));
    }
    for (QBarSet *set : sets)
        series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = countAxis(Tr::tr("Enrollments"), max);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

} // namespace Touchline::DashboardCharts
