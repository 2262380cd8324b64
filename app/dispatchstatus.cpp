#include "dispatchstatus.h"

#include "dispatchservice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariantMap>

namespace Touchline {

using namespace Qt::StringLiterals;

DispatchStatus::DispatchStatus(DispatchService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_state = new QLabel(this);
    m_state->setObjectName(u"dispatchState"_s);
    m_pause = new QToolButton(this);
    m_pause->setObjectName(u"dispatchPause"_s);
    m_pause->setCheckable(true);
    m_pause->setAutoRaise(true);
    m_pause->setToolTip(tr("Pause or resume this console's dispatcher: while paused it sends "
                           "nothing (approved items wait)"));
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        if (m_service)
            m_service->setPaused(paused);
    });
    m_label = new QLabel(describe(0, 0, {}), this);
    m_label->setObjectName(u"dispatchLabel"_s);
    m_failed = new QToolButton(this);
    m_failed->setObjectName(u"dispatchFailedButton"_s);
    m_failed->setText(tr("Failed…"));
    m_failed->setAutoRaise(true);
    m_failed->setToolTip(tr("The items that could not be sent, with the provider's error"));
    connect(m_failed, &QToolButton::clicked, this, &DispatchStatus::showFailed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_label);
    layout->addWidget(m_pause);
    layout->addWidget(m_failed);
    if (service) {
        connect(service, &DispatchService::statsChanged, this, &DispatchStatus::setStats);
        connect(service, &DispatchService::stateChanged, this, &DispatchStatus::updateState);
    }
    updateState();
}

void DispatchStatus::updateState()
{
    const bool started = m_service && m_service->isStarted();
    const bool paused = m_service && m_service->isPaused();
    m_state->setText(!started ? tr("Dispatcher: stopped")
                     : paused ? tr("Dispatcher: paused")
                              : tr("Dispatcher: running"));
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(started);
}

QString DispatchStatus::describe(int sentToday, int failing, const QDateTime &nextDue)
{
    const QString next
        = nextDue.isValid() ? QLocale().toString(nextDue.toLocalTime().time(), QLocale::ShortFormat)
                            : tr("nothing approved");
    return tr("Dispatch: %n sent today", nullptr, sentToday) + u" · "_s
           + tr("%n failing", nullptr, failing) + u" · "_s + tr("next: %1").arg(next);
}

void DispatchStatus::setStats(int sentToday, int failing, const QDateTime &nextDue)
{
    m_label->setText(describe(sentToday, failing, nextDue));
    m_failed->setEnabled(failing > 0);
    m_label->setStyleSheet(failing > 0 ? u"color: #b3261e;"_s : QString());
}

void DispatchStatus::showFailed()
{
    auto *dialog = new FailedItemsDialog(m_service, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

FailedItemsDialog::FailedItemsDialog(DispatchService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Failed items"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(u"failedTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Due"), tr("Campaign"), tr("Step"), tr("Channel"), tr("Contact"), tr("Error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_retry = new QPushButton(tr("Retry selected"), this);
    m_retry->setEnabled(false);
    m_status = new QLabel(tr("Loading…"), this);
    connect(m_retry, &QPushButton::clicked, this, &FailedItemsDialog::onRetry);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_retry->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_retry);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    resize(960, 420);
    if (service) {
        connect(service, &DispatchService::failedListed, this, &FailedItemsDialog::showItems);
        connect(service,
                &DispatchService::retried,
                this,
                [this](const QString &, bool ok, const QString &message) {
                    if (!ok)
                        m_status->setText(tr("Not retried: %1").arg(message));
                    if (m_service)
                        m_service->requestFailed();
                });
        service->requestFailed();
    }
}

void FailedItemsDialog::showItems(const QVariantList &items)
{
    m_table->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const QVariantMap m = items.at(i).toMap();
        const QStringList cells{
            QLocale().toString(m.value(u"at"_s).toDateTime().toLocalTime(), QLocale::ShortFormat),
            m.value(u"campaign"_s).toString(),
            m.value(u"step"_s).toString(),
            m.value(u"channel"_s).toString(),
            m.value(u"contact"_s).toString(),
            m.value(u"error"_s).toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(cells.at(5));
            cell->setData(Qt::UserRole, m.value(u"id"_s));
            m_table->setItem(i, c, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_status->setText(
        items.isEmpty()
            ? tr("Nothing failed.")
            : tr("%n item(s) failed; their drafts are kept.", nullptr, int(items.size())));
}

void FailedItemsDialog::onRetry()
{
    if (!m_service)
        return;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        m_service->retry(m_table->item(row.row(), 0)->data(Qt::UserRole).toString());
    m_status->setText(tr("Sending again…"));
}

} // namespace Touchline
