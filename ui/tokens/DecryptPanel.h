#pragma once

#include "core/common/Error.h"
#include "core/jose/JweDecryptor.h"
#include "ui/mainwindow/AppContext.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QThread;

namespace authscope {

class CollapsibleSection;
class DecryptKeySource;
class DecryptOptionsEditor;
class ToneLabel;

// The Decrypt tab: decrypts the JWE on the page with a key (DecryptKeySource) under the options of
// `authscope-cli decrypt` (DecryptOptionsEditor), through the engine's JweDecryptor (every E-* rule). Shows the
// protected header and the plaintext; a nested JWT (cty JWT) can be opened in the Decoded, Claims and Verify
// tabs, and from there the page can go back to the JWE. A refusal shows its stable code and a plain sentence.
// Decryption runs on a worker thread (a PBES2 derivation can take a moment); the result of a token that has
// changed meanwhile is dropped.
class DecryptPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecryptPanel)

public:
    enum class State
    {
        None,      // nothing decrypted (no JWE, or not tried yet)
        Busy,      // decrypting
        Decrypted, // the plaintext is shown
        Refused    // refused, with the code and the reason
    };

    explicit DecryptPanel(const AppContext& context, QWidget* parent = nullptr);
    ~DecryptPanel() override;

    // The token on the page (normalised); `jwe` when it is an encrypted token.
    void setToken(const QByteArray& token, bool jwe);
    [[nodiscard]] DecryptKeySource* keySource() const { return m_keySource; }
    [[nodiscard]] DecryptOptionsEditor* optionsEditor() const { return m_options; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString statusText() const;
    // The last refusal's code ("jose.decrypt-failed", "ui.no-key"...), empty after a success.
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] const std::optional<jose::JweDecryptResult>& lastResult() const { return m_result; }
    // The token on the page is the inner token of a JWE decrypted here: the way back is offered.
    [[nodiscard]] bool offersWayBack() const;
    // A plain sentence for an error code of the decrypter.
    [[nodiscard]] static QString sentenceFor(const QString& code);

public Q_SLOTS:
    void decrypt();

Q_SIGNALS:
    void decrypted(authscope::DecryptPanel::State state);
    // The nested token (a JWS, normalised) to read and verify, and the way back to the JWE it came from.
    void innerTokenOpened(const QString& token);
    void outerTokenRequested(const QString& token);

private:
    QWidget* buildResults();
    void connectSignals();
    void describeToken();
    void finish(quint64 job, const Result<jose::JweDecryptResult>& result);
    void showResult(const jose::JweDecryptResult& result);
    void showRefusal(const Error& error);
    void setState(State state, const QString& text);
    void updateSummaries();

    AppContext m_context;
    QLabel* m_tokenLabel = nullptr;
    DecryptKeySource* m_keySource = nullptr;
    DecryptOptionsEditor* m_options = nullptr;
    CollapsibleSection* m_keySection = nullptr;
    CollapsibleSection* m_optionsSection = nullptr;
    QPushButton* m_decryptButton = nullptr;
    QPushButton* m_backButton = nullptr;
    ToneLabel* m_statusLabel = nullptr;
    QPlainTextEdit* m_headerView = nullptr;
    QLabel* m_plaintextNote = nullptr;
    QPlainTextEdit* m_plaintextView = nullptr;
    QPushButton* m_openInnerButton = nullptr;
    QWidget* m_resultViews = nullptr;

    QByteArray m_token;
    bool m_jwe = false;
    QByteArray m_outerJwe;   // the JWE whose inner token was opened
    QByteArray m_innerToken; // that inner token, to offer the way back while it is on the page
    quint64 m_job = 0;
    QPointer<QThread> m_worker;
    State m_state = State::None;
    QString m_errorCode;
    std::optional<jose::JweDecryptResult> m_result;
};

} // namespace authscope
