#include "inspectorwidget.h"

#include "channellimits.h"
#include "designerstyle.h"
#include "templatedrafter.h"
#include "templateedit.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

namespace {

// Encodes an outcome action as the combo's item data and back.
QString encode(const std::optional<OutcomeAction> &a)
{
    if (!a)
        return u"next"_s;
    switch (a->kind) {
    case OutcomeAction::Kind::Goto:
        return u"goto:"_s + QString::number(a->gotoStep);
    case OutcomeAction::Kind::Exit:
        return u"exit:"_s + a->exitReason;
    case OutcomeAction::Kind::Retry:
        return u"retry:%1:%2"_s.arg(a->retryAfterMinutes).arg(a->retryMaxAttempts);
    case OutcomeAction::Kind::Handoff:
        return u"handoff:"_s + a->handoff;
    }
    return u"next"_s;
}

std::optional<OutcomeAction> decode(const QString &s)
{
    const QStringList parts = s.split(u':');
    if (parts.first() == u"goto")
        return OutcomeAction::makeGoto(parts.value(1).toInt());
    if (parts.first() == u"exit")
        return OutcomeAction::makeExit(parts.value(1));
    if (parts.first() == u"retry")
        return OutcomeAction::makeRetry(parts.value(1).toInt(), parts.value(2).toInt());
    if (parts.first() == u"handoff")
        return OutcomeAction::makeHandoff(parts.value(1));
    return std::nullopt;
}

// What an outcome the step does not map does, from Vocabulary::defaultRoutes.
QString unmappedLabel(const QString &outcome, bool lastStep)
{
    const Vocabulary::DefaultRouteRow row = Vocabulary::defaultRoute(outcome);
    switch (lastStep ? row.last : row.step) {
    case Vocabulary::DefaultRoute::Continue:
        return lastStep ? InspectorWidget::tr("end (times out)") : InspectorWidget::tr("next step");
    case Vocabulary::DefaultRoute::ExitConverted:
        return InspectorWidget::tr("(default) exit converted");
    case Vocabulary::DefaultRoute::ExitRejected:
        return InspectorWidget::tr("(default) exit rejected");
    case Vocabulary::DefaultRoute::Classify:
        return InspectorWidget::tr("(default) classify reply");
    case Vocabulary::DefaultRoute::PushBack:
        return InspectorWidget::tr("(default) a week later");
    }
    return InspectorWidget::tr("next step");
}

// As narrow as its field: a long campaign name must not push the inspector past its edge.
void fitCombo(QComboBox *box)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
}

void setCombo(QComboBox *box, const QString &data)
{
    int i = box->findData(data);
    if (i < 0 && box->isEditable()) {
        box->setEditText(data);
        return;
    }
    if (i < 0) {
        box->addItem(data, data);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

} // namespace

InspectorWidget::InspectorWidget(FlowDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"inspector"_s);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    auto *empty
        = new QLabel(tr("Select a campaign on the map or a step in a sequence to edit it."), this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    empty->setStyleSheet(u"color: #64748b; padding: 8px;"_s);
    m_pages->addWidget(empty);
    m_pages->addWidget(buildCampaignPage());
    m_pages->addWidget(buildStepPage());
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);

    connect(document, &FlowDocument::campaignChanged, this, &InspectorWidget::onDocumentChanged);
    connect(document, &FlowDocument::campaignRemoved, this, [this](FlowDocument::Id id) {
        if (id == m_campaign)
            showNothing();
    });
    connect(document, &FlowDocument::flowReset, this, &InspectorWidget::showNothing);
    connect(document, &FlowDocument::validated, this, &InspectorWidget::showProblems);
    for (QComboBox *box : findChildren<QComboBox *>())
        fitCombo(box);
    showNothing();
}

void InspectorWidget::addRow(QFormLayout *form,
                             const QString &label,
                             const QString &key,
                             QWidget *editor)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    auto *problem = new QLabel;
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #dc2626; font-size: 11px;"_s);
    problem->hide();
    v->addWidget(problem);
    // The long editors take the inspector's whole width, under their label.
    if (key == u"template_instructions" || key == u"on_outcome" || key == u"preview") {
        form->addRow(new QLabel(label));
        form->addRow(box);
    } else {
        form->addRow(label, box);
    }
    m_fields.insert(key, editor);
    m_problems.insert(key, problem);
    editor->setObjectName(u"field_"_s + key);
}

QWidget *InspectorWidget::buildCampaignPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow inspector wraps, never clips
    m_name = new QLineEdit;
    m_name->setToolTip(tr("What authors and approvers call this campaign"));
    m_slug = new QLineEdit;
    m_slug->setToolTip(tr("Unique key: lower-case letters, digits and _; routes name it"));
    m_client = new QLineEdit;
    m_type = new QComboBox;
    m_type->addItems(Vocabulary::campaignTypes());
    m_owner = new QComboBox;
    m_owner->addItems(Vocabulary::ownerRoles());
    m_status = new QComboBox;
    m_status->addItems(Vocabulary::campaignStatuses());
    m_gate = new QCheckBox(tr("Meetings wait for the approver"));
    m_gate->setToolTip(tr("Only roles.bdr campaigns may gate"));
    m_review = new QCheckBox(tr("Needs review"));
    m_review->setObjectName(u"campaignReview"_s);
    m_review->setToolTip(tr("Off: this campaign's touches are approved as they fire"));
    m_drafter = new QComboBox;
    m_drafter->setObjectName(u"campaignDrafter"_s);
    m_drafter->addItem(tr("Touchline's templates"), u"template"_s);
    m_drafter->addItem(tr("an external agent"), u"external"_s);
    m_noEngagement = new QSpinBox;
    m_noEngagement->setRange(0, 365);
    m_noEngagement->setSuffix(tr(" days after last step"));
    for (QComboBox *box : {m_type, m_owner, m_status}) {
        for (int i = 0; i < box->count(); ++i)
            box->setItemData(i, box->itemText(i));
    }
    addRow(form, tr("Name"), u"name"_s, m_name);
    addRow(form, tr("Slug"), u"slug"_s, m_slug);
    addRow(form, tr("Client"), u"client_id"_s, m_client);
    addRow(form, tr("Type"), u"type"_s, m_type);
    addRow(form, tr("Owner role"), u"owner_role"_s, m_owner);
    addRow(form, tr("Status"), u"status"_s, m_status);
    addRow(form, tr("Exec gate"), u"gate"_s, m_gate);
    addRow(form, tr("Approval"), u"review"_s, m_review);
    addRow(form, tr("Drafted by"), u"drafter"_s, m_drafter);
    addRow(form, tr("No engagement"), u"no_engagement_after_days"_s, m_noEngagement);

    auto *window = new QWidget;
    auto *wl = new QVBoxLayout(window);
    wl->setContentsMargins(0, 0, 0, 0);
    m_hasWindow = new QCheckBox(tr("Only send inside a window"));
    wl->addWidget(m_hasWindow);
    auto *days = new QGridLayout;
    days->setSpacing(2);
    for (const QString &d : Vocabulary::weekdays()) {
        auto *box = new QCheckBox(d);
        days->addWidget(box, int(m_days.size()) / 4, int(m_days.size()) % 4);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &InspectorWidget::commitCampaign);
    }
    wl->addLayout(days);
    auto *times = new QHBoxLayout;
    m_windowStart = new QLineEdit;
    m_windowEnd = new QLineEdit;
    m_windowStart->setPlaceholderText(u"09:00"_s);
    m_windowEnd->setPlaceholderText(u"17:00"_s);
    times->addWidget(m_windowStart);
    times->addWidget(new QLabel(u"–"_s));
    times->addWidget(m_windowEnd);
    wl->addLayout(times);
    addRow(form, tr("Send window"), u"send_window"_s, window);

    for (const QString &reason : Vocabulary::exitReasons()) {
        auto *box = new QComboBox;
        m_exits.insert(reason, box);
        addRow(form, tr("On %1").arg(Style::exitLabel(reason)), u"on_exit."_s + reason, box);
        connect(box, &QComboBox::activated, this, &InspectorWidget::commitCampaign);
    }

    for (QLineEdit *e : {m_name, m_slug, m_client, m_windowStart, m_windowEnd})
        connect(e, &QLineEdit::editingFinished, this, &InspectorWidget::commitCampaign);
    for (QComboBox *b : {m_type, m_owner, m_status})
        connect(b, &QComboBox::activated, this, &InspectorWidget::commitCampaign);
    connect(m_gate, &QCheckBox::toggled, this, &InspectorWidget::commitCampaign);
    connect(m_review, &QCheckBox::toggled, this, &InspectorWidget::commitCampaign);
    connect(m_drafter, &QComboBox::activated, this, &InspectorWidget::commitCampaign);
    connect(m_hasWindow, &QCheckBox::toggled, this, &InspectorWidget::commitCampaign);
    connect(m_noEngagement, &QSpinBox::valueChanged, this, &InspectorWidget::commitCampaign);
    connect(m_noEngagement, &QSpinBox::editingFinished, m_document, &FlowDocument::endFieldEdit);
    // Immediate feedback on the slug, before the validator sees it.
    connect(m_slug, &QLineEdit::textEdited, this, [this](const QString &text) {
        static const QRegularExpression pattern(u"^[a-z0-9_]+$"_s);
        QLabel *problem = m_problems.value(u"slug"_s);
        const bool ok = pattern.match(text).hasMatch();
        problem->setText(ok ? QString() : tr("lower-case letters, digits and _ only"));
        problem->setVisible(!ok);
        m_slug->setStyleSheet(ok ? QString() : u"border: 1px solid #dc2626;"_s);
    });
    return page;
}

QWidget *InspectorWidget::buildStepPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow inspector wraps, never clips
    m_channel = new QComboBox;
    for (const QString &c : Vocabulary::channels())
        m_channel->addItem(Style::qicon(Style::channelIconName(c)), Style::channelLabel(c), c);
    m_delayDays = new QSpinBox;
    m_delayDays->setRange(0, 3650);
    m_delayDays->setPrefix(tr("day "));
    m_delayMinutes = new QSpinBox;
    m_delayMinutes->setRange(0, 24 * 60 - 1);
    m_delayMinutes->setSuffix(tr(" min"));
    m_handler = new QComboBox;
    m_handler->addItem(tr("(none)"), QString());
    for (const QString &h : Vocabulary::voiceHandlers())
        m_handler->addItem(h, h);
    m_stepReview = new QCheckBox(tr("Needs review"));
    m_stepReview->setObjectName(u"stepReview"_s);
    m_stepReview->setToolTip(tr("Follows the campaign's setting until changed here"));
    m_contentType = new QComboBox;
    m_contentType->setEditable(true);
    m_contentType->addItems(Vocabulary::knownContentTypes());
    m_template = new TemplateEdit;
    m_template->setMinimumHeight(110);
    m_outcomes = new QTableWidget(0, 2);
    m_outcomes->setHorizontalHeaderLabels({tr("Outcome"), tr("Then")});
    m_outcomes->verticalHeader()->hide();
    m_outcomes->horizontalHeader()->setStretchLastSection(true);
    m_outcomes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_outcomes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outcomes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomes->setMinimumHeight(200);
    addRow(form, tr("Channel"), u"channel"_s, m_channel);
    addRow(form, tr("Delay"), u"delay_days"_s, m_delayDays);
    addRow(form, tr("Plus"), u"delay_minutes"_s, m_delayMinutes);
    addRow(form, tr("Handler"), u"handler"_s, m_handler);
    addRow(form, tr("Approval"), u"review"_s, m_stepReview);
    addRow(form, tr("Content type"), u"content_type"_s, m_contentType);
    addRow(form, tr("Instructions"), u"template_instructions"_s, m_template);
    m_previewLimits = new QLabel;
    m_previewLimits->setObjectName(u"previewLimits"_s);
    m_previewLimits->setWordWrap(true);
    m_preview = new QLabel;
    m_preview->setObjectName(u"preview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setStyleSheet(
        u"background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 4px; padding: 6px;"_s);
    m_preview->setToolTip(tr("The draft Touchline's templates write for a sample contact"));
    // A wrapped label inside the scrolled form gets no height for its width: it asks for it.
    m_preview->installEventFilter(this);
    auto *preview = new QWidget;
    auto *pv = new QVBoxLayout(preview);
    pv->setContentsMargins(0, 0, 0, 0);
    pv->setSpacing(4);
    pv->addWidget(m_preview);
    pv->addWidget(m_previewLimits);
    addRow(form,
           tr("Preview for %1 %2")
               .arg(sampleContact().value(u"first_name"_s), sampleContact().value(u"last_name"_s)),
           u"preview"_s,
           preview);
    addRow(form, tr("On outcome"), u"on_outcome"_s, m_outcomes);
    connect(m_channel, &QComboBox::activated, this, &InspectorWidget::commitStep);
    connect(m_handler, &QComboBox::activated, this, &InspectorWidget::commitStep);
    connect(m_stepReview, &QCheckBox::toggled, this, &InspectorWidget::commitStep);
    connect(m_delayDays, &QSpinBox::valueChanged, this, &InspectorWidget::commitStep);
    connect(m_delayMinutes, &QSpinBox::valueChanged, this, &InspectorWidget::commitStep);
    // The digits of one number are one undo step: they merge until the field is left.
    for (QSpinBox *box : {m_delayDays, m_delayMinutes})
        connect(box, &QSpinBox::editingFinished, m_document, &FlowDocument::endFieldEdit);
    connect(
        m_contentType->lineEdit(), &QLineEdit::editingFinished, this, &InspectorWidget::commitStep);
    connect(m_contentType, &QComboBox::activated, this, &InspectorWidget::commitStep);
    connect(m_template, &TemplateEdit::editingFinished, this, &InspectorWidget::commitStep);
    // The preview follows every keystroke; the document only hears of it when the field is left.
    connect(m_template, &QPlainTextEdit::textChanged, this, &InspectorWidget::updatePreview);
    connect(m_contentType, &QComboBox::editTextChanged, this, &InspectorWidget::updatePreview);
    return page;
}

void InspectorWidget::showNothing()
{
    m_campaign = 0;
    m_step = -1;
    m_heading->setText(tr("Inspector"));
    m_pages->setCurrentIndex(0);
}

void InspectorWidget::showCampaign(FlowDocument::Id id)
{
    m_campaign = id;
    m_step = -1;
    load();
}

void InspectorWidget::showStep(FlowDocument::Id id, int stepIndex)
{
    m_campaign = id;
    m_step = stepIndex;
    load();
}

void InspectorWidget::onDocumentChanged(FlowDocument::Id id)
{
    if (id == m_campaign)
        load();
}

void InspectorWidget::load()
{
    const Campaign *c = m_document->campaign(m_campaign);
    if (!c || m_step >= c->steps.size()) {
        showNothing();
        return;
    }
    m_loading = true;
    if (m_step < 0) {
        m_heading->setText(tr("Campaign %1").arg(c->slug));
        loadCampaign(*c);
        m_pages->setCurrentIndex(1);
    } else {
        m_heading->setText(tr("%1 · step %2").arg(c->slug).arg(m_step + 1));
        loadStep(c->steps.at(m_step), int(c->steps.size()));
        m_pages->setCurrentIndex(2);
    }
    m_loading = false;
    showProblems();
    updatePreview();
}

void InspectorWidget::loadCampaign(const Campaign &c)
{
    m_name->setText(c.name);
    m_name->setCursorPosition(0); // the start of a long name, not its tail
    m_slug->setText(c.slug);
    m_slug->setStyleSheet(QString());
    m_client->setText(c.clientId);
    setCombo(m_type, c.type);
    setCombo(m_owner, c.ownerRole);
    setCombo(m_status, c.status);
    m_gate->setChecked(c.gate);
    m_gate->setEnabled(c.gate || c.ownerRole == QLatin1String(Vocabulary::ownerRoleBdr));
    m_review->setChecked(c.review);
    setCombo(m_drafter, c.drafter);
    m_noEngagement->setValue(c.noEngagementAfterDays);
    m_hasWindow->setChecked(c.sendWindow.has_value());
    for (int i = 0; i < m_days.size(); ++i) {
        m_days[i]->setChecked(c.sendWindow
                              && c.sendWindow->days.contains(Vocabulary::weekdays().at(i)));
        m_days[i]->setEnabled(c.sendWindow.has_value());
    }
    m_windowStart->setText(c.sendWindow ? c.sendWindow->start : QString());
    m_windowEnd->setText(c.sendWindow ? c.sendWindow->end : QString());
    m_windowStart->setEnabled(c.sendWindow.has_value());
    m_windowEnd->setEnabled(c.sendWindow.has_value());
    for (auto it = m_exits.cbegin(); it != m_exits.cend(); ++it) {
        QComboBox *box = it.value();
        box->clear();
        box->addItem(c.gate && it.key() == u"converted" ? tr("(exec approver decides)")
                                                        : tr("(ends here)"),
                     QString());
        for (const Campaign &other : m_document->flow().campaigns) {
            if (other.slug != c.slug)
                box->addItem(u"%1 — %2"_s.arg(other.slug, other.name), other.slug);
        }
        setCombo(box, c.onExit.value(it.key()));
    }
}

void InspectorWidget::loadStep(const Step &s, int count)
{
    setCombo(m_channel, s.channel);
    m_delayDays->setValue(s.delayDays);
    m_delayMinutes->setValue(s.delayMinutes);
    setCombo(m_handler, s.handler);
    m_handler->setEnabled(s.channel == u"voice" || !s.handler.isEmpty());
    const Campaign *c = m_document->campaign(m_campaign);
    m_stepReview->setChecked(s.needsReview(!c || c->review));
    m_contentType->setEditText(s.contentType);
    if (m_template->toPlainText() != s.templateInstructions)
        m_template->setPlainText(s.templateInstructions);
    // The outcome rows are a dozen combo boxes: rebuilt only when what they show changed, not
    // on every digit typed into a delay (keystroke to repaint stays short at any flow size).
    QString key = u"%1/%2/%3/%4"_s.arg(m_campaign).arg(m_step).arg(count).arg(s.channel);
    for (auto it = s.onOutcome.cbegin(); it != s.onOutcome.cend(); ++it)
        key += u'|' + it.key() + u'=' + encode(*it);
    if (key == m_outcomesKey)
        return;
    m_outcomesKey = key;
    const QStringList outcomes = Vocabulary::outcomesFor(s.channel) + Vocabulary::replyIntents();
    m_outcomes->setRowCount(int(outcomes.size()));
    for (int i = 0; i < outcomes.size(); ++i) {
        const QString &o = outcomes.at(i);
        m_outcomes->setItem(i, 0, new QTableWidgetItem(o));
        auto *box = new QComboBox;
        fitCombo(box);
        // An unmapped row does what the engine's default table says: named plainly, never
        // flagged (going on to the next step is a choice, not a mistake).
        box->addItem(unmappedLabel(o, m_step == count - 1), u"next"_s);
        for (int n = 1; n <= count; ++n)
            box->addItem(tr("go to step %1").arg(n), QString(u"goto:"_s + QString::number(n)));
        for (const QString &r : Vocabulary::exitReasons())
            box->addItem(tr("exit %1").arg(Style::exitLabel(r)), QString(u"exit:"_s + r));
        if (!Vocabulary::isNeverRetried(o)) {
            box->addItem(tr("retry in 30 min, 3×"), u"retry:30:3"_s);
            box->addItem(tr("retry in 60 min, 3×"), u"retry:60:3"_s);
            box->addItem(tr("retry in 120 min, 2×"), u"retry:120:2"_s);
        }
        for (const QString &h : Vocabulary::handoffTargets())
            box->addItem(tr("hand off to %1").arg(h), QString(u"handoff:"_s + h));
        const auto it = s.onOutcome.constFind(o);
        const QString current
            = encode(it == s.onOutcome.cend() ? std::nullopt : std::optional<OutcomeAction>(*it));
        if (box->findData(current) < 0 && current.startsWith(u"retry"_s)) {
            const QStringList p = current.split(u':');
            box->addItem(tr("retry in %1 min, %2×").arg(p.value(1), p.value(2)), current);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
        connect(box, &QComboBox::activated, this, [this, o, box] {
            if (!m_loading)
                m_document->setOutcome(
                    m_campaign, m_step, o, decode(box->currentData().toString()));
        });
        m_outcomes->setCellWidget(i, 1, box);
    }
}

void InspectorWidget::commitCampaign()
{
    const Campaign *current = m_document->campaign(m_campaign);
    if (m_loading || !current || m_step >= 0)
        return;
    Campaign c = *current;
    c.name = m_name->text();
    // A slug the flow format refuses is not written; the field keeps it, flagged.
    static const QRegularExpression slugPattern(u"^[a-z0-9_]+$"_s);
    if (slugPattern.match(m_slug->text()).hasMatch())
        c.slug = m_slug->text();
    c.clientId = m_client->text();
    c.type = m_type->currentText();
    c.ownerRole = m_owner->currentText();
    c.status = m_status->currentText();
    c.gate = m_gate->isChecked();
    c.review = m_review->isChecked();
    c.drafter = m_drafter->currentData().toString();
    c.noEngagementAfterDays = m_noEngagement->value();
    if (m_hasWindow->isChecked()) {
        SendWindow w;
        for (int i = 0; i < m_days.size(); ++i) {
            if (m_days.at(i)->isChecked())
                w.days.append(Vocabulary::weekdays().at(i));
        }
        if (!current->sendWindow && w.days.isEmpty())
            w.days = Vocabulary::weekdays().mid(0, 5);
        w.start = m_windowStart->text().isEmpty() ? u"09:00"_s : m_windowStart->text();
        w.end = m_windowEnd->text().isEmpty() ? u"17:00"_s : m_windowEnd->text();
        c.sendWindow = w;
    } else {
        c.sendWindow.reset();
    }
    for (auto it = m_exits.cbegin(); it != m_exits.cend(); ++it) {
        const QString target = it.value()->currentData().toString();
        if (target.isEmpty())
            c.onExit.remove(it.key());
        else
            c.onExit.insert(it.key(), target);
    }
    m_document->updateCampaign(m_campaign,
                               c,
                               tr("Edit campaign %1").arg(c.slug),
                               sender() == m_noEngagement ? u"no_engagement_after_days"_s
                                                          : QString());
}

void InspectorWidget::commitStep()
{
    const Campaign *current = m_document->campaign(m_campaign);
    if (m_loading || !current || m_step < 0 || m_step >= current->steps.size())
        return;
    Step s = current->steps.at(m_step);
    const QString channel = m_channel->currentData().toString();
    if (channel != s.channel) {
        // Outcomes the new channel cannot report go; so does a voice-only handler.
        for (auto it = s.onOutcome.begin(); it != s.onOutcome.end();) {
            if (Vocabulary::isOutcomeFor(channel, it.key()))
                ++it;
            else
                it = s.onOutcome.erase(it);
        }
        if (channel != u"voice")
            s.handler.clear();
    } else {
        s.handler = m_handler->currentData().toString();
    }
    s.channel = channel;
    s.delayDays = m_delayDays->value();
    s.delayMinutes = m_delayMinutes->value();
    s.contentType = m_contentType->currentText();
    s.templateInstructions = m_template->toPlainText();
    const QObject *from = sender();
    const QString field = from == m_delayDays      ? u"delay_days"_s
                          : from == m_delayMinutes ? u"delay_minutes"_s
                                                   : QString();
    // The campaign's setting unless this step differs from it.
    const bool review = m_stepReview->isChecked();
    s.review = review == current->review ? std::nullopt : std::optional<bool>(review);
    m_document->updateStep(
        m_campaign, m_step, s, tr("Edit step %1 of %2").arg(m_step + 1).arg(current->slug), field);
}

const QHash<QString, QString> &InspectorWidget::sampleContact()
{
    // A contact with every column of the contacts table; attributes (event_name...) vary per
    // client, so the preview marks them as not filled.
    static const QHash<QString, QString> contact{
        {u"first_name"_s, u"Alex"_s},
        {u"last_name"_s, u"Morgan"_s},
        {u"company"_s, u"Northwind Insurance"_s},
        {u"title"_s, u"Operations Director"_s},
        {u"email"_s, u"alex.morgan@example.com"_s},
        {u"phone"_s, u"+44 20 7946 0018"_s},
        {u"linkedin_url"_s, u"https://www.linkedin.com/in/alex-morgan"_s},
        {u"time_zone"_s, u"Europe/London"_s},
    };
    return contact;
}

void InspectorWidget::fitPreviewHeight()
{
    const int width = m_preview->width() > 60 ? m_preview->width() : 280;
    m_preview->setMinimumHeight(m_preview->heightForWidth(width));
}

bool InspectorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview && event->type() == QEvent::Resize)
        fitPreviewHeight();
    return QWidget::eventFilter(watched, event);
}

QString InspectorWidget::previewText() const
{
    return m_previewPlain;
}

QString InspectorWidget::previewLimits() const
{
    return m_previewLimits->text();
}

void InspectorWidget::updatePreview()
{
    const Campaign *c = m_document->campaign(m_campaign);
    if (!c || m_step < 0 || m_step >= c->steps.size())
        return;
    const QString channel = m_channel->currentData().toString();
    QHash<QString, QString> fields = sampleContact();
    fields.insert(u"client_id"_s, c->clientId);
    const TemplateDrafter::Draft draft = TemplateDrafter::draft(
        c->name, m_contentType->currentText(), m_template->toPlainText(), fields);
    m_previewUnknown = draft.unknownPlaceholders;
    const bool email = channel == u"email";
    m_previewPlain
        = email ? tr("Subject: %1").arg(draft.subject) + u"\n\n"_s + draft.body : draft.body;
    // Unknown merge fields stay visible, marked, as the drafter leaves them.
    const auto html = [this](const QString &text) {
        QString out = text.toHtmlEscaped();
        for (const QString &name : std::as_const(m_previewUnknown))
            out.replace(
                u"{{%1}}"_s.arg(name),
                u"<span style=\"background:#fee2e2; color:#b91c1c;\">{{%1}}</span>"_s.arg(name));
        out.replace(u'\n', u"<br>"_s);
        return out;
    };
    QString rich;
    if (email)
        rich = u"<b>%1</b><br><br>"_s.arg(html(tr("Subject: %1").arg(draft.subject)));
    rich += html(draft.body);
    m_preview->setText(rich);
    fitPreviewHeight();

    QStringList limits;
    bool over = false;
    if (channel == u"sms") {
        const ChannelLimits::SmsCount n = ChannelLimits::smsCount(draft.body);
        limits.append(n.gsm7 ? tr("length %1, GSM-7").arg(n.units)
                             : tr("length %1, UCS-2 (not all GSM-7)").arg(n.units));
        limits.append(
            n.segments <= 1
                ? tr("1 SMS segment (%1 characters)").arg(n.perSegment)
                : tr("%1 SMS segments (%2 characters each)").arg(n.segments).arg(n.perSegment));
        over = n.segments > 1;
    } else if (email) {
        const int length = int(draft.subject.size());
        limits.append(
            tr("subject %1 of %2 characters").arg(length).arg(ChannelLimits::emailSubjectLimit));
        over = length > ChannelLimits::emailSubjectLimit;
    } else if (channel == u"linkedin") {
        const int length = int(draft.body.size());
        limits.append(
            tr("note %1 of %2 characters").arg(length).arg(ChannelLimits::linkedinNoteLimit));
        over = length > ChannelLimits::linkedinNoteLimit;
    } else if (channel == u"voice") {
        // A script is read at about 150 words a minute; a voicemail should stay short.
        const int words = int(draft.body.simplified().split(u' ', Qt::SkipEmptyParts).size());
        limits.append(tr("about %1 s read aloud").arg(qRound(words * 60.0 / 150.0)));
    }
    if (!m_previewUnknown.isEmpty())
        limits.append(tr("not on the sample contact: %1").arg(m_previewUnknown.join(u", "_s)));
    m_previewLimits->setText(limits.join(u" · "_s));
    m_previewLimits->setStyleSheet(over ? u"color: #b45309; font-size: 11px;"_s
                                        : u"color: #64748b; font-size: 11px;"_s);
}

QString InspectorWidget::problemFor(const QString &key) const
{
    QLabel *l = m_problems.value(key);
    return l && !l->isHidden() ? l->text() : QString();
}

void InspectorWidget::showProblems()
{
    const int index = m_document->indexOf(m_campaign);
    QString prefix = u"campaigns[%1]."_s.arg(index);
    if (m_step >= 0)
        prefix += u"steps[%1]."_s.arg(m_step);
    QHash<QString, QStringList> byField;
    for (const FlowDocument::Issue &i : m_document->issues()) {
        if (index < 0 || !i.issue.path.startsWith(prefix))
            continue;
        const QString rest = i.issue.path.mid(prefix.size());
        if (m_step < 0 && rest.startsWith(u"steps"_s))
            continue;
        for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
            if (rest == it.key() || rest.startsWith(QString(it.key() + u'.'))
                || rest.startsWith(QString(it.key() + u'[')))
                byField[it.key()].append(i.issue.message);
        }
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
        if (QWidget *w = m_fields.value(it.key()); w && w != m_slug)
            w->setStyleSheet(messages.isEmpty() ? QString() : u"border: 1px solid #dc2626;"_s);
    }
}

} // namespace Touchline
