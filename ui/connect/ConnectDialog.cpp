#include "ui/connect/ConnectDialog.h"

#include "core/common/DisplayText.h"
#include "core/common/Settings.h"
#include "core/storage/PostgresUrl.h"
#include "core/storage/ProfilePasswords.h"
#include "ui/connect/ProfileForm.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace authscope {

ConnectDialog::ConnectDialog(Settings& settings, const QString& currentProfile, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Connect to a database"));
    setObjectName(QStringLiteral("connectDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    layout->addLayout(row, 1);

    auto* left = new QVBoxLayout;
    auto* listLabel = new QLabel(tr("&Profiles"), this);
    m_list = makeNamed<QListWidget>(QStringLiteral("profileList"), this);
    m_list->setMinimumWidth(160);
    listLabel->setBuddy(m_list);
    auto* add = makeButton(tr("&New profile"), QStringLiteral("newProfileButton"), this);
    m_remove = makeNamed<QPushButton>(QStringLiteral("deleteProfileButton"),
                                      QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete profile"), this);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(add);
    left->addWidget(m_remove);
    row->addLayout(left);

    m_form = new ProfileForm(this);
    row->addWidget(m_form, 1);

    m_message = makeWrappedLabel(QStringLiteral("connectMessage"), this);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("saveProfileButton"));
    m_connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectDialog::showSelected);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_form->clear();
        say(tr("A new profile: fill in the form and save it."), false);
    });
    connect(m_remove, &QPushButton::clicked, this, &ConnectDialog::removeSelected);
    connect(save, &QPushButton::clicked, this, [this] { saveProfile(); });
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reloadList(currentProfile.isEmpty() ? m_settings.lastProfile() : currentProfile);
    resize(720, 460);
}

void ConnectDialog::reloadList(const QString& select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    int selectRow = -1;
    for (const QString& name : m_settings.profileNames()) {
        const QString location = m_settings.profileLocation(name);
        auto* item = new QListWidgetItem(DisplayText::escape(name), m_list);
        item->setData(Qt::UserRole, name);
        item->setToolTip(DisplayText::escape(location));
        if (name == select) {
            selectRow = m_list->count() - 1;
        }
    }
    m_list->setCurrentRow(selectRow >= 0 ? selectRow : (m_list->count() > 0 ? 0 : -1));
    showSelected();
}

void ConnectDialog::showSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    m_remove->setEnabled(item != nullptr);
    if (item == nullptr) {
        m_form->clear();
        say(m_list->count() == 0 ? tr("No profiles yet: describe a database and save it.") : QString(), false);
        return;
    }
    const QString name = item->data(Qt::UserRole).toString();
    m_form->load(name, m_settings.profileLocation(name));
    say(QString(), false);
}

bool ConnectDialog::saveProfile()
{
    const QString location = m_form->location();
    if (location.isEmpty()) {
        say(m_form->error(), true);
        return false;
    }
    const QString name = m_form->name();
    m_settings.setProfile(name, location);
    m_settings.sync();
    QString note = tr("Saved %1.").arg(DisplayText::escape(name));
    const QString password = m_form->password();
    if (m_form->isPostgres() && !password.isEmpty()) {
        if (m_form->rememberPassword()) {
            auto stored = ProfilePasswords::write(name, password);
            note += QLatin1Char(' ') + (stored ? tr("The password is in the system keychain.")
                                               : tr("The password was not saved: %1 AuthScope will use "
                                                    "PostgreSQL's own sources (PGPASSWORD, ~/.pgpass) or ask "
                                                    "when it connects.")
                                                     .arg(stored.error().message));
        } else {
            note += QLatin1Char(' ') + tr("The password was not saved: AuthScope will ask when it connects.");
        }
    }
    m_form->clearPassword();
    reloadList(name);
    say(note, false);
    return true;
}

void ConnectDialog::removeSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    const QString name = item->data(Qt::UserRole).toString();
    if (!askYesNo(this, tr("Delete profile"),
                  tr("Delete the profile %1 and its saved password? The database itself is not touched.")
                      .arg(DisplayText::escape(name)))) {
        return;
    }
    m_settings.removeProfile(name);
    m_settings.sync();
    auto removed = ProfilePasswords::remove(name); // no keychain, no entry: nothing else to do
    reloadList(QString());
    say(tr("Deleted %1.").arg(DisplayText::escape(name)) +
            (removed ? QString()
                     : QLatin1Char(' ') + tr("(No keychain entry was removed: %1)").arg(removed.error().message)),
        false);
}

void ConnectDialog::connectToSelected()
{
    if (!saveProfile()) {
        return;
    }
    m_chosen = m_form->name();
    accept();
}

void ConnectDialog::say(const QString& text, bool problem)
{
    m_message->setText(text);
    QPalette p = palette();
    if (problem) {
        p.setColor(QPalette::WindowText, statusColor(StatusColor::Bad));
    }
    m_message->setPalette(p);
}

} // namespace authscope
