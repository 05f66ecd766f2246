#pragma once

#include <QDialog>

namespace authscope {

// Help > About: what AuthScope is, its licence, and the versions of Qt, OpenSSL and SQLite in use.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const QString& databasePath, QWidget* parent = nullptr);
};

} // namespace authscope
