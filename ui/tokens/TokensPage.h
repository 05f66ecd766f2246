#pragma once

#include "core/jose/DecodedToken.h"
#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"
#include "ui/tokens/TokenInputPane.h"
#include "ui/tokens/VerifyPanel.h"

#include <optional>

class QGroupBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace authscope {

class ClaimsPanel;
class ClaimsTableModel;
class DecodedPanel;
class HistoryPanel;
class ResignPanel;
class TokenEditor;
class VerifyPanel;
class WarningList;

// The token inspector: paste a token and read it (parts coloured like jwt.io, header and payload as JSON and as
// tables that explain every registered claim, dates as local/UTC/relative time with a live countdown for exp),
// see the RFC 8725 warnings without verifying, verify it with a key and an editable policy, edit and re-sign
// it, and come back to it later from the history. Everything runs locally; nothing is sent anywhere.
class TokensPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensPage)

public:
    // How long the editor waits after the last keystroke before decoding.
    static constexpr int DecodeDelayMs = 150;
    // How long a typed token must stay unchanged before it is remembered (pasted tokens are at once).
    static constexpr int SettleDelayMs = 2000;

    explicit TokensPage(const AppContext& context, QWidget* parent = nullptr);
    ~TokensPage() override;

    [[nodiscard]] QString pageId() const override { return QStringLiteral("tokens"); }
    [[nodiscard]] QString title() const override { return tr("Tokens"); }
    [[nodiscard]] QIcon icon() const override;
    void activated() override;

    // Replaces the token text (decoded after DecodeDelayMs, like typing).
    void setTokenText(const QString& text);
    // A dropped or chosen file: a token goes into the editor, a key file into the verification key.
    bool openFile(const QString& path);
    [[nodiscard]] const std::optional<jose::DecodedToken>& decodedToken() const { return m_decodedToken; }
    [[nodiscard]] VerifyPanel* verifyPanel() const { return m_verify; }
    [[nodiscard]] ResignPanel* resignPanel() const { return m_resign; }
    [[nodiscard]] HistoryPanel* historyPanel() const { return m_history; }

public Q_SLOTS:
    void decodeNow();
    void openTokenFile();
    void pasteToken();
    void clearToken();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    using Part = TokenInputPane::Part;

    QWidget* buildTokenSide();
    void buildTabs();
    void createTimers();
    void connectInput();
    void connectPanels();
    void createShortcuts();
    void clearDecoded();
    void showDecodeError(const Error& error, qsizetype bytes);
    void updateWarnings();
    void updateSummary();
    void tick();
    void copyPart(Part part);
    void recordIfSettled();
    void showVerdictOnDecoded(VerifyPanel::Verdict verdict);
    void submitShortcut();

    AppContext m_context;
    TokenInputPane* m_input = nullptr;
    TokenEditor* m_editor = nullptr;
    QGroupBox* m_warningsGroup = nullptr;
    WarningList* m_warnings = nullptr;
    QTabWidget* m_tabs = nullptr;
    DecodedPanel* m_decoded = nullptr;
    ClaimsTableModel* m_headerModel = nullptr;
    ClaimsTableModel* m_claimsModel = nullptr;
    ClaimsPanel* m_claimsPage = nullptr;
    VerifyPanel* m_verify = nullptr;
    ResignPanel* m_resign = nullptr;
    HistoryPanel* m_history = nullptr;
    QTimer* m_decodeTimer = nullptr;
    QTimer* m_tickTimer = nullptr;
    QTimer* m_settleTimer = nullptr;

    std::optional<jose::DecodedToken> m_decodedToken;
    QString m_normalizedNote;
    QByteArray m_lastRecorded;
    bool m_recordNext = false;
};

} // namespace authscope
