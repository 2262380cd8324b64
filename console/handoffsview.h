// The Handoffs tab: the exec gate's booked meetings (enroll into campaigns with a goal and notes,
// or decline with a reason) and the live-call queue (claim a call, record its result).
#pragma once

#include "connectionsettings.h"
#include "handoffstore.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Touchline {

class DatabaseWorker;

class HandoffsView : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffsView(const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~HandoffsView() override;

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *gateList() const { return m_gateList; }
    QListWidget *campaignList() const { return m_campaigns; }
    QComboBox *goalBox() const { return m_goal; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *enrollButton() const { return m_enroll; }
    QLineEdit *declineReason() const { return m_declineReason; }
    QPushButton *declineButton() const { return m_decline; }
    QTreeWidget *liveList() const { return m_liveList; }
    QLabel *scriptLabel() const { return m_script; }
    QPlainTextEdit *conversationView() const { return m_conversation; }
    QPushButton *claimButton() const { return m_claim; }
    QComboBox *resultBox() const { return m_result; }
    QDateTimeEdit *callbackEdit() const { return m_callback; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void actionDone(const QString &message, bool ok);

private:
    QWidget *buildGatePage();
    QWidget *buildLivePage();
    void showGate();
    void showLive();
    void onEnroll();
    void onDecline();
    void onClaim();
    void onRecord();
    void finish(const QString &message, bool ok);

    DatabaseWorker *m_worker = nullptr;
    QString m_login;
    QVector<HandoffStore::GateItem> m_gate;
    QVector<HandoffStore::LiveItem> m_live;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_gateList = nullptr;
    QLabel *m_gateDetail = nullptr;
    QListWidget *m_campaigns = nullptr;
    QComboBox *m_goal = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_enroll = nullptr;
    QLineEdit *m_declineReason = nullptr;
    QPushButton *m_decline = nullptr;
    QTreeWidget *m_liveList = nullptr;
    QLabel *m_liveDetail = nullptr;
    QLabel *m_script = nullptr;
    QPlainTextEdit *m_conversation = nullptr;
    QPushButton *m_claim = nullptr;
    QComboBox *m_result = nullptr;
    QDateTimeEdit *m_callback = nullptr;
    QLineEdit *m_resultNotes = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_message = nullptr;
    int m_generation = 0;
};

} // namespace Touchline
