#include "core/keys/JwksPublisher.h"

#include "core/keys/KeyStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace authscope {

namespace {

// RFC 7517 §4 private members (and RSA's multi-prime list): never in anything we publish (rule 13).
const QStringList& privateMembers()
{
    static const QStringList members{QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                     QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi"),
                                     QStringLiteral("k"),  QStringLiteral("oth")};
    return members;
}

int publishRank(const KeyRecord& r, qint64 nowMs)
{
    switch (r.effectiveState(nowMs)) {
    case KeyState::Active:
        return 0;
    case KeyState::Next:
        return 1;
    default:
        return 2;
    }
}

} // namespace

JwksPublisher::JwksPublisher(const KeyStore& store) : m_store(store) {}

QJsonObject JwksPublisher::publicJwk(const jose::Jwk& key)
{
    if (key.isSymmetric()) {
        return {};
    }
    auto pub = key.publicKey();
    if (!pub) {
        return {};
    }
    QJsonObject o = pub->toJson(false);
    for (const QString& name : privateMembers()) {
        o.remove(name);
    }
    return o;
}

QJsonObject JwksPublisher::jwksOf(const QList<KeyRecord>& records, qint64 nowMs)
{
    QList<const KeyRecord*> published;
    for (const KeyRecord& r : records) {
        if (r.isPublished(nowMs) && !r.publicJwk.isEmpty()) {
            published.append(&r);
        }
    }
    std::stable_sort(published.begin(), published.end(), [nowMs](const KeyRecord* a, const KeyRecord* b) {
        const int rankA = publishRank(*a, nowMs);
        const int rankB = publishRank(*b, nowMs);
        if (rankA != rankB) {
            return rankA < rankB;
        }
        if (a->purpose != b->purpose) {
            return a->purpose < b->purpose;
        }
        return a->createdMs > b->createdMs;
    });
    QJsonArray keys;
    for (const KeyRecord* r : std::as_const(published)) {
        QJsonObject o = r->publicJwk;
        if (o.value(QLatin1StringView("kty")).toString() == QStringLiteral("oct")) {
            continue;
        }
        for (const QString& name : privateMembers()) {
            o.remove(name);
        }
        keys.append(o);
    }
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

Result<void> JwksPublisher::checkPublishable(const QJsonObject& jwks)
{
    const QJsonValue keys = jwks.value(QLatin1StringView("keys"));
    if (!keys.isArray()) {
        return fail(QStringLiteral("keys.jwks"), QStringLiteral("a JWKS needs a 'keys' array"));
    }
    for (const QJsonValue& v : keys.toArray()) {
        const QJsonObject key = v.toObject();
        const QString kid = key.value(QLatin1StringView("kid")).toString();
        if (key.value(QLatin1StringView("kty")).toString() == QStringLiteral("oct")) {
            return fail(QStringLiteral("keys.jwks"), QStringLiteral("key %1 is an HMAC secret (oct)").arg(kid));
        }
        for (const QString& member : privateMembers()) {
            if (key.contains(member)) {
                return fail(QStringLiteral("keys.jwks"),
                            QStringLiteral("key %1 carries the private member '%2'").arg(kid, member));
            }
        }
        for (const char* required : {"kid", "alg", "use"}) {
            if (!key.value(QLatin1StringView(required)).isString()) {
                return fail(QStringLiteral("keys.jwks"),
                            QStringLiteral("key %1 lacks '%2'").arg(kid, QLatin1StringView(required)));
            }
        }
    }
    return {};
}

Result<JwksPublisher::Document> JwksPublisher::document()
{
    auto revision = m_store.revision();
    if (!revision) {
        return std::unexpected(revision.error());
    }
    const qint64 now = m_store.clock().nowMs();
    const QMutexLocker lock(&m_mutex);
    if (m_cached && m_cachedRevision == *revision && (m_cached->validUntilMs == 0 || now < m_cached->validUntilMs)) {
        return *m_cached;
    }
    auto rows = m_store.list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    auto text = m_store.jwksJson();
    if (!text) {
        return std::unexpected(text.error());
    }
    Document doc;
    doc.json = QJsonDocument::fromJson(*text).object();
    if (auto ok = checkPublishable(doc.json); !ok) {
        return std::unexpected(ok.error()); // never serve a document that breaks rule 13
    }
    doc.bytes = QJsonDocument(doc.json).toJson(QJsonDocument::Compact);
    doc.etag = '"' + QCryptographicHash::hash(doc.bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
    for (const QJsonValue& v : doc.json.value(QLatin1StringView("keys")).toArray()) {
        doc.kids << v.toObject().value(QLatin1StringView("kid")).toString();
    }
    auto policy = m_store.policy();
    doc.maxAgeSecs = policy ? policy->jwksMaxAgeSecs : 0;
    for (const KeyRecord& r : std::as_const(*rows)) {
        if (r.state == KeyState::Retiring && r.retireAfterMs > now &&
            (doc.validUntilMs == 0 || r.retireAfterMs < doc.validUntilMs)) {
            doc.validUntilMs = r.retireAfterMs;
        }
    }
    auto set = jose::JwkSet::fromJson(doc.json);
    if (!set) {
        return std::unexpected(set.error());
    }
    doc.keys = *set;
    m_cached = doc;
    m_cachedRevision = *revision;
    return doc;
}

} // namespace authscope
