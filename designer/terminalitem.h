// Where a contact leaves the sequence: an exit per reason (with the campaign it continues in)
// or a handoff to a person or a bot.
#pragma once

#include <QGraphicsItem>

namespace Touchline {

class SimulationSession;

class TerminalItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    enum class Kind { Exit, Handoff };
    static constexpr double minWidth = 210.0;
    static constexpr double maxWidth = 320.0;
    static constexpr double height = 56.0;

    TerminalItem(Kind kind, const QString &name, const QString &detail);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    Kind kind() const { return m_kind; }
    const QString &name() const { return m_name; }
    QPointF inputPos() const { return {m_width / 2, 0.0}; }
    // As wide as its title needs (a translation may be longer), never narrower than minWidth.
    double width() const { return m_width; }
    QString title() const;
    QRectF titleRect() const { return {50.0, 8.0, m_width - 60.0, 20.0}; }
    void setHighlight(int h);
    // Shows under an exit how many contacts of campaign `slug` left through it in the
    // simulation, and where they went (when its overlay is on).
    void setSimulation(const SimulationSession *simulation, const QString &slug);
    QString simulationLabel() const;

private:
    Kind m_kind;
    QString m_name;
    QString m_detail;
    double m_width = minWidth;
    int m_highlight = 0;
    const SimulationSession *m_simulation = nullptr;
    QString m_slug;
};

} // namespace Touchline
