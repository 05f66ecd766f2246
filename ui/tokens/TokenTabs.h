#pragma once

#include "ui/mainwindow/AppContext.h"
#include "ui/tokens/VerifyPanel.h"

#include <QTabWidget>

namespace authscope {

class ClaimsPanel;
class ClaimsTableModel;
class DecodedPanel;
class DecryptPanel;
class DpopPanel;
class HistoryPanel;
class ResignPanel;

namespace jose {
struct DecodedToken;
}

// The right side of the Tokens page: the tabs that read, verify, check a DPoP proof for, decrypt, edit and
// remember the token on display. Fed one decoded token at a time; hands a token back to the editor when a tab
// produces one (a re-signed token, a history entry, the inner token of a JWE).
class TokenTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTabs)

public:
    // Where a token handed to the editor comes from; it decides whether it is remembered and which tab shows.
    enum class Origin
    {
        History,   // opened from the history: not recorded again, Decoded tab
        Resigned,  // signed on the Edit tab: recorded, Verify tab with the signing key
        Decrypted, // the inner token of a JWE: recorded, Decoded tab
        Encrypted  // back to the JWE it came from: not recorded again, Decrypt tab
    };

    explicit TokenTabs(const AppContext& context, QWidget* parent = nullptr);

    [[nodiscard]] DecodedPanel* decodedPanel() const { return m_decoded; }
    [[nodiscard]] ClaimsTableModel* claimsModel() const { return m_claimsModel; }
    [[nodiscard]] VerifyPanel* verifyPanel() const { return m_verify; }
    [[nodiscard]] DpopPanel* dpopPanel() const { return m_dpop; }
    [[nodiscard]] DecryptPanel* decryptPanel() const { return m_decrypt; }
    [[nodiscard]] ResignPanel* resignPanel() const { return m_resign; }
    [[nodiscard]] HistoryPanel* historyPanel() const { return m_history; }

    // Every tab shows `token` (already decoded, normalised).
    void showToken(const jose::DecodedToken& token);
    void clearToken();
    void setNow(qint64 nowSecs);
    // Once the new token is in the editor: the tab its origin calls for.
    void showTabFor(Origin origin);

Q_SIGNALS:
    void tokenOpened(const QString& token, authscope::TokenTabs::Origin origin);
    void statusMessage(const QString& message);

private:
    void buildPanels();
    void connectPanels();
    void connectResign();
    void showVerdict(VerifyPanel::Verdict verdict);
    void updateTabVisibility(bool jwe);

    AppContext m_context;
    DecodedPanel* m_decoded = nullptr;
    ClaimsPanel* m_claimsPage = nullptr;
    ClaimsTableModel* m_headerModel = nullptr;
    ClaimsTableModel* m_claimsModel = nullptr;
    VerifyPanel* m_verify = nullptr;
    DpopPanel* m_dpop = nullptr;
    DecryptPanel* m_decrypt = nullptr;
    ResignPanel* m_resign = nullptr;
    HistoryPanel* m_history = nullptr;
    bool m_hasToken = false;
};

} // namespace authscope
