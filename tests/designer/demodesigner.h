// The designer as the GUI tests open it: a window showing the demo flows, shown at a size and
// active, so that keys and clicks reach it as they reach an author's.
#pragma once

#include "demoflows.h"
#include "flowdesigner.h"

#include <QTest>

#include <memory>

namespace Touchline::Test {

// Null when the window system did not show or activate it.
inline std::unique_ptr<FlowDesigner> openDemoDesigner(const QSize &size)
{
    auto designer = std::make_unique<FlowDesigner>();
    designer->resize(size);
    designer->show();
    if (!QTest::qWaitForWindowExposed(designer.get()))
        return nullptr;
    designer->activateWindow();
    if (!QTest::qWaitForWindowActive(designer.get()))
        return nullptr;
    designer->setFlow(DemoFlows::read().flow);
    return designer;
}

} // namespace Touchline::Test
