// Asks for the message a save publishes its new revisions with.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Touchline {

class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    // `changedSlugs`: campaigns edited; `movedSlugs`: campaigns only moved on the map (their
    // positions are saved too, but publish nothing).
    explicit PublishDialog(const QStringList &changedSlugs,
                           const QStringList &movedSlugs = {},
                           QWidget *parent = nullptr);

    QLineEdit *messageField() const { return m_message; }
    QPushButton *publishButton() const { return m_publish; }
    QLabel *summaryLabel() const { return m_summary; }
    // What the author typed, or the default message when the field was left empty.
    QString message() const;
    static QString defaultMessage();

private:
    QLabel *m_summary = nullptr;
    QLineEdit *m_message = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace Touchline
