#include "core/common/Clock.h"
#include "core/history/TokenHistory.h"
#include "core/jose/Base64Url.h"
#include "core/jose/DecodedToken.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/support/DataColumns.h"
#include "tests/support/TestKeys.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;

class tst_TokenHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void schemaIsMigrated();
    void addStoresSummary();
    void sameTokenIsOneEntry();
    void surroundingWhitespaceIsTrimmed();
    void listIsNewestFirstAndLimited();
    void capacityDropsOldest();
    void removeOne();
    void clearAll();
    void labels();
    void rememberOffStoresNothing();
    void rememberFlagIsPerDatabaseAndPersistent();
    void jweIsStoredWithHeaderSummary();
    void undecodableTextIsRefused_data();
    void undecodableTextIsRefused();
    void nonJsonPayloadHasNoClaims();
    void secondConnectionSeesEntries();
    void claimsAndHashNotAUsableToken();
    void usableTokenKeptOnRequestUntilExp();
    void entriesExpire();
    void tokensStoredBeforeRedactionAreRedacted();

private:
    QByteArray sign(const QJsonObject& claims, const QString& kid = QStringLiteral("k1")) const;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.db")); }

    jose::Jwk m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock{1'800'000'000'000};
};

void tst_TokenHistory::initTestCase()
{
    m_key = test::generatedKey(QStringLiteral("k1"));
}

void tst_TokenHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(dbPath());
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    QVERIFY(TokenHistory(*m_db).setRememberTokens(true)); // off by default (D-TOKEN-HISTORY)
}

void tst_TokenHistory::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QByteArray tst_TokenHistory::sign(const QJsonObject& claims, const QString& kid) const
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isEmpty()) {
        header.insert(QStringLiteral("kid"), kid);
    }
    auto token = jose::Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), m_key);
    if (!token) {
        qWarning("sign failed: %s", qPrintable(token.error().toString()));
        return {};
    }
    return *token;
}

void tst_TokenHistory::schemaIsMigrated()
{
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM token_history")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_TokenHistory::addStoresSummary()
{
    TokenHistory history(*m_db, m_clock);
    const QByteArray token = sign({{QStringLiteral("iss"), QStringLiteral("https://idp.example")},
                                   {QStringLiteral("sub"), QStringLiteral("alice")},
                                   {QStringLiteral("exp"), 1'800'000'900}});
    auto id = history.add(token);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QVERIFY(id->has_value());
    auto entries = history.list();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const TokenHistoryEntry& e = entries->first();
    QCOMPARE(e.id, **id);
    QCOMPARE(e.token, TokenHistory::claimsOnly(token));
    QCOMPARE(e.kind, QStringLiteral("jws"));
    QCOMPARE(e.algorithm, QStringLiteral("ES256"));
    QCOMPARE(e.keyId, QStringLiteral("k1"));
    QCOMPARE(e.issuer, QStringLiteral("https://idp.example"));
    QCOMPARE(e.subject, QStringLiteral("alice"));
    QCOMPARE(e.expiresAt, std::optional<qint64>(1'800'000'900));
    QCOMPARE(e.firstSeenMs, m_clock.nowMs());
    QCOMPARE(e.lastSeenMs, m_clock.nowMs());
    QCOMPARE(e.seenCount, 1);
    QVERIFY(e.label.isEmpty());

    auto found = history.find(e.id);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->token, e.token);
    auto missing = history.find(e.id + 100);
    QVERIFY(missing && !missing->has_value());
}

void tst_TokenHistory::sameTokenIsOneEntry()
{
    TokenHistory history(*m_db, m_clock);
    const QByteArray token = sign({{QStringLiteral("sub"), QStringLiteral("bob")}});
    auto first = history.add(token);
    QVERIFY(first && first->has_value());
    m_clock.advanceSecs(60);
    auto second = history.add(token);
    QVERIFY(second && second->has_value());
    QCOMPARE(**second, **first);
    QCOMPARE(history.count().value(), 1);
    const TokenHistoryEntry e = history.list()->first();
    QCOMPARE(e.seenCount, 2);
    QCOMPARE(e.lastSeenMs - e.firstSeenMs, 60'000);
}

void tst_TokenHistory::surroundingWhitespaceIsTrimmed()
{
    TokenHistory history(*m_db, m_clock);
    const QByteArray token = sign({{QStringLiteral("sub"), QStringLiteral("carol")}});
    QVERIFY(history.add(token));
    QVERIFY(history.add(QByteArray("  \n" + token + "\r\n")));
    QCOMPARE(history.count().value(), 1);
    QCOMPARE(history.list()->first().token, TokenHistory::claimsOnly(token));
}

void tst_TokenHistory::listIsNewestFirstAndLimited()
{
    TokenHistory history(*m_db, m_clock);
    QList<QByteArray> tokens;
    for (int i = 0; i < 5; ++i) {
        tokens << sign({{QStringLiteral("n"), i}});
        QVERIFY(history.add(tokens.last()));
        m_clock.advanceSecs(1);
    }
    // Seeing the oldest again moves it to the top.
    QVERIFY(history.add(tokens.first()));
    auto all = history.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->at(0).token, TokenHistory::claimsOnly(tokens.at(0)));
    QCOMPARE(all->at(1).token, TokenHistory::claimsOnly(tokens.at(4)));
    QCOMPARE(all->at(4).token, TokenHistory::claimsOnly(tokens.at(1)));
    auto two = history.list(2);
    QVERIFY(two);
    QCOMPARE(two->size(), 2);
}

void tst_TokenHistory::capacityDropsOldest()
{
    TokenHistory history(*m_db, m_clock, 3);
    QCOMPARE(history.capacity(), 3);
    QList<QByteArray> tokens;
    for (int i = 0; i < 5; ++i) {
        tokens << sign({{QStringLiteral("n"), i}});
        QVERIFY(history.add(tokens.last()));
        m_clock.advanceSecs(1);
    }
    QCOMPARE(history.count().value(), 3);
    const auto entries = history.list().value();
    QCOMPARE(entries.at(0).token, TokenHistory::claimsOnly(tokens.at(4)));
    QCOMPARE(entries.at(2).token, TokenHistory::claimsOnly(tokens.at(2)));
    QCOMPARE(TokenHistory(*m_db).capacity(), TokenHistory::DefaultCapacity);
}

void tst_TokenHistory::removeOne()
{
    TokenHistory history(*m_db, m_clock);
    auto a = history.add(sign({{QStringLiteral("n"), 1}}));
    auto b = history.add(sign({{QStringLiteral("n"), 2}}));
    QVERIFY(a && b);
    auto removed = history.remove(**a);
    QVERIFY(removed);
    QVERIFY(*removed);
    auto again = history.remove(**a);
    QVERIFY(again);
    QVERIFY(!*again);
    const auto entries = history.list().value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, **b);
}

void tst_TokenHistory::clearAll()
{
    TokenHistory history(*m_db, m_clock);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(history.add(sign({{QStringLiteral("n"), i}})));
    }
    auto cleared = history.clear();
    QVERIFY(cleared);
    QCOMPARE(*cleared, 4);
    QCOMPARE(history.count().value(), 0);
    QCOMPARE(history.clear().value(), 0);
}

void tst_TokenHistory::labels()
{
    TokenHistory history(*m_db, m_clock);
    auto id = history.add(sign({{QStringLiteral("sub"), QStringLiteral("dave")}}));
    QVERIFY(id && id->has_value());
    QVERIFY(history.setLabel(**id, QStringLiteral("  staging admin  ")));
    QCOMPARE(history.list()->first().label, QStringLiteral("staging admin"));
    QVERIFY(history.setLabel(**id, QString(500, u'x')));
    QCOMPARE(history.list()->first().label.size(), TokenHistory::MaxLabelChars);
    auto missing = history.setLabel(**id + 1, QStringLiteral("nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("tokens.not-found"));
}

void tst_TokenHistory::rememberOffStoresNothing()
{
    auto fresh = Database::open(m_dir->filePath(QStringLiteral("fresh.db")));
    QVERIFY(fresh);
    QCOMPARE(TokenHistory(**fresh).rememberTokens().value(), false); // off by default
    QVERIFY(!TokenHistory(**fresh).add(sign({{QStringLiteral("sub"), QStringLiteral("eve")}}))->has_value());
    TokenHistory history(*m_db, m_clock);
    QVERIFY(history.setRememberTokens(false));
    QCOMPARE(history.rememberTokens().value(), false);
    auto id = history.add(sign({{QStringLiteral("sub"), QStringLiteral("eve")}}));
    QVERIFY(id);
    QVERIFY(!id->has_value());
    QCOMPARE(history.count().value(), 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM token_history")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(history.setRememberTokens(true));
    auto stored = history.add(sign({{QStringLiteral("sub"), QStringLiteral("eve")}}));
    QVERIFY(stored && stored->has_value());
}

void tst_TokenHistory::rememberFlagIsPerDatabaseAndPersistent()
{
    QVERIFY(TokenHistory(*m_db).setRememberTokens(false));
    m_db.reset();
    auto reopened = Database::open(dbPath());
    QVERIFY(reopened);
    m_db = std::move(*reopened);
    QCOMPARE(TokenHistory(*m_db).rememberTokens().value(), false);

    auto other = Database::open(m_dir->filePath(QStringLiteral("other.db")));
    QVERIFY(other);
    QCOMPARE(TokenHistory(**other).rememberTokens().value(), false);
}

void tst_TokenHistory::claimsAndHashNotAUsableToken()
{
    TokenHistory history(*m_db, m_clock);
    const QByteArray token = sign({{QStringLiteral("sub"), QStringLiteral("grace")}});
    const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
    QVERIFY(!signature.isEmpty());
    const qint64 id = history.add(token)->value();
    // The row holds the header and the claims, and SHA-256 of the token: nothing a server would accept.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT token, token_sha256, keep_token FROM token_history")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::fromLatin1(token.left(token.lastIndexOf('.') + 1)));
    QVERIFY(!q.value(0).toString().contains(QString::fromLatin1(signature)));
    QCOMPARE(q.value(1).toByteArray(), QCryptographicHash::hash(token, QCryptographicHash::Sha256));
    QCOMPARE(q.value(2).toInt(), 0);
    const TokenHistoryEntry e = history.find(id)->value();
    QVERIFY(!e.tokenKept);
    QCOMPARE(e.subject, QStringLiteral("grace"));
    // What is stored still decodes (without its signature), so the inspector can show the claims again.
    auto decoded = jose::DecodedToken::decode(e.token.toLatin1());
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
    QVERIFY(decoded->signature.isEmpty());
    // A JWE keeps only its protected header.
    const QByteArray header = jose::Base64Url::encode(R"({"alg":"RSA-OAEP-256","enc":"A256GCM"})");
    QCOMPARE(TokenHistory::claimsOnly(QByteArray(header + ".a.b.c.d")), QString::fromLatin1(header + "...."));
}

void tst_TokenHistory::usableTokenKeptOnRequestUntilExp()
{
    TokenHistory history(*m_db, m_clock);
    const qint64 now = m_clock.nowSecs();
    const QByteArray token =
        sign({{QStringLiteral("sub"), QStringLiteral("heidi")}, {QStringLiteral("exp"), now + 600}});
    const QByteArray other = sign({{QStringLiteral("sub"), QStringLiteral("ivan")}});
    const qint64 id = history.add(token)->value();
    // Only the entry's own token can be kept.
    auto wrong = history.keepToken(id, other);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("tokens.not-found"));
    QVERIFY(!history.find(id)->value().tokenKept);
    QVERIFY(history.keepToken(id, token));
    TokenHistoryEntry e = history.find(id)->value();
    QVERIFY(e.tokenKept);
    QCOMPARE(e.token, QString::fromLatin1(token));
    // Seeing it again keeps it; forgetting goes back to the claims.
    QVERIFY(history.add(token));
    QVERIFY(history.find(id)->value().tokenKept);
    QVERIFY(history.forgetToken(id));
    QCOMPARE(history.find(id)->value().token, TokenHistory::claimsOnly(token));
    // Kept again, then past its exp: the usable token is dropped, the entry stays.
    QVERIFY(history.keepToken(id, token));
    m_clock.advanceSecs(601);
    QCOMPARE(history.expire().value(), 0);
    e = history.find(id)->value();
    QVERIFY(!e.tokenKept);
    QCOMPARE(e.token, TokenHistory::claimsOnly(token));
}

void tst_TokenHistory::entriesExpire()
{
    TokenHistory history(*m_db, m_clock);
    QCOMPARE(history.retentionMs(), TokenHistory::DefaultRetentionMs);
    QVERIFY(history.add(sign({{QStringLiteral("sub"), QStringLiteral("old")}})));
    m_clock.advanceSecs(6 * 24 * 3600);
    QVERIFY(history.add(sign({{QStringLiteral("sub"), QStringLiteral("recent")}})));
    QCOMPARE(history.count().value(), 2);
    m_clock.advanceSecs(2 * 24 * 3600); // the first was last seen 8 days ago
    QCOMPARE(history.expire().value(), 1);
    QCOMPARE(history.count().value(), 1);
    QCOMPARE(history.list()->first().subject, QStringLiteral("recent"));
}

void tst_TokenHistory::tokensStoredBeforeRedactionAreRedacted()
{
    // A database from before D-TOKEN-HISTORY holds whole tokens: expire() reduces them to their claims.
    const QByteArray token = sign({{QStringLiteral("sub"), QStringLiteral("judy")}});
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO token_history(token_sha256, token, kind, first_seen_ms, last_seen_ms) "
                             "VALUES(?, ?, 'jws', ?, ?)"));
    q.addBindValue(QCryptographicHash::hash(token, QCryptographicHash::Sha256));
    q.addBindValue(QString::fromLatin1(token));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(m_clock.nowMs());
    QVERIFY(q.exec());
    TokenHistory history(*m_db, m_clock);
    QVERIFY(history.expire());
    QCOMPARE(history.list()->first().token, TokenHistory::claimsOnly(token));
}

void tst_TokenHistory::jweIsStoredWithHeaderSummary()
{
    TokenHistory history(*m_db, m_clock);
    const QByteArray header = jose::Base64Url::encode(R"({"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"enc-1"})");
    const QByteArray jwe = header + ".ZW5jcnlwdGVka2V5.aXZpdml2aXZpdml2.Y2lwaGVydGV4dA.dGFndGFndGFndGFn";
    auto id = history.add(jwe);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    const TokenHistoryEntry e = history.list()->first();
    QCOMPARE(e.kind, QStringLiteral("jwe"));
    QCOMPARE(e.algorithm, QStringLiteral("RSA-OAEP-256"));
    QCOMPARE(e.keyId, QStringLiteral("enc-1"));
    QVERIFY(e.issuer.isEmpty());
    QVERIFY(!e.expiresAt.has_value());
}

void tst_TokenHistory::undecodableTextIsRefused_data()
{
    authscope::test::addColumns<QByteArray, QString>("text", "code");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("jose.malformed");
    QTest::newRow("one part") << QByteArray("hello") << QStringLiteral("jose.malformed");
    QTest::newRow("bad base64") << QByteArray("eyJ!.eyJ.abc") << QStringLiteral("jose.base64");
    QTest::newRow("over the cap") << QByteArray(17 * 1024, 'a') << QStringLiteral("jose.too-large");
}

void tst_TokenHistory::undecodableTextIsRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    TokenHistory history(*m_db, m_clock);
    auto id = history.add(text);
    QVERIFY(!id);
    QCOMPARE(id.error().code, code);
    QCOMPARE(history.count().value(), 0);
}

void tst_TokenHistory::nonJsonPayloadHasNoClaims()
{
    TokenHistory history(*m_db, m_clock);
    auto token = jose::Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}}, "plain bytes", m_key);
    QVERIFY(token);
    QVERIFY(history.add(*token));
    const TokenHistoryEntry e = history.list()->first();
    QCOMPARE(e.algorithm, QStringLiteral("ES256"));
    QVERIFY(e.keyId.isEmpty());
    QVERIFY(e.subject.isEmpty());
    QVERIFY(!e.expiresAt.has_value());
}

void tst_TokenHistory::secondConnectionSeesEntries()
{
    // Another process (the CLI's demo) writes; this one reads the same file.
    auto writer = Database::open(dbPath());
    QVERIFY(writer);
    TokenHistory other(**writer, m_clock);
    QVERIFY(other.add(sign({{QStringLiteral("sub"), QStringLiteral("frank")}})));
    TokenHistory history(*m_db, m_clock);
    QCOMPARE(history.count().value(), 1);
    QCOMPARE(history.list()->first().subject, QStringLiteral("frank"));
}

QTEST_GUILESS_MAIN(tst_TokenHistory)
#include "tst_tokenhistory.moc"
