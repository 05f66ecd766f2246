#include "ui/sessions/SessionDetailsPane.h"

#include "core/common/DisplayText.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "ui/sessions/SessionTableModel.h"
#include "ui/widgets/KeyValueView.h"
#include "ui/widgets/WidgetFactory.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace authscope {

namespace {

QString when(qint64 ms, qint64 nowMs)
{
    return TimeFormat::local(ms) + QStringLiteral(" — ") + SessionTableModel::relativeTime(ms, nowMs);
}

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setTabKeyNavigation(false); // Tab goes on to the next control; the arrow keys move between cells
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

SessionDetailsPane::SessionDetailsPane(IssuedTokenRegistry& tokens, AuditLog& audit, const Clock& clock,
                                       QWidget* parent)
    : QWidget(parent), m_tokens(tokens), m_audit(audit), m_clock(clock)
{
    setObjectName(QStringLiteral("sessionDetailsWidget"));

    m_placeholder = makeNamed<QLabel>(QStringLiteral("detailsPlaceholderLabel"),
                                      tr("Select a session to see its record, its JWTs and its audit trail."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    // Two columns of fields, so the whole record fits under the table without scrolling.
    auto* record = new QWidget(this);
    m_grid = new QGridLayout(record);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    m_grid->setHorizontalSpacing(12);
    m_id = addField(tr("ID:"), QStringLiteral("idValueLabel"));
    m_user = addField(tr("User:"), QStringLiteral("userValueLabel"));
    m_state = addField(tr("State:"), QStringLiteral("stateValueLabel"));
    m_created = addField(tr("Created:"), QStringLiteral("createdValueLabel"));
    m_lastSeen = addField(tr("Last seen:"), QStringLiteral("lastSeenValueLabel"));
    m_idle = addField(tr("Idle expiry:"), QStringLiteral("idleExpiryValueLabel"));
    m_absolute = addField(tr("Absolute expiry:"), QStringLiteral("absoluteExpiryValueLabel"));
    m_ip = addField(tr("IP address:"), QStringLiteral("ipValueLabel"));
    m_client = addField(tr("Client:"), QStringLiteral("clientValueLabel"));
    m_method = addField(tr("Method:"), QStringLiteral("methodValueLabel"));
    m_revoked = addField(tr("Revoked:"), QStringLiteral("revokedValueLabel"));
    m_userAgent = addField(tr("User agent:"), QStringLiteral("userAgentValueLabel"), true);
    m_grid->setRowStretch(m_fields / 2 + 2, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(record);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: the fields inside take the focus and the area scrolls to them.
    scroll->setFocusPolicy(Qt::NoFocus);

    m_tokenTable =
        makeTable({tr("JWT ID (jti)"), tr("Issuer"), tr("Key ID"), tr("Issued"), tr("Expires"), tr("Status")},
                  QStringLiteral("tokensTableWidget"), this);
    // The JWT ID takes what is left; times and status are as wide as their text.
    m_tokenTable->horizontalHeader()->setStretchLastSection(false);
    m_tokenTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokenTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tokenTable->setTextElideMode(Qt::ElideMiddle);
    m_auditTree = makeNamed<KeyValueView>(QStringLiteral("auditTrailTreeWidget"), this);
    m_auditTree->setHeaderLabels({tr("Time"), tr("Action")});
    m_tokenTable->setAccessibleName(tr("JWTs issued for this session"));
    m_auditTree->setAccessibleName(tr("Audit trail of this session"));

    m_tabs = makeNamed<QTabWidget>(QStringLiteral("detailsTabWidget"), this);
    auto* sessionTab = new QWidget(this);
    auto* sessionLayout = makeMarginless<QVBoxLayout>(sessionTab);
    sessionLayout->addLayout(buildActions());
    sessionLayout->addWidget(scroll, 1);
    m_tabs->addTab(sessionTab, tr("Session"));
    m_tabs->addTab(m_tokenTable, tr("JWTs"));
    m_tabs->addTab(m_auditTree, tr("Audit trail"));
    // The tables were made before the tabs: put the tab bar first, as it is read.
    setTabOrder(m_tabs, m_revokeButton);
    setTabOrder(m_revokeButton, m_extendButton);
    setTabOrder(m_extendButton, m_tokenTable);
    setTabOrder(m_tokenTable, m_auditTree);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);

    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addWidget(m_stack);
    showSelection(0);
}

QLayout* SessionDetailsPane::buildActions()
{
    // The actions of the table's context menu, where the session is read.
    m_revokeButton = makeButton(tr("Re&voke…"), QStringLiteral("detailsRevokeButton"), this,
                                tr("Revoke this session, with a reason"));
    m_extendButton = makeButton(tr("E&xtend"), QStringLiteral("detailsExtendButton"), this,
                                tr("Push this session's idle and absolute expiry further"));
    auto* menu = new QMenu(m_extendButton);
    for (const auto& [text, seconds] :
         {std::pair{tr("By one hour"), qint64(3600)}, std::pair{tr("By one day"), qint64(86400)}}) {
        QAction* action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, secs = seconds] {
            if (m_sessionId > 0) {
                Q_EMIT extendRequested(m_sessionId, secs);
            }
        });
    }
    m_extendButton->setMenu(menu);
    connect(m_revokeButton, &QPushButton::clicked, this, [this] {
        if (m_sessionId > 0) {
            Q_EMIT revokeRequested(m_sessionId);
        }
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_revokeButton);
    row->addWidget(m_extendButton);
    row->addStretch(1);
    return row;
}

QLabel* SessionDetailsPane::addField(const QString& label, const QString& objectName, bool fullWidth)
{
    auto* caption = new QLabel(label, this);
    caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto* value = makeNamed<QLabel>(objectName, this);
    value->setTextFormat(Qt::PlainText); // a user agent is not markup
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    caption->setBuddy(value);
    if (fullWidth) {
        const int row = (m_fields + 1) / 2;
        m_grid->addWidget(caption, row, 0);
        m_grid->addWidget(value, row, 1, 1, 3);
        m_fields = (row + 1) * 2;
    } else {
        const int row = m_fields / 2;
        const int column = (m_fields % 2) * 2;
        m_grid->addWidget(caption, row, column);
        m_grid->addWidget(value, row, column + 1);
        ++m_fields;
    }
    return value;
}

void SessionDetailsPane::showSelection(int selectedRows)
{
    m_sessionId = 0;
    m_placeholder->setText(
        selectedRows > 1
            ? tr("%Ln sessions selected. Revoke them with the Revoke button or the Delete key.", nullptr, selectedRows)
            : tr("Select a session to see its record, its JWTs and its audit trail."));
    m_stack->setCurrentWidget(m_placeholder);
}

void SessionDetailsPane::showSession(const Session& s)
{
    const qint64 now = m_clock.nowMs();
    m_sessionId = s.id;
    m_id->setText(QString::number(s.id));
    // D-DISPLAY: the user name, address and user agent came from a login request
    m_user->setText(tr("%1 (user id %2)").arg(DisplayText::escape(s.userName)).arg(s.userId));
    m_state->setText(SessionTableModel::stateText(s.state(now)));
    m_created->setText(when(s.createdMs, now));
    m_lastSeen->setText(when(s.lastSeenMs, now));
    m_idle->setText(
        tr("%1 (idle timeout %2)").arg(when(s.idleExpiresMs, now)).arg(tr("%Ln min", nullptr, s.idleTimeoutSecs / 60)));
    m_absolute->setText(when(s.absoluteExpiresMs, now));
    m_ip->setText(s.ip.isEmpty() ? tr("unknown") : DisplayText::escape(s.ip));
    m_client->setText(DisplayText::escape(s.userAgentLabel));
    m_userAgent->setText(s.userAgent.isEmpty() ? tr("(none sent)") : DisplayText::escape(s.userAgent));
    m_method->setText(s.method == AuthMethod::Jwt ? tr("JWT (bearer token with the session's sid)") : tr("Cookie"));
    const bool revoked = s.revokedMs.has_value();
    m_revoked->setText(
        revoked ? tr("%1 by %2 — %3")
                      .arg(when(*s.revokedMs, now), DisplayText::escape(s.revokedBy),
                           s.revokeReason.isEmpty() ? tr("no reason given") : DisplayText::escape(s.revokeReason))
                : tr("no"));
    const bool active = s.state(now) == SessionState::Active;
    m_revokeButton->setEnabled(active);
    m_extendButton->setEnabled(active);
    loadTokens(s);
    loadAudit(s);
    m_stack->setCurrentWidget(m_tabs);
}

void SessionDetailsPane::loadTokens(const Session& session)
{
    const qint64 now = m_clock.nowMs();
    m_tokenTable->setRowCount(0);
    auto tokens = m_tokens.forSession(session.id);
    if (!tokens) {
        m_tabs->setTabText(1, tr("JWTs (error)"));
        m_tokenTable->setToolTip(tokens.error().message);
        return;
    }
    m_tokenTable->setToolTip({});
    m_tokenTable->setRowCount(static_cast<int>(tokens->size()));
    for (int row = 0; row < tokens->size(); ++row) {
        const IssuedToken& t = tokens->at(row);
        const QString status = t.denied || t.revokedMs ? tr("revoked")
                               : t.expiresMs <= now    ? tr("expired")
                                                       : tr("live");
        const QStringList cells{t.jti, t.issuer, t.kid, when(t.issuedMs, now), when(t.expiresMs, now), status};
        for (int column = 0; column < cells.size(); ++column) {
            m_tokenTable->setItem(row, column, new QTableWidgetItem(DisplayText::escape(cells.at(column))));
        }
    }
    m_tabs->setTabText(1, tr("JWTs (%1)").arg(tokens->size()));
}

void SessionDetailsPane::loadAudit(const Session& session)
{
    m_auditTree->clearDetails();
    const QString target = QStringLiteral("session:") + QString::number(session.id);
    AuditFilter filter;
    filter.text = target;
    // Nothing about a session predates it; the time bound lets the log use its time index.
    filter.sinceMs = session.createdMs - 60 * 1000;
    filter.newestFirst = false;
    filter.limit = 500;
    auto entries = m_audit.list(filter);
    if (!entries) {
        m_tabs->setTabText(2, tr("Audit trail (error)"));
        m_auditTree->setToolTip(entries.error().message);
        return;
    }
    m_auditTree->setToolTip({});
    int rows = 0;
    for (const AuditEntry& e : std::as_const(*entries)) {
        if (e.target != target) { // "session:12" also matches inside "session:123"
            continue;
        }
        // D-DISPLAY: the actor of a login is the user name typed at the login form
        QTreeWidgetItem* group = m_auditTree->addGroup(
            TimeFormat::local(e.timeMs),
            tr("%1 by %2").arg(DisplayText::escape(e.action), DisplayText::escape(e.actor)), e.details);
        group->setExpanded(rows < 3);
        ++rows;
    }
    m_tabs->setTabText(2, tr("Audit trail (%1)").arg(rows));
}

} // namespace authscope
