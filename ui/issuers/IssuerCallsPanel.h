#pragma once

#include "core/issuers/Issuer.h"
#include "ui/mainwindow/AppContext.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace authscope::issuers {
class IssuerStore;
}

namespace authscope {

class IssuerTask;

// Talks to the selected issuer as its OAuth client: asks its token endpoint for a token (client_credentials or
// refresh_token), introspects (RFC 7662) and revokes (RFC 7009) a token. Each call runs in the page's IssuerTask, so
// the window stays responsive and the call can be cancelled. Token and revoke calls are audited with the issuer, the
// grant and the token's jti or hash, never the token (R-CLIENT-SECRET). The answer shows here, as the provider sent
// it (the user asked for these tokens), and an access token can be opened in the Tokens page.
class IssuerCallsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerCallsPanel)

public:
    IssuerCallsPanel(const AppContext& context, issuers::IssuerStore& store, IssuerTask& task,
                     QWidget* parent = nullptr);

    void setIssuer(const issuers::Issuer* issuer);
    [[nodiscard]] QString answerText() const;

public Q_SLOTS:
    void requestToken();
    void introspect();
    void revoke();

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
    QString m_accessToken;
};

} // namespace authscope
