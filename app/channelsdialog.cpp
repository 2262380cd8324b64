#include "channelsdialog.h"

#include "database.h"
#include "tr.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {
std::atomic<int> jobCount{0};
}

ChannelsDialog::ChannelsDialog(const ConnectionSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Channel accounts"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"channelsTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Client"), tr("Channel"), tr("Provider"), tr("Server or API"), tr("Sender")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_accounts.size())
            showAccount(m_accounts.at(row));
    });

    m_client = new QLineEdit(this);
    m_channel = new QComboBox(this);
    m_channel->addItems(Vocabulary::channels());
    m_provider = new QComboBox(this);
    m_provider->addItems({u"smtp"_s, u"twilio"_s, u"webhook"_s, u"manual"_s});
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("smtps://mail.example.com:465, https://api.twilio.com, …"));
    m_from = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_account = new QLineEdit(this);
    m_starttls = new QCheckBox(tr("Require STARTTLS"), this);
    m_botUrl = new QLineEdit(this);
    m_botUrl->setPlaceholderText(tr("wss://bot.example/stream or sip:bot@example.com"));
    m_agent = new QLineEdit(this);
    m_imap = new QLineEdit(this);
    m_imap->setPlaceholderText(tr("imaps://mail.example.com/INBOX (replies and bounces)"));
    m_rate = new QLineEdit(this);
    m_rate->setPlaceholderText(tr("sends per second (empty: no limit)"));
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(
        tr("kept in this computer's keychain; empty keeps the current one"));
    connect(m_provider, &QComboBox::currentTextChanged, this, &ChannelsDialog::onProviderChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("Client"), m_client);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Server or API URL"), m_url);
    form->addRow(tr("Sender"), m_from);
    form->addRow(tr("Login"), m_user);
    form->addRow(tr("Account SID"), m_account);
    form->addRow(QString(), m_starttls);
    form->addRow(tr("Voicebot"), m_botUrl);
    form->addRow(tr("Agent number"), m_agent);
    form->addRow(tr("Reply mailbox"), m_imap);
    form->addRow(tr("Rate limit"), m_rate);
    form->addRow(tr("Password, token or key"), m_secret);

    m_status = new QLabel(this);
    m_status->setObjectName(u"channelsStatus"_s);
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Save account"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    connect(m_save, &QPushButton::clicked, this, &ChannelsDialog::onSave);
    connect(m_remove, &QPushButton::clicked, this, &ChannelsDialog::onRemove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addWidget(m_remove);
    row->addStretch();
    row->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(row);
    resize(820, 680);
    onProviderChanged();
    reload();
}

void ChannelsDialog::inBackground(std::function<QVariant(QSqlDatabase)> job,
                                  std::function<void(QVariant)> done)
{
    QPointer<ChannelsDialog> self(this);
    const ConnectionSettings settings = m_settings;
    QThread *thread = QThread::create([self, settings, job, done] {
        const QString name = u"touchline-channels-%1"_s.arg(++jobCount);
        QVariant result;
        {
            DbError error;
            QSqlDatabase db = Database::open(settings, name, &error);
            result = db.isOpen() ? job(db) : QVariant(error.message);
        }
        Database::close(name);
        QMetaObject::invokeMethod(
            qApp,
            [self, done, result] {
                if (self)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ChannelsDialog::reload()
{
    m_status->setText(tr("Loading…"));
    inBackground(
        [](QSqlDatabase db) {
            DbError error;
            const auto list = ChannelAccounts(db).list(&error);
            return list ? QVariant::fromValue(*list) : QVariant(error.message);
        },
        [this](const QVariant &result) {
            if (result.typeId() == QMetaType::QString) {
                m_status->setText(
                    tr("Could not read the channel accounts: %1").arg(result.toString()));
                return;
            }
            showAccounts(result.value<QVector<ChannelAccount>>());
        });
}

void ChannelsDialog::showAccounts(const QVector<ChannelAccount> &accounts)
{
    m_accounts = accounts;
    m_table->setRowCount(int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const ChannelAccount &a = accounts.at(i);
        const QStringList cells{a.clientId, a.channel, a.provider, a.url, a.from};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_status->setText(accounts.isEmpty()
                          ? tr("No channel account yet: nothing is sent until one is set.")
                          : tr("%n account(s). Secrets stay in this computer's keychain.",
                               nullptr,
                               int(accounts.size())));
    Q_EMIT loaded(int(accounts.size()));
}

void ChannelsDialog::showAccount(const ChannelAccount &a)
{
    m_client->setText(a.clientId);
    m_channel->setCurrentText(a.channel);
    m_provider->setCurrentText(a.provider);
    m_url->setText(a.url);
    m_from->setText(a.from);
    m_user->setText(a.user);
    m_account->setText(a.account);
    m_starttls->setChecked(a.starttls);
    m_botUrl->setText(a.setting(u"bot_url"_s));
    m_agent->setText(a.setting(u"agent_number"_s));
    m_imap->setText(a.setting(u"imap_url"_s));
    const double rate = a.ratePerSecond();
    m_rate->setText(rate > 0 ? QString::number(rate) : QString());
    m_secret->clear();
}

ChannelAccount ChannelsDialog::current() const
{
    ChannelAccount a;
    a.clientId = m_client->text().trimmed();
    a.channel = m_channel->currentText();
    a.provider = m_provider->currentText();
    a.url = m_url->text().trimmed();
    a.from = m_from->text().trimmed();
    a.user = m_user->text().trimmed();
    a.account = m_account->text().trimmed();
    a.starttls = m_starttls->isChecked();
    const QList<QPair<QString, QLineEdit *>> settings{
        {u"bot_url"_s, m_botUrl}, {u"agent_number"_s, m_agent}, {u"imap_url"_s, m_imap}};
    for (const auto &s : settings) {
        if (!s.second->text().trimmed().isEmpty())
            a.settings.insert(s.first, s.second->text().trimmed());
    }
    if (m_rate->text().toDouble() > 0)
        a.settings.insert(u"rate_per_second"_s, m_rate->text().toDouble());
    return a;
}

void ChannelsDialog::setSecretField(const QString &secret)
{
    m_secret->setText(secret);
}

void ChannelsDialog::onProviderChanged()
{
    const QString p = m_provider->currentText();
    m_user->setEnabled(p == u"smtp");
    m_starttls->setEnabled(p == u"smtp");
    m_account->setEnabled(p == u"twilio");
    m_botUrl->setEnabled(p == u"twilio");
    m_agent->setEnabled(p == u"twilio");
    m_imap->setEnabled(p == u"smtp");
    m_url->setEnabled(p != u"manual");
    m_secret->setEnabled(p != u"manual");
}

void ChannelsDialog::onSave()
{
    const ChannelAccount a = current();
    const QStringList problems = ChannelAccounts::problems(a);
    if (!problems.isEmpty()) {
        m_status->setText(tr("Not saved: %1").arg(problems.join(u"; "_s)));
        Q_EMIT saved(false);
        return;
    }
    const QString secret = m_secret->text();
    m_secret->clear();
    m_status->setText(tr("Saving…"));
    inBackground(
        [a, secret](QSqlDatabase db) {
            DbError error;
            if (!ChannelAccounts(db).save(a, &error))
                return QVariant(error.message);
            QString why;
            if (!secret.isEmpty()
                && !ChannelAccounts::storeSecret(a.clientId, a.channel, secret, &why))
                return QVariant(Tr::tr("saved, but the secret is not: %1").arg(why));
            return QVariant();
        },
        [this](const QVariant &result) {
            if (!result.isNull()) {
                m_status->setText(tr("Not saved: %1").arg(result.toString()));
                Q_EMIT saved(false);
                return;
            }
            Q_EMIT saved(true);
            reload();
        });
}

void ChannelsDialog::onRemove()
{
    const ChannelAccount a = current();
    inBackground(
        [a](QSqlDatabase db) {
            DbError error;
            return ChannelAccounts(db).remove(a.clientId, a.channel, &error)
                       ? QVariant()
                       : QVariant(error.message);
        },
        [this](const QVariant &result) {
            if (!result.isNull())
                m_status->setText(tr("Not removed: %1").arg(result.toString()));
            else
                reload();
        });
}

} // namespace Touchline
