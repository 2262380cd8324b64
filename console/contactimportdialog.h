// Importing a contacts CSV from the window: the file's columns mapped to Touchline's (remembered
// per header), a preview, the import off the GUI thread with a progress bar, and its report.
#pragma once

#include "contactstore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Touchline {

class DatabaseWorker;

class ContactImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactImportDialog(DatabaseWorker *worker, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *previewTable() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }
    QPlainTextEdit *reportView() const { return m_report; }
    QProgressBar *progressBar() const { return m_progress; }
    QComboBox *encodingBox() const { return m_encoding; }
    QLineEdit *clientField() const { return m_client; }
    // The mapping as chosen: the file's header name -> Touchline's column ("" keeps it a merge
    // field).
    QHash<QString, QString> mapping() const;

    static QString attributeChoice();

Q_SIGNALS:
    void imported(const Touchline::ContactStore::ImportReport &report);

private:
    void onChooseFile();
    void loadPreview();
    void refreshPreviewHeader();
    void onImport();
    void rememberMapping() const;
    QString settingsKey() const;

    DatabaseWorker *m_worker = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_client = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_import = nullptr;
    QByteArray m_bytes;
    QStringList m_header;
};

} // namespace Touchline
