#pragma once

#include "core/keys/KeyStore.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace authscope {

// Chooses what to generate: what the key is for (signing tokens, or decrypting tokens others encrypt to us), the
// algorithm (with its key type and size), the state and the purpose. An encryption key goes to the "encryption"
// purpose (K-ENC-PURPOSE) with a JWE key management algorithm; a signing key to any other purpose.
class GenerateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateKeyDialog)

public:
    enum class Use
    {
        Signing,
        Encryption
    };

    // withActiveKey: the purposes that have an active key (a new key for them starts as next, else as active).
    // initialPurpose: the purpose of the key selected on the page (the encryption purpose opens on Use: encryption).
    GenerateKeyDialog(const QStringList& purposes, const QStringList& withActiveKey, const QString& initialPurpose = {},
                      QWidget* parent = nullptr);
    [[nodiscard]] KeyStore::GenerateRequest request() const;
    [[nodiscard]] Use use() const;
    void setUse(Use use);

private:
    void fillForUse();
    void chooseStateFor(const QString& purpose);

    QStringList m_purposes;
    QStringList m_withActiveKey;
    QComboBox* m_use = nullptr;
    QComboBox* m_algorithm = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_purpose = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace authscope
