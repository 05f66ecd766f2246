#include "ui/tokens/WarningList.h"

#include "core/common/DisplayText.h"
#include "ui/tokens/TokenPalette.h"

#include <QEvent>
#include <QStyle>

namespace authscope {

WarningList::WarningList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("warningsListWidget"));
    setAccessibleName(tr("Security warnings"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setSpacing(3);
}

QString WarningList::titleFor(const QString& code)
{
    if (code == u"jose.lint.alg-none") {
        return tr("Unsigned token (alg: none)");
    }
    if (code == u"jose.lint.alg-missing") {
        return tr("No algorithm");
    }
    if (code == u"jose.lint.alg-unknown") {
        return tr("Unknown algorithm");
    }
    if (code == u"jose.lint.hs-public-key") {
        return tr("HMAC with a public key (key confusion)");
    }
    if (code == u"jose.lint.header-key") {
        return tr("The token names its own key");
    }
    if (code == u"jose.lint.b64") {
        return tr("Unencoded payload (b64)");
    }
    if (code == u"jose.lint.not-json") {
        return tr("Not a JWT");
    }
    if (code == u"jose.lint.no-exp") {
        return tr("No expiry");
    }
    if (code == u"jose.lint.long-lifetime") {
        return tr("Long lifetime");
    }
    if (code == u"jose.lint.sensitive-claim") {
        return tr("Sensitive data readable by anyone");
    }
    if (code == u"jose.jwe-unsupported") {
        return tr("Encrypted token (JWE)");
    }
    return code;
}

void WarningList::setWarnings(const QList<jose::TokenWarning>& warnings)
{
    m_warnings = warnings;
    m_hasToken = true;
    rebuild();
}

void WarningList::clearWarnings()
{
    m_warnings.clear();
    m_hasToken = false;
    rebuild();
}

QStringList WarningList::codes() const
{
    QStringList out;
    for (const jose::TokenWarning& w : m_warnings) {
        out.append(w.code);
    }
    return out;
}

void WarningList::rebuild()
{
    clear();
    if (!m_hasToken) {
        return;
    }
    const TokenPalette palette = TokenPalette::current();
    if (m_warnings.isEmpty()) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No RFC 8725 findings: nothing in this token looks unsafe before "
                                            "verification."),
                                         this);
        item->setForeground(palette.good);
        item->setData(SeverityRole, -1);
        return;
    }
    for (const jose::TokenWarning& w : std::as_const(m_warnings)) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QColor color = palette.info;
        QString severity = tr("Note");
        switch (w.severity) {
        case jose::TokenWarning::Severity::Danger:
            icon = QStyle::SP_MessageBoxCritical;
            color = palette.bad;
            severity = tr("Danger");
            break;
        case jose::TokenWarning::Severity::Warning:
            icon = QStyle::SP_MessageBoxWarning;
            color = palette.caution;
            severity = tr("Warning");
            break;
        case jose::TokenWarning::Severity::Info:
            break;
        }
        // The engine's note on a JWE names the CLI command; here the Decrypt tab does that.
        const QString message = w.code == u"jose.jwe-unsupported"
                                    ? tr("Only its protected header can be read without the key: decrypt it on the "
                                         "Decrypt tab to see the payload.")
                                    : DisplayText::escape(w.message);
        auto* item = new QListWidgetItem(style()->standardIcon(icon), titleFor(w.code) + u'\n' + message, this);
        item->setForeground(color);
        item->setToolTip(tr("%1 · %2").arg(severity, w.code));
        item->setData(CodeRole, w.code);
        item->setData(SeverityRole, static_cast<int>(w.severity));
        QFont font = item->font();
        font.setBold(w.severity == jose::TokenWarning::Severity::Danger);
        item->setFont(font);
    }
}

void WarningList::changeEvent(QEvent* event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        rebuild();
    }
}

} // namespace authscope
