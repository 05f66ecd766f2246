#include "ui/audit/AuditTableModel.h"

#include "core/common/DisplayText.h"

#include "core/audit/AuditLog.h"
#include "core/common/TimeFormat.h"

#include <QJsonDocument>

namespace authscope {

AuditTableModel::AuditTableModel(AuditLog& log, int pageSize, QObject* parent)
    : RecordTableModel({QT_TR_NOOP("#"), QT_TR_NOOP("Time"), QT_TR_NOOP("Actor"), QT_TR_NOOP("Action"),
                        QT_TR_NOOP("Target"), QT_TR_NOOP("Details")},
                       RowHeader::Numbers, parent),
      m_log(log), m_pageSize(std::max(1, pageSize))
{
    reload();
}

QVariant AuditTableModel::recordData(const AuditEntry& e, int c, int role) const
{
    const auto column = static_cast<Column>(c);
    if (role == EntryIdRole) {
        return e.id;
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Id:
            return e.id;
        case Column::Time:
            return TimeFormat::local(e.timeMs);
        case Column::Actor: // D-DISPLAY: a failed login's user name reaches the log as typed
            return DisplayText::escape(e.actor);
        case Column::Action:
            return DisplayText::escape(e.action);
        case Column::Target:
            return DisplayText::escape(e.target);
        case Column::Details:
            return e.details.isEmpty() ? QString()
                                       : DisplayText::escape(QString::fromUtf8(
                                             QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Column::Time) {
            return TimeFormat::isoUtc(e.timeMs, true);
        }
        if (column == Column::Details || column == Column::Target) {
            return recordData(e, c, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column == Column::Id) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

AuditFilter AuditTableModel::baseFilter() const
{
    AuditFilter f;
    f.action = m_action;
    f.text = m_text;
    f.sinceMs = m_sinceMs;
    f.newestFirst = true;
    return f;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    // Views (and QAbstractItemModelTester) may ask for more while a reset or an insertion is still being
    // announced; rows inserted then would nest inside that change, so wait until it is over.
    return !parent.isValid() && !m_announcing && m_rows.size() < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    AuditFilter f = baseFilter();
    f.limit = m_pageSize;
    if (!m_rows.isEmpty()) {
        f.beforeId = m_rows.constLast().id;
    }
    auto page = m_log.list(f);
    if (!page) {
        m_lastError = page.error().message;
        m_total = m_rows.size(); // stop asking for more until the next reload
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_announcing = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    m_announcing = false;
}

void AuditTableModel::setFilter(const QString& action, const QString& text, std::optional<qint64> sinceMs)
{
    if (action == m_action && text == m_text && sinceMs == m_sinceMs) {
        return;
    }
    m_action = action;
    m_text = text;
    m_sinceMs = sinceMs;
    reload();
}

void AuditTableModel::reload()
{
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    auto total = m_log.count(baseFilter());
    if (!total) {
        m_total = 0;
        m_lastError = total.error().message;
    } else {
        m_total = *total;
    }
    endResetModel();
    m_announcing = false;
    if (!m_lastError.isEmpty()) {
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    fetchMore({});
}

} // namespace authscope
