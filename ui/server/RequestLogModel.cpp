#include "ui/server/RequestLogModel.h"

#include "core/common/DisplayText.h"

#include "core/common/TimeFormat.h"
#include "ui/widgets/StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace authscope {

RequestLogModel::RequestLogModel(int capacity, QObject* parent)
    : ColumnTableModel({QT_TR_NOOP("Time"), QT_TR_NOOP("Method"), QT_TR_NOOP("Path"), QT_TR_NOOP("Status"),
                        QT_TR_NOOP("Auth"), QT_TR_NOOP("Check"), QT_TR_NOOP("Total"), QT_TR_NOOP("Note")},
                       RowHeader::Numbers, parent),
      m_capacity(capacity)
{
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &RequestLogModel::flush);
    m_flushTimer.start();
}

int RequestLogModel::rows() const
{
    return static_cast<int>(m_rows.size());
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RequestLogEntry& e = m_rows.at(static_cast<size_t>(index.row()));
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Time:
            return TimeFormat::timeOfDay(e.timeMs);
        case Column::Method: // D-DISPLAY: method, path and note come from the request
            return DisplayText::escape(QString::fromLatin1(e.method));
        case Column::Path:
            return DisplayText::escape(e.path);
        case Column::Status:
            return e.status;
        case Column::Auth:
            if (e.method == "-") {
                return QString(); // refused by the connection guard before any handler ran
            }
            return e.authMethod.isEmpty() ? tr("none") : DisplayText::escape(e.authMethod);
        case Column::Check:
            return e.authMicros < 0 ? QString() : tr("%1 µs").arg(QLocale().toString(e.authMicros));
        case Column::Total:
            return e.totalMicros < 0 ? QString() : tr("%1 µs").arg(QLocale().toString(e.totalMicros));
        case Column::Note:
            return DisplayText::escape(e.note);
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ForegroundRole && column == Column::Status) {
        if (e.status >= 500) {
            return QBrush(statusColor(StatusColor::Bad));
        }
        if (e.status >= 400) {
            return QBrush(statusColor(StatusColor::Caution));
        }
        return QBrush(statusColor(StatusColor::Good));
    }
    if (role == Qt::TextAlignmentRole &&
        (column == Column::Status || column == Column::Check || column == Column::Total)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        return QString(e.toLine() +
                       (e.remote.isEmpty() ? QString() : tr(" from %1").arg(DisplayText::escape(e.remote))));
    }
    return {};
}

void RequestLogModel::append(const RequestLogEntry& entry)
{
    ++m_total;
    if (entry.status >= 400) {
        ++m_errors;
    }
    ++m_windowCount;
    if (m_paused) {
        return;
    }
    m_pending.append(entry);
    // Under a flood, keep only what can be shown.
    if (m_pending.size() > m_capacity) {
        m_pending.remove(0, m_pending.size() - m_capacity);
    }
}

void RequestLogModel::flush()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_windowStartMs == 0) {
        m_windowStartMs = now;
    }
    if (now - m_windowStartMs >= 1000) {
        m_rate = m_windowCount * 1000.0 / static_cast<double>(now - m_windowStartMs);
        m_windowCount = 0;
        m_windowStartMs = now;
        Q_EMIT statsChanged();
    }
    if (m_pending.isEmpty()) {
        return;
    }
    const int incoming = static_cast<int>(m_pending.size());
    // Drop the oldest rows first so the table never exceeds its capacity.
    const int overflow = static_cast<int>(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        const int drop = std::min(overflow, static_cast<int>(m_rows.size()));
        if (drop > 0) {
            beginRemoveRows({}, static_cast<int>(m_rows.size()) - drop, static_cast<int>(m_rows.size()) - 1);
            m_rows.erase(m_rows.end() - drop, m_rows.end());
            endRemoveRows();
        }
    }
    beginInsertRows({}, 0, incoming - 1);
    for (const RequestLogEntry& e : std::as_const(m_pending)) {
        m_rows.push_front(e);
    }
    endInsertRows();
    // The rows pushed past the newest DetailRows by this batch let their detail go (older ones already did).
    const auto end = std::min(m_rows.size(), static_cast<size_t>(DetailRows + incoming));
    for (auto row = static_cast<size_t>(DetailRows); row < end; ++row) {
        m_rows[row].detail.reset();
    }
    m_pending.clear();
    Q_EMIT statsChanged();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_total = 0;
    m_errors = 0;
    endResetModel();
    Q_EMIT statsChanged();
}

void RequestLogModel::setPaused(bool paused)
{
    m_paused = paused;
}

const RequestLogEntry* RequestLogModel::entryAt(int row) const
{
    return row >= 0 && static_cast<size_t>(row) < m_rows.size() ? &m_rows.at(static_cast<size_t>(row)) : nullptr;
}

} // namespace authscope
