#include "campaignoverview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString describeAction(const OutcomeAction &a)
{
    switch (a.kind) {
    case OutcomeAction::Kind::Goto:
        return CampaignOverview::tr("go to step %1").arg(a.gotoStep);
    case OutcomeAction::Kind::Exit:
        return CampaignOverview::tr("exit %1").arg(a.exitReason);
    case OutcomeAction::Kind::Retry:
        return CampaignOverview::tr("retry after %1 min (max %2)")
            .arg(a.retryAfterMinutes)
            .arg(a.retryMaxAttempts);
    case OutcomeAction::Kind::Handoff:
        return CampaignOverview::tr("hand off to %1").arg(a.handoff);
    }
    return {};
}

QString describeDelay(const Step &s)
{
    if (s.delayMinutes == 0)
        return CampaignOverview::tr("day %1").arg(s.delayDays);
    return CampaignOverview::tr("day %1 +%2 min").arg(s.delayDays).arg(s.delayMinutes);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

CampaignOverview::CampaignOverview(QWidget *parent)
    : QWidget(parent)
{
    m_campaigns = new QTreeWidget(this);
    m_campaigns->setObjectName(u"campaignList"_s);
    m_campaigns->setHeaderLabels({tr("Campaign"), tr("Type"), tr("Owner"), tr("Steps")});
    m_campaigns->setRootIsDecorated(false);
    m_campaigns->setAlternatingRowColors(true);
    m_campaigns->setUniformRowHeights(true);
    m_campaigns->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_campaigns->header()->setStretchLastSection(false);
    for (int i = 1; i < 4; ++i)
        m_campaigns->header()->setSectionResizeMode(i, QHeaderView::ResizeToContents);

    m_title = new QLabel(this);
    m_title->setObjectName(u"campaignTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);

    m_routes = new QTableWidget(0, 2, this);
    m_routes->setObjectName(u"routeTable"_s);
    m_routes->setHorizontalHeaderLabels({tr("On exit"), tr("Continues in")});
    m_routes->verticalHeader()->hide();
    m_routes->horizontalHeader()->setStretchLastSection(true);
    m_routes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_routes->setSelectionMode(QAbstractItemView::NoSelection);
    m_routes->setWordWrap(false);
    m_routes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_routes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const int rowHeight = m_routes->fontMetrics().height() + 10;
    m_routes->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_routes->setFixedHeight(m_routes->horizontalHeader()->sizeHint().height() + 3 * rowHeight + 4);

    m_steps = new QTableWidget(0, 6, this);
    m_steps->setObjectName(u"stepTable"_s);
    m_steps->setHorizontalHeaderLabels({tr("Step"),
                                        tr("When"),
                                        tr("Channel"),
                                        tr("Content"),
                                        tr("Instructions"),
                                        tr("On outcome")});
    m_steps->verticalHeader()->hide();
    m_steps->setWordWrap(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setAlternatingRowColors(true);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
    // Rows follow their wrapped text whenever the columns change width.
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_subtitle);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(m_routes);
    detailLayout->addWidget(m_steps, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_campaigns);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 760});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(
        m_campaigns, &QTreeWidget::currentItemChanged, this, &CampaignOverview::onCurrentChanged);
    showCampaign(nullptr);
}

void CampaignOverview::setFlow(const Flow &flow)
{
    const QString previous = currentSlug();
    m_flow = flow;
    m_campaigns->clear();
    for (const Campaign &c : m_flow.campaigns) {
        auto *item = new QTreeWidgetItem(m_campaigns);
        item->setText(0, c.name);
        item->setToolTip(0, c.slug);
        item->setData(0, Qt::UserRole, c.slug);
        item->setText(1, c.type);
        item->setText(2, c.ownerRole);
        item->setText(3, QString::number(c.steps.size()));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (c.status != u"active") {
            item->setForeground(0,
                                m_campaigns->palette().brush(QPalette::Disabled, QPalette::Text));
            item->setText(0, tr("%1 (%2)").arg(c.name, c.status));
        }
    }
    if (!previous.isEmpty())
        selectCampaign(previous);
    if (!m_campaigns->currentItem() && m_campaigns->topLevelItemCount() > 0)
        m_campaigns->setCurrentItem(m_campaigns->topLevelItem(0));
    if (m_campaigns->topLevelItemCount() == 0)
        showCampaign(nullptr);
}

QString CampaignOverview::currentSlug() const
{
    const QTreeWidgetItem *item = m_campaigns->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CampaignOverview::selectCampaign(const QString &slug)
{
    for (int i = 0; i < m_campaigns->topLevelItemCount(); ++i) {
        if (m_campaigns->topLevelItem(i)->data(0, Qt::UserRole).toString() == slug) {
            m_campaigns->setCurrentItem(m_campaigns->topLevelItem(i));
            return;
        }
    }
}

void CampaignOverview::onCurrentChanged()
{
    const QString slug = currentSlug();
    const int at = m_flow.indexOf(slug);
    showCampaign(at >= 0 ? &m_flow.campaigns.at(at) : nullptr);
    Q_EMIT currentCampaignChanged(slug);
}

void CampaignOverview::showCampaign(const Campaign *c)
{
    m_routes->setRowCount(0);
    m_steps->setRowCount(0);
    if (!c) {
        m_title->setText(tr("No campaign selected"));
        m_subtitle->setText(m_flow.campaigns.isEmpty()
                                ? tr("This database holds no campaigns yet. Import a flow with "
                                     "File > Import.")
                                : QString());
        return;
    }
    m_title->setText(c->name);
    QStringList facts{c->slug, c->type, c->clientId, c->ownerRole, c->status};
    if (c->gate)
        facts.append(tr("exec gate: a booked meeting waits for the approver"));
    if (c->sendWindow)
        facts.append(
            tr("sends %1 %2–%3")
                .arg(c->sendWindow->days.join(u' '), c->sendWindow->start, c->sendWindow->end));
    facts.append(tr("no engagement after %n day(s)", nullptr, c->noEngagementAfterDays));
    m_subtitle->setText(facts.join(u"  ·  "_s));

    static const QStringList reasons{u"converted"_s, u"no_engagement"_s, u"rejected"_s};
    m_routes->setRowCount(int(reasons.size()));
    for (int i = 0; i < reasons.size(); ++i) {
        m_routes->setItem(i, 0, cell(reasons.at(i)));
        const QString target = c->onExit.value(reasons.at(i));
        QString text;
        if (target.isEmpty()) {
            text = (reasons.at(i) == u"converted" && c->gate) ? tr("exec approver decides (gate)")
                                                              : tr("ends here");
        } else {
            const int at = m_flow.indexOf(target);
            text = at >= 0 ? u"%1 (%2)"_s.arg(m_flow.campaigns.at(at).name, target) : target;
            if (c->gate && reasons.at(i) == u"converted")
                text = tr("%1, suggested to the exec approver").arg(text);
        }
        m_routes->setItem(i, 1, cell(text));
    }

    m_steps->setRowCount(int(c->steps.size()));
    for (int i = 0; i < c->steps.size(); ++i) {
        const Step &s = c->steps.at(i);
        m_steps->setItem(i, 0, cell(QString::number(s.stepNumber)));
        m_steps->setItem(i, 1, cell(describeDelay(s)));
        m_steps->setItem(
            i, 2, cell(s.handler.isEmpty() ? s.channel : u"%1 (%2)"_s.arg(s.channel, s.handler)));
        m_steps->setItem(i, 3, cell(s.contentType));
        m_steps->setItem(i, 4, cell(s.templateInstructions));
        QStringList outcomes;
        for (auto it = s.onOutcome.cbegin(); it != s.onOutcome.cend(); ++it)
            outcomes.append(u"%1 → %2"_s.arg(it.key(), describeAction(it.value())));
        m_steps->setItem(i, 5, cell(outcomes.isEmpty() ? tr("next step") : outcomes.join(u'\n')));
    }
}

} // namespace Touchline
