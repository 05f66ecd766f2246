#include "ui/keys/KeyActionDialog.h"

#include "core/common/TimeFormat.h"
#include "ui/keys/JwksDiff.h"
#include "ui/keys/KeyStateDelegate.h"
#include "ui/keys/KeyTableModel.h"
#include "ui/widgets/ColorScheme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace authscope {

KeyActionDialog::KeyActionDialog(const KeyChangePlan& plan, const QString& title, const QString& confirmText,
                                 bool needsReason, QWidget* parent)
    : QDialog(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("keyActionDialog"));
    setWindowTitle(title);
    setMinimumSize(640, 520);

    const auto badge = [](KeyState s) -> QString {
        return QStringLiteral("<b style=\"color:%1\">%2</b>")
            .arg(KeyStateDelegate::stateColor(s).name(), KeyTableModel::stateLabel(s));
    };
    QStringList items;
    for (const KeyChangePlan::NewKey& k : plan.newKeys) {
        items << tr("New %1 key <tt>%2</tt> (%3) becomes %4")
                     .arg(k.origin == QStringLiteral("imported") ? tr("imported") : tr("generated"),
                          k.key.kid().toHtmlEscaped(), k.key.alg().toHtmlEscaped(), badge(k.state));
    }
    for (const KeyChangePlan::Change& c : plan.changes) {
        QString line = tr("<tt>%1</tt>: %2 → %3").arg(c.kid.toHtmlEscaped(), badge(c.from), badge(c.to));
        for (const KeyRecord& r : plan.after) {
            if (r.kid == c.kid && c.to == KeyState::Retiring) {
                line += tr(" — verifies until %1").arg(TimeFormat::local(r.retireAfterMs));
            }
        }
        items << line;
    }
    for (const QString& kid : plan.published) {
        items << tr("JWKS publishes <tt>%1</tt>").arg(kid.toHtmlEscaped());
    }
    for (const QString& kid : plan.unpublished) {
        items << tr("JWKS drops <tt>%1</tt>").arg(kid.toHtmlEscaped());
    }
    if (plan.published.isEmpty() && plan.unpublished.isEmpty()) {
        items << tr("The published JWKS keeps the same keys.");
    }
    m_summary = new QLabel(QStringLiteral("<ul style=\"margin-left:-20px\"><li>") +
                               items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"),
                           this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList warnings;
    QStringList notes;
    for (const KeyChangePlan::Warning& w : plan.warnings) {
        (w.breaksValidTokens ? warnings : notes) << w.message.toHtmlEscaped();
    }
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::RichText);
    const QColor red = KeyStateDelegate::stateColor(KeyState::Revoked);
    QString warningHtml;
    if (!warnings.isEmpty()) {
        warningHtml +=
            QStringLiteral("<p style=\"color:%1\"><b>%2</b><br>%3</p>")
                .arg(red.name(), tr("⚠ Still-valid tokens will fail:"), warnings.join(QStringLiteral("<br>")));
    }
    if (!notes.isEmpty()) {
        warningHtml += QStringLiteral("<p>") + notes.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    m_warning->setText(warningHtml);
    m_warning->setVisible(!warningHtml.isEmpty());

    m_acknowledge = new QCheckBox(tr("I understand that tokens which are still valid will fail verification"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeCheckBox"));
    m_acknowledge->setVisible(plan.breaksValidTokens());

    auto* reasonRow = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Why is the key revoked? (recorded in the audit log)"));
    m_reason->setMaxLength(500);
    m_reason->setVisible(needsReason);
    if (needsReason) {
        reasonRow->addRow(tr("&Reason:"), m_reason);
    }

    const QList<JwksDiff::Line> lines = JwksDiff::compute(plan.jwksBefore, plan.jwksAfter);
    m_diffText = JwksDiff::toText(lines);
    auto* diffLabel = new QLabel(tr("What relying parties will fetch from the JWKS (+ added, − removed):"), this);
    m_diff = new QTextEdit(this);
    m_diff->setObjectName(QStringLiteral("jwksDiffTextEdit"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    m_diff->setHtml(JwksDiff::toHtml(lines, isDarkPalette()));
    m_diff->setAccessibleName(tr("JWKS before and after"));
    diffLabel->setBuddy(m_diff);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_acknowledge);
    layout->addLayout(reasonRow);
    layout->addWidget(diffLabel);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acknowledge, &QCheckBox::toggled, this, &KeyActionDialog::updateConfirm);
    connect(m_reason, &QLineEdit::textChanged, this, &KeyActionDialog::updateConfirm);
    updateConfirm();
}

QString KeyActionDialog::reason() const
{
    return m_reason->text().trimmed();
}

void KeyActionDialog::updateConfirm()
{
    const bool acknowledged = !m_plan.breaksValidTokens() || m_acknowledge->isChecked();
    const bool reasoned = !m_reason->isVisibleTo(this) || !reason().isEmpty();
    m_confirm->setEnabled(acknowledged && reasoned);
}

} // namespace authscope
