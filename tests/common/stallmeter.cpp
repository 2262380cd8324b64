#include "stallmeter.h"

#include <algorithm>

namespace Touchline::Test {

StallMeter::StallMeter(int intervalMs)
{
    m_timer.setInterval(intervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
        ++m_ticks;
    });
}

void StallMeter::start()
{
    m_last = 0;
    m_longest = 0;
    m_ticks = 0;
    m_clock.start();
    m_timer.start();
}

} // namespace Touchline::Test
