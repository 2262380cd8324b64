// The inspector's preview: a step's draft for a sample contact (merge fields filled, unknown
// ones marked) that follows the instructions as they are typed, with the channel's limits: SMS
// segments in GSM-7 and UCS-2, an email subject's length.
#include "channellimits.h"
#include "demodesigner.h"
#include "demoflows.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowview.h"
#include "inspectorwidget.h"
#include "sequencescene.h"
#include "stepnodeitem.h"
#include "templateedit.h"
#include "testcluster.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Id = FlowDocument::Id;

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void smsSegmentsCountGsm7AndUcs2_data();
    void smsSegmentsCountGsm7AndUcs2();
    void previewFillsMergeFieldsAndMarksUnknownOnes();
    void smsPreviewCountsSegmentsAsTyped();
    void emailPreviewShowsTheSubjectAndItsLength();
    void voicePreviewSaysHowLongTheScriptTakes();
    void closingWhileTypingCommitsFirst();
    void typingADelayKeepsTheOutcomeRows();

private:
    // Opens `slug`'s sequence and clicks its first step on `channel`; returns its index.
    int clickFirstStep(const QString &slug, const QString &channel);
    TemplateEdit *templateEdit() const;
    // Types `text` as keystrokes, one character each (QTest::keyClicks is Latin-1 only).
    static void type(QWidget *w, const QString &text);

    std::unique_ptr<FlowDesigner> m_designer;
    FlowDocument *m_doc = nullptr;
};

void TestInspector::init()
{
    m_designer = Test::openDemoDesigner({1280, 800});
    QVERIFY(m_designer);
    m_doc = m_designer->document();
}

void TestInspector::cleanup()
{
    m_designer.reset();
}

int TestInspector::clickFirstStep(const QString &slug, const QString &channel)
{
    const Id id = m_doc->idForSlug(slug);
    const Campaign *c = m_doc->campaign(id);
    int index = -1;
    for (int i = 0; i < c->steps.size() && index < 0; ++i) {
        if (c->steps.at(i).channel == channel)
            index = i;
    }
    if (index < 0)
        return -1;
    m_designer->openCampaign(id);
    FlowView *view = m_designer->sequenceView();
    StepNodeItem *step = m_designer->sequenceScene()->stepItem(index);
    view->centerOn(step);
    QTest::mouseClick(view->viewport(),
                      Qt::LeftButton,
                      {},
                      view->mapFromScene(step->mapToScene(QPointF(40, 20))));
    return m_designer->inspector()->stepIndex() == index ? index : -1;
}

TemplateEdit *TestInspector::templateEdit() const
{
    return qobject_cast<TemplateEdit *>(m_designer->inspector()->field(u"template_instructions"_s));
}

void TestInspector::type(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
}

void TestInspector::smsSegmentsCountGsm7AndUcs2_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gsm7");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addRow("empty") << QString() << true << 0 << 0;
    QTest::addRow("160 GSM-7: one") << QString(160, u'a') << true << 160 << 1;
    QTest::addRow("161 GSM-7: two of 153") << QString(161, u'a') << true << 161 << 2;
    QTest::addRow("306 GSM-7: two") << QString(306, u'a') << true << 306 << 2;
    QTest::addRow("307 GSM-7: three") << QString(307, u'a') << true << 307 << 3;
    QTest::addRow("euro sign takes two septets")
        << QString(QString(159, u'a') + u"€"_s) << true << 161 << 2;
    QTest::addRow("GSM-7 accents stay GSM-7")
        << u"Café à Zürich, Ñandù £5 @ 9"_s << true << 27 << 1;
    QTest::addRow("70 UCS-2: one") << QString(QString(69, u'a') + u"ę"_s) << false << 70 << 1;
    QTest::addRow("71 UCS-2: two of 67") << QString(QString(70, u'a') + u"ę"_s) << false << 71 << 2;
    QTest::addRow("emoji: a surrogate pair") << u"Hi 👋"_s << false << 5 << 1;
}

void TestInspector::smsSegmentsCountGsm7AndUcs2()
{
    QFETCH(QString, text);
    QFETCH(bool, gsm7);
    QFETCH(int, units);
    QFETCH(int, segments);
    const ChannelLimits::SmsCount n = ChannelLimits::smsCount(text);
    QCOMPARE(n.gsm7, gsm7);
    QCOMPARE(n.units, units);
    QCOMPARE(n.segments, segments);
}

void TestInspector::previewFillsMergeFieldsAndMarksUnknownOnes()
{
    const int step = clickFirstStep(u"b2bea_world"_s, u"email"_s);
    QVERIFY(step >= 0);
    InspectorWidget *inspector = m_designer->inspector();
    TemplateEdit *edit = templateEdit();
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, u"Invite {{first_name}} of {{company}} to {{event_name}}."_s);
    // Live, before the field is left, and without touching the document.
    const QString text = inspector->previewText();
    QVERIFY2(text.contains(u"Hi Alex,"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Invite Alex of Northwind Insurance to {{event_name}}."_s),
             qPrintable(text));
    QCOMPARE(inspector->previewUnknownFields(), QStringList{u"event_name"_s});
    QVERIFY(inspector->previewLimits().contains(u"event_name"_s));
    auto *preview = inspector->findChild<QLabel *>(u"preview"_s);
    QVERIFY(preview && preview->isVisible());
    QVERIFY2(preview->text().contains(u"color:#b91c1c;\">{{event_name}}</span>"_s),
             qPrintable(preview->text()));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // Leaving the field commits it, as one step.
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(
        m_doc->campaign(m_doc->idForSlug(u"b2bea_world"_s))->steps.at(step).templateInstructions,
        u"Invite {{first_name}} of {{company}} to {{event_name}}."_s);
    QTest::qWait(50); // the layout settles
    QVERIFY(!preview->geometry().intersects(
        inspector->findChild<QLabel *>(u"previewLimits"_s)->geometry()));
    QVERIFY(preview->height() >= preview->heightForWidth(preview->width()));
    if (!qEnvironmentVariableIsEmpty("TOUCHLINE_SCREENSHOTS"))
        m_designer->grab().save(qEnvironmentVariable("TOUCHLINE_SCREENSHOTS")
                                + u"/inspector-preview-email.png"_s);
}

void TestInspector::smsPreviewCountsSegmentsAsTyped()
{
    QVERIFY(clickFirstStep(u"insurance_renewal"_s, u"sms"_s) >= 0);
    InspectorWidget *inspector = m_designer->inspector();
    TemplateEdit *edit = templateEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    // "Hi Alex,\n\n" and 150 characters: 160, one GSM-7 segment.
    QTest::keyClicks(edit, QString(150, u'x'));
    QVERIFY2(inspector->previewLimits().contains(u"length 160, GSM-7"_s),
             qPrintable(inspector->previewLimits()));
    QVERIFY(inspector->previewLimits().contains(u"1 SMS segment (160 characters)"_s));
    QTest::keyClick(edit, Qt::Key_X);
    QVERIFY2(inspector->previewLimits().contains(u"2 SMS segments (153 characters each)"_s),
             qPrintable(inspector->previewLimits()));
    // One character outside GSM-7 makes the whole text UCS-2.
    type(edit, u"ę"_s);
    QVERIFY2(inspector->previewLimits().contains(u"length 162, UCS-2"_s),
             qPrintable(inspector->previewLimits()));
    QVERIFY(inspector->previewLimits().contains(u"3 SMS segments (67 characters each)"_s));
    auto *limits = inspector->findChild<QLabel *>(u"previewLimits"_s);
    QVERIFY(limits->styleSheet().contains(u"#b45309"_s)); // more than one segment: flagged
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, u"Your renewal is due."_s);
    QVERIFY(inspector->previewLimits().contains(u"1 SMS segment (160 characters)"_s));
    QVERIFY(!limits->styleSheet().contains(u"#b45309"_s));
}

void TestInspector::emailPreviewShowsTheSubjectAndItsLength()
{
    QVERIFY(clickFirstStep(u"b2bea_world"_s, u"email"_s) >= 0);
    InspectorWidget *inspector = m_designer->inspector();
    auto *content = qobject_cast<QComboBox *>(inspector->field(u"content_type"_s));
    QVERIFY(content && content->lineEdit());
    content->lineEdit()->setFocus();
    content->lineEdit()->selectAll();
    QTest::keyClicks(content->lineEdit(), u"follow_up"_s);
    // "Follow up for Northwind Insurance": 33 characters.
    QVERIFY2(inspector->previewText().startsWith(u"Subject: Follow up for Northwind Insurance\n"_s),
             qPrintable(inspector->previewText()));
    QVERIFY2(inspector->previewLimits().contains(u"subject 33 of 60 characters"_s),
             qPrintable(inspector->previewLimits()));
    auto *limits = inspector->findChild<QLabel *>(u"previewLimits"_s);
    QVERIFY(!limits->styleSheet().contains(u"#b45309"_s));
    content->lineEdit()->selectAll();
    QTest::keyClicks(content->lineEdit(), u"quarterly_membership_benefits_overview"_s);
    QVERIFY2(inspector->previewLimits().contains(u"subject 62 of 60 characters"_s),
             qPrintable(inspector->previewLimits()));
    QVERIFY(limits->styleSheet().contains(u"#b45309"_s));
}

void TestInspector::voicePreviewSaysHowLongTheScriptTakes()
{
    QVERIFY(clickFirstStep(u"insurance_renewal"_s, u"voice"_s) >= 0);
    InspectorWidget *inspector = m_designer->inspector();
    TemplateEdit *edit = templateEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    // 28 words with the greeting ("Hi Alex,"): about 11 seconds at 150 words a minute.
    QTest::keyClicks(edit,
                     u"This is Sam from Northwind about your policy renewal. It is due next "
                     "month and I can go through the options with you in five minutes."_s);
    QVERIFY2(inspector->previewLimits().contains(u"about 11 s read aloud"_s),
             qPrintable(inspector->previewLimits()));
}

void TestInspector::closingWhileTypingCommitsFirst()
{
    QVERIFY(clickFirstStep(u"b2bea_world"_s, u"email"_s) >= 0);
    TemplateEdit *edit = templateEdit();
    edit->setFocus();
    QTest::keyClicks(edit, u" And {{title}}."_s);
    QStringList committed;
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [&, doc = m_doc](int index) {
        committed.append(
            u"%1 %2: %3"_s.arg(index).arg(doc->undoStack()->text(index - 1),
                                          doc->campaign(world)->steps.at(0).templateInstructions));
    });
    // The designer goes (the window closes) with the focus still in the instructions.
    m_designer.reset();
    // (The stack's own teardown reports index 0 afterwards.)
    QVERIFY(!committed.isEmpty());
    QVERIFY2(committed.first().startsWith(u"1 Edit step 1 of b2bea_world: "_s),
             qPrintable(committed.first()));
    QVERIFY(committed.first().contains(u" And {{title}}."_s));
}

void TestInspector::typingADelayKeepsTheOutcomeRows()
{
    const int step = clickFirstStep(u"b2bea_world"_s, u"email"_s);
    QVERIFY(step >= 0);
    InspectorWidget *inspector = m_designer->inspector();
    auto *table = inspector->findChild<QTableWidget *>(u"field_on_outcome"_s);
    QWidget *firstRow = table->cellWidget(0, 1);
    auto *minutes = qobject_cast<QSpinBox *>(inspector->field(u"delay_minutes"_s));
    minutes->setFocus();
    minutes->selectAll();
    QTest::keyClicks(minutes, u"45"_s);
    QCOMPARE(m_doc->campaign(m_doc->idForSlug(u"b2bea_world"_s))->steps.at(step).delayMinutes, 45);
    // A digit is an edit of the document, but the dozen outcome rows stay as they are.
    QCOMPARE(table->cellWidget(0, 1), firstRow);
    // Mapping an outcome does rebuild them, and they show the new mapping.
    auto *bounced = qobject_cast<QComboBox *>(table->cellWidget(2, 1));
    QCOMPARE(table->item(2, 0)->text(), u"bounced"_s);
    const int next = bounced->findData(u"next"_s);
    bounced->setCurrentIndex(next);
    Q_EMIT bounced->activated(next);
    QVERIFY(!m_doc->campaign(m_doc->idForSlug(u"b2bea_world"_s))
                 ->steps.at(step)
                 .onOutcome.contains(u"bounced"_s));
    auto *after = qobject_cast<QComboBox *>(table->cellWidget(2, 1));
    QCOMPARE(after->currentData().toString(), u"next"_s);
    QCOMPARE(after->currentText(), u"(default) exit rejected"_s);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestInspector tc;
    return Test::runTests(&tc, argc, argv, false);
}

#include "tst_inspector.moc"
