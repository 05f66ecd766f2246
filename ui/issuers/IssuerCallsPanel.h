#pragma once

#include "core/issuers/Issuer.h"
#include "core/issuers/OAuthClient.h"
#include "ui/mainwindow/AppContext.h"
#include "ui/widgets/WidgetsFwd.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>

namespace authscope::issuers {
class IssuerStore;
class LoopbackRedirectListener;
} // namespace authscope::issuers

namespace authscope {

class IssuerTask;

// Talks to the selected issuer as its OAuth client: asks its token endpoint for a token (client_credentials,
// authorization_code or refresh_token), introspects (RFC 7662) and revokes (RFC 7009) a token. The authorization code
// grant signs a person in as a native app (R-NATIVE-SIGNIN): PKCE S256 in the system browser (QDesktopServices), the
// answer coming back to a loopback listener that checks state and iss; the URL is also shown in case no browser
// opened, and the wait can be cancelled or times out after SignInTimeoutMs. Each call runs in
// the page's IssuerTask, so the window stays responsive and the call can be cancelled. Token and revoke calls are
// audited with the issuer, the grant and the token's jti or hash, never the token (R-CLIENT-SECRET). The answer shows
// here, as the provider sent it (the user asked for these tokens), and an access token can be opened in the Tokens
// page.
class IssuerCallsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerCallsPanel)

public:
    IssuerCallsPanel(const AppContext& context, issuers::IssuerStore& store, IssuerTask& task,
                     QWidget* parent = nullptr);

    static constexpr int SignInTimeoutMs = 5 * 60 * 1000;

    ~IssuerCallsPanel() override;
    void setIssuer(const issuers::Issuer* issuer);
    [[nodiscard]] QString answerText() const;
    // True while the browser sign-in of the authorization code grant is awaited.
    [[nodiscard]] bool isSigningIn() const;

public Q_SLOTS:
    void requestToken();
    void introspect();
    void revoke();
    void cancelSignIn();

Q_SIGNALS:
    void messageShown(const QString& text, bool error);
    void tokenOpenRequested(const QString& token);

private:
    struct Client
    {
        issuers::Issuer issuer;
        QByteArray secret;
        int auth = 0; // OAuthClient::ClientAuth
    };
    [[nodiscard]] std::optional<Client> client();
    void showAnswer(const QJsonObject& answer);
    void updateState();
    // Sends `request` to the token endpoint in the task; the answer is audited, then shown.
    void exchange(const Client& c, const issuers::OAuthClient::TokenRequest& request);
    void startSignIn(const Client& c, const issuers::OAuthClient::TokenRequest& request);
    void finishSignIn();
    void endSignIn(const QString& message, bool error);

    AppContext m_context;
    issuers::IssuerStore& m_store;
    IssuerTask& m_task;
    std::optional<issuers::Issuer> m_issuer;
    QComboBox* m_grant = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_scope = nullptr;
    QLineEdit* m_resource = nullptr;
    QLineEdit* m_refreshToken = nullptr;
    QLabel* m_refreshLabel = nullptr;
    QPushButton* m_tokenButton = nullptr;
    QLineEdit* m_token = nullptr;
    QPushButton* m_introspectButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_cancelSignInButton = nullptr;
    QTimer* m_signInTimer = nullptr;
    QString m_accessToken;

    // The sign-in in progress (authorization code grant).
    std::unique_ptr<issuers::LoopbackRedirectListener> m_listener;
    std::optional<Client> m_signInClient;
    issuers::OAuthClient::TokenRequest m_signInRequest;
    QByteArray m_signInState;
};

} // namespace authscope
