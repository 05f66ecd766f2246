#pragma once

#include "core/sessions/Session.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLayout;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace authscope {

class AuditLog;
class Clock;
class IssuedTokenRegistry;
class KeyValueView;

// The details of the selected session: the whole record with Revoke and Extend, the JWTs issued for it and its
// audit trail (key/value, readable times).
class SessionDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetailsPane)

public:
    SessionDetailsPane(IssuedTokenRegistry& tokens, AuditLog& audit, const Clock& clock, QWidget* parent = nullptr);

    void showSession(const Session& session);
    // Nothing or several rows selected: a hint instead of a record.
    void showSelection(int selectedRows);
    [[nodiscard]] qint64 sessionId() const { return m_sessionId; }

Q_SIGNALS:
    void revokeRequested(qint64 sessionId);
    void extendRequested(qint64 sessionId, qint64 seconds);

private:
    QLayout* buildActions();
    QLabel* addField(const QString& label, const QString& objectName, bool fullWidth = false);
    void loadTokens(const Session& session);
    void loadAudit(const Session& session);

    IssuedTokenRegistry& m_tokens;
    AuditLog& m_audit;
    const Clock& m_clock;
    qint64 m_sessionId = 0;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QTabWidget* m_tabs = nullptr;
    QGridLayout* m_grid = nullptr;
    int m_fields = 0;
    QTableWidget* m_tokenTable = nullptr;
    KeyValueView* m_auditTree = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QPushButton* m_extendButton = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_lastSeen = nullptr;
    QLabel* m_idle = nullptr;
    QLabel* m_absolute = nullptr;
    QLabel* m_ip = nullptr;
    QLabel* m_client = nullptr;
    QLabel* m_userAgent = nullptr;
    QLabel* m_method = nullptr;
    QLabel* m_revoked = nullptr;
};

} // namespace authscope
