#include "handoffsview.h"

#include "databaseworker.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {
int viewCounter = 0;

QString waited(const QDateTime &since)
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (minutes < 60)
        return HandoffsView::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return HandoffsView::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return HandoffsView::tr("%1 days").arg(minutes / (24 * 60));
}
} // namespace

HandoffsView::HandoffsView(const ConnectionSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_worker(new DatabaseWorker(settings, u"handoffs-view-%1"_s.arg(++viewCounter), this))
{
    setObjectName(u"handoffsView"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGatePage(), tr("Exec gate: booked meetings"));
    m_tabs->addTab(buildLivePage(), tr("Live calls"));
    m_message = new QLabel(this);
    m_message->setObjectName(u"handoffMessage"_s);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    connect(refresh, &QPushButton::clicked, this, &HandoffsView::reload);
    auto *timer = new QTimer(this);
    timer->setInterval(20000);
    connect(timer, &QTimer::timeout, this, &HandoffsView::reload);
    timer->start();
    reload();
}

HandoffsView::~HandoffsView() = default;

QWidget *HandoffsView::buildGatePage()
{
    auto *page = new QWidget(this);
    m_gateList = new QTreeWidget(page);
    m_gateList->setObjectName(u"gateList"_s);
    m_gateList->setRootIsDecorated(false);
    m_gateList->setHeaderLabels(
        {tr("Booked"), tr("Contact"), tr("Company"), tr("From campaign"), tr("Suggested")});
    m_gateList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gateDetail = new QLabel(page);
    m_gateDetail->setWordWrap(true);
    m_gateDetail->setTextFormat(Qt::RichText);
    m_campaigns = new QListWidget(page);
    m_campaigns->setObjectName(u"gateCampaigns"_s);
    m_goal = new QComboBox(page);
    m_goal->setObjectName(u"gateGoal"_s);
    for (const QString &g : Vocabulary::goals())
        m_goal->addItem(g, g);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(u"gateNotes"_s);
    m_notes->setPlaceholderText(tr("The routing note for the next owner"));
    m_notes->setMaximumHeight(90);
    m_enroll = new QPushButton(tr("&Enroll"), page);
    m_enroll->setObjectName(u"gateEnroll"_s);
    m_declineReason = new QLineEdit(page);
    m_declineReason->setObjectName(u"gateDeclineReason"_s);
    m_declineReason->setPlaceholderText(tr("Why not (kept in the audit log)"));
    m_decline = new QPushButton(tr("&Decline"), page);
    m_decline->setObjectName(u"gateDecline"_s);

    auto *decide = new QGroupBox(tr("Decision"), page);
    auto *form = new QFormLayout(decide);
    form->addRow(tr("Enroll in:"), m_campaigns);
    form->addRow(tr("Goal:"), m_goal);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(QString(), m_enroll);
    auto *declineRow = new QHBoxLayout;
    declineRow->addWidget(m_declineReason, 1);
    declineRow->addWidget(m_decline);
    form->addRow(tr("Or decline:"), declineRow);
    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_gateDetail);
    rightLayout->addWidget(decide, 1);
    auto *split = new QSplitter(page);
    split->addWidget(m_gateList);
    split->addWidget(right);
    split->setSizes({700, 560});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    connect(m_gateList, &QTreeWidget::currentItemChanged, this, &HandoffsView::showGate);
    connect(m_enroll, &QPushButton::clicked, this, &HandoffsView::onEnroll);
    connect(m_decline, &QPushButton::clicked, this, &HandoffsView::onDecline);
    showGate();
    return page;
}

QWidget *HandoffsView::buildLivePage()
{
    auto *page = new QWidget(this);
    m_liveList = new QTreeWidget(page);
    m_liveList->setObjectName(u"liveList"_s);
    m_liveList->setRootIsDecorated(false);
    m_liveList->setHeaderLabels(
        {tr("Waiting"), tr("Contact"), tr("Phone"), tr("Campaign"), tr("Step"), tr("Agent")});
    m_liveList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_liveDetail = new QLabel(page);
    m_liveDetail->setWordWrap(true);
    m_liveDetail->setTextFormat(Qt::RichText);
    m_script = new QLabel(page);
    m_script->setObjectName(u"liveScript"_s);
    m_script->setWordWrap(true);
    m_script->setFrameShape(QFrame::StyledPanel);
    m_script->setMargin(8);
    m_conversation = new QPlainTextEdit(page);
    m_conversation->setObjectName(u"liveConversation"_s);
    m_conversation->setReadOnly(true);
    m_claim = new QPushButton(tr("&Claim this call"), page);
    m_claim->setObjectName(u"liveClaim"_s);
    m_result = new QComboBox(page);
    m_result->setObjectName(u"liveResult"_s);
    m_result->addItem(tr("Converted"), int(HandoffStore::CallResult::Converted));
    m_result->addItem(tr("Rejected"), int(HandoffStore::CallResult::Rejected));
    m_result->addItem(tr("Call back at…"), int(HandoffStore::CallResult::Callback));
    m_callback = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), page);
    m_callback->setObjectName(u"liveCallback"_s);
    m_callback->setCalendarPopup(true);
    m_callback->setEnabled(false);
    m_resultNotes = new QLineEdit(page);
    m_resultNotes->setPlaceholderText(tr("What was said"));
    m_record = new QPushButton(tr("Record &result"), page);
    m_record->setObjectName(u"liveRecord"_s);

    auto *result = new QGroupBox(tr("Result"), page);
    auto *form = new QFormLayout(result);
    form->addRow(QString(), m_claim);
    form->addRow(tr("Result:"), m_result);
    form->addRow(tr("Call back:"), m_callback);
    form->addRow(tr("Notes:"), m_resultNotes);
    form->addRow(QString(), m_record);
    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_liveDetail);
    rightLayout->addWidget(new QLabel(tr("Script:"), right));
    rightLayout->addWidget(m_script);
    rightLayout->addWidget(new QLabel(tr("Conversation so far:"), right));
    rightLayout->addWidget(m_conversation, 1);
    rightLayout->addWidget(result);
    auto *split = new QSplitter(page);
    split->addWidget(m_liveList);
    split->addWidget(right);
    split->setSizes({700, 560});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    connect(m_liveList, &QTreeWidget::currentItemChanged, this, &HandoffsView::showLive);
    connect(m_result, &QComboBox::currentIndexChanged, this, [this] {
        m_callback->setEnabled(m_result->currentData().toInt()
                               == int(HandoffStore::CallResult::Callback));
    });
    connect(m_claim, &QPushButton::clicked, this, &HandoffsView::onClaim);
    connect(m_record, &QPushButton::clicked, this, &HandoffsView::onRecord);
    showLive();
    return page;
}

void HandoffsView::reload()
{
    const int generation = ++m_generation;
    m_worker->post(this, [this, generation](QSqlDatabase db) -> DatabaseWorker::Done {
        HandoffStore store(db);
        DbError error;
        const QString login = HandoffStore::login(db);
        auto gate = store.gateQueue(&error);
        auto live = gate ? store.liveQueue(QDateTime::currentDateTimeUtc(), &error) : std::nullopt;
        return [this, generation, login, gate, live, error] {
            if (generation != m_generation)
                return;
            if (!gate || !live) {
                m_message->setText(error.message);
                return;
            }
            m_login = login;
            const QString gateTask
                = m_gateList->currentItem()
                      ? m_gateList->currentItem()->data(0, Qt::UserRole).toString()
                      : QString();
            const QString liveTask
                = m_liveList->currentItem()
                      ? m_liveList->currentItem()->data(0, Qt::UserRole).toString()
                      : QString();
            m_gate = *gate;
            m_live = *live;
            m_gateList->clear();
            for (const auto &g : std::as_const(m_gate)) {
                auto *item
                    = new QTreeWidgetItem(m_gateList,
                                          {g.bookedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                           g.contactName,
                                           g.company,
                                           g.campaignName,
                                           g.suggested.isEmpty() ? tr("(none)") : g.suggested});
                item->setData(0, Qt::UserRole, g.taskId);
                if (g.taskId == gateTask)
                    m_gateList->setCurrentItem(item);
            }
            m_liveList->clear();
            for (const auto &l : std::as_const(m_live)) {
                auto *item = new QTreeWidgetItem(
                    m_liveList,
                    {waited(l.waitingSince),
                     l.contactName,
                     l.phone,
                     l.campaign,
                     QString::number(l.step),
                     l.status == u"in_progress" ? l.claimedBy : tr("unclaimed")});
                item->setData(0, Qt::UserRole, l.taskId);
                if (l.taskId == liveTask)
                    m_liveList->setCurrentItem(item);
            }
            m_tabs->setTabText(0, tr("Exec gate: booked meetings (%1)").arg(m_gate.size()));
            m_tabs->setTabText(1, tr("Live calls (%1)").arg(m_live.size()));
            showGate();
            showLive();
            Q_EMIT loaded();
        };
    });
}

void HandoffsView::showGate()
{
    const int i = m_gateList->currentItem()
                      ? m_gateList->indexOfTopLevelItem(m_gateList->currentItem())
                      : -1;
    const bool has = i >= 0 && i < m_gate.size();
    m_enroll->setEnabled(has);
    m_decline->setEnabled(has);
    m_campaigns->clear();
    if (!has) {
        m_gateDetail->setText(tr("<i>Pick a booked meeting to route it.</i>"));
        return;
    }
    const auto g = m_gate.at(i);
    m_gateDetail->setText(
        tr("<b style='font-size:large'>%1</b><br>%2 · %3<br>Booked %4 in <b>%5</b>: %6<br>"
           "BDR notes: %7")
            .arg(g.contactName.toHtmlEscaped(),
                 g.title.toHtmlEscaped(),
                 g.company.toHtmlEscaped(),
                 g.bookedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                 g.campaignName.toHtmlEscaped(),
                 g.booking.toHtmlEscaped(),
                 g.bdrNotes.isEmpty() ? tr("<i>none</i>") : g.bdrNotes.toHtmlEscaped()));
    m_worker->post(this, [this, g](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        auto campaigns = HandoffStore(db).campaignsFor(g.client, &error);
        return [this, g, campaigns] {
            const auto *current = m_gateList->currentItem();
            if (!campaigns || !current || current->data(0, Qt::UserRole).toString() != g.taskId)
                return;
            m_campaigns->clear();
            for (const auto &c : *campaigns) {
                if (c.first == g.campaign)
                    continue;
                auto *item = new QListWidgetItem(
                    c.first == g.suggested ? tr("%1 (suggested)").arg(c.second) : c.second,
                    m_campaigns);
                item->setData(Qt::UserRole, c.first);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(c.first == g.suggested ? Qt::Checked : Qt::Unchecked);
            }
        };
    });
}

void HandoffsView::showLive()
{
    const int i = m_liveList->currentItem()
                      ? m_liveList->indexOfTopLevelItem(m_liveList->currentItem())
                      : -1;
    const bool has = i >= 0 && i < m_live.size();
    m_claim->setEnabled(has && m_live.at(i).status == u"pending");
    m_record->setEnabled(has && m_live.at(i).status == u"in_progress"
                         && m_live.at(i).claimedBy == m_login);
    if (!has) {
        m_liveDetail->setText(tr("<i>Pick a call; the longest waiting is first.</i>"));
        m_script->clear();
        m_conversation->clear();
        return;
    }
    const auto &l = m_live.at(i);
    m_liveDetail->setText(tr("<b style='font-size:large'>%1</b><br>%2 · %3 · waiting %4")
                              .arg(l.contactName.toHtmlEscaped(),
                                   l.phone.toHtmlEscaped(),
                                   l.timeZone,
                                   waited(l.waitingSince)));
    m_script->setText(l.script);
    m_conversation->setPlainText(l.conversation.join(u'\n'));
}

void HandoffsView::onEnroll()
{
    const auto *current = m_gateList->currentItem();
    if (!current)
        return;
    HandoffStore::Decision decision;
    for (int r = 0; r < m_campaigns->count(); ++r)
        if (m_campaigns->item(r)->checkState() == Qt::Checked)
            decision.campaigns.append(m_campaigns->item(r)->data(Qt::UserRole).toString());
    decision.goal = m_goal->currentData().toString();
    decision.notes = m_notes->toPlainText().trimmed();
    const QString task = current->data(0, Qt::UserRole).toString();
    m_worker->post(this, [this, task, decision](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        const auto enrolled = HandoffStore(db).approveGate(task, decision, &error);
        const QString message
            = enrolled ? tr("Enrolled in %1").arg(enrolled->join(u", "_s)) : error.message;
        return [this, message, ok = bool(enrolled)] {
            finish(message, ok);
        };
    });
}

void HandoffsView::onDecline()
{
    const auto *current = m_gateList->currentItem();
    if (!current)
        return;
    const QString task = current->data(0, Qt::UserRole).toString();
    const QString reason = m_declineReason->text();
    m_worker->post(this, [this, task, reason](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        const bool ok = HandoffStore(db).declineGate(task, reason, &error);
        const QString message = ok ? tr("Declined: %1").arg(reason.trimmed()) : error.message;
        return [this, message, ok] {
            finish(message, ok);
        };
    });
}

void HandoffsView::onClaim()
{
    const auto *current = m_liveList->currentItem();
    if (!current)
        return;
    const QString task = current->data(0, Qt::UserRole).toString();
    m_worker->post(this, [this, task](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        QString bridge;
        const auto got = HandoffStore(db).claim(task, HandoffStore::login(db), &error, &bridge);
        const bool ok = got && *got;
        QString message = !got ? error.message
                          : ok ? tr("The call is yours")
                               : tr("Another agent has taken this call");
        if (ok && !bridge.isEmpty())
            message += u" · "_s + bridge; // the held call is coming through to you, or why not
        return [this, message, ok] {
            finish(message, ok);
        };
    });
}

void HandoffsView::onRecord()
{
    const auto *current = m_liveList->currentItem();
    if (!current)
        return;
    const QString task = current->data(0, Qt::UserRole).toString();
    const auto result = HandoffStore::CallResult(m_result->currentData().toInt());
    const QDateTime at = m_callback->dateTime().toUTC();
    const QString notes = m_resultNotes->text().trimmed();
    m_worker->post(this, [this, task, result, at, notes](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        const bool ok = HandoffStore(db).recordResult(
            task, HandoffStore::login(db), result, at, notes, &error);
        const QString message = ok ? tr("Result recorded") : error.message;
        return [this, message, ok] {
            finish(message, ok);
        };
    });
}

void HandoffsView::finish(const QString &message, bool ok)
{
    m_message->setText(
        ok ? message : u"<span style='color:#b03030'>%1</span>"_s.arg(message.toHtmlEscaped()));
    if (ok) {
        m_notes->clear();
        m_declineReason->clear();
        m_resultNotes->clear();
    }
    Q_EMIT actionDone(message, ok);
    reload();
}

} // namespace Touchline
