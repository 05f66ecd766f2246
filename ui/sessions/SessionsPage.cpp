#include "ui/sessions/SessionsPage.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionStore.h"
#include "ui/sessions/RevokeDialog.h"
#include "ui/sessions/SessionColumnFitter.h"
#include "ui/sessions/SessionDetailsPane.h"
#include "ui/sessions/SessionTableModel.h"
#include "ui/sessions/StateBadgeDelegate.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/ShortcutActions.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <iterator>

namespace authscope {

namespace {

constexpr int kDefaultRefreshMs = 5000;
// Without any change in the database the list is re-read this often anyway, as sessions expire with time.
constexpr qint64 kStaleAfterMs = 30 * 1000;

// The outline in the muted text colour keeps 3:1 or more against the window in either scheme (palette(mid) was
// 1.1:1 in the dark one). Built anew when the palette changes: a style sheet keeps the colours it was set with.
QString chipStyle()
{
    return QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 11px; padding: 2px 10px; }"
                          "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); "
                          "border-color: palette(highlight); }")
        .arg(mutedTextColor().name());
}

} // namespace

SessionsPage::SessionsPage(const AppContext& context, QWidget* parent)
    : Page(QStringLiteral("sessions"), parent), m_context(context)
{
    setObjectName(QStringLiteral("sessionsPage"));
    setTitle(tr("Sessions"));
    auto policy = SessionPolicy::load(m_context.database);
    m_store = std::make_unique<SessionStore>(m_context.database, m_context.audit, m_context.clock,
                                             policy ? *policy : SessionPolicy{});
    m_tokens = std::make_unique<IssuedTokenRegistry>(m_context.database, m_context.audit, m_context.clock);

    QLayout* counterRow = buildCounterRow();
    QLayout* filterRow = buildFilterRow();
    buildTable();

    m_details = new SessionDetailsPane(*m_tokens, m_context.audit, m_context.clock, this);
    // Details below the table: the table keeps the whole width for its ten columns.
    auto* splitter =
        makeSplitter(QStringLiteral("sessionsSplitter"), Qt::Vertical, {{m_table, 3}, {m_details, 2}}, this);
    splitter->setSizes({420, 260});

    m_matchCount = makeNamed<QLabel>(QStringLiteral("matchCountLabel"), this);
    m_exactCountButton = makeButton(tr("Count &exactly"), QStringLiteral("exactCountButton"), this,
                                    tr("Count every matching session, however many there are"));
    m_exactCountButton->hide();
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_matchCount);
    countRow->addWidget(m_exactCountButton);
    countRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(counterRow);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(countRow);

    createActions();

    // Reading order: the page-wide buttons of the top row, the search and its filters, the sessions; the details
    // of the selected one follow (they are made after the table).
    QWidget* order[] = {m_autoRefresh, m_refreshButton, m_revokeButton, m_search,    m_activeChip, m_expiredChip,
                        m_revokedChip, m_cookieChip,    m_jwtChip,      m_timeRange, m_table};
    for (std::size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }

    m_table->setAccessibleDescription(tr("Delete revokes the selected sessions, after a confirmation"));

    createTimers();
    connectSignals();

    m_model->reload();
    m_lastReloadMs = m_context.clock.nowMs();
    if (auto stamp = m_store->changeStamp(); stamp) {
        m_lastStamp = *stamp;
    }
    updateCounters();
    updateMatchCount();
    m_refreshTimer->start();
}

// Counters and the page-wide buttons.
QLayout* SessionsPage::buildCounterRow()
{
    auto* counters = new QHBoxLayout;
    counters->addWidget(makeCounter(tr("Active"), QStringLiteral("activeCountLabel"), m_activeCount));
    counters->addWidget(
        makeCounter(tr("Revoked today"), QStringLiteral("revokedTodayCountLabel"), m_revokedTodayCount));
    counters->addWidget(
        makeCounter(tr("Expiring within an hour"), QStringLiteral("expiringCountLabel"), m_expiringCount));
    counters->addStretch(1);
    m_autoRefresh = makeNamed<QCheckBox>(QStringLiteral("autoRefreshCheckBox"), tr("&Auto-refresh"), this);
    m_autoRefresh->setChecked(true);
    m_autoRefresh->setToolTip(tr("Re-read the sessions every few seconds, keeping the selection"));
    m_refreshButton = makeNamed<QPushButton>(QStringLiteral("refreshButton"),
                                             style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Re-read the sessions now (F5)"));
    m_revokeButton = makeButton(tr("&Revoke…"), QStringLiteral("revokeButton"), this,
                                tr("Revoke the selected active sessions (Delete)"));
    m_revokeButton->setEnabled(false);
    counters->addWidget(m_autoRefresh);
    counters->addWidget(m_refreshButton);
    counters->addWidget(m_revokeButton);
    return counters;
}

// Search and filter chips.
QLayout* SessionsPage::buildFilterRow()
{
    m_search = makeNamed<QLineEdit>(QStringLiteral("searchLineEdit"), this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: user name, IP or CIDR, ua:firefox, user:alice …"));
    m_search->setToolTip(tr("A bare word is the start of a user name, or an IP address, CIDR block (10.0.0.0/8) or "
                            "prefix (10.2.). Fields: user:NAME ip:ADDRESS ua:TEXT state:active|expired|revoked "
                            "method:cookie|jwt. Ctrl+F to get here."));
    m_search->setAccessibleName(tr("Search sessions"));
    m_search->setAccessibleDescription(m_search->toolTip()); // the search syntax
    m_search->setMinimumWidth(200);
    m_activeChip = makeChip(tr("Active"), QStringLiteral("activeChipToolButton"), tr("Show active sessions"));
    m_expiredChip = makeChip(tr("Expired"), QStringLiteral("expiredChipToolButton"), tr("Show expired sessions"));
    m_revokedChip = makeChip(tr("Revoked"), QStringLiteral("revokedChipToolButton"), tr("Show revoked sessions"));
    m_cookieChip = makeChip(tr("Cookie"), QStringLiteral("cookieChipToolButton"), tr("Show cookie sessions"));
    m_jwtChip = makeChip(tr("JWT"), QStringLiteral("jwtChipToolButton"), tr("Show JWT sessions"));
    m_timeRange = makeNamed<QComboBox>(QStringLiteral("timeRangeComboBox"), this);
    m_timeRange->setAccessibleName(tr("Started within"));
    m_timeRange->addItem(tr("Started any time"), qint64(0));
    m_timeRange->addItem(tr("Started in the last hour"), qint64(3600));
    m_timeRange->addItem(tr("Started in the last 24 hours"), qint64(86400));
    m_timeRange->addItem(tr("Started in the last 7 days"), qint64(7 * 86400));
    m_timeRange->addItem(tr("Started in the last 30 days"), qint64(30 * 86400));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_activeChip);
    filters->addWidget(m_expiredChip);
    filters->addWidget(m_revokedChip);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    filters->addWidget(separator);
    filters->addWidget(m_cookieChip);
    filters->addWidget(m_jwtChip);
    filters->addWidget(m_timeRange);
    // A search that cannot be read says why right under it (and the table shows nothing rather than old rows).
    m_searchError = makeMessageLabel(QStringLiteral("searchErrorLabel"), this);
    m_searchError->hide();
    auto* rows = new QVBoxLayout;
    rows->addLayout(filters);
    rows->addWidget(m_searchError);
    return rows;
}

void SessionsPage::buildTable()
{
    m_model = new SessionTableModel(*m_store, m_context.clock, 200, this);
    m_table = makeRecordTable(QStringLiteral("sessionTableView"), m_model, tr("Sessions"), this);
    m_table->setItemDelegateForColumn(static_cast<int>(SessionTableModel::Column::State),
                                      new StateBadgeDelegate(SessionTableModel::StateRole, m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several sessions are revoked at once
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    setRowPadding(m_table, 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(static_cast<int>(SessionTableModel::Column::LastSeen),
                                                  Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    // Widths from the content, the Client column takes the rest, low-priority columns give way in a narrow window.
    m_columnFitter = new SessionColumnFitter(m_table);
    connect(m_model, &QAbstractItemModel::modelReset, m_columnFitter, &SessionColumnFitter::fit);
}

void SessionsPage::createActions()
{
    // Actions with keys: Delete revokes from the table, Ctrl+F goes to the search box.
    m_revokeAction = addShortcutAction(m_table, QStringLiteral("revokeAction"), tr("&Revoke…"), QKeySequence::Delete);
    addFindShortcut(this, tr("Search"), m_search);
}

void SessionsPage::createTimers()
{
    m_filterTimer = makeDelayTimer(250, this);
    m_refreshTimer = makeNamed<QTimer>(QStringLiteral("autoRefreshTimer"), this);
    m_refreshTimer->setInterval(kDefaultRefreshMs);
}

void SessionsPage::connectSignals()
{
    connect(m_filterTimer, &QTimer::timeout, this, &SessionsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &SessionsPage::applyFilter);
    for (QToolButton* chip : {m_activeChip, m_expiredChip, m_revokedChip, m_cookieChip, m_jwtChip}) {
        connect(chip, &QToolButton::toggled, this, &SessionsPage::applyFilter);
    }
    connect(m_timeRange, &QComboBox::currentIndexChanged, this, &SessionsPage::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &SessionsPage::refresh);
    connect(m_revokeButton, &QPushButton::clicked, this, &SessionsPage::revokeSelected);
    connect(m_revokeAction, &QAction::triggered, this, &SessionsPage::revokeSelected);
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_refreshTimer->start();
        } else {
            m_refreshTimer->stop();
        }
    });
    connect(m_refreshTimer, &QTimer::timeout, this, &SessionsPage::autoRefresh);
    connect(m_table, &QTableView::customContextMenuRequested, this, &SessionsPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsPage::updateSelection);
    connect(m_model, &SessionTableModel::modelReset, this, &SessionsPage::updateSelection);
    // "N loaded" follows the rows as they arrive, without counting the matches again.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsPage::showMatchCount);
    connect(m_exactCountButton, &QPushButton::clicked, this, &SessionsPage::countExactly);
    connect(m_details, &SessionDetailsPane::revokeRequested, this, &SessionsPage::revokeSelected);
    connect(m_details, &SessionDetailsPane::extendRequested, this,
            [this](qint64, qint64 seconds) { extendSelected(seconds); });
    connect(m_model, &SessionTableModel::loadFailed, this,
            [this](const QString& message) { Q_EMIT statusMessage(tr("Cannot read the sessions: %1").arg(message)); });
}

SessionsPage::~SessionsPage() = default;

QIcon SessionsPage::icon() const
{
    if (QFile::exists(QStringLiteral(":/icons/sessions.svg"))) {
        return QIcon(QStringLiteral(":/icons/sessions.svg"));
    }
    return QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon);
}

void SessionsPage::setAutoRefreshInterval(int ms)
{
    m_refreshTimer->setInterval(ms);
}

QToolButton* SessionsPage::makeChip(const QString& text, const QString& objectName, const QString& toolTip)
{
    auto* chip = makeNamed<QToolButton>(objectName, this);
    chip->setText(text);
    chip->setToolTip(toolTip);
    chip->setCheckable(true);
    chip->setStyleSheet(chipStyle());
    chip->setAccessibleName(toolTip);
    return chip;
}

QWidget* SessionsPage::makeCounter(const QString& caption, const QString& objectName, QLabel*& value)
{
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(0);
    value = makeNamed<QLabel>(objectName, QStringLiteral("–"), box);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    value->setFont(big);
    auto* label = new QLabel(caption, box);
    label->setForegroundRole(QPalette::PlaceholderText); // quieter than the value, still readable
    layout->addWidget(value);
    layout->addWidget(label);
    box->setAccessibleName(caption);
    return box;
}

void SessionsPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_jwtChip != nullptr) {
        for (QToolButton* chip : {m_activeChip, m_expiredChip, m_revokedChip, m_cookieChip, m_jwtChip}) {
            chip->setStyleSheet(chipStyle());
        }
        if (!m_search->styleSheet().isEmpty()) {
            applyFilter(); // re-colours the error outline
        }
    }
}

void SessionsPage::activated()
{
    refresh();
}

void SessionsPage::applyFilter()
{
    m_filterTimer->stop();
    SessionFilter filter;
    m_exactCount = false;
    if (auto ok = SessionFilter::parseSearch(m_search->text(), filter); !ok) {
        m_search->setStyleSheet(
            QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(statusColor(StatusColor::Bad).name()));
        m_search->setToolTip(ok.error().message);
        m_searchError->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), StatusColor::Bad));
        m_searchError->setText(tr("✘ The search cannot be read: %1").arg(DisplayText::escape(ok.error().message)));
        m_searchError->show();
        // No stale rows under an unreadable search: a filter that matches nothing (created before 1970).
        m_searchInvalid = true;
        SessionFilter nothing;
        nothing.createdToMs = 0;
        m_model->setFilter(nothing);
        updateMatchCount();
        return;
    }
    m_searchInvalid = false;
    m_searchError->hide();
    m_search->setStyleSheet({});
    const QList<std::pair<QToolButton*, SessionState>> states{{m_activeChip, SessionState::Active},
                                                              {m_expiredChip, SessionState::Expired},
                                                              {m_revokedChip, SessionState::Revoked}};
    for (const auto& [chip, state] : states) {
        if (chip->isChecked() && !filter.states.contains(state)) {
            filter.states << state;
        }
    }
    if (m_cookieChip->isChecked() != m_jwtChip->isChecked()) {
        filter.method = m_cookieChip->isChecked() ? AuthMethod::Cookie : AuthMethod::Jwt;
    }
    const qint64 within = m_timeRange->currentData().toLongLong();
    if (within > 0) {
        filter.createdFromMs = m_context.clock.nowMs() - within * 1000;
    }
    m_model->setFilter(filter);
    m_lastReloadMs = m_context.clock.nowMs();
    updateMatchCount();
}

void SessionsPage::filterBy(const QString& searchText)
{
    m_search->setText(searchText);
    applyFilter();
}

void SessionsPage::refresh()
{
    // Keep what the user looks at: the row at the top of the view stays there unless they were at the very top,
    // where new sessions should appear.
    QScrollBar* bar = m_table->verticalScrollBar();
    const bool atTop = bar->value() == 0;
    const QModelIndex top = m_table->indexAt(QPoint(1, 1));
    const qint64 anchor = top.isValid() ? m_model->data(top, SessionTableModel::SessionIdRole).toLongLong() : 0;

    m_model->refresh();

    if (!atTop && anchor > 0) {
        const int row = m_model->rowOfSession(anchor);
        if (row >= 0) {
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
        }
    }
    if (auto stamp = m_store->changeStamp(); stamp) {
        m_lastStamp = *stamp;
    }
    m_lastReloadMs = m_context.clock.nowMs();
    updateCounters();
    updateMatchCount();
    updateSelection();
}

void SessionsPage::autoRefresh()
{
    if (!isVisible()) {
        return;
    }
    auto stamp = m_store->changeStamp();
    const bool changed = !stamp || *stamp != m_lastStamp;
    if (changed || m_context.clock.nowMs() - m_lastReloadMs >= kStaleAfterMs) {
        refresh();
    } else {
        m_model->timePassed();
    }
}

void SessionsPage::updateCounters()
{
    const qint64 now = m_context.clock.nowMs();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now);
    const qint64 startOfDay = local.date().startOfDay().toMSecsSinceEpoch();
    auto counters = m_store->counters(startOfDay, 3600 * 1000);
    if (!counters) {
        Q_EMIT statusMessage(tr("Cannot count the sessions: %1").arg(counters.error().message));
        return;
    }
    const QLocale locale;
    m_activeCount->setText(locale.toString(counters->active));
    m_revokedTodayCount->setText(locale.toString(counters->revokedSince));
    m_expiringCount->setText(locale.toString(counters->expiringSoon));
}

void SessionsPage::updateMatchCount()
{
    if (m_searchInvalid) {
        m_matchTotal = 0;
        showMatchCount();
        return;
    }
    if (m_exactCount) {
        showMatchCount(); // counted on request; counted again when the filter changes
        return;
    }
    auto n = m_store->count(m_model->filter(), m_matchCap + 1);
    if (!n) {
        m_matchTotal = -1;
        m_matchCount->setText(n.error().message);
        return;
    }
    m_matchTotal = *n;
    showMatchCount();
}

void SessionsPage::countExactly()
{
    auto n = m_store->count(m_model->filter());
    if (!n) {
        Q_EMIT statusMessage(tr("Cannot count the sessions: %1").arg(n.error().message));
        return;
    }
    m_matchTotal = *n;
    m_exactCount = true;
    showMatchCount();
}

void SessionsPage::showMatchCount()
{
    if (m_matchTotal < 0) {
        return;
    }
    const QLocale locale;
    const QString loaded = locale.toString(m_model->rowCount());
    const bool capped = !m_exactCount && m_matchTotal > m_matchCap;
    m_exactCountButton->setVisible(capped);
    if (m_searchInvalid) {
        m_matchCount->setText(tr("No results: correct the search above."));
    } else if (capped) {
        m_matchCount->setText(
            tr("More than %1 sessions match; %2 loaded (scroll for more).").arg(locale.toString(m_matchCap), loaded));
    } else {
        m_matchCount->setText(tr("%1 session(s) match; %2 loaded.").arg(locale.toString(m_matchTotal), loaded));
    }
}

QList<qint64> SessionsPage::selectedIds(bool activeOnly) const
{
    QList<qint64> ids;
    const qint64 now = m_context.clock.nowMs();
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const Session* s = m_model->sessionAt(index.row());
        if (s != nullptr && (!activeOnly || s->state(now) == SessionState::Active)) {
            ids << s->id;
        }
    }
    return ids;
}

void SessionsPage::updateSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // Nothing selected: no empty details pane taking a third of the height; the table gets it all.
    m_details->setVisible(!rows.isEmpty());
    m_revokeButton->setEnabled(!selectedIds(true).isEmpty());
    m_revokeAction->setEnabled(m_revokeButton->isEnabled());
    if (rows.size() == 1) {
        if (const Session* s = m_model->sessionAt(rows.constFirst().row())) {
            m_details->showSession(*s);
            return;
        }
    }
    m_details->showSelection(static_cast<int>(rows.size()));
}

void SessionsPage::revokeSelected()
{
    const QList<qint64> ids = selectedIds(true);
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select one or more active sessions to revoke."));
        return;
    }
    QSet<QString> users;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const Session* s = m_model->sessionAt(index.row())) {
            users.insert(s->userName);
        }
    }
    QStringList names = users.values();
    names.sort();
    const QString who = names.size() <= 3 ? names.join(QStringLiteral(", "))
                                          : tr("%1 and %Ln other user(s)", nullptr, static_cast<int>(names.size() - 2))
                                                .arg(names.mid(0, 2).join(QStringLiteral(", ")));
    RevokeDialog dialog(tr("Revoke %Ln session(s) of %1?", nullptr, static_cast<int>(ids.size())).arg(who),
                        tr("Each is refused on its very next request, in every process that uses this database, and "
                           "the JWTs issued for it are deny-listed until they expire."),
                        this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    revokeSessions(ids, dialog.reason());
}

void SessionsPage::revokeSessions(const QList<qint64>& ids, const QString& reason)
{
    auto n = m_store->revoke(ids, reason);
    if (!n) {
        QMessageBox::warning(this, tr("Revocation failed"), n.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Revoked %Ln session(s).", nullptr, static_cast<int>(*n)));
    refresh();
}

void SessionsPage::revokeUserOfCurrent()
{
    const Session* s = m_model->sessionAt(m_table->currentIndex().row());
    if (s == nullptr) {
        return;
    }
    const qint64 userId = s->userId;
    const QString name = s->userName;
    RevokeDialog dialog(tr("Revoke every session of %1?").arg(name),
                        tr("All of %1's active sessions end at once, every JWT issued to them until now is refused, "
                           "and they have to log in again.")
                            .arg(name),
                        this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto n = m_store->revokeUser(userId, dialog.reason());
    if (!n) {
        QMessageBox::warning(this, tr("Revocation failed"), n.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Revoked %Ln session(s) of %1.", nullptr, static_cast<int>(*n)).arg(name));
    refresh();
}

void SessionsPage::extendSelected(qint64 seconds)
{
    const QList<qint64> ids = selectedIds(true);
    int extended = 0;
    for (const qint64 id : ids) {
        auto s = m_store->extend(id, seconds);
        if (!s) {
            Q_EMIT statusMessage(s.error().message);
            continue;
        }
        ++extended;
    }
    Q_EMIT statusMessage(tr("Extended %Ln session(s).", nullptr, extended));
    refresh();
}

void SessionsPage::showContextMenu(const QPoint& position)
{
    QModelIndex index = m_table->indexAt(position);
    if (!index.isValid()) {
        index = m_table->currentIndex(); // from the keyboard (the Menu key), the menu is for the current row
    }
    const Session* s = m_model->sessionAt(index.row());
    if (s == nullptr) {
        return;
    }
    const qint64 id = s->id;
    const QString user = s->userName;
    const QString ip = s->ip;
    QMenu menu(this);
    menu.addAction(m_revokeAction);
    QAction* revokeUser = menu.addAction(tr("Revoke all sessions of %1…").arg(user));
    revokeUser->setObjectName(QStringLiteral("revokeUserAction"));
    menu.addSeparator();
    QAction* hour = menu.addAction(tr("Extend by one hour"));
    QAction* day = menu.addAction(tr("Extend by one day"));
    const bool anyActive = !selectedIds(true).isEmpty();
    hour->setEnabled(anyActive);
    day->setEnabled(anyActive);
    menu.addSeparator();
    QAction* byUser = menu.addAction(tr("Show only sessions of %1").arg(user));
    QAction* byIp = ip.isEmpty() ? nullptr : menu.addAction(tr("Show only sessions from %1").arg(ip));
    QAction* copy = menu.addAction(tr("Copy session ID %1").arg(id));
    QAction* chosen = menu.exec(m_table->viewport()->mapToGlobal(position));
    if (chosen == nullptr) {
        return;
    }
    if (chosen == revokeUser) {
        revokeUserOfCurrent();
    } else if (chosen == hour) {
        extendSelected(3600);
    } else if (chosen == day) {
        extendSelected(86400);
    } else if (chosen == byUser) {
        filterBy(QStringLiteral("user:") + user);
    } else if (byIp != nullptr && chosen == byIp) {
        filterBy(QStringLiteral("ip:") + ip);
    } else if (chosen == copy) {
        QApplication::clipboard()->setText(QString::number(id));
    }
}

} // namespace authscope
