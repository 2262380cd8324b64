// Builds the dashboard's Qt Charts from a campaign report: outcomes per step (stacked, counts or
// percentages), enrollment status, the funnel by step and touches over time per channel.
#pragma once

#include "reportstore.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Touchline::DashboardCharts {

// "Step 2 · voice (voicebot)"
QString stepLabel(const StepReport &step);
// The bar set of events with no outcome recorded yet (fired minus outcomes, when positive).
QString pendingSetName();

QChart *outcomes(const CampaignReport &report, bool percent);
QChart *enrollment(const CampaignReport &report);
QChart *funnel(const CampaignReport &report);
QChart *touches(const CampaignReport &report);
// The overview's enrollment status per running campaign.
QChart *campaignStatus(const QVector<CampaignRates> &campaigns);

} // namespace Touchline::DashboardCharts
