// touchline: with a subcommand the command-line tool, without one the console window.
#include "commandline.h"
#include "connection.h"
#include "connectiondialog.h"
#include "dispatchservice.h"
#include "firstrun.h"
#include "language.h"
#include "mainwindow.h"
#include "passwordprompt.h"
#include "passwordstore.h"
#include "schedulerservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSocketNotifier>
#include <QTranslator>

#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

// SIGTERM, SIGHUP (a logout, `kill`) and SIGINT end Touchline like a normal quit, so that the
// embedded server is released and the last Touchline still stops it. The handler only writes to
// a pipe; the event loop reads it and quits. Code outside an event loop (a one-shot command)
// gets quitGraceSeconds to finish; a second signal, or the grace running out, takes the default
// action at once.
constexpr unsigned quitGraceSeconds = 5;
int quitPipe[2] = {-1, -1};
volatile sig_atomic_t quitSignal = 0;

extern "C" void onQuitSignal(int sig)
{
    if (quitSignal != 0) {
        ::signal(sig, SIG_DFL);
        ::raise(sig);
        return;
    }
    quitSignal = sig;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(quitPipe[1], &byte, 1);
    ::alarm(quitGraceSeconds);
}

extern "C" void onQuitGraceOver(int)
{
    ::signal(quitSignal, SIG_DFL);
    ::raise(quitSignal);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::pipe2(quitPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(quitPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        ::alarm(0); // the event loop has it: the orderly quit takes the time it needs
        char byte;
        while (::read(quitPipe[0], &byte, 1) > 0) {}
        QCoreApplication::quit();
    });
    struct sigaction quit = {};
    quit.sa_handler = onQuitSignal;
    sigemptyset(&quit.sa_mask);
    quit.sa_flags = SA_RESTART;
    for (const int sig : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(sig, &quit, nullptr);
    struct sigaction grace = quit;
    grace.sa_handler = onQuitGraceOver;
    ::sigaction(SIGALRM, &grace, nullptr);
}

// The exit code of a process ended by a signal, as a shell reports it.
int exitCode(int rc)
{
    return quitSignal != 0 ? 128 + quitSignal : rc;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Touchline"_s);
    QCoreApplication::setApplicationName(u"touchline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TOUCHLINE_VERSION));
}

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(
            QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // English carries the plural forms ("1 campaign", "2 campaigns"): the fallback.
    if (own->load(QLocale(), u"touchline"_s, u"_"_s, u":/i18n"_s)
        || own->load(u"touchline_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

int runWindow(int argc, char **argv)
{
    // Options are read before QApplication exists: a bad option or a missing display is an
    // error message and exit code 2, not an abort inside the platform plugin.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Campaign flow designer and supervisor console"_s);
    parser.addOption({u"db"_s, u"PostgreSQL URI of a shared database"_s, u"URL"_s});
    parser.addOption({u"platform"_s, u"Qt platform plugin"_s, u"NAME"_s});
    if (!parser.parse(arguments)) {
        fprintf(stderr, "touchline: %s\n", qPrintable(parser.errorText()));
        CommandLine::printUsage(stderr);
        return CommandLine::UsageOrIo;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !parser.isSet(u"platform"_s)) {
        fprintf(stderr,
                "touchline: no display to open the window on (DISPLAY and "
                "WAYLAND_DISPLAY are unset); run it in a desktop session, or use a "
                "command such as: touchline validate FILE.json\n");
        return CommandLine::UsageOrIo;
    }

    QApplication app(argc, argv);
    quitOnSignals(app);
    setIdentity();
    // The window speaks the language chosen in its settings (the command line the system's).
    Language::install(app);
    QApplication::setApplicationDisplayName(QApplication::tr("Touchline"));

    QString problem;
    auto settings = Connection::resolve(parser.value(u"db"_s), &problem);
    if (settings && settings->embedded) {
        // No --db and no TOUCHLINE_DB: the window uses the connection saved in its settings.
        QSettings saved;
        PasswordStore passwords;
        QString warning;
        if (const auto shared = ConnectionDialog::saved(&saved, &passwords, &warning)) {
            settings = shared;
            // No keychain answered: ask for this session's password, saying why.
            if (!warning.isEmpty() && !PasswordPrompt::ask(&*settings, warning))
                return CommandLine::UsageOrIo;
        } else if (!warning.isEmpty()) {
            QMessageBox::warning(nullptr, QApplication::tr("Touchline"), warning);
        }
    }
    if (!settings) {
        QMessageBox::critical(nullptr, QApplication::tr("Touchline"), problem);
        return CommandLine::UsageOrIo;
    }
    // The embedded database is created, started and filled with the demo flows behind a
    // progress dialog, off the GUI thread; the prepared server is held until the window's own
    // connection has opened on it.
    std::unique_ptr<LocalCluster> prepared;
    if (settings->embedded) {
        FirstRun::Outcome outcome = FirstRun::prepare();
        if (!outcome.cluster) {
            QMessageBox::critical(
                nullptr, QApplication::tr("Touchline cannot open its database"), outcome.error);
            return CommandLine::Unreachable;
        }
        if (!outcome.demoProblem.isEmpty())
            QMessageBox::warning(nullptr,
                                 QApplication::tr("Touchline"),
                                 QApplication::tr("The demo flows could not be loaded: %1")
                                     .arg(outcome.demoProblem));
        prepared = std::move(outcome.cluster);
    }
    Connection connection;
    DbError error;
    const bool opened = connection.open(*settings, &error);
    prepared.reset();
    if (!opened) {
        QMessageBox::critical(
            nullptr, QApplication::tr("Touchline cannot open its database"), error.message);
        return CommandLine::Unreachable;
    }
    MainWindow window(&connection);
    // Declared after the connection, so it stops (and lets go of its own connection) first.
    SchedulerService scheduler(connection.settings());
    DispatchService dispatcher(connection.settings());
    window.setServices(&scheduler, &dispatcher);
    window.show();
    scheduler.start();
    dispatcher.start();
    // A signal that came while a dialog ran its own loop has already been handled there.
    const int rc = quitSignal != 0 ? 0 : QApplication::exec();
    ::alarm(0); // what is left is the orderly quit
    dispatcher.stop();
    scheduler.stop();
    return exitCode(rc);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1
        && (argv[1][0] != '-' || qstrcmp(argv[1], "-h") == 0 || qstrcmp(argv[1], "--help") == 0
            || qstrcmp(argv[1], "--version") == 0)) {
        QCoreApplication app(argc, argv);
        quitOnSignals(app);
        setIdentity();
        installTranslators(app);
        CommandLine cli;
        const int rc = cli.run(QCoreApplication::arguments());
        ::alarm(0); // the command is done: letting go of the server takes the time it needs
        return exitCode(rc);
    }
    return runWindow(argc, argv);
}
