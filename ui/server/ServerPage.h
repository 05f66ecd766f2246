#pragma once

#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"
#include "ui/widgets/WidgetsFwd.h"

#include <memory>

namespace authscope {

class BackchannelPanel;
class RequestDetailPane;
class Services;
class RequestLogModel;
class RevocationRaceView;
class TestServer;

// The local test server: start and stop it, see every request it answers as it happens, and copy ready-made
// curl commands with its real port.
class ServerPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)

public:
    explicit ServerPage(const AppContext& context, QWidget* parent = nullptr);
    ~ServerPage() override;

    [[nodiscard]] TestServer& server() const { return *m_server; }
    [[nodiscard]] RequestLogModel* logModel() const { return m_log; }
    [[nodiscard]] RequestDetailPane* detailPane() const { return m_detail; }
    [[nodiscard]] RevocationRaceView* raceView() const { return m_race; }
    [[nodiscard]] BackchannelPanel* backchannelPanel() const { return m_backchannel; }

public Q_SLOTS:
    void startServer();
    void stopServer();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLayout* buildSettingsForm();
    QWidget* buildServerBox();
    QWidget* buildLogTab();
    QWidget* buildCurlTab();
    void buildTabs();
    void connectSignals();
    void toggleServer();
    void updateState();
    void updateStats();
    void saveSettings();
    void unlockKeysIfNeeded();

    AppContext m_context;
    std::unique_ptr<Services> m_ownServices; // a page on its own (tests) with a vault: its own key store
    std::unique_ptr<TestServer> m_server;
    RequestLogModel* m_log = nullptr;
    QComboBox* m_address = nullptr;
    QSpinBox* m_port = nullptr;
    QSpinBox* m_lifetime = nullptr;
    QCheckBox* m_denyList = nullptr;
    QCheckBox* m_tls = nullptr;
    QLineEdit* m_cors = nullptr;
    QPushButton* m_startStop = nullptr;
    QPushButton* m_copyUrl = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_stats = nullptr;
    QLabel* m_exposure = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    RequestDetailPane* m_detail = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_clear = nullptr;
    QPlainTextEdit* m_curl = nullptr;
    QPushButton* m_copyCurl = nullptr;
    RevocationRaceView* m_race = nullptr;
    BackchannelPanel* m_backchannel = nullptr;
};

} // namespace authscope
