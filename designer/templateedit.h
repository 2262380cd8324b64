// The template-instructions editor: typing "{{" offers the merge fields a contact carries.
#pragma once

#include <QPlainTextEdit>

class QCompleter;

namespace Touchline {

class TemplateEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TemplateEdit(QWidget *parent = nullptr);

    static const QStringList &mergeFields();
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void insertCompletion(const QString &field);
    QString prefixUnderCursor() const;

    QCompleter *m_completer = nullptr;
};

} // namespace Touchline
