#include "ui/issuers/IssuerVault.h"

#include "core/keys/KeyVault.h"
#include "ui/keys/PassphraseDialog.h"

#include <QApplication>
#include <QCoreApplication>

namespace authscope {

bool IssuerVault::ensureUnlocked(KeyVault* vault, QWidget* parent, QString* why)
{
    if (vault == nullptr) {
        *why = QCoreApplication::translate("IssuersPage", "No key vault is open: a client secret cannot be sealed.");
        return false;
    }
    if (vault->isUnlocked()) {
        return true;
    }
    auto initialised = vault->isInitialised();
    if (!initialised) {
        *why = initialised.error().message;
        return false;
    }
    PassphraseDialog dialog(*initialised ? PassphraseDialog::Mode::Unlock : PassphraseDialog::Mode::Create, parent);
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto done = *initialised ? vault->unlock(dialog.passphrase()) : vault->initialise(dialog.passphrase());
        QApplication::restoreOverrideCursor();
        if (done) {
            return true;
        }
        dialog.showError(done.error().message);
    }
    *why = QCoreApplication::translate("IssuersPage",
                                       "The key store stayed locked: the client secret is sealed with the private "
                                       "keys and needs its passphrase.");
    return false;
}

} // namespace authscope
