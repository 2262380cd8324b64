// Places the campaigns of a flow with Graphviz dot (left to right along the on_exit routes) and
// stores the positions in their layout as one undo step.
#pragma once

#include "flowdocument.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>

#include <functional>

namespace Touchline {

class AutoLayout
{
public:
    // Top-left positions for every campaign, cards of `nodeSize`; empty with `error` set when
    // Graphviz fails.
    static QHash<FlowDocument::Id, QPointF>
    compute(const FlowDocument &document, const QSizeF &nodeSize, QString *error);
    static QHash<FlowDocument::Id, QPointF> compute(const Flow &flow,
                                                    const QVector<FlowDocument::Id> &ids,
                                                    const QSizeF &nodeSize,
                                                    QString *error);
    // Computes the positions off the GUI thread (dot on a copy of the flow in a worker thread)
    // and stores them as one undo step back in the GUI thread unless the flow was edited
    // meanwhile; then `done` runs there.
    static void applyLater(FlowDocument *document,
                           const QSizeF &nodeSize,
                           std::function<void(bool laidOut, const QString &error)> done);
};

} // namespace Touchline
