#include "ui/tokens/ResignPanel.h"

#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/jose/StrictJson.h"
#include "ui/tokens/JsonHighlighter.h"
#include "ui/tokens/JsonText.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/tokens/KeyText.h"
#include "ui/tokens/TokenHighlighter.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/CodeTextEdit.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace authscope {

using jose::JwsAlgorithm;
using jose::JwsAlgorithms;

struct ResignPanel::Parsed
{
    std::optional<QJsonObject> header;
    QStringList headerOrder;
    std::optional<QByteArray> payload; // compact JSON text, member order kept
    QString headerError;
    QString payloadError;
};

namespace {

// "line 3, column 7: missing comma" from a QJsonParseError offset.
QString jsonErrorAt(const QByteArray& text, const QJsonParseError& error)
{
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, text.size());
    const QByteArrayView before = QByteArrayView(text).first(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastBreak = before.lastIndexOf('\n');
    const qsizetype column = offset - lastBreak;
    return ResignPanel::tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
}

QPlainTextEdit* makeJsonEdit(const QString& name, const QString& accessible, QWidget* parent)
{
    QPlainTextEdit* edit = makeCodeTextEdit(name, accessible, parent);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}

} // namespace

ResignPanel::ResignPanel(const Clock& clock, QWidget* parent) : QWidget(parent), m_clock(clock)
{
    QWidget* left = buildEditSide();
    QWidget* signScroll = buildSignSide();
    auto* splitter = makeSplitter(QStringLiteral("resignSplitter"), Qt::Vertical, {{left, 1}, {signScroll, 1}}, this);
    splitter->setSizes({300, 340}); // the signing controls whole where the height allows, the editors the rest
    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addWidget(splitter);

    m_validateTimer = makeDelayTimer(200, this);
    connectSignals();

    updateAlgorithms();
    setSigned({});
    validateEditors();
}

// The header and payload editors, and the tools that change them.
QWidget* ResignPanel::buildEditSide()
{
    m_headerEdit = makeJsonEdit(QStringLiteral("editHeaderTextEdit"), tr("Header to sign"), this);
    m_headerEdit->setPlaceholderText(tr("{\"alg\": \"ES256\", \"typ\": \"JWT\"}"));
    m_payloadEdit = makeJsonEdit(QStringLiteral("editPayloadTextEdit"), tr("Payload to sign"), this);
    m_payloadEdit->setPlaceholderText(tr("{\"sub\": \"alice\", \"exp\": 1900000000}"));
    m_headerHighlighter = new JsonHighlighter(JsonHighlighter::Role::Header, m_headerEdit->document());
    m_payloadHighlighter = new JsonHighlighter(JsonHighlighter::Role::Payload, m_payloadEdit->document());

    m_editStatus = makeWrappedLabel(QStringLiteral("editStatusLabel"), this);
    m_resetButton = makeButton(tr("Reset from token"), QStringLiteral("resetEditButton"), this,
                               tr("Replace both editors with the header and payload of the token on display"));
    m_lifetimeSpin = makeNamed<QSpinBox>(QStringLiteral("lifetimeSpinBox"), this);
    m_lifetimeSpin->setRange(1, 60 * 24 * 365);
    m_lifetimeSpin->setValue(15);
    m_lifetimeSpin->setSuffix(tr(" min"));
    m_lifetimeSpin->setAccessibleName(tr("Lifetime"));
    m_setTimesButton = makeButton(tr("Set iat = now, exp = now +"), QStringLiteral("setTimesButton"), this);
    m_setTimesButton->setToolTip(tr("Issue the payload now: iat (and nbf when present) become now, exp now plus "
                                    "the lifetime"));

    auto* editTools = new QHBoxLayout;
    editTools->addWidget(m_resetButton);
    editTools->addStretch(1);
    editTools->addWidget(m_setTimesButton);
    editTools->addWidget(m_lifetimeSpin);

    auto* editSplitter = makeSplitter(
        QStringLiteral("editSplitter"), Qt::Vertical,
        {{makeGroupBox(tr("Header"), m_headerEdit, this), 1}, {makeGroupBox(tr("Payload"), m_payloadEdit, this), 3}},
        this);

    auto* left = new QWidget(this);
    auto* leftLayout = makeMarginless<QVBoxLayout>(left);
    leftLayout->addWidget(editSplitter, 1);
    leftLayout->addWidget(m_editStatus);
    leftLayout->addLayout(editTools);

    return left;
}

// The key, the algorithm, the buttons that sign, and the new token.
QWidget* ResignPanel::buildSignSide()
{
    m_keyInput = makeNamed<KeyInputWidget>(QStringLiteral("signKeyInputWidget"), KeyInputWidget::Purpose::Sign, this);
    m_algorithmCombo = makeNamed<QComboBox>(QStringLiteral("signAlgorithmComboBox"), this);
    m_algorithmCombo->setAccessibleName(tr("Signing algorithm"));
    m_kidCheck = makeNamed<QCheckBox>(QStringLiteral("setKidCheckBox"), tr("Put the key's kid in the header"), this);
    m_kidCheck->setChecked(true);
    m_signButton = makeButton(tr("Sign"), QStringLiteral("signButton"), this,
                              tr("Make a new token from the header and payload above (Ctrl+Return)"));
    m_unsignedButton = makeButton(tr("Unsigned (alg: none)"), QStringLiteral("unsignedButton"), this);
    m_unsignedButton->setToolTip(tr("For testing verifiers: the same header and payload with alg \"none\" and an "
                                    "empty signature. A sound verifier refuses it; AuthScope always does."));
    auto* algRow = new QHBoxLayout;
    auto* algLabel = makeBuddyLabel(tr("Algorith&m:"), m_algorithmCombo, this);
    algRow->addWidget(algLabel);
    algRow->addWidget(m_algorithmCombo, 1);
    algRow->addWidget(m_kidCheck);
    auto* signRow = new QHBoxLayout;
    signRow->addWidget(m_signButton);
    signRow->addWidget(m_unsignedButton);
    signRow->addStretch(1);

    m_output = makeNamed<QPlainTextEdit>(QStringLiteral("signedTokenTextEdit"), this);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setWordWrapMode(QTextOption::WrapAnywhere);
    m_output->setAccessibleName(tr("New token"));
    m_output->setPlaceholderText(tr("The new token appears here."));
    m_output->setMinimumHeight(60);
    m_outputHighlighter = new TokenHighlighter(m_output->document());
    m_signStatus = makeMessageLabel(QStringLiteral("signStatusLabel"), this);
    m_openButton = makeButton(tr("Ope&n in inspector"), QStringLiteral("openSignedButton"), this);
    m_openButton->setToolTip(tr("Inspect the new token, with the signing key (its public half) set up to verify "
                                "it"));
    m_copyButton = makeButton(tr("Copy new token"), QStringLiteral("copySignedButton"), this);
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_openButton);
    outRow->addWidget(m_copyButton);
    outRow->addStretch(1);

    auto* signBox = new QGroupBox(tr("Sign"), this);
    auto* signLayout = new QVBoxLayout(signBox);
    signLayout->addWidget(m_keyInput);
    signLayout->addLayout(algRow);
    signLayout->addLayout(signRow);
    signLayout->addWidget(m_output, 1);
    signLayout->addWidget(m_signStatus);
    signLayout->addLayout(outRow);

    // The signing controls scroll rather than force the window taller than a 1024×700 screen (they need about
    // 340 px; the editors above take the rest).
    return makeScrollPane(QStringLiteral("signScrollArea"), signBox, this);
}

void ResignPanel::connectSignals()
{
    connect(m_validateTimer, &QTimer::timeout, this, &ResignPanel::validateEditors);
    connect(m_headerEdit, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_payloadEdit, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_resetButton, &QPushButton::clicked, this, &ResignPanel::resetFromSource);
    connect(m_setTimesButton, &QPushButton::clicked, this, &ResignPanel::setTimes);
    connect(m_keyInput, &KeyInputWidget::keysChanged, this, &ResignPanel::updateAlgorithms);
    connect(m_keyInput, &KeyInputWidget::generationFinished, this, [this](bool ok) {
        if (m_signAfterGenerate) {
            m_signAfterGenerate = false;
            if (ok) {
                sign();
            }
        }
    });
    connect(m_signButton, &QPushButton::clicked, this, &ResignPanel::sign);
    connect(m_unsignedButton, &QPushButton::clicked, this, &ResignPanel::makeUnsigned);
    connect(m_openButton, &QPushButton::clicked, this, &ResignPanel::openRequested);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (!m_signed.isEmpty()) {
            QApplication::clipboard()->setText(QString::fromLatin1(m_signed));
        }
    });
}

void ResignPanel::setSource(const QByteArray& headerJson, const QByteArray& payload, bool payloadIsJson)
{
    m_sourceHeader = headerJson;
    m_sourcePayload = payload;
    m_sourcePayloadIsJson = payloadIsJson;
    m_resetButton->setEnabled(true);
    const bool edited = m_headerEdit->document()->isModified() || m_payloadEdit->document()->isModified();
    if (!edited) {
        resetFromSource();
    }
}

void ResignPanel::clearSource()
{
    m_sourceHeader.clear();
    m_sourcePayload.clear();
    m_resetButton->setEnabled(false);
}

void ResignPanel::resetFromSource()
{
    if (m_sourceHeader.isEmpty()) {
        return;
    }
    m_headerEdit->setPlainText(JsonText::indent(m_sourceHeader));
    m_payloadEdit->setPlainText(m_sourcePayloadIsJson ? JsonText::indent(m_sourcePayload)
                                                      : QString::fromUtf8(m_sourcePayload));
    m_headerEdit->document()->setModified(false);
    m_payloadEdit->document()->setModified(false);
    // Offer the token's own algorithm when the key can do it.
    updateAlgorithms();
}

ResignPanel::Parsed ResignPanel::parseEditors() const
{
    Parsed out;
    const QByteArray header = m_headerEdit->toPlainText().toUtf8();
    QJsonParseError error{};
    const QJsonDocument headerDoc = QJsonDocument::fromJson(header, &error);
    if (error.error != QJsonParseError::NoError) {
        out.headerError = jsonErrorAt(header, error);
    } else if (!headerDoc.isObject()) {
        out.headerError = tr("must be a JSON object");
    } else if (auto strict = jose::StrictJson::scan(header, jose::JsonLimits{}.maxDepth); !strict) {
        out.headerError = strict.error().message;
    } else {
        out.header = headerDoc.object();
        out.headerOrder = JsonText::memberOrder(header);
    }
    const QByteArray payload = m_payloadEdit->toPlainText().toUtf8();
    if (payload.trimmed().isEmpty()) {
        out.payloadError = tr("empty");
        return out;
    }
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError) {
        out.payloadError = jsonErrorAt(payload, error);
    } else if (auto strict = jose::StrictJson::scan(payload, jose::JsonLimits{}.maxDepth); !strict) {
        out.payloadError = strict.error().message;
    } else {
        out.payload = JsonText::compact(payload);
    }
    return out;
}

void ResignPanel::validateEditors()
{
    const Parsed parsed = parseEditors();
    const TokenPalette palette = TokenPalette::current();
    QStringList problems;
    if (!parsed.headerError.isEmpty() && !m_headerEdit->toPlainText().trimmed().isEmpty()) {
        problems << tr("Header: %1").arg(parsed.headerError);
    }
    if (!parsed.payloadError.isEmpty() && !m_payloadEdit->toPlainText().trimmed().isEmpty()) {
        problems << tr("Payload: %1").arg(parsed.payloadError);
    }
    QColor color;
    if (problems.isEmpty()) {
        const bool ready = parsed.header && parsed.payload;
        color = ready ? palette.good : QApplication::palette().color(QPalette::WindowText);
        m_editStatus->setText(ready ? tr("✔ Header and payload are valid JSON")
                                    : tr("Paste a token to start from it, or write a header and a payload."));
    } else {
        color = palette.bad;
        m_editStatus->setText(tr("✘ %1").arg(problems.join(QStringLiteral(" · "))));
    }
    setTextColor(m_editStatus, color);
    m_setTimesButton->setEnabled(parsed.payload.has_value() && QJsonDocument::fromJson(*parsed.payload).isObject());
}

void ResignPanel::updateAlgorithms()
{
    const QList<JwsAlgorithm> algs = m_keyInput->candidateAlgorithms();
    const QString previous = m_algorithmCombo->currentText();
    QString headerAlg;
    if (const Parsed parsed = parseEditors(); parsed.header) {
        headerAlg = parsed.header->value(QLatin1StringView("alg")).toString();
    }
    const QSignalBlocker block(m_algorithmCombo);
    m_algorithmCombo->clear();
    for (const JwsAlgorithm a : algs) {
        m_algorithmCombo->addItem(JwsAlgorithms::name(a), static_cast<int>(a));
    }
    // Keep the choice, else the token's own alg, else the key's first.
    int index = m_algorithmCombo->findText(previous);
    if (index < 0 || m_headerEdit->document()->isModified() == false) {
        const int fromHeader = m_algorithmCombo->findText(headerAlg);
        if (fromHeader >= 0) {
            index = fromHeader;
        }
    }
    m_algorithmCombo->setCurrentIndex(std::max(0, index));
    m_algorithmCombo->setEnabled(!algs.isEmpty());
    const auto key = m_keyInput->selectedKey();
    m_kidCheck->setEnabled(!key || !key->kid().isEmpty());
}

void ResignPanel::sign()
{
    const Parsed parsed = parseEditors();
    if (!parsed.header || !parsed.payload) {
        QStringList problems;
        if (!parsed.headerError.isEmpty()) {
            problems << tr("header: %1").arg(parsed.headerError);
        }
        if (!parsed.payloadError.isEmpty()) {
            problems << tr("payload: %1").arg(parsed.payloadError);
        }
        showStatus(tr("✘ Cannot sign: %1").arg(problems.join(QStringLiteral("; "))), false);
        return;
    }
    std::optional<jose::Jwk> key = m_keyInput->selectedKey();
    if (!key) {
        if (m_keyInput->source() == KeyInputWidget::Source::Generate) {
            // No key yet: make one first, then sign.
            m_signAfterGenerate = true;
            showStatus(tr("Generating a key…"), true);
            m_keyInput->generate();
            return;
        }
        const Result<jose::JwkSet>& keys = m_keyInput->keys();
        showStatus(tr("✘ Cannot sign: %1").arg(keys ? tr("no key") : keys.error().message), false);
        return;
    }
    if (m_algorithmCombo->currentIndex() < 0) {
        showStatus(tr("✘ Cannot sign: this key cannot sign with any JWS algorithm"), false);
        return;
    }
    const auto alg = static_cast<JwsAlgorithm>(m_algorithmCombo->currentData().toInt());
    QJsonObject header = *parsed.header;
    header.insert(QStringLiteral("alg"), JwsAlgorithms::name(alg));
    if (m_kidCheck->isChecked() && !key->kid().isEmpty()) {
        header.insert(QStringLiteral("kid"), key->kid());
    }
    auto token = jose::Jws::sign(header, *parsed.payload, *key);
    if (!token) {
        showStatus(tr("✘ Cannot sign: %1 (%2)").arg(token.error().message, token.error().code), false);
        return;
    }
    m_signingKey = key;
    setSigned(*token);
    showStatus(tr("✔ Signed with %1 using %2").arg(JwsAlgorithms::name(alg), KeyText::describe(*key)), true);
    Q_EMIT tokenSigned(JwsAlgorithms::name(alg), header.value(QLatin1StringView("kid")).toString(),
                       m_keyInput->sourceName());
}

void ResignPanel::makeUnsigned()
{
    const Parsed parsed = parseEditors();
    if (!parsed.header || !parsed.payload) {
        showStatus(tr("✘ Fix the header and payload JSON first"), false);
        return;
    }
    QJsonObject header = *parsed.header;
    header.insert(QStringLiteral("alg"), QStringLiteral("none"));
    QStringList order = parsed.headerOrder;
    if (!order.contains(QStringLiteral("alg"))) {
        order.prepend(QStringLiteral("alg"));
    }
    const QByteArray token = jose::Base64Url::encode(JsonText::serialize(header, order)) + '.' +
                             jose::Base64Url::encode(*parsed.payload) + '.';
    m_signingKey.reset();
    setSigned(token);
    showStatus(tr("⚠ Unsigned token, for testing verifiers only: anyone can forge it, and a sound verifier "
                  "(AuthScope included) refuses it."),
               false);
}

void ResignPanel::setTimes()
{
    const QByteArray payload = m_payloadEdit->toPlainText().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject()) {
        return;
    }
    QJsonObject claims = doc.object();
    const qint64 now = m_clock.nowSecs();
    claims.insert(QStringLiteral("iat"), now);
    if (claims.contains(QStringLiteral("nbf"))) {
        claims.insert(QStringLiteral("nbf"), now);
    }
    claims.insert(QStringLiteral("exp"), now + static_cast<qint64>(m_lifetimeSpin->value()) * 60);
    const QByteArray text = JsonText::serialize(claims, JsonText::memberOrder(payload));
    m_payloadEdit->setPlainText(JsonText::indent(text));
    m_payloadEdit->document()->setModified(true);
}

void ResignPanel::showStatus(const QString& text, bool ok)
{
    m_statusOk = ok;
    setTextColor(m_signStatus, ok ? TokenPalette::current().good : TokenPalette::current().bad);
    m_signStatus->setText(text);
}

void ResignPanel::setSigned(const QByteArray& token)
{
    m_signed = token;
    m_output->setPlainText(QString::fromLatin1(token));
    m_openButton->setEnabled(!token.isEmpty());
    m_copyButton->setEnabled(!token.isEmpty());
}

void ResignPanel::withdrawSigned(const QString& reason)
{
    m_signingKey.reset();
    setSigned({});
    showStatus(tr("✘ Not signed: %1").arg(reason), false);
}

void ResignPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_headerHighlighter->refreshColors();
        m_payloadHighlighter->refreshColors();
        m_outputHighlighter->refreshColors();
        if (!m_signStatus->text().isEmpty()) {
            showStatus(m_signStatus->text(), m_statusOk);
        }
        validateEditors();
    }
}

} // namespace authscope
