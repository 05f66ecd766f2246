#pragma once

#include "core/common/Clock.h"
#include "core/jose/ValidationPolicy.h"
#include "core/jose/ValidationResult.h"
#include "ui/tokens/TokenFacts.h"
#include "ui/tokens/VerifyKeySource.h"

#include <QByteArray>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace authscope {

class KeyInputWidget;
class CollapsibleSection;
class PolicyEditor;
class ToneLabel;
class WarningBanner;

// Verification of the token on display: a key (VerifyKeySource: a given key, this database's JWKS or a saved
// issuer's keys), a policy (PolicyEditor), the signature verdict on its own line, the overall verdict (green when
// the signature and every configured check pass, red when not), the checks the policy does not configure in
// amber with one-click "require the token's own aud/iss", and below the full diagnosis. Verifies again by itself
// when the token, the key or the policy change (unless turned off).
class VerifyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyPanel)

public:
    enum class Verdict
    {
        None, // nothing to verify yet, or no key
        Valid,
        Invalid,
        Unsupported, // JWE
    };
    static constexpr int CodeRole = Qt::UserRole + 1;

    // A saved remote issuer's stored keys, offered when a token's iss names it (R-ISS-PIN: its URL becomes the
    // required issuer). Nothing is fetched from here: an unknown iss only gets a note pointing to the Issuers page.
    using IssuerKeys = VerifyKeySource::IssuerKeys;
    using IssuerLookup = VerifyKeySource::IssuerLookup;

    explicit VerifyPanel(const Clock& clock, QWidget* parent = nullptr);
    void setIssuerLookup(IssuerLookup lookup);
    // This database's published JWKS, offered as a key source (what the test server signs with).
    void setDatabaseJwks(VerifyKeySource::DatabaseJwks provider);

    // The token to verify (already normalised); `jwe` for an encrypted token; empty to clear.
    void setToken(const QByteArray& token, bool jwe);
    [[nodiscard]] KeyInputWidget* keyInput() const;
    [[nodiscard]] VerifyKeySource* keySource() const { return m_keySource; }
    [[nodiscard]] PolicyEditor* policyEditor() const { return m_policy; }
    [[nodiscard]] Verdict verdict() const { return m_verdict; }
    [[nodiscard]] QString verdictText() const;
    // The signature alone (Valid, Invalid, or None before any verification), apart from the policy checks.
    [[nodiscard]] Verdict signatureVerdict() const { return m_signatureVerdict; }
    [[nodiscard]] QString signatureText() const { return m_signatureText; }
    // Checks the token would need but the policy does not configure ("aud", "iss"), shown amber.
    [[nodiscard]] QStringList uncheckedClaims() const { return m_unchecked; }
    [[nodiscard]] const std::optional<jose::ValidationResult>& lastResult() const { return m_result; }

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void verified(authscope::VerifyPanel::Verdict verdict);

protected:
    void changeEvent(QEvent* event) override;

private:
    void scheduleAutoVerify();
    // Forgets the last result; false, saying what to do, when there is no token to verify.
    bool clearResult();
    void offerIssuerKeys();
    void showVerdict(Verdict verdict, const QString& text);
    void addDiagnosis(const QString& text, const QString& code, Verdict kind);
    void addClaimDiagnoses(const jose::ValidationPolicy& policy, const jose::ValidationResult& result, qint64 now);
    void colorDiagnosis(QListWidgetItem* item);
    void buildUncheckedBox();
    void updateSectionSummaries();
    void updateUncheckedBox(const jose::ValidationPolicy& policy);
    [[nodiscard]] static QString issueTitle(const QString& code);

    const Clock& m_clock;
    FakeClock m_fixedClock;
    VerifyKeySource* m_keySource = nullptr;
    CollapsibleSection* m_keySection = nullptr;
    CollapsibleSection* m_policySection = nullptr;
    bool m_keySectionTouched = false; // the user opened or closed it: never fold it for them again
    PolicyEditor* m_policy = nullptr;
    QCheckBox* m_autoCheck = nullptr;
    QPushButton* m_verifyButton = nullptr;
    ToneLabel* m_verdictLabel = nullptr;
    ToneLabel* m_signatureLabel = nullptr;
    QListWidget* m_issuesList = nullptr;
    QTimer* m_autoTimer = nullptr;
    QWidget* m_uncheckedBox = nullptr;
    WarningBanner* m_uncheckedBanner = nullptr;
    QPushButton* m_requireAudButton = nullptr;
    QPushButton* m_requireIssButton = nullptr;
    TokenFacts m_facts; // its iss, aud, kid and cnf.jkt (the token is bound to a DPoP key)
    QStringList m_unchecked;
    Verdict m_signatureVerdict = Verdict::None;
    QString m_signatureText;
    QByteArray m_token;
    bool m_jwe = false;
    Verdict m_verdict = Verdict::None;
    std::optional<jose::ValidationResult> m_result;
};

} // namespace authscope
