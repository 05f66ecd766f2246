#include "ui/keys/RotationPolicyDialog.h"

#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/WidgetFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace authscope {

RotationPolicyDialog::RotationPolicyDialog(const RotationPolicy& policy, QWidget* parent)
    : QDialog(parent), m_policy(policy)
{
    setObjectName(QStringLiteral("rotationPolicyDialog"));
    setWindowTitle(tr("Rotation policy — %1").arg(policy.purpose));
    m_days = makeNamed<QSpinBox>(QStringLiteral("rotateEverySpinBox"), this);
    m_days->setRange(0, RotationPolicy::MaxRotateEveryDays);
    m_days->setSpecialValueText(tr("by hand only"));
    m_days->setSuffix(tr(" days"));
    m_days->setValue(policy.rotateEveryDays);
    m_preGenerate = makeNamed<QCheckBox>(QStringLiteral("preGenerateCheckBox"),
                                         tr("Publish the next key right after each rotation"), this);
    m_preGenerate->setChecked(policy.preGenerateNext);
    m_lifetime = makeNamed<QSpinBox>(QStringLiteral("tokenLifetimeSpinBox"), this);
    m_lifetime->setRange(1, int(RotationPolicy::MaxTokenLifetimeSecs));
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setValue(int(policy.tokenLifetimeSecs));
    m_leeway = makeNamed<QSpinBox>(QStringLiteral("leewaySpinBox"), this);
    m_leeway->setRange(0, RotationPolicy::MaxLeewaySecs);
    m_leeway->setSuffix(tr(" s"));
    m_leeway->setValue(policy.leewaySecs);
    m_maxAge = makeNamed<QSpinBox>(QStringLiteral("jwksMaxAgeSpinBox"), this);
    m_maxAge->setRange(0, RotationPolicy::MaxJwksMaxAgeSecs);
    m_maxAge->setSuffix(tr(" s"));
    m_maxAge->setValue(policy.jwksMaxAgeSecs);
    m_alg = makeNamed<QComboBox>(QStringLiteral("algorithmComboBox"), this);
    for (const char* alg : {"ES256", "ES384", "ES512", "EdDSA", "RS256", "PS256", "HS256"}) {
        m_alg->addItem(QString::fromLatin1(alg));
    }
    m_alg->setCurrentText(policy.alg);

    auto* form = new QFormLayout;
    form->addRow(tr("&Rotate every:"), m_days);
    form->addRow(QString(), m_preGenerate);
    form->addRow(tr("Longest &token lifetime:"), m_lifetime);
    form->addRow(tr("&Leeway (clock skew):"), m_leeway);
    form->addRow(tr("JWKS &cache time:"), m_maxAge);
    form->addRow(tr("New keys use:"), m_alg);
    auto* note = new QLabel(tr("A rotated-out key keeps verifying for the token lifetime plus the leeway, then "
                               "retires. A scheduled rotation waits until the next key has been published for the "
                               "JWKS cache time, so that no relying party meets an unknown key."),
                            this);
    note->setWordWrap(true);
    auto* buttons = makeDialogButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

RotationPolicy RotationPolicyDialog::policy() const
{
    RotationPolicy p = m_policy;
    p.rotateEveryDays = m_days->value();
    p.preGenerateNext = m_preGenerate->isChecked();
    p.tokenLifetimeSecs = m_lifetime->value();
    p.leewaySecs = m_leeway->value();
    p.jwksMaxAgeSecs = m_maxAge->value();
    p.alg = m_alg->currentText();
    return p;
}

} // namespace authscope
