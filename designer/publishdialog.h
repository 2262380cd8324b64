// Asks for the message a save publishes its new revisions with.
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Touchline {

class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(const QStringList &changedSlugs, QWidget *parent = nullptr);

    QLineEdit *messageField() const { return m_message; }
    QPushButton *publishButton() const { return m_publish; }
    // What the author typed, or the default message when the field was left empty.
    QString message() const;
    static QString defaultMessage();

private:
    QLineEdit *m_message = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace Touchline
