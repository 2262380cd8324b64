// Translation context for the designer's non-QObject code (graphics items, style helpers).
#pragma once

#include <QCoreApplication>

namespace Touchline {

struct DesignerTr
{
    Q_DECLARE_TR_FUNCTIONS(Touchline::Designer)
};

} // namespace Touchline
