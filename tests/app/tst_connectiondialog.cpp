// Connection settings as a user fills them in: the shared server's fields, the test button,
// the password in the real system keychain (a throwaway one) and never in the settings file.
#include "connection.h"
#include "connectiondialog.h"
#include "connectionmonitor.h"
#include "passwordstore.h"
#include "testcluster.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void embeddedByDefault();
    void okNeedsHostDatabaseAndUser();
    void testButtonSaysWhatHappened();
    void savesSettingsAndKeepsThePasswordInTheKeychain();
    void savedConnectionComesBackWithItsPassword();
    void sslModesGoFromDisableToVerifyFull();
    void caFileIsChecked_data();
    void caFileIsChecked();
    void caFileIsSavedAndComesBack();
    void passwordIsNeitherInSettingsNorInArguments();
    void poolerModeIsSavedAndComesBack();

private:
    void
    fill(ConnectionDialog &d, const QString &host, const QString &user, const QString &password);
    QPushButton *okButton(ConnectionDialog &d);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    PasswordStore m_passwords;
};

void TestConnectionDialog::init()
{
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"touchline.ini"_s), QSettings::IniFormat);
    m_settings->clear();
}

QPushButton *TestConnectionDialog::okButton(ConnectionDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestConnectionDialog::fill(ConnectionDialog &d,
                                const QString &host,
                                const QString &user,
                                const QString &password)
{
    QTest::mouseClick(d.findChild<QRadioButton *>(u"shared"_s), Qt::LeftButton);
    auto *hostEdit = d.findChild<QLineEdit *>(u"host"_s);
    hostEdit->clear();
    QTest::keyClicks(hostEdit, host);
    auto *userEdit = d.findChild<QLineEdit *>(u"user"_s);
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    auto *passwordEdit = d.findChild<QLineEdit *>(u"password"_s);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
}

void TestConnectionDialog::embeddedByDefault()
{
    ConnectionDialog d(m_settings.get(), &m_passwords);
    QVERIFY(d.isEmbedded());
    QVERIFY(!d.findChild<QLineEdit *>(u"host"_s)->isEnabled());
    QVERIFY(okButton(d)->isEnabled());
    QString warning;
    QVERIFY(!ConnectionDialog::saved(m_settings.get(), &m_passwords, &warning));
}

void TestConnectionDialog::okNeedsHostDatabaseAndUser()
{
    ConnectionDialog d(m_settings.get(), &m_passwords);
    QTest::mouseClick(d.findChild<QRadioButton *>(u"shared"_s), Qt::LeftButton);
    QVERIFY(!okButton(d)->isEnabled());
    QCOMPARE(d.statusLabel()->text(), u"Enter the server's host name."_s);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"host"_s), u"db.example.com"_s);
    QCOMPARE(d.statusLabel()->text(), u"Enter the user name."_s);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"user"_s), u"ana"_s);
    QVERIFY(okButton(d)->isEnabled());
}

void TestConnectionDialog::testButtonSaysWhatHappened()
{
    ConnectionDialog d(m_settings.get(), &m_passwords);
    // A closed port: the reason from libpq, naming the host.
    fill(d, u"127.0.0.1"_s, u"nobody"_s, u"x"_s);
    auto *port = d.findChild<QSpinBox *>(u"port"_s);
    port->setValue(1);
    auto *test = d.findChild<QPushButton *>(u"test"_s);
    QSignalSpy tested(&d, &ConnectionDialog::tested);
    QTest::mouseClick(test, Qt::LeftButton);
    // Tried off the GUI thread: the dialog says so and the button waits for the answer.
    QCOMPARE(d.statusLabel()->text(), u"Connecting…"_s);
    QVERIFY(!test->isEnabled());
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    QVERIFY(test->isEnabled());
    QVERIFY2(d.statusLabel()->text().contains(u"127.0.0.1"_s), qPrintable(d.statusLabel()->text()));
    QVERIFY(d.statusLabel()->text().contains(u"refused"_s));
    // The test cluster through its socket folder.
    const ConnectionSettings real = Test::TestCluster::instance().settings();
    fill(d, real.host, real.user, QString());
    port->setValue(real.port);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.at(1).at(0).toBool(), true);
    QVERIFY2(d.statusLabel()->text().startsWith(u"Connected: PostgreSQL 15"_s),
             qPrintable(d.statusLabel()->text()));
}

void TestConnectionDialog::savesSettingsAndKeepsThePasswordInTheKeychain()
{
    const QString secret = u"s3cr3t-Ümlaut!"_s;
    {
        ConnectionDialog d(m_settings.get(), &m_passwords);
        fill(d, u"db.example.com"_s, u"ana"_s, secret);
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    m_settings->sync();
    QCOMPARE(m_settings->value(u"connection/host"_s).toString(), u"db.example.com"_s);
    QCOMPARE(m_settings->value(u"connection/user"_s).toString(), u"ana"_s);
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("db.example.com"));
    QVERIFY2(!text.contains(secret.toUtf8()) && !text.contains("s3cr3t"), text.constData());

    ConnectionSettings key;
    key.host = u"db.example.com"_s;
    key.user = u"ana"_s;
    QString password;
    QString error;
    QVERIFY2(m_passwords.read(PasswordStore::keyFor(key), &password, &error), qPrintable(error));
    QCOMPARE(password, secret);
}

void TestConnectionDialog::savedConnectionComesBackWithItsPassword()
{
    {
        ConnectionDialog d(m_settings.get(), &m_passwords);
        fill(d, u"10.0.0.5"_s, u"ops"_s, u"pw-123"_s);
        d.findChild<QSpinBox *>(u"port"_s)->setValue(6543);
        QTest::mouseClick(okButton(d), Qt::LeftButton);
    }
    QString warning;
    const auto saved = ConnectionDialog::saved(m_settings.get(), &m_passwords, &warning);
    QVERIFY(saved);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(saved->host, u"10.0.0.5"_s);
    QCOMPARE(saved->port, 6543);
    QCOMPARE(saved->password, u"pw-123"_s);
    // The dialog reopens with what was saved, the password included.
    ConnectionDialog again(m_settings.get(), &m_passwords);
    QVERIFY(!again.isEmbedded());
    QCOMPARE(again.findChild<QLineEdit *>(u"password"_s)->text(), u"pw-123"_s);
    // Unticking "remember" forgets the password.
    QTest::mouseClick(again.findChild<QCheckBox *>(u"remember"_s), Qt::LeftButton);
    QTest::mouseClick(okButton(again), Qt::LeftButton);
    QCOMPARE(ConnectionDialog::saved(m_settings.get(), &m_passwords, &warning)->password,
             QString());
}

void TestConnectionDialog::sslModesGoFromDisableToVerifyFull()
{
    ConnectionDialog d(m_settings.get(), &m_passwords);
    auto *mode = d.findChild<QComboBox *>(u"sslmode"_s);
    QStringList items;
    for (int i = 0; i < mode->count(); ++i)
        items.append(mode->itemText(i));
    QCOMPARE(items,
             QStringList({u"disable"_s,
                          u"allow"_s,
                          u"prefer"_s,
                          u"require"_s,
                          u"verify-ca"_s,
                          u"verify-full"_s}));
    QCOMPARE(mode->currentText(), u"prefer"_s);
}

void TestConnectionDialog::caFileIsChecked_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("caFile");  // "CA" is a readable certificate, "DIR" a folder
    QTest::addColumn<QString>("problem"); // empty: OK is enabled
    QTest::addRow("verify-ca without a file")
        << u"verify-ca"_s << QString() << u"SSL mode verify-ca checks"_s;
    QTest::addRow("verify-full without a file")
        << u"verify-full"_s << QString() << u"choose the CA file"_s;
    QTest::addRow("verify-full with the file") << u"verify-full"_s << u"CA"_s << QString();
    QTest::addRow("verify-ca with the file") << u"verify-ca"_s << u"CA"_s << QString();
    QTest::addRow("missing file") << u"verify-ca"_s << u"/nonexistent/root.crt"_s
                                  << u"The CA file /nonexistent/root.crt does not exist."_s;
    QTest::addRow("a folder") << u"require"_s << u"DIR"_s << u"cannot be read"_s;
    QTest::addRow("require needs no file") << u"require"_s << QString() << QString();
    QTest::addRow("disable") << u"disable"_s << QString() << QString();
}

void TestConnectionDialog::caFileIsChecked()
{
    QFETCH(QString, mode);
    QFETCH(QString, caFile);
    QFETCH(QString, problem);
    const QString ca = m_dir.filePath(u"root.crt"_s);
    QFile file(ca);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    file.close();
    if (caFile == u"CA")
        caFile = ca;
    else if (caFile == u"DIR")
        caFile = m_dir.path();

    ConnectionDialog d(m_settings.get(), &m_passwords);
    fill(d, u"db.example.com"_s, u"ana"_s, u"pw"_s);
    d.findChild<QComboBox *>(u"sslmode"_s)->setCurrentText(mode);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"caFile"_s), caFile);
    if (problem.isEmpty()) {
        QVERIFY2(okButton(d)->isEnabled(), qPrintable(d.statusLabel()->text()));
        QCOMPARE(d.current().connectOptions.contains(u"sslrootcert="_s + ca), caFile == ca);
    } else {
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY2(d.statusLabel()->text().contains(problem), qPrintable(d.statusLabel()->text()));
        // Enter in a field does not get past the rule either.
        QTest::keyClick(d.findChild<QLineEdit *>(u"host"_s), Qt::Key_Return);
        QVERIFY(d.result() != QDialog::Accepted);
    }
}

void TestConnectionDialog::poolerModeIsSavedAndComesBack()
{
    {
        ConnectionDialog d(m_settings.get(), &m_passwords);
        fill(d, u"pool.example.com"_s, u"ana"_s, u"pw"_s);
        auto *listen = d.findChild<QLineEdit *>(u"listenHost"_s);
        QVERIFY(!listen->isEnabled()); // only with the pooler
        QTest::mouseClick(d.findChild<QCheckBox *>(u"pooled"_s), Qt::LeftButton);
        QVERIFY(listen->isEnabled());
        QTest::keyClicks(listen, u"db.example.com:"_s);
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY2(d.statusLabel()->text().contains(u"host:port"_s),
                 qPrintable(d.statusLabel()->text()));
        QTest::keyClicks(listen, u"5433"_s);
        QVERIFY2(okButton(d)->isEnabled(), qPrintable(d.statusLabel()->text()));
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    QString warning;
    const auto saved = ConnectionDialog::saved(m_settings.get(), &m_passwords, &warning);
    QVERIFY(saved && saved->pooled);
    QCOMPARE(saved->listenSettings()->host, u"db.example.com"_s);
    QCOMPARE(saved->listenSettings()->port, 5433);
    QVERIFY(saved->toUrl().contains(
        u"pooler=transaction&listen_host=db.example.com&listen_port=5433"_s));
    QString error;
    const auto parsed = ConnectionSettings::fromUrl(saved->toUrl(), &error);
    QVERIFY2(parsed && parsed->pooled && parsed->listenPort == 5433, qPrintable(error));
    QVERIFY(!ConnectionSettings::fromUrl(u"postgresql://a@h/db?pooler=statement"_s, &error));
    QVERIFY2(error.contains(u"pooler=statement"_s), qPrintable(error));
    ConnectionDialog again(m_settings.get(), &m_passwords);
    QVERIFY(again.findChild<QCheckBox *>(u"pooled"_s)->isChecked());
    QCOMPARE(again.findChild<QLineEdit *>(u"listenHost"_s)->text(), u"db.example.com:5433"_s);
}

void TestConnectionDialog::caFileIsSavedAndComesBack()
{
    const QString ca = m_dir.filePath(u"server-ca.pem"_s);
    QFile file(ca);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();
    {
        ConnectionDialog d(m_settings.get(), &m_passwords);
        fill(d, u"db.example.com"_s, u"ana"_s, u"pw"_s);
        d.findChild<QComboBox *>(u"sslmode"_s)->setCurrentText(u"verify-full"_s);
        QTest::keyClicks(d.findChild<QLineEdit *>(u"caFile"_s), ca);
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    QString warning;
    const auto saved = ConnectionDialog::saved(m_settings.get(), &m_passwords, &warning);
    QVERIFY(saved);
    QCOMPARE(saved->connectOptions, u"sslmode=verify-full;sslrootcert="_s + ca);
    ConnectionDialog again(m_settings.get(), &m_passwords);
    QCOMPARE(again.findChild<QComboBox *>(u"sslmode"_s)->currentText(), u"verify-full"_s);
    QCOMPARE(again.findChild<QLineEdit *>(u"caFile"_s)->text(), ca);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.grab().save(u"/tmp/touchline-connection-dialog.png"_s);
}

void TestConnectionDialog::passwordIsNeitherInSettingsNorInArguments()
{
    // Saved through the dialog, read back from the keychain, then used for a real connection
    // and a worker thread's monitor connection, as the window does.
    const QString secret = u"pw-Zq8!never-in-argv"_s;
    const ConnectionSettings real = Test::TestCluster::instance().settings();
    {
        ConnectionDialog d(m_settings.get(), &m_passwords);
        fill(d, real.host, real.user, secret);
        d.findChild<QSpinBox *>(u"port"_s)->setValue(real.port);
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    QString warning;
    auto saved = ConnectionDialog::saved(m_settings.get(), &m_passwords, &warning);
    QVERIFY(saved);
    QCOMPARE(saved->password, secret);
    Connection connection(u"secret-check"_s);
    DbError error;
    QVERIFY2(connection.open(*saved, &error, false), qPrintable(error.message));
    ConnectionMonitor monitor(connection.settings());
    monitor.setProbeInterval(50);
    monitor.start();
    QTest::qWait(300);
    QCOMPARE(monitor.state(), ConnectionMonitor::State::Connected);

    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains(real.host.toUtf8()));
    QVERIFY2(!text.contains(secret.toUtf8()), text.constData());
    QFile cmdline(u"/proc/self/cmdline"_s);
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray arguments = cmdline.readAll();
    QVERIFY(!arguments.isEmpty());
    QVERIFY2(!arguments.contains(secret.toUtf8()), arguments.constData());
    QVERIFY(!arguments.contains("never-in-argv"));

    // A running touchline window, started as a user starts it: the saved shared connection,
    // its password from the keychain. Once it is connected (its dispatcher shows in
    // pg_stat_activity), neither its arguments nor its environment hold the password.
    QTemporaryDir config;
    QVERIFY(QDir(config.path()).mkpath(u"Touchline"_s));
    QVERIFY(QFile::copy(m_settings->fileName(), config.filePath(u"Touchline/touchline.conf"_s)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"TOUCHLINE_DB"_s, QString());
    QProcess touchline;
    touchline.setProcessEnvironment(env);
    touchline.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    touchline.start(QStringLiteral(TOUCHLINE_EXE), {});
    QVERIFY(touchline.waitForStarted());
    const QString pid = QString::number(touchline.processId());
    const QString countDispatchers = u"select count(*) from pg_stat_activity where "
                                     "application_name = 'touchline-dispatcher'"_s;
    QSqlQuery q(connection.database());
    bool connected = false;
    for (int i = 0; i < 300 && !connected && touchline.state() == QProcess::Running; ++i) {
        QTest::qWait(100);
        connected = q.exec(countDispatchers) && q.next() && q.value(0).toInt() > 0;
    }
    QVERIFY2(connected, qPrintable(QString::fromUtf8(touchline.readAllStandardError())));
    for (const QString &what : {u"cmdline"_s, u"environ"_s}) {
        QFile file(u"/proc/%1/%2"_s.arg(pid, what));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.isEmpty(), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains("never-in-argv"), qPrintable(file.fileName()));
    }
    // It read the saved settings: the environment it was given is the one we read.
    QFile environ(u"/proc/%1/environ"_s.arg(pid));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    QVERIFY(environ.readAll().contains(config.path().toUtf8()));
    touchline.terminate(); // SIGTERM: an orderly quit
    QVERIFY(touchline.waitForFinished(20000));
    QCOMPARE(touchline.exitStatus(), QProcess::NormalExit);
}

TOUCHLINE_GUI_TEST_MAIN(TestConnectionDialog)

#include "tst_connectiondialog.moc"
