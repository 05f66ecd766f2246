#pragma once

#include "core/common/Error.h"
#include "core/jose/JwkSet.h"
#include "ui/tokens/TokenFacts.h"

#include <QByteArray>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace authscope {

class KeyInputWidget;

// Where the Verify tab takes its keys from: a key the user gives (KeyInputWidget: file, pasted PEM/JWK/JWKS,
// HMAC secret), this database's published JWKS (what the test server signs with), or the stored keys of a saved
// remote issuer whose URL is the token's iss. The database and issuer keys are the same public keys relying
// parties fetch (K-JWKS-PUBLIC): nothing private leaves the key store, nothing is fetched from the network here.
class VerifyKeySource final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyKeySource)

public:
    enum class Mode
    {
        Provided,
        Database,
        Issuer
    };
    struct IssuerKeys
    {
        QString name;
        QString url;
        QByteArray jwks;
    };
    using IssuerLookup = std::function<std::optional<IssuerKeys>(const QString& iss)>;
    using DatabaseJwks = std::function<Result<QByteArray>()>;

    explicit VerifyKeySource(QWidget* parent = nullptr);

    void setIssuerLookup(IssuerLookup lookup);
    void setDatabaseJwks(DatabaseJwks provider);
    // The token's iss and kid: offers the issuer's keys, and picks this database's keys by itself when the kid is
    // there and the user has not chosen a source or given a key.
    void setTokenFacts(const TokenFacts& facts);

    [[nodiscard]] Mode mode() const;
    void setMode(Mode mode);
    [[nodiscard]] const Result<jose::JwkSet>& keys();
    [[nodiscard]] KeyInputWidget* keyInput() const { return m_keyInput; }
    [[nodiscard]] const std::optional<IssuerKeys>& issuerKeys() const { return m_issuerKeys; }
    // One line for the verdict: "this database's keys", "the keys of issuer corp", "the key you gave".
    [[nodiscard]] QString describe() const;

Q_SIGNALS:
    void keysChanged();
    // The issuer's keys were chosen with one click: the issuer URL becomes the required iss (R-ISS-PIN).
    void issuerPinned(const QString& url);

private:
    void reload();
    void offerIssuer();
    void updateVisibility();

    QComboBox* m_modeCombo = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_issuerKeysButton = nullptr;
    QLabel* m_issuerNote = nullptr;
    KeyInputWidget* m_keyInput = nullptr;
    IssuerLookup m_issuerLookup;
    DatabaseJwks m_databaseJwks;
    std::optional<IssuerKeys> m_issuerKeys;
    TokenFacts m_token;
    bool m_userChose = false;
    Result<jose::JwkSet> m_keys;
};

} // namespace authscope
