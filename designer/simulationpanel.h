// The Simulate side panel: the plan of a what-if run (contacts, days, seed, the selected step's
// outcome probabilities), its problems, the run's progress and summary, and the send load per
// day. It renders a SimulationSession; the rules live there.
#pragma once

#include "flowdocument.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace Touchline {

class SendLoadChart;
class SimulationSession;

class SimulationPanel : public QWidget
{
    Q_OBJECT

public:
    SimulationPanel(SimulationSession *session, FlowDocument *document, QWidget *parent = nullptr);

    // The step whose probabilities the table edits; -1 (or no campaign): none.
    void showStep(FlowDocument::Id id, int stepIndex);
    void setActions(QAction *simulate, QAction *overlay);

    QSpinBox *contactsField() const { return m_contacts; }
    QSpinBox *daysField() const { return m_days; }
    QSpinBox *seedField() const { return m_seed; }
    QTableWidget *probabilityTable() const { return m_table; }
    QCheckBox *compareBox() const { return m_compare; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *busyBar() const { return m_busy; }
    SendLoadChart *loadChart() const { return m_load; }
    // The plan's problems as shown (empty when it may run).
    QString problemsText() const;
    QString summaryText() const;

    // The table's row of `outcome`, or -1.
    int rowOf(const QString &outcome) const;

private:
    void loadTable();
    void onItemChanged(QTableWidgetItem *item);
    void updateRemainder();
    void onStarted();
    void onFinished(bool ok, const QString &message);
    void updateProblems();
    void updateSummary();
    const Step *currentStep(QString *slug = nullptr) const;

    SimulationSession *m_session;
    FlowDocument *m_document;
    FlowDocument::Id m_campaign = 0;
    int m_step = -1;
    QSpinBox *m_contacts = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_stepTitle = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_problems = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QCheckBox *m_overlay = nullptr;
    QCheckBox *m_compare = nullptr;
    QLabel *m_summary = nullptr;
    SendLoadChart *m_load = nullptr;
    QString m_lastError;
};

} // namespace Touchline
