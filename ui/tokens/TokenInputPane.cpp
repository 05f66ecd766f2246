#include "ui/tokens/TokenInputPane.h"

#include "ui/tokens/TokenEditor.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/tokens/TokensPage.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace authscope {

// The texts are TokensPage's: they were written there, and their translations are filed under it.

TokenInputPane::TokenInputPane(QWidget* parent) : QWidget(parent)
{
    m_editor = new TokenEditor(this);
    QLayout* topRow = buildTopRow();
    buildLabels();
    QLayout* copyRow = buildCopyRow();

    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addLayout(topRow);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_expiryLabel);
    layout->addLayout(copyRow);

    setTabOrder(m_editor, m_pasteButton);
    setTabOrder(m_pasteButton, m_openButton);
    setTabOrder(m_openButton, m_clearButton);
    setTabOrder(m_clearButton, m_copyHeaderButton);
    setTabOrder(m_copyHeaderButton, m_copyPayloadButton);
    setTabOrder(m_copyPayloadButton, m_copySignatureButton);
    setTabOrder(m_copySignatureButton, m_copyTokenButton);

    connect(m_openButton, &QPushButton::clicked, this, &TokenInputPane::openRequested);
    connect(m_pasteButton, &QPushButton::clicked, this, &TokenInputPane::pasteRequested);
    connect(m_clearButton, &QPushButton::clicked, this, &TokenInputPane::clearRequested);
    connect(m_copyHeaderButton, &QToolButton::clicked, this, [this] { Q_EMIT copyRequested(Part::Header); });
    connect(m_copyPayloadButton, &QToolButton::clicked, this, [this] { Q_EMIT copyRequested(Part::Payload); });
    connect(m_copySignatureButton, &QToolButton::clicked, this, [this] { Q_EMIT copyRequested(Part::Signature); });
    connect(m_copyTokenButton, &QToolButton::clicked, this, [this] { Q_EMIT copyRequested(Part::Whole); });
}

QLayout* TokenInputPane::buildTopRow()
{
    auto* tokenLabel = makeBuddyLabel(TokensPage::tr("&Token:"), m_editor, this);
    m_openButton =
        makeNamed<QPushButton>(QStringLiteral("openTokenFileButton"),
                               style()->standardIcon(QStyle::SP_DialogOpenButton), TokensPage::tr("&Open…"), this);
    m_openButton->setToolTip(TokensPage::tr("Read a token or a key file (a key goes to Verify)"));
    m_pasteButton = makeButton(TokensPage::tr("&Paste"), QStringLiteral("pasteTokenButton"), this,
                               TokensPage::tr("Replace the token with the clipboard's text"));
    m_clearButton = makeButton(TokensPage::tr("Clea&r"), QStringLiteral("clearTokenButton"), this);
    auto* topRow = new QHBoxLayout;
    topRow->addWidget(tokenLabel);
    topRow->addStretch(1);
    topRow->addWidget(m_pasteButton);
    topRow->addWidget(m_openButton);
    topRow->addWidget(m_clearButton);
    return topRow;
}

void TokenInputPane::buildLabels()
{
    m_summaryLabel = makeQuotingLabel(QStringLiteral("tokenSummaryLabel"), this); // D-DISPLAY: it quotes the token
    m_expiryLabel = makeWrappedLabel(QStringLiteral("expiryLabel"), this);
    QFont bold = m_expiryLabel->font();
    bold.setBold(true);
    m_expiryLabel->setFont(bold);
    m_expiryLabel->setAccessibleName(TokensPage::tr("Expiry countdown"));
    m_errorLabel = makeMessageLabel(QStringLiteral("decodeErrorLabel"), this);
    m_errorLabel->hide();
}

QLayout* TokenInputPane::buildCopyRow()
{
    const auto copyButton = [this](const QString& text, const QString& objectName) {
        auto* button = makeNamed<QToolButton>(objectName, this);
        button->setText(text);
        return button;
    };
    m_copyHeaderButton = copyButton(TokensPage::tr("He&ader"), QStringLiteral("copyHeaderToolButton"));
    m_copyPayloadButton = copyButton(TokensPage::tr("Pa&yload"), QStringLiteral("copyPayloadToolButton"));
    m_copySignatureButton = copyButton(TokensPage::tr("Si&gnature"), QStringLiteral("copySignatureToolButton"));
    m_copyTokenButton = copyButton(TokensPage::tr("Whole token"), QStringLiteral("copyTokenToolButton"));
    for (QToolButton* b : {m_copyHeaderButton, m_copyPayloadButton, m_copySignatureButton}) {
        b->setToolTip(TokensPage::tr("Copy this part to the clipboard as it appears in the token (base64url)"));
    }
    m_copyTokenButton->setToolTip(TokensPage::tr("Copy the whole token to the clipboard (Ctrl+Shift+C)"));
    // Read out of the row, "Header" alone does not say the button copies.
    m_copyHeaderButton->setAccessibleName(TokensPage::tr("Copy the header"));
    m_copyPayloadButton->setAccessibleName(TokensPage::tr("Copy the payload"));
    m_copySignatureButton->setAccessibleName(TokensPage::tr("Copy the signature"));
    m_copyTokenButton->setAccessibleName(TokensPage::tr("Copy the whole token"));
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(new QLabel(TokensPage::tr("Copy:"), this));
    copyRow->addWidget(m_copyHeaderButton);
    copyRow->addWidget(m_copyPayloadButton);
    copyRow->addWidget(m_copySignatureButton);
    copyRow->addWidget(m_copyTokenButton);
    copyRow->addStretch(1);
    return copyRow;
}

QWidget* TokenInputPane::lastInTabOrder() const
{
    return m_copyTokenButton;
}

void TokenInputPane::showError(const QString& text)
{
    m_errorLabel->setText(text);
    setTextColor(m_errorLabel, TokenPalette::current().bad);
    m_errorLabel->show();
}

void TokenInputPane::hideError()
{
    m_errorLabel->hide();
}

bool TokenInputPane::isErrorShown() const
{
    return m_errorLabel->isVisible();
}

void TokenInputPane::setErrorColor(const QColor& color)
{
    setTextColor(m_errorLabel, color);
}

void TokenInputPane::setSummary(const QString& text, const QColor& color)
{
    m_summaryLabel->setText(text);
    setTextColor(m_summaryLabel, color);
}

void TokenInputPane::setSummaryColor(const QColor& color)
{
    setTextColor(m_summaryLabel, color);
}

void TokenInputPane::clearSummary()
{
    m_summaryLabel->clear();
}

void TokenInputPane::showExpiry(const QString& text, const QColor& color)
{
    m_expiryLabel->setText(text);
    setTextColor(m_expiryLabel, color);
    m_expiryLabel->show();
}

void TokenInputPane::hideExpiry()
{
    m_expiryLabel->hide();
}

void TokenInputPane::clearExpiry()
{
    m_expiryLabel->clear();
    m_expiryLabel->hide();
}

void TokenInputPane::setCopyEnabled(bool header, bool payload, bool signature, bool whole)
{
    m_copyHeaderButton->setEnabled(header);
    m_copyPayloadButton->setEnabled(payload);
    m_copySignatureButton->setEnabled(signature);
    m_copyTokenButton->setEnabled(whole);
}

} // namespace authscope
