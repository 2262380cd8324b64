// Connection settings as a user fills them in: the shared server's fields, the test button,
// the password in the real system keychain (a throwaway one) and never in the settings file.
#include "connectiondialog.h"
#include "passwordstore.h"
#include "testcluster.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
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
    QTest::mouseClick(d.findChild<QPushButton *>(u"test"_s), Qt::LeftButton);
    QVERIFY2(d.statusLabel()->text().contains(u"127.0.0.1"_s), qPrintable(d.statusLabel()->text()));
    QVERIFY(d.statusLabel()->text().contains(u"refused"_s));
    // The test cluster through its socket folder.
    const ConnectionSettings real = Test::TestCluster::instance().settings();
    fill(d, real.host, real.user, QString());
    port->setValue(real.port);
    QTest::mouseClick(d.findChild<QPushButton *>(u"test"_s), Qt::LeftButton);
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

TOUCHLINE_GUI_TEST_MAIN(TestConnectionDialog)

#include "tst_connectiondialog.moc"
