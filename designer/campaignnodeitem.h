// A campaign on the map: a card with its facts, an input on the left and the three on_exit
// ports (converted, no_engagement, rejected) on the right.
#pragma once

#include "flow.h"
#include "flowdocument.h"

#include <QGraphicsItem>

namespace Touchline {

class SimulationSession;

class CampaignNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double width = 280.0;
    static constexpr double height = 150.0;

    CampaignNodeItem(FlowDocument::Id id, const Campaign &campaign);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    FlowDocument::Id campaignId() const { return m_id; }
    const Campaign &campaign() const { return m_campaign; }
    void setCampaign(const Campaign &campaign);
    void setProblems(int errors, int warnings, const QString &tooltip);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

    // The exit reason whose port is under `localPos`, or an empty string.
    QString portAt(const QPointF &localPos) const;
    QPointF portPos(const QString &reason) const; // local coordinates
    QPointF inputPos() const { return {0.0, 34.0}; }
    QRectF cardRect() const { return {0.0, 0.0, width, height}; }

    // Connection feedback while a port is dragged over this card.
    enum class Highlight { None, Accept, Refuse };
    void setHighlight(Highlight h);
    void setSearchMatch(bool match);

    // The simulation whose figures the card shows when its overlay is on.
    void setSimulation(const SimulationSession *simulation);
    // "1,000 enrolled" above the card; empty without an overlay or when not in the run.
    QString enrolledLabel() const;
    // Under an exit port: how many left that way and where they went; empty without figures.
    QString exitLabel(const QString &reason) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintDetail(QPainter *p);
    void paintPorts(QPainter *p);

    FlowDocument::Id m_id;
    Campaign m_campaign;
    int m_errors = 0;
    int m_warnings = 0;
    Highlight m_highlight = Highlight::None;
    bool m_searchMatch = false;
    const SimulationSession *m_simulation = nullptr;

    void paintSimulation(QPainter *p);
};

} // namespace Touchline
