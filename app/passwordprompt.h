// Asks for a shared server's password for this session only, when the system keychain cannot
// hold it, and says why.
#pragma once

#include "connectionsettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Touchline {

class PasswordPrompt : public QDialog
{
    Q_OBJECT

public:
    // `reason` is the keychain's answer (PasswordStore's message).
    PasswordPrompt(const ConnectionSettings &settings,
                   const QString &reason,
                   QWidget *parent = nullptr);

    QString password() const;
    QLabel *explanation() const { return m_explanation; }

    // Shows the prompt; on OK puts the password into `settings` (in memory only).
    static bool ask(ConnectionSettings *settings, const QString &reason, QWidget *parent = nullptr);

private:
    QLabel *m_explanation = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace Touchline
