#include "simulationpanel.h"

#include "designerstyle.h"
#include "sendloadchart.h"
#include "simulationsession.h"
#include "vocabulary.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

namespace {

QLabel *heading(const QString &text)
{
    auto *l = new QLabel(u"<b>%1</b>"_s.arg(text.toHtmlEscaped()));
    l->setContentsMargins(0, 8, 0, 0);
    return l;
}

QSpinBox *spin(const QString &name, int min, int max, int value, int step)
{
    auto *s = new QSpinBox;
    s->setObjectName(name);
    s->setRange(min, max);
    s->setValue(value);
    s->setSingleStep(step);
    s->setGroupSeparatorShown(true);
    return s;
}

} // namespace

SimulationPanel::SimulationPanel(SimulationSession *session,
                                 FlowDocument *document,
                                 QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(document)
{
    setObjectName(u"simulationPanel"_s);
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(8, 6, 8, 8);
    v->addWidget(heading(tr("Simulate")));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_contacts = spin(u"contacts"_s, 1, 100000, session->contacts(), 100);
    m_days = spin(u"days"_s, 1, 60, session->days(), 1);
    m_seed = spin(u"seed"_s, 0, 999999, int(session->seed()), 1);
    form->addRow(tr("Contacts"), m_contacts);
    form->addRow(tr("Days"), m_days);
    form->addRow(tr("Seed"), m_seed);
    v->addLayout(form);
    connect(m_contacts, &QSpinBox::valueChanged, m_session, &SimulationSession::setContacts);
    connect(m_days, &QSpinBox::valueChanged, m_session, &SimulationSession::setDays);
    connect(
        m_seed, &QSpinBox::valueChanged, this, [this](int n) { m_session->setSeed(quint64(n)); });

    v->addWidget(heading(tr("Outcome probabilities")));
    m_stepTitle = new QLabel;
    m_stepTitle->setObjectName(u"simulationStep"_s);
    m_stepTitle->setWordWrap(true);
    v->addWidget(m_stepTitle);
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(u"probabilityTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Outcome"), tr("Probability")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(150);
    connect(m_table, &QTableWidget::itemChanged, this, &SimulationPanel::onItemChanged);
    v->addWidget(m_table);
    m_reset = new QPushButton(tr("Channel defaults"));
    m_reset->setObjectName(u"resetProbabilities"_s);
    m_reset->setToolTip(tr("Use the channel's built-in probabilities for this step"));
    connect(m_reset, &QPushButton::clicked, this, [this] {
        QString slug;
        if (const Step *s = currentStep(&slug)) {
            m_session->resetProbabilities(slug, s->stepNumber);
            loadTable();
        }
    });
    v->addWidget(m_reset, 0, Qt::AlignRight);
    m_problems = new QLabel;
    m_problems->setObjectName(u"simulationProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: %1"_s.arg(Style::errorColor().name()));
    v->addWidget(m_problems);

    m_buttonRow = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancelSimulation"_s);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, m_session, &SimulationSession::cancel);
    m_buttonRow->addStretch(1);
    m_buttonRow->addWidget(m_cancel);
    v->addLayout(m_buttonRow);
    m_busy = new QProgressBar;
    m_busy->setObjectName(u"simulationBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    v->addWidget(m_busy);
    m_overlay = new QCheckBox(tr("Show figures on the canvas"));
    m_overlay->setObjectName(u"overlayBox"_s);
    m_compare = new QCheckBox(tr("Compare with the previous run"));
    m_compare->setObjectName(u"compareBox"_s);
    m_compare->setChecked(session->isComparing());
    connect(m_compare, &QCheckBox::toggled, m_session, &SimulationSession::setComparing);
    v->addWidget(m_overlay);
    v->addWidget(m_compare);
    m_summary = new QLabel;
    m_summary->setObjectName(u"simulationSummary"_s);
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    v->addWidget(heading(tr("Touches per day")));
    m_load = new SendLoadChart;
    v->addWidget(m_load);
    v->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setMinimumWidth(250);

    connect(m_session, &SimulationSession::started, this, &SimulationPanel::onStarted);
    connect(m_session, &SimulationSession::finished, this, &SimulationPanel::onFinished);
    connect(m_session, &SimulationSession::overlayChanged, this, &SimulationPanel::updateSummary);
    connect(m_document, &FlowDocument::validated, this, &SimulationPanel::updateProblems);
    connect(m_document, &FlowDocument::stepsChanged, this, [this](FlowDocument::Id id) {
        if (id == m_campaign)
            loadTable();
    });
    connect(m_document, &FlowDocument::flowReset, this, [this] { showStep(0, -1); });
    showStep(0, -1);
    updateSummary();
}

void SimulationPanel::setActions(QAction *simulate, QAction *overlay)
{
    auto *run = new QToolButton;
    run->setObjectName(u"simulateButton"_s);
    run->setDefaultAction(simulate);
    run->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttonRow->insertWidget(1, run);
    m_overlay->setChecked(overlay->isChecked());
    connect(m_overlay, &QCheckBox::toggled, overlay, &QAction::setChecked);
    connect(overlay, &QAction::toggled, m_overlay, &QCheckBox::setChecked);
}

const Step *SimulationPanel::currentStep(QString *slug) const
{
    const Campaign *c = m_document->campaign(m_campaign);
    if (!c || m_step < 0 || m_step >= c->steps.size())
        return nullptr;
    if (slug)
        *slug = c->slug;
    return &c->steps.at(m_step);
}

void SimulationPanel::showStep(FlowDocument::Id id, int stepIndex)
{
    m_campaign = id;
    m_step = stepIndex;
    loadTable();
}

int SimulationPanel::rowOf(const QString &outcome) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == outcome)
            return row;
    }
    return -1;
}

void SimulationPanel::loadTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    QString slug;
    const Step *step = currentStep(&slug);
    m_table->setEnabled(step);
    m_reset->setEnabled(step && m_session->hasOwnProbabilities(slug, step->stepNumber));
    if (!step) {
        m_stepTitle->setText(tr("Select a step in a sequence to edit its outcome probabilities; "
                                "the others use their channel's defaults."));
        updateProblems();
        return;
    }
    m_stepTitle->setText(tr("%1, step %2 · %3")
                             .arg(slug)
                             .arg(step->stepNumber)
                             .arg(Style::channelLabel(step->channel)));
    const QJsonObject table = m_session->stepProbabilities(slug, *step);
    QStringList outcomes = Vocabulary::outcomesFor(step->channel);
    for (const QString &intent : Vocabulary::replyIntents()) {
        if (Vocabulary::isOutcomeFor(step->channel, intent))
            outcomes.append(intent);
    }
    for (const QString &outcome : std::as_const(outcomes)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(outcome);
        name->setData(Qt::UserRole, outcome);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        const QJsonValue value = table.value(outcome);
        m_table->setItem(row,
                         1,
                         new QTableWidgetItem(value.isString()
                                                  ? value.toString()
                                                  : QString::number(value.toDouble())));
    }
    const int last = m_table->rowCount();
    m_table->insertRow(last);
    auto *silence = new QTableWidgetItem(tr("nothing heard back"));
    silence->setFlags(Qt::ItemIsEnabled);
    silence->setForeground(Style::textSecondary());
    m_table->setItem(last, 0, silence);
    auto *rest = new QTableWidgetItem;
    rest->setFlags(Qt::ItemIsEnabled);
    rest->setForeground(Style::textSecondary());
    m_table->setItem(last, 1, rest);
    updateRemainder();
    updateProblems();
}

void SimulationPanel::onItemChanged(QTableWidgetItem *item)
{
    QString slug;
    const Step *step = currentStep(&slug);
    const QString outcome = m_table->item(item->row(), 0)->data(Qt::UserRole).toString();
    if (!step || outcome.isEmpty() || item->column() != 1)
        return;
    bool ok = false;
    const double p = item->text().trimmed().toDouble(&ok);
    // What is not a number is kept as typed: the problems below name it.
    m_session->setProbability(slug, *step, outcome, ok ? QJsonValue(p) : QJsonValue(item->text()));
    m_lastError.clear();
    // Not loadTable(): the item is still being committed by its editor.
    updateRemainder();
    m_reset->setEnabled(true);
    updateProblems();
}

void SimulationPanel::updateRemainder()
{
    const int last = m_table->rowCount() - 1;
    if (last < 0)
        return;
    double total = 0;
    for (int row = 0; row < last; ++row)
        total += m_table->item(row, 1)->text().toDouble();
    const QSignalBlocker blocker(m_table);
    m_table->item(last, 1)->setText(QString::number(std::max(0.0, 1.0 - total), 'g', 4));
}

void SimulationPanel::updateProblems()
{
    const QStringList problems = m_session->problems(m_document->flow());
    QString text = problems.join(u'\n');
    if (!m_lastError.isEmpty())
        text = text.isEmpty() ? m_lastError : QString(text + u'\n' + m_lastError);
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
}

QString SimulationPanel::problemsText() const
{
    return m_problems->text();
}

QString SimulationPanel::summaryText() const
{
    return m_summary->text();
}

void SimulationPanel::onStarted()
{
    m_lastError.clear();
    updateProblems();
    m_busy->show();
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Simulating %L1 contacts over %n day(s)…", nullptr, m_session->days())
                           .arg(m_session->contacts()));
}

void SimulationPanel::onFinished(bool ok, const QString &message)
{
    m_busy->setVisible(m_session->isRunning());
    m_cancel->setEnabled(m_session->isRunning());
    // The plan's own problems are listed live already; keep what else stopped the run.
    const QStringList live = m_session->problems(m_document->flow());
    QStringList other;
    for (const QString &line : message.split(u'\n', Qt::SkipEmptyParts)) {
        if (!ok && !live.contains(line))
            other.append(line);
    }
    m_lastError = other.join(u'\n');
    updateProblems();
    updateSummary();
}

void SimulationPanel::updateSummary()
{
    const auto &result = m_session->result();
    if (m_session->isRunning())
        return;
    if (!result) {
        m_summary->setText(tr("Run a simulation to see how many contacts reach each step."));
        m_load->setLoad({}, 0);
        return;
    }
    int touches = 0;
    for (const Simulator::StepBreakdown &b : result->steps)
        touches += b.fired;
    QString text = tr("%1: %L2 touches in %3 s")
                       .arg(m_session->campaign())
                       .arg(touches)
                       .arg(double(result->elapsedMs) / 1000.0, 0, 'f', 1);
    if (m_session->isStale())
        text += u"\n"_s + tr("The flow or the plan changed since this run: simulate again.");
    m_summary->setText(text);
    m_load->setLoad(result->sendsPerDay, int(result->start.daysTo(result->end)));
}

} // namespace Touchline
