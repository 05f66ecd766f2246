#include "ui/widgets/DialogButtons.h"

#include <QDialog>

namespace authscope {

QDialogButtonBox* makeDialogButtons(QDialogButtonBox::StandardButtons buttons, QDialog* dialog)
{
    auto* box = new QDialogButtonBox(buttons, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace authscope
