#include "connectionbanner.h"

#include "connection.h"
#include "database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QToolBar>

namespace Touchline {

using namespace Qt::StringLiterals;

ConnectionBanner::ConnectionBanner(ConnectionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    setObjectName(u"connectionBanner"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#connectionBanner { background: #fdecc8; border-bottom: 1px solid #e0b252; }"
                  "#connectionBanner QLabel { color: #5c3b00; }"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_message = new QLabel(this);
    m_message->setObjectName(u"connectionBannerMessage"_s);
    m_retry = new QPushButton(tr("Retry &now"), this);
    m_retry->setObjectName(u"connectionBannerRetry"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionBanner::updateText);
    connect(m_retry, &QPushButton::clicked, m_monitor, &ConnectionMonitor::retryNow);
    connect(m_monitor, &ConnectionMonitor::stateChanged, this, &ConnectionBanner::onStateChanged);
    connect(m_monitor, &ConnectionMonitor::retryScheduled, this, &ConnectionBanner::updateText);
}

ConnectionBanner *
ConnectionBanner::install(QMainWindow *window, Connection *connection, QToolBar *firstToolbar)
{
    auto *bar = new QToolBar(tr("Connection"), window);
    bar->setObjectName(u"connectionBannerBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false); // not a toolbar the user switches on or off
    bar->setStyleSheet(u"QToolBar { border: 0; padding: 0; margin: 0; }"_s);
    auto *monitor = new ConnectionMonitor(connection->settings());
    auto *banner = new ConnectionBanner(monitor, bar);
    monitor->setParent(banner);
    bar->addWidget(banner);
    window->insertToolBar(firstToolbar, bar);
    window->insertToolBarBreak(firstToolbar);
    bar->hide();
    connect(monitor, &ConnectionMonitor::stateChanged, bar, [bar](ConnectionMonitor::State s) {
        bar->setVisible(s != ConnectionMonitor::State::Connected);
    });
    // The server answers the monitor's probe again: the window's connections (each in its own
    // thread) reconnect on their next query; nothing connects on the GUI thread.
    connect(monitor, &ConnectionMonitor::restored, banner, &ConnectionBanner::reconnected);
    monitor->start();
    return banner;
}

void ConnectionBanner::onStateChanged(ConnectionMonitor::State state)
{
    if (state == ConnectionMonitor::State::Connected)
        m_countdown->stop();
    else
        m_countdown->start();
    m_message->setToolTip(m_monitor->lastError());
    updateText();
}

void ConnectionBanner::updateText()
{
    if (m_monitor->state() == ConnectionMonitor::State::Reconnecting) {
        m_message->setText(tr("Connection to the database lost — reconnecting…"));
        return;
    }
    const int seconds = (m_monitor->msUntilRetry() + 999) / 1000;
    m_message->setText(
        tr("Connection to the database lost — reconnecting in %n s…", nullptr, seconds));
}

} // namespace Touchline
