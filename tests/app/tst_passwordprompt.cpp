// Without a keychain (no session bus at all) a saved shared connection comes back without its
// password and with the keychain's reason; the prompt says why and asks for this session only.
#include "connectiondialog.h"
#include "passwordprompt.h"
#include "passwordstore.h"
#include "testcluster.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestPasswordPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noKeychainAsksEachSessionAndSaysWhy();
};

void TestPasswordPrompt::noKeychainAsksEachSessionAndSaysWhy()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"touchline.ini"_s), QSettings::IniFormat);
    settings.setValue(u"connection/mode"_s, u"shared"_s);
    settings.setValue(u"connection/host"_s, u"db.example.com"_s);
    settings.setValue(u"connection/user"_s, u"ana"_s);
    settings.sync();
    PasswordStore passwords;
    QString warning;
    auto saved = ConnectionDialog::saved(&settings, &passwords, &warning);
    QVERIFY(saved);
    QVERIFY(saved->password.isEmpty());
    QVERIFY2(warning.startsWith(u"the system keychain refused: "_s), qPrintable(warning));

    PasswordPrompt prompt(*saved, warning);
    prompt.open();
    const QString text = prompt.explanation()->text();
    QVERIFY2(text.contains(warning), qPrintable(text));
    QVERIFY(text.contains(u"ana@db.example.com"_s));
    QVERIFY(text.contains(u"asked again at the next start"_s));
    QTest::keyClicks(prompt.findChild<QLineEdit *>(u"password"_s), u"session-only-pw"_s);
    QTest::mouseClick(prompt.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(prompt.result(), int(QDialog::Accepted));
    QCOMPARE(prompt.password(), u"session-only-pw"_s);

    // The next start knows nothing of it.
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("session-only-pw"));
    QCOMPARE(ConnectionDialog::saved(&settings, &passwords, &warning)->password, QString());
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // No session bus: the keychain cannot answer, as on a headless or minimal desktop.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QApplication app(argc, argv);
    TestPasswordPrompt tc;
    return Touchline::Test::runTests(&tc, argc, argv, false);
}

#include "tst_passwordprompt.moc"
