#pragma once

#include "core/server/RequestLogEntry.h"
#include "ui/widgets/ColumnTableModel.h"

#include <QList>
#include <QTimer>

#include <deque>

namespace authscope {

// The live request log: the newest entries first, at most `capacity` of them. Entries arrive one by one from
// the server thread; they are queued and shown in batches a few times a second, so thousands of requests a
// second never make the table (or the window) stutter. Only the newest DetailRows entries keep their detail (the
// masked request and response), so that the log's memory stays bounded.
class RequestLogModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum class Column
    {
        Time,
        Method,
        Path,
        Status,
        Auth,
        Check,
        Total,
        Note,
        Count
    };

    static constexpr int DetailRows = 1000;

    explicit RequestLogModel(int capacity = 5000, QObject* parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void append(const RequestLogEntry& entry); // queued; shown at the next flush
    void flush();                              // show what is queued now
    void clear();
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }

    [[nodiscard]] qint64 totalSeen() const { return m_total; }
    [[nodiscard]] qint64 errorsSeen() const { return m_errors; } // status >= 400
    [[nodiscard]] double requestsPerSecond() const { return m_rate; }
    [[nodiscard]] const RequestLogEntry* entryAt(int row) const;

Q_SIGNALS:
    void statsChanged();

private:
    [[nodiscard]] int rows() const override;

    int m_capacity;
    std::deque<RequestLogEntry> m_rows; // newest first
    QList<RequestLogEntry> m_pending;
    QTimer m_flushTimer;
    bool m_paused = false;
    qint64 m_total = 0;
    qint64 m_errors = 0;
    qint64 m_windowCount = 0;
    qint64 m_windowStartMs = 0;
    double m_rate = 0;
};

} // namespace authscope
