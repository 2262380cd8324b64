// The main window answers through signals once its worker has run the query: these wait for it.
#pragma once

#include "mainwindow.h"

#include <QSignalSpy>

namespace Touchline::Test {

// Publishes (or, with `draft`, stores a draft of) the designer's changes and waits for the answer.
inline bool saveAndWait(MainWindow *window, const QString &message = {}, bool draft = false)
{
    QSignalSpy spy(window, draft ? &MainWindow::draftSaved : &MainWindow::designSaved);
    if (draft)
        window->saveDraft();
    else
        window->saveDesign(message);
    if (spy.isEmpty() && !spy.wait(30000))
        return false;
    const bool ok = spy.at(0).at(0).toBool();
    return window->waitUntilIdle() && ok; // a save as copy reloads after it
}

} // namespace Touchline::Test
