// The inbox's preview pane: the draft as it will be sent (subject and body editable, saved as
// you type and marked edited), unresolved merge fields highlighted, the step's instructions,
// the contact and the conversation so far.
#pragma once

#include "draftstore.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QListWidget;

namespace Touchline {

class InboxService;

class InboxPreview : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPreview(InboxService *service, QWidget *parent = nullptr);

    // Shows the draft `id` (empty: nothing); a pending edit of the previous draft is saved first.
    void showDraft(const QString &id);
    QString draftId() const { return m_id; }
    // Saves a pending edit now (before a decision, or leaving the draft).
    void flush();
    bool hasUnsavedEdit() const { return m_dirty; }
    bool isEditing() const;
    // Re-reads the shown draft's status, history and decision without touching the editors.
    void refreshDetail();

    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QString statusText() const;

    static constexpr int autosaveMs = 700;

Q_SIGNALS:
    void detailShown(const QString &id);
    void saved(const QString &id);
    // An edit was refused (the draft was decided meanwhile): why, for people.
    void editRefused(const QString &message);

private:
    void onEdited();
    void save();
    void apply(const DraftStore::Detail &detail, bool editors);
    void updateUnknown();

    InboxService *m_service = nullptr;
    QString m_id;
    int m_detailJob = 0;
    bool m_dirty = false;
    bool m_loading = false;
    QString m_savedSubject;
    QString m_savedBody;
    QTimer m_autosave;

    QLabel *m_contact = nullptr;
    QLabel *m_contactMeta = nullptr;
    QLabel *m_touch = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_instructions = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_unknown = nullptr;
    QLabel *m_saveState = nullptr;
    QListWidget *m_history = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Touchline
