#include "ui/tokens/DecryptOptionsEditor.h"

#include "ui/widgets/WidgetFactory.h"

#include "core/jose/JweAlgorithm.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

namespace authscope {

using jose::JweAlgorithm;
using jose::JweAlgorithms;
using jose::JweEncryption;

DecryptOptionsEditor::DecryptOptionsEditor(QWidget* parent) : QWidget(parent)
{
    m_algButton = makeMenuButton(QStringLiteral("decryptAlgorithmsToolButton"),
                                 tr("Allowed key management "
                                    "algorithms"),
                                 &m_algMenu);
    m_algButton->setToolTip(tr("Which key management algorithms (alg) are accepted. None ticked: the key decides "
                               "(its own alg, else what its type can do), which is the safe default."));
    for (const JweAlgorithm alg : JweAlgorithms::all()) {
        if (alg == JweAlgorithm::Rsa1_5) {
            continue; // only through its own switch below (E-RSA15-OFF)
        }
        QAction* a = m_algMenu->addAction(JweAlgorithms::name(alg));
        a->setCheckable(true);
        a->setData(static_cast<int>(alg));
    }
    m_encButton =
        makeMenuButton(QStringLiteral("decryptEncryptionsToolButton"), tr("Allowed content encryptions"), &m_encMenu);
    m_encButton->setToolTip(tr("Which content encryptions (enc) are accepted. None ticked: all six."));
    for (const JweEncryption enc : JweAlgorithms::allEncryptions()) {
        QAction* a = m_encMenu->addAction(JweAlgorithms::name(enc));
        a->setCheckable(true);
        a->setData(static_cast<int>(enc));
    }
    for (QMenu* menu : {m_algMenu, m_encMenu}) {
        for (QAction* a : menu->actions()) {
            connect(a, &QAction::toggled, this, [this] {
                updateTexts();
                Q_EMIT optionsChanged();
            });
        }
    }

    m_rsa15Check = makeNamed<QCheckBox>(QStringLiteral("allowRsa15CheckBox"),
                                        tr("Allow RSA1_5 (RSAES-PKCS1-v1_5: open to padding-oracle attacks)"), this);
    m_rsa15Check->setToolTip(tr("Off by default. Only for tokens from a provider that still uses RSA1_5 (RFC 8725 "
                                "§3.2 advises against it)."));
    m_p2cSpin = makeNamed<QSpinBox>(QStringLiteral("maxP2cSpinBox"), this);
    m_p2cSpin->setRange(1, MaxP2cCap);
    m_p2cSpin->setGroupSeparatorShown(true);
    m_p2cSpin->setToolTip(tr("PBES2 tokens with more iterations (p2c) are refused before any key derivation: a "
                             "huge count would keep the computer busy for minutes."));
    m_p2cSpin->setAccessibleName(tr("Maximum PBES2 iterations"));

    auto* form = makeFieldForm(this);
    addBuddyRow(form, tr("Algorithms (alg):"), m_algButton);
    addBuddyRow(form, tr("Encryptions (enc):"), m_encButton);
    addBuddyRow(form, tr("PBES2 iterations at most:"), m_p2cSpin);
    form->addRow(m_rsa15Check);

    connect(m_rsa15Check, &QCheckBox::toggled, this, &DecryptOptionsEditor::optionsChanged);
    connect(m_p2cSpin, &QSpinBox::valueChanged, this, &DecryptOptionsEditor::optionsChanged);
    reset();
}

QToolButton* DecryptOptionsEditor::makeMenuButton(const QString& name, const QString& accessible, QMenu** menu)
{
    auto* button = makeNamed<QToolButton>(name, this);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setAccessibleName(accessible);
    *menu = new QMenu(button);
    button->setMenu(*menu);
    return button;
}

jose::JweDecryptOptions DecryptOptionsEditor::options(bool password) const
{
    jose::JweDecryptOptions o;
    for (const QAction* a : m_algMenu->actions()) {
        if (a->isChecked()) {
            o.allowedAlgorithms.append(static_cast<JweAlgorithm>(a->data().toInt()));
        }
    }
    for (const QAction* a : m_encMenu->actions()) {
        if (a->isChecked()) {
            o.allowedEncryptions.append(static_cast<JweEncryption>(a->data().toInt()));
        }
    }
    if (password && o.allowedAlgorithms.isEmpty()) {
        o.allowedAlgorithms = {JweAlgorithm::Pbes2Hs256A128KW, JweAlgorithm::Pbes2Hs384A192KW,
                               JweAlgorithm::Pbes2Hs512A256KW};
    }
    o.allowRsa1_5 = m_rsa15Check->isChecked();
    o.maxP2c = m_p2cSpin->value();
    return o;
}

void DecryptOptionsEditor::setAllowedAlgorithms(const QList<JweAlgorithm>& algorithms)
{
    for (QAction* a : m_algMenu->actions()) {
        a->setChecked(algorithms.contains(static_cast<JweAlgorithm>(a->data().toInt())));
    }
}

void DecryptOptionsEditor::setAllowedEncryptions(const QList<JweEncryption>& encryptions)
{
    for (QAction* a : m_encMenu->actions()) {
        a->setChecked(encryptions.contains(static_cast<JweEncryption>(a->data().toInt())));
    }
}

void DecryptOptionsEditor::setRsa1_5Allowed(bool allowed)
{
    m_rsa15Check->setChecked(allowed);
}

void DecryptOptionsEditor::setMaxP2c(int iterations)
{
    m_p2cSpin->setValue(iterations);
}

void DecryptOptionsEditor::reset()
{
    {
        const QSignalBlocker block(this);
        setAllowedAlgorithms({});
        setAllowedEncryptions({});
        m_rsa15Check->setChecked(false);
        m_p2cSpin->setValue(jose::JweDecryptOptions{}.maxP2c);
    }
    updateTexts();
    Q_EMIT optionsChanged();
}

QString DecryptOptionsEditor::summary() const
{
    const jose::JweDecryptOptions o = options(false);
    QStringList parts;
    parts << (o.allowedAlgorithms.isEmpty() ? tr("alg pinned by the key")
                                            : tr("%n algorithm(s)", nullptr, int(o.allowedAlgorithms.size())));
    parts << (o.allowedEncryptions.isEmpty() ? tr("every enc")
                                             : tr("%n encryption(s)", nullptr, int(o.allowedEncryptions.size())));
    parts << tr("p2c ≤ %1").arg(o.maxP2c);
    if (o.allowRsa1_5) {
        parts << tr("RSA1_5 allowed");
    }
    return parts.join(QStringLiteral(" · "));
}

void DecryptOptionsEditor::updateTexts()
{
    const auto names = [](const QMenu* menu) {
        QStringList out;
        for (const QAction* a : menu->actions()) {
            if (a->isChecked()) {
                out << a->text();
            }
        }
        return out;
    };
    const QStringList algs = names(m_algMenu);
    const QStringList encs = names(m_encMenu);
    m_algButton->setText(algs.isEmpty() ? tr("Pinned by the key") : algs.join(QStringLiteral(", ")));
    m_encButton->setText(encs.isEmpty() ? tr("All six") : encs.join(QStringLiteral(", ")));
}

} // namespace authscope
