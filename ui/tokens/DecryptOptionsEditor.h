#pragma once

#include "core/jose/JweDecryptor.h"

#include <QWidget>

class QCheckBox;
class QMenu;
class QSpinBox;
class QToolButton;

namespace authscope {

// What the decrypter accepts, as `authscope-cli decrypt` takes it: the key management algorithms (none ticked:
// pinned by the key, E-ALG-PIN), the content encryptions (none ticked: all six), RSA1_5 (off unless turned on,
// E-RSA15-OFF) and the PBES2 iteration cap (E-P2C-CAP).
class DecryptOptionsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecryptOptionsEditor)

public:
    // The console runs decryption off its GUI thread, but a derivation cannot be stopped half-way: a
    // million PBKDF2 rounds take about a second.
    static constexpr int MaxP2cCap = 1'000'000;

    explicit DecryptOptionsEditor(QWidget* parent = nullptr);

    // The options for a key (`password` false) or a PBES2 password (true: with no algorithm ticked, the three
    // PBES2 algorithms, as a password is only ever a PBES2 secret).
    [[nodiscard]] jose::JweDecryptOptions options(bool password) const;
    void setAllowedAlgorithms(const QList<jose::JweAlgorithm>& algorithms);
    void setAllowedEncryptions(const QList<jose::JweEncryption>& encryptions);
    void setRsa1_5Allowed(bool allowed);
    void setMaxP2c(int iterations);
    // One line for a folded section: "pinned by the key · all encryptions · p2c ≤ 10000".
    [[nodiscard]] QString summary() const;
    void reset();

Q_SIGNALS:
    void optionsChanged();

private:
    QToolButton* makeMenuButton(const QString& name, const QString& accessible, QMenu** menu);
    void updateTexts();

    QToolButton* m_algButton = nullptr;
    QMenu* m_algMenu = nullptr;
    QToolButton* m_encButton = nullptr;
    QMenu* m_encMenu = nullptr;
    QCheckBox* m_rsa15Check = nullptr;
    QSpinBox* m_p2cSpin = nullptr;
};

} // namespace authscope
