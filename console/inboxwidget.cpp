#include "inboxwidget.h"

#include "inboxmodel.h"
#include "inboxpreview.h"
#include "inboxservice.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QComboBox *filterCombo(const QString &name)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumWidth(130);
    return box;
}

QPushButton *actionButton(QAction *action, const QString &name, const QString &style)
{
    auto *b = new QPushButton(action->text());
    b->setObjectName(name);
    b->setToolTip(action->toolTip());
    b->setFocusPolicy(Qt::NoFocus);
    b->setStyleSheet(style);
    QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, b, &QPushButton::setEnabled);
    return b;
}

const auto buttonStyle = u"QPushButton { padding: 5px 14px; border-radius: 4px; border: 1px solid "
                         "#cbd5e1; background: white; } QPushButton:disabled { color: #94a3b8; }"_s;

} // namespace

QStringList InboxWidget::rejectReasons()
{
    return {tr("Wrong tone"),
            tr("Factual error"),
            tr("Unresolved merge fields"),
            tr("Wrong contact or company"),
            tr("Bad timing"),
            tr("Duplicate touch")};
}

InboxWidget::InboxWidget(const ConnectionSettings &settings, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"inbox"_s);
    m_service = new InboxService(settings, this);
    m_model = new InboxModel(m_service, this);
    m_preview = new InboxPreview(m_service, this);

    m_table = new QTableView;
    m_table->setObjectName(u"inboxTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setStyleSheet(
        u"QTableView { border: none; alternate-background-color: #f8fafc; "
        "selection-background-color: #e0e7ff; selection-color: #1e1b4b; } "
        "QHeaderView::section { background: #f1f5f9; border: none; border-bottom: 1px solid "
        "#e2e8f0; padding: 4px 6px; color: #475569; font-weight: 600; }"_s);
    const QList<QPair<int, int>> widths{{InboxModel::ContactColumn, 130},
                                        {InboxModel::CompanyColumn, 120},
                                        {InboxModel::CampaignColumn, 150},
                                        {InboxModel::StepColumn, 38},
                                        {InboxModel::ChannelColumn, 64},
                                        {InboxModel::ContentColumn, 84},
                                        {InboxModel::ScheduledColumn, 96},
                                        {InboxModel::AgeColumn, 48},
                                        {InboxModel::GoalColumn, 80},
                                        {InboxModel::NoteColumn, 160}};
    for (const auto &w : widths)
        m_table->setColumnWidth(w.first, w.second);
    m_table->horizontalHeader()->setSortIndicator(InboxModel::AgeColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            m_model,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });

    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(u"inboxEmpty"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setStyleSheet(u"color: #64748b; font-size: 12pt;"_s);
    m_tableStack = new QStackedWidget;
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_emptyLabel);

    auto *splitter = new QSplitter;
    splitter->setObjectName(u"inboxSplitter"_s);
    splitter->addWidget(m_tableStack);
    auto *previewFrame = new QWidget;
    previewFrame->setStyleSheet(u"#inboxPreview { background: white; }"_s);
    auto *pv = new QVBoxLayout(previewFrame);
    pv->setContentsMargins(0, 0, 0, 0);
    pv->addWidget(m_preview);
    splitter->addWidget(previewFrame);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({820, 440});

    m_title = new QLabel;
    m_title->setObjectName(u"inboxTitle"_s);
    m_title->setStyleSheet(u"font-size: 13pt; font-weight: 600; color: #0f172a;"_s);
    m_banner = new QLabel;
    m_banner->setObjectName(u"inboxBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 6);
    v->setSpacing(6);
    v->addWidget(m_title);
    v->addWidget(buildFilterBar());
    v->addWidget(m_banner);
    v->addWidget(splitter, 1);
    v->addWidget(buildActionBar());

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &InboxWidget::onFilterChanged);
    m_notifyDelay.setSingleShot(true);
    m_notifyDelay.setInterval(120);
    connect(&m_notifyDelay, &QTimer::timeout, this, [this] {
        m_model->refresh();
        m_preview->refreshDetail();
    });

    connect(m_model, &InboxModel::loaded, this, &InboxWidget::onLoaded);
    connect(m_model, &InboxModel::countsChanged, this, &InboxWidget::onCountsChanged);
    connect(m_model, &InboxModel::problemOccurred, this, [this](const QString &m) {
        showBanner(m, true);
    });
    connect(m_service, &InboxService::problemOccurred, this, [this](const QString &m) {
        showBanner(m, true);
    });
    connect(m_service, &InboxService::draftsChanged, this, &InboxWidget::onNotified);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &InboxWidget::onCurrentChanged);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &InboxWidget::updateActions);
    connect(m_preview, &InboxPreview::editRefused, this, [this](const QString &m) {
        showBanner(m, true);
        m_model->refresh();
        m_preview->refreshDetail();
    });
    connect(m_preview, &InboxPreview::saved, m_model, &InboxModel::refresh);

    m_service->start();
    onFilterChanged();
    updateActions();
}

InboxWidget::~InboxWidget()
{
    m_preview->flush();
    m_service->stop();
}

QWidget *InboxWidget::buildFilterBar()
{
    auto *bar = new QWidget;
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setObjectName(u"inboxSearch"_s);
    m_search->setPlaceholderText(tr("Search contact, company, subject or message…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    m_client = filterCombo(u"inboxClient"_s);
    m_campaign = filterCombo(u"inboxCampaign"_s);
    m_channel = filterCombo(u"inboxChannel"_s);
    m_status = filterCombo(u"inboxStatus"_s);
    const QList<QPair<QString, QString>> statuses{{u"open"_s, tr("To review")},
                                                  {u"pending_review"_s, tr("Pending review")},
                                                  {u"awaiting_draft"_s, tr("Awaiting draft")},
                                                  {u"approved"_s, tr("Approved")},
                                                  {u"rejected"_s, tr("Rejected")},
                                                  {u"sent"_s, tr("Sent")},
                                                  {u"cancelled"_s, tr("Cancelled")},
                                                  {u"all"_s, tr("All statuses")}};
    for (const auto &s : statuses)
        m_status->addItem(s.second, s.first);
    for (QComboBox *box : {m_client, m_campaign, m_channel}) {
        box->addItem(QString(), QString());
    }
    fillCombo(m_client, u"client"_s, tr("All clients"));
    fillCombo(m_campaign, u"campaign"_s, tr("All campaigns"));
    fillCombo(m_channel, u"channel"_s, tr("All channels"));
    for (QComboBox *box : {m_client, m_campaign, m_channel, m_status})
        connect(box, &QComboBox::activated, this, &InboxWidget::onFilterChanged);
    h->addWidget(m_search, 2);
    h->addWidget(m_client);
    h->addWidget(m_campaign);
    h->addWidget(m_channel);
    h->addWidget(m_status);
    return bar;
}

QWidget *InboxWidget::buildActionBar()
{
    m_approveAction = new QAction(tr("Approve"), this);
    m_approveAction->setObjectName(u"approveAction"_s);
    m_approveAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_approveAction->setToolTip(
        tr("Approve the selected drafts and move to the next (Ctrl+Enter)"));
    m_rejectAction = new QAction(tr("Reject…"), this);
    m_rejectAction->setObjectName(u"rejectAction"_s);
    m_rejectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rejectAction->setToolTip(tr("Reject the selected drafts with a reason (Ctrl+R)"));
    m_skipAction = new QAction(tr("Skip"), this);
    m_skipAction->setObjectName(u"skipAction"_s);
    m_skipAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_skipAction->setToolTip(tr("Leave this draft for later and go to the next (Ctrl+Down)"));
    m_undoAction = new QAction(tr("Undo decision"), this);
    m_undoAction->setObjectName(u"undoDecisionAction"_s);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_undoAction->setToolTip(tr("Take back the last approval or rejection while it is not sent "
                                "(Ctrl+U)"));
    for (QAction *a : {m_approveAction, m_rejectAction, m_skipAction, m_undoAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_approveAction, &QAction::triggered, this, &InboxWidget::approve);
    connect(m_rejectAction, &QAction::triggered, this, &InboxWidget::reject);
    connect(m_skipAction, &QAction::triggered, this, &InboxWidget::skip);
    connect(m_undoAction, &QAction::triggered, this, &InboxWidget::undo);

    auto *bar = new QWidget;
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 4, 0, 0);
    auto *hints = new QLabel(tr("↑↓ move · Shift/Ctrl+click select several · Ctrl+Enter approve "
                                "· Ctrl+R reject · Ctrl+Down skip · Ctrl+U undo"));
    hints->setStyleSheet(u"color: #94a3b8;"_s);
    h->addWidget(hints, 1);
    m_undoButton = actionButton(m_undoAction, u"undoButton"_s, buttonStyle);
    m_skipButton = actionButton(m_skipAction, u"skipButton"_s, buttonStyle);
    m_rejectButton = actionButton(
        m_rejectAction,
        u"rejectButton"_s,
        buttonStyle + u" QPushButton:enabled { color: #b91c1c; border-color: #fca5a5; }"_s);
    m_approveButton = actionButton(
        m_approveAction,
        u"approveButton"_s,
        u"QPushButton { padding: 5px 18px; border-radius: 4px; background: #4f46e5; color: "
        "white; font-weight: 600; border: none; } QPushButton:disabled { background: #c7d2fe; }"_s);
    for (QPushButton *b : {m_undoButton, m_skipButton, m_rejectButton, m_approveButton})
        h->addWidget(b);
    return bar;
}

QString InboxWidget::currentId() const
{
    return m_table->currentIndex().data(InboxModel::IdRole).toString();
}

QStringList InboxWidget::selectedIds() const
{
    QStringList ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &i : std::as_const(rows))
        ids.append(i.data(InboxModel::IdRole).toString());
    if (ids.isEmpty() && !currentId().isEmpty())
        ids.append(currentId());
    return ids;
}

QString InboxWidget::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void InboxWidget::fillCombo(QComboBox *box, const QString &dimension, const QString &anyLabel)
{
    const QString current = box->currentData().toString();
    const QHash<QString, int> counts = m_model->counts().value(dimension);
    QStringList values = counts.keys();
    values.sort();
    int total = 0;
    for (int n : counts)
        total += n;
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(counts.isEmpty() ? anyLabel
                                  : u"%1 (%2)"_s.arg(anyLabel, QLocale().toString(total)),
                 QString());
    for (const QString &v : std::as_const(values))
        box->addItem(u"%1 (%2)"_s.arg(v, QLocale().toString(counts.value(v))), v);
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(u"%1 (0)"_s.arg(current), current);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void InboxWidget::onCountsChanged()
{
    fillCombo(m_client, u"client"_s, tr("All clients"));
    fillCombo(m_campaign, u"campaign"_s, tr("All campaigns"));
    fillCombo(m_channel, u"channel"_s, tr("All channels"));
    const QHash<QString, int> statuses = m_model->counts().value(u"status"_s);
    static const QStringList labels{tr("To review"),
                                    tr("Pending review"),
                                    tr("Awaiting draft"),
                                    tr("Approved"),
                                    tr("Rejected"),
                                    tr("Sent"),
                                    tr("Cancelled"),
                                    tr("All statuses")};
    for (int i = 0; i < m_status->count() && i < labels.size(); ++i) {
        const QString key = m_status->itemData(i).toString();
        m_status->setItemText(
            i, u"%1 (%2)"_s.arg(labels.at(i), QLocale().toString(statuses.value(key))));
    }
    const int review = statuses.value(u"pending_review"_s);
    const int awaiting = statuses.value(u"awaiting_draft"_s);
    QString title = tr("Inbox — %1 to review").arg(QLocale().toString(review));
    if (awaiting > 0)
        title += tr(", %1 awaiting a draft").arg(QLocale().toString(awaiting));
    m_title->setText(title);
}

void InboxWidget::onFilterChanged()
{
    DraftStore::Filter f;
    f.text = m_search->text().trimmed();
    f.client = m_client->currentData().toString();
    f.campaign = m_campaign->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.status = m_status->currentData().toString();
    m_wantedId = currentId();
    m_model->setFilter(f);
}

void InboxWidget::onLoaded()
{
    const bool empty = m_model->rowCount() == 0;
    const bool open = m_model->filter().status == u"open" && m_model->filter().text.isEmpty()
                      && m_model->filter().client.isEmpty() && m_model->filter().campaign.isEmpty()
                      && m_model->filter().channel.isEmpty();
    m_emptyLabel->setText(open ? tr("Inbox zero.\nNothing is waiting for your review; new drafts "
                                    "appear here as the scheduler fires them.")
                               : tr("No drafts match these filters."));
    m_tableStack->setCurrentIndex(empty ? 1 : 0);
    if (!m_wantedId.isEmpty() && m_model->rowOf(m_wantedId) >= 0) {
        if (currentId() != m_wantedId)
            selectId(m_wantedId);
        m_wantedId.clear();
    } else if (!m_table->currentIndex().isValid() && !empty) {
        selectId(m_model->row(0)->id);
    }
    if (empty)
        m_preview->showDraft(QString());
    updateActions();
}

void InboxWidget::onNotified()
{
    if (!m_notifyDelay.isActive())
        m_notifyDelay.start();
}

void InboxWidget::onCurrentChanged()
{
    m_preview->showDraft(currentId());
    updateActions();
}

void InboxWidget::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void InboxWidget::setMayDecide(bool mayDecide)
{
    m_mayDecide = mayDecide;
    if (!mayDecide)
        showBanner(tr("This login may read the inbox but not decide: approving and rejecting "
                      "need the touchline_approver role."),
                   false);
    updateActions();
}

void InboxWidget::updateActions()
{
    bool decidable = false;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        decidable = decidable || i.data(InboxModel::DecidableRole).toBool();
    if (m_table->selectionModel()->selectedRows().isEmpty())
        decidable = m_table->currentIndex().data(InboxModel::DecidableRole).toBool();
    const int n = int(selectedIds().size());
    m_approveAction->setEnabled(m_mayDecide && decidable && !m_deciding);
    m_rejectAction->setEnabled(m_mayDecide && n > 0 && !m_deciding);
    m_skipAction->setEnabled(m_model->rowCount() > 0);
    m_undoAction->setEnabled(m_mayDecide && !m_last.ids.isEmpty() && !m_deciding);
    m_approveButton->setText(n > 1 ? tr("Approve %1").arg(n) : tr("Approve"));
    m_rejectButton->setText(n > 1 ? tr("Reject %1…").arg(n) : tr("Reject…"));
    m_undoButton->setText(m_last.ids.isEmpty() ? tr("Undo decision")
                          : m_last.action == u"approved"
                              ? tr("Undo approval (%1)").arg(m_last.ids.size())
                              : tr("Undo rejection (%1)").arg(m_last.ids.size()));
}

QString InboxWidget::nextIdAfter(const QStringList &ids) const
{
    int last = -1;
    for (const QString &id : ids)
        last = std::max(last, m_model->rowOf(id));
    for (int r = last + 1; r < m_model->rowCount(); ++r) {
        if (!ids.contains(m_model->row(r)->id))
            return m_model->row(r)->id;
    }
    for (int r = last - 1; r >= 0; --r) {
        if (!ids.contains(m_model->row(r)->id))
            return m_model->row(r)->id;
    }
    return {};
}

void InboxWidget::showBanner(const QString &text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        problem ? u"background: #fef3c7; color: #92400e; border-radius: 4px; padding: 6px 10px;"_s
                : u"background: #ecfdf5; color: #065f46; border-radius: 4px; padding: 6px 10px;"_s);
    m_banner->setVisible(!text.isEmpty());
}

void InboxWidget::approve()
{
    decide(u"approved"_s, selectedIds(), {});
}

void InboxWidget::reject()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"rejectDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reject %n draft(s)", nullptr, int(ids.size())));
    auto *v = new QVBoxLayout(dialog);
    v->addWidget(new QLabel(tr("Why? The reason stays with the draft and in the audit log.")));
    auto *reasons = new QListWidget;
    reasons->setObjectName(u"rejectReasons"_s);
    reasons->addItems(rejectReasons());
    v->addWidget(reasons);
    auto *detail = new QLineEdit;
    detail->setObjectName(u"rejectDetail"_s);
    detail->setPlaceholderText(tr("Details (optional with a reason above, else required)"));
    v->addWidget(detail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    v->addWidget(buttons);
    const auto reasonText = [reasons, detail] {
        const QString chosen = reasons->currentItem() && reasons->currentItem()->isSelected()
                                   ? reasons->currentItem()->text()
                                   : QString();
        const QString extra = detail->text().trimmed();
        if (chosen.isEmpty())
            return extra;
        return extra.isEmpty() ? chosen : chosen + u": "_s + extra;
    };
    const auto update = [buttons, reasonText] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!reasonText().isEmpty());
    };
    connect(reasons, &QListWidget::itemSelectionChanged, dialog, update);
    connect(detail, &QLineEdit::textChanged, dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, ids, reasonText] {
        decide(u"rejected"_s, ids, reasonText());
    });
    reasons->setFocus();
    dialog->open();
}

void InboxWidget::rejectWith(const QString &reason)
{
    decide(u"rejected"_s, selectedIds(), reason);
}

void InboxWidget::skip()
{
    const QString next = nextIdAfter({currentId()});
    if (!next.isEmpty() && m_model->rowOf(next) > m_model->rowOf(currentId()))
        selectId(next);
    else if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void InboxWidget::decide(const QString &action, const QStringList &ids, const QString &reason)
{
    if (ids.isEmpty() || m_deciding)
        return;
    m_preview->flush(); // an edit in progress is saved before the decision (jobs run in order)
    m_deciding = true;
    updateActions();
    const QString next = nextIdAfter(ids);
    m_service->run<DraftStore::Decisions>(
        this,
        [action, ids, reason](DraftStore &store, DbError *error) {
            return action == u"approved" ? store.approve(ids, error)
                                         : store.reject(ids, reason, error);
        },
        [this, action, next](int, std::optional<DraftStore::Decisions> decisions, DbError error) {
            m_deciding = false;
            if (!decisions) {
                // The answer never came (a lost server, say): it may or may not have landed,
                // and deciding again is safe, as a draft is never decided twice.
                showBanner(action == u"approved"
                               ? tr("Not approved: %1. Approving again once the database "
                                    "answers is safe: a draft is never approved twice.")
                                     .arg(error.message)
                               : tr("Not rejected: %1. Rejecting again once the database "
                                    "answers is safe: a draft is never rejected twice.")
                                     .arg(error.message),
                           true);
                updateActions();
                return;
            }
            QStringList done;
            QStringList refused;
            for (const auto &d : *decisions)
                (d.result == DraftStore::Decision::Result::Done ? done : refused)
                    .append(d.result == DraftStore::Decision::Result::Done ? d.id : d.message);
            if (!done.isEmpty())
                m_last = {action, done};
            if (!refused.isEmpty()) {
                QString text = refused.first() + tr(": nothing was changed.");
                if (refused.size() > 1)
                    text += tr(" (and %n more)", nullptr, int(refused.size() - 1));
                showBanner(text, true);
            } else {
                showBanner(action == u"approved"
                               ? tr("Approved %n draft(s).", nullptr, int(done.size()))
                               : tr("Rejected %n draft(s).", nullptr, int(done.size())),
                           false);
            }
            m_wantedId = next;
            const QString status = m_model->filter().status;
            if (status == u"open" || status == u"pending_review")
                m_model->removeIds(done);
            if (!next.isEmpty())
                selectId(next);
            m_model->refresh();
            m_preview->refreshDetail();
            updateActions();
            Q_EMIT decided(action, done, refused);
        });
}

void InboxWidget::undo()
{
    if (m_last.ids.isEmpty() || m_deciding)
        return;
    const QStringList ids = m_last.ids;
    m_deciding = true;
    updateActions();
    m_service->run<DraftStore::Decisions>(
        this,
        [ids](DraftStore &store, DbError *error) { return store.undo(ids, error); },
        [this, ids](int, std::optional<DraftStore::Decisions> decisions, DbError error) {
            m_deciding = false;
            m_last = {};
            if (!decisions) {
                showBanner(error.message, true);
                updateActions();
                return;
            }
            QStringList done;
            QStringList refused;
            for (const auto &d : *decisions)
                (d.result == DraftStore::Decision::Result::Done ? done : refused)
                    .append(d.result == DraftStore::Decision::Result::Done ? d.id : d.message);
            if (refused.isEmpty())
                showBanner(tr("Undone: %n draft(s) back in review.", nullptr, int(done.size())),
                           false);
            else
                showBanner(refused.first(), true);
            m_wantedId = done.value(0);
            m_model->refresh();
            m_preview->refreshDetail();
            updateActions();
            Q_EMIT decided(u"undo"_s, done, refused);
        });
}

} // namespace Touchline
