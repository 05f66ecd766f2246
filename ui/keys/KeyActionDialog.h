#pragma once

#include "core/keys/KeyChangePlan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace authscope {

class JwksDiff;
class WarningBanner;

// The preview before a key action: what changes (new keys, state moves, the JWKS entries that come and go), a
// key-by-key diff of the JWKS that relying parties will fetch, and the warnings. When the action makes still-valid
// tokens fail, the confirm button stays disabled until the administrator ticks that they understand. Revocations ask
// for the reason here.
class KeyActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyActionDialog)

public:
    KeyActionDialog(const KeyChangePlan& plan, const QString& title, const QString& confirmText, bool needsReason,
                    QWidget* parent = nullptr);

    [[nodiscard]] const KeyChangePlan& plan() const { return m_plan; }
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QString diffText() const { return m_diffText; }

private:
    void updateConfirm();
    void fillDiff(const JwksDiff& diff);
    void buildBanners(const KeyChangePlan& plan);
    // Empty unless the change leaves the purpose without a pre-published next key.
    [[nodiscard]] static QString noNextKeyWarning(const KeyChangePlan& plan);

    KeyChangePlan m_plan;
    QString m_diffText;
    QLabel* m_summary = nullptr;
    WarningBanner* m_warning = nullptr;
    WarningBanner* m_notes = nullptr;
    QCheckBox* m_acknowledge = nullptr;
    QLineEdit* m_reason = nullptr;
    QTreeWidget* m_diff = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace authscope
