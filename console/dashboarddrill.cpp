#include "dashboarddrill.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

DashboardDrill::DashboardDrill(const QString &title, bool history, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(980, 520);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Loading…"), this);
    layout->addWidget(m_status);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(10);
    m_table->setHorizontalHeaderLabels({tr("Contact"),
                                        tr("Name"),
                                        tr("Campaign"),
                                        tr("Step"),
                                        tr("Outcome"),
                                        tr("Intent"),
                                        tr("Occurred (UTC)"),
                                        tr("Enrollment"),
                                        tr("Enrollment status"),
                                        tr("Item status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    m_historyButton = buttons->addButton(tr("Contact history…"), QDialogButtonBox::ActionRole);
    m_historyButton->setVisible(!history);
    m_historyButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &DashboardDrill::onExport);
    connect(m_historyButton, &QPushButton::clicked, this, &DashboardDrill::onHistory);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_historyButton->setEnabled(!m_table->selectedItems().isEmpty());
    });
    if (!history)
        connect(m_table, &QTableWidget::cellDoubleClicked, this, &DashboardDrill::onHistory);
}

void DashboardDrill::setRows(const QVector<DrillRow> &rows, const QString &error)
{
    m_rows = rows;
    if (!error.isEmpty()) {
        m_status->setText(tr("Could not load the contacts: %1").arg(error));
        return;
    }
    m_status->setText(tr(
        "%n event(s). Double-click a row for the contact's history.", nullptr, int(rows.size())));
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const DrillRow &r = rows.at(i);
        const QStringList cells{r.contactId,
                                r.contactName,
                                r.campaign,
                                QString::number(r.step),
                                r.outcome,
                                r.intent,
                                r.occurredAt.toString(u"yyyy-MM-dd HH:mm"_s),
                                r.enrollmentId,
                                r.enrollmentStatus,
                                r.itemStatus.isEmpty() ? tr("(no item)") : r.itemStatus};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

bool DashboardDrill::exportCsv(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString out = u"contact_id,contact_name,campaign,step_number,outcome,intent,occurred_at,"
                  "enrollment_id,enrollment_status,current_step,item_id,item_status\r\n"_s;
    for (const DrillRow &r : m_rows) {
        const QStringList fields{r.contactId,
                                 r.contactName,
                                 r.campaign,
                                 QString::number(r.step),
                                 r.outcome,
                                 r.intent,
                                 r.occurredAt.toString(Qt::ISODate),
                                 r.enrollmentId,
                                 r.enrollmentStatus,
                                 QString::number(r.currentStep),
                                 r.itemId,
                                 r.itemStatus};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(u',') + u"\r\n"_s;
    }
    f.write(out.toUtf8());
    if (!f.commit()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void DashboardDrill::onExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export contacts"), windowTitle() + u".csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

void DashboardDrill::onHistory()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_rows.size())
        Q_EMIT historyRequested(m_rows.at(row).contactId);
}

} // namespace Touchline
