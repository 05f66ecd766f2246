#include "ui/server/ServerPage.h"

#include "core/common/Settings.h"
#include "core/keys/KeyVault.h"
#include "core/server/TestServer.h"
#include "core/services/Services.h"
#include "ui/keys/PassphraseDialog.h"
#include "ui/server/BackchannelPanel.h"
#include "ui/server/CurlCommands.h"
#include "ui/server/RequestDetailPane.h"
#include "ui/server/RequestLogModel.h"
#include "ui/server/RevocationRaceView.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace authscope {

ServerPage::ServerPage(const AppContext& context, QWidget* parent)
    : Page(QStringLiteral("server"), parent), m_context(context),
      m_server(std::make_unique<TestServer>(context.database, context.audit))
{
    if (m_context.keyStore == nullptr && m_context.keyVault != nullptr) {
        m_ownServices =
            std::make_unique<Services>(m_context.database, m_context.audit, m_context.keyVault, m_context.clock);
        m_context.keyStore = *m_ownServices->keyStore();
    }
    // The login endpoints: JWT logins sign with the shared key store (none without a vault: cookie logins only).
    m_server->addRouteFactory(Services::authRoutes(m_context.keyStore));
    m_server->setRecordDetails(true); // the request log's detail pane (masked, in memory only)
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Test server"));

    QWidget* serverBox = buildServerBox();
    buildTabs();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addWidget(m_tabs, 1);

    // Reading order: the settings form, its buttons, then the tabs and what the shown tab holds.
    QWidget* order[] = {m_address, m_port, m_lifetime, m_denyList, m_tls,   m_cors, m_startStop,
                        m_copyUrl, m_tabs, m_pause,    m_clear,    m_table, m_curl, m_copyCurl};
    for (std::size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }

    connectSignals();
    updateState();
    updateStats();
}

// Where and how the server listens.
QLayout* ServerPage::buildSettingsForm()
{
    Settings& settings = m_context.settings;

    m_address = makeNamed<QComboBox>(QStringLiteral("addressComboBox"), this);
    m_address->addItem(tr("127.0.0.1 — this machine only (IPv4)"), QStringLiteral("127.0.0.1"));
    m_address->addItem(tr("::1 — this machine only (IPv6)"), QStringLiteral("::1"));
    m_address->addItem(tr("0.0.0.0 — every network interface"), QStringLiteral("0.0.0.0"));
    m_address->setCurrentIndex(std::max(0, m_address->findData(settings.serverAddress())));
    m_address->setAccessibleName(tr("Listen address"));

    m_port = makeNamed<QSpinBox>(QStringLiteral("portSpinBox"), this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(settings.serverPort());
    m_port->setAccessibleName(tr("Port"));

    m_lifetime = makeNamed<QSpinBox>(QStringLiteral("tokenLifetimeSpinBox"), this);
    m_lifetime->setRange(10, 7 * 24 * 3600);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setValue(settings.serverTokenLifetime());
    m_lifetime->setToolTip(tr("How long an access token the server issues stays valid"));
    m_lifetime->setAccessibleName(tr("Access token lifetime"));

    m_denyList = makeNamed<QCheckBox>(QStringLiteral("denyListCheckBox"), tr("Check the JWT &deny-list"), this);
    m_denyList->setChecked(settings.serverDenyList());
    m_denyList->setToolTip(tr("On: a logged-out or revoked JWT fails at once. Off: it stays valid until it "
                              "expires, as with a stateless JWT."));

    m_tls = makeNamed<QCheckBox>(QStringLiteral("tlsCheckBox"),
                                 tr("Serve HTTPS (self-signed certificate made at start)"), this);
    m_tls->setToolTip(tr("With TLS the session cookie gets Secure and the __Host- prefix. Clients must accept the "
                         "self-signed certificate (curl -k); its SHA-256 fingerprint is shown once it runs."));

    m_cors = makeNamed<QLineEdit>(QStringLiteral("corsLineEdit"), this);
    m_cors->setPlaceholderText(tr("e.g. http://localhost:3000 (empty: no cross-origin calls)"));
    m_cors->setText(settings.serverCorsOrigin());
    m_cors->setAccessibleName(tr("Allowed cross-origin origin"));

    m_cors->setMinimumWidth(340);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Token &lifetime:"), m_lifetime);
    form->addRow(QString(), m_denyList);
    form->addRow(QString(), m_tls);
    form->addRow(tr("&CORS origin:"), m_cors);
    return form;
}

// The settings, the buttons that start the server and copy its address, and what it exposes.
QWidget* ServerPage::buildServerBox()
{
    QLayout* form = buildSettingsForm();
    m_startStop = makeNamed<QPushButton>(QStringLiteral("startStopButton"), this);
    m_startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_copyUrl = makeButton(tr("Copy &URL"), QStringLiteral("copyUrlButton"), this);
    m_status = makeNamed<QLabel>(QStringLiteral("serverStatusLabel"), this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exposure = makeWrappedLabel(QStringLiteral("exposureLabel"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startStop);
    buttons->addWidget(m_copyUrl);
    buttons->addWidget(m_status, 1);

    auto* serverBox = new QGroupBox(tr("Server"), this);
    auto* serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addLayout(form);
    serverLayout->addLayout(buttons);
    serverLayout->addWidget(m_exposure);
    return serverBox;
}

QWidget* ServerPage::buildLogTab()
{
    m_log = new RequestLogModel(5000, this);
    m_table = makeRecordTable(QStringLiteral("requestLogTableView"), m_log, tr("Request log"), this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setRowPadding(m_table, 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    using Column = RequestLogModel::Column;
    setColumnWidths<Column>(m_table,
                            {{Column::Time, 110}, {Column::Method, 70}, {Column::Path, 220}, {Column::Status, 60}});

    m_stats = makeNamed<QLabel>(QStringLiteral("statsLabel"), this);
    m_pause = makeButton(tr("Paus&e"), QStringLiteral("pauseButton"), this);
    m_pause->setCheckable(true);
    m_clear = makeButton(tr("Clea&r"), QStringLiteral("clearButton"), this);
    auto* logBar = new QHBoxLayout;
    logBar->addWidget(m_stats, 1);
    logBar->addWidget(m_pause);
    logBar->addWidget(m_clear);
    // The selected request in detail, under the log; the splitter lets the log take the room when wanted.
    m_detail = new RequestDetailPane(this);
    auto* split = makeNamed<QSplitter>(QStringLiteral("requestLogSplitter"), Qt::Vertical, this);
    split->setChildrenCollapsible(true);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* logTab = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logTab);
    logLayout->addLayout(logBar);
    logLayout->addWidget(split, 1);
    return logTab;
}

QWidget* ServerPage::buildCurlTab()
{
    m_curl = makeNamed<QPlainTextEdit>(QStringLiteral("curlTextEdit"), this);
    m_curl->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_curl->setFont(mono);
    m_curl->setAccessibleName(tr("curl commands"));
    m_copyCurl = makeButton(tr("C&opy all"), QStringLiteral("copyCurlButton"), this);
    auto* curlTab = new QWidget(this);
    auto* curlLayout = new QVBoxLayout(curlTab);
    curlLayout->addWidget(m_curl, 1);
    curlLayout->addWidget(m_copyCurl, 0, Qt::AlignRight);
    return curlTab;
}

void ServerPage::buildTabs()
{
    QWidget* logTab = buildLogTab();
    QWidget* curlTab = buildCurlTab();
    m_tabs = makeNamed<QTabWidget>(QStringLiteral("serverTabWidget"), this);
    m_tabs->addTab(logTab, tr("Re&quest log"));
    m_tabs->addTab(curlTab, tr("curl co&mmands"));
    m_race = new RevocationRaceView(this);
    connect(m_race, &RevocationRaceView::statusMessage, this, &Page::statusMessage);
    m_tabs->addTab(m_race, tr("Revocatio&n race"));
    // Back-channel logout, both directions: its route groups, RP URIs and trace (B-TRACE).
    m_backchannel = new BackchannelPanel(m_context.keyStore, *m_server, this);
    m_tabs->addTab(m_backchannel, tr("Bac&k-channel logout"));
}

void ServerPage::connectSignals()
{
    connect(m_startStop, &QPushButton::clicked, this, &ServerPage::toggleServer);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_server->baseUrl());
        Q_EMIT statusMessage(tr("Copied %1").arg(m_server->baseUrl()));
    });
    connect(m_copyCurl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_curl->toPlainText()); });
    connect(m_pause, &QPushButton::toggled, m_log, &RequestLogModel::setPaused);
    connect(m_clear, &QPushButton::clicked, m_log, &RequestLogModel::clear);
    connect(m_log, &RequestLogModel::statsChanged, this, &ServerPage::updateStats);
    connect(m_server.get(), &TestServer::requestServed, m_log, &RequestLogModel::append, Qt::QueuedConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_detail->showEntry(m_log->entryAt(current.row())); });
    connect(m_log, &QAbstractItemModel::modelReset, this, [this] { m_detail->showEntry(nullptr); });
    connect(m_detail, &RequestDetailPane::tokenOpenRequested, this, &Page::tokenOpenRequested);
    connect(m_address, &QComboBox::currentIndexChanged, this, &ServerPage::updateState);
    connect(m_tls, &QCheckBox::toggled, this, &ServerPage::updateState);
}

ServerPage::~ServerPage() = default;

void ServerPage::toggleServer()
{
    if (m_server->isRunning()) {
        stopServer();
    } else {
        startServer();
    }
}

void ServerPage::startServer()
{
    if (m_server->isRunning()) {
        return;
    }
    ServerConfig config;
    config.address = QHostAddress(m_address->currentData().toString());
    config.port = static_cast<quint16>(m_port->value());
    config.accessTokenLifetimeSecs = m_lifetime->value();
    config.denyListEnabled = m_denyList->isChecked();
    config.corsOrigin = m_cors->text().trimmed();
    config.tls = m_tls->isChecked();
    config.backchannelLogoutUris = m_backchannel->uris();
    saveSettings();
    unlockKeysIfNeeded();
    auto started = m_server->start(config);
    if (!started) {
        m_status->setText(tr("Not running: %1").arg(started.error().message));
        Q_EMIT statusMessage(started.error().message);
        updateState();
        return;
    }
    Q_EMIT statusMessage(tr("Test server listening on %1").arg(m_server->baseUrl()));
    updateState();
}

void ServerPage::stopServer()
{
    m_server->stop();
    Q_EMIT statusMessage(tr("Test server stopped"));
    updateState();
}

void ServerPage::unlockKeysIfNeeded()
{
    KeyVault* vault = m_context.keyVault;
    if (vault == nullptr || vault->isUnlocked()) {
        return;
    }
    auto initialised = vault->isInitialised();
    if (!initialised || !*initialised) {
        Q_EMIT statusMessage(tr("No signing keys yet: JWT logins are off until you generate one on the Keys page."));
        return;
    }
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto unlocked = vault->unlock(dialog.passphrase());
        if (unlocked) {
            return;
        }
        dialog.showError(unlocked.error().message);
    }
    Q_EMIT statusMessage(tr("Key store locked: the server answers cookie logins, but cannot sign JWTs."));
}

void ServerPage::saveSettings()
{
    Settings& s = m_context.settings;
    s.setServerAddress(m_address->currentData().toString());
    s.setServerPort(m_port->value());
    s.setServerTokenLifetime(m_lifetime->value());
    s.setServerDenyList(m_denyList->isChecked());
    s.setServerCorsOrigin(m_cors->text().trimmed());
}

void ServerPage::updateState()
{
    const bool running = m_server->isRunning();
    m_startStop->setText(running ? tr("&Stop server") : tr("&Start server"));
    m_startStop->setToolTip(running ? tr("Stop the test server (Ctrl+R)") : tr("Start the test server (Ctrl+R)"));
    for (QWidget* w :
         {static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_lifetime),
          static_cast<QWidget*>(m_denyList), static_cast<QWidget*>(m_cors)}) {
        w->setEnabled(!running);
    }
    m_copyUrl->setEnabled(running);
    m_copyCurl->setEnabled(running);
    if (running) {
        m_status->setText(tr("Listening on <b>%1</b>").arg(m_server->baseUrl().toHtmlEscaped()));
        if (!m_server->tlsFingerprint().isEmpty()) {
            m_status->setToolTip(tr("Certificate SHA-256: %1").arg(m_server->tlsFingerprint()));
        }
        m_curl->setPlainText(CurlCommands::forServer(m_server->baseUrl(), m_server->paths()));
    } else if (!m_status->text().startsWith(tr("Not running:"))) {
        m_status->setText(tr("Stopped"));
        m_curl->setPlainText(tr("# Start the server to get commands with its real address."));
    }
    const bool everywhere = m_address->currentData().toString() == QStringLiteral("0.0.0.0");
    const QString http =
        m_tls->isChecked()
            ? tr("HTTPS with a self-signed certificate: session cookies are Secure and use the __Host- prefix.")
            : tr("Plain HTTP: browsers and Qt do not send cookies marked Secure to http://127.0.0.1, so session "
                 "cookies here are issued without Secure. Tick HTTPS to test Secure cookies. Never put this server "
                 "on a network.");
    if (everywhere) {
        m_exposure->setText(tr("⚠ Every network interface: other machines can reach this test server. ") + http);
        m_exposure->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), StatusColor::Caution));
    } else {
        m_exposure->setText(http);
        m_exposure->setStyleSheet(QString());
    }
}

void ServerPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    // A style sheet keeps the colour it was set with: give the warning the other scheme's colour.
    if (event->type() == QEvent::PaletteChange && m_exposure != nullptr && !m_exposure->styleSheet().isEmpty()) {
        m_exposure->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), StatusColor::Caution));
    }
}

void ServerPage::updateStats()
{
    const QLocale locale;
    m_stats->setText(tr("%1 requests · %2 errors · %3 req/s")
                         .arg(locale.toString(m_log->totalSeen()), locale.toString(m_log->errorsSeen()),
                              locale.toString(m_log->requestsPerSecond(), 'f', 0)));
}

} // namespace authscope
