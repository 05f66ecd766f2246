#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace authscope {

// Asks for the reason of a revocation (kept with each session and in the audit log) and confirms it.
class RevokeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeDialog)

public:
    // `what` says what will be revoked ("3 sessions of alice and bob"); `consequence` what follows from it.
    RevokeDialog(const QString& what, const QString& consequence, QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    void setReason(const QString& reason);

private:
    QComboBox* m_reason = nullptr;
    QPushButton* m_revoke = nullptr;
};

} // namespace authscope
