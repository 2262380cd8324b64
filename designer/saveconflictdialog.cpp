#include "saveconflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

SaveConflictDialog::SaveConflictDialog(const QVector<FlowStore::Conflict> &conflicts,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"saveConflictDialog"_s);
    setWindowTitle(tr("Another author saved first"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Since you loaded them, %n campaign(s) were saved by someone "
                                "else. Nothing has been written yet, and your edits are kept "
                                "until you choose.",
                                nullptr,
                                int(conflicts.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"conflictList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Campaign"), tr("Saved by"), tr("When"), tr("Version")});
    const QLocale locale;
    for (const FlowStore::Conflict &c : conflicts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, c.slug);
        item->setText(1, c.author.isEmpty() ? tr("unknown") : c.author);
        item->setText(2,
                      c.savedAt.isValid()
                          ? locale.toString(c.savedAt.toLocalTime(), QLocale::ShortFormat)
                          : QString());
        item->setText(3,
                      c.expectedVersion == 0
                          ? tr("new here, created there")
                          : tr("%1 → %2").arg(c.expectedVersion).arg(c.currentVersion));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(tr("&Reload theirs"), QDialogButtonBox::DestructiveRole);
    m_reload->setObjectName(u"reloadButton"_s);
    m_reload->setToolTip(tr("Discard your edits and load what is in the database now"));
    m_overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
    m_overwrite->setObjectName(u"overwriteButton"_s);
    m_overwrite->setToolTip(tr("Save your version of these campaigns over theirs"));
    m_copy = buttons->addButton(tr("Save as &copy"), QDialogButtonBox::AcceptRole);
    m_copy->setObjectName(u"saveAsCopyButton"_s);
    m_copy->setToolTip(tr("Keep theirs and save yours as new campaigns with fresh slugs"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(tr("Save nothing now and keep editing"));
    m_copy->setDefault(true);
    connect(m_reload, &QPushButton::clicked, this, [this] { choose(Choice::Reload); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(Choice::Overwrite); });
    connect(m_copy, &QPushButton::clicked, this, [this] { choose(Choice::SaveAsCopy); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });
    layout->addWidget(buttons);
    resize(620, 320);
}

QPushButton *SaveConflictDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::Reload:
        return m_reload;
    case Choice::Overwrite:
        return m_overwrite;
    case Choice::SaveAsCopy:
        return m_copy;
    case Choice::Cancel:
        break;
    }
    return m_cancel;
}

void SaveConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace Touchline
