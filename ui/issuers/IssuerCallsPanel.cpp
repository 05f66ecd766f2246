#include "ui/issuers/IssuerCallsPanel.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/OAuthClient.h"
#include "ui/issuers/IssuerTask.h"
#include "ui/issuers/IssuerVault.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace authscope {

using issuers::OAuthClient;

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

IssuerCallsPanel::IssuerCallsPanel(const AppContext& context, issuers::IssuerStore& store, IssuerTask& task,
                                   QWidget* parent)
    : QWidget(parent), m_context(context), m_store(store), m_task(task)
{
    setObjectName(QStringLiteral("issuerCallsPanel"));
    m_grant = new QComboBox(this);
    m_grant->setObjectName(QStringLiteral("grantComboBox"));
    m_grant->addItem(QStringLiteral("client_credentials"), QStringLiteral("client_credentials"));
    m_grant->addItem(QStringLiteral("refresh_token"), QStringLiteral("refresh_token"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("clientAuthComboBox"));
    m_auth->addItem(tr("As the issuer prefers"), -1);
    m_auth->addItem(QStringLiteral("client_secret_basic"), static_cast<int>(OAuthClient::ClientAuth::Basic));
    m_auth->addItem(QStringLiteral("client_secret_post"), static_cast<int>(OAuthClient::ClientAuth::Post));
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("scopeLineEdit"));
    m_scope->setPlaceholderText(tr("optional"));
    m_resource = new QLineEdit(this);
    m_resource->setObjectName(QStringLiteral("resourceLineEdit"));
    m_resource->setPlaceholderText(tr("optional (RFC 8707)"));
    m_refreshToken = new QLineEdit(this);
    m_refreshToken->setObjectName(QStringLiteral("refreshTokenLineEdit"));
    m_refreshToken->setEchoMode(QLineEdit::Password);
    m_tokenButton = new QPushButton(tr("&Get token"), this);
    m_tokenButton->setObjectName(QStringLiteral("getTokenButton"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("callTokenLineEdit"));
    m_token->setPlaceholderText(tr("a token this issuer issued"));
    m_introspectButton = new QPushButton(tr("&Introspect"), this);
    m_introspectButton->setObjectName(QStringLiteral("introspectButton"));
    m_revokeButton = new QPushButton(tr("Re&voke"), this);
    m_revokeButton->setObjectName(QStringLiteral("revokeTokenButton"));
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("answerPlainTextEdit"));
    m_answer->setReadOnly(true);
    m_answer->setAccessibleName(tr("The provider's answer"));
    m_answer->setPlaceholderText(tr("The provider's answer shows here."));
    m_openButton = new QPushButton(tr("&Open access token in Tokens"), this);
    m_openButton->setObjectName(QStringLiteral("openAccessTokenButton"));

    auto* grid = new QGridLayout;
    grid->addWidget(buddyLabel(tr("G&rant:"), m_grant, this), 0, 0);
    grid->addWidget(m_grant, 0, 1);
    grid->addWidget(buddyLabel(tr("Client &authentication:"), m_auth, this), 0, 2);
    grid->addWidget(m_auth, 0, 3);
    grid->addWidget(buddyLabel(tr("S&cope:"), m_scope, this), 1, 0);
    grid->addWidget(m_scope, 1, 1);
    grid->addWidget(buddyLabel(tr("Reso&urce:"), m_resource, this), 1, 2);
    grid->addWidget(m_resource, 1, 3);
    grid->addWidget(m_tokenButton, 1, 4);
    m_refreshLabel = buddyLabel(tr("Re&fresh token:"), m_refreshToken, this);
    grid->addWidget(m_refreshLabel, 2, 0);
    grid->addWidget(m_refreshToken, 2, 1, 1, 3);
    grid->addWidget(buddyLabel(tr("&Token:"), m_token, this), 3, 0);
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
    layout->addWidget(m_openButton, 0, Qt::AlignRight);

    connect(m_tokenButton, &QPushButton::clicked, this, &IssuerCallsPanel::requestToken);
    connect(m_introspectButton, &QPushButton::clicked, this, &IssuerCallsPanel::introspect);
    connect(m_revokeButton, &QPushButton::clicked, this, &IssuerCallsPanel::revoke);
    connect(m_grant, &QComboBox::currentIndexChanged, this, &IssuerCallsPanel::updateState);
    connect(m_token, &QLineEdit::textChanged, this, &IssuerCallsPanel::updateState);
    connect(&m_task, &IssuerTask::runningChanged, this, &IssuerCallsPanel::updateState);
    connect(m_openButton, &QPushButton::clicked, this, [this] { Q_EMIT tokenOpenRequested(m_accessToken); });
    setIssuer(nullptr);
}

void IssuerCallsPanel::setIssuer(const issuers::Issuer* issuer)
{
    const bool same = issuer != nullptr && m_issuer && m_issuer->name == issuer->name;
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
    const bool ready = m_issuer.has_value() && !m_task.isRunning();
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
    // D-DISPLAY: the provider's text is shown escaped.
    m_answer->setPlainText(
        DisplayText::escape(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented))));
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
