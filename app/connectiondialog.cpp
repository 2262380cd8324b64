#include "connectiondialog.h"

#include "database.h"
#include "passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QUuid>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

ConnectionDialog::ConnectionDialog(QSettings *settings, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_passwords(passwords)
{
    setWindowTitle(tr("Database connection"));
    m_embedded = new QRadioButton(tr("&Embedded local database on this computer"), this);
    m_shared = new QRadioButton(tr("&Shared PostgreSQL server"), this);
    m_embedded->setObjectName(u"embedded"_s);
    m_shared->setObjectName(u"shared"_s);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(u"touchline"_s, this);
    m_database->setObjectName(u"database"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setObjectName(u"remember"_s);
    m_remember->setChecked(true);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"sslmode"_s);
    m_sslMode->addItems({u"prefer"_s, u"require"_s, u"verify-full"_s, u"disable"_s});

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("SS&L:"), m_sslMode);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(u"test"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_embedded);
    layout->addWidget(m_shared);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_embedded, &QRadioButton::toggled, this, &ConnectionDialog::onChanged);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectionDialog::onChanged);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectionDialog::onChanged);
    connect(m_user, &QLineEdit::textChanged, this, &ConnectionDialog::onChanged);
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    load();
    onChanged();
}

std::optional<ConnectionSettings>
ConnectionDialog::saved(QSettings *settings, PasswordStore *passwords, QString *warning)
{
    settings->beginGroup(u"connection"_s);
    const bool shared = settings->value(u"mode"_s).toString() == u"shared";
    ConnectionSettings s;
    s.host = settings->value(u"host"_s).toString();
    s.port = settings->value(u"port"_s, 5432).toInt();
    s.database = settings->value(u"database"_s, u"touchline"_s).toString();
    s.user = settings->value(u"user"_s).toString();
    const QString sslMode = settings->value(u"sslmode"_s, u"prefer"_s).toString();
    settings->endGroup();
    if (!shared || s.host.isEmpty())
        return std::nullopt;
    s.connectOptions = u"sslmode="_s + sslMode;
    QString error;
    if (!passwords->read(PasswordStore::keyFor(s), &s.password, &error))
        *warning = error;
    return s;
}

void ConnectionDialog::load()
{
    QString warning;
    const auto s = saved(m_settings, m_passwords, &warning);
    m_embedded->setChecked(!s);
    m_shared->setChecked(s.has_value());
    if (!s)
        return;
    m_host->setText(s->host);
    m_port->setValue(s->port);
    m_database->setText(s->database);
    m_user->setText(s->user);
    m_password->setText(s->password);
    m_sslMode->setCurrentText(s->connectOptions.section(u'=', 1));
    if (!warning.isEmpty())
        m_status->setText(warning);
}

ConnectionSettings ConnectionDialog::current() const
{
    ConnectionSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.connectOptions = u"sslmode="_s + m_sslMode->currentText();
    return s;
}

bool ConnectionDialog::isEmbedded() const
{
    return m_embedded->isChecked();
}

void ConnectionDialog::onChanged()
{
    const bool shared = m_shared->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_host, m_port, m_database, m_user, m_password, m_remember, m_sslMode, m_test})
        w->setEnabled(shared);
    QString problem;
    if (shared && m_host->text().trimmed().isEmpty())
        problem = tr("Enter the server's host name.");
    else if (shared && m_database->text().trimmed().isEmpty())
        problem = tr("Enter the database name.");
    else if (shared && m_user->text().trimmed().isEmpty())
        problem = tr("Enter the user name.");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_status->setText(problem);
    m_status->setStyleSheet(QString());
}

bool ConnectionDialog::testConnection()
{
    const QString name = u"connection-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
    DbError error;
    QString serverVersion;
    {
        QSqlDatabase db = Database::open(current(), name, &error);
        if (!error) {
            QSqlQuery q(db);
            if (q.exec(u"show server_version"_s) && q.next())
                serverVersion = q.value(0).toString();
        }
    }
    Database::close(name);
    if (error) {
        m_status->setText(error.message);
        m_status->setStyleSheet(u"color: #b3261e;"_s);
        return false;
    }
    m_status->setText(tr("Connected: PostgreSQL %1").arg(serverVersion));
    m_status->setStyleSheet(u"color: #1e7b34;"_s);
    return true;
}

void ConnectionDialog::accept()
{
    m_settings->beginGroup(u"connection"_s);
    m_settings->setValue(u"mode"_s, isEmbedded() ? u"embedded"_s : u"shared"_s);
    if (!isEmbedded()) {
        const ConnectionSettings s = current();
        m_settings->setValue(u"host"_s, s.host);
        m_settings->setValue(u"port"_s, s.port);
        m_settings->setValue(u"database"_s, s.database);
        m_settings->setValue(u"user"_s, s.user);
        m_settings->setValue(u"sslmode"_s, m_sslMode->currentText());
        m_settings->endGroup();
        m_settings->sync();
        QString error;
        const bool stored = m_remember->isChecked()
                                ? m_passwords->write(PasswordStore::keyFor(s), s.password, &error)
                                : m_passwords->remove(PasswordStore::keyFor(s), &error);
        if (!stored) {
            // The settings are kept; only the password could not be, and the user must know.
            m_status->setText(error);
            m_status->setStyleSheet(u"color: #b3261e;"_s);
            Q_EMIT saveFailed(error);
            return;
        }
    } else {
        m_settings->endGroup();
        m_settings->sync();
    }
    QDialog::accept();
}

} // namespace Touchline
