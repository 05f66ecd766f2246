#pragma once

#include "core/sessions/Session.h"
#include "core/sessions/SessionQuery.h"
#include "ui/widgets/ColumnTableModel.h"

#include <QList>

namespace authscope {

class Clock;
class SessionStore;

// Sessions as a table, straight from SQL: rows are fetched a page at a time as the view scrolls (never the
// whole table), and filtering and sorting happen in the query. refresh() re-reads the rows already loaded and
// applies the difference as removals, a reorder and insertions, so selections and the current row survive it.
class SessionTableModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum class Column
    {
        Id,
        User,
        State,
        Created,
        LastSeen,
        Expires,
        Ip,
        Client,
        Method,
        Jwts,
        Count
    };
    static constexpr int SessionIdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; // SessionState as int
    static constexpr int UserIdRole = Qt::UserRole + 3;

    SessionTableModel(SessionStore& store, const Clock& clock, int pageSize = 200, QObject* parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const SessionFilter& filter);
    [[nodiscard]] const SessionFilter& filter() const { return m_filter; }
    [[nodiscard]] SessionSort sortOrder() const { return m_sort; }

    // Starts again from the first page.
    void reload();
    // Re-reads what is loaded and applies the changes in place.
    void refresh();
    // Repaints the columns that depend on the time (state, last seen, expires) without asking the database.
    void timePassed();

    [[nodiscard]] const Session* sessionAt(int row) const;
    [[nodiscard]] int rowOfSession(qint64 id) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    [[nodiscard]] static SessionSortKey sortKeyOf(Column column);
    [[nodiscard]] static QString relativeTime(qint64 ms, qint64 nowMs);
    [[nodiscard]] static QString stateText(SessionState state);

Q_SIGNALS:
    void loadFailed(const QString& message);
    void refreshed();

private:
    [[nodiscard]] int rows() const override;

    void fail(const QString& message);
    void refreshInPlace();

    SessionStore& m_store;
    const Clock& m_clock;
    int m_pageSize;
    SessionFilter m_filter;
    SessionSort m_sort;
    QList<Session> m_rows;
    SessionCursor m_next;
    bool m_atEnd = false;
    bool m_started = false;
    bool m_busy = false; // inside fetchMore() or refresh(): no nested loads
    QString m_lastError;
};

} // namespace authscope
