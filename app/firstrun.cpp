#include "firstrun.h"

#include "database.h"
#include "demoflows.h"
#include "migrator.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace Touchline {

using namespace Qt::StringLiterals;

FirstRun::Outcome FirstRun::prepare(QWidget *parent)
{
    QProgressDialog dialog(parent);
    dialog.setObjectName(u"firstRunProgress"_s);
    dialog.setWindowTitle(tr("Starting Touchline"));
    dialog.setRange(0, 0); // no steps to count: it says what it does, not how far it is
    dialog.setCancelButton(nullptr);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);
    dialog.setWindowModality(Qt::ApplicationModal);

    Outcome outcome;
    const auto say = [&dialog, &outcome](const QString &text) {
        dialog.setLabelText(text);
        outcome.shown.append(text);
    };
    auto cluster = std::make_unique<LocalCluster>();
    const bool fresh = !QFileInfo::exists(cluster->dataDir() + u"/PG_VERSION"_s);
    say(fresh ? tr("Creating Touchline's local database (the first start takes a few seconds)…")
              : tr("Starting Touchline's local database…"));
    dialog.show();

    // The worker reports its steps through queued calls; this function waits for it in an
    // event loop, so `dialog` and `say` outlive every call.
    QPointer<QProgressDialog> guard(&dialog);
    const auto report = [guard, &say](const QString &text) {
        QMetaObject::invokeMethod(
            guard.data(), [&say, text] { say(text); }, Qt::QueuedConnection);
    };
    LocalCluster *server = cluster.get();
    QString error;
    QString demoProblem;
    QThread *thread = QThread::create([server, report, &error, &demoProblem] {
        if (!server->start(&error)) {
            error = tr("cannot start the embedded local database in %1: %2")
                        .arg(server->rootDir(), error);
            return;
        }
        const QString name = u"touchline-first-run"_s;
        {
            DbError dbError;
            QSqlDatabase db = Database::open(server->connectionSettings(), name, &dbError);
            if (dbError) {
                error = dbError.message;
            } else {
                report(tr("Bringing the database up to date…"));
                QString message;
                if (!Migrator(db).migrate(&message)) {
                    error = message;
                } else {
                    report(tr("Loading the demo flows…"));
                    if (!DemoFlows::installIfFirstRun(db, &dbError) && dbError)
                        demoProblem = dbError.message;
                }
            }
        }
        Database::close(name);
    });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    QCoreApplication::sendPostedEvents(&dialog); // the last step it reported
    dialog.close();

    outcome.error = error;
    outcome.demoProblem = demoProblem;
    if (error.isEmpty())
        outcome.cluster = std::move(cluster);
    return outcome;
}

} // namespace Touchline
