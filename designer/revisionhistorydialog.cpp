#include "revisionhistorydialog.h"

#include "databaseworker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

RevisionHistoryDialog::RevisionHistoryDialog(DatabaseWorker *worker,
                                             const QString &slug,
                                             QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_slug(slug)
{
    setObjectName(u"revisionHistoryDialog"_s);
    setWindowTitle(tr("Revision history of %1").arg(slug));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Select one revision to see what it changed, or two to compare "
                               "them. Contacts stay on the revision they were enrolled on unless "
                               "you move them."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(u"revisionList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels(
        {tr("Revision"), tr("Published by"), tr("When"), tr("Active contacts"), tr("Message")});
    m_list->header()->setStretchLastSection(true);
    auto *diffBox = new QWidget(splitter);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    m_diffTitle = new QLabel(diffBox);
    m_diff = new QListWidget(diffBox);
    m_diff->setObjectName(u"diffList"_s);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_migrate = buttons->addButton(tr("&Move contacts…"), QDialogButtonBox::ActionRole);
    m_migrate->setObjectName(u"migrateButton"_s);
    connect(m_migrate, &QPushButton::clicked, this, &RevisionHistoryDialog::onMigrate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list,
            &QTreeWidget::itemSelectionChanged,
            this,
            &RevisionHistoryDialog::onSelectionChanged);
    resize(760, 560);
    refresh();
}

void RevisionHistoryDialog::post(std::function<std::function<void()>(QSqlDatabase)> job)
{
    ++m_pending;
    m_worker->post(this, [this, job = std::move(job)](QSqlDatabase db) -> DatabaseWorker::Done {
        return [this, done = job(db)] {
            done();
            if (--m_pending == 0)
                Q_EMIT idle();
        };
    });
}

void RevisionHistoryDialog::refresh()
{
    m_diffTitle->setText(tr("Reading the revisions…"));
    post([this, slug = m_slug](QSqlDatabase db) -> std::function<void()> {
        DbError error;
        const auto revisions = FlowStore(db).revisions(slug, &error);
        return [this, revisions, error] {
            showRevisions(revisions, error);
        };
    });
}

void RevisionHistoryDialog::showRevisions(const QVector<FlowStore::RevisionInfo> &revisions,
                                          const DbError &error)
{
    const QList<int> selected = selectedRevisions();
    m_revisions = revisions;
    m_list->clear();
    if (error) {
        m_diffTitle->setText(tr("Cannot read the revisions: %1").arg(error.message));
        return;
    }
    const QLocale locale;
    for (const FlowStore::RevisionInfo &r : std::as_const(m_revisions)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, r.revision);
        item->setText(0,
                      r.current ? tr("%1 (current)").arg(r.revision) : QString::number(r.revision));
        item->setText(1, r.author);
        item->setText(2, locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(3, QString::number(r.activeEnrollments));
        item->setText(4, r.message);
        item->setToolTip(4, r.message);
    }
    for (int i = 0; i < 4; ++i)
        m_list->resizeColumnToContents(i);
    if (!selected.isEmpty())
        selectRevisions(selected);
    else if (m_list->topLevelItemCount() > 0)
        m_list->topLevelItem(0)->setSelected(true);
    onSelectionChanged();
}

void RevisionHistoryDialog::selectRevisions(const QList<int> &revisions)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (revisions.contains(item->data(0, Qt::UserRole).toInt()))
            item->setSelected(true);
    }
}

QList<int> RevisionHistoryDialog::selectedRevisions() const
{
    QList<int> out;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        out.append(item->data(0, Qt::UserRole).toInt());
    std::sort(out.begin(), out.end());
    return out;
}

std::pair<int, int> RevisionHistoryDialog::proposedMigration() const
{
    const QList<int> selected = selectedRevisions();
    int current = 0;
    for (const FlowStore::RevisionInfo &r : m_revisions) {
        if (r.current)
            current = r.revision;
    }
    // Two revisions: the older one's contacts to the newer; one: its contacts to the current.
    if (selected.size() == 2)
        return {selected.first(), selected.last()};
    if (selected.size() == 1 && selected.first() != current && current != 0)
        return {selected.first(), current};
    return {0, 0};
}

void RevisionHistoryDialog::onSelectionChanged()
{
    m_diff->clear();
    updateMigrateButton();
    const QList<int> selected = selectedRevisions();
    int from = 0;
    int to = 0;
    if (selected.size() == 1) {
        to = selected.first();
        from = to - 1;
    } else if (selected.size() == 2) {
        from = selected.first();
        to = selected.last();
    }
    const int request = ++m_diffRequest;
    if (to == 0) {
        m_diffTitle->setText(tr("Select one or two revisions."));
        return;
    }
    if (from < 1) {
        m_diffTitle->setText(tr("Revision %1 is the first.").arg(to));
        return;
    }
    m_diffTitle->setText(tr("Comparing revisions %1 and %2…").arg(from).arg(to));
    post([this, slug = m_slug, from, to, request](QSqlDatabase db) -> std::function<void()> {
        DbError error;
        const auto changes = FlowStore(db).diffRevisions(slug, from, to, &error);
        return [this, from, to, request, changes, error] {
            if (request == m_diffRequest)
                showDiff(from, to, changes, error);
        };
    });
}

void RevisionHistoryDialog::showDiff(int from,
                                     int to,
                                     const std::optional<QStringList> &changes,
                                     const DbError &error)
{
    if (!changes) {
        m_diffTitle->setText(tr("Cannot compare: %1").arg(error.message));
        return;
    }
    m_diffTitle->setText(changes->isEmpty()
                             ? tr("Revisions %1 and %2 have the same steps.").arg(from).arg(to)
                             : tr("From revision %1 to %2:").arg(from).arg(to));
    m_diff->addItems(*changes);
}

void RevisionHistoryDialog::updateMigrateButton()
{
    const auto [mFrom, mTo] = proposedMigration();
    int active = 0;
    for (const FlowStore::RevisionInfo &r : std::as_const(m_revisions)) {
        if (r.revision == mFrom)
            active = r.activeEnrollments;
    }
    m_migrate->setEnabled(mFrom != 0 && active > 0);
    m_migrate->setText(
        mFrom != 0 ? tr("&Move %n contact(s) from %1 to %2…", nullptr, active).arg(mFrom).arg(mTo)
                   : tr("&Move contacts…"));
    m_migrate->setToolTip(tr("Move the active contacts on the older revision to the newer one; "
                             "a contact past the new last step is due to leave"));
}

void RevisionHistoryDialog::onMigrate()
{
    const auto [from, to] = proposedMigration();
    if (from == 0)
        return;
    const auto answer = QMessageBox::question(
        this,
        tr("Move contacts"),
        tr("Move the active contacts of %1 from revision %2 to revision %3? They continue "
           "with revision %3's steps from the step they are on.")
            .arg(m_slug)
            .arg(from)
            .arg(to));
    if (answer == QMessageBox::Yes)
        migrate(from, to);
}

void RevisionHistoryDialog::migrate(int from, int to)
{
    m_migrate->setEnabled(false);
    post([this, slug = m_slug, from, to](QSqlDatabase db) -> std::function<void()> {
        DbError error;
        const auto moved = FlowStore(db).migrateEnrollments(slug, from, to, &error);
        return [this, from, to, moved, error] {
            if (!moved) {
                m_status->setText(tr("Cannot move the contacts: %1").arg(error.message));
                updateMigrateButton();
                Q_EMIT migrationFailed(error.message);
                return;
            }
            m_status->setText(tr("Moved %n contact(s) from revision %1 to %2.", nullptr, *moved)
                                  .arg(from)
                                  .arg(to));
            Q_EMIT enrollmentsMigrated(m_slug, from, to, *moved);
            refresh();
        };
    });
}

} // namespace Touchline
