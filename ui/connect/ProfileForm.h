#pragma once

#include "ui/widgets/WidgetsFwd.h"

#include <QString>
#include <QWidget>

namespace authscope {

// One connection profile being edited: its name and either an SQLite file or a PostgreSQL server (host, port,
// user, database, TLS mode), plus a password that only ever goes to the OS keychain.
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    explicit ProfileForm(QWidget* parent = nullptr);

    // Fills the form from a saved profile (location: a file or a postgresql:// URI).
    void load(const QString& name, const QString& location);
    void clear();

    [[nodiscard]] QString name() const;
    // The location the form describes, or an empty string with error() saying what is wrong.
    [[nodiscard]] QString location() const;
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool isPostgres() const;
    [[nodiscard]] QString password() const;
    [[nodiscard]] bool rememberPassword() const;
    void clearPassword();

signals:
    void edited();

private:
    void updateKind();
    void browse();

    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_database = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_note = nullptr;
    mutable QString m_error;
};

} // namespace authscope
