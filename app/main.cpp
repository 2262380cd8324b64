// touchline: with a subcommand the command-line tool, without one the console window.
#include "commandline.h"
#include "connection.h"
#include "demoflows.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

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
    if (own->load(QLocale(), u"touchline"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    QApplication::setApplicationDisplayName(QApplication::tr("Touchline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::tr("Campaign flow designer and supervisor console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s, QApplication::tr("PostgreSQL URI of a shared database"), u"URL"_s});
    parser.process(app);

    QString problem;
    const auto settings = Connection::resolve(parser.value(u"db"_s), &problem);
    if (!settings) {
        QMessageBox::critical(nullptr, QApplication::tr("Touchline"), problem);
        return CommandLine::UsageOrIo;
    }
    Connection connection;
    DbError error;
    if (!connection.open(*settings, &error)) {
        QMessageBox::critical(
            nullptr, QApplication::tr("Touchline cannot open its database"), error.message);
        return CommandLine::Unreachable;
    }
    if (settings->embedded && !DemoFlows::installIfFirstRun(connection.database(), &error)
        && error) {
        QMessageBox::warning(
            nullptr,
            QApplication::tr("Touchline"),
            QApplication::tr("The demo flows could not be loaded: %1").arg(error.message));
    }
    MainWindow window(&connection);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1
        && (argv[1][0] != '-' || qstrcmp(argv[1], "-h") == 0 || qstrcmp(argv[1], "--help") == 0)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        CommandLine cli;
        return cli.run(QCoreApplication::arguments());
    }
    return runWindow(argc, argv);
}
