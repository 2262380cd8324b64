#include "contactimportdialog.h"

#include "databaseworker.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {
constexpr int previewRows = 8;
}

QString ContactImportDialog::attributeChoice()
{
    return tr("(merge field)");
}

ContactImportDialog::ContactImportDialog(DatabaseWorker *worker, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
{
    setWindowTitle(tr("Import contacts"));
    setObjectName(u"contactImportDialog"_s);
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file with a header line"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"importEncoding"_s);
    m_encoding->addItem(tr("UTF-8"), QString());
    for (const char *e : {"windows-1252", "ISO-8859-1", "ISO-8859-15", "UTF-16"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_client = new QLineEdit(this);
    m_client->setObjectName(u"importClient"_s);
    m_client->setPlaceholderText(tr("any (each row names its client_id)"));
    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setObjectName(u"importMapping"_s);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Touchline column"), tr("First value")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_preview = new QTableWidget(0, 0, this);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->verticalHeader()->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setValue(0);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(u"importReport"_s);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(
        tr("The import's report: counts and every refused row with its line."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importRun"_s);
    m_import->setEnabled(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Client:"), m_client);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Columns (remembered for files with this header):"), this));
    layout->addWidget(m_mapping, 2);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(820, 720);

    connect(choose, &QPushButton::clicked, this, &ContactImportDialog::onChooseFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ContactImportDialog::loadPreview);
    connect(m_import, &QPushButton::clicked, this, &ContactImportDialog::onImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ContactImportDialog::onChooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import contacts"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ContactImportDialog::setFile(const QString &path)
{
    QFile f(path);
    m_report->clear();
    if (!f.open(QIODevice::ReadOnly)) {
        m_report->setPlainText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    m_file->setText(path);
    m_bytes = f.readAll();
    loadPreview();
}

QString ContactImportDialog::settingsKey() const
{
    const QByteArray h
        = QCryptographicHash::hash(m_header.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1);
    return u"contactImport/mapping/"_s + QString::fromLatin1(h.toHex());
}

void ContactImportDialog::loadPreview()
{
    m_mapping->setRowCount(0);
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_import->setEnabled(false);
    if (m_bytes.isEmpty())
        return;
    const auto parsed = ContactStore::parseCsv(m_bytes, m_encoding->currentData().toString());
    if (!parsed.problems.isEmpty()) {
        QStringList lines;
        for (const auto &p : parsed.problems)
            lines.append(p.toString());
        m_report->setPlainText(lines.join(u'\n'));
        return;
    }
    m_report->clear();
    m_header = parsed.records.constFirst();
    const QVariantMap remembered = QSettings().value(settingsKey()).toMap();
    m_mapping->setRowCount(int(m_header.size()));
    for (int c = 0; c < m_header.size(); ++c) {
        const QString name = m_header.at(c).trimmed();
        m_mapping->setItem(c, 0, new QTableWidgetItem(name));
        auto *box = new QComboBox(m_mapping);
        box->addItem(attributeChoice(), QString());
        for (const QString &col : ContactStore::columns())
            box->addItem(col, col);
        const QString guess
            = remembered.contains(name)
                  ? remembered.value(name).toString()
                  : (ContactStore::columns().contains(name.toLower()) ? name.toLower() : QString());
        box->setCurrentIndex(std::max(0, box->findData(guess)));
        connect(
            box, &QComboBox::currentIndexChanged, this, &ContactImportDialog::refreshPreviewHeader);
        m_mapping->setCellWidget(c, 1, box);
        const QString first = parsed.records.size() > 1 && parsed.records.at(1).size() > c
                                  ? parsed.records.at(1).at(c)
                                  : QString();
        m_mapping->setItem(c, 2, new QTableWidgetItem(first));
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(1, 180);
    const int rows = int(std::min<qsizetype>(previewRows, parsed.records.size() - 1));
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &fields = parsed.records.at(r + 1);
        for (int c = 0; c < fields.size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(fields.at(c)));
    }
    refreshPreviewHeader();
    m_import->setEnabled(true);
}

QHash<QString, QString> ContactImportDialog::mapping() const
{
    QHash<QString, QString> out;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        const QString from = m_mapping->item(r, 0)->text();
        if (box)
            out.insert(from, box->currentData().toString());
    }
    return out;
}

void ContactImportDialog::refreshPreviewHeader()
{
    const auto map = mapping();
    QStringList labels;
    for (const QString &h : std::as_const(m_header)) {
        const QString to = map.value(h.trimmed());
        labels.append(to.isEmpty() ? h.trimmed() : to);
    }
    m_preview->setHorizontalHeaderLabels(labels);
}

void ContactImportDialog::rememberMapping() const
{
    QVariantMap map;
    const auto m = mapping();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        map.insert(it.key(), it.value());
    QSettings().setValue(settingsKey(), map);
}

void ContactImportDialog::onImport()
{
    rememberMapping();
    ContactStore::ImportOptions options;
    options.client = m_client->text().trimmed();
    options.encoding = m_encoding->currentData().toString();
    // The store reads the header lower-cased: map from that to the chosen column, or keep the
    // column as a merge field under its own name.
    const auto m = mapping();
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        const QString from = it.key().toLower();
        options.mapping.insert(
            from,
            it.value().isEmpty()
                ? (ContactStore::columns().contains(from) ? u"attr_"_s + from : from)
                : it.value());
    }
    m_import->setEnabled(false);
    m_progress->setRange(0, 0);
    m_report->setPlainText(tr("Importing…"));
    QPointer<ContactImportDialog> self(this);
    options.progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (!self)
                    return;
                self->m_progress->setRange(0, total);
                self->m_progress->setValue(done);
            },
            Qt::QueuedConnection);
    };
    const QByteArray bytes = m_bytes;
    m_worker->post(this, [this, bytes, options](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        auto report = ContactStore(db).importCsv(bytes, options, &error);
        return [this, report = std::move(report), error] {
            m_import->setEnabled(true);
            m_progress->setRange(0, 1);
            m_progress->setValue(1);
            if (!report) {
                m_report->setPlainText(error.message);
                return;
            }
            QStringList lines{report->fileRefused
                                  ? tr("The file was refused: nothing was imported.")
                                  : tr("%1 new, %2 updated, %3 refused")
                                        .arg(report->created)
                                        .arg(report->updated)
                                        .arg(report->refused)};
            for (const auto &p : report->problems)
                lines.append(p.toString());
            m_report->setPlainText(lines.join(u'\n'));
            Q_EMIT imported(*report);
        };
    });
}

} // namespace Touchline
