// The embedded database made ready before the window opens, behind a progress dialog: the
// cluster created (on the first run) and started, the schema brought up to date and, on the
// first run, the demo flows loaded, all off the GUI thread.
#pragma once

#include "localcluster.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace Touchline {

class FirstRun : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        // Holds the server until the window's own connection has opened; nullptr on failure.
        std::unique_ptr<LocalCluster> cluster;
        QString error;       // why the database could not be made ready
        QString demoProblem; // the demo flows could not be loaded (the window opens anyway)
        QStringList shown;   // what the progress dialog said, in order (tests)
    };

    // Runs the event loop (the dialog repaints, signals are handled) until it is done.
    static Outcome prepare(QWidget *parent = nullptr);
};

} // namespace Touchline
