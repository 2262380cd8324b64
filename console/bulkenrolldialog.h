// Enrolling many contacts at once from the window: a filter, an activation plan over days, and a
// chart of the send load per day and channel to look at before committing.
#pragma once

#include "bulkenrollment.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Touchline {

class DatabaseWorker;

class BulkEnrollDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkEnrollDialog(DatabaseWorker *worker, QWidget *parent = nullptr);
    // A dialog that goes while its enrollment runs stops it (the chunks under way commit).
    ~BulkEnrollDialog() override;

    QComboBox *campaignBox() const { return m_campaign; }
    QLineEdit *companyField() const { return m_company; }
    QLineEdit *titleField() const { return m_title; }
    QSpinBox *daysBox() const { return m_days; }
    QSpinBox *perDayBox() const { return m_perDay; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *enrollButton() const { return m_enroll; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QWidget *chartView() const { return m_chartView; }
    int seriesCount() const;

    // While an enrollment runs, closing the dialog (Escape, the title bar) stops it as Stop
    // does; the dialog stays open until the chunks under way have committed and says what stays.
    void reject() override;

Q_SIGNALS:
    void previewed();
    void enrolled(int count);

private:
    // What the enrollment's thread and the dialog share while it runs.
    struct Running
    {
        std::atomic<int> enrolled{0};
        std::atomic<int> planned{0};
        std::atomic<bool> stop{false};
    };

    BulkEnrollment::Filter filter() const;
    BulkEnrollment::Plan plan() const;
    void onPreview();
    void onEnroll();
    void onStop();
    void showProgress();
    void showEnrolled(const std::optional<BulkEnrollment::Result> &result, const DbError &error);
    void showPreview(const BulkEnrollment::Preview &preview);

    DatabaseWorker *m_worker = nullptr;
    QComboBox *m_campaign = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_attribute = nullptr;
    QLineEdit *m_attributeValue = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_perDay = nullptr;
    QComboBox *m_goal = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_enroll = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_close = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_poll = nullptr;
    std::shared_ptr<Running> m_running;
    QLabel *m_summary = nullptr;
    QWidget *m_chartView = nullptr;
};

} // namespace Touchline
