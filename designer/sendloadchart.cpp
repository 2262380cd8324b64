#include "sendloadchart.h"

#include "designerstyle.h"

#include <QFontMetrics>
#include <QPainter>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

namespace {
constexpr int rowHeight = 34;
constexpr int labelWidth = 64;
constexpr int axisHeight = 16;
} // namespace

SendLoadChart::SendLoadChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"sendLoadChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SendLoadChart::setLoad(const QMap<QString, QMap<int, int>> &load, int days)
{
    m_load = load;
    m_days = days;
    setFixedHeight(sizeHint().height()); // a row per channel, whatever the layout offered
    updateGeometry();
    update();
}

QSize SendLoadChart::sizeHint() const
{
    return {240, axisHeight + std::max<int>(1, int(m_load.size())) * rowHeight + 4};
}

QSize SendLoadChart::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void SendLoadChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(Style::smallFont());
    const QFontMetrics fm(p.font());
    if (m_load.isEmpty() || m_days <= 0) {
        p.setPen(Style::textSecondary());
        p.drawText(rect(), Qt::AlignCenter, tr("No touches"));
        return;
    }
    int peak = 1;
    for (const auto &days : m_load) {
        for (int n : days)
            peak = std::max(peak, n);
    }
    const double column = double(width() - labelWidth - 4) / m_days;
    int y = 0;
    for (auto it = m_load.cbegin(); it != m_load.cend(); ++it, y += rowHeight) {
        const QColor color = Style::channelColor(it.key());
        p.setPen(Style::textPrimary());
        p.drawText(QRect(0, y, labelWidth - 6, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(Style::channelLabel(it.key()), Qt::ElideRight, labelWidth - 6));
        for (int day = 0; day < m_days; ++day) {
            const int n = it.value().value(day);
            const double h = (rowHeight - 17) * double(n) / peak;
            const QRectF bar(labelWidth + day * column + 2, y + rowHeight - 3 - h, column - 4, h);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRoundedRect(bar, 2, 2);
            p.setPen(n > 0 ? Style::textPrimary() : Style::textSecondary());
            p.drawText(QRectF(bar.left(), y, bar.width(), 12),
                       Qt::AlignCenter,
                       fm.elidedText(u"%L1"_s.arg(n), Qt::ElideRight, int(bar.width())));
        }
    }
    p.setPen(Style::textSecondary());
    for (int day = 0; day < m_days; ++day)
        p.drawText(QRectF(labelWidth + day * column, y, column, axisHeight),
                   Qt::AlignCenter,
                   tr("day %1").arg(day + 1));
}

} // namespace Touchline
