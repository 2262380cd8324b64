// The exec approver's inbox: filters with counts, the drafts table, the preview pane, and the
// decisions (approve and move on, reject with a reason, skip, bulk, undo), all off the GUI
// thread and live on NOTIFY.
#pragma once

#include "connectionsettings.h"
#include "draftstore.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QStackedWidget;

namespace Touchline {

class InboxModel;
class InboxPreview;
class InboxService;

class InboxWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InboxWidget(const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~InboxWidget() override;

    InboxModel *model() const { return m_model; }
    InboxPreview *preview() const { return m_preview; }
    QTableView *table() const { return m_table; }
    InboxService *service() const { return m_service; }
    QString currentId() const;
    QStringList selectedIds() const;
    // The last message shown in the banner (a refusal, a conflict, an undo).
    QString bannerText() const;

    // The decision the approver can still undo.
    struct LastDecision
    {
        QString action; // approved | rejected
        QStringList ids;
    };
    const LastDecision &lastDecision() const { return m_last; }

    static QStringList rejectReasons();

    // Whether the login may approve and reject (touchline_approver): when not, the decisions are
    // disabled and the banner says why. The database refuses them anyway.
    void setMayDecide(bool mayDecide);
    bool mayDecide() const { return m_mayDecide; }

public Q_SLOTS:
    void approve();
    void reject(); // asks for the reason
    void rejectWith(const QString &reason);
    void skip();
    void undo();

Q_SIGNALS:
    void decided(const QString &action, const QStringList &done, const QStringList &refused);

private:
    QWidget *buildFilterBar();
    QWidget *buildActionBar();
    void onFilterChanged();
    void onCountsChanged();
    void onCurrentChanged();
    void onLoaded();
    void onNotified();
    void decide(const QString &action, const QStringList &ids, const QString &reason);
    void showBanner(const QString &text, bool problem);
    void updateActions();
    void fillCombo(QComboBox *box, const QString &dimension, const QString &anyLabel);
    QString nextIdAfter(const QStringList &ids) const;
    void selectId(const QString &id);

    InboxService *m_service = nullptr;
    InboxModel *m_model = nullptr;
    InboxPreview *m_preview = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_client = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    bool m_mayDecide = true;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_skipAction = nullptr;
    QAction *m_undoAction = nullptr;
    QTimer m_searchDelay;
    QTimer m_notifyDelay;
    LastDecision m_last;
    QString m_wantedId; // the row to select once it is loaded
    bool m_deciding = false;
};

} // namespace Touchline
