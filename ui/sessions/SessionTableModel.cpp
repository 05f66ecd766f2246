#include "ui/sessions/SessionTableModel.h"

#include "core/common/DisplayText.h"

#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/sessions/SessionStore.h"
#include "ui/widgets/StatusColors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>
#include <QSet>

namespace authscope {

namespace {

// Beyond this many loaded rows a refresh updates rows in place instead of re-running the list query.
constexpr int kStructuralRefreshLimit = 5000;

// In the user's words, with the exact UTC time after it.
QString fullTime(qint64 ms)
{
    return TimeFormat::local(ms, QLocale::LongFormat) + QStringLiteral(" (") + TimeFormat::isoUtc(ms, false) + u')';
}

} // namespace

SessionTableModel::SessionTableModel(SessionStore& store, const Clock& clock, int pageSize, QObject* parent)
    : ColumnTableModel({QT_TR_NOOP("ID"), QT_TR_NOOP("User"), QT_TR_NOOP("State"), QT_TR_NOOP("Created"),
                        QT_TR_NOOP("Last seen"), QT_TR_NOOP("Expires"), QT_TR_NOOP("IP address"), QT_TR_NOOP("Client"),
                        QT_TR_NOOP("Method"), QT_TR_NOOP("Live JWTs")},
                       RowHeader::None, parent),
      m_store(store), m_clock(clock), m_pageSize(std::clamp(pageSize, 20, 5000))
{}

int SessionTableModel::rows() const
{
    return static_cast<int>(m_rows.size());
}

SessionSortKey SessionTableModel::sortKeyOf(Column column)
{
    // The key of each column, in the Column enum's order; anything else sorts by last use.
    static constexpr SessionSortKey keys[] = {
        SessionSortKey::Id,       SessionSortKey::User,    SessionSortKey::State, SessionSortKey::Created,
        SessionSortKey::LastSeen, SessionSortKey::Expires, SessionSortKey::Ip,    SessionSortKey::UserAgent,
        SessionSortKey::Method,   SessionSortKey::Tokens};
    static_assert(std::size(keys) == static_cast<std::size_t>(Column::Count));
    const auto i = static_cast<std::size_t>(column);
    return i < std::size(keys) ? keys[i] : SessionSortKey::LastSeen;
}

QString SessionTableModel::relativeTime(qint64 ms, qint64 nowMs)
{
    static constexpr TimeFormat::RelativeTexts texts{
        .context = "authscope::SessionTableModel",
        .now = QT_TRANSLATE_NOOP("authscope::SessionTableModel", "just now"),
        .inSeconds = QT_TRANSLATE_N_NOOP("authscope::SessionTableModel", "in %Ln s"),
        .secondsAgo = QT_TRANSLATE_N_NOOP("authscope::SessionTableModel", "%Ln s ago"),
        .inMinutes = QT_TRANSLATE_N_NOOP("authscope::SessionTableModel", "in %Ln min"),
        .minutesAgo = QT_TRANSLATE_N_NOOP("authscope::SessionTableModel", "%Ln min ago"),
        .inHours = QT_TRANSLATE_N_NOOP("authscope::SessionTableModel", "in %Ln h"),
        .hoursAgo = QT_TRANSLATE_N_NOOP("authscope::SessionTableModel", "%Ln h ago"),
        .inDays = QT_TRANSLATE_N_NOOP("authscope::SessionTableModel", "in %Ln day(s)"),
        .daysAgo = QT_TRANSLATE_N_NOOP("authscope::SessionTableModel", "%Ln day(s) ago"),
    };
    return TimeFormat::relative(ms, nowMs, texts);
}

QString SessionTableModel::stateText(SessionState state)
{
    // One text per state, in the enum's order.
    static const char* const texts[] = {QT_TR_NOOP("Active"), QT_TR_NOOP("Expired"), QT_TR_NOOP("Revoked")};
    static_assert(std::size(texts) == static_cast<std::size_t>(SessionState::Revoked) + 1);
    const auto i = static_cast<std::size_t>(state);
    return i < std::size(texts) ? tr(texts[i]) : QString();
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Session& s = m_rows.at(index.row());
    const qint64 now = m_clock.nowMs();
    const SessionState state = s.state(now);
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case SessionIdRole:
        return s.id;
    case StateRole:
        return static_cast<int>(state);
    case UserIdRole:
        return s.userId;
    case Qt::DisplayRole:
        switch (column) {
        case Column::Id:
            return s.id;
        case Column::User: // D-DISPLAY: names, addresses and clients come from outside
            return DisplayText::escape(s.userName);
        case Column::State:
            return stateText(state);
        case Column::Created:
            return TimeFormat::local(s.createdMs);
        case Column::LastSeen:
            return relativeTime(s.lastSeenMs, now);
        case Column::Expires:
            if (state == SessionState::Revoked) {
                return tr("revoked %1").arg(relativeTime(*s.revokedMs, now));
            }
            return state == SessionState::Expired ? tr("ended %1").arg(relativeTime(s.expiresMs(), now))
                                                  : relativeTime(s.expiresMs(), now);
        case Column::Ip:
            return DisplayText::escape(s.ip);
        case Column::Client:
            return DisplayText::escape(s.userAgentLabel);
        case Column::Method:
            return s.method == AuthMethod::Jwt ? tr("JWT") : tr("Cookie");
        case Column::Jwts:
            return s.liveTokens;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::State:
            if (s.revokedMs) {
                return tr("Revoked %1 by %2: %3")
                    .arg(fullTime(*s.revokedMs), DisplayText::escape(s.revokedBy),
                         s.revokeReason.isEmpty() ? tr("(no reason given)") : DisplayText::escape(s.revokeReason));
            }
            return state == SessionState::Expired ? tr("Ended %1").arg(fullTime(s.expiresMs()))
                                                  : tr("Active until %1 at the latest").arg(fullTime(s.expiresMs()));
        case Column::Created:
            return fullTime(s.createdMs);
        case Column::LastSeen:
            return fullTime(s.lastSeenMs);
        case Column::Expires:
            return tr("Idle expiry: %1\nAbsolute expiry: %2")
                .arg(fullTime(s.idleExpiresMs), fullTime(s.absoluteExpiresMs));
        case Column::Client:
            return DisplayText::escape(s.userAgent);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Column::Id || column == Column::Jwts) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        // Ended sessions are history: keep them readable but quieter than live ones.
        if (state != SessionState::Active && column != Column::State) {
            return mutedTextColor(); // not the disabled colour: that one is not meant to be read (1.8:1)
        }
        return {};
    default:
        return {};
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && static_cast<Column>(section) == Column::Jwts) {
        return tr("JWTs issued for the session that have neither expired nor been revoked");
    }
    return ColumnTableModel::headerData(section, orientation, role);
}

bool SessionTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_busy && (!m_started || !m_atEnd);
}

void SessionTableModel::fetchMore(const QModelIndex& parent)
{
    // Views (and the model tester) ask for more from inside our own rowsInserted: one page at a time.
    if (parent.isValid() || m_busy || (m_started && m_atEnd)) {
        return;
    }
    const QScopedValueRollback busy(m_busy, true);
    m_started = true;
    auto page = m_store.list(m_filter, m_sort, m_pageSize, m_next);
    if (!page) {
        fail(page.error().message);
        return;
    }
    m_lastError.clear();
    m_atEnd = page->next.isNull();
    m_next = page->next;
    if (page->sessions.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->sessions.size()) - 1);
    m_rows += page->sessions;
    endInsertRows();
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(Column::Count)) {
        return;
    }
    const SessionSort wanted{sortKeyOf(static_cast<Column>(column)), order};
    if (wanted.key == m_sort.key && wanted.order == m_sort.order && m_started) {
        return;
    }
    m_sort = wanted;
    reload();
}

void SessionTableModel::setFilter(const SessionFilter& filter)
{
    m_filter = filter;
    reload();
}

void SessionTableModel::reload()
{
    {
        const QScopedValueRollback busy(m_busy, true);
        beginResetModel();
        m_rows.clear();
        m_next = {};
        m_atEnd = false;
        m_started = false;
        endResetModel();
    }
    fetchMore({});
}

void SessionTableModel::fail(const QString& message)
{
    m_lastError = message;
    m_atEnd = true; // do not retry on every scroll; reload() or refresh() tries again
    Q_EMIT loadFailed(message);
}

void SessionTableModel::refresh()
{
    if (m_busy) {
        return;
    }
    if (m_rows.isEmpty()) {
        reload();
        Q_EMIT refreshed();
        return;
    }
    if (m_rows.size() > kStructuralRefreshLimit) {
        refreshInPlace();
        Q_EMIT refreshed();
        return;
    }
    const int want = std::max(m_pageSize, static_cast<int>(m_rows.size()));
    const QScopedValueRollback busy(m_busy, true);
    auto page = m_store.list(m_filter, m_sort, want, {});
    if (!page) {
        m_lastError = page.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    const QList<Session>& fresh = page->sessions;
    QHash<qint64, int> freshPos;
    freshPos.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i) {
        freshPos.insert(fresh.at(i).id, i);
    }

    // 1. Rows that left the list (purged, or no longer matching the filter), bottom up in contiguous runs.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
        if (freshPos.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !freshPos.contains(m_rows.at(first - 1).id)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. The remaining rows in their new relative order (sessions move when they are seen, for example).
    bool ordered = true;
    for (int i = 1; i < m_rows.size() && ordered; ++i) {
        ordered = freshPos.value(m_rows.at(i - 1).id) < freshPos.value(m_rows.at(i).id);
    }
    if (!ordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> oldRow;
        for (int i = 0; i < m_rows.size(); ++i) {
            oldRow.insert(m_rows.at(i).id, i);
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [&freshPos](const Session& a, const Session& b) {
            return freshPos.value(a.id) < freshPos.value(b.id);
        });
        QHash<int, int> moved;
        for (int i = 0; i < m_rows.size(); ++i) {
            moved.insert(oldRow.value(m_rows.at(i).id), i);
        }
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& index : before) {
            after << this->index(moved.value(index.row(), index.row()), index.column());
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. New rows, top down in contiguous runs, so the list becomes exactly the fresh one.
    for (int i = 0; i < fresh.size();) {
        if (i < m_rows.size() && m_rows.at(i).id == fresh.at(i).id) {
            ++i;
            continue;
        }
        int last = i;
        // Every row of m_rows is in fresh, in the same order: the run ends where the next kept row begins.
        const qint64 nextKept = i < m_rows.size() ? m_rows.at(i).id : -1;
        while (last + 1 < fresh.size() && fresh.at(last + 1).id != nextKept) {
            ++last;
        }
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k) {
            m_rows.insert(k, fresh.at(k));
        }
        endInsertRows();
        i = last + 1;
    }

    // 4. Everything else may have changed (state, last seen, JWT count): new values for every row.
    m_rows = fresh;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1));
    }
    m_next = page->next;
    m_atEnd = page->next.isNull();
    Q_EMIT refreshed();
}

void SessionTableModel::refreshInPlace()
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Session& s : std::as_const(m_rows)) {
        ids << s.id;
    }
    QHash<qint64, Session> latest;
    for (qsizetype at = 0; at < ids.size(); at += 1000) {
        auto rows = m_store.fetch(ids.mid(at, 1000));
        if (!rows) {
            m_lastError = rows.error().message;
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        for (const Session& s : std::as_const(*rows)) {
            latest.insert(s.id, s);
        }
    }
    for (Session& s : m_rows) {
        const auto it = latest.constFind(s.id);
        if (it != latest.constEnd()) {
            s = it.value();
        }
    }
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1));
}

void SessionTableModel::timePassed()
{
    if (m_rows.isEmpty()) {
        return;
    }
    const int last = static_cast<int>(m_rows.size()) - 1;
    Q_EMIT dataChanged(index(0, static_cast<int>(Column::State)), index(last, static_cast<int>(Column::State)));
    Q_EMIT dataChanged(index(0, static_cast<int>(Column::LastSeen)), index(last, static_cast<int>(Column::Expires)));
}

const Session* SessionTableModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SessionTableModel::rowOfSession(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace authscope
