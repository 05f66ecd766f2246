#include "core/audit/AuditCheckpoint.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace authscope {

namespace {

Error badCheckpoint(const QString& why)
{
    return Error{u"audit.checkpoint-format"_s, u"not an AuthScope audit checkpoint: %1"_s.arg(why)};
}

bool isHex64(const QString& text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return hex.match(text).hasMatch();
}

} // namespace

QByteArray AuditCheckpoint::signedText() const
{
    return QByteArray(Format) + '\n' + QByteArray::number(rows) + '\n' + QByteArray::number(headId) + '\n' +
           headHash.toLatin1() + '\n' + QByteArray::number(timeMs);
}

QByteArray AuditCheckpoint::toJson() const
{
    const QJsonObject o{
        {u"format"_s, QString::fromLatin1(Format)},
        {u"rows"_s, rows},
        {u"head_id"_s, headId},
        {u"head_hash"_s, headHash},
        {u"time_ms"_s, timeMs},
        {u"time"_s, QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {u"mac"_s, mac},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<AuditCheckpoint> AuditCheckpoint::fromJson(const QByteArray& json)
{
    if (json.size() > 64 * 1024) {
        return std::unexpected(badCheckpoint(u"the file is larger than 64 KiB"_s));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::unexpected(badCheckpoint(u"the file is not a JSON object"_s));
    }
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != QLatin1StringView(Format)) {
        return std::unexpected(badCheckpoint(u"its format is not %1"_s.arg(QLatin1StringView(Format))));
    }
    AuditCheckpoint c;
    const auto integer = [&o](const QString& name, qint64& out) {
        const QJsonValue v = o.value(name);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != static_cast<double>(v.toInteger())) {
            return false;
        }
        out = v.toInteger();
        return true;
    };
    if (!integer(u"rows"_s, c.rows) || !integer(u"head_id"_s, c.headId) || !integer(u"time_ms"_s, c.timeMs)) {
        return std::unexpected(badCheckpoint(u"rows, head_id and time_ms must be whole numbers >= 0"_s));
    }
    c.headHash = o.value(u"head_hash"_s).toString();
    c.mac = o.value(u"mac"_s).toString();
    if (!isHex64(c.headHash) || !isHex64(c.mac)) {
        return std::unexpected(badCheckpoint(u"head_hash and mac must be 64 lower-case hex digits"_s));
    }
    if (c.rows != c.headId) {
        return std::unexpected(badCheckpoint(u"rows and head_id differ"_s));
    }
    return c;
}

} // namespace authscope
