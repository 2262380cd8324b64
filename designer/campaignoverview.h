// A read-only overview of a flow: the campaigns, and for the selected one its steps and routes.
#pragma once

#include "flow.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTableWidget;

namespace Touchline {

class CampaignOverview : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignOverview(QWidget *parent = nullptr);

    void setFlow(const Flow &flow);
    const Flow &flow() const { return m_flow; }
    QString currentSlug() const;
    void selectCampaign(const QString &slug);

    QTreeWidget *campaignList() const { return m_campaigns; }
    QTableWidget *stepTable() const { return m_steps; }
    QTableWidget *routeTable() const { return m_routes; }
    QLabel *titleLabel() const { return m_title; }

Q_SIGNALS:
    void currentCampaignChanged(const QString &slug);

private:
    void onCurrentChanged();
    void showCampaign(const Campaign *campaign);

    Flow m_flow;
    QTreeWidget *m_campaigns = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTableWidget *m_routes = nullptr;
    QTableWidget *m_steps = nullptr;
};

} // namespace Touchline
