// Enrolling many contacts at once from the window: a filter, an activation plan over days, and a
// chart of the send load per day and channel to look at before committing.
#pragma once

#include "bulkenrollment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Touchline {

class DatabaseWorker;

class BulkEnrollDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkEnrollDialog(DatabaseWorker *worker, QWidget *parent = nullptr);

    QComboBox *campaignBox() const { return m_campaign; }
    QLineEdit *companyField() const { return m_company; }
    QLineEdit *titleField() const { return m_title; }
    QSpinBox *daysBox() const { return m_days; }
    QSpinBox *perDayBox() const { return m_perDay; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *enrollButton() const { return m_enroll; }
    QLabel *summaryLabel() const { return m_summary; }
    QWidget *chartView() const { return m_chartView; }
    int seriesCount() const;

Q_SIGNALS:
    void previewed();
    void enrolled(int count);

private:
    BulkEnrollment::Filter filter() const;
    BulkEnrollment::Plan plan() const;
    void onPreview();
    void onEnroll();
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
    QLabel *m_summary = nullptr;
    QWidget *m_chartView = nullptr;
};

} // namespace Touchline
