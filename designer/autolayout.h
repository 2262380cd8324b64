// Places the campaigns of a flow with Graphviz dot (left to right along the on_exit routes) and
// stores the positions in their layout as one undo step.
#pragma once

#include "flowdocument.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>

namespace Touchline {

class AutoLayout
{
public:
    // Top-left positions for every campaign, cards of `nodeSize`; empty with `error` set when
    // Graphviz fails.
    static QHash<FlowDocument::Id, QPointF>
    compute(const FlowDocument &document, const QSizeF &nodeSize, QString *error);
    // Computes and stores the positions; returns false (with `error`) when nothing changed.
    static bool apply(FlowDocument *document, const QSizeF &nodeSize, QString *error);
};

} // namespace Touchline
