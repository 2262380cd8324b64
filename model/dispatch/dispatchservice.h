// The embedded dispatcher: a thread of its own with a connection of its own that sends due
// approved items when woken by NOTIFY touchline_outbox, by a timer to the next due item, or by
// a backstop poll, and fetches provider results and replies every pollInterval.
#pragma once

#include "connectionsettings.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <chrono>

class QThread;

namespace Touchline {

class DispatchService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds maxTimerDelay{30000}; // the backstop
        std::chrono::milliseconds pollInterval{20000};  // provider results and replies
        std::chrono::milliseconds retryDelay{5000};     // after a failed pass
        int leaseSeconds = 120;
        QString applicationName = QStringLiteral("touchline-dispatcher");
    };

    explicit DispatchService(const ConnectionSettings &settings, QObject *parent = nullptr);
    DispatchService(const ConnectionSettings &settings,
                    const Options &options,
                    QObject *parent = nullptr);
    ~DispatchService() override; // stops and joins

    bool isStarted() const { return m_thread != nullptr; }
    // Paused: started, but sends nothing until resumed (the window's Pause button).
    bool isPaused() const { return m_paused.loadRelaxed() != 0; }
    int sentToday() const { return m_sentToday; }
    int failing() const { return m_failing; }
    QDateTime nextDue() const { return m_nextDue; }

public Q_SLOTS:
    void start();
    void stop();
    void wakeUp();
    void setPaused(bool paused);
    // Answered by failedListed: one QVariantMap per item (id, campaign, step, channel, contact,
    // error, attempts, at).
    void requestFailed();
    // Answered by retried.
    void retry(const QString &itemId);

Q_SIGNALS:
    void statsChanged(int sentToday, int failing, const QDateTime &nextDue);
    void passCompleted(int sent, int failed, int retrying, int outcomes);
    void failedListed(const QVariantList &items);
    void retried(const QString &itemId, bool ok, const QString &message);
    void problemOccurred(const QString &message);
    // Started, stopped, paused or resumed.
    void stateChanged();

private:
    class Worker;
    void onStats(quint64 run, int sentToday, int failing, const QDateTime &nextDue);

    ConnectionSettings m_settings;
    Options m_options;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    quint64 m_run = 0;
    QAtomicInteger<int> m_paused = 0; // read by the worker before each pass
    int m_sentToday = 0;
    int m_failing = 0;
    QDateTime m_nextDue;
};

} // namespace Touchline
