// Connection settings: the embedded local database or a shared PostgreSQL server. The
// password goes to the system keychain; the settings file holds the rest.
#pragma once

#include "connectionsettings.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;

namespace Touchline {

class PasswordStore;

class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(QSettings *settings, PasswordStore *passwords, QWidget *parent = nullptr);

    // What the settings say the window should connect to: a shared server (with its password
    // from the keychain), or nothing for the embedded database.
    static std::optional<ConnectionSettings>
    saved(QSettings *settings, PasswordStore *passwords, QString *warning);

    ConnectionSettings current() const;
    bool isEmbedded() const;
    // The libpq sslmode values, weakest first.
    static const QStringList &sslModes();

    // Tries the connection the fields describe, off the GUI thread (a dead server may take
    // seconds to say so); the result shows under the form and comes as tested().
    void testConnection();
    QLabel *statusLabel() const { return m_status; }

    void accept() override;

Q_SIGNALS:
    void saveFailed(const QString &message);
    void tested(bool ok);

private:
    void load();
    void onChanged();
    void onBrowseCaFile();
    QString problem() const;
    QString caFileProblem() const;

    QSettings *m_settings = nullptr;
    PasswordStore *m_passwords = nullptr;
    QRadioButton *m_embedded = nullptr;
    QRadioButton *m_shared = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QCheckBox *m_pooled = nullptr;
    QLineEdit *m_listen = nullptr; // host[:port] of the server itself, for LISTEN
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Touchline
