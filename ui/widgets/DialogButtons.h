#pragma once

#include <QDialogButtonBox>

class QDialog;

namespace authscope {

// The button row of `dialog` with `buttons`: an accepting button accepts the dialog, a rejecting one rejects it
// (accept() and reject() are virtual: a dialog that checks its fields first overrides them).
[[nodiscard]] QDialogButtonBox* makeDialogButtons(QDialogButtonBox::StandardButtons buttons, QDialog* dialog);

} // namespace authscope
