#include "ui/mainwindow/PreferencesDialog.h"

#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/history/TokenHistory.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/WidgetFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace authscope {

PreferencesDialog::PreferencesDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_originalScheme(static_cast<int>(context.settings.colorScheme()))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    Settings& s = m_context.settings;

    m_language = makeNamed<QComboBox>(QStringLiteral("languageComboBox"), this);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language())));
    m_languageNote = makeNamed<QLabel>(QStringLiteral("languageNoteLabel"),
                                       tr("A new language applies the next time AuthScope starts."), this);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_languageNote->setWordWrap(true);

    m_scheme = makeNamed<QComboBox>(QStringLiteral("colorSchemeComboBox"), this);
    m_scheme->addItem(tr("As the system"), static_cast<int>(Settings::ColorScheme::System));
    m_scheme->addItem(tr("Light"), static_cast<int>(Settings::ColorScheme::Light));
    m_scheme->addItem(tr("Dark"), static_cast<int>(Settings::ColorScheme::Dark));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(m_originalScheme)));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        applyColorScheme(static_cast<Settings::ColorScheme>(m_scheme->currentData().toInt())); // at once
    });

    auto* look = new QGroupBox(tr("Appearance"), this);
    auto* lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Language:"), m_language);
    lookForm->addRow(QString(), m_languageNote);
    lookForm->addRow(tr("&Colour scheme:"), m_scheme);

    m_refreshInterval = makeNamed<QSpinBox>(QStringLiteral("refreshIntervalSpinBox"), this);
    m_refreshInterval->setRange(Settings::MinRefreshSecs, Settings::MaxRefreshSecs);
    m_refreshInterval->setSuffix(tr(" s"));
    m_refreshInterval->setValue(s.refreshIntervalSecs());
    m_refreshInterval->setToolTip(tr("How often the Sessions and Audit log pages re-read their rows while shown; "
                                     "applied when you press OK"));
    lookForm->addRow(tr("Re&fresh lists every:"), m_refreshInterval);

    m_rememberTokens = new QCheckBox(tr("&Remember inspected tokens in this database (claims and a hash, kept %Ln "
                                        "day(s))",
                                        nullptr, int(TokenHistory::DefaultRetentionMs / (24 * 3600 * 1000))),
                                     this);
    m_rememberTokens->setObjectName(QStringLiteral("rememberTokensCheckBox"));
    m_rememberTokens->setChecked(TokenHistory(m_context.database).rememberTokens().value_or(false));
    auto* tokens = new QGroupBox(tr("Tokens"), this);
    auto* tokensLayout = new QVBoxLayout(tokens);
    tokensLayout->addWidget(m_rememberTokens);

    m_serverAddress = makeNamed<QLineEdit>(QStringLiteral("serverAddressLineEdit"), s.serverAddress(), this);
    m_serverPort = makeNamed<QSpinBox>(QStringLiteral("serverPortSpinBox"), this);
    m_serverPort->setRange(0, 65535);
    m_serverPort->setSpecialValueText(tr("any free port"));
    m_serverPort->setValue(s.serverPort());
    m_tokenLifetime = makeNamed<QSpinBox>(QStringLiteral("tokenLifetimeSpinBox"), this);
    m_tokenLifetime->setRange(10, 24 * 3600);
    m_tokenLifetime->setSuffix(tr(" s"));
    m_tokenLifetime->setValue(s.serverTokenLifetime());
    m_denyList = makeNamed<QCheckBox>(QStringLiteral("denyListCheckBox"), tr("Check the JWT &deny-list"), this);
    m_denyList->setChecked(s.serverDenyList());
    auto* server = new QGroupBox(tr("Test server (used the next time it starts)"), this);
    auto* serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Address:"), m_serverAddress);
    serverForm->addRow(tr("&Port:"), m_serverPort);
    serverForm->addRow(tr("Token &lifetime:"), m_tokenLifetime);
    serverForm->addRow(QString(), m_denyList);

    m_labQuick = makeNamed<QCheckBox>(QStringLiteral("labQuickCheckBox"),
                                      tr("&Quick runs (a few seconds each; untick for the full measurements)"), this);
    m_labQuick->setChecked(s.labQuick());
    auto* lab = new QGroupBox(tr("Lab"), this);
    auto* labLayout = new QVBoxLayout(lab);
    labLayout->addWidget(m_labQuick);

    auto* buttons = makeDialogButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(look);
    layout->addWidget(tokens);
    layout->addWidget(server);
    layout->addWidget(lab);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    Settings& s = m_context.settings;
    s.setLanguage(m_language->currentData().toString());
    s.setColorScheme(static_cast<Settings::ColorScheme>(m_scheme->currentData().toInt()));
    s.setServerAddress(m_serverAddress->text().trimmed());
    s.setServerPort(m_serverPort->value());
    s.setServerTokenLifetime(m_tokenLifetime->value());
    s.setServerDenyList(m_denyList->isChecked());
    s.setLabQuick(m_labQuick->isChecked());
    s.setRefreshIntervalSecs(m_refreshInterval->value());
    s.sync();
    TokenHistory history(m_context.database, m_context.clock, TokenHistory::DefaultCapacity, &m_context.audit);
    if (history.rememberTokens().value_or(false) != m_rememberTokens->isChecked()) {
        // The switch is audited with its change (A-SAME-TX): a refusal leaves it as it was, and says why.
        if (auto ok = history.setRememberTokens(m_rememberTokens->isChecked()); !ok) {
            QMessageBox::warning(this, tr("Preferences"),
                                 tr("The token history setting was not changed: %1").arg(ok.error().message));
            return;
        }
    }
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    applyColorScheme(static_cast<Settings::ColorScheme>(m_originalScheme));
    QDialog::reject();
}

} // namespace authscope
