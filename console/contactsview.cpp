#include "contactsview.h"

#include "bulkenrolldialog.h"
#include "contactimportdialog.h"
#include "contactlistmodel.h"
#include "databaseworker.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {
int viewCounter = 0;
}

ContactsView::ContactsView(const ConnectionSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_worker(new DatabaseWorker(settings, u"contacts-view-%1"_s.arg(++viewCounter), this))
    , m_model(new ContactListModel(this))
{
    setObjectName(u"contactsView"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"contactSearch"_s);
    m_search->setPlaceholderText(tr("Search name, company, email or CRM id"));
    m_search->setClearButtonEnabled(true);
    m_client = new QComboBox(this);
    m_client->setObjectName(u"contactClient"_s);
    m_client->addItem(tr("All clients"), QString());
    m_count = new QLabel(this);
    auto *bulk = m_bulk = new QPushButton(tr("&Bulk enroll…"), this);
    bulk->setObjectName(u"contactBulkEnroll"_s);
    auto *import = m_import = new QPushButton(tr("&Import CSV…"), this);
    import->setObjectName(u"contactImport"_s);
    m_suppress = new QPushButton(tr("&Suppress…"), this);
    m_suppress->setObjectName(u"contactSuppress"_s);
    m_unsuppress = new QPushButton(tr("&Lift suppression…"), this);
    m_unsuppress->setObjectName(u"contactUnsuppress"_s);
    m_suppress->setEnabled(false);
    m_unsuppress->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_client, 1);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(m_suppress);
    bar->addWidget(m_unsuppress);
    bar->addWidget(bulk);
    bar->addWidget(import);

    m_table = new QTableView(this);
    m_table->setObjectName(u"contactTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ContactListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[] = {150, 110, 185, 120, 115, 80, 100, 50};
    for (int c = 0; c < ContactListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"contactDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setText(tr("<i>Select a contact to see everything Touchline holds about them.</i>"));
    m_detail->setMargin(6);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(u"contactHistory"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When (UTC)"), tr("What"), tr("Campaign"), tr("Detail")});
    m_history->setColumnWidth(0, 112);
    m_history->setColumnWidth(1, 72);
    m_history->setColumnWidth(2, 105);
    m_history->setAlternatingRowColors(true);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_history, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({910, 370});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ContactsView::reload);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_client, &QComboBox::currentIndexChanged, this, &ContactsView::reload);
    connect(m_model, &ContactListModel::sortRequested, this, &ContactsView::reload);
    connect(m_model, &ContactListModel::moreRequested, this, [this] { fetchPage(true); });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ContactsView::loadHistory);
    connect(m_suppress, &QPushButton::clicked, this, [this] { onSuppressClicked(true); });
    connect(m_unsuppress, &QPushButton::clicked, this, [this] { onSuppressClicked(false); });
    connect(import, &QPushButton::clicked, this, &ContactsView::onImportClicked);
    connect(bulk, &QPushButton::clicked, this, [this] {
        BulkEnrollDialog dialog(m_worker, this);
        dialog.exec();
        reload();
    });
    loadClients();
    reload();
}

ContactsView::~ContactsView() = default;

QString ContactsView::currentContact() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->row(i.row()).id : QString();
}

void ContactsView::setPermissions(bool mayImport, bool mayEnroll)
{
    m_mayEnroll = mayEnroll;
    m_import->setEnabled(mayImport);
    m_import->setToolTip(mayImport ? QString()
                                   : tr("Importing contacts needs the touchline_author role"));
    m_bulk->setEnabled(mayEnroll);
    const QString enrollHint = mayEnroll
                                   ? QString()
                                   : tr("Enrolling and suppressing need the touchline_approver or "
                                        "touchline_engine role");
    for (QPushButton *b : {m_bulk, m_suppress, m_unsuppress})
        b->setToolTip(enrollHint);
    if (!mayEnroll) {
        m_suppress->setEnabled(false);
        m_unsuppress->setEnabled(false);
    }
}

void ContactsView::reload()
{
    fetchPage(false);
}

void ContactsView::fetchPage(bool next)
{
    ContactDirectory::PageRequest request;
    request.search = m_search->text();
    request.client = m_client->currentData().toString();
    request.sort = m_model->sortKey();
    request.descending = m_model->descending();
    request.limit = pageSize;
    if (next && m_model->rowCount() > 0) {
        const auto &last = m_model->row(m_model->rowCount() - 1);
        request.afterKey = last.sortKey;
        request.afterId = last.id;
    }
    if (next && m_nextInFlight)
        return; // one next page at a time
    const int generation = next ? m_generation : ++m_generation;
    m_nextInFlight = next;
    m_count->setText(tr("Loading…"));
    m_worker->post(
        this, [this, request, next, generation](QSqlDatabase db) -> DatabaseWorker::Done {
            DbError error;
            auto rows = ContactDirectory(db).page(request, &error);
            return
                [this, rows = std::move(rows), error, next, generation, afterId = request.afterId] {
                    if (generation != m_generation)
                        return; // a newer search or sort has been asked for
                    m_nextInFlight = false;
                    const int have = m_model->rowCount();
                    if (next && (have == 0 || m_model->row(have - 1).id != afterId)) {
                        m_model->appendRows({}, true); // the list moved: ask again from its end
                        return;
                    }
                    if (!rows) {
                        m_model->appendRows({}, false);
                        showProblem(error.message);
                        return;
                    }
                    const bool more = rows->size() == pageSize;
                    if (next)
                        m_model->appendRows(*rows, more);
                    else
                        m_model->setRows(*rows, more);
                    m_count->setText(more ? tr("%1+ contacts").arg(m_model->rowCount())
                                          : tr("%n contact(s)", nullptr, m_model->rowCount()));
                    Q_EMIT pageLoaded();
                };
        });
}

void ContactsView::loadClients()
{
    m_worker->post(this, [this](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        auto clients = ContactDirectory(db).clients(&error);
        return [this, clients = std::move(clients)] {
            if (!clients)
                return;
            const QSignalBlocker block(m_client);
            const QString current = m_client->currentData().toString();
            while (m_client->count() > 1)
                m_client->removeItem(1);
            for (const QString &c : *clients)
                m_client->addItem(c, c);
            m_client->setCurrentIndex(std::max(0, m_client->findData(current)));
        };
    });
}

void ContactsView::loadHistory()
{
    const QModelIndex index = m_table->currentIndex();
    m_suppress->setEnabled(m_mayEnroll && index.isValid());
    m_unsuppress->setEnabled(m_mayEnroll && index.isValid()
                             && !m_model->row(index.row()).suppressedFor.isEmpty());
    m_history->clear();
    if (!index.isValid())
        return;
    const ContactDirectory::Row r = m_model->row(index.row());
    QStringList lines{u"<b style='font-size:large'>%1</b>"_s.arg(
        (r.name.isEmpty() ? r.id : r.name).toHtmlEscaped())};
    QStringList facts;
    for (const QString &f : {r.title, r.company})
        if (!f.isEmpty())
            facts.append(f.toHtmlEscaped());
    if (!facts.isEmpty())
        lines.append(facts.join(u" · "_s));
    lines.append(tr("%1 · %2 · %3 · client %4 · CRM id %5")
                     .arg(r.email.toHtmlEscaped(),
                          r.phone.toHtmlEscaped(),
                          r.timeZone,
                          r.client.toHtmlEscaped(),
                          r.id.toHtmlEscaped()));
    if (r.doNotContact)
        lines.append(tr("<span style='color:#b03030'>Do not contact</span>"));
    if (!r.suppressedFor.isEmpty())
        lines.append(tr("<span style='color:#b03030'>Suppressed for %1</span>")
                         .arg(r.suppressedFor.join(u", "_s).toHtmlEscaped()));
    m_detail->setText(lines.join(u"<br>"_s));
    const int generation = ++m_historyGeneration;
    const QString id = r.id;
    m_worker->post(this, [this, id, generation](QSqlDatabase db) -> DatabaseWorker::Done {
        DbError error;
        auto history = ContactDirectory(db).history(id, &error);
        return [this, history = std::move(history), error, generation] {
            if (generation != m_historyGeneration)
                return;
            if (!history) {
                showProblem(error.message);
                return;
            }
            for (const auto &h : *history) {
                auto *item = new QTreeWidgetItem(m_history);
                item->setText(0, h.at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
                item->setText(1, h.kind);
                item->setText(2, h.campaign);
                item->setText(3, h.text);
                item->setToolTip(3, h.text);
            }
            Q_EMIT historyLoaded();
        };
    });
}

void ContactsView::suppressCurrent(const QString &client, const QString &reason, bool suppress)
{
    const QString id = currentContact();
    if (id.isEmpty())
        return;
    m_worker->post(
        this, [this, id, client, reason, suppress](QSqlDatabase db) -> DatabaseWorker::Done {
            DbError error;
            ContactDirectory directory(db);
            QString message;
            if (suppress) {
                const auto ended = directory.suppress(id, client, reason, &error);
                if (ended)
                    message = tr("%1 is suppressed for %2; %n active enrollment(s) ended",
                                 nullptr,
                                 *ended)
                                  .arg(id, client);
            } else if (directory.unsuppress(id, client, reason, &error)) {
                message = tr("%1 may be contacted again for %2").arg(id, client);
            }
            if (error)
                message = error.message;
            return [this, message, ok = !error] {
                Q_EMIT suppressionDone(message);
                if (!ok)
                    showProblem(message);
                reload();
            };
        });
}

void ContactsView::onSuppressClicked(bool suppress)
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const ContactDirectory::Row r = m_model->row(index.row());
    QDialog dialog(this);
    dialog.setWindowTitle(suppress ? tr("Suppress %1").arg(r.name)
                                   : tr("Lift the suppression of %1").arg(r.name));
    auto *client = new QComboBox(&dialog);
    if (suppress) {
        for (int i = 1; i < m_client->count(); ++i)
            client->addItem(m_client->itemText(i));
        client->setCurrentText(r.client);
    } else {
        client->addItems(r.suppressedFor);
    }
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("Why (kept in the audit log)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, &dialog, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Client:"), client);
    form->addRow(tr("Reason:"), reason);
    if (suppress)
        form->addRow(new QLabel(tr("Active enrollments of this client end, and touches not yet "
                                   "sent are cancelled."),
                                &dialog));
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        suppressCurrent(client->currentText(), reason->text(), suppress);
}

void ContactsView::onImportClicked()
{
    ContactImportDialog dialog(m_worker, this);
    dialog.exec();
    loadClients();
    reload();
}

void ContactsView::showProblem(const QString &message)
{
    m_count->setText(u"<span style='color:#b03030'>%1</span>"_s.arg(message.toHtmlEscaped()));
}

} // namespace Touchline
