// Key selection in a remote JWKS (R-KEY-SELECT): by kid, then alg/kty/use; none or several is an error that names the
// candidates; keys that cannot verify are skipped with a reason (RFC 7517 §5).
#include "core/issuers/RemoteKeySet.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwsHeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace authscope;
using namespace authscope::issuers;

namespace {

jose::Jwk key(jose::KeyType type, const QString& kid, const QString& alg = {},
              const QString& use = QStringLiteral("sig"))
{
    jose::Jwk::GenerateOptions options;
    options.type = type;
    options.kid = kid;
    options.alg = alg;
    options.use = use;
    jose::Jwk k = jose::Jwk::generate(options).value();
    if (kid.isEmpty()) {
        k.setKid({});
    }
    return k;
}

QByteArray setOf(const QList<QJsonObject>& members)
{
    QJsonArray keys;
    for (const QJsonObject& m : members) {
        keys.append(m);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson(QJsonDocument::Compact);
}

jose::JwsHeader header(const QString& alg, const QString& kid = {})
{
    jose::JwsHeader h;
    h.algName = alg;
    h.algorithm = jose::JwsAlgorithms::fromName(alg);
    h.kid = kid;
    h.hasKid = !kid.isEmpty();
    return h;
}

} // namespace

class tst_RemoteKeySet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectsByKid();
    void kidUnknownNamesKnownKeys();
    void withoutKidSelectsByAlgAndType();
    void severalFittingKeysAreAnError();
    void noFittingKeyNamesCandidates();
    void unusableKeysAreSkipped();
    void privateMembersAreDropped();
    void tooManyKeysAreRefused();
    void notASetIsRefused();
};

void tst_RemoteKeySet::selectsByKid()
{
    auto set = RemoteKeySet::parse(
        setOf({key(jose::KeyType::Ec, QStringLiteral("a"), QStringLiteral("ES256")).toJson(false),
               key(jose::KeyType::Ec, QStringLiteral("b"), QStringLiteral("ES256")).toJson(false)}));
    QVERIFY(set.has_value());
    auto selected = set->select(header(QStringLiteral("ES256"), QStringLiteral("b")));
    QVERIFY(selected.has_value());
    QCOMPARE((*selected)->kid(), QStringLiteral("b"));
}

void tst_RemoteKeySet::kidUnknownNamesKnownKeys()
{
    auto set = RemoteKeySet::parse(
        setOf({key(jose::KeyType::Ec, QStringLiteral("a"), QStringLiteral("ES256")).toJson(false)}));
    auto selected = set->select(header(QStringLiteral("ES256"), QStringLiteral("zzz")));
    QVERIFY(!selected);
    QCOMPARE(selected.error().code, QStringLiteral("issuers.kid-unknown"));
    QVERIFY2(selected.error().message.contains(QStringLiteral("'a' EC ES256")), qPrintable(selected.error().message));
}

void tst_RemoteKeySet::withoutKidSelectsByAlgAndType()
{
    auto set = RemoteKeySet::parse(
        setOf({key(jose::KeyType::Ec, QStringLiteral("ec"), QStringLiteral("ES256")).toJson(false),
               key(jose::KeyType::Okp, QStringLiteral("ed"), QStringLiteral("EdDSA")).toJson(false)}));
    auto selected = set->select(header(QStringLiteral("EdDSA")));
    QVERIFY(selected.has_value());
    QCOMPARE((*selected)->kid(), QStringLiteral("ed"));
}

void tst_RemoteKeySet::severalFittingKeysAreAnError()
{
    auto set = RemoteKeySet::parse(setOf({key(jose::KeyType::Ec, QStringLiteral("one")).toJson(false),
                                          key(jose::KeyType::Ec, QStringLiteral("two")).toJson(false)}));
    auto selected = set->select(header(QStringLiteral("ES256")));
    QVERIFY(!selected);
    QCOMPARE(selected.error().code, QStringLiteral("issuers.ambiguous-key"));
    QVERIFY(selected.error().message.contains(QStringLiteral("'one'")));
    QVERIFY(selected.error().message.contains(QStringLiteral("'two'")));
}

void tst_RemoteKeySet::noFittingKeyNamesCandidates()
{
    auto set = RemoteKeySet::parse(
        setOf({key(jose::KeyType::Ec, QStringLiteral("a"), QStringLiteral("ES256")).toJson(false)}));
    // An RS256 token naming an EC key, and an HS256 token (a public key never becomes an HMAC secret).
    for (const QString& alg : {QStringLiteral("RS256"), QStringLiteral("HS256")}) {
        auto selected = set->select(header(alg, QStringLiteral("a")));
        QVERIFY(!selected);
        QCOMPARE(selected.error().code, QStringLiteral("issuers.no-key"));
        QVERIFY2(selected.error().message.contains(QStringLiteral("candidates: 'a' EC ES256")),
                 qPrintable(selected.error().message));
    }
}

void tst_RemoteKeySet::unusableKeysAreSkipped()
{
    QJsonObject unknown{{QStringLiteral("kty"), QStringLiteral("XYZ")}, {QStringLiteral("kid"), QStringLiteral("x")}};
    const jose::Jwk secret = jose::Jwk::fromSecret(QByteArray(32, 'k')).value();
    auto set = RemoteKeySet::parse(
        setOf({unknown, secret.toJson(true),
               key(jose::KeyType::Rsa, QStringLiteral("enc"), {}, QStringLiteral("enc")).toJson(false),
               key(jose::KeyType::Ec, QStringLiteral("good")).toJson(false)}));
    QVERIFY(set.has_value());
    QCOMPARE(set->keys().size(), 1);
    QCOMPARE(set->skipped().size(), 3);
    QVERIFY(set->skipped().at(1).contains(QStringLiteral("oct")));
    QVERIFY(set->skipped().at(2).contains(QStringLiteral("not a signature key")));
}

void tst_RemoteKeySet::privateMembersAreDropped()
{
    auto set = RemoteKeySet::parse(setOf({key(jose::KeyType::Ec, QStringLiteral("leaky")).toJson(true)}));
    QVERIFY(set.has_value());
    QCOMPARE(set->keys().size(), 1);
    QVERIFY(!set->keys().keys().first().isPrivate());
}

void tst_RemoteKeySet::tooManyKeysAreRefused()
{
    QList<QJsonObject> many;
    const QJsonObject one = key(jose::KeyType::Ec, QStringLiteral("k")).toJson(false);
    for (int i = 0; i <= RemoteKeySet::MaxKeys; ++i) {
        many.append(one);
    }
    QVERIFY(!RemoteKeySet::parse(setOf(many)).has_value());
}

void tst_RemoteKeySet::notASetIsRefused()
{
    QVERIFY(!RemoteKeySet::parse("{\"keys\": {}}").has_value());
    QVERIFY(!RemoteKeySet::parse("{\"keys\": [], \"keys\": []}").has_value()); // duplicate member
    QVERIFY(!RemoteKeySet::parse("not json").has_value());
}

QTEST_GUILESS_MAIN(tst_RemoteKeySet)
#include "tst_remotekeyset.moc"
