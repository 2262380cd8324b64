#include "inboxpreview.h"

#include "inboxservice.h"
#include "templatedrafter.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedLayout>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// Unresolved {{merge}} fields stand out in the body, as the approver must fix them.
class MergeFieldHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression field(u"\\{\\{\\s*[^}]*\\}\\}"_s);
        QTextCharFormat f;
        f.setBackground(QColor(0xfe, 0xf3, 0xc7));
        f.setForeground(QColor(0xb4, 0x53, 0x09));
        f.setFontWeight(QFont::DemiBold);
        for (auto it = field.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
        }
    }
};

QLabel *sectionLabel(const QString &text)
{
    auto *l = new QLabel(text.toUpper());
    l->setStyleSheet(u"color: #64748b; font-size: 8pt; font-weight: 600; letter-spacing: 1px; "
                     "margin-top: 8px;"_s);
    return l;
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), u"ddd d MMM HH:mm"_s);
}

} // namespace

InboxPreview::InboxPreview(InboxService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"inboxPreview"_s);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &InboxPreview::save);

    m_content = new QWidget;
    auto *v = new QVBoxLayout(m_content);
    v->setContentsMargins(16, 12, 16, 12);
    v->setSpacing(4);
    m_contact = new QLabel;
    m_contact->setObjectName(u"previewContact"_s);
    m_contact->setStyleSheet(u"font-size: 14pt; font-weight: 600; color: #0f172a;"_s);
    m_contactMeta = new QLabel;
    m_contactMeta->setWordWrap(true);
    m_contactMeta->setStyleSheet(u"color: #475569;"_s);
    m_contactMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_touch = new QLabel;
    m_touch->setWordWrap(true);
    m_touch->setStyleSheet(u"color: #334155;"_s);
    m_decision = new QLabel;
    m_decision->setObjectName(u"previewDecision"_s);
    m_decision->setWordWrap(true);
    m_decision->hide();
    v->addWidget(m_contact);
    v->addWidget(m_contactMeta);
    v->addWidget(m_touch);
    v->addWidget(m_decision);

    v->addWidget(sectionLabel(tr("Subject")));
    m_subject = new QLineEdit;
    m_subject->setObjectName(u"previewSubject"_s);
    m_subject->setStyleSheet(u"font-weight: 600; padding: 4px;"_s);
    v->addWidget(m_subject);
    v->addWidget(sectionLabel(tr("Message, as it will be sent")));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(u"previewBody"_s);
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(150);
    new MergeFieldHighlighter(m_body->document());
    v->addWidget(m_body, 3);
    auto *status = new QHBoxLayout;
    m_unknown = new QLabel;
    m_unknown->setObjectName(u"previewUnknown"_s);
    m_unknown->setWordWrap(true);
    m_unknown->setStyleSheet(u"color: #b45309; font-weight: 600;"_s);
    m_saveState = new QLabel;
    m_saveState->setObjectName(u"previewSaveState"_s);
    m_saveState->setStyleSheet(u"color: #64748b;"_s);
    status->addWidget(m_unknown, 1);
    status->addWidget(m_saveState);
    v->addLayout(status);

    v->addWidget(sectionLabel(tr("Step instructions")));
    m_instructions = new QLabel;
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instructions->setStyleSheet(u"background: #f1f5f9; border-radius: 4px; padding: 6px; "
                                  "color: #334155;"_s);
    v->addWidget(m_instructions);
    v->addWidget(sectionLabel(tr("Conversation so far")));
    m_history = new QListWidget;
    m_history->setObjectName(u"previewHistory"_s);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setStyleSheet(u"QListWidget { border: none; background: transparent; }"_s);
    m_history->setMinimumHeight(90);
    v->addWidget(m_history, 2);

    m_empty = new QLabel(tr("Select a draft to read it here."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(u"color: #94a3b8; font-size: 11pt;"_s);
    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);

    connect(m_subject, &QLineEdit::textEdited, this, &InboxPreview::onEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            onEdited();
    });
}

bool InboxPreview::isEditing() const
{
    return m_dirty || m_subject->hasFocus() || m_body->hasFocus();
}

QString InboxPreview::statusText() const
{
    return m_saveState->text();
}

void InboxPreview::showDraft(const QString &id)
{
    if (id == m_id)
        return;
    flush();
    m_id = id;
    auto *stack = static_cast<QStackedLayout *>(layout());
    stack->setCurrentIndex(id.isEmpty() ? 0 : 1);
    if (id.isEmpty())
        return;
    m_loading = true;
    m_subject->clear();
    m_body->clear();
    m_loading = false;
    m_saveState->clear();
    m_detailJob = m_service->run<DraftStore::Detail>(
        this,
        [id](DraftStore &store, DbError *error) { return store.detail(id, error); },
        [this, id](int job, std::optional<DraftStore::Detail> detail, DbError) {
            if (job != m_detailJob || id != m_id || !detail)
                return;
            apply(*detail, true);
        });
}

void InboxPreview::refreshDetail()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    m_detailJob = m_service->run<DraftStore::Detail>(
        this,
        [id](DraftStore &store, DbError *error) { return store.detail(id, error); },
        [this, id](int job, std::optional<DraftStore::Detail> detail, DbError) {
            if (job != m_detailJob || id != m_id || !detail)
                return;
            // Never overwrite what the approver is typing.
            apply(*detail, !isEditing());
        });
}

void InboxPreview::apply(const DraftStore::Detail &d, bool editors)
{
    const DraftStore::Row &r = d.row;
    m_contact->setText(r.contactName.isEmpty() ? r.contactId : r.contactName);
    QStringList meta;
    if (!d.title.isEmpty() || !r.company.isEmpty())
        meta.append(
            QStringList{d.title, r.company}.filter(QRegularExpression(u"."_s)).join(u", "_s));
    for (const QString &s : {d.email, d.phone, d.linkedinUrl}) {
        if (!s.isEmpty())
            meta.append(s);
    }
    if (!d.timeZone.isEmpty())
        meta.append(d.timeZone);
    m_contactMeta->setText(meta.join(u"  ·  "_s));
    QString touch = tr("<b>%1</b> · step %2 · %3 · %4")
                        .arg(r.campaignName.toHtmlEscaped())
                        .arg(r.stepNumber)
                        .arg(r.channel, r.contentType.toHtmlEscaped());
    if (r.scheduledAt.isValid())
        touch += tr(" · scheduled %1").arg(when(r.scheduledAt));
    if (!r.goal.isEmpty())
        touch += tr("<br>Goal: %1").arg(r.goal);
    if (!r.notes.isEmpty())
        touch += tr("<br>Routing note: <i>%1</i>").arg(r.notes.toHtmlEscaped());
    m_touch->setText(touch);

    QString decision;
    QString colour = u"#eef2ff; color: #3730a3"_s;
    if (r.status == u"approved" || r.status == u"sent") {
        decision = r.reviewer.isEmpty()
                       ? tr("Approved without review")
                       : tr("Approved by %1 at %2").arg(r.reviewer, when(r.reviewedAt));
        colour = u"#ecfdf5; color: #065f46"_s;
    } else if (r.status == u"rejected") {
        decision
            = tr("Rejected by %1 at %2: %3").arg(r.reviewer, when(r.reviewedAt), r.rejectReason);
        colour = u"#fef2f2; color: #991b1b"_s;
    } else if (r.status == u"cancelled") {
        decision = d.exitedAt.isValid()
                       ? tr("Cancelled: the contact left the campaign (%1) at %2")
                             .arg(d.exitReason.isEmpty() ? d.enrollmentStatus : d.exitReason,
                                  when(d.exitedAt))
                       : tr("Cancelled: this touch will not be sent");
        colour = u"#f1f5f9; color: #475569"_s;
    } else if (r.status == u"awaiting_draft") {
        decision = tr("Awaiting draft: an external agent writes this touch; it appears here for "
                      "review when filled.");
    }
    m_decision->setText(decision);
    m_decision->setStyleSheet(u"background: %1; border-radius: 4px; padding: 6px;"_s.arg(colour));
    m_decision->setVisible(!decision.isEmpty());

    m_instructions->setText(d.templateInstructions.isEmpty() ? tr("(none)")
                                                             : d.templateInstructions);
    m_history->clear();
    for (const DraftStore::Touch &t : d.history) {
        const QString step = t.stepNumber > 0 ? tr("step %1 · ").arg(t.stepNumber) : QString();
        m_history->addItem(u"%1   %2%3"_s.arg(when(t.at), step, t.what));
    }
    if (d.history.isEmpty())
        m_history->addItem(tr("No earlier touches: this is the first."));

    const bool editable = r.status == u"pending_review";
    if (editors) {
        m_loading = true;
        m_subject->setText(r.subject);
        m_body->setPlainText(d.body);
        m_loading = false;
        m_savedSubject = r.subject;
        m_savedBody = d.body;
        m_dirty = false;
        m_saveState->setText(r.edited ? tr("Edited") : QString());
    }
    m_subject->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    updateUnknown();
    Q_EMIT detailShown(m_id);
}

void InboxPreview::updateUnknown()
{
    const QStringList fields
        = TemplateDrafter::placeholders(m_subject->text() + u'\n' + m_body->toPlainText());
    QStringList shown;
    for (const QString &f : fields)
        shown.append(u"{{"_s + f + u"}}"_s);
    m_unknown->setText(fields.isEmpty()
                           ? QString()
                           : tr("%n unresolved merge field(s): %1", nullptr, int(fields.size()))
                                 .arg(shown.join(u", "_s)));
}

void InboxPreview::onEdited()
{
    if (m_loading || m_id.isEmpty())
        return;
    m_dirty = m_subject->text() != m_savedSubject || m_body->toPlainText() != m_savedBody;
    updateUnknown();
    if (m_dirty) {
        m_saveState->setText(tr("Editing…"));
        m_autosave.start();
    }
}

void InboxPreview::flush()
{
    if (m_dirty)
        save();
}

void InboxPreview::save()
{
    m_autosave.stop();
    if (!m_dirty || m_id.isEmpty())
        return;
    const QString id = m_id;
    const QString subject = m_subject->text();
    const QString body = m_body->toPlainText();
    m_savedSubject = subject;
    m_savedBody = body;
    m_dirty = false;
    m_saveState->setText(tr("Saving…"));
    m_service->run<DraftStore::Decision>(
        this,
        [id, subject, body](DraftStore &store, DbError *error) {
            return store.edit(id, subject, body, error);
        },
        [this, id](int, std::optional<DraftStore::Decision> d, DbError error) {
            const bool ok = d && d->result == DraftStore::Decision::Result::Done;
            if (id == m_id)
                m_saveState->setText(ok ? tr("Saved · edited") : tr("Not saved"));
            if (ok)
                Q_EMIT saved(id);
            else
                Q_EMIT editRefused(d ? d->message : error.message);
        });
}

} // namespace Touchline
