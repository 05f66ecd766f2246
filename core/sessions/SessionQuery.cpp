#include "core/sessions/SessionQuery.h"

#include "core/sessions/IpRange.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope {

namespace {

constexpr auto kBase64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct SortName
{
    SessionSortKey key;
    const char* name;
};

constexpr SortName kSortNames[] = {
    {SessionSortKey::Id, "id"},
    {SessionSortKey::User, "user"},
    {SessionSortKey::State, "state"},
    {SessionSortKey::Created, "created"},
    {SessionSortKey::LastSeen, "last-seen"},
    {SessionSortKey::Expires, "expires"},
    {SessionSortKey::Ip, "ip"},
    {SessionSortKey::UserAgent, "user-agent"},
    {SessionSortKey::Method, "method"},
    {SessionSortKey::Tokens, "jwts"},
};

// Splits search text into words, keeping quoted parts together: ua:"Mobile Safari" -> one word.
QStringList searchWords(const QString& text)
{
    QStringList words;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty()) {
                words << current;
                current.clear();
            }
        } else {
            current += c;
        }
    }
    if (!current.isEmpty()) {
        words << current;
    }
    return words;
}

} // namespace

bool SessionFilter::isEmpty() const
{
    return user.isEmpty() && ip.isEmpty() && userAgent.isEmpty() && states.isEmpty() && !method && !createdFromMs &&
           !createdToMs && !seenFromMs && !seenToMs;
}

Result<void> SessionFilter::parseSearch(const QString& text, SessionFilter& into)
{
    for (const QString& word : searchWords(text)) {
        const qsizetype colon = word.indexOf(u':');
        const QString field = colon > 0 ? word.left(colon).toLower() : QString();
        const QString value = colon > 0 ? word.mid(colon + 1) : word;
        if (field == QStringLiteral("user")) {
            into.user = value;
            into.userPrefix = value.endsWith(u'*');
            if (into.userPrefix) {
                into.user.chop(1);
            }
        } else if (field == QStringLiteral("ip")) {
            if (!IpRange::parse(value)) {
                return fail(QStringLiteral("sessions.bad-filter"),
                            QStringLiteral("'%1' is not an IP address, CIDR block or prefix such as 10.2.").arg(value));
            }
            into.ip = value;
        } else if (field == QStringLiteral("ua") || field == QStringLiteral("agent")) {
            into.userAgent = value;
        } else if (field == QStringLiteral("state")) {
            const auto state = sessionStateFromName(value);
            if (!state) {
                return fail(QStringLiteral("sessions.bad-filter"),
                            QStringLiteral("'%1' is not a state: use active, expired or revoked.").arg(value));
            }
            if (!into.states.contains(*state)) {
                into.states << *state;
            }
        } else if (field == QStringLiteral("method")) {
            const auto method = authMethodFromName(value);
            if (!method) {
                return fail(QStringLiteral("sessions.bad-filter"),
                            QStringLiteral("'%1' is not a method: use cookie or jwt.").arg(value));
            }
            into.method = method;
        } else if (IpRange::looksLikeAddress(word)) {
            into.ip = word;
        } else {
            // A bare word (or an unknown "field:") is the start of a user name.
            into.user = word;
            into.userPrefix = true;
            if (into.user.endsWith(u'*')) {
                into.user.chop(1);
            }
        }
    }
    return {};
}

QString SessionCursor::toString() const
{
    QJsonArray parts;
    for (const QVariant& v : key) {
        switch (v.typeId()) {
        case QMetaType::QByteArray:
            parts.append(QString(QStringLiteral("b:") + QString::fromLatin1(v.toByteArray().toBase64(kBase64Options))));
            break;
        case QMetaType::QString:
            parts.append(QString(QStringLiteral("s:") + v.toString()));
            break;
        default:
            parts.append(QString(QStringLiteral("i:") + QString::number(v.toLongLong())));
            break;
        }
    }
    return QString::fromLatin1(QJsonDocument(parts).toJson(QJsonDocument::Compact).toBase64(kBase64Options));
}

std::optional<SessionCursor> SessionCursor::fromString(const QString& text)
{
    if (text.size() > 4096) {
        return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), kBase64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() > 8) {
        return std::nullopt;
    }
    SessionCursor cursor;
    for (const QJsonValue& part : doc.array()) {
        const QString s = part.toString();
        const QString body = s.mid(2);
        if (s.startsWith(QStringLiteral("i:"))) {
            bool ok = false;
            const qint64 n = body.toLongLong(&ok);
            if (!ok) {
                return std::nullopt;
            }
            cursor.key << n;
        } else if (s.startsWith(QStringLiteral("s:"))) {
            cursor.key << body;
        } else if (s.startsWith(QStringLiteral("b:"))) {
            const auto blob = QByteArray::fromBase64Encoding(body.toLatin1(),
                                                             kBase64Options | QByteArray::AbortOnBase64DecodingErrors);
            if (!blob) {
                return std::nullopt;
            }
            cursor.key << blob.decoded;
        } else {
            return std::nullopt;
        }
    }
    return cursor;
}

QString sessionSortKeyName(SessionSortKey key)
{
    for (const SortName& s : kSortNames) {
        if (s.key == key) {
            return QString::fromLatin1(s.name);
        }
    }
    return {};
}

std::optional<SessionSortKey> sessionSortKeyFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (const SortName& s : kSortNames) {
        if (n == QLatin1StringView(s.name)) {
            return s.key;
        }
    }
    return std::nullopt;
}

} // namespace authscope
