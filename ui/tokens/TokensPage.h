#pragma once

#include "core/jose/DecodedToken.h"
#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"
#include "ui/tokens/TokenInputPane.h"
#include "ui/tokens/TokenTabs.h"

#include <optional>

class QGroupBox;
class QTimer;

namespace authscope {

class DecryptPanel;
class DpopPanel;
class HistoryPanel;
class ResignPanel;
class TokenEditor;
class VerifyPanel;
class WarningList;

// The token inspector: paste a token and read it (parts coloured like jwt.io, header and payload as JSON and as
// tables that explain every registered claim, dates as local/UTC/relative time with a live countdown for exp),
// see the RFC 8725 warnings without verifying, verify it with a key and an editable policy, check a DPoP proof
// made for it, decrypt it when it is a JWE, edit and re-sign it, and come back to it later from the history
// (TokenTabs). Everything runs locally; nothing is sent anywhere.
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

    void activated() override;

    // Replaces the token text (decoded after DecodeDelayMs, like typing).
    void setTokenText(const QString& text);
    // A dropped or chosen file: a token goes into the editor, a key file into the verification key (the
    // decryption key when the token is a JWE).
    bool openFile(const QString& path);
    [[nodiscard]] const std::optional<jose::DecodedToken>& decodedToken() const { return m_decodedToken; }
    [[nodiscard]] VerifyPanel* verifyPanel() const { return m_tabs->verifyPanel(); }
    [[nodiscard]] DpopPanel* dpopPanel() const { return m_tabs->dpopPanel(); }
    [[nodiscard]] DecryptPanel* decryptPanel() const { return m_tabs->decryptPanel(); }
    [[nodiscard]] ResignPanel* resignPanel() const { return m_tabs->resignPanel(); }
    [[nodiscard]] HistoryPanel* historyPanel() const { return m_tabs->historyPanel(); }

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
    void openFromTabs(const QString& token, TokenTabs::Origin origin);
    void submitShortcut();

    AppContext m_context;
    TokenInputPane* m_input = nullptr;
    TokenEditor* m_editor = nullptr;
    QGroupBox* m_warningsGroup = nullptr;
    WarningList* m_warnings = nullptr;
    TokenTabs* m_tabs = nullptr;
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
