#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace authscope {

// Asks for a passphrase, without echo. Unlock: one field. Create (first use) and Export: the passphrase twice,
// with a hint on its length. Change: the current one and the new one twice.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    enum class Mode
    {
        Unlock,
        Create,
        Change,
        Export
    };

    explicit PassphraseDialog(Mode mode, QWidget* parent = nullptr);

    [[nodiscard]] QString passphrase() const;        // Unlock/Create/Export: the passphrase; Change: the new one
    [[nodiscard]] QString currentPassphrase() const; // Change only
    void showError(const QString& message);

private:
    void validate();

    Mode m_mode;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace authscope
