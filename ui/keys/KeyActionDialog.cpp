#include "ui/keys/KeyActionDialog.h"

#include "core/common/TimeFormat.h"
#include "ui/keys/JwksDiff.h"
#include "ui/keys/KeyStateDelegate.h"
#include "ui/keys/KeyTableModel.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WarningBanner.h"
#include "ui/widgets/WidgetFactory.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace authscope {

namespace {

QString memberText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return value.toVariant().toString();
}

} // namespace

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
    const JwksDiff diff = JwksDiff::compute(plan.jwksBefore, plan.jwksAfter);
    m_diffText = diff.toText();
    if (diff.sameKeys()) {
        items << tr("The published JWKS keeps the same keys.");
    }
    m_summary = new QLabel(QStringLiteral("<ul style=\"margin-left:-20px\"><li>") +
                               items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"),
                           this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildBanners(plan);

    m_acknowledge =
        makeNamed<QCheckBox>(QStringLiteral("acknowledgeCheckBox"),
                             tr("I understand that tokens which are still valid will fail verification"), this);
    m_acknowledge->setVisible(plan.breaksValidTokens());

    auto* reasonRow = new QFormLayout;
    m_reason = makeNamed<QLineEdit>(QStringLiteral("reasonLineEdit"), this);
    m_reason->setPlaceholderText(tr("Why is the key revoked? (recorded in the audit log)"));
    m_reason->setMaxLength(500);
    m_reason->setVisible(needsReason);
    if (needsReason) {
        reasonRow->addRow(tr("&Reason:"), m_reason);
    }

    auto* diffLabel = new QLabel(tr("What relying parties will fetch from the JWKS, key by key:"), this);
    m_diff = makeNamed<QTreeWidget>(QStringLiteral("jwksDiffTreeWidget"), this);
    m_diff->setColumnCount(2);
    m_diff->setHeaderLabels({tr("Key"), tr("Details")});
    m_diff->setAccessibleName(tr("JWKS keys added, removed and unchanged"));
    m_diff->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    fillDiff(diff);
    diffLabel->setBuddy(m_diff);

    auto* buttons = makeDialogButtons(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    // The warning sign belongs on the button that does the harm, not on Cancel.
    buttons->button(QDialogButtonBox::Cancel)->setIcon(QIcon());
    if (plan.breaksValidTokens() || plan.action == KeyChangePlan::Action::Revoke) {
        m_confirm->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_notes);
    layout->addWidget(m_summary);
    layout->addWidget(m_acknowledge);
    layout->addLayout(reasonRow);
    layout->addWidget(diffLabel);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);

    connect(m_acknowledge, &QCheckBox::toggled, this, &KeyActionDialog::updateConfirm);
    connect(m_reason, &QLineEdit::textChanged, this, &KeyActionDialog::updateConfirm);
    updateConfirm();
}

void KeyActionDialog::buildBanners(const KeyChangePlan& plan)
{
    // Breaking changes in a red banner, the risks (caches that may not know a key yet) in an amber one.
    QStringList warnings;
    QStringList notes;
    for (const KeyChangePlan::Warning& w : plan.warnings) {
        (w.breaksValidTokens ? warnings : notes) << withoutCliHints(w.message).toHtmlEscaped();
    }
    m_warning = makeNamed<WarningBanner>(QStringLiteral("warningBanner"), this);
    m_warning->label()->setObjectName(QStringLiteral("warningLabel"));
    if (!warnings.isEmpty()) {
        m_warning->setMessage(QStringLiteral("<b>%1</b><br>%2")
                                  .arg(tr("⚠ Still-valid tokens will fail:"), warnings.join(QStringLiteral("<br>"))),
                              StatusColor::Bad);
    }
    m_notes = makeNamed<WarningBanner>(QStringLiteral("riskBanner"), this);
    m_notes->label()->setObjectName(QStringLiteral("riskLabel"));
    if (const QString noNext = noNextKeyWarning(plan); !noNext.isEmpty()) {
        notes << noNext;
    }
    if (!notes.isEmpty()) {
        m_notes->setMessage(QStringLiteral("<b>%1</b><br>%2")
                                .arg(tr("⚠ Worth knowing before you confirm:"), notes.join(QStringLiteral("<br>"))),
                            StatusColor::Caution);
    }
}

QString KeyActionDialog::noNextKeyWarning(const KeyChangePlan& plan)
{
    // Only a plan that changes which key signs can leave the purpose without a pre-published successor.
    if (plan.action != KeyChangePlan::Action::Rotate && plan.action != KeyChangePlan::Action::Revoke &&
        plan.action != KeyChangePlan::Action::Retire) {
        return {};
    }
    QString purpose = plan.purpose.isEmpty() ? KeyRecord::DefaultPurpose : plan.purpose;
    for (const KeyRecord& r : plan.after) {
        if (r.purpose == purpose && r.state == KeyState::Next) {
            return {};
        }
    }
    for (const KeyChangePlan::NewKey& k : plan.newKeys) {
        if (k.state == KeyState::Next) {
            return {};
        }
    }
    return tr("After this change there is no next key: the following rotation will sign with a key that relying "
              "parties have never fetched. Generate a next key soon after.");
}

void KeyActionDialog::fillDiff(const JwksDiff& diff)
{
    const auto group = [this](const QString& title, const QList<JwksDiff::Key>& keys, StatusColor role, bool expanded) {
        auto* top = new QTreeWidgetItem(m_diff, {title, QString()});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (role != StatusColor::Neutral) {
            top->setForeground(0, statusColor(role));
        }
        for (const JwksDiff::Key& k : keys) {
            auto* item = new QTreeWidgetItem(top, {k.kid, k.summary});
            item->setToolTip(0, tr("Thumbprint %1").arg(k.thumbprint));
            new QTreeWidgetItem(item, {tr("thumbprint"), k.thumbprint});
            for (auto it = k.json.constBegin(); it != k.json.constEnd(); ++it) {
                const QString value = memberText(*it);
                auto* member = new QTreeWidgetItem(item, {it.key(), value});
                member->setToolTip(1, value);
            }
        }
        top->setExpanded(expanded && !keys.isEmpty());
    };
    group(tr("Added: %n key(s)", nullptr, int(diff.added.size())), diff.added, StatusColor::Good, true);
    group(tr("Removed: %n key(s)", nullptr, int(diff.removed.size())), diff.removed, StatusColor::Bad, true);
    if (!diff.replaced.isEmpty()) {
        group(tr("Replaced (same kid, other key material): %n key(s)", nullptr, int(diff.replaced.size())),
              diff.replaced, StatusColor::Bad, true);
    }
    group(tr("Unchanged: %n key(s)", nullptr, int(diff.unchanged.size())), diff.unchanged, StatusColor::Neutral, false);
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
