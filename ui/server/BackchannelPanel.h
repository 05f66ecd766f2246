#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace authscope {

class BackchannelTraceModel;
class KeyStore;
class TestServer;
namespace logout {
class BackchannelTrace;
}

// The Test server page's back-channel logout tab: the relying parties' logout URIs the server tells of every ended
// session (taken at the next start), and the trace of every delivery and of every logout token the server received
// as relying party (B-TRACE). Registers the provider and relying party route groups on the server it is given.
class BackchannelPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackchannelPanel)

public:
    BackchannelPanel(const KeyStore* keys, TestServer& server, QWidget* parent = nullptr);
    ~BackchannelPanel() override;

    [[nodiscard]] QStringList uris() const;
    [[nodiscard]] BackchannelTraceModel* traceModel() const { return m_model; }
    [[nodiscard]] const std::shared_ptr<logout::BackchannelTrace>& trace() const { return m_trace; }

private:
    void addUri();
    void removeUri();

    std::shared_ptr<logout::BackchannelTrace> m_trace;
    BackchannelTraceModel* m_model = nullptr;
    QLineEdit* m_uri = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QListWidget* m_uris = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace authscope
