#include "bulkenrolldialog.h"

#include "databaseworker.h"
#include "vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Touchline {

using namespace Qt::StringLiterals;

BulkEnrollDialog::BulkEnrollDialog(DatabaseWorker *worker, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
{
    setWindowTitle(tr("Enroll contacts in bulk"));
    m_campaign = new QComboBox(this);
    m_company = new QLineEdit(this);
    m_company->setPlaceholderText(tr("any"));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("any"));
    m_attribute = new QLineEdit(this);
    m_attribute->setPlaceholderText(tr("merge field, e.g. member_tier"));
    m_attributeValue = new QLineEdit(this);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 365);
    m_days->setValue(5);
    m_perDay = new QSpinBox(this);
    m_perDay->setRange(1, 1000000);
    m_perDay->setValue(200);
    m_goal = new QComboBox(this);
    m_goal->addItem(tr("(none)"), QString());
    for (const QString &g : Vocabulary::goals())
        m_goal->addItem(g, g);
    m_summary = new QLabel(tr("Preview the plan to see how many contacts it reaches."), this);
    m_summary->setWordWrap(true);
    auto *chart = new QChart;
    chart->setTitle(tr("Touches per day and channel"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    m_chartView = view;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_preview = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setToolTip(
        tr("Enroll no more: the contacts under way are enrolled, the rest are not."));
    m_stop->hide();
    m_enroll = buttons->addButton(tr("&Enroll"), QDialogButtonBox::AcceptRole);
    m_enroll->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_poll = new QTimer(this);
    m_poll->setInterval(100);

    auto *form = new QFormLayout;
    form->addRow(tr("Campaign:"), m_campaign);
    form->addRow(tr("Company contains:"), m_company);
    form->addRow(tr("Title contains:"), m_title);
    form->addRow(tr("Attribute:"), m_attribute);
    form->addRow(tr("Attribute value:"), m_attributeValue);
    form->addRow(tr("Over days:"), m_days);
    form->addRow(tr("At most new a day:"), m_perDay);
    form->addRow(tr("Goal:"), m_goal);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(760, 720);

    connect(m_preview, &QPushButton::clicked, this, &BulkEnrollDialog::onPreview);
    connect(m_enroll, &QPushButton::clicked, this, &BulkEnrollDialog::onEnroll);
    connect(m_stop, &QPushButton::clicked, this, &BulkEnrollDialog::onStop);
    connect(m_poll, &QTimer::timeout, this, &BulkEnrollDialog::showProgress);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_company, m_title, m_attribute, m_attributeValue})
        connect(e, &QLineEdit::textChanged, m_enroll, [this] { m_enroll->setEnabled(false); });
    m_worker->post(this, [this](QSqlDatabase db) -> DatabaseWorker::Done {
        QSqlQuery q(db);
        QVector<QPair<QString, QString>> campaigns;
        if (q.exec(u"select slug, name from campaigns where status = 'active' order by name"_s))
            while (q.next())
                campaigns.append({q.value(u"slug"_s).toString(), q.value(u"name"_s).toString()});
        return [this, campaigns] {
            for (const auto &c : campaigns)
                m_campaign->addItem(c.second, c.first);
        };
    });
}

BulkEnrollDialog::~BulkEnrollDialog()
{
    if (m_running)
        m_running->stop = true;
}

BulkEnrollment::Filter BulkEnrollDialog::filter() const
{
    return {m_campaign->currentData().toString(),
            m_company->text(),
            m_title->text(),
            m_attribute->text().trimmed(),
            m_attributeValue->text().trimmed()};
}

BulkEnrollment::Plan BulkEnrollDialog::plan() const
{
    return {m_days->value(),
            m_perDay->value(),
            QDateTime(),
            m_goal->currentData().toString(),
            QString()};
}

int BulkEnrollDialog::seriesCount() const
{
    const auto *view = static_cast<QChartView *>(m_chartView);
    const auto series = view->chart()->series();
    return series.isEmpty() ? 0 : int(static_cast<QStackedBarSeries *>(series.first())->count());
}

void BulkEnrollDialog::onPreview()
{
    const auto f = filter();
    const auto p = plan();
    m_summary->setText(tr("Computing…"));
    m_worker->post(this, [this, f, p](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        auto preview = BulkEnrollment(db).preview(f, p, &error);
        return [this, preview, error] {
            if (!preview) {
                m_summary->setText(error.message);
                return;
            }
            showPreview(*preview);
            m_enroll->setEnabled(preview->eligible > 0);
            Q_EMIT previewed();
        };
    });
}

void BulkEnrollDialog::showPreview(const BulkEnrollment::Preview &preview)
{
    const int planned = preview.eligible - preview.leftOut;
    QString text = tr("%1 contacts match (not suppressed, not already active); %2 a day over %n "
                      "day(s) enrolls %3.",
                      nullptr,
                      int(preview.newPerDay.size()))
                       .arg(preview.eligible)
                       .arg(preview.perDay)
                       .arg(planned);
    if (!preview.limitedBy.isEmpty())
        text += u' '
                + tr("The daily cap of %1 limits the pace.").arg(preview.limitedBy.join(u", "_s));
    if (preview.leftOut > 0)
        text += u' ' + tr("%1 are left for a later plan.").arg(preview.leftOut);
    m_summary->setText(text);

    auto *chart = static_cast<QChartView *>(m_chartView)->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    const int lastDay = preview.load.isEmpty() ? 0 : preview.load.lastKey();
    QStringList days;
    for (int d = 0; d <= lastDay; ++d)
        days.append(QString::number(d + 1));
    auto *series = new QStackedBarSeries;
    int peak = 0;
    QMap<int, int> totals;
    for (const QString &channel : Vocabulary::channels()) {
        auto *set = new QBarSet(channel);
        bool any = false;
        for (int d = 0; d <= lastDay; ++d) {
            const int n = preview.load.value(d).value(channel);
            *set << n;
            totals[d] += n;
            any = any || n > 0;
        }
        if (any)
            series->append(set);
        else
            delete set;
    }
    for (int t : std::as_const(totals))
        peak = std::max(peak, t);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(days);
    x->setTitleText(tr("Day of the plan"));
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, peak));
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void BulkEnrollDialog::onEnroll()
{
    const auto f = filter();
    const auto p = plan();
    m_running = std::make_shared<Running>();
    m_enroll->setEnabled(false);
    m_preview->setEnabled(false);
    m_close->setEnabled(false);
    m_stop->setEnabled(true);
    m_stop->show();
    m_progress->setRange(0, 0); // busy until the first page tells the plan's size
    m_progress->show();
    m_summary->setText(tr("Enrolling…"));
    m_poll->start();
    // A second connection enrolls every other chunk: the server's work on two cores.
    const Engine::ConnectionOpener second = Engine::openerFor(m_worker->settings());
    const BulkEnrollment::Progress progress
        = [running = m_running](const BulkEnrollment::Result &soFar, int planned) {
              running->planned = planned;
              running->enrolled = soFar.enrolled;
              return !running->stop;
          };
    m_worker->post(this, [this, f, p, second, progress](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        auto result = BulkEnrollment(db).enroll(f, p, &error, second, progress);
        return [this, result, error] {
            showEnrolled(result, error);
        };
    });
}

void BulkEnrollDialog::onStop()
{
    if (!m_running)
        return;
    m_running->stop = true;
    m_stop->setEnabled(false);
    m_summary->setText(tr("Stopping after the contacts under way…"));
}

void BulkEnrollDialog::reject()
{
    if (m_running) {
        onStop();
        return;
    }
    QDialog::reject();
}

void BulkEnrollDialog::showProgress()
{
    if (!m_running || m_running->planned <= 0)
        return;
    const QLocale locale;
    m_progress->setRange(0, m_running->planned);
    m_progress->setValue(m_running->enrolled);
    m_progress->setFormat(tr("%1 of %2 enrolled")
                              .arg(locale.toString(m_running->enrolled.load()),
                                   locale.toString(m_running->planned.load())));
}

void BulkEnrollDialog::showEnrolled(const std::optional<BulkEnrollment::Result> &result,
                                    const DbError &error)
{
    m_poll->stop();
    m_running.reset();
    m_stop->hide();
    m_progress->hide();
    m_preview->setEnabled(true);
    m_close->setEnabled(true);
    if (!result) {
        m_summary->setText(error.message);
        return;
    }
    const QLocale locale;
    QString text = result->stopped
                       ? tr("Stopped: %1 contacts enrolled; the rest of the plan is not.")
                             .arg(locale.toString(result->enrolled))
                       : tr("Enrolled %1 contacts.").arg(locale.toString(result->enrolled));
    if (result->refused > 0)
        text += u' '
                + tr("%1 were refused: enrolled or suppressed meanwhile.")
                      .arg(locale.toString(result->refused));
    m_summary->setText(text);
    Q_EMIT enrolled(result->enrolled);
}

} // namespace Touchline
