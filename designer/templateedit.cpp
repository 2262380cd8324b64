#include "templateedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>

namespace Touchline {

using namespace Qt::StringLiterals;

const QStringList &TemplateEdit::mergeFields()
{
    // The contact columns of DESIGN.md; attributes add more per client.
    static const QStringList fields{u"first_name"_s,
                                    u"last_name"_s,
                                    u"company"_s,
                                    u"title"_s,
                                    u"email"_s,
                                    u"phone"_s,
                                    u"linkedin_url"_s,
                                    u"time_zone"_s,
                                    u"event_name"_s,
                                    u"client_id"_s};
    return fields;
}

TemplateEdit::TemplateEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("What this touch should say; type {{ for merge fields"));
    m_completer = new QCompleter(new QStringListModel(mergeFields(), this), this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer,
            qOverload<const QString &>(&QCompleter::activated),
            this,
            &TemplateEdit::insertCompletion);
}

QString TemplateEdit::prefixUnderCursor() const
{
    // The text after the last "{{" before the cursor, if no "}}" closed it.
    const QString before = toPlainText().left(textCursor().position());
    const int open = int(before.lastIndexOf(u"{{"_s));
    if (open < 0 || before.indexOf(u"}}"_s, open) >= 0)
        return u"\x1f"_s; // not inside a placeholder
    const QString prefix = before.mid(open + 2);
    for (const QChar ch : prefix) {
        if (!(ch.isLetterOrNumber() || ch == u'_'))
            return u"\x1f"_s;
    }
    return prefix;
}

void TemplateEdit::insertCompletion(const QString &field)
{
    QTextCursor cursor = textCursor();
    const QString prefix = prefixUnderCursor();
    if (prefix == u"\x1f")
        return;
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    cursor.insertText(field + u"}}"_s);
    setTextCursor(cursor);
}

void TemplateEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString prefix = prefixUnderCursor();
    if (prefix == u"\x1f") {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect r = cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0)
               + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(r);
}

void TemplateEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (!m_completer->popup()->isVisible())
        Q_EMIT editingFinished();
}

} // namespace Touchline
