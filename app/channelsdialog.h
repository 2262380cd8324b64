// File > Channel accounts…: per client and channel, the provider and its settings (shared in the
// database) and its secret (this computer's keychain). Reads and writes on a worker thread.
#pragma once

#include "channelaccounts.h"
#include "connectionsettings.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Touchline {

class ChannelsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChannelsDialog(const ConnectionSettings &settings, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    // The form's account, as it would be saved.
    ChannelAccount current() const;
    void setSecretField(const QString &secret);

    void reload();

Q_SIGNALS:
    void loaded(int accounts);
    void saved(bool ok);

private:
    void showAccounts(const QVector<ChannelAccount> &accounts);
    void showAccount(const ChannelAccount &account);
    void onSave();
    void onRemove();
    void onProviderChanged();
    // Runs job with a connection of its own on a worker thread; done gets its result here.
    void inBackground(std::function<QVariant(QSqlDatabase)> job,
                      std::function<void(QVariant)> done);

    ConnectionSettings m_settings;
    QVector<ChannelAccount> m_accounts;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_client = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_account = nullptr;
    QCheckBox *m_starttls = nullptr;
    QLineEdit *m_botUrl = nullptr;
    QLineEdit *m_agent = nullptr;
    QLineEdit *m_imap = nullptr;
    QLineEdit *m_rate = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Touchline
