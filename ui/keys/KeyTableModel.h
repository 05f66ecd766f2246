#pragma once

#include "core/keys/KeyRecord.h"
#include "core/keys/RotationPolicy.h"
#include "ui/widgets/ColumnTableModel.h"

#include <QHash>
#include <QList>

namespace authscope {

class KeyStore;

// The signing keys for the Keys page: state, kid, algorithm, purpose, age and what happens next. A key store
// holds a handful of keys, so the model loads them all (no paging).
class KeyTableModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyTableModel)

public:
    enum class Column
    {
        State,
        Kid,
        Algorithm,
        Purpose,
        Age,
        Next,
        Count
    };
    enum Role
    {
        KidRole = Qt::UserRole + 1,
        StateRole
    };

    explicit KeyTableModel(KeyStore& store, QObject* parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reloads from the store; false (and loadFailed) when the database cannot be read.
    bool reload();
    // The times ("retires in 2 h 10 min") moved on: repaint the Age and Next columns.
    void refreshTimes();
    [[nodiscard]] const KeyRecord* keyAt(int row) const;
    [[nodiscard]] int rowOf(const QString& kid) const;
    [[nodiscard]] const QList<KeyRecord>& keys() const { return m_keys; }

    // "2 h 10 min", "3 d 4 h", "45 s" (translated units).
    [[nodiscard]] static QString duration(qint64 ms);
    [[nodiscard]] static QString stateLabel(KeyState state);
    // What happens to the key next, for the table and the tooltips.
    [[nodiscard]] QString whatNext(const KeyRecord& key) const;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    [[nodiscard]] int rows() const override;

    KeyStore& m_store;
    QList<KeyRecord> m_keys;
    QHash<QString, qint64> m_nextRotation; // purpose -> next scheduled rotation (0: none)
};

} // namespace authscope
