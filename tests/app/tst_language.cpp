// Settings > Language: the choice is saved and, at the next start, applied to the translations
// and to numbers (a German decimal comma) alike.
#include "connection.h"
#include "language.h"
#include "mainwindow.h"
#include "testcluster.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanChosenInTheMenuAppliesAtTheNextStart();

private:
    QTemporaryDir m_settings;
};

void TestLanguage::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"TouchlineTest"_s);
    QCoreApplication::setApplicationName(u"tst_language"_s);
}

void TestLanguage::germanChosenInTheMenuAppliesAtTheNextStart()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"language"_s, true, &error), qPrintable(error));
    Connection connection(u"language"_s);
    DbError dbError;
    QVERIFY2(connection.open(cluster.settings(u"language"_s), &dbError),
             qPrintable(dbError.message));
    QCOMPARE(Language::saved(), Language::Choice::System);
    {
        MainWindow window(&connection);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.waitUntilIdle());
        auto *system = window.findChild<QAction *>(u"languageSystemAction"_s);
        auto *german = window.findChild<QAction *>(u"languageGermanAction"_s);
        QVERIFY(system && german);
        QVERIFY(system->isChecked());
        QCOMPARE(german->text(), u"Deutsch"_s);
        // Through the menus, by keyboard: Settings, Language, Deutsch.
        auto *languageMenu = window.findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(languageMenu);
        QMenu *settingsMenu = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(languageMenu->menuAction()))
                settingsMenu = a->menu();
        }
        QVERIFY(settingsMenu);
        window.menuBar()->setActiveAction(settingsMenu->menuAction());
        QTRY_VERIFY(settingsMenu->isVisible());
        settingsMenu->setActiveAction(languageMenu->menuAction());
        QTest::keyClick(settingsMenu, Qt::Key_Right);
        QTRY_VERIFY(languageMenu->isVisible());
        for (int i = 0; i < 4 && languageMenu->activeAction() != german; ++i)
            QTest::keyClick(languageMenu, Qt::Key_Down);
        QCOMPARE(languageMenu->activeAction(), german);
        QTest::keyClick(languageMenu, Qt::Key_Return);
        QTRY_VERIFY(german->isChecked());
        QCOMPARE(Language::saved(), Language::Choice::German);
        // Applied at the next start, and it says so.
        QCOMPARE(QLocale().decimalPoint(), u"."_s);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"next start"_s),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    // The next start: what main() does before it opens the window.
    Language::install(*qApp, QStringLiteral(TOUCHLINE_QM_DIR));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(12.5, 'f', 1), u"12,5"_s);
    MainWindow window(&connection);
    QVERIFY(window.waitUntilIdle());
    const QString reload = window.findChild<QAction *>(u"reloadAction"_s)->text();
    QCOMPARE(reload, QCoreApplication::translate("Touchline::MainWindow", "&Reload"));
    QVERIFY2(reload != u"&Reload"_s, qPrintable(reload));
    QVERIFY(window.findChild<QAction *>(u"languageGermanAction"_s)->isChecked());
}

TOUCHLINE_GUI_TEST_MAIN(TestLanguage)

#include "tst_language.moc"
