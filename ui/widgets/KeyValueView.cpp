#include "ui/widgets/KeyValueView.h"

#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>

namespace authscope {

namespace {

bool isMillisecondsTime(const QString& key)
{
    return key.endsWith(QStringLiteral("_ms")) || key.endsWith(QStringLiteral("Ms")) ||
           key.endsWith(QStringLiteral("_at_ms"));
}

bool isSecondsTime(const QString& key)
{
    static const QStringList names{QStringLiteral("exp"),        QStringLiteral("iat"),
                                   QStringLiteral("nbf"),        QStringLiteral("auth_time"),
                                   QStringLiteral("expires_at"), QStringLiteral("not_before")};
    return names.contains(key) || key.endsWith(QStringLiteral("_at"));
}

bool isDuration(const QString& key)
{
    return key.endsWith(QStringLiteral("_s")) || key.endsWith(QStringLiteral("_secs")) ||
           key.endsWith(QStringLiteral("Secs")) || key.endsWith(QStringLiteral("_seconds"));
}

QString timeText(qint64 ms)
{
    const QString utc = TimeFormat::utcMs(ms);
    return utc.isEmpty() ? QString::number(ms) : TimeFormat::local(ms) + QStringLiteral(" (") + utc + u')';
}

} // namespace

KeyValueView::KeyValueView(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QString KeyValueView::readable(const QString& key, const QJsonValue& value)
{
    if (value.isDouble()) {
        const auto number = static_cast<qint64>(value.toDouble());
        // Plausible epoch values only (2001..2286): a count named *_ms stays a number.
        if (isMillisecondsTime(key) && number > 1'000'000'000'000LL && number < 9'999'999'999'999LL) {
            return timeText(number);
        }
        if (isSecondsTime(key) && number > 1'000'000'000LL && number < 9'999'999'999LL) {
            return timeText(number * 1000);
        }
        if (isDuration(key) && number >= 0) {
            return TimeFormat::duration(number);
        }
        return value.toVariant().toString();
    }
    if (value.isString()) {
        return DisplayText::escape(value.toString());
    }
    if (value.isBool()) {
        return value.toBool() ? tr("yes") : tr("no");
    }
    if (value.isNull()) {
        return tr("(none)");
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& v : value.toArray()) {
            items << (v.isString()
                          ? DisplayText::escape(v.toString())
                          : DisplayText::escape(QString::fromUtf8(
                                QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1))));
        }
        return items.join(QStringLiteral(", "));
    }
    return {};
}

void KeyValueView::setDetails(const QList<std::pair<QString, QString>>& leading, const QJsonObject& details)
{
    clear();
    for (const auto& [key, value] : leading) {
        auto* item = new QTreeWidgetItem(this, {key, value});
        item->setToolTip(1, value);
    }
    addMembers(invisibleRootItem(), details);
}

void KeyValueView::addMembers(QTreeWidgetItem* parent, const QJsonObject& object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = DisplayText::escape(it.key());
        if (it->isObject()) {
            auto* group = new QTreeWidgetItem(parent, {key, QString()});
            addMembers(group, it->toObject());
            group->setExpanded(true);
            continue;
        }
        const QString value = readable(it.key(), *it);
        auto* item = new QTreeWidgetItem(parent, {key, value});
        item->setToolTip(1, value);
    }
}

QTreeWidgetItem* KeyValueView::addGroup(const QString& key, const QString& value, const QJsonObject& members)
{
    auto* group = new QTreeWidgetItem(this, {key, value});
    group->setToolTip(1, value);
    addMembers(group, members);
    return group;
}

void KeyValueView::clearDetails()
{
    clear();
}

QString KeyValueView::valueOf(const QString& key) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(0) == key) {
            return topLevelItem(i)->text(1);
        }
    }
    return {};
}

} // namespace authscope
