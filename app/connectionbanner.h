// The strip at the top of the main window while its database is unreachable: what happened,
// when Touchline tries again, and a button to try now.
#pragma once

#include "connectionmonitor.h"

#include <QWidget>

class QLabel;
class QMainWindow;
class QPushButton;
class QToolBar;

namespace Touchline {

class Connection;

class ConnectionBanner : public QWidget
{
    Q_OBJECT

public:
    ConnectionBanner(ConnectionMonitor *monitor, QWidget *parent = nullptr);

    // Puts a banner above `firstToolbar` of `window`, watching `connection` from a worker
    // thread; reopens the window's connection when the server is back.
    static ConnectionBanner *
    install(QMainWindow *window, Connection *connection, QToolBar *firstToolbar);

    ConnectionMonitor *monitor() const { return m_monitor; }
    QLabel *message() const { return m_message; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    // The window's own connection works again: the views may refresh.
    void reconnected();

private:
    void updateText();
    void onStateChanged(ConnectionMonitor::State state);

    ConnectionMonitor *m_monitor = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace Touchline
