// The embedded scheduler at a glance, for a status bar: its state, the next due time and how many
// steps it fired today, with a button to pause and resume it.
#pragma once

#include "schedulerservice.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Touchline {

class SchedulerStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulerStatus(QWidget *parent = nullptr);
    explicit SchedulerStatus(SchedulerService *service, QWidget *parent = nullptr);

    // Follows the service's signals and shows what it last reported; nullptr detaches.
    void setService(SchedulerService *service);
    SchedulerService *service() const { return m_service; }

    QLabel *stateLabel() const { return m_state; }
    QLabel *nextDueLabel() const { return m_nextDue; }
    QLabel *firedTodayLabel() const { return m_firedToday; }
    QToolButton *pauseButton() const { return m_pause; }

    static QString stateName(SchedulerService::State state);

public Q_SLOTS:
    void setState(Touchline::SchedulerService::State state, const QString &message);
    void setNextDue(const QDateTime &due);
    void setFiredToday(int count);

private:
    void onPauseToggled(bool paused);

    QPointer<SchedulerService> m_service;
    QLabel *m_state = nullptr;
    QLabel *m_nextDue = nullptr;
    QLabel *m_firedToday = nullptr;
    QToolButton *m_pause = nullptr;
};

} // namespace Touchline
