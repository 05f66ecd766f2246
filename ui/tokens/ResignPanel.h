#pragma once

#include "core/common/Clock.h"
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace authscope {

class JsonHighlighter;
class KeyInputWidget;
class TokenHighlighter;

// Edit and re-sign: the token's header and payload as editable JSON (member order kept), a signing key (a key
// file, pasted PEM/JWK, an HMAC secret or a throwaway key generated here) and an algorithm that fits it; Sign
// makes a new compact token. For testing verifiers it can also make the unsigned alg "none" variant (which
// AuthScope itself always refuses). The new token can be opened in the inspector with the matching key set
// up for verification.
class ResignPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResignPanel)

public:
    explicit ResignPanel(const Clock& clock, QWidget* parent = nullptr);

    // The token to start from. The editors take it unless the user has edited them since (then "Reset from
    // token" brings it in). `payload` is shown indented when it is JSON, as text otherwise.
    void setSource(const QByteArray& headerJson, const QByteArray& payload, bool payloadIsJson);
    void clearSource();
    void resetFromSource();

    [[nodiscard]] KeyInputWidget* keyInput() const { return m_keyInput; }
    [[nodiscard]] QByteArray signedToken() const { return m_signed; }
    // The key that signed signedToken() (nullopt for an unsigned token).
    [[nodiscard]] const std::optional<jose::Jwk>& signingKey() const { return m_signingKey; }
    // Takes back the token just signed (its audit row could not be written, A-SAME-TX) and says why.
    void withdrawSigned(const QString& reason);

public Q_SLOTS:
    void sign();
    void makeUnsigned();
    void setTimes();

Q_SIGNALS:
    // A token was signed: for the audit log (never the token or the key).
    void tokenSigned(const QString& algorithm, const QString& keyId, const QString& keySource);
    void openRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Parsed;
    QWidget* buildEditSide();
    QWidget* buildSignSide();
    void connectSignals();
    [[nodiscard]] Parsed parseEditors() const;
    void validateEditors();
    void updateAlgorithms();
    void showStatus(const QString& text, bool ok);
    void setSigned(const QByteArray& token);

    const Clock& m_clock;
    QPlainTextEdit* m_headerEdit = nullptr;
    QPlainTextEdit* m_payloadEdit = nullptr;
    JsonHighlighter* m_headerHighlighter = nullptr;
    JsonHighlighter* m_payloadHighlighter = nullptr;
    QLabel* m_editStatus = nullptr;
    QPushButton* m_resetButton = nullptr;
    QSpinBox* m_lifetimeSpin = nullptr;
    QPushButton* m_setTimesButton = nullptr;
    KeyInputWidget* m_keyInput = nullptr;
    QComboBox* m_algorithmCombo = nullptr;
    QCheckBox* m_kidCheck = nullptr;
    QPushButton* m_signButton = nullptr;
    QPushButton* m_unsignedButton = nullptr;
    QPlainTextEdit* m_output = nullptr;
    TokenHighlighter* m_outputHighlighter = nullptr;
    QLabel* m_signStatus = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QTimer* m_validateTimer = nullptr;

    QByteArray m_sourceHeader;
    QByteArray m_sourcePayload;
    bool m_sourcePayloadIsJson = false;
    QByteArray m_signed;
    std::optional<jose::Jwk> m_signingKey;
    bool m_signAfterGenerate = false;
    bool m_statusOk = true;
};

} // namespace authscope
