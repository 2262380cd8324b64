#include "schedulerstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

namespace Touchline {

using namespace Qt::StringLiterals;

SchedulerStatus::SchedulerStatus(QWidget *parent)
    : SchedulerStatus(nullptr, parent)
{}

SchedulerStatus::SchedulerStatus(SchedulerService *service, QWidget *parent)
    : QWidget(parent)
{
    m_state = new QLabel(this);
    m_state->setObjectName(u"schedulerState"_s);
    m_nextDue = new QLabel(this);
    m_nextDue->setObjectName(u"schedulerNextDue"_s);
    m_firedToday = new QLabel(this);
    m_firedToday->setObjectName(u"schedulerFiredToday"_s);
    m_pause = new QToolButton(this);
    m_pause->setObjectName(u"schedulerPause"_s);
    m_pause->setCheckable(true);
    m_pause->setAutoRaise(true);
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Pause or resume this console's scheduler (campaigns are unaffected)"));
    connect(m_pause, &QToolButton::toggled, this, &SchedulerStatus::onPauseToggled);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_nextDue);
    layout->addWidget(m_firedToday);
    layout->addWidget(m_pause);

    setState(SchedulerService::State::Stopped, QString());
    setNextDue(QDateTime());
    setFiredToday(0);
    setService(service);
}

void SchedulerStatus::setService(SchedulerService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!service) {
        setState(SchedulerService::State::Stopped, QString());
        setNextDue(QDateTime());
        setFiredToday(0);
        return;
    }
    connect(service, &SchedulerService::stateChanged, this, &SchedulerStatus::setState);
    connect(service, &SchedulerService::nextDueChanged, this, &SchedulerStatus::setNextDue);
    connect(service, &SchedulerService::firedTodayChanged, this, &SchedulerStatus::setFiredToday);
    setState(service->state(), service->stateMessage());
    setNextDue(service->nextDue());
    setFiredToday(service->firedToday());
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(service->isPaused());
    m_pause->setText(service->isPaused() ? tr("Resume") : tr("Pause"));
}

QString SchedulerStatus::stateName(SchedulerService::State state)
{
    switch (state) {
    case SchedulerService::State::Running:
        return tr("running");
    case SchedulerService::State::Paused:
        return tr("paused");
    case SchedulerService::State::Reconnecting:
        return tr("reconnecting");
    case SchedulerService::State::Stopped:
        break;
    }
    return tr("stopped");
}

void SchedulerStatus::setState(SchedulerService::State state, const QString &message)
{
    m_state->setText(tr("Scheduler: %1").arg(stateName(state)));
    m_state->setToolTip(message);
    // A scheduler that cannot reach its database is worth a second look.
    QFont font = m_state->font();
    font.setBold(state == SchedulerService::State::Reconnecting);
    m_state->setFont(font);
    m_nextDue->setVisible(state != SchedulerService::State::Stopped);
    m_pause->setEnabled(m_service != nullptr);
    {
        const QSignalBlocker blocker(m_pause);
        if (state == SchedulerService::State::Paused || state == SchedulerService::State::Running)
            m_pause->setChecked(state == SchedulerService::State::Paused);
        m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    }
}

void SchedulerStatus::setNextDue(const QDateTime &due)
{
    if (!due.isValid()) {
        m_nextDue->setText(tr("nothing due"));
        m_nextDue->setToolTip(QString());
        return;
    }
    const QDateTime local = due.toLocalTime();
    m_nextDue->setText(tr("next due %1").arg(QLocale().toString(local, QLocale::ShortFormat)));
    m_nextDue->setToolTip(QLocale().toString(local, QLocale::LongFormat));
}

void SchedulerStatus::setFiredToday(int count)
{
    m_firedToday->setText(tr("%n fired today", nullptr, count));
}

void SchedulerStatus::onPauseToggled(bool paused)
{
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!m_service)
        return;
    if (paused)
        m_service->pause();
    else
        m_service->resume();
}

} // namespace Touchline
