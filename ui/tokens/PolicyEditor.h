#pragma once

#include "core/jose/ValidationPolicy.h"
#include "ui/tokens/TokenFacts.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace authscope {

// The verifier's policy, editable: allowed algorithms (empty = pinned by the key, T-ALG-PIN), iss,
// aud, typ, required claims, leeway, JWT or plain JWS, and the clock: now, or a chosen UTC time (to ask
// "was this token valid when it was issued?").
class PolicyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditor)

public:
    explicit PolicyEditor(QWidget* parent = nullptr);

    // With the "OAuth 2.0 access token (RFC 9068)" profile: ValidationPolicy::accessTokenRfc9068 with the fields on
    // top (its seven claims always required, typ at+jwt unless another is typed).
    [[nodiscard]] jose::ValidationPolicy policy() const;
    [[nodiscard]] bool isAccessTokenProfile() const;
    // Chooses the profile as the user would (its fields are filled).
    void setAccessTokenProfile(bool on);
    // The chosen time (seconds since the epoch) when the clock is not "now".
    [[nodiscard]] std::optional<qint64> chosenTime() const;

    void setAllowedAlgorithms(const QList<jose::JwsAlgorithm>& algorithms);
    void setIssuer(const QString& issuer);
    void setAudience(const QString& audience);
    void setTyp(const QString& typ);
    void setLeeway(int seconds);
    void setJwt(bool jwt);
    void setRequiredClaims(const QStringList& claims);
    void setChosenTime(std::optional<qint64> epochSeconds);
    // The token's own iss, aud and iat, offered as one-click fills.
    void setTokenFacts(const TokenFacts& facts);
    void reset();

Q_SIGNALS:
    void policyChanged();

private:
    void buildAlgorithmsButton();
    void buildClaimFields();
    void buildClockFields();
    void buildForm();
    void connectSignals();
    void updateAlgorithmsText();
    void updateClock();

    enum Profile
    {
        ProfileAnyJwt,
        ProfileAccessToken
    };
    QComboBox* m_profileCombo = nullptr;
    QToolButton* m_algorithmsButton = nullptr;
    QMenu* m_algorithmsMenu = nullptr;
    QLineEdit* m_issuerEdit = nullptr;
    QLineEdit* m_audienceEdit = nullptr;
    QLineEdit* m_typEdit = nullptr;
    QLineEdit* m_requiredEdit = nullptr;
    QSpinBox* m_leewaySpin = nullptr;
    QCheckBox* m_jwsOnlyCheck = nullptr;
    QComboBox* m_clockCombo = nullptr;
    QDateTimeEdit* m_timeEdit = nullptr;
    QPushButton* m_fromTokenButton = nullptr;
    QPushButton* m_atIssueButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    TokenFacts m_token;
};

} // namespace authscope
