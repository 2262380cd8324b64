// The inspector: every field of the selected campaign or step, edited in place. Each change is
// one undo command on the document; the validator's findings show under the field they concern.
#pragma once

#include "flowdocument.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace Touchline {

class TemplateEdit;

class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(FlowDocument *document, QWidget *parent = nullptr);

    void showNothing();
    void showCampaign(FlowDocument::Id id);
    void showStep(FlowDocument::Id id, int stepIndex);
    FlowDocument::Id campaignId() const { return m_campaign; }
    int stepIndex() const { return m_step; }

    // The editor of a field by its JSON key ("name", "slug", "channel", ...), for tests.
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    // The inline problem shown under a field, empty when none.
    QString problemFor(const QString &key) const;

    // The step's draft as the built-in drafter writes it for the sample contact, and what the
    // channel allows (SMS segments, subject or note length). Follows the instructions as typed.
    static const QHash<QString, QString> &sampleContact();
    QString previewText() const;   // subject (email) and body, plain
    QString previewLimits() const; // the channel's limits line
    QStringList previewUnknownFields() const { return m_previewUnknown; }

private:
    QWidget *buildCampaignPage();
    QWidget *buildStepPage();
    void addRow(QFormLayout *form, const QString &label, const QString &key, QWidget *editor);
    void load();
    void loadCampaign(const Campaign &c);
    void loadStep(const Step &s, int count);
    void commitCampaign();
    void commitStep();
    void showProblems();
    void updatePreview();
    void fitPreviewHeight();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void onDocumentChanged(FlowDocument::Id id);

    FlowDocument *m_document;
    FlowDocument::Id m_campaign = 0;
    int m_step = -1;
    bool m_loading = false;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_heading = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_problems;

    // campaign
    QLineEdit *m_name = nullptr;
    QLineEdit *m_slug = nullptr;
    QLineEdit *m_client = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_gate = nullptr;
    QCheckBox *m_review = nullptr;
    QComboBox *m_drafter = nullptr;
    QSpinBox *m_noEngagement = nullptr;
    QCheckBox *m_hasWindow = nullptr;
    QVector<QCheckBox *> m_days;
    QLineEdit *m_windowStart = nullptr;
    QLineEdit *m_windowEnd = nullptr;
    QHash<QString, QComboBox *> m_exits;
    // step
    QComboBox *m_channel = nullptr;
    QSpinBox *m_delayDays = nullptr;
    QSpinBox *m_delayMinutes = nullptr;
    QComboBox *m_handler = nullptr;
    QCheckBox *m_stepReview = nullptr;
    QComboBox *m_contentType = nullptr;
    TemplateEdit *m_template = nullptr;
    QTableWidget *m_outcomes = nullptr;
    QString m_outcomesKey; // what the outcome rows show now
    QLabel *m_preview = nullptr;
    QLabel *m_previewLimits = nullptr;
    QString m_previewPlain;
    QStringList m_previewUnknown;
};

} // namespace Touchline
