// How long this thread's event loop went without turning: a timer that should fire every few
// milliseconds, and the longest gap between its ticks (the GUI thread kept from its events).
#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace Touchline::Test {

class StallMeter
{
public:
    explicit StallMeter(int intervalMs = 5);
    void start();
    void stop() { m_timer.stop(); }
    qint64 longestGapMs() const { return m_longest; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

} // namespace Touchline::Test
