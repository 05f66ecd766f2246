#include "ui/keys/GenerateKeyDialog.h"

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

// The label is shown as is: algorithm and key names are not translated.
constexpr Choice kChoices[] = {
    {"ES256 — ECDSA P-256 (recommended)", "EC", "ES256", "P-256", 0},
    {"ES384 — ECDSA P-384", "EC", "ES384", "P-384", 0},
    {"ES512 — ECDSA P-521", "EC", "ES512", "P-521", 0},
    {"EdDSA — Ed25519", "OKP", "EdDSA", "Ed25519", 0},
    {"EdDSA — Ed448", "OKP", "EdDSA", "Ed448", 0},
    {"RS256 — RSA 2048", "RSA", "RS256", "", 2048},
    {"RS256 — RSA 3072", "RSA", "RS256", "", 3072},
    {"PS256 — RSA-PSS 3072", "RSA", "PS256", "", 3072},
    {"RS512 — RSA 4096", "RSA", "RS512", "", 4096},
    {"HS256 — HMAC secret, 256 bits (never published)", "oct", "HS256", "", 256},
    {"HS512 — HMAC secret, 512 bits (never published)", "oct", "HS512", "", 512},
};

} // namespace

GenerateKeyDialog::GenerateKeyDialog(const QStringList& purposes, bool hasActive, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("generateKeyDialog"));
    setWindowTitle(tr("Generate a signing key"));
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("algorithmComboBox"));
    for (int i = 0; i < int(std::size(kChoices)); ++i) {
        m_algorithm->addItem(QString::fromUtf8(kChoices[i].label), i);
    }
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateComboBox"));
    m_state->addItem(tr("next — published now, signs from the next rotation"), static_cast<int>(KeyState::Next));
    m_state->addItem(tr("active — signs at once"), static_cast<int>(KeyState::Active));
    m_state->setCurrentIndex(hasActive ? 0 : 1);
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("purposeComboBox"));
    m_purpose->setEditable(true);
    m_purpose->addItems(purposes);
    auto* note = new QLabel(tr("The private key is encrypted with the key store passphrase before it is written. "
                               "RSA keys take a moment to generate."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Algorithm:"), m_algorithm);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Purpose:"), m_purpose);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

KeyStore::GenerateRequest GenerateKeyDialog::request() const
{
    const Choice& c = kChoices[m_algorithm->currentData().toInt()];
    KeyStore::GenerateRequest r;
    r.kty = QString::fromLatin1(c.kty);
    r.alg = QString::fromLatin1(c.alg);
    r.curve = QString::fromLatin1(c.curve);
    r.bits = c.bits;
    r.state = static_cast<KeyState>(m_state->currentData().toInt());
    r.purpose = m_purpose->currentText().trimmed();
    return r;
}

} // namespace authscope
