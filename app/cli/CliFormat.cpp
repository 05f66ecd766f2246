#include "app/cli/CliFormat.h"

#include "core/common/DisplayText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace authscope::cli {

Result<qint64> parseTimeArgument(const QString& text, qint64 nowMs)
{
    const QString t = text.trimmed();
    static const QRegularExpression age(QStringLiteral("^(\\d{1,9})([smhd])$"));
    if (const auto m = age.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 secs = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        return nowMs - secs * 1000;
    }
    static const QRegularExpression epoch(QStringLiteral("^\\d{1,12}$"));
    if (epoch.match(t).hasMatch()) {
        return t.toLongLong() * 1000;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid()) {
            dt = QDateTime(d, QTime(0, 0), Qt::UTC);
        }
    }
    if (!dt.isValid()) {
        return fail(QStringLiteral("cli.bad-time"),
                    QStringLiteral("'%1' is not a time: use epoch seconds, an ISO date such as 2026-11-26 or "
                                   "2026-11-26T09:00:00Z, or an age such as 90s, 15m, 2h, 7d")
                        .arg(text));
    }
    if (dt.timeSpec() == Qt::LocalTime && !t.contains(u'Z') && !t.contains(u'+')) {
        dt.setTimeSpec(Qt::UTC); // a bare date-time on the command line means UTC, like the output
    }
    return dt.toMSecsSinceEpoch();
}

Result<qint64> parseWholeNumber(const QString& text, const QString& option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max) {
        return fail(QStringLiteral("cli.bad-number"),
                    QStringLiteral("%1 needs a whole number from %2 to %3").arg(option).arg(min).arg(max));
    }
    return n;
}

QString formatTable(const QStringList& headers, const QList<QStringList>& rawRows)
{
    // D-DISPLAY: every cell may hold text from outside (a user name, a kid, an audit detail).
    QList<QStringList> rows;
    rows.reserve(rawRows.size());
    for (const QStringList& raw : rawRows) {
        QStringList row;
        row.reserve(raw.size());
        for (const QString& cell : raw) {
            row << DisplayText::escape(cell);
        }
        rows << row;
    }
    QList<qsizetype> widths;
    for (const QString& h : headers) {
        widths << h.size();
    }
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    auto line = [&widths](const QStringList& cells) -> QString {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            s += last ? cells[i] : cells[i].leftJustified(widths.value(i) + 2, u' ');
        }
        return s + u'\n';
    };
    QString out = line(headers);
    for (const QStringList& row : rows) {
        out += line(row);
    }
    return out;
}

QString compactJson(const QJsonValue& value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    // Scalars: wrap, serialise, unwrap ("[x]" -> "x").
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace authscope::cli
