#pragma once

#include "core/common/Clock.h"
#include "core/dpop/DpopResult.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace authscope {

class ToneLabel;

// The DPoP proof check (RFC 9449 §4.3, DP-PROOF-RULES): paste a proof, give the request's method and URL, and
// optionally the access token sent with it (the token on this page or another) and the nonce the server
// demands; every failed rule is listed with its stable code, through the engine's DpopValidator. When the access
// token carries cnf.jkt, the proof's key must have that thumbprint (dpop.jkt-mismatch). Replay is not checked:
// that needs the memory of the server that saw the proof first.
class DpopPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DpopPanel)

public:
    enum class TokenChoice
    {
        None,      // the proof alone (no ath, no cnf.jkt)
        PageToken, // the token on this page
        Other      // a pasted access token
    };
    enum class Verdict
    {
        None,
        Valid,
        Invalid
    };
    static constexpr int CodeRole = Qt::UserRole + 1;
    // Anything longer is not a proof (the validator's cap is 8 KiB) and is not even converted.
    static constexpr qsizetype MaxInputChars = 64 * 1024;

    explicit DpopPanel(const Clock& clock, QWidget* parent = nullptr);

    // The token on the page (a JWS, already normalised; empty for none or a JWE) and its cnf.jkt.
    void setPageToken(const QByteArray& token, const QString& jkt);
    void setProof(const QString& proof);
    void setRequest(const QString& method, const QString& url);
    void setTokenChoice(TokenChoice choice);
    [[nodiscard]] TokenChoice tokenChoice() const;

    [[nodiscard]] Verdict verdict() const { return m_verdict; }
    [[nodiscard]] QString verdictText() const;
    [[nodiscard]] const std::optional<dpop::DpopResult>& lastResult() const { return m_result; }
    // A short human title for a dpop.* code ("wrong method (htm)").
    [[nodiscard]] static QString titleFor(const QString& code);

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void checked(authscope::DpopPanel::Verdict verdict);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildInputs();
    QWidget* buildResults();
    void connectSignals();
    void scheduleCheck();
    void updateTokenFields();
    void showVerdict(Verdict verdict, const QString& text);
    void addIssue(const QString& text, const QString& code, Verdict kind);
    void colorItem(QListWidgetItem* item);
    [[nodiscard]] QByteArray proofBytes() const;
    [[nodiscard]] QByteArray chosenToken() const;
    [[nodiscard]] QString chosenJkt() const;

    const Clock& m_clock;
    QPlainTextEdit* m_proofEdit = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QComboBox* m_tokenCombo = nullptr;
    QLineEdit* m_otherTokenEdit = nullptr;
    QLineEdit* m_nonceEdit = nullptr;
    QSpinBox* m_windowSpin = nullptr;
    QLabel* m_bindingLabel = nullptr;
    QPushButton* m_checkButton = nullptr;
    QCheckBox* m_autoCheck = nullptr;
    ToneLabel* m_verdictLabel = nullptr;
    QLabel* m_keyLabel = nullptr;
    QListWidget* m_issuesList = nullptr;
    QPlainTextEdit* m_proofView = nullptr;
    QTimer* m_timer = nullptr;

    QByteArray m_pageToken;
    QString m_pageJkt;
    bool m_choiceTouched = false;
    Verdict m_verdict = Verdict::None;
    std::optional<dpop::DpopResult> m_result;
};

} // namespace authscope
