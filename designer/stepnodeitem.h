// A step in the sequence view: channel, timing, content and handler, with one port per outcome
// the channel can report (reply intents included).
#pragma once

#include "flow.h"
#include "flowdocument.h"

#include <QGraphicsItem>

namespace Touchline {

class SimulationSession;

class StepNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr double width = 250.0;
    static constexpr double headerHeight = 86.0;
    static constexpr double rowHeight = 19.0;

    StepNodeItem(FlowDocument::Id campaign, int index, const Step &step, bool editable);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    FlowDocument::Id campaignId() const { return m_campaign; }
    int stepIndex() const { return m_index; }
    const Step &step() const { return m_step; }
    bool isEditable() const { return m_editable; }
    double height() const;
    QRectF cardRect() const { return {0.0, 0.0, width, height()}; }

    // The outcomes shown as ports, in order: the channel's, then reply intents.
    const QStringList &ports() const { return m_ports; }
    QString portAt(const QPointF &localPos) const;
    QPointF portPos(const QString &outcome) const;
    QPointF inputPos() const { return {0.0, 26.0}; }

    void setProblems(int errors, int warnings, const QString &tooltip);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    void setHighlight(int h); // 0 none, 1 accept, 2 refuse

    // The simulation whose figures the card shows (when its overlay is on), as step
    // `stepNumber` of campaign `slug`.
    void setSimulation(const SimulationSession *simulation, const QString &slug);
    // "1,091 touches" (what the step fired, retries and revisits included), with the change
    // since the previous run; empty without an overlay.
    QString reachLabel() const;
    // "312 · 31%" on a port: how often the step reported it, and its share of the touches;
    // empty without an overlay or when it was never reported.
    QString portLabel(const QString &port) const;

private:
    FlowDocument::Id m_campaign;
    int m_index;
    Step m_step;
    bool m_editable;
    QStringList m_ports;
    int m_errors = 0;
    int m_warnings = 0;
    int m_highlight = 0;
    const SimulationSession *m_simulation = nullptr;
    QString m_slug;

    void paintSimulation(QPainter *p);
};

} // namespace Touchline
