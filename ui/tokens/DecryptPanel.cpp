#include "ui/tokens/DecryptPanel.h"

#include "core/common/DisplayText.h"
#include "core/jose/DecodedToken.h"
#include "core/jose/Jwe.h"
#include "core/jose/StrictJson.h"
#include "ui/tokens/DecryptKeySource.h"
#include "ui/tokens/DecryptOptionsEditor.h"
#include "ui/tokens/JsonText.h"
#include "ui/tokens/ToneLabel.h"
#include "ui/widgets/CodeTextEdit.h"
#include "ui/widgets/CollapsibleSection.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace authscope {

DecryptPanel::DecryptPanel(const AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_tokenLabel = makeQuotingLabel(QStringLiteral("decryptTokenLabel"), this); // D-DISPLAY: it quotes the token
    m_backButton = makeButton(tr("Back to the encrypted token"), QStringLiteral("backToJweButton"), this);
    m_backButton->hide();

    m_keySource = makeNamed<DecryptKeySource>(QStringLiteral("decryptKeySource"), m_context, this);
    m_keySection = makeNamed<CollapsibleSection>(QStringLiteral("decryptKeySection"), tr("Key"), m_keySource, this);
    m_options = makeNamed<DecryptOptionsEditor>(QStringLiteral("decryptOptionsEditor"), this);
    m_optionsSection =
        makeNamed<CollapsibleSection>(QStringLiteral("decryptOptionsSection"), tr("Options"), m_options, this);
    m_optionsSection->setExpanded(false);

    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenLabel, 1);
    tokenRow->addWidget(m_backButton, 0, Qt::AlignTop);
    auto* inputs = new QWidget(this);
    auto* inputsLayout = makeMarginless<QVBoxLayout>(inputs);
    inputsLayout->addLayout(tokenRow);
    inputsLayout->addWidget(m_keySection);
    inputsLayout->addWidget(m_optionsSection);
    inputsLayout->addStretch(1);
    QScrollArea* scroll = makeScrollPane(QStringLiteral("decryptInputsScrollArea"), inputs, this);

    auto* splitter =
        makeSplitter(QStringLiteral("decryptSplitter"), Qt::Vertical, {{scroll, 1}, {buildResults(), 1}}, this);
    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addWidget(splitter);

    connectSignals();
    updateSummaries();
    describeToken();
}

DecryptPanel::~DecryptPanel()
{
    // A derivation cannot be interrupted; it is bounded by the p2c cap (DecryptOptionsEditor::MaxP2cCap).
    if (m_worker) {
        m_worker->wait();
    }
}

QWidget* DecryptPanel::buildResults()
{
    auto* results = new QWidget(this);
    m_decryptButton = makeNamed<QPushButton>(
        QStringLiteral("decryptButton"), style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Decrypt"), results);
    m_decryptButton->setToolTip(tr("Decrypt the token with the key (Ctrl+Return)"));
    m_statusLabel = new ToneLabel(QStringLiteral("decryptStatusLabel"), results, "state");
    m_statusLabel->setTextFormat(Qt::PlainText); // D-DISPLAY: it quotes the token
    m_statusLabel->setAccessibleName(tr("Decryption result"));
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);

    m_headerView = makeJsonTextView(QStringLiteral("decryptHeaderTextEdit"), tr("Protected header"), results);
    m_plaintextView = makeJsonTextView(QStringLiteral("plaintextTextEdit"), tr("Plaintext"), results);
    m_headerView->setMaximumHeight(150); // a handful of members; the plaintext gets the height
    m_plaintextNote = makeWrappedLabel(QStringLiteral("plaintextNoteLabel"), results);
    m_plaintextNote->setTextFormat(Qt::PlainText); // D-DISPLAY: it quotes the token
    m_plaintextNote->hide();
    m_openInnerButton = makeButton(tr("Open the inner token (Decoded, Claims, Verify)"),
                                   QStringLiteral("openInnerTokenButton"), results);
    m_openInnerButton->setToolTip(tr("Read and verify the signed token inside: decryption alone does not prove who "
                                     "made it"));
    m_openInnerButton->hide();

    QGroupBox* headerBox = makeGroupBox(tr("Protected header"), m_headerView, results);
    auto* plainBox = new QGroupBox(tr("Plaintext"), results);
    auto* plainLayout = new QVBoxLayout(plainBox);
    plainLayout->addWidget(m_plaintextNote);
    plainLayout->addWidget(m_plaintextView, 1);
    auto* openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_openInnerButton);
    plainLayout->addLayout(openRow);
    auto* views =
        makeSplitter(QStringLiteral("decryptResultSplitter"), Qt::Vertical, {{headerBox, 1}, {plainBox, 2}}, results);
    views->hide(); // until there is something to show: before that the key and options get the height
    m_resultViews = views;

    auto* row = new QHBoxLayout;
    row->addWidget(m_decryptButton);
    row->addStretch(1);
    auto* layout = makeMarginless<QVBoxLayout>(results);
    layout->addLayout(row);
    layout->addWidget(m_statusLabel);
    layout->addWidget(views, 1);
    return results;
}

void DecryptPanel::connectSignals()
{
    connect(m_decryptButton, &QPushButton::clicked, this, &DecryptPanel::decrypt);
    connect(m_keySource, &DecryptKeySource::keysChanged, this, &DecryptPanel::updateSummaries);
    connect(m_options, &DecryptOptionsEditor::optionsChanged, this, &DecryptPanel::updateSummaries);
    connect(m_openInnerButton, &QPushButton::clicked, this, [this] {
        if (!m_result) {
            return;
        }
        m_outerJwe = m_token;
        m_innerToken = m_result->plaintext.trimmed();
        Q_EMIT innerTokenOpened(QString::fromLatin1(m_innerToken));
    });
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        if (!m_outerJwe.isEmpty()) {
            Q_EMIT outerTokenRequested(QString::fromLatin1(m_outerJwe));
        }
    });
}

void DecryptPanel::updateSummaries()
{
    m_keySection->setSummary(m_keySource->describe());
    m_optionsSection->setSummary(m_options->summary());
}

void DecryptPanel::setToken(const QByteArray& token, bool jwe)
{
    if (token == m_token && jwe == m_jwe) {
        return;
    }
    ++m_job; // a decryption still running is for the previous token: its result is dropped
    m_token = token;
    m_jwe = jwe;
    m_result.reset();
    m_errorCode.clear();
    m_headerView->clear();
    m_plaintextView->clear();
    m_plaintextNote->hide();
    m_openInnerButton->hide();
    m_resultViews->hide();
    describeToken();
}

bool DecryptPanel::offersWayBack() const
{
    return !m_jwe && !m_innerToken.isEmpty() && m_token == m_innerToken;
}

void DecryptPanel::describeToken()
{
    m_backButton->setVisible(offersWayBack());
    m_decryptButton->setEnabled(m_jwe && !m_worker);
    if (!m_jwe) {
        m_keySource->setTokenHeader({});
        m_tokenLabel->setText(
            offersWayBack()     ? tr("The token on the page was decrypted from a JWE: it is the signed token that "
                                         "was inside.")
            : m_token.isEmpty() ? tr("No token yet. Paste an encrypted token (JWE, five parts) to decrypt it.")
                                : tr("The token on this page is not encrypted (it is a signed JWS): there is "
                                     "nothing to decrypt."));
        setState(State::None, QString());
        return;
    }
    auto jwe = jose::Jwe::parse(m_token);
    QJsonObject header = jwe ? jwe->joinedHeader(0).value_or(jwe->protectedHeader()) : QJsonObject();
    m_keySource->setTokenHeader(header);
    QStringList parts{tr("alg %1").arg(header.value(QLatin1StringView("alg")).toString()),
                      tr("enc %1").arg(header.value(QLatin1StringView("enc")).toString())};
    if (header.contains(QLatin1StringView("kid"))) {
        parts << tr("kid '%1'").arg(header.value(QLatin1StringView("kid")).toString().left(64));
    }
    if (header.value(QLatin1StringView("cty")).toString().compare(u"JWT", Qt::CaseInsensitive) == 0) {
        parts << tr("a signed token inside (cty JWT)");
    }
    m_tokenLabel->setText(
        DisplayText::escape(tr("An encrypted token (JWE): %1.").arg(parts.join(QStringLiteral(", ")))));
    setState(State::None, tr("Choose the key, then Decrypt (Ctrl+Return)."));
}

void DecryptPanel::decrypt()
{
    if (!m_jwe || m_worker) {
        return;
    }
    auto keys = m_keySource->resolveKeys();
    if (!keys) {
        if (keys.error().code == u"ui.cancelled" || keys.error().code == u"ui.no-key") {
            m_errorCode = keys.error().code;
            setState(State::None, DisplayText::escape(keys.error().message));
            return;
        }
        showRefusal(keys.error());
        return;
    }
    const jose::JweDecryptOptions options = m_options->options(m_keySource->isPassword());
    const quint64 job = ++m_job;
    auto out = std::make_shared<Result<jose::JweDecryptResult>>(std::unexpected(Error{}));
    QThread* worker = QThread::create(
        [set = *keys, options, token = m_token, out] { *out = jose::JweDecryptor(set, options).decrypt(token); });
    m_worker = worker;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, job, out] {
        m_worker.clear();
        finish(job, *out);
    });
    m_decryptButton->setEnabled(false);
    setState(State::Busy, tr("Decrypting…"));
    worker->start();
}

void DecryptPanel::finish(quint64 job, const Result<jose::JweDecryptResult>& result)
{
    m_decryptButton->setEnabled(m_jwe);
    if (job != m_job) {
        describeToken(); // the token changed while this ran: its result is not this token's
        return;
    }
    if (!result) {
        showRefusal(result.error());
        return;
    }
    showResult(*result);
}

void DecryptPanel::showResult(const jose::JweDecryptResult& result)
{
    m_result = result;
    m_errorCode.clear();
    m_headerView->setPlainText(jsonShown(result.protectedHeader)); // D-DISPLAY: whatever the token's maker wrote
    const QByteArray& plain = result.plaintext;
    bool nested = false;
    if (!jose::StrictJson::isValidUtf8(plain)) {
        m_plaintextView->setPlainText(QString::fromLatin1(plain.toHex(' ')));
        m_plaintextNote->setText(
            tr("The plaintext is binary (%Ln byte(s)): shown in hex.", nullptr, static_cast<int>(plain.size())));
    } else if (result.isNestedJwt()) {
        auto inner = jose::DecodedToken::decode(plain.trimmed());
        nested = inner.has_value();
        m_plaintextView->setPlainText(DisplayText::escapeLines(QString::fromUtf8(plain)));
        m_plaintextNote->setText(nested ? tr("A nested JWT (cty JWT): decryption alone does not say who made it. "
                                             "Open it to read its claims and verify its signature.")
                                        : tr("The header says cty JWT, but the plaintext is not a compact token: "
                                             "%1")
                                              .arg(DisplayText::escape(inner.error().message)));
    } else if (auto json = jose::StrictJson::parse(plain, jose::JsonLimits{}.maxDepth); json) {
        m_plaintextView->setPlainText(DisplayText::escapeLines(JsonText::indent(plain)));
        m_plaintextNote->setText(tr("JSON, %Ln byte(s).", nullptr, static_cast<int>(plain.size())));
    } else {
        m_plaintextView->setPlainText(DisplayText::escapeLines(QString::fromUtf8(plain)));
        m_plaintextNote->setText(tr("Text, %Ln byte(s).", nullptr, static_cast<int>(plain.size())));
    }
    m_plaintextNote->show();
    m_openInnerButton->setVisible(nested);
    m_resultViews->show();
    const QString kid = result.keyId.isEmpty() ? QString() : tr(" (kid '%1')").arg(result.keyId.left(64));
    setState(State::Decrypted,
             DisplayText::escape(tr("✔ Decrypted with %1%2: alg %3, enc %4")
                                     .arg(m_keySource->describe(), kid, jose::JweAlgorithms::name(result.algorithm),
                                          jose::JweAlgorithms::name(result.encryption))));
}

void DecryptPanel::showRefusal(const Error& error)
{
    m_result.reset();
    m_errorCode = error.code;
    m_headerView->clear();
    m_plaintextView->clear();
    m_openInnerButton->hide();
    m_plaintextNote->hide();
    m_resultViews->hide();
    QString text = tr("✘ Not decrypted: %1 (%2)").arg(sentenceFor(error.code), error.code);
    const QString detail = withoutCliHints(error.message).trimmed();
    if (!detail.isEmpty()) {
        text += u'\n' + tr("Details: %1").arg(detail);
    }
    setState(State::Refused, DisplayText::escapeLines(text));
}

QString DecryptPanel::sentenceFor(const QString& code)
{
    static const QHash<QString, const char*> sentences{
        {QStringLiteral("jose.decrypt-failed"),
         QT_TR_NOOP("the key does not open this token, or the token was altered on the way.")},
        {QStringLiteral("jose.p2c-cap"),
         QT_TR_NOOP("the token asks for more password iterations than allowed; refused before any work.")},
        {QStringLiteral("jose.invalid-curve"),
         QT_TR_NOOP("the token's ephemeral key is not a point of the key's curve (an invalid-curve attack).")},
        {QStringLiteral("jose.zero-secret"),
         QT_TR_NOOP("the token's ephemeral key gives an all-zero shared secret (a small-order point).")},
        {QStringLiteral("jose.key-size"),
         QT_TR_NOOP("the key, or the content key in the token, has the wrong size for the algorithm.")},
        {QStringLiteral("jose.tag-length"),
         QT_TR_NOOP("the authentication tag is truncated or too long; nothing was decrypted.")},
        {QStringLiteral("jose.zip-cap"), QT_TR_NOOP("the decompressed content is larger than allowed (a zip bomb?).")},
        {QStringLiteral("jose.zip"), QT_TR_NOOP("the compressed content is not valid.")},
        {QStringLiteral("jose.alg-not-allowed"),
         QT_TR_NOOP("the token's algorithm is not allowed for this key; the options can allow it.")},
        {QStringLiteral("jose.alg-unsupported"), QT_TR_NOOP("the token's key management algorithm is unknown.")},
        {QStringLiteral("jose.enc-unsupported"),
         QT_TR_NOOP("the token's content encryption is unknown or not allowed in the options.")},
        {QStringLiteral("jose.kid-unknown"), QT_TR_NOOP("no key given has the kid the token names.")},
        {QStringLiteral("jose.no-key"), QT_TR_NOOP("there is no key to decrypt with.")},
        {QStringLiteral("jose.key-mismatch"), QT_TR_NOOP("the key's type does not fit the token's algorithm.")},
        {QStringLiteral("jose.key-unusable"),
         QT_TR_NOOP("the key may not decrypt (it is a signing key, or only its public half).")},
        {QStringLiteral("jose.key-invalid"), QT_TR_NOOP("the key cannot be read (a wrong passphrase, or not a key).")},
        {QStringLiteral("jose.key-too-small"), QT_TR_NOOP("the key is too small to be used.")},
        {QStringLiteral("jose.crit"), QT_TR_NOOP("the token has a critical header parameter that is not understood.")},
        {QStringLiteral("jose.type-confusion"), QT_TR_NOOP("this is not an encrypted token.")},
        {QStringLiteral("jose.policy"), QT_TR_NOOP("the decryption options are not usable.")},
        {QStringLiteral("keys.locked"), QT_TR_NOOP("the key store is locked.")},
        {QStringLiteral("ui.public-key"), QT_TR_NOOP("a public key cannot decrypt.")},
        {QStringLiteral("ui.key-file"), QT_TR_NOOP("the key file cannot be used.")},
    };
    const auto it = sentences.constFind(code);
    if (it != sentences.constEnd()) {
        return tr(it.value());
    }
    if (code.startsWith(u"jose.")) {
        return tr("the token cannot be read as a JWE.");
    }
    return tr("no usable key.");
}

QString DecryptPanel::statusText() const
{
    return m_statusLabel->text();
}

void DecryptPanel::setState(State state, const QString& text)
{
    m_state = state;
    static const char* const names[] = {"none", "busy", "decrypted", "refused"};
    using Tone = ToneLabel::Tone;
    static constexpr Tone tones[] = {Tone::Plain, Tone::Plain, Tone::Good, Tone::Bad};
    m_statusLabel->setOutcome(text, names[static_cast<int>(state)], tones[static_cast<int>(state)]);
    m_statusLabel->setVisible(!text.isEmpty());
    Q_EMIT decrypted(state);
}

} // namespace authscope
