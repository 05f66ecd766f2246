#pragma once

#include "core/common/Error.h"
#include "core/jose/JwkSet.h"
#include "ui/mainwindow/AppContext.h"
#include "ui/tokens/KeyFile.h"
#include "ui/widgets/WidgetsFwd.h"

#include <QByteArray>
#include <QJsonObject>
#include <QWidget>

#include <optional>

namespace authscope {

struct KeyRecord;

// Where the Decrypt tab takes its key from: a key file or pasted text (a JWK, a JWK Set or a PEM private key), a
// PBES2 password, or an encryption key of this database's key store (use "enc", K-USE) — the one the token's kid
// names when there is one. An encrypted PEM's passphrase is asked in a dialog when the key is needed and is not
// kept; neither it nor the key is logged or stored (D-NO-SECRET-OUTPUT).
class DecryptKeySource final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecryptKeySource)

public:
    enum class Mode
    {
        File,
        Text,
        Password,
        Store
    };
    static constexpr qint64 MaxKeyFileBytes = KeyFile::MaxBytes;

    explicit DecryptKeySource(const AppContext& context, QWidget* parent = nullptr);

    [[nodiscard]] Mode mode() const;
    void setMode(Mode mode);
    bool loadFile(const QString& path);
    void setKeyText(const QString& text);
    void setPassword(const QString& password);
    // The JWE's joined header: its kid picks the key store's key, its alg tells which keys fit.
    void setTokenHeader(const QJsonObject& header);
    [[nodiscard]] bool isPassword() const { return mode() == Mode::Password; }
    // The keys to decrypt with, asking now for what is missing: an encrypted PEM's passphrase, the key store's
    // passphrase when it is locked. "ui.no-key" when nothing was given, "ui.cancelled" when a dialog was cancelled.
    [[nodiscard]] Result<jose::JwkSet> resolveKeys();
    // One line for a folded section: "key file rsa.pem", "the key store's key 'enc-1'".
    [[nodiscard]] QString describe() const;
    // The key store keys offered (kids), for tests and the status line.
    [[nodiscard]] QStringList storeKids() const;

Q_SIGNALS:
    void keysChanged();

private:
    QWidget* buildFilePage();
    QWidget* buildStorePage();
    void buildForm();
    void inputChanged();
    void refreshStore();
    void updateStatus();
    void showSourcePage();
    [[nodiscard]] QByteArray keyBytes() const;
    [[nodiscard]] Result<jose::JwkSet> parseKeyBytes(const QByteArray& bytes);
    [[nodiscard]] Result<jose::JwkSet> storeKey();
    [[nodiscard]] bool fitsToken(const KeyRecord& record) const;

    AppContext m_context;
    QComboBox* m_modeCombo = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QPlainTextEdit* m_keyText = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QComboBox* m_storeCombo = nullptr;
    QLabel* m_storeNote = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTimer* m_timer = nullptr;

    KeyFile m_file;
    QJsonObject m_tokenHeader;
    // The keys of an encrypted PEM opened with its passphrase, for exactly these PEM bytes (never the passphrase).
    QByteArray m_openedPem;
    std::optional<jose::JwkSet> m_openedKeys;
};

} // namespace authscope
