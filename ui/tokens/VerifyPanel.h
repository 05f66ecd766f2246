#pragma once

#include "core/common/Clock.h"
#include "core/jose/ValidationResult.h"

#include <QByteArray>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace authscope {

class KeyInputWidget;
class PolicyEditor;

// Verification of the token on display: a key (KeyInputWidget), a policy (PolicyEditor), the verdict in one
// line (green when valid, red when not) and below it the full diagnosis: every problem the validator found,
// code first, then what passed and what the policy left unchecked. Verifies again by itself when the token, the
// key or the policy change (unless turned off).
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
    struct IssuerKeys
    {
        QString name;
        QString url;
        QByteArray jwks;
    };
    using IssuerLookup = std::function<std::optional<IssuerKeys>(const QString& iss)>;

    explicit VerifyPanel(const Clock& clock, QWidget* parent = nullptr);
    void setIssuerLookup(IssuerLookup lookup);

    // The token to verify (already normalised); `jwe` for an encrypted token; empty to clear.
    void setToken(const QByteArray& token, bool jwe);
    [[nodiscard]] KeyInputWidget* keyInput() const { return m_keyInput; }
    [[nodiscard]] PolicyEditor* policyEditor() const { return m_policy; }
    [[nodiscard]] Verdict verdict() const { return m_verdict; }
    [[nodiscard]] const std::optional<jose::ValidationResult>& lastResult() const { return m_result; }

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void verified(authscope::VerifyPanel::Verdict verdict);

protected:
    void changeEvent(QEvent* event) override;

private:
    void scheduleAutoVerify();
    void offerIssuerKeys();
    void showVerdict(Verdict verdict, const QString& text);
    void applyVerdictColor();
    void addDiagnosis(const QString& text, const QString& code, Verdict kind);
    [[nodiscard]] static QString issueTitle(const QString& code);

    const Clock& m_clock;
    FakeClock m_fixedClock;
    KeyInputWidget* m_keyInput = nullptr;
    PolicyEditor* m_policy = nullptr;
    QCheckBox* m_autoCheck = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QListWidget* m_issuesList = nullptr;
    QTimer* m_autoTimer = nullptr;
    QPushButton* m_issuerKeysButton = nullptr;
    QLabel* m_issuerNote = nullptr;
    IssuerLookup m_issuerLookup;
    std::optional<IssuerKeys> m_issuerKeys;
    QByteArray m_token;
    bool m_jwe = false;
    Verdict m_verdict = Verdict::None;
    std::optional<jose::ValidationResult> m_result;
};

} // namespace authscope
