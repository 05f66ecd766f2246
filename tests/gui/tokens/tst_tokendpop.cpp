// The Tokens page and DPoP (RFC 9449) and the RFC 9068 profile, through real widgets: a token bound by cnf.jkt
// says so on the Decoded and Verify tabs; the DPoP tab checks real proofs (made with generated keys through
// OpenSSL) and lists every failed rule with its code, jkt-mismatch against the page's token included; the
// policy's RFC 9068 profile reaches the validator.
#include "tests/gui/tokens/TokensPageWorld.h"
#include "tests/support/TestKeys.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/common/Settings.h"
#include "core/dpop/DpopProofBuilder.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"
#include "core/storage/Database.h"
#include "ui/tokens/DpopPanel.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/tokens/PolicyEditor.h"
#include "ui/tokens/TokenEditor.h"
#include "ui/tokens/TokensPage.h"
#include "ui/tokens/VerifyPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using authscope::test::generatedKey;
using authscope::test::signedJwt;

namespace {

constexpr qint64 kNow = 1'900'000'000;
const QString kUrl = QStringLiteral("https://api.example/orders");

QStringList itemCodes(const QListWidget* list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i) {
        codes << list->item(i)->data(DpopPanel::CodeRole).toString();
    }
    return codes;
}

} // namespace

class tst_TokenDpop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void boundTokenSaysSoOnDecodedAndVerify();
    void validProofForTheBoundToken();
    void proofOfAnotherKeyIsJktMismatch();
    void everyFailedRuleIsListed();
    void bearerTokenIsNotBound();
    void pastedOtherTokenAndNonce();
    void hostileProofIsEscaped();
    void unreadableProofIsRefused();
    void ctrlReturnChecksOnTheDpopTab();
    void rfc9068ProfileReachesTheValidator();
    void rfc9068ProfileKeepsItsClaims();

private:
    TokensPage* makePage();
    void setToken(const QByteArray& token);
    QByteArray boundToken(const jose::Jwk& proofKey) const;
    QByteArray proof(const jose::Jwk& key, const QByteArray& method, const QByteArray& accessToken,
                     const QString& nonce = {}) const;
    QString dpopVerdict() const;

    jose::Jwk m_signer;   // the issuer's key (ES256, kid "as")
    jose::Jwk m_proofKey; // the client's DPoP key
    jose::Jwk m_thiefKey; // someone else's key
    QString m_jkt;
    std::unique_ptr<test::TokensPageWorld> m_world;
};

void tst_TokenDpop::initTestCase()
{
    m_signer = generatedKey(QStringLiteral("as"));
    m_proofKey = generatedKey(QString());
    m_thiefKey = generatedKey(QString());
    m_jkt = m_proofKey.publicKey().value().thumbprintBase64Url().value();
}

void tst_TokenDpop::init()
{
    m_world = std::make_unique<test::TokensPageWorld>();
    QVERIFY(m_world->open(QStringLiteral("dpop.db"), kNow * 1000));
}

void tst_TokenDpop::cleanup()
{
    m_world.reset();
}

TokensPage* tst_TokenDpop::makePage()
{
    return m_world->makePage();
}

void tst_TokenDpop::setToken(const QByteArray& token)
{
    m_world->page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"))->setPlainText(QString::fromLatin1(token));
    QTRY_VERIFY(m_world->page->decodedToken().has_value() && m_world->page->decodedToken()->token == token);
}

QByteArray tst_TokenDpop::boundToken(const jose::Jwk& proofKey) const
{
    const QString jkt = proofKey.publicKey().value().thumbprintBase64Url().value();
    return signedJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")},
                                 {QStringLiteral("typ"), QStringLiteral("at+jwt")},
                                 {QStringLiteral("kid"), QStringLiteral("as")}},
                     {{QStringLiteral("iss"), QStringLiteral("https://as.example")},
                      {QStringLiteral("sub"), QStringLiteral("alice")},
                      {QStringLiteral("exp"), kNow + 600},
                      {QStringLiteral("cnf"), QJsonObject{{QStringLiteral("jkt"), jkt}}}},
                     m_signer);
}

QByteArray tst_TokenDpop::proof(const jose::Jwk& key, const QByteArray& method, const QByteArray& accessToken,
                                const QString& nonce) const
{
    dpop::DpopProofBuilder::Options options;
    options.method = method;
    options.url = kUrl;
    options.accessToken = accessToken;
    options.nonce = nonce;
    options.iat = kNow;
    return dpop::DpopProofBuilder::build(key, options).value();
}

QString tst_TokenDpop::dpopVerdict() const
{
    return m_world->page->findChild<QLabel*>(QStringLiteral("dpopVerdictLabel"))->property("verdict").toString();
}

void tst_TokenDpop::boundTokenSaysSoOnDecodedAndVerify()
{
    TokensPage* page = makePage();
    setToken(boundToken(m_proofKey));
    auto* binding = page->findChild<QLabel*>(QStringLiteral("decodedBindingLabel"));
    QVERIFY(binding->isVisible());
    QVERIFY2(binding->text().contains(m_jkt), qPrintable(binding->text()));
    QVERIFY(binding->text().contains(QStringLiteral("Bearer")));
    QVERIFY(binding->text().contains(QStringLiteral("refused")));
    // Its link leads to the DPoP tab.
    Q_EMIT binding->linkActivated(QStringLiteral("#dpop"));
    QCOMPARE(page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->currentWidget(), page->dpopPanel());

    // The Verify tab's diagnosis says it too, next to a valid signature.
    page->verifyPanel()->keyInput()->setKeyText(
        QString::fromUtf8(QJsonDocument(m_signer.publicKey()->toJson(false)).toJson()));
    page->verifyPanel()->verify();
    QCOMPARE(page->verifyPanel()->signatureVerdict(), VerifyPanel::Verdict::Valid);
    auto* diagnosis = page->findChild<QListWidget*>(QStringLiteral("diagnosisListWidget"));
    bool found = false;
    for (int i = 0; i < diagnosis->count(); ++i) {
        if (diagnosis->item(i)->data(VerifyPanel::CodeRole).toString() == u"info.cnf-jkt") {
            found = diagnosis->item(i)->text().contains(m_jkt);
        }
    }
    QVERIFY(found);

    // A token without cnf shows no binding.
    setToken(signedJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}},
                       {{QStringLiteral("exp"), kNow + 600}}, m_signer));
    QVERIFY(!binding->isVisible());
}

void tst_TokenDpop::validProofForTheBoundToken()
{
    TokensPage* page = makePage();
    const QByteArray token = boundToken(m_proofKey);
    setToken(token);
    DpopPanel* panel = page->dpopPanel();
    QCOMPARE(panel->tokenChoice(), DpopPanel::TokenChoice::PageToken);
    auto* bindingNote = panel->findChild<QLabel*>(QStringLiteral("dpopBindingLabel"));
    QVERIFY2(bindingNote->text().contains(m_jkt), qPrintable(bindingNote->text()));

    panel->findChild<QComboBox*>(QStringLiteral("dpopMethodComboBox"))->setCurrentText(QStringLiteral("POST"));
    QTest::keyClicks(panel->findChild<QLineEdit*>(QStringLiteral("dpopUrlLineEdit")),
                     kUrl + QStringLiteral("?page=2#top")); // query and fragment are not part of htu
    // Pasted as the header line a proxy log shows.
    panel->findChild<QPlainTextEdit*>(QStringLiteral("dpopProofTextEdit"))
        ->setPlainText(QStringLiteral("DPoP: ") + QString::fromLatin1(proof(m_proofKey, "POST", token)));
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("valid"));
    QVERIFY(panel->lastResult()->valid);
    QCOMPARE(panel->lastResult()->jkt, m_jkt);
    QVERIFY(panel->verdictText().contains(QStringLiteral("POST")));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("dpopProofKeyLabel"))->text().contains(m_jkt));
    const QString json = panel->findChild<QPlainTextEdit*>(QStringLiteral("dpopProofJsonTextEdit"))->toPlainText();
    QVERIFY2(json.contains(QStringLiteral("\"dpop+jwt\"")) && json.contains(QStringLiteral("\"ath\"")),
             qPrintable(json));
}

void tst_TokenDpop::proofOfAnotherKeyIsJktMismatch()
{
    TokensPage* page = makePage();
    const QByteArray token = boundToken(m_proofKey);
    setToken(token);
    DpopPanel* panel = page->dpopPanel();
    panel->setRequest(QStringLiteral("GET"), kUrl);
    // A thief holds the token but not the key: a proof of its own key, with the right ath, is still refused.
    panel->setProof(QString::fromLatin1(proof(m_thiefKey, "GET", token)));
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("invalid"));
    QCOMPARE(panel->lastResult()->codes(), QStringList{QStringLiteral("dpop.jkt-mismatch")});
    auto* list = panel->findChild<QListWidget*>(QStringLiteral("dpopIssuesListWidget"));
    QCOMPARE(itemCodes(list), QStringList{QStringLiteral("dpop.jkt-mismatch")});
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("dpop.jkt-mismatch — ")));
    QVERIFY(list->item(0)->text().contains(m_jkt));
    QVERIFY(panel->verdictText().contains(QStringLiteral("another key")));
}

void tst_TokenDpop::everyFailedRuleIsListed()
{
    TokensPage* page = makePage();
    const QByteArray token = boundToken(m_proofKey);
    setToken(token);
    DpopPanel* panel = page->dpopPanel();
    // Made for GET elsewhere, for another token, without a nonce, two minutes ago.
    dpop::DpopProofBuilder::Options options;
    options.method = "GET";
    options.url = QStringLiteral("https://other.example/");
    options.accessToken = "another-token";
    options.iat = kNow - 120;
    const QByteArray stale = dpop::DpopProofBuilder::build(m_proofKey, options).value();
    panel->setRequest(QStringLiteral("DELETE"), kUrl);
    panel->findChild<QLineEdit*>(QStringLiteral("dpopNonceLineEdit"))->setText(QStringLiteral("n-42"));
    panel->setProof(QString::fromLatin1(stale));
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("invalid"));
    const QStringList codes = itemCodes(panel->findChild<QListWidget*>(QStringLiteral("dpopIssuesListWidget")));
    for (const char* code : {"dpop.htm", "dpop.htu", "dpop.iat", "dpop.ath-mismatch", "dpop.nonce-missing"}) {
        QVERIFY2(codes.contains(QLatin1StringView(code)), qPrintable(codes.join(u' ')));
    }
    QVERIFY(!codes.contains(QStringLiteral("dpop.jkt-mismatch"))); // the right key
    // A wider iat window lets the stale proof's time pass; the rest stays.
    panel->findChild<QSpinBox*>(QStringLiteral("dpopWindowSpinBox"))->setValue(180);
    QTRY_VERIFY(!panel->lastResult()->codes().contains(QStringLiteral("dpop.iat")));
    QVERIFY(panel->lastResult()->codes().contains(QStringLiteral("dpop.htm")));
    QVERIFY(panel->verdictText().contains(QStringLiteral("wrong method (htm)")));
}

void tst_TokenDpop::bearerTokenIsNotBound()
{
    TokensPage* page = makePage();
    const QByteArray bearer =
        signedJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}},
                  {{QStringLiteral("sub"), QStringLiteral("bob")}, {QStringLiteral("exp"), kNow}}, m_signer);
    setToken(bearer);
    DpopPanel* panel = page->dpopPanel();
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("dpopBindingLabel"))->text().contains(QStringLiteral("no cnf")));
    panel->setRequest(QStringLiteral("GET"), kUrl);
    panel->setProof(QString::fromLatin1(proof(m_proofKey, "GET", bearer)));
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("invalid"));
    QCOMPARE(panel->lastResult()->codes(), QStringList{QStringLiteral("dpop.jkt-missing")});
    // The proof alone is fine.
    panel->setTokenChoice(DpopPanel::TokenChoice::None);
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("valid"));
}

void tst_TokenDpop::pastedOtherTokenAndNonce()
{
    TokensPage* page = makePage();
    setToken(signedJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}},
                       {{QStringLiteral("exp"), kNow + 60}}, m_signer));
    DpopPanel* panel = page->dpopPanel();
    const QByteArray other = boundToken(m_proofKey);
    auto* choice = panel->findChild<QComboBox*>(QStringLiteral("dpopTokenComboBox"));
    choice->setCurrentIndex(choice->findData(static_cast<int>(DpopPanel::TokenChoice::Other)));
    auto* otherEdit = panel->findChild<QLineEdit*>(QStringLiteral("dpopOtherTokenLineEdit"));
    QVERIFY(otherEdit->isVisibleTo(panel));
    otherEdit->setText(QString::fromLatin1(other));
    QTRY_VERIFY(panel->findChild<QLabel*>(QStringLiteral("dpopBindingLabel"))->text().contains(m_jkt));
    panel->setRequest(QStringLiteral("GET"), kUrl);
    panel->findChild<QLineEdit*>(QStringLiteral("dpopNonceLineEdit"))->setText(QStringLiteral("server-nonce-1"));
    panel->setProof(QString::fromLatin1(proof(m_proofKey, "GET", other, QStringLiteral("server-nonce-0"))));
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("invalid"));
    QCOMPARE(panel->lastResult()->codes(), QStringList{QStringLiteral("dpop.nonce-mismatch")});
    panel->setProof(QString::fromLatin1(proof(m_proofKey, "GET", other, QStringLiteral("server-nonce-1"))));
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("valid"));
}

void tst_TokenDpop::hostileProofIsEscaped()
{
    TokensPage* page = makePage();
    DpopPanel* panel = page->dpopPanel();
    // A proof whose claims carry an escape sequence, a carriage return and a right-to-left override.
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt\u202e")},
                             {QStringLiteral("alg"), QStringLiteral("ES256")},
                             {QStringLiteral("jwk"), m_proofKey.publicKey()->toJson(false)}};
    const QJsonObject claims{{QStringLiteral("htm"), QStringLiteral("GET\x1b[2J\rVALID")},
                             {QStringLiteral("htu"), kUrl},
                             {QStringLiteral("iat"), kNow},
                             {QStringLiteral("jti"), QStringLiteral("j1")}};
    const QByteArray hostile =
        dpop::DpopProofBuilder::signRaw(header, claims, m_proofKey, jose::JwsAlgorithm::ES256).value();
    panel->setRequest(QStringLiteral("GET"), kUrl);
    panel->setProof(QString::fromLatin1(hostile));
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("invalid"));
    auto* list = panel->findChild<QListWidget*>(QStringLiteral("dpopIssuesListWidget"));
    QVERIFY(itemCodes(list).contains(QStringLiteral("dpop.htm")));
    QVERIFY(itemCodes(list).contains(QStringLiteral("dpop.typ")));
    QString all;
    for (int i = 0; i < list->count(); ++i) {
        QVERIFY2(DisplayText::isSafe(list->item(i)->text()), qPrintable(list->item(i)->text()));
        all += list->item(i)->text();
    }
    QVERIFY2(all.contains(QStringLiteral("\\x1b")) && all.contains(QStringLiteral("\\u202e")), qPrintable(all));
    const QString json = panel->findChild<QPlainTextEdit*>(QStringLiteral("dpopProofJsonTextEdit"))->toPlainText();
    QVERIFY(!json.contains(QChar(0x1b)) && !json.contains(QChar(0x202e)) && !json.contains(u'\r'));
    QVERIFY(DisplayText::isSafe(panel->verdictText()));
}

void tst_TokenDpop::unreadableProofIsRefused()
{
    TokensPage* page = makePage();
    DpopPanel* panel = page->dpopPanel();
    panel->setRequest(QStringLiteral("GET"), kUrl);
    panel->setProof(QStringLiteral("not.a.proof!"));
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("invalid"));
    QCOMPARE(panel->lastResult()->codes(), QStringList{QStringLiteral("dpop.malformed")});
    // 9 KiB of base64url: over the cap, refused before parsing.
    panel->setProof(QString(9 * 1024, u'A') + QStringLiteral(".A.A"));
    QTRY_COMPARE(panel->lastResult()->codes(), QStringList{QStringLiteral("dpop.too-large")});
    // No URL: nothing is checked, and the verdict says what is missing.
    panel->setRequest(QStringLiteral("GET"), QString());
    QTRY_COMPARE(dpopVerdict(), QStringLiteral("none"));
    QVERIFY(panel->verdictText().contains(QStringLiteral("URL")));
}

void tst_TokenDpop::ctrlReturnChecksOnTheDpopTab()
{
    TokensPage* page = makePage();
    DpopPanel* panel = page->dpopPanel();
    page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->setCurrentWidget(panel);
    panel->findChild<QCheckBox*>(QStringLiteral("dpopAutoCheckBox"))->setChecked(false);
    panel->setRequest(QStringLiteral("GET"), kUrl);
    auto* proofEdit = panel->findChild<QPlainTextEdit*>(QStringLiteral("dpopProofTextEdit"));
    proofEdit->setPlainText(QString::fromLatin1(proof(m_proofKey, "GET", {})));
    QTest::qWait(400);
    QCOMPARE(dpopVerdict(), QStringLiteral("none")); // not checked by itself
    proofEdit->setFocus();
    QTest::keyClick(proofEdit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dpopVerdict(), QStringLiteral("valid"));
}

void tst_TokenDpop::rfc9068ProfileReachesTheValidator()
{
    TokensPage* page = makePage();
    // Every claim RFC 9068 names, but client_id empty: only the profile's own check refuses that.
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("https://as.example")},
                             {QStringLiteral("exp"), kNow + 600},
                             {QStringLiteral("aud"), QStringLiteral("api://orders")},
                             {QStringLiteral("sub"), QStringLiteral("alice")},
                             {QStringLiteral("client_id"), QString()},
                             {QStringLiteral("iat"), kNow},
                             {QStringLiteral("jti"), QStringLiteral("t-1")}};
    const QJsonObject atHeader{{QStringLiteral("alg"), QStringLiteral("ES256")},
                               {QStringLiteral("typ"), QStringLiteral("at+jwt")}};
    setToken(signedJwt(atHeader, claims, m_signer));
    VerifyPanel* verify = page->verifyPanel();
    verify->keyInput()->setKeyText(QString::fromUtf8(QJsonDocument(m_signer.publicKey()->toJson(false)).toJson()));
    PolicyEditor* policy = verify->policyEditor();
    policy->setAudience(QStringLiteral("api://orders"));
    QTRY_COMPARE(verify->verdict(), VerifyPanel::Verdict::Valid); // any JWT: fine
    auto* profile = policy->findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    profile->setCurrentIndex(1);
    Q_EMIT profile->activated(1);
    QVERIFY(policy->isAccessTokenProfile());
    QCOMPARE(policy->policy().profile, jose::ValidationPolicy::Profile::AccessTokenRfc9068);
    QTRY_COMPARE(verify->verdict(), VerifyPanel::Verdict::Invalid);
    QCOMPARE(verify->lastResult()->codes(), QStringList{QStringLiteral("jose.claim-type")});
    QVERIFY2(verify->verdictText().contains(QStringLiteral("RFC 9068")), qPrintable(verify->verdictText()));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("decodedVerdictLabel"))->text().contains(u"RFC 9068"));

    // With client_id: a valid RFC 9068 access token.
    QJsonObject good = claims;
    good.insert(QStringLiteral("client_id"), QStringLiteral("web-app"));
    setToken(signedJwt(atHeader, good, m_signer));
    QTRY_COMPARE(verify->verdict(), VerifyPanel::Verdict::Valid);
    QVERIFY(verify->verdictText().contains(QStringLiteral("RFC 9068")));
    // RFC 9068 §4: without an audience to check, the profile does not pass.
    policy->setAudience(QString());
    QTRY_COMPARE(verify->verdict(), VerifyPanel::Verdict::Invalid);
    QVERIFY2(verify->verdictText().contains(QStringLiteral("audience not checked")), qPrintable(verify->verdictText()));
    auto* diagnosis = page->findChild<QListWidget*>(QStringLiteral("diagnosisListWidget"));
    QVERIFY(!diagnosis->findItems(QStringLiteral("policy.aud-required"), Qt::MatchStartsWith).isEmpty());
    policy->setAudience(QStringLiteral("api://orders"));

    // An ID-token-like JWT: wrong typ and the access-token claims missing, each listed.
    setToken(signedJwt(
        QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}},
        {{QStringLiteral("iss"), QStringLiteral("https://as.example")},
         {QStringLiteral("aud"), QStringLiteral("api://orders")},
         {QStringLiteral("exp"), kNow + 600}},
        m_signer));
    // The verdict was already red (no audience): wait for this token's own result.
    QTRY_VERIFY(verify->lastResult().has_value() &&
                verify->lastResult()->codes().contains(QStringLiteral("jose.typ-mismatch")));
    QCOMPARE(verify->verdict(), VerifyPanel::Verdict::Invalid);
    const QStringList codes = verify->lastResult()->codes();
    QVERIFY(codes.contains(QStringLiteral("jose.typ-mismatch")));
    QCOMPARE(codes.count(QStringLiteral("jose.claim-missing")), 4); // sub, client_id, iat, jti
    QCOMPARE(verify->signatureVerdict(), VerifyPanel::Verdict::Valid);
}

void tst_TokenDpop::rfc9068ProfileKeepsItsClaims()
{
    TokensPage* page = makePage();
    PolicyEditor* policy = page->verifyPanel()->policyEditor();
    policy->setAccessTokenProfile(true);
    // Emptying the fields the profile filled does not drop its checks.
    policy->findChild<QLineEdit*>(QStringLiteral("typLineEdit"))->clear();
    policy->setRequiredClaims({QStringLiteral("scope")});
    const jose::ValidationPolicy p = policy->policy();
    QCOMPARE(p.typ, QStringLiteral("at+jwt"));
    for (const char* claim : {"iss", "exp", "aud", "sub", "client_id", "iat", "jti", "scope"}) {
        QVERIFY2(p.requiredClaims.contains(QLatin1StringView(claim)), claim);
    }
    // A typ typed over it wins, as on the command line.
    policy->setTyp(QStringLiteral("application/at+jwt"));
    QCOMPARE(policy->policy().typ, QStringLiteral("application/at+jwt"));
    // A plain JWS has no claims to profile.
    policy->setJwt(false);
    QVERIFY(!policy->isAccessTokenProfile());
    QCOMPARE(policy->policy().profile, jose::ValidationPolicy::Profile::Generic);
    policy->reset();
    QCOMPARE(policy->policy().profile, jose::ValidationPolicy::Profile::Generic);
}

QTEST_MAIN(tst_TokenDpop)
#include "tst_tokendpop.moc"
