#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Error.h"
#include "ui/widgets/RecordTableModel.h"

#include <QList>

namespace authscope {

class AuditLog;

// The audit log as a table, newest first, fetched a page at a time (keyset paging on the id) so that a long
// log never sits in memory whole. Filtering happens in SQL.
class AuditTableModel final : public RecordTableModel<AuditEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum class Column
    {
        Id,
        Time,
        Actor,
        Action,
        Target,
        Details,
        Count
    };
    static constexpr int EntryIdRole = Qt::UserRole + 1;

    explicit AuditTableModel(AuditLog& log, int pageSize = 200, QObject* parent = nullptr);

    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Filters: an action (exact, or a prefix ending in '.'), free text and a start time; all empty = everything.
    void setFilter(const QString& action, const QString& text, std::optional<qint64> sinceMs = std::nullopt);
    // Reloads from the first page, e.g. after new rows were appended.
    void reload();

    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] const AuditEntry* entryAt(int row) const { return recordAt(row); }
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    [[nodiscard]] QVariant recordData(const AuditEntry& record, int column, int role) const override;

    AuditFilter baseFilter() const;

    AuditLog& m_log;
    int m_pageSize;
    QString m_action;
    QString m_text;
    std::optional<qint64> m_sinceMs;
    qint64 m_total = 0;
    QString m_lastError;
    bool m_announcing = false;
};

} // namespace authscope
