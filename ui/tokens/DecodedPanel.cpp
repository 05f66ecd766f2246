#include "ui/tokens/DecodedPanel.h"

#include "core/common/DisplayText.h"

#include "core/jose/Base64Url.h"
#include "core/jose/DecodedToken.h"
#include "core/jose/JwsAlgorithm.h"
#include "core/jose/StrictJson.h"
#include "ui/tokens/DpopBinding.h"
#include "ui/tokens/JsonHighlighter.h"
#include "ui/tokens/JsonText.h"
#include "ui/tokens/ToneLabel.h"
#include "ui/widgets/CodeTextEdit.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace authscope {

namespace {

QString hexGroups(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

} // namespace

DecodedPanel::DecodedPanel(QWidget* parent) : QWidget(parent)
{
    m_jweLabel = new ToneLabel(QStringLiteral("jweNoticeLabel"), this);
    m_jweLabel->setTone(ToneLabel::Tone::Caution);
    m_jweLabel->setText(tr("This is an encrypted token (JWE, five parts): only its protected header can be read "
                           "without the key. <a href=\"#decrypt\">Decrypt it</a> with its key to see the "
                           "payload; a signed token inside can then be read and verified."));
    m_jweLabel->setTextFormat(Qt::RichText);
    m_jweLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_jweLabel->setFrameShape(QFrame::StyledPanel);
    m_jweLabel->setMargin(6);
    m_jweLabel->hide();

    // The Verify tab's verdict, repeated here so that reading a token also says whether it can be trusted.
    m_verdictLabel = makeMessageLabel(QStringLiteral("decodedVerdictLabel"), this);
    m_verdictLabel->setAccessibleName(tr("Verdict"));
    m_verdictLabel->hide();

    // A DPoP-bound token (RFC 9449 §6) says so where it is read: stolen, it is useless without the key.
    m_bindingLabel = new ToneLabel(QStringLiteral("decodedBindingLabel"), this);
    m_bindingLabel->setTone(ToneLabel::Tone::Info);
    m_bindingLabel->setTextFormat(Qt::RichText);
    m_bindingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_bindingLabel->setAccessibleName(tr("Key binding"));
    m_bindingLabel->hide();

    m_headerView = makeJsonTextView(QStringLiteral("headerJsonTextEdit"), tr("Decoded header"), this);
    m_payloadView = makeJsonTextView(QStringLiteral("payloadJsonTextEdit"), tr("Decoded payload"), this);
    m_signatureView = makeJsonTextView(QStringLiteral("signatureTextEdit"), tr("Signature"), this);
    m_signatureView->setMaximumHeight(110);
    m_headerHighlighter = new JsonHighlighter(JsonHighlighter::Role::Header, m_headerView->document());
    m_payloadHighlighter = new JsonHighlighter(JsonHighlighter::Role::Payload, m_payloadView->document());

    m_payloadNote = makeWrappedLabel(QStringLiteral("payloadNoteLabel"), this);
    m_payloadNote->hide();
    m_signatureNote = makeWrappedLabel(QStringLiteral("signatureNoteLabel"), this);

    m_copyHeaderButton =
        makeButton(tr("Copy JSON"), QStringLiteral("copyHeaderJsonButton"), this, tr("Copy the decoded header JSON"));
    m_copyHeaderButton->setAccessibleName(m_copyHeaderButton->toolTip()); // two buttons read "Copy JSON"
    m_copyPayloadButton =
        makeButton(tr("Copy JSON"), QStringLiteral("copyPayloadJsonButton"), this, tr("Copy the decoded payload"));
    m_copyPayloadButton->setAccessibleName(m_copyPayloadButton->toolTip());

    const auto group = [this](const QString& title, QWidget* view, QLabel* note, QPushButton* copy) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        if (note != nullptr) {
            layout->addWidget(note);
        }
        layout->addWidget(view, 1);
        if (copy != nullptr) {
            auto* row = new QHBoxLayout;
            row->addStretch(1);
            row->addWidget(copy);
            layout->addLayout(row);
        }
        return box;
    };
    auto* splitter =
        makeSplitter(QStringLiteral("decodedSplitter"), Qt::Vertical,
                     {{group(tr("Header: algorithm and token type"), m_headerView, nullptr, m_copyHeaderButton), 2},
                      {group(tr("Payload: data"), m_payloadView, m_payloadNote, m_copyPayloadButton), 5},
                      {group(tr("Signature"), m_signatureView, m_signatureNote, nullptr), 1}},
                     this);

    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_bindingLabel);
    layout->addWidget(m_jweLabel);
    layout->addWidget(splitter, 1);

    connect(m_verdictLabel, &QLabel::linkActivated, this, [this] { Q_EMIT verifyRequested(); });
    connect(m_jweLabel, &QLabel::linkActivated, this, [this] { Q_EMIT decryptRequested(); });
    connect(m_bindingLabel, &QLabel::linkActivated, this, [this] { Q_EMIT dpopRequested(); });
    connect(m_copyHeaderButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_headerView->toPlainText());
        Q_EMIT copied(tr("Decoded header"));
    });
    connect(m_copyPayloadButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_payloadView->toPlainText());
        Q_EMIT copied(tr("Decoded payload"));
    });
    clear();
}

void DecodedPanel::showToken(const jose::DecodedToken& token)
{
    // D-DISPLAY: the header and payload are whatever the token's maker wrote; copies take the escaped text too.
    m_headerView->setPlainText(DisplayText::escapeLines(JsonText::indent(token.headerBytes)));
    m_copyHeaderButton->setEnabled(true);
    const QString jkt = DpopBinding::jkt(token);
    if (!jkt.isEmpty()) {
        m_bindingLabel->setText(QStringLiteral("%1 &nbsp;<a href=\"#dpop\">%2</a>")
                                    .arg(DpopBinding::describe(jkt).toHtmlEscaped(), tr("Check a proof…")));
    }
    m_bindingLabel->setVisible(!jkt.isEmpty());
    if (token.isJwe()) {
        m_jweLabel->show();
        m_payloadView->setPlainText(QString());
        m_payloadView->setPlaceholderText(tr("Encrypted: decrypt it on the Decrypt tab to read the payload."));
        m_payloadNote->setText(tr("The payload of a JWE is encrypted (%1).")
                                   .arg(DisplayText::escape(token.header.value(QLatin1StringView("enc")).toString())));
        m_payloadNote->show();
        m_copyPayloadButton->setEnabled(false);
        m_signatureView->clear();
        m_signatureNote->setText(tr("A JWE has no signature: its integrity comes from the authentication tag."));
        return;
    }
    m_jweLabel->hide();
    m_payloadView->setPlaceholderText(QString());
    if (token.payloadIsJson) {
        m_payloadView->setPlainText(DisplayText::escapeLines(JsonText::indent(token.payload)));
        m_payloadNote->hide();
    } else if (jose::StrictJson::isValidUtf8(token.payload)) {
        m_payloadView->setPlainText(DisplayText::escapeLines(QString::fromUtf8(token.payload)));
        m_payloadNote->setText(tr("The payload is not a JSON object or array: shown as text (a plain JWS, not a "
                                  "JWT)."));
        m_payloadNote->show();
    } else {
        m_payloadView->setPlainText(hexGroups(token.payload));
        m_payloadNote->setText(
            tr("The payload is binary (%Ln byte(s)): shown in hex.", nullptr, static_cast<int>(token.payload.size())));
        m_payloadNote->show();
    }
    m_copyPayloadButton->setEnabled(!token.payload.isEmpty());

    const QByteArray sigB64 = jose::Base64Url::encode(token.signature);
    const auto alg = jose::JwsAlgorithms::fromName(token.algorithmName());
    QString note = tr("%Ln byte(s)", nullptr, static_cast<int>(token.signature.size()));
    if (token.signature.isEmpty()) {
        note = tr("Empty: the token is not signed.");
    } else if (alg && jose::JwsAlgorithms::ecdsaSignatureBytes(*alg) > 0) {
        const int expected = jose::JwsAlgorithms::ecdsaSignatureBytes(*alg);
        note = token.signature.size() == expected
                   ? tr("%1 bytes: r‖s for %2, as JWS requires (not DER)").arg(expected).arg(token.algorithmName())
                   : tr("%1 bytes, but %2 needs exactly %3 (r‖s): this signature cannot be valid")
                         .arg(token.signature.size())
                         .arg(token.algorithmName())
                         .arg(expected);
    } else if (alg) {
        note = tr("%Ln byte(s), %1", nullptr, static_cast<int>(token.signature.size())).arg(token.algorithmName());
    }
    m_signatureNote->setText(note);
    m_signatureView->setPlainText(
        token.signature.isEmpty()
            ? QString()
            : tr("base64url: %1\nhex: %2").arg(QString::fromLatin1(sigB64), hexGroups(token.signature)));
}

void DecodedPanel::clear()
{
    m_jweLabel->hide();
    m_bindingLabel->hide();
    m_headerView->clear();
    m_payloadView->clear();
    m_payloadView->setPlaceholderText(QString());
    m_signatureView->clear();
    m_payloadNote->hide();
    m_signatureNote->clear();
    m_copyHeaderButton->setEnabled(false);
    m_copyPayloadButton->setEnabled(false);
}

void DecodedPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_headerHighlighter->refreshColors();
        m_payloadHighlighter->refreshColors();
    }
}

void DecodedPanel::setVerdict(const QString& state, const QString& text, const QColor& color)
{
    m_verdictLabel->setProperty("verdict", state);
    if (text.isEmpty()) {
        m_verdictLabel->hide();
        return;
    }
    m_verdictLabel->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> &nbsp;<a href=\"#verify\">%3</a>")
                                .arg(color.name(), DisplayText::escape(text).toHtmlEscaped(), tr("Details…")));
    m_verdictLabel->show();
}

} // namespace authscope
