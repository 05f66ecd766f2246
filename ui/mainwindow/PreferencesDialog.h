#pragma once

#include "ui/mainwindow/AppContext.h"
#include "ui/widgets/WidgetsFwd.h"

#include <QDialog>

namespace authscope {

// One place for the console's preferences: language (on the next start, and it says so), colour scheme (at once),
// how often the Sessions and Audit log pages refresh (when OK is pressed), token history for this database
// (D-TOKEN-HISTORY), the test server's defaults and the Lab's run length. OK keeps the changes; Cancel puts the
// colour scheme back as it was.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(const AppContext& context, QWidget* parent = nullptr);

    void accept() override;
    void reject() override;

private:
    AppContext m_context;
    int m_originalScheme = 0;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QComboBox* m_scheme = nullptr;
    QSpinBox* m_refreshInterval = nullptr;
    QCheckBox* m_rememberTokens = nullptr;
    QLineEdit* m_serverAddress = nullptr;
    QSpinBox* m_serverPort = nullptr;
    QSpinBox* m_tokenLifetime = nullptr;
    QCheckBox* m_denyList = nullptr;
    QCheckBox* m_labQuick = nullptr;
};

} // namespace authscope
