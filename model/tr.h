// Translation context for the model's non-QObject code.
#pragma once

#include <QCoreApplication>

namespace Touchline {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Touchline)
};

} // namespace Touchline
