// The dashboard's colours: one colour per outcome, enrollment status and channel, the same in
// every chart, table and legend.
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace Touchline::DashboardPalette {

QColor outcomeColor(const QString &outcome);
QColor statusColor(const QString &status);
QColor channelColor(const QString &channel);
// Outcomes in display order: positive first, then neutral, then negative; unknown ones last.
QStringList orderedOutcomes(QStringList outcomes);
// The grey of "no outcome yet" and of empty states.
QColor pendingColor();

} // namespace Touchline::DashboardPalette
