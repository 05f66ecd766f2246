#pragma once

#include "core/keys/RotationPolicy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace authscope {

// Edits the rotation policy of one purpose: the schedule, pre-generation, token lifetime, leeway and JWKS cache.
class RotationPolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationPolicyDialog)

public:
    explicit RotationPolicyDialog(const RotationPolicy& policy, QWidget* parent = nullptr);
    [[nodiscard]] RotationPolicy policy() const;

private:
    RotationPolicy m_policy;
    QSpinBox* m_days = nullptr;
    QCheckBox* m_preGenerate = nullptr;
    QSpinBox* m_lifetime = nullptr;
    QSpinBox* m_leeway = nullptr;
    QSpinBox* m_maxAge = nullptr;
    QComboBox* m_alg = nullptr;
};

} // namespace authscope
