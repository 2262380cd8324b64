#include "connectiondialog.h"

#include "database.h"
#include "passwordstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QThread>
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
    m_sslMode->addItems(sslModes());
    m_sslMode->setCurrentText(u"prefer"_s);
    m_sslMode->setToolTip(tr("verify-ca checks the server's certificate against the CA file; "
                             "verify-full also checks that it names the host"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(
        tr("The server's CA certificate (PEM), for verify-ca and verify-full"));
    m_browseCa = new QPushButton(tr("&Browse…"), this);
    m_browseCa->setObjectName(u"browseCaFile"_s);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);

    m_pooled
        = new QCheckBox(tr("Through a connection pooler in transaction mode (PgBouncer)"), this);
    m_pooled->setObjectName(u"pooled"_s);
    m_pooled->setToolTip(tr("Keeps no session state on the server: no prepared statements, "
                            "settings only inside transactions"));
    m_listen = new QLineEdit(this);
    m_listen->setObjectName(u"listenHost"_s);
    m_listen->setPlaceholderText(
        tr("host:port of the server itself, for live updates (empty: poll every 2 s)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("SS&L:"), m_sslMode);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_pooled);
    auto *listenLabel = new QLabel(tr("&Live updates from:"), this);
    listenLabel->setBuddy(m_listen);
    form->addRow(listenLabel, m_listen);

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
    connect(m_caFile, &QLineEdit::textChanged, this, &ConnectionDialog::onChanged);
    connect(m_pooled, &QCheckBox::toggled, this, &ConnectionDialog::onChanged);
    connect(m_listen, &QLineEdit::textChanged, this, &ConnectionDialog::onChanged);
    connect(m_sslMode, &QComboBox::currentTextChanged, this, &ConnectionDialog::onChanged);
    connect(m_browseCa, &QPushButton::clicked, this, &ConnectionDialog::onBrowseCaFile);
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    load();
    onChanged();
    setMinimumWidth(560); // room for a CA file's path
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
    const QString caFile = settings->value(u"sslrootcert"_s).toString();
    s.pooled = settings->value(u"pooled"_s, false).toBool();
    s.listenHost = settings->value(u"listen_host"_s).toString();
    s.listenPort = settings->value(u"listen_port"_s, 5432).toInt();
    settings->endGroup();
    if (!shared || s.host.isEmpty())
        return std::nullopt;
    s.connectOptions = u"sslmode="_s + sslMode;
    if (!caFile.isEmpty())
        s.connectOptions += u";sslrootcert="_s + caFile;
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
    m_settings->beginGroup(u"connection"_s);
    m_sslMode->setCurrentText(m_settings->value(u"sslmode"_s, u"prefer"_s).toString());
    m_caFile->setText(m_settings->value(u"sslrootcert"_s).toString());
    m_settings->endGroup();
    m_pooled->setChecked(s->pooled);
    if (!s->listenHost.isEmpty())
        m_listen->setText(s->listenHost + u':' + QString::number(s->listenPort));
    if (!warning.isEmpty())
        m_status->setText(warning);
}

namespace {

// "host" or "host:port" (default 5432) of the server that live updates come from; nullopt when
// either part is malformed.
std::optional<std::pair<QString, int>> listenAddress(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QString host = text.section(u':', 0, 0);
    const int port = text.contains(u':') ? text.section(u':', 1).toInt() : 5432;
    if (host.isEmpty() || port <= 0)
        return std::nullopt;
    return std::make_pair(host, port);
}

} // namespace

ConnectionSettings ConnectionDialog::current() const
{
    ConnectionSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.connectOptions = u"sslmode="_s + m_sslMode->currentText();
    if (!m_caFile->text().trimmed().isEmpty())
        s.connectOptions += u";sslrootcert="_s + m_caFile->text().trimmed();
    s.pooled = m_pooled->isChecked();
    const auto listen = listenAddress(m_listen->text().trimmed());
    if (s.pooled && listen) {
        s.listenHost = listen->first;
        s.listenPort = listen->second;
    }
    return s;
}

const QStringList &ConnectionDialog::sslModes()
{
    static const QStringList modes{
        u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

bool ConnectionDialog::isEmbedded() const
{
    return m_embedded->isChecked();
}

void ConnectionDialog::onChanged()
{
    const bool shared = m_shared->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_host,
                                                       m_port,
                                                       m_database,
                                                       m_user,
                                                       m_password,
                                                       m_remember,
                                                       m_sslMode,
                                                       m_caFile,
                                                       m_browseCa,
                                                       m_pooled,
                                                       m_test})
        w->setEnabled(shared);
    m_listen->setEnabled(shared && m_pooled->isChecked());
    const QString text = shared ? problem() : QString();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    m_test->setEnabled(shared && text.isEmpty());
    m_status->setText(text);
    m_status->setStyleSheet(QString());
}

QString ConnectionDialog::problem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's host name.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the database name.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the user name.");
    const QString listen = m_listen->text().trimmed();
    if (m_pooled->isChecked() && !listen.isEmpty() && !listenAddress(listen))
        return tr("Live updates from: write the server as host or host:port, not %1.").arg(listen);
    return caFileProblem();
}

QString ConnectionDialog::caFileProblem() const
{
    const QString mode = m_sslMode->currentText();
    const QString path = m_caFile->text().trimmed();
    if (path.isEmpty()) {
        if (mode == u"verify-ca" || mode == u"verify-full")
            return tr("SSL mode %1 checks the server's certificate against a CA certificate: "
                      "choose the CA file, or pick a weaker SSL mode.")
                .arg(mode);
        return {};
    }
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The CA file %1 does not exist.").arg(path);
    if (!info.isFile() || !info.isReadable())
        return tr("The CA file %1 cannot be read.").arg(path);
    return {};
}

void ConnectionDialog::onBrowseCaFile()
{
    const QString name
        = QFileDialog::getOpenFileName(this,
                                       tr("The server's CA certificate"),
                                       m_caFile->text(),
                                       tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!name.isEmpty())
        m_caFile->setText(name);
}

void ConnectionDialog::testConnection()
{
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting…"));
    m_status->setStyleSheet(QString());
    QPointer<ConnectionDialog> self(this);
    const ConnectionSettings settings = current();
    QThread *thread = QThread::create([self, settings] {
        const QString name = u"connection-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
        DbError error;
        QString serverVersion;
        {
            QSqlDatabase db = Database::open(settings, name, &error);
            if (!error) {
                QSqlQuery q(db);
                if (q.exec(u"show server_version"_s) && q.next())
                    serverVersion = q.value(0).toString();
            }
        }
        Database::close(name);
        QMetaObject::invokeMethod(
            qApp,
            [self, error, serverVersion] {
                if (!self)
                    return;
                self->m_test->setEnabled(self->m_shared->isChecked() && self->problem().isEmpty());
                if (error) {
                    self->m_status->setText(error.message);
                    self->m_status->setStyleSheet(u"color: #b3261e;"_s);
                } else {
                    self->m_status->setText(tr("Connected: PostgreSQL %1").arg(serverVersion));
                    self->m_status->setStyleSheet(u"color: #1e7b34;"_s);
                }
                Q_EMIT self->tested(!error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectionDialog::accept()
{
    if (!isEmbedded() && !problem().isEmpty())
        return; // Enter in a field: the same rule as the disabled OK button
    m_settings->beginGroup(u"connection"_s);
    m_settings->setValue(u"mode"_s, isEmbedded() ? u"embedded"_s : u"shared"_s);
    if (!isEmbedded()) {
        const ConnectionSettings s = current();
        m_settings->setValue(u"host"_s, s.host);
        m_settings->setValue(u"port"_s, s.port);
        m_settings->setValue(u"database"_s, s.database);
        m_settings->setValue(u"user"_s, s.user);
        m_settings->setValue(u"sslmode"_s, m_sslMode->currentText());
        m_settings->setValue(u"sslrootcert"_s, m_caFile->text().trimmed());
        m_settings->setValue(u"pooled"_s, s.pooled);
        m_settings->setValue(u"listen_host"_s, s.listenHost);
        m_settings->setValue(u"listen_port"_s, s.listenPort);
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
