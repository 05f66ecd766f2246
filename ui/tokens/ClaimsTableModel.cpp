#include "ui/tokens/ClaimsTableModel.h"

#include "core/common/DisplayText.h"

#include "core/common/TimeFormat.h"
#include "core/jose/ClaimSet.h"
#include "core/jose/TokenLinter.h"
#include "ui/tokens/ClaimCatalog.h"
#include "ui/tokens/JsonText.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/RelativeTime.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace authscope {

namespace {

QString compactJson(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

constexpr qint64 kSoonSecs = 5 * 60; // an exp closer than this is shown as a caution

} // namespace

ClaimsTableModel::ClaimsTableModel(Part part, QObject* parent)
    : RecordTableModel({QT_TR_NOOP("Claim"), QT_TR_NOOP("Value"), QT_TR_NOOP("Relative to now"),
                        QT_TR_NOOP("Local time"), QT_TR_NOOP("UTC")},
                       RowHeader::Numbers, parent),
      m_part(part)
{}

QString ClaimsTableModel::displayValue(const Row& row) const
{
    const QJsonValue& v = row.value;
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integral values (NumericDates above all) without an exponent.
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0) {
            return QString::number(static_cast<qint64>(d));
        }
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array: {
        const QJsonArray array = v.toArray();
        bool allStrings = !array.isEmpty();
        for (const QJsonValue& item : array) {
            allStrings = allStrings && item.isString();
        }
        if (allStrings) {
            QStringList items;
            for (const QJsonValue& item : array) {
                items.append(item.toString());
            }
            return items.join(QStringLiteral(", "));
        }
        return compactJson(v);
    }
    case QJsonValue::Bool:
    case QJsonValue::Null:
    case QJsonValue::Object:
        return compactJson(v);
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString ClaimsTableModel::tooltip(const Row& row, Column column) const
{
    if (column == Column::Name) {
        const auto entry =
            m_part == Part::Header ? ClaimCatalog::headerParameter(row.name) : ClaimCatalog::claim(row.name);
        if (!entry) {
            return m_part == Part::Header
                       ? tr("%1: a header parameter not registered by the JOSE specifications; its meaning is up to "
                            "the issuer.")
                             .arg(DisplayText::escape(row.name))
                       : tr("%1: a private claim, not registered; its meaning is up to the issuer.")
                             .arg(DisplayText::escape(row.name));
        }
        return tr("%1 (%2)\n%3\nDefined in %4").arg(entry->title, row.name, entry->description, entry->reference);
    }
    if (column == Column::Value) {
        QString text = DisplayText::escape(compactJson(row.value));
        if (m_part == Part::Claims && jose::TokenLinter::isSensitiveClaimName(row.name)) {
            text += u'\n' + tr("This claim looks sensitive: a JWT payload is only encoded, not encrypted, so anyone "
                               "who holds the token can read it.");
        }
        return text;
    }
    if (row.dateClaim && !row.date) {
        return tr("A NumericDate must be a number of seconds since 1970-01-01 UTC, between 0 and year 9999.");
    }
    if (row.date && (column == Column::LocalTime || column == Column::UtcTime || column == Column::Relative)) {
        return TimeFormat::isoUtc(*row.date * 1000, false);
    }
    return {};
}

QVariant ClaimsTableModel::foreground(const Row& row, Column column) const
{
    const TokenPalette palette = TokenPalette::current();
    if (column == Column::Value && m_part == Part::Claims && jose::TokenLinter::isSensitiveClaimName(row.name)) {
        return palette.caution;
    }
    if (column != Column::Relative || !row.dateClaim) {
        return {};
    }
    if (!row.date) {
        return palette.bad;
    }
    const qint64 when = *row.date;
    if (row.name == u"exp") {
        if (when <= m_now) {
            return palette.bad;
        }
        return when - m_now < kSoonSecs ? palette.caution : palette.good;
    }
    if ((row.name == u"nbf" || row.name == u"iat") && when > m_now) {
        return palette.bad;
    }
    return {};
}

QVariant ClaimsTableModel::recordData(const Row& row, int c, int role) const
{
    const auto column = static_cast<Column>(c);
    switch (role) {
    case NameRole:
        return row.name;
    case JsonRole:
        return compactJson(row.value);
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name: {
            const auto entry =
                m_part == Part::Header ? ClaimCatalog::headerParameter(row.name) : ClaimCatalog::claim(row.name);
            // D-DISPLAY: names and values are the token's, whoever made it
            return entry ? tr("%1 (%2)").arg(DisplayText::escape(row.name), entry->title)
                         : DisplayText::escape(row.name);
        }
        case Column::Value:
            return DisplayText::escape(displayValue(row));
        case Column::LocalTime:
            return row.date ? TimeFormat::localToSecond(*row.date) : QString();
        case Column::UtcTime:
            return row.date ? TimeFormat::utcSecs(*row.date) : QString();
        case Column::Relative:
            if (row.dateClaim && !row.date) {
                return tr("not a valid NumericDate");
            }
            return row.date ? RelativeTime::describe(row.name, *row.date, m_now) : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::FontRole:
        if (column == Column::Name) {
            const auto entry =
                m_part == Part::Header ? ClaimCatalog::headerParameter(row.name) : ClaimCatalog::claim(row.name);
            if (entry && entry->registered) {
                return boldFont();
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant ClaimsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && static_cast<Column>(section) == Column::Name &&
        m_part == Part::Header) {
        return tr("Parameter");
    }
    return ColumnTableModel::headerData(section, orientation, role);
}

void ClaimsTableModel::setObject(const QJsonObject& object, const QStringList& order)
{
    beginResetModel();
    m_rows.clear();
    const QStringList names = JsonText::orderedNames(object, order);
    for (const QString& name : names) {
        Row row;
        row.name = name;
        row.value = object.value(name);
        if (m_part == Part::Claims) {
            const auto entry = ClaimCatalog::claim(name);
            row.dateClaim = entry && entry->numericDate;
            if (row.dateClaim && row.value.isDouble()) {
                const double d = row.value.toDouble();
                if (std::isfinite(d) && d >= 0 && d <= static_cast<double>(jose::ClaimSet::MaxNumericDate)) {
                    row.date = static_cast<qint64>(std::floor(d));
                }
            }
        }
        m_rows.append(row);
    }
    endResetModel();
}

void ClaimsTableModel::clear()
{
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ClaimsTableModel::setNow(qint64 nowSecs)
{
    if (nowSecs == m_now) {
        return;
    }
    m_now = nowSecs;
    if (hasDates()) {
        const int column = static_cast<int>(Column::Relative);
        Q_EMIT dataChanged(index(0, column), index(static_cast<int>(m_rows.size()) - 1, column),
                           {Qt::DisplayRole, Qt::ForegroundRole});
    }
}

int ClaimsTableModel::rowOf(const QString& name) const
{
    return rowWhere([&name](const Row& row) { return row.name == name; });
}

bool ClaimsTableModel::hasDates() const
{
    return rowWhere([](const Row& row) { return row.dateClaim; }) >= 0;
}

} // namespace authscope
