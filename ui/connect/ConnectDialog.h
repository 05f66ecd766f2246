#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QListWidget;
class QPushButton;

namespace authscope {

class ProfileForm;
class Settings;

// File > Connect…: named connection profiles (an SQLite file or a PostgreSQL server). The settings file keeps a
// profile's location only; its password goes to the OS keychain or nowhere (then AuthScope uses libpq's own
// sources or asks when it connects, and the dialog says so). Connect saves the profile and accepts; the window then
// opens it.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    ConnectDialog(Settings& settings, const QString& currentProfile, QWidget* parent = nullptr);

    // The profile to open after exec() returned Accepted.
    [[nodiscard]] QString chosenProfile() const { return m_chosen; }

    // Saves what the form shows; false (and a message in the dialog) when the form is incomplete.
    bool saveProfile();

private:
    void reloadList(const QString& select);
    void showSelected();
    void removeSelected();
    void connectToSelected();
    void say(const QString& text, bool problem);

    Settings& m_settings;
    QListWidget* m_list = nullptr;
    ProfileForm* m_form = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_connect = nullptr;
    QString m_chosen;
};

} // namespace authscope
