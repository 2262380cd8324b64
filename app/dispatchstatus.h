// The embedded dispatcher at a glance, for a status bar: running or paused (with a button to
// pause it), sent today, failing, next due; its "Failed" button opens the failed items with
// their errors and a retry.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QVariantList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace Touchline {

class DispatchService;

class DispatchStatus : public QWidget
{
    Q_OBJECT

public:
    explicit DispatchStatus(DispatchService *service, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QLabel *stateLabel() const { return m_state; }
    QToolButton *pauseButton() const { return m_pause; }
    QToolButton *failedButton() const { return m_failed; }
    static QString describe(int sentToday, int failing, const QDateTime &nextDue);

public Q_SLOTS:
    void setStats(int sentToday, int failing, const QDateTime &nextDue);
    void showFailed();

private:
    void updateState();

    QPointer<DispatchService> m_service;
    QLabel *m_state = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_failed = nullptr;
};

// The failed items: when, campaign, step, channel, contact, the provider's error; Retry sends
// the selected ones again (their drafts are kept).
class FailedItemsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FailedItemsDialog(DispatchService *service, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void showItems(const QVariantList &items);

private:
    void onRetry();

    QPointer<DispatchService> m_service;
    QTableWidget *m_table = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Touchline
