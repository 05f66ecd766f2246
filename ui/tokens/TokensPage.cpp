#include "ui/tokens/TokensPage.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"
#include "core/jose/JwkSet.h"
#include "core/jose/StrictJson.h"
#include "core/jose/TokenLinter.h"
#include "ui/tokens/ClaimsTableModel.h"
#include "ui/tokens/DecryptKeySource.h"
#include "ui/tokens/DecryptPanel.h"
#include "ui/tokens/DpopPanel.h"
#include "ui/tokens/HistoryPanel.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/tokens/ResignPanel.h"
#include "ui/tokens/TokenEditor.h"
#include "ui/tokens/TokenHighlighter.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/tokens/TokenSummary.h"
#include "ui/tokens/VerifyPanel.h"
#include "ui/tokens/WarningList.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/FileDrop.h"
#include "ui/widgets/WidgetFactory.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QMimeData>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace authscope {

namespace {

bool looksLikeKeyFile(QByteArrayView bytes)
{
    const QByteArrayView t = bytes.trimmed();
    if (t.contains("-----BEGIN ")) {
        return true;
    }
    return t.startsWith('{') && (t.contains("\"kty\"") || t.contains("\"keys\""));
}

} // namespace

TokensPage::TokensPage(const AppContext& context, QWidget* parent)
    : Page(QStringLiteral("tokens"), parent), m_context(context)
{
    setObjectName(QStringLiteral("tokensPage"));
    setTitle(tr("Tokens"));
    setAcceptDrops(true);

    QWidget* left = buildTokenSide();
    m_tabs = new TokenTabs(m_context, this);
    m_verify = m_tabs->verifyPanel();
    m_resign = m_tabs->resignPanel();
    m_history = m_tabs->historyPanel();
    auto* splitter = makeSplitter(QStringLiteral("tokensSplitter"), Qt::Horizontal, {{left, 2}, {m_tabs, 3}}, this);
    splitter->setSizes({360, 640}); // scaled to the real width: the decoded side gets the larger share

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_input->lastInTabOrder(), m_warnings);
    setTabOrder(m_warnings, m_tabs);

    createTimers();
    connectInput();
    connectPanels();
    createShortcuts();
    clearDecoded();
}

// Left: the encoded token, what it is, the warnings.
QWidget* TokensPage::buildTokenSide()
{
    m_input = new TokenInputPane(this);
    m_editor = m_input->editor();

    m_warnings = new WarningList(this);
    m_warningsGroup =
        makeNamed<QGroupBox>(QStringLiteral("warningsGroupBox"), tr("Warnings (RFC 8725, before verifying)"), this);
    auto* warningsLayout = new QVBoxLayout(m_warningsGroup);
    warningsLayout->addWidget(m_warnings);

    auto* left =
        makeSplitter(QStringLiteral("tokenLeftSplitter"), Qt::Vertical, {{m_input, 3}, {m_warningsGroup, 2}}, this);
    return left;
}

void TokensPage::createTimers()
{
    m_decodeTimer = makeDelayTimer(DecodeDelayMs, this);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(1000);
    m_settleTimer = makeDelayTimer(SettleDelayMs, this);
}

// The editor, its buttons and the timers that follow typing.
void TokensPage::connectInput()
{
    connect(m_decodeTimer, &QTimer::timeout, this, &TokensPage::decodeNow);
    connect(m_tickTimer, &QTimer::timeout, this, &TokensPage::tick);
    connect(m_settleTimer, &QTimer::timeout, this, &TokensPage::recordIfSettled);
    connect(m_editor, &QPlainTextEdit::textChanged, m_decodeTimer, qOverload<>(&QTimer::start));
    connect(m_editor->document(), &QTextDocument::contentsChange, this, [this](int, int, int added) {
        // A token arriving in one piece (paste, drop, history) is remembered at once; typing waits to settle.
        if (added >= 16) {
            m_recordNext = true;
        }
    });
    connect(m_editor, &TokenEditor::fileDropped, this, &TokensPage::openFile);
    connect(m_editor, &TokenEditor::pasteRefused, this, [this](qint64 chars) {
        m_input->showError(tr("Not pasted: the clipboard holds %Ln character(s), far more than any token (at most "
                              "16 KiB).",
                              nullptr, static_cast<int>(std::min<qint64>(chars, std::numeric_limits<int>::max()))));
    });
    connect(m_input, &TokenInputPane::openRequested, this, &TokensPage::openTokenFile);
    connect(m_input, &TokenInputPane::pasteRequested, this, &TokensPage::pasteToken);
    connect(m_input, &TokenInputPane::clearRequested, this, &TokensPage::clearToken);
    connect(m_input, &TokenInputPane::copyRequested, this, &TokensPage::copyPart);
}

// The tabs: what they report, and what they hand back to the editor.
void TokensPage::connectPanels()
{
    connect(m_tabs, &TokenTabs::statusMessage, this, &Page::statusMessage);
    connect(m_verify->keyInput(), &KeyInputWidget::keysChanged, this, &TokensPage::updateWarnings);
    connect(m_tabs, &TokenTabs::tokenOpened, this, &TokensPage::openFromTabs);
}

void TokensPage::openFromTabs(const QString& token, TokenTabs::Origin origin)
{
    if (origin == TokenTabs::Origin::History || origin == TokenTabs::Origin::Encrypted) {
        // Not recorded again: a claims-only entry would come back as a second entry under another hash.
        m_lastRecorded = TokenEditor::normalized(token).toUtf8();
        m_editor->setPlainText(token);
        m_recordNext = false; // after setPlainText, whose change signal marks a pasted token for recording
    } else {
        m_recordNext = true;
        m_editor->setPlainText(token);
    }
    if (origin != TokenTabs::Origin::History) {
        decodeNow(); // the tab that shows it reads the new token, not the one before
    }
    m_tabs->showTabFor(origin);
}

void TokensPage::createShortcuts()
{
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &TokensPage::submitShortcut);
    }
    auto* copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    copyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copyShortcut, &QShortcut::activated, this, [this] { copyPart(Part::Whole); });
}

TokensPage::~TokensPage() = default;

void TokensPage::activated()
{
    // The CLI (demo, another window) may have added tokens meanwhile.
    m_history->refresh();
    tick();
}

void TokensPage::setTokenText(const QString& text)
{
    m_editor->setPlainText(text);
}

void TokensPage::submitShortcut()
{
    if (m_tabs->currentWidget() == m_resign) {
        m_resign->sign();
        return;
    }
    if (m_decodeTimer->isActive()) {
        decodeNow(); // typed a moment ago: act on the text as it is now
    }
    if (m_tabs->currentWidget() == m_tabs->dpopPanel()) {
        m_tabs->dpopPanel()->check();
        return;
    }
    if (m_tabs->currentWidget() == m_tabs->decryptPanel()) {
        m_tabs->decryptPanel()->decrypt();
        return;
    }
    m_tabs->setCurrentWidget(m_verify);
    m_verify->verify();
}

void TokensPage::decodeNow()
{
    m_decodeTimer->stop();
    const QString raw = m_editor->toPlainText();
    if (raw.trimmed().isEmpty()) {
        m_recordNext = false;
        clearDecoded();
        return;
    }
    const QString normalized = TokenEditor::normalized(raw);
    m_normalizedNote = normalized != raw.trimmed()
                           ? tr("(a \"Bearer\" prefix, quotes or line breaks around and inside it were ignored)")
                           : QString();
    QByteArray bytes = normalized.toUtf8();
    if (bytes.count('.') == 1 && !bytes.endsWith('.')) {
        // "header.payload" without its signature part (as jwt.io reads it): decoded as a JWS with an empty
        // signature, which no key verifies.
        bytes += '.';
        m_normalizedNote += (m_normalizedNote.isEmpty() ? QString() : QStringLiteral(" ")) +
                            tr("(no signature part: decoded only, it cannot verify)");
    }
    auto decoded = jose::DecodedToken::decode(bytes);
    if (!decoded) {
        m_recordNext = false;
        showDecodeError(decoded.error(), bytes.size());
        // Underline the parts that are not base64url.
        QList<int> invalid;
        if (bytes.size() <= jose::JsonLimits{}.maxTokenBytes) {
            const QList<QByteArray> parts = bytes.split('.');
            for (qsizetype i = 0; i < parts.size(); ++i) {
                if ((parts.at(i).isEmpty() && i == 0) || !jose::Base64Url::isValid(parts.at(i))) {
                    invalid.append(static_cast<int>(i));
                }
            }
        }
        m_editor->highlighter()->setInvalidParts(invalid);
        return;
    }
    m_editor->highlighter()->setInvalidParts({});
    m_input->hideError();
    m_decodedToken = std::move(*decoded);
    const jose::DecodedToken& token = *m_decodedToken;

    m_tabs->showToken(token);
    const bool jwe = token.isJwe();
    m_input->setCopyEnabled(true, !jwe, !jwe && !token.signature.isEmpty(), true);
    updateWarnings();
    updateSummary();
    tick();
    if (isVisible() && m_tabs->claimsModel()->hasDates()) {
        m_tickTimer->start();
    }
    if (m_recordNext) {
        m_recordNext = false;
        m_settleTimer->stop();
        m_lastRecorded = token.token;
        m_history->record(token.token);
    } else {
        m_settleTimer->start();
    }
}

void TokensPage::recordIfSettled()
{
    // Typed tokens are remembered once they stop changing, and only once.
    if (m_decodedToken && !m_decodeTimer->isActive() && m_decodedToken->token != m_lastRecorded) {
        m_lastRecorded = m_decodedToken->token;
        m_history->record(m_decodedToken->token);
    }
}

void TokensPage::clearDecoded()
{
    m_decodedToken.reset();
    m_settleTimer->stop();
    m_tickTimer->stop();
    m_editor->highlighter()->setInvalidParts({});
    m_input->hideError();
    m_tabs->clearToken();
    m_warnings->clearWarnings();
    m_input->setCopyEnabled(false, false, false, false);
    m_input->setSummary(tr("No token yet. Paste one above (Ctrl+V), drop a file, or pick one from the History tab."),
                        QApplication::palette().color(QPalette::PlaceholderText));
    m_input->clearExpiry();
    m_warningsGroup->setTitle(tr("Warnings (RFC 8725, before verifying)"));
}

void TokensPage::showDecodeError(const Error& error, qsizetype bytes)
{
    clearDecoded();
    QString text;
    if (error.code == jose::JoseError::code(jose::JoseErrc::TooLarge)) {
        const qsizetype cap = jose::JsonLimits{}.maxTokenBytes;
        text = tr("✘ This is %1 bytes; tokens are read up to %2 KiB (%3 bytes). Larger input is refused before any "
                  "decoding: no real access token is this big. (%4)")
                   .arg(bytes)
                   .arg(cap / 1024)
                   .arg(cap)
                   .arg(error.code);
    } else {
        text = tr("✘ Cannot decode: %1 (%2)").arg(error.message, error.code);
    }
    m_input->showError(text);
    m_input->clearSummary();
}

void TokensPage::updateWarnings()
{
    if (!m_decodedToken) {
        m_warnings->clearWarnings();
        return;
    }
    // Linted again with the key chosen for verification: an HS* token next to a public key is flagged.
    const jose::Jwk* key = nullptr;
    const Result<jose::JwkSet>& keys = m_verify->keyInput()->keys();
    if (keys && !keys->isEmpty()) {
        key = keys->findByKid(m_decodedToken->kid());
        if (key == nullptr) {
            key = &keys->keys().first();
        }
    }
    const QList<jose::TokenWarning> warnings = jose::TokenLinter::lint(*m_decodedToken, key);
    m_warnings->setWarnings(warnings);
    int serious = 0;
    for (const jose::TokenWarning& w : warnings) {
        serious += w.severity != jose::TokenWarning::Severity::Info ? 1 : 0;
    }
    m_warningsGroup->setTitle(serious > 0 ? tr("Warnings (%1)").arg(serious)
                                          : tr("Warnings (RFC 8725, before verifying)"));
}

void TokensPage::updateSummary()
{
    if (m_decodedToken) {
        m_input->setSummary(TokenSummary::describe(*m_decodedToken, m_normalizedNote),
                            QApplication::palette().color(QPalette::WindowText));
    }
}

void TokensPage::tick()
{
    const qint64 now = m_context.clock.nowSecs();
    m_tabs->setNow(now);
    const std::optional<TokenSummary::Expiry> expiry =
        m_decodedToken ? TokenSummary::expiry(*m_decodedToken, now) : std::nullopt;
    if (!expiry) {
        m_input->hideExpiry();
        return;
    }
    m_input->showExpiry(expiry->text, expiry->color);
}

void TokensPage::copyPart(Part part)
{
    if (!m_decodedToken) {
        return;
    }
    const jose::DecodedToken& token = *m_decodedToken;
    QString text;
    QString what;
    const auto slice = [&](int index) -> QString {
        if (index >= token.parts.size()) {
            return {};
        }
        const jose::DecodedToken::Part& p = token.parts.at(index);
        return QString::fromLatin1(token.token.mid(p.start, p.length));
    };
    switch (part) {
    case Part::Header:
        text = slice(0);
        what = tr("Header part");
        break;
    case Part::Payload:
        text = slice(1);
        what = tr("Payload part");
        break;
    case Part::Signature:
        text = slice(2);
        what = tr("Signature part");
        break;
    case Part::Whole:
        text = QString::fromLatin1(token.token);
        what = tr("Token");
        break;
    }
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("%1 copied to the clipboard").arg(what));
}

bool TokensPage::openFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT statusMessage(tr("Cannot read %1: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > TokenEditor::MaxPasteChars) {
        Q_EMIT statusMessage(tr("%1 is too large to hold a token or a key (%2 bytes)").arg(name).arg(file.size()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (looksLikeKeyFile(bytes) && m_decodedToken && m_decodedToken->isJwe()) {
        m_tabs->decryptPanel()->keySource()->loadFile(path);
        m_tabs->setCurrentWidget(m_tabs->decryptPanel());
        Q_EMIT statusMessage(tr("Key file %1 loaded for decryption").arg(name));
        return true;
    }
    if (looksLikeKeyFile(bytes)) {
        m_verify->keyInput()->loadFile(path);
        m_tabs->setCurrentWidget(m_verify);
        Q_EMIT statusMessage(tr("Key file %1 loaded for verification").arg(name));
        return true;
    }
    if (!jose::StrictJson::isValidUtf8(bytes) && bytes.size() <= 4096) {
        // Raw bytes: an HMAC secret file (authscope-cli --secret-file).
        m_verify->keyInput()->loadFile(path);
        m_tabs->setCurrentWidget(m_verify);
        Q_EMIT statusMessage(tr("%1 loaded as a raw HMAC secret for verification").arg(name));
        return true;
    }
    const QString text = QString::fromUtf8(bytes);
    const QString token = TokenEditor::normalized(text);
    m_recordNext = true;
    m_editor->setPlainText(TokenEditor::looksLikeCompactToken(token) ? token : text);
    Q_EMIT statusMessage(tr("Token read from %1").arg(name));
    return true;
}

void TokensPage::openTokenFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a token or key file"), QString(),
                                                      tr("Tokens and keys (*.jwt *.jws *.jwe *.txt *.token *.pem "
                                                         "*.jwk *.json *.jwks *.crt);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void TokensPage::pasteToken()
{
    const QString text = QApplication::clipboard()->text();
    if (text.size() > TokenEditor::MaxPasteChars) {
        Q_EMIT statusMessage(tr("The clipboard holds far more than a token: not pasted"));
        return;
    }
    const QString token = TokenEditor::normalized(text);
    m_recordNext = true;
    m_editor->setPlainText(TokenEditor::looksLikeCompactToken(token) ? token : text);
    m_editor->setFocus();
}

void TokensPage::clearToken()
{
    m_editor->clear();
    m_editor->setFocus();
}

void TokensPage::dragEnterEvent(QDragEnterEvent* event)
{
    acceptFileOrTextDrag(event);
}

void TokensPage::dropEvent(QDropEvent* event)
{
    dropFileOrText(
        event, [this](const QString& path) { openFile(path); },
        [this](const QString& text) {
            const QString token = TokenEditor::normalized(text);
            m_recordNext = true;
            m_editor->setPlainText(TokenEditor::looksLikeCompactToken(token) ? token : text);
        });
}

void TokensPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    tick();
    if (m_tabs->claimsModel()->hasDates()) {
        m_tickTimer->start();
    }
}

void TokensPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_tickTimer->stop();
}

void TokensPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (m_decodedToken) {
            updateSummary();
            tick();
        } else if (m_input->isErrorShown()) {
            m_input->setErrorColor(TokenPalette::current().bad);
        } else {
            m_input->setSummaryColor(QApplication::palette().color(QPalette::PlaceholderText));
        }
    }
}

} // namespace authscope
