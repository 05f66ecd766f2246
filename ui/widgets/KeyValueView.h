#pragma once

#include <QJsonObject>
#include <QTreeWidget>

namespace authscope {

// Details as a two-column list a person can read: one row per field, nested objects as expandable rows, times
// (members named *_ms, *At, exp/iat/nbf and the like) as local and UTC time, durations (*_s, *_secs) in words.
// Text from outside is shown escaped (D-DISPLAY). Used for audit rows on the Audit and Sessions pages.
class KeyValueView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueView)

public:
    explicit KeyValueView(QWidget* parent = nullptr);

    // Replaces the rows: `leading` first (already readable), then the members of `details`.
    void setDetails(const QList<std::pair<QString, QString>>& leading, const QJsonObject& details);
    void clearDetails();
    // Adds one top-level row (`key`, `value`) whose children are the members of `members`; returns it.
    QTreeWidgetItem* addGroup(const QString& key, const QString& value, const QJsonObject& members);
    // The value shown for `key` at the top level (for tests); empty when there is no such row.
    [[nodiscard]] QString valueOf(const QString& key) const;
    // "2026-11-26 10:14 (09:14:03 UTC)" for a member that holds a time, a duration in words, else the JSON value.
    [[nodiscard]] static QString readable(const QString& key, const QJsonValue& value);

private:
    void addMembers(QTreeWidgetItem* parent, const QJsonObject& object);
};

} // namespace authscope
