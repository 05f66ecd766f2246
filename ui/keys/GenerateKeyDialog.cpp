#include "ui/keys/GenerateKeyDialog.h"

#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include "core/keys/EncryptionKeys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace authscope {

namespace {

struct Choice
{
    const char* label;
    const char* kty;
    const char* alg;
    const char* curve;
    int bits;
};

// Algorithm and key names are not translated; the labels with words ("recommended", "never published") are.
constexpr Choice kSigning[] = {
    {QT_TRANSLATE_NOOP("authscope::GenerateKeyDialog", "ES256 — ECDSA P-256 (recommended)"), "EC", "ES256", "P-256", 0},
    {"ES384 — ECDSA P-384", "EC", "ES384", "P-384", 0},
    {"ES512 — ECDSA P-521", "EC", "ES512", "P-521", 0},
    {"EdDSA — Ed25519", "OKP", "EdDSA", "Ed25519", 0},
    {"EdDSA — Ed448", "OKP", "EdDSA", "Ed448", 0},
    {"RS256 — RSA 2048", "RSA", "RS256", "", 2048},
    {"RS256 — RSA 3072", "RSA", "RS256", "", 3072},
    {"PS256 — RSA-PSS 3072", "RSA", "PS256", "", 3072},
    {"RS512 — RSA 4096", "RSA", "RS512", "", 4096},
    {QT_TRANSLATE_NOOP("authscope::GenerateKeyDialog", "HS256 — HMAC secret, 256 bits (never published)"), "oct",
     "HS256", "", 256},
    {QT_TRANSLATE_NOOP("authscope::GenerateKeyDialog", "HS512 — HMAC secret, 512 bits (never published)"), "oct",
     "HS512", "", 512},
};

// JWE key management (RFC 7518 §4). RSA1_5 and PBES2 are not offered: the store refuses them (E-RSA15-OFF).
constexpr Choice kEncryption[] = {
    {QT_TRANSLATE_NOOP("authscope::GenerateKeyDialog", "ECDH-ES+A256KW — P-256 (recommended)"), "EC", "ECDH-ES+A256KW",
     "P-256", 0},
    {"ECDH-ES+A256KW — X25519", "OKP", "ECDH-ES+A256KW", "X25519", 0},
    {"ECDH-ES+A256KW — P-384", "EC", "ECDH-ES+A256KW", "P-384", 0},
    {QT_TRANSLATE_NOOP("authscope::GenerateKeyDialog", "ECDH-ES — P-256 (direct key agreement)"), "EC", "ECDH-ES",
     "P-256", 0},
    {"RSA-OAEP-256 — RSA 2048", "RSA", "RSA-OAEP-256", "", 2048},
    {"RSA-OAEP-256 — RSA 3072", "RSA", "RSA-OAEP-256", "", 3072},
    {QT_TRANSLATE_NOOP("authscope::GenerateKeyDialog", "A256KW — AES key wrap secret, 256 bits (never published)"),
     "oct", "A256KW", "", 256},
    {QT_TRANSLATE_NOOP("authscope::GenerateKeyDialog", "dir — A256GCM content key, 256 bits (never published)"), "oct",
     "dir", "", 256},
};

} // namespace

GenerateKeyDialog::GenerateKeyDialog(const QStringList& purposes, const QStringList& withActiveKey,
                                     const QString& initialPurpose, QWidget* parent)
    : QDialog(parent), m_purposes(purposes), m_withActiveKey(withActiveKey)
{
    setObjectName(QStringLiteral("generateKeyDialog"));
    m_use = makeNamed<QComboBox>(QStringLiteral("useComboBox"), this);
    m_use->addItem(tr("Signing — signs the tokens this server issues"), static_cast<int>(Use::Signing));
    m_use->addItem(tr("Encryption — decrypts tokens others encrypt to us (JWE)"), static_cast<int>(Use::Encryption));
    m_algorithm = makeNamed<QComboBox>(QStringLiteral("algorithmComboBox"), this);
    m_state = makeNamed<QComboBox>(QStringLiteral("stateComboBox"), this);
    m_purpose = makeNamed<QComboBox>(QStringLiteral("purposeComboBox"), this);
    m_purpose->setEditable(true);
    m_note = makeWrappedLabel(QStringLiteral("generateNoteLabel"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Use:"), m_use);
    form->addRow(tr("&Algorithm:"), m_algorithm);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Purpose:"), m_purpose);
    auto* buttons = makeDialogButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(m_use, &QComboBox::currentIndexChanged, this, &GenerateKeyDialog::fillForUse);
    // Typing the encryption purpose by hand means an encryption key.
    connect(m_purpose, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (EncryptionKeys::isEncryptionPurpose(text.trimmed()) && use() == Use::Signing) {
            setUse(Use::Encryption);
            return;
        }
        chooseStateFor(text.trimmed());
    });
    const bool encryption = EncryptionKeys::isEncryptionPurpose(initialPurpose);
    m_use->setCurrentIndex(encryption ? 1 : 0);
    fillForUse();
    if (!encryption && !initialPurpose.isEmpty()) {
        m_purpose->setCurrentText(initialPurpose);
    }
}

GenerateKeyDialog::Use GenerateKeyDialog::use() const
{
    return static_cast<Use>(m_use->currentData().toInt());
}

void GenerateKeyDialog::setUse(Use use)
{
    m_use->setCurrentIndex(m_use->findData(static_cast<int>(use)));
}

void GenerateKeyDialog::fillForUse()
{
    const bool encryption = use() == Use::Encryption;
    setWindowTitle(encryption ? tr("Generate an encryption key") : tr("Generate a signing key"));
    m_algorithm->clear();
    const auto add = [this](const auto& choices) {
        for (int i = 0; i < int(std::size(choices)); ++i) {
            m_algorithm->addItem(tr(choices[i].label), i);
        }
    };
    if (encryption) {
        add(kEncryption);
    } else {
        add(kSigning);
    }
    m_state->clear();
    if (encryption) {
        m_state->addItem(tr("next — decrypts now, senders encrypt to it from the next rotation"),
                         static_cast<int>(KeyState::Next));
        m_state->addItem(tr("active — the key senders encrypt to, at once"), static_cast<int>(KeyState::Active));
    } else {
        m_state->addItem(tr("next — published now, signs from the next rotation"), static_cast<int>(KeyState::Next));
        m_state->addItem(tr("active — signs at once"), static_cast<int>(KeyState::Active));
    }
    {
        const QSignalBlocker quiet(m_purpose);
        m_purpose->clear();
        if (encryption) {
            m_purpose->addItem(EncryptionKeys::Purpose);
        } else {
            QStringList signing = m_purposes;
            signing.removeAll(EncryptionKeys::Purpose);
            if (signing.isEmpty()) {
                signing << KeyStore::DefaultPurpose;
            }
            m_purpose->addItems(signing);
        }
    }
    m_purpose->setEnabled(!encryption);
    chooseStateFor(m_purpose->currentText().trimmed());
    m_note->setText(encryption ? tr("The private key is encrypted with the key store passphrase before it is written. "
                                    "Its public half is published in the JWKS with use \"enc\" for senders to "
                                    "encrypt to; it never signs.")
                               : tr("The private key is encrypted with the key store passphrase before it is "
                                    "written. RSA keys take a moment to generate."));
}

void GenerateKeyDialog::chooseStateFor(const QString& purpose)
{
    // The first key of a purpose signs (or is encrypted to) at once; another one waits for the rotation.
    m_state->setCurrentIndex(m_withActiveKey.contains(purpose) ? 0 : 1);
}

KeyStore::GenerateRequest GenerateKeyDialog::request() const
{
    const bool encryption = use() == Use::Encryption;
    const Choice& c =
        encryption ? kEncryption[m_algorithm->currentData().toInt()] : kSigning[m_algorithm->currentData().toInt()];
    KeyStore::GenerateRequest r;
    r.kty = QString::fromLatin1(c.kty);
    r.alg = QString::fromLatin1(c.alg);
    r.curve = QString::fromLatin1(c.curve);
    r.bits = c.bits;
    r.state = static_cast<KeyState>(m_state->currentData().toInt());
    r.purpose = encryption ? EncryptionKeys::Purpose : m_purpose->currentText().trimmed();
    return r;
}

} // namespace authscope
