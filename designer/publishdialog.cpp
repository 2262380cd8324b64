#include "publishdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

PublishDialog::PublishDialog(const QStringList &changedSlugs,
                             const QStringList &movedSlugs,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"publishDialog"_s);
    setWindowTitle(tr("Save and publish"));
    auto *layout = new QVBoxLayout(this);
    QStringList parts;
    if (!changedSlugs.isEmpty())
        parts.append(
            tr("Changed (%1): %2.").arg(changedSlugs.size()).arg(changedSlugs.join(u", "_s)));
    // A position is no change to a campaign: it is saved, and counted apart.
    if (!movedSlugs.isEmpty())
        parts.append(tr("Only moved on the map (%1): positions are saved, nothing is published.")
                         .arg(movedSlugs.size()));
    if (!changedSlugs.isEmpty())
        parts.append(tr("Campaigns whose steps or exits changed get a new published revision; "
                        "contacts already enrolled keep the revision they started on."));
    if (parts.isEmpty())
        parts.append(tr("Nothing changed since the last load or save."));
    auto *summary = new QLabel(parts.join(u' '), this);
    summary->setObjectName(u"publishSummary"_s);
    m_summary = summary;
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *label = new QLabel(tr("Publish &message:"), this);
    m_message = new QLineEdit(this);
    m_message->setObjectName(u"publishMessage"_s);
    m_message->setPlaceholderText(defaultMessage());
    m_message->setToolTip(tr("Recorded with each new revision; shown in the revision history"));
    label->setBuddy(m_message);
    layout->addWidget(label);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_publish = buttons->button(QDialogButtonBox::Ok);
    m_publish->setObjectName(u"publishButton"_s);
    m_publish->setText(tr("&Publish"));
    m_publish->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString PublishDialog::message() const
{
    const QString text = m_message->text().trimmed();
    return text.isEmpty() ? defaultMessage() : text;
}

QString PublishDialog::defaultMessage()
{
    return tr("Saved from the designer");
}

} // namespace Touchline
