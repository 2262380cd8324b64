// The first start of the window on the embedded database: the cluster is created and the demo
// flows loaded behind a progress dialog that says what it does, with the event loop running
// meanwhile; the window's own connection then opens at once. A second start says it starts
// the database and loads nothing again.
#include "connection.h"
#include "firstrun.h"

#include <QApplication>
#include <QFile>
#include <QProgressDialog>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "testcluster.h"

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstStartShowsProgressAndLoadsTheDemo();

private:
    QTemporaryDir m_home;
};

void TestFirstRun::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The server runs as postgres when the tests run as root: it must reach the folder.
    QVERIFY(QFile::setPermissions(m_home.path(),
                                  QFile::permissions(m_home.path()) | QFile::ExeGroup
                                      | QFile::ReadGroup | QFile::ExeOther | QFile::ReadOther));
    // A home of its own: the embedded cluster does not exist yet.
    qputenv("TOUCHLINE_HOME", m_home.path().toLocal8Bit());
}

void TestFirstRun::firstStartShowsProgressAndLoadsTheDemo()
{
    int ticks = 0;
    QStringList visible; // what the dialog showed while it was up
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        ++ticks;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(w);
            if (!dialog || !dialog->isVisible() || dialog->objectName() != u"firstRunProgress")
                continue;
            if (visible.isEmpty())
                dialog->grab().save(u"/tmp/touchline-first-run.png"_s);
            if (!visible.contains(dialog->labelText()))
                visible.append(dialog->labelText());
        }
    });
    watch.start(20);
    FirstRun::Outcome first = FirstRun::prepare();
    watch.stop();
    QVERIFY2(first.cluster, qPrintable(first.error));
    QVERIFY2(first.demoProblem.isEmpty(), qPrintable(first.demoProblem));
    QCOMPARE(first.shown.value(0),
             u"Creating Touchline's local database (the first start takes a few seconds)…"_s);
    QVERIFY2(first.shown.contains(u"Loading the demo flows…"_s),
             qPrintable(first.shown.join(u" | "_s)));
    QVERIFY2(visible.contains(first.shown.first()), qPrintable(visible.join(u" | "_s)));
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks))); // the GUI ran meanwhile
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QProgressDialog *>(w) || !w->isVisible());

    // The window's connection opens on the prepared server, with the demo campaigns.
    auto settings = Connection::resolve(QString(), nullptr);
    QVERIFY(settings && settings->embedded);
    {
        Connection connection(u"first-run-window"_s);
        DbError error;
        QVERIFY2(connection.open(*settings, &error), qPrintable(error.message));
        first.cluster.reset(); // the window's connection holds the server now
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(u"select count(*) from campaigns"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QVERIFY(q.exec(u"delete from campaigns where slug = 'dreamborn'"_s));
    }

    // The second start: no creation, and the demo does not come back.
    FirstRun::Outcome second = FirstRun::prepare();
    QVERIFY2(second.cluster, qPrintable(second.error));
    QCOMPARE(second.shown.value(0), u"Starting Touchline's local database…"_s);
    Connection connection(u"second-run-window"_s);
    DbError error;
    QVERIFY2(connection.open(*settings, &error), qPrintable(error.message));
    second.cluster.reset();
    QSqlQuery q(connection.database());
    QVERIFY(q.exec(u"select count(*) from campaigns"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
}

// No shared test cluster: the test makes its own, as the first start does.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestFirstRun tc;
    return Touchline::Test::runTests(&tc, argc, argv, false);
}

#include "tst_firstrun.moc"
