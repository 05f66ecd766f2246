#include "ui/issuers/IssuerCallsPanel.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureWipe.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/LoopbackRedirectListener.h"
#include "core/issuers/OAuthClient.h"
#include "ui/issuers/IssuerTask.h"
#include "ui/issuers/IssuerVault.h"
#include "ui/widgets/ButtonSlots.h"
#include "ui/widgets/CodeTextEdit.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/WidgetFactory.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace authscope {

using issuers::OAuthClient;

IssuerCallsPanel::IssuerCallsPanel(const AppContext& context, issuers::IssuerStore& store, IssuerTask& task,
                                   QWidget* parent)
    : QWidget(parent), m_context(context), m_store(store), m_task(task)
{
    setObjectName(QStringLiteral("issuerCallsPanel"));
    m_grant = makeNamed<QComboBox>(QStringLiteral("grantComboBox"), this);
    m_grant->addItem(QStringLiteral("client_credentials"), QStringLiteral("client_credentials"));
    m_grant->addItem(tr("authorization_code (sign in in the browser)"), QStringLiteral("authorization_code"));
    m_grant->addItem(QStringLiteral("refresh_token"), QStringLiteral("refresh_token"));
    m_auth = makeNamed<QComboBox>(QStringLiteral("clientAuthComboBox"), this);
    m_auth->addItem(tr("As the issuer prefers"), -1);
    m_auth->addItem(QStringLiteral("client_secret_basic"), static_cast<int>(OAuthClient::ClientAuth::Basic));
    m_auth->addItem(QStringLiteral("client_secret_post"), static_cast<int>(OAuthClient::ClientAuth::Post));
    m_scope = makeNamed<QLineEdit>(QStringLiteral("scopeLineEdit"), this);
    m_scope->setPlaceholderText(tr("optional"));
    m_resource = makeNamed<QLineEdit>(QStringLiteral("resourceLineEdit"), this);
    m_resource->setPlaceholderText(tr("optional (RFC 8707)"));
    m_refreshToken = makeNamed<QLineEdit>(QStringLiteral("refreshTokenLineEdit"), this);
    m_refreshToken->setEchoMode(QLineEdit::Password);
    m_tokenButton = makeButton(tr("Re&quest token"), QStringLiteral("getTokenButton"), this);
    m_token = makeNamed<QLineEdit>(QStringLiteral("callTokenLineEdit"), this);
    m_token->setPlaceholderText(tr("a token this issuer issued"));
    m_introspectButton = makeButton(tr("Intros&pect"), QStringLiteral("introspectButton"), this);
    m_revokeButton = makeButton(tr("Rev&oke"), QStringLiteral("revokeTokenButton"), this);
    m_answer = makeNamed<QPlainTextEdit>(QStringLiteral("answerPlainTextEdit"), this);
    m_answer->setReadOnly(true);
    m_answer->setAccessibleName(tr("The provider's answer"));
    m_answer->setPlaceholderText(tr("The provider's answer shows here."));
    m_openButton = makeButton(tr("Open access token in Tokens"), QStringLiteral("openAccessTokenButton"), this);
    m_cancelSignInButton = makeButton(tr("Stop waiting for the sign-in"), QStringLiteral("cancelSignInButton"), this);
    m_cancelSignInButton->setShortcut(QKeySequence(Qt::Key_Escape)); // the page's Cancel is hidden meanwhile
    m_cancelSignInButton->setToolTip(tr("Stop listening for the browser's answer (Esc)"));
    m_signInTimer = makeDelayTimer(SignInTimeoutMs, this);

    auto* grid = new QGridLayout;
    addBuddyCell(grid, 0, 0, tr("&Grant:"), m_grant);
    addBuddyCell(grid, 0, 2, tr("Client authentication:"), m_auth);
    addBuddyCell(grid, 1, 0, tr("Scope:"), m_scope);
    addBuddyCell(grid, 1, 2, tr("Resource:"), m_resource);
    grid->addWidget(m_tokenButton, 1, 4);
    m_refreshLabel = makeBuddyLabel(tr("Refresh token:"), m_refreshToken, this);
    grid->addWidget(m_refreshLabel, 2, 0);
    grid->addWidget(m_refreshToken, 2, 1, 1, 3);
    grid->addWidget(makeBuddyLabel(tr("Token:"), m_token, this), 3, 0);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_introspectButton);
    tokenRow->addWidget(m_revokeButton);
    grid->addLayout(tokenRow, 3, 1, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_answer, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_cancelSignInButton);
    bottom->addStretch(1);
    bottom->addWidget(m_openButton);
    layout->addLayout(bottom);

    connectClicks(this, {{m_tokenButton, &IssuerCallsPanel::requestToken},
                         {m_introspectButton, &IssuerCallsPanel::introspect},
                         {m_revokeButton, &IssuerCallsPanel::revoke}});
    connect(m_grant, &QComboBox::currentIndexChanged, this, &IssuerCallsPanel::updateState);
    connect(m_token, &QLineEdit::textChanged, this, &IssuerCallsPanel::updateState);
    connect(&m_task, &IssuerTask::runningChanged, this, &IssuerCallsPanel::updateState);
    connect(m_openButton, &QPushButton::clicked, this, [this] { Q_EMIT tokenOpenRequested(m_accessToken); });
    connect(m_cancelSignInButton, &QPushButton::clicked, this, &IssuerCallsPanel::cancelSignIn);
    connect(m_signInTimer, &QTimer::timeout, this, [this] {
        endSignIn(tr("No sign-in reached %1 within %2 minutes: stopped waiting")
                      .arg(m_listener ? m_listener->redirectUri() : QString())
                      .arg(SignInTimeoutMs / 60000),
                  true);
    });
    setIssuer(nullptr);
}

IssuerCallsPanel::~IssuerCallsPanel()
{
    if (m_signInClient) {
        crypto::SecureWipe::wipe(m_signInClient->secret);
    }
}

bool IssuerCallsPanel::isSigningIn() const
{
    return m_signInClient.has_value();
}

void IssuerCallsPanel::setIssuer(const issuers::Issuer* issuer)
{
    const bool same = issuer != nullptr && m_issuer && m_issuer->name == issuer->name;
    if (!same && isSigningIn()) {
        endSignIn(
            tr("Stopped waiting for the sign-in at %1: another issuer was chosen").arg(m_signInClient->issuer.name),
            false);
    }
    m_issuer = issuer == nullptr ? std::nullopt : std::optional<issuers::Issuer>(*issuer);
    if (!same) {
        m_answer->clear();
        m_accessToken.clear();
    }
    updateState();
}

QString IssuerCallsPanel::answerText() const
{
    return m_answer->toPlainText();
}

void IssuerCallsPanel::updateState()
{
    const bool refresh = m_grant->currentData().toString() == QStringLiteral("refresh_token");
    m_refreshLabel->setVisible(refresh);
    m_refreshToken->setVisible(refresh);
    const bool ready = m_issuer.has_value() && !m_task.isRunning() && !isSigningIn();
    const bool hasClient = ready && !m_issuer->clientId.isEmpty();
    m_tokenButton->setEnabled(hasClient);
    m_introspectButton->setEnabled(hasClient && !m_token->text().trimmed().isEmpty());
    m_revokeButton->setEnabled(hasClient && !m_token->text().trimmed().isEmpty());
    const QString why = m_issuer && m_issuer->clientId.isEmpty()
                            ? tr("Give this issuer a client id on the Client tab first")
                            : QString();
    for (QPushButton* b : {m_tokenButton, m_introspectButton, m_revokeButton}) {
        b->setToolTip(why);
    }
    m_openButton->setEnabled(!m_accessToken.isEmpty());
    m_cancelSignInButton->setVisible(isSigningIn());
}

std::optional<IssuerCallsPanel::Client> IssuerCallsPanel::client()
{
    if (!m_issuer) {
        return std::nullopt;
    }
    Client c{*m_issuer, {}, m_auth->currentData().toInt()};
    if (c.auth < 0) {
        c.auth = static_cast<int>(OAuthClient::defaultAuth(c.issuer));
    }
    if (!c.issuer.sealedClientSecret.isEmpty()) {
        QString why;
        if (!IssuerVault::ensureUnlocked(m_context.keyVault, this, &why)) {
            Q_EMIT messageShown(why, true);
            return std::nullopt;
        }
        auto secret = m_store.clientSecret(c.issuer, *m_context.keyVault);
        if (!secret) {
            Q_EMIT messageShown(secret.error().message, true);
            return std::nullopt;
        }
        c.secret = *secret;
    }
    return c;
}

void IssuerCallsPanel::showAnswer(const QJsonObject& answer)
{
    // D-DISPLAY: the provider's text is shown escaped, as JSON that keeps its meaning and its lines.
    m_answer->setPlainText(jsonShown(answer));
}

void IssuerCallsPanel::requestToken()
{
    auto c = client();
    if (!c) {
        return;
    }
    OAuthClient::TokenRequest request;
    request.grant = m_grant->currentData().toString();
    request.scope = m_scope->text().trimmed();
    request.resource = m_resource->text().trimmed();
    if (request.grant == QStringLiteral("refresh_token")) {
        request.refreshToken = m_refreshToken->text().trimmed().toUtf8();
        if (request.refreshToken.isEmpty()) {
            Q_EMIT messageShown(tr("Paste the refresh token first."), true);
            return;
        }
    }
    if (request.grant == QStringLiteral("authorization_code")) {
        startSignIn(*c, request);
        return;
    }
    exchange(*c, request);
}

void IssuerCallsPanel::startSignIn(const Client& c, const OAuthClient::TokenRequest& request)
{
    auto verifier = OAuthClient::newCodeVerifier();
    auto state = crypto::Random::bytes(16);
    if (!verifier || !state) {
        Q_EMIT messageShown(!verifier ? verifier.error().message : state.error().message, true);
        return;
    }
    auto listener = std::make_unique<issuers::LoopbackRedirectListener>();
    if (auto listening = listener->listen(); !listening) {
        Q_EMIT messageShown(listening.error().message, true);
        return;
    }
    const QByteArray stateText = state->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    issuers::HttpFetcher unused(c.issuer.allowHttp); // building the URL sends nothing
    const OAuthClient oauth(unused, c.issuer, {}, static_cast<OAuthClient::ClientAuth>(c.auth));
    auto url = oauth.authorizationUrl(listener->redirectUri(), QString::fromLatin1(stateText),
                                      OAuthClient::codeChallenge(*verifier), request.scope, request.resource);
    if (!url) {
        Q_EMIT messageShown(url.error().message, true);
        return;
    }
    m_listener = std::move(listener);
    m_signInClient = c;
    m_signInRequest = request;
    m_signInRequest.codeVerifier = *verifier;
    m_signInRequest.redirectUri = m_listener->redirectUri();
    m_signInState = stateText;
    connect(m_listener.get(), &issuers::LoopbackRedirectListener::answered, this, &IssuerCallsPanel::finishSignIn,
            Qt::QueuedConnection);
    m_signInTimer->start();
    m_accessToken.clear();
    const QString link = QString::fromUtf8(url->toEncoded());
    // D-DISPLAY: the URL is built from the provider's discovery document: shown escaped.
    m_answer->setPlainText(
        tr("Waiting for the sign-in at %1 (for up to %2 minutes).\n\nThe sign-in page opens in your browser; if it did "
           "not, open this address in a browser on this computer:\n\n%3\n\nThe provider sends the browser back to "
           "%4, which this console is listening on; %1 must accept loopback redirect URIs on any port "
           "(RFC 8252 §7.3).")
            .arg(DisplayText::escape(c.issuer.name))
            .arg(SignInTimeoutMs / 60000)
            .arg(DisplayText::escape(link), m_signInRequest.redirectUri));
    updateState();
    if (!QDesktopServices::openUrl(*url)) {
        Q_EMIT messageShown(tr("No browser could be started: open the address shown below by hand"), true);
    } else {
        Q_EMIT messageShown(tr("Sign in at %1 in the browser").arg(c.issuer.name), false);
    }
}

void IssuerCallsPanel::finishSignIn()
{
    if (!isSigningIn() || !m_listener || !m_listener->hasAnswer()) {
        return;
    }
    auto code = m_listener->code(m_signInState, m_signInClient->issuer.url);
    if (!code) {
        endSignIn(code.error().message, true);
        return;
    }
    const Client c = *m_signInClient;
    OAuthClient::TokenRequest request = m_signInRequest;
    request.code = *code;
    endSignIn(QString(), false);
    exchange(c, request);
}

void IssuerCallsPanel::cancelSignIn()
{
    if (isSigningIn()) {
        endSignIn(tr("Stopped waiting for the sign-in at %1").arg(m_signInClient->issuer.name), false);
    }
}

void IssuerCallsPanel::endSignIn(const QString& message, bool error)
{
    m_signInTimer->stop();
    if (m_listener) {
        // Closed, not deleted: its last socket may still be sending the browser its page.
        m_listener->close();
        disconnect(m_listener.get(), nullptr, this, nullptr);
    }
    if (m_signInClient) {
        crypto::SecureWipe::wipe(m_signInClient->secret);
    }
    m_signInClient.reset();
    crypto::SecureWipe::wipe(m_signInRequest.codeVerifier);
    m_signInRequest = {};
    m_signInState.clear();
    if (!message.isEmpty()) {
        m_answer->setPlainText(message);
        Q_EMIT messageShown(message, error);
    }
    updateState();
}

void IssuerCallsPanel::exchange(const Client& client, const OAuthClient::TokenRequest& request)
{
    const Client* c = &client;
    const QString endpoint = c->issuer.endpoint(QLatin1StringView("token_endpoint"));
    const QString name = c->issuer.name;
    const QString url = c->issuer.url;
    m_task.start(
        tr("Asking %1 for a token (%2)").arg(name, endpoint), c->issuer.allowHttp,
        [c = *c, request](issuers::HttpFetcher& fetcher) {
            OAuthClient oauth(fetcher, c.issuer, c.secret, static_cast<OAuthClient::ClientAuth>(c.auth));
            return oauth.token(request);
        },
        [this, name, url, grant = request.grant](const Result<QJsonObject>& answer, bool cancelled) {
            if (cancelled || !answer) {
                Q_EMIT messageShown(
                    cancelled ? tr("Cancelled the token request to %1").arg(name) : answer.error().message, true);
                return;
            }
            const QByteArray access = answer->value(QLatin1StringView("access_token")).toString().toUtf8();
            // R-CLIENT-SECRET: the row names the issuer, the grant and the token's jti or hash.
            if (auto row =
                    m_context.audit.append(QStringLiteral("issuer.token"), name,
                                           QJsonObject{{QStringLiteral("url"), url},
                                                       {QStringLiteral("grant"), grant},
                                                       {QStringLiteral("token"), OAuthClient::tokenReference(access)}});
                !row) {
                Q_EMIT messageShown(tr("The token was not audited, so it is not shown: %1").arg(row.error().message),
                                    true);
                return;
            }
            m_accessToken = QString::fromUtf8(access);
            showAnswer(*answer);
            updateState();
            Q_EMIT messageShown(tr("%1 issued a token (grant %2)").arg(name, grant), false);
        });
}

void IssuerCallsPanel::introspect()
{
    auto c = client();
    if (!c) {
        return;
    }
    const QByteArray token = m_token->text().trimmed().toUtf8();
    const QString name = c->issuer.name;
    m_task.start(
        tr("Asking %1 about a token (%2)").arg(name, c->issuer.endpoint(QLatin1StringView("introspection_endpoint"))),
        c->issuer.allowHttp,
        [c = *c, token](issuers::HttpFetcher& fetcher) {
            OAuthClient oauth(fetcher, c.issuer, c.secret, static_cast<OAuthClient::ClientAuth>(c.auth));
            return oauth.introspect(token);
        },
        [this, name](const Result<QJsonObject>& answer, bool cancelled) {
            if (cancelled || !answer) {
                Q_EMIT messageShown(
                    cancelled ? tr("Cancelled the introspection at %1").arg(name) : answer.error().message, true);
                return;
            }
            showAnswer(*answer);
            const bool active = answer->value(QLatin1StringView("active")).toBool();
            Q_EMIT messageShown(active ? tr("%1 says the token is active").arg(name)
                                       : tr("%1 says the token is not active").arg(name),
                                false);
        });
}

void IssuerCallsPanel::revoke()
{
    auto c = client();
    if (!c) {
        return;
    }
    const QByteArray token = m_token->text().trimmed().toUtf8();
    const QString name = c->issuer.name;
    const QString url = c->issuer.url;
    const QString endpoint = c->issuer.endpoint(QLatin1StringView("revocation_endpoint"));
    m_task.start(
        tr("Revoking a token at %1 (%2)").arg(name, endpoint), c->issuer.allowHttp,
        [c = *c, token](issuers::HttpFetcher& fetcher) -> Result<QJsonObject> {
            OAuthClient oauth(fetcher, c.issuer, c.secret, static_cast<OAuthClient::ClientAuth>(c.auth));
            if (auto revoked = oauth.revoke(token); !revoked) {
                return std::unexpected(revoked.error());
            }
            return QJsonObject();
        },
        [this, name, url, endpoint, token](const Result<QJsonObject>& answer, bool cancelled) {
            if (cancelled || !answer) {
                Q_EMIT messageShown(cancelled ? tr("Cancelled the revocation at %1").arg(name) : answer.error().message,
                                    true);
                return;
            }
            if (auto row =
                    m_context.audit.append(QStringLiteral("issuer.revoke"), name,
                                           QJsonObject{{QStringLiteral("url"), url},
                                                       {QStringLiteral("token"), OAuthClient::tokenReference(token)}});
                !row) {
                Q_EMIT messageShown(tr("Revoked, but not audited: %1").arg(row.error().message), true);
                return;
            }
            m_answer->setPlainText(tr("Revoked at %1").arg(DisplayText::escape(endpoint)));
            Q_EMIT messageShown(tr("%1 revoked the token").arg(name), false);
        });
}

} // namespace authscope
