#include "ui/keys/KeyVaultBar.h"

#include "core/keys/KeyVault.h"
#include "ui/keys/KeysPage.h"
#include "ui/keys/PassphraseDialog.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace authscope {

// The texts are KeysPage's: they were written there, and their translations are filed under it.

KeyVaultBar::KeyVaultBar(KeyVault& vault, QWidget* parent) : QWidget(parent), m_vault(vault)
{
    m_lockButton = makeButton(KeysPage::tr("&Unlock…"), QStringLiteral("lockButton"), this);
    m_passphraseButton = makeButton(KeysPage::tr("Cha&nge passphrase…"), QStringLiteral("passphraseButton"), this,
                                    KeysPage::tr("Re-encrypt the data key under a new passphrase"));
    m_label = makeWrappedLabel(QStringLiteral("vaultLabel"), this);

    auto* layout = makeMarginless<QHBoxLayout>(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_lockButton);
    layout->addWidget(m_passphraseButton);
    setTabOrder(m_lockButton, m_passphraseButton);

    connect(m_lockButton, &QPushButton::clicked, this, &KeyVaultBar::toggleLock);
    connect(m_passphraseButton, &QPushButton::clicked, this, &KeyVaultBar::changePassphrase);
    connect(&m_vault, &KeyVault::unlocked, this, &KeyVaultBar::updateState);
    connect(&m_vault, &KeyVault::locked, this, &KeyVaultBar::updateState);
}

void KeyVaultBar::setNotes(const QString& notes)
{
    m_label->setToolTip(notes);
}

void KeyVaultBar::updateState()
{
    auto info = m_vault.info();
    const bool initialised = info && info->initialised;
    if (m_vault.isUnlocked()) {
        m_label->setText(KeysPage::tr("Key store unlocked for this run: private keys can sign and be exported."));
        m_lockButton->setText(KeysPage::tr("&Lock"));
        m_lockButton->setToolTip(KeysPage::tr("Forget the data key until the passphrase is given again"));
    } else {
        m_label->setText(initialised
                             ? KeysPage::tr("Key store locked: reading needs no passphrase; it is asked for the first "
                                            "action that needs a private key.")
                             : KeysPage::tr("No passphrase set yet: the first key you generate or import sets it."));
        m_lockButton->setText(KeysPage::tr("&Unlock…"));
        m_lockButton->setToolTip(KeysPage::tr("Enter the passphrase now"));
    }
    m_lockButton->setEnabled(initialised);
    m_passphraseButton->setEnabled(initialised);
}

bool KeyVaultBar::ensureUnlocked()
{
    if (m_vault.isUnlocked()) {
        return true;
    }
    auto initialised = m_vault.isInitialised();
    if (!initialised) {
        const QString what = KeysPage::tr("Key store");
        QMessageBox::warning(this, what, initialised.error().message);
        Q_EMIT statusMessage(what + QStringLiteral(": ") + initialised.error().message);
        return false;
    }
    PassphraseDialog dialog(*initialised ? PassphraseDialog::Mode::Unlock : PassphraseDialog::Mode::Create, this);
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto done = *initialised ? m_vault.unlock(dialog.passphrase()) : m_vault.initialise(dialog.passphrase());
        QApplication::restoreOverrideCursor();
        if (done) {
            return true;
        }
        dialog.showError(done.error().message);
    }
    return false;
}

void KeyVaultBar::toggleLock()
{
    if (m_vault.isUnlocked()) {
        m_vault.lock();
        Q_EMIT statusMessage(KeysPage::tr("Key store locked"));
        return;
    }
    if (ensureUnlocked()) {
        Q_EMIT statusMessage(KeysPage::tr("Key store unlocked for this run"));
    }
}

void KeyVaultBar::changePassphrase()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Change, this);
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto done = m_vault.changePassphrase(dialog.currentPassphrase(), dialog.passphrase());
        QApplication::restoreOverrideCursor();
        if (done) {
            Q_EMIT statusMessage(KeysPage::tr("Passphrase changed; the keys were not touched"));
            return;
        }
        dialog.showError(done.error().message);
    }
}

} // namespace authscope
