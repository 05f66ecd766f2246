#include "ui/sessions/RevokeDialog.h"

#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/WidgetFactory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace authscope {

RevokeDialog::RevokeDialog(const QString& what, const QString& consequence, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke sessions"));

    auto* headline = makeNamed<QLabel>(QStringLiteral("revokeSummaryLabel"), what, this);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    auto* detail = new QLabel(consequence, this);
    detail->setWordWrap(true);

    m_reason = makeNamed<QComboBox>(QStringLiteral("reasonComboBox"), this);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({tr("Suspicious activity"), tr("Device reported lost or stolen"), tr("User request"),
                        tr("Password reset"), tr("Account offboarding"), tr("Security policy change")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Why? (kept with the session and in the audit log)"));
    m_reason->lineEdit()->setMaxLength(500);
    m_reason->setAccessibleName(tr("Reason"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto* buttons = makeDialogButtons(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("&Revoke"), QDialogButtonBox::AcceptRole);
    m_revoke->setObjectName(QStringLiteral("confirmRevokeButton"));
    // The warning sign belongs on the button that does the harm, not on Cancel.
    m_revoke->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    buttons->button(QDialogButtonBox::Cancel)->setIcon(QIcon());
    m_revoke->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(detail);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_reason->setFocus();
}

QString RevokeDialog::reason() const
{
    return m_reason->currentText().simplified();
}

void RevokeDialog::setReason(const QString& reason)
{
    m_reason->setEditText(reason);
}

} // namespace authscope
