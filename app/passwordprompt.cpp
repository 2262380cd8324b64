#include "passwordprompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Touchline {

using namespace Qt::StringLiterals;

PasswordPrompt::PasswordPrompt(const ConnectionSettings &settings,
                               const QString &reason,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Database password"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"explanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setText(
        tr("No system keychain answered (%1), so Touchline cannot remember the password of %2. "
           "Enter it for this session; it is kept in memory only and asked again at the next "
           "start.")
            .arg(reason, settings.displayName()));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Pass&word:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

bool PasswordPrompt::ask(ConnectionSettings *settings, const QString &reason, QWidget *parent)
{
    PasswordPrompt prompt(*settings, reason, parent);
    if (prompt.exec() != QDialog::Accepted)
        return false;
    settings->password = prompt.password();
    return true;
}

} // namespace Touchline
