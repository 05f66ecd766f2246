#include "ui/mainwindow/AboutDialog.h"

#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/WidgetFactory.h"

#include "core/common/Version.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace authscope {

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About AuthScope"));
    const VersionInfo v = versionInfo();

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/authscope.svg")).pixmap(64, 64));

    auto* heading = new QLabel(tr("<h2>AuthScope %1</h2>").arg(v.authscope), this);
    auto* blurb = new QLabel(tr("A desktop console for the people who run authentication: see and revoke "
                                "sessions, read and verify JWTs, rotate signing keys, and measure the "
                                "session-versus-JWT trade-off on your own machine."),
                             this);
    blurb->setWordWrap(true);

    auto* versions = new QFormLayout;
    auto addRow = [this, versions](const QString& label, const QString& value, const QString& name) {
        auto* l = makeNamed<QLabel>(name, value, this);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        versions->addRow(label, l);
    };
    addRow(tr("Qt:"), tr("%1 (built with %2)").arg(v.qtRuntime, v.qtBuild), QStringLiteral("qtVersionLabel"));
    addRow(tr("OpenSSL:"), v.openssl, QStringLiteral("opensslVersionLabel"));
    addRow(tr("SQLite:"), v.sqlite, QStringLiteral("sqliteVersionLabel"));
    addRow(tr("Database:"), QDir::toNativeSeparators(databasePath), QStringLiteral("databasePathLabel"));
    addRow(tr("Licence:"), tr("MIT License"), QStringLiteral("licenseLabel"));

    auto* buttons = makeDialogButtons(QDialogButtonBox::Close, this);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(blurb);
    text->addLayout(versions);
    top->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace authscope
