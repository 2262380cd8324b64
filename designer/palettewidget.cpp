#include "palettewidget.h"

#include "campaignmapscene.h"
#include "designerstyle.h"
#include "vocabulary.h"

#include <QHeaderView>
#include <QMimeData>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

PaletteWidget::PaletteWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"palette"_s);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(8);
    setIconSize(QSize(20, 20));
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setToolTip(tr("Drag a campaign type onto the map, or a channel onto a campaign or sequence"));

    auto *campaigns = new QTreeWidgetItem(this, {tr("Campaigns")});
    campaigns->setFlags(Qt::ItemIsEnabled);
    for (const QString &type : Vocabulary::campaignTypes()) {
        auto *item = new QTreeWidgetItem(campaigns, {tr("%1 campaign").arg(type)});
        item->setData(0, Qt::UserRole, QString(u"campaign:"_s + type));
        item->setIcon(0, Style::qicon(u"campaign"_s));
        item->setForeground(0, Style::typeColor(type).darker(110));
        item->setToolTip(0, tr("A new %1 campaign with one email step").arg(type));
    }
    auto *steps = new QTreeWidgetItem(this, {tr("Steps")});
    steps->setFlags(Qt::ItemIsEnabled);
    for (const QString &channel : Vocabulary::channels()) {
        auto *item = new QTreeWidgetItem(steps, {Style::channelLabel(channel)});
        item->setData(0, Qt::UserRole, QString(u"step:"_s + channel));
        item->setIcon(0, Style::qicon(Style::channelIconName(channel)));
        item->setToolTip(
            0, tr("A %1 step; its outcomes become ports").arg(Style::channelLabel(channel)));
    }
    expandAll();
}

QTreeWidgetItem *PaletteWidget::itemFor(const QString &what) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        for (int j = 0; j < topLevelItem(i)->childCount(); ++j) {
            QTreeWidgetItem *item = topLevelItem(i)->child(j);
            if (item->data(0, Qt::UserRole).toString() == what)
                return item;
        }
    }
    return nullptr;
}

QStringList PaletteWidget::mimeTypes() const
{
    return {CampaignMapScene::paletteMimeType};
}

QMimeData *PaletteWidget::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty() || items.first()->data(0, Qt::UserRole).toString().isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(CampaignMapScene::paletteMimeType,
                  items.first()->data(0, Qt::UserRole).toString().toUtf8());
    return mime;
}

} // namespace Touchline
