#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace authscope {

class KeyVault;

// The key store's lock, under the keys: whether private keys can be used now, and the buttons that unlock or lock
// the store and change its passphrase. Reading needs no passphrase; an action that needs a private key asks here
// first (ensureUnlocked), and the store then stays unlocked for the run.
class KeyVaultBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyVaultBar)

public:
    explicit KeyVaultBar(KeyVault& vault, QWidget* parent = nullptr);

    // Asks for the passphrase when the vault is locked (sets it on first use); false when the user cancels.
    bool ensureUnlocked();
    // Says what the last maintenance run noted, in the tool tip.
    void setNotes(const QString& notes);
    [[nodiscard]] QPushButton* lockButton() const { return m_lockButton; }
    [[nodiscard]] QPushButton* passphraseButton() const { return m_passphraseButton; }

public Q_SLOTS:
    void updateState();
    void toggleLock();
    void changePassphrase();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    KeyVault& m_vault;
    QLabel* m_label = nullptr;
    QPushButton* m_lockButton = nullptr;
    QPushButton* m_passphraseButton = nullptr;
};

} // namespace authscope
