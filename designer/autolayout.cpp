#include "autolayout.h"

#include "designertr.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QVector>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object,
              const_cast<char *>(name),
              const_cast<char *>(value.constData()),
              const_cast<char *>(""));
}

} // namespace

QHash<FlowDocument::Id, QPointF>
AutoLayout::compute(const FlowDocument &document, const QSizeF &nodeSize, QString *error)
{
    return compute(document.flow(), document.ids(), nodeSize, error);
}

QHash<FlowDocument::Id, QPointF> AutoLayout::compute(const Flow &flow,
                                                     const QVector<FlowDocument::Id> &ids,
                                                     const QSizeF &nodeSize,
                                                     QString *error)
{
    QHash<FlowDocument::Id, QPointF> out;
    if (flow.campaigns.isEmpty())
        return out;

    GVC_t *gvc = gvContext();
    Agraph_t *g = agopen(const_cast<char *>("map"), Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.55");  // inches between cards in a rank
    set(g, "ranksep", "1.6");   // room for the edge labels between ranks
    set(g, "splines", "false"); // positions only: the map draws its own edges
    set(g, "ordering", "out");  // keep converted above no_engagement above rejected

    const QByteArray width = QByteArray::number(nodeSize.width() / 72.0);
    const QByteArray height = QByteArray::number(nodeSize.height() / 72.0);
    QVector<Agnode_t *> nodes(flow.campaigns.size(), nullptr);
    for (int i = 0; i < flow.campaigns.size(); ++i) {
        QByteArray name = "c" + QByteArray::number(i);
        Agnode_t *n = agnode(g, name.data(), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", width);
        set(n, "height", height);
        set(n, "label", "");
        nodes[i] = n;
    }
    for (int i = 0; i < flow.campaigns.size(); ++i) {
        const Campaign &c = flow.campaigns.at(i);
        for (auto it = c.onExit.cbegin(); it != c.onExit.cend(); ++it) {
            const int j = flow.indexOf(it.value());
            if (j < 0 || j == i)
                continue;
            agedge(g, nodes.at(i), nodes.at(j), nullptr, 1);
        }
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        *error = DesignerTr::tr("Graphviz could not lay out the map");
        agclose(g);
        gvFreeContext(gvc);
        return out;
    }
    // Graphviz's y points up; the scene's points down.
    const double top = GD_bb(g).UR.y;
    for (int i = 0; i < flow.campaigns.size(); ++i) {
        const pointf p = ND_coord(nodes.at(i));
        // Whole grid cells, so that later drags with snapping keep them aligned.
        auto cell = [](double v) {
            return std::round(v / 20.0) * 20.0;
        };
        out.insert(ids.value(i),
                   QPointF(cell(80.0 + p.x - nodeSize.width() / 2.0),
                           cell(80.0 + (top - p.y) - nodeSize.height() / 2.0)));
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    error->clear();
    return out;
}

void AutoLayout::applyLater(FlowDocument *document,
                            const QSizeF &nodeSize,
                            std::function<void(bool laidOut, const QString &error)> done)
{
    // Graphviz keeps global state: one layout at a time, in a thread of its own.
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool(qApp);
        p->setMaxThreadCount(1);
        return p;
    }();
    const Flow flow = document->flow(); // implicitly shared: the copy costs nothing
    const QVector<FlowDocument::Id> ids = document->ids();
    QPointer<FlowDocument> target(document);
    pool->start([target, flow, ids, nodeSize, done = std::move(done)] {
        QString error;
        const auto positions = compute(flow, ids, nodeSize, &error);
        QMetaObject::invokeMethod(qApp, [target, flow, positions, error, done] {
            if (!target)
                return;
            // An edit while dot ran: its layout is of a flow that is gone.
            if (!(target->flow() == flow)) {
                done(false, DesignerTr::tr("The flow changed during auto-layout: run it again"));
                return;
            }
            if (!positions.isEmpty())
                target->setLayouts(positions, DesignerTr::tr("Auto-layout"));
            done(!positions.isEmpty(), error);
        });
    });
}

} // namespace Touchline
