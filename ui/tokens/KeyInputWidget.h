#pragma once

#include "core/common/Error.h"
#include "core/jose/JwkSet.h"
#include "ui/tokens/KeyFile.h"
#include "ui/tokens/KeyText.h"
#include "ui/widgets/WidgetsFwd.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

namespace authscope {

// Where a key comes from: a key file (JWK, JWK Set, PEM key or certificate, or raw HMAC secret bytes), pasted
// PEM/JWK/JWKS text (with a passphrase for an encrypted PEM), an HMAC secret typed as text, base64, base64url
// or hex, or — for signing — a throwaway key generated on the spot. The input is parsed once per change (never
// per verification) and described in one line. Nothing here is logged or stored: keys live only in memory.
class KeyInputWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyInputWidget)

public:
    enum class Purpose
    {
        Verify,
        Sign
    };
    enum class Source
    {
        File,
        Text,
        Secret,
        Generate // Sign only
    };
    using SecretEncoding = KeyText::SecretEncoding;
    static constexpr qint64 MaxKeyFileBytes = KeyFile::MaxBytes;

    explicit KeyInputWidget(Purpose purpose, QWidget* parent = nullptr);
    ~KeyInputWidget() override;

    [[nodiscard]] Purpose purpose() const { return m_purpose; }
    [[nodiscard]] Source source() const;
    void setSource(Source source);

    // The keys from the current input, or why there are none ("ui.no-key" when nothing was given yet).
    [[nodiscard]] const Result<jose::JwkSet>& keys();
    [[nodiscard]] bool hasKeys() { return keys().has_value() && !keys()->isEmpty(); }
    // Signing: the key to use (the only one, the one picked from a JWK Set, or the generated one).
    [[nodiscard]] std::optional<jose::Jwk> selectedKey();
    // Signing: the algorithms the selected key can sign with, or those of the key type about to be generated.
    [[nodiscard]] QList<jose::JwsAlgorithm> candidateAlgorithms();
    // "file", "text", "secret" or "generated", for the audit log (never the key itself).
    [[nodiscard]] QString sourceName() const;

    // Reads a key file (at most MaxKeyFileBytes) and switches to the File source; false when unreadable.
    bool loadFile(const QString& path);
    void setKeyText(const QString& text);
    void setSecret(const QString& secret, SecretEncoding encoding);
    void setPassphrase(const QString& passphrase);
    // Shows `key` as input: an HMAC secret as base64url in the secret field, any other key as its public JWK.
    void setKey(const jose::Jwk& key);
    // Sign purpose: generates a key of the chosen type in a worker thread; generationFinished() follows.
    void generate();
    [[nodiscard]] bool isGenerating() const { return m_generating; }

Q_SIGNALS:
    void keysChanged();
    void generationFinished(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct GenerateChoice;
    [[nodiscard]] static const QList<GenerateChoice>& generateChoices();

    QWidget* buildFilePage();
    void buildKeyTextEdit();
    QWidget* buildSecretPage();
    QWidget* buildGeneratePage();
    void buildForm();
    void connectSignals();
    void inputChanged(bool immediately);
    void reparse();
    void updateStatus();
    void updateVisibility();
    void showSourcePage();
    void browse();
    void copyKey(bool includePrivate);
    [[nodiscard]] Result<jose::JwkSet> parse() const;
    [[nodiscard]] QString childName(QStringView name) const;

    Purpose m_purpose;
    QComboBox* m_sourceCombo = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QCheckBox* m_rawSecretCheck = nullptr;
    QPlainTextEdit* m_keyText = nullptr;
    QLineEdit* m_secretEdit = nullptr;
    QToolButton* m_showSecretButton = nullptr;
    QComboBox* m_encodingCombo = nullptr;
    QComboBox* m_generateCombo = nullptr;
    QPushButton* m_generateButton = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QLabel* m_choiceLabel = nullptr;
    QComboBox* m_choiceCombo = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_copyPublicButton = nullptr;
    QPushButton* m_copyPrivateButton = nullptr;
    QTimer* m_parseTimer = nullptr;

    KeyFile m_file;
    std::optional<jose::Jwk> m_generated;
    bool m_generating = false;
    bool m_dirty = true;
    Result<jose::JwkSet> m_keys;
};

} // namespace authscope
