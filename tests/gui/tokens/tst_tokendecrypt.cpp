// The Tokens page's Decrypt tab through real widgets: JWEs made with real keys (generated through OpenSSL, the
// project's test keys, the RFC 7520 vectors) are decrypted with a pasted JWK, a key file, an encrypted PEM whose
// passphrase is asked in a dialog, or a PBES2 password; the options of `authscope-cli decrypt` (alg/enc allow
// lists, RSA1_5 off by default, the p2c cap) reach the engine; refusals show their code and a sentence; a nested
// JWT opens in the Decoded/Verify tabs and the page can go back to the JWE.
#include "tests/gui/tokens/TokensPageWorld.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/common/Settings.h"
#include "core/jose/JweEncryptor.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"
#include "tests/support/GuiActions.h"
#include "tests/support/TestSupport.h"
#include "ui/tokens/DecryptKeySource.h"
#include "ui/tokens/DecryptOptionsEditor.h"
#include "ui/tokens/DecryptPanel.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/tokens/ResignPanel.h"
#include "ui/tokens/TokenEditor.h"
#include "ui/tokens/TokensPage.h"
#include "ui/tokens/VerifyPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace authscope;

namespace {

constexpr qint64 kNow = 1'900'000'000;

jose::Jwk generate(jose::KeyType type, const QString& kid, const QString& use, const QString& curve = {})
{
    jose::Jwk::GenerateOptions options;
    options.type = type;
    options.kid = kid;
    options.use = use;
    options.curve = curve;
    return jose::Jwk::generate(options).value();
}

QByteArray encrypt(const QByteArray& plaintext, const jose::Jwk& key, jose::JweAlgorithm alg, jose::JweEncryption enc,
                   const QString& cty = {})
{
    jose::JweEncryptOptions options;
    options.algorithm = alg;
    options.encryption = enc;
    options.contentType = cty;
    auto token = jose::JweEncryptor::encrypt(plaintext, key, options);
    if (!token) {
        qFatal("cannot encrypt the test token: %s", qPrintable(token.error().toString()));
    }
    return *token;
}

QString jwkText(const jose::Jwk& key, bool withPrivate)
{
    return QString::fromUtf8(QJsonDocument(key.toJson(withPrivate)).toJson());
}

// Answers the next modal input dialog with `text` (or cancels it when `text` is null); counts the dialogs seen.
void answerInputDialog(const QString& text, int* seen = nullptr)
{
    auto* poll = new QTimer;
    int tries = 0;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text, seen, tries]() mutable {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            if (seen != nullptr) {
                ++*seen;
            }
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            if (text.isNull()) {
                dialog->reject();
            } else {
                dialog->setTextValue(text);
                dialog->accept();
            }
            poll->deleteLater();
        } else if (++tries > 250) {
            poll->deleteLater();
        }
    });
    poll->start(20);
}

} // namespace

class tst_TokenDecrypt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void jweOnThePagePointsToDecrypt();
    void nestedJwtOpensAndVerifies();
    void wrongKeyIsRefusedWithCodeAndSentence();
    void encryptedPemAsksForItsPassphrase();
    void droppedKeyFileBecomesTheDecryptionKey();
    void rsa15IsOffUntilAllowed();
    void passwordAndP2cCap();
    void algorithmAllowList();
    void hostilePlaintextIsEscaped();
    void hostileHeaderIsShownAsText();
    void keyStoreOffersNoSigningKey();
    void signedTokenHasNothingToDecrypt();

private:
    TokensPage* makePage(KeyVault* vault = nullptr, KeyStore* store = nullptr);
    void setToken(const QByteArray& token);
    DecryptPanel* decryptTab();
    void clickDecrypt();
    static QJsonObject vector(const QString& name);

    jose::Jwk m_rsa;    // RSA-2048, use enc, kid "enc-1"
    jose::Jwk m_signer; // ES256, kid "as"
    std::unique_ptr<test::TokensPageWorld> m_world;
};

void tst_TokenDecrypt::initTestCase()
{
    m_rsa = generate(jose::KeyType::Rsa, QStringLiteral("enc-1"), QStringLiteral("enc"));
    m_signer = generate(jose::KeyType::Ec, QStringLiteral("as"), QStringLiteral("sig"));
}

void tst_TokenDecrypt::init()
{
    m_world = std::make_unique<test::TokensPageWorld>();
    QVERIFY(m_world->open(QStringLiteral("decrypt.db"), kNow * 1000));
}

void tst_TokenDecrypt::cleanup()
{
    m_world.reset();
}

TokensPage* tst_TokenDecrypt::makePage(KeyVault* vault, KeyStore* store)
{
    return m_world->makePage(vault, store);
}

void tst_TokenDecrypt::setToken(const QByteArray& token)
{
    m_world->page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"))->setPlainText(QString::fromLatin1(token));
    QTRY_VERIFY(m_world->page->decodedToken().has_value() && m_world->page->decodedToken()->token == token);
}

DecryptPanel* tst_TokenDecrypt::decryptTab()
{
    auto* tabs = m_world->page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    tabs->setCurrentWidget(m_world->page->decryptPanel());
    return m_world->page->decryptPanel();
}

void tst_TokenDecrypt::clickDecrypt()
{
    DecryptPanel* panel = m_world->page->decryptPanel();
    auto* button = panel->findChild<QPushButton*>(QStringLiteral("decryptButton"));
    QVERIFY(button->isEnabled());
    QVERIFY(test::clickWhenReachable(button));
    QTRY_VERIFY(panel->state() != DecryptPanel::State::Busy);
}

QJsonObject tst_TokenDecrypt::vector(const QString& name)
{
    return test::readJsonData(QStringLiteral("rfc7520-cookbook/jwe/") + name).object();
}

void tst_TokenDecrypt::jweOnThePagePointsToDecrypt()
{
    TokensPage* page = makePage();
    setToken(encrypt("{\"sub\":\"alice\"}", m_rsa, jose::JweAlgorithm::RsaOaep256, jose::JweEncryption::A256Gcm));
    auto* notice = page->findChild<QLabel*>(QStringLiteral("jweNoticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Decrypt")), qPrintable(notice->text()));
    // A JWE cannot be edited and re-signed: that tab gives its place to Decrypt.
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(page->decryptPanel())));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(page->resignPanel())));
    Q_EMIT notice->linkActivated(QStringLiteral("#decrypt"));
    QCOMPARE(page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->currentWidget(), page->decryptPanel());
    const QString about = page->findChild<QLabel*>(QStringLiteral("decryptTokenLabel"))->text();
    QVERIFY2(about.contains(QStringLiteral("RSA-OAEP-256")) && about.contains(QStringLiteral("enc-1")),
             qPrintable(about));
    // The Verify tab no longer says decryption is missing; it points here.
    QVERIFY(page->verifyPanel()->verdictText().contains(QStringLiteral("Decrypt tab")));
}

void tst_TokenDecrypt::nestedJwtOpensAndVerifies()
{
    TokensPage* page = makePage();
    const QByteArray inner = jose::Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")},
                                                         {QStringLiteral("kid"), QStringLiteral("as")}},
                                             QJsonDocument(QJsonObject{{QStringLiteral("sub"), QStringLiteral("alice")},
                                                                       {QStringLiteral("exp"), kNow + 600}})
                                                 .toJson(QJsonDocument::Compact),
                                             m_signer)
                                 .value();
    // As Auth0 sends them: RSA-OAEP-256 + A256GCM around a signed token.
    const QByteArray jwe =
        encrypt(inner, m_rsa, jose::JweAlgorithm::RsaOaep256, jose::JweEncryption::A256Gcm, QStringLiteral("JWT"));
    setToken(jwe);
    DecryptPanel* panel = decryptTab();
    panel->keySource()->setKeyText(jwkText(m_rsa, true));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("decryptKeyStatusLabel"))->text().contains(u"private key"));
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Decrypted);
    QVERIFY2(panel->statusText().contains(QStringLiteral("RSA-OAEP-256")), qPrintable(panel->statusText()));
    const QString header = panel->findChild<QPlainTextEdit*>(QStringLiteral("decryptHeaderTextEdit"))->toPlainText();
    QVERIFY2(header.contains(QStringLiteral("\"cty\": \"JWT\"")), qPrintable(header));
    QCOMPARE(panel->findChild<QPlainTextEdit*>(QStringLiteral("plaintextTextEdit"))->toPlainText(),
             QString::fromLatin1(inner));
    auto* open = panel->findChild<QPushButton*>(QStringLiteral("openInnerTokenButton"));
    QVERIFY(open->isVisible());

    QVERIFY(test::clickWhenReachable(open));
    QVERIFY(page->decodedToken().has_value());
    QCOMPARE(page->decodedToken()->token, inner);
    QVERIFY(!page->decodedToken()->isJwe());
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    QCOMPARE(tabs->currentWidget(), page->findChild<QWidget*>(QStringLiteral("decodedPanel")));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(panel))); // still there, for the way back
    QVERIFY(page->findChild<QPlainTextEdit*>(QStringLiteral("payloadJsonTextEdit"))
                ->toPlainText()
                .contains(QStringLiteral("\"alice\"")));
    page->verifyPanel()->keyInput()->setKeyText(jwkText(m_signer.publicKey().value(), false));
    QTRY_COMPARE(page->verifyPanel()->verdict(), VerifyPanel::Verdict::Valid);

    // And back to the JWE it came from.
    tabs->setCurrentWidget(panel);
    auto* back = panel->findChild<QPushButton*>(QStringLiteral("backToJweButton"));
    QVERIFY(back->isVisible());
    QVERIFY(test::clickWhenReachable(back));
    QCOMPARE(page->decodedToken()->token, jwe);
    QVERIFY(page->decodedToken()->isJwe());
    QVERIFY(!back->isVisible());
}

void tst_TokenDecrypt::wrongKeyIsRefusedWithCodeAndSentence()
{
    makePage();
    setToken(encrypt("secret", m_rsa, jose::JweAlgorithm::RsaOaep, jose::JweEncryption::A128CbcHs256));
    DecryptPanel* panel = decryptTab();
    // Nothing given yet: says so, refuses nothing.
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::None);
    QCOMPARE(panel->errorCode(), QStringLiteral("ui.no-key"));

    // Another key under the same kid: the token's kid finds it, the key does not open the token.
    const jose::Jwk other = generate(jose::KeyType::Rsa, QStringLiteral("enc-1"), QStringLiteral("enc"));
    panel->keySource()->setKeyText(jwkText(other, true));
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Refused);
    QCOMPARE(panel->errorCode(), QStringLiteral("jose.decrypt-failed"));
    QVERIFY2(panel->statusText().contains(QStringLiteral("jose.decrypt-failed")) &&
                 panel->statusText().contains(QStringLiteral("does not open this token")),
             qPrintable(panel->statusText()));
    QVERIFY(!panel->statusText().contains(QStringLiteral("--")));
    QVERIFY(panel->findChild<QPlainTextEdit*>(QStringLiteral("plaintextTextEdit"))->toPlainText().isEmpty());

    // A public key cannot decrypt.
    panel->keySource()->setKeyText(jwkText(m_rsa.publicKey().value(), false));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("decryptKeyStatusLabel"))->text().contains(u"ui.public-key"));
    clickDecrypt();
    QCOMPARE(panel->errorCode(), QStringLiteral("ui.public-key"));
}

void tst_TokenDecrypt::encryptedPemAsksForItsPassphrase()
{
    makePage();
    const jose::Jwk pub = jose::Jwk::fromPem(test::readData(QStringLiteral("keys/rsa2048.spki.pem"))).value();
    setToken(encrypt("{\"scope\":\"orders\"}", pub, jose::JweAlgorithm::RsaOaep256, jose::JweEncryption::A256Gcm));
    DecryptPanel* panel = decryptTab();
    QVERIFY(panel->keySource()->loadFile(test::dataPath(QStringLiteral("keys/rsa2048.enc.pem"))));
    const QString status = panel->findChild<QLabel*>(QStringLiteral("decryptKeyStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("passphrase")), qPrintable(status));

    int dialogs = 0;
    answerInputDialog(QString(), &dialogs); // cancelled: nothing happens
    clickDecrypt();
    QCOMPARE(dialogs, 1);
    QCOMPARE(panel->state(), DecryptPanel::State::None);
    QCOMPARE(panel->errorCode(), QStringLiteral("ui.cancelled"));

    answerInputDialog(QStringLiteral("wrong horse"), &dialogs);
    clickDecrypt();
    QCOMPARE(dialogs, 2);
    QCOMPARE(panel->state(), DecryptPanel::State::Refused);
    QCOMPARE(panel->errorCode(), QStringLiteral("jose.key-invalid"));

    answerInputDialog(QStringLiteral("correct-horse"), &dialogs);
    clickDecrypt();
    QCOMPARE(dialogs, 3);
    QCOMPARE(panel->state(), DecryptPanel::State::Decrypted);
    QVERIFY(panel->findChild<QPlainTextEdit*>(QStringLiteral("plaintextTextEdit"))
                ->toPlainText()
                .contains(QStringLiteral("\"scope\": \"orders\"")));
    // Opened once: decrypting again does not ask again, and the passphrase is nowhere on disk.
    clickDecrypt();
    QCOMPARE(dialogs, 3);
    QCOMPARE(panel->state(), DecryptPanel::State::Decrypted);
    m_world->settings.reset();
    QFile settings(m_world->dir.filePath(QStringLiteral("settings.ini")));
    if (settings.open(QIODevice::ReadOnly)) {
        QVERIFY(!settings.readAll().contains("correct-horse"));
    }
}

void tst_TokenDecrypt::droppedKeyFileBecomesTheDecryptionKey()
{
    TokensPage* page = makePage();
    setToken(encrypt("hello", m_rsa, jose::JweAlgorithm::RsaOaep256, jose::JweEncryption::A128Gcm));
    const QString path = m_world->dir.filePath(QStringLiteral("enc-key.jwk"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jwkText(m_rsa, true).toUtf8());
    file.close();
    QVERIFY(page->openFile(path));
    DecryptPanel* panel = page->decryptPanel();
    QCOMPARE(page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->currentWidget(), panel);
    QCOMPARE(panel->keySource()->mode(), DecryptKeySource::Mode::File);
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Decrypted);
    QCOMPARE(panel->findChild<QPlainTextEdit*>(QStringLiteral("plaintextTextEdit"))->toPlainText(),
             QStringLiteral("hello"));
}

void tst_TokenDecrypt::rsa15IsOffUntilAllowed()
{
    makePage();
    const QJsonObject v = vector(QStringLiteral("5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json"));
    setToken(v.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")).toString().toLatin1());
    DecryptPanel* panel = decryptTab();
    const QJsonObject key = v.value(QStringLiteral("input")).toObject().value(QStringLiteral("key")).toObject();
    panel->keySource()->setKeyText(QString::fromUtf8(QJsonDocument(key).toJson()));
    auto* allow = panel->findChild<QCheckBox*>(QStringLiteral("allowRsa15CheckBox"));
    QVERIFY(!allow->isChecked());
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Refused);
    QCOMPARE(panel->errorCode(), QStringLiteral("jose.alg-not-allowed"));
    allow->setChecked(true);
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Decrypted);
    QCOMPARE(panel->lastResult()->plaintext,
             v.value(QStringLiteral("input")).toObject().value(QStringLiteral("plaintext")).toString().toUtf8());
}

void tst_TokenDecrypt::passwordAndP2cCap()
{
    makePage();
    // RFC 7520 §5.3: PBES2-HS512+A256KW, p2c 8192, a password with non-ASCII dashes.
    const QJsonObject v = vector(QStringLiteral("5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json"));
    setToken(v.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")).toString().toLatin1());
    DecryptPanel* panel = decryptTab();
    panel->keySource()->setPassword(
        v.value(QStringLiteral("input")).toObject().value(QStringLiteral("pwd")).toString());
    auto* cap = panel->findChild<QSpinBox*>(QStringLiteral("maxP2cSpinBox"));
    QCOMPARE(cap->value(), 10000);
    cap->setValue(8000);
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Refused);
    QCOMPARE(panel->errorCode(), QStringLiteral("jose.p2c-cap"));
    QVERIFY(panel->statusText().contains(QStringLiteral("iterations")));
    cap->setValue(10000);
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Decrypted);
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("plaintextNoteLabel"))->text().contains(QStringLiteral("JSON")));
    // A wrong password is the same refusal as a wrong key.
    panel->keySource()->setPassword(QStringLiteral("entrap-peter-long-credit-tun"));
    clickDecrypt();
    QCOMPARE(panel->errorCode(), QStringLiteral("jose.decrypt-failed"));
}

void tst_TokenDecrypt::algorithmAllowList()
{
    makePage();
    setToken(encrypt("x", m_rsa, jose::JweAlgorithm::RsaOaep256, jose::JweEncryption::A256Gcm));
    DecryptPanel* panel = decryptTab();
    panel->keySource()->setKeyText(jwkText(m_rsa, true));
    DecryptOptionsEditor* options = panel->optionsEditor();
    options->setAllowedEncryptions({jose::JweEncryption::A128CbcHs256});
    clickDecrypt();
    QCOMPARE(panel->errorCode(), QStringLiteral("jose.enc-unsupported"));
    options->setAllowedEncryptions({});
    options->setAllowedAlgorithms({jose::JweAlgorithm::A256KW});
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Refused);
    QVERIFY(panel->errorCode().startsWith(QStringLiteral("jose.")));
    options->setAllowedAlgorithms({jose::JweAlgorithm::RsaOaep256});
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Decrypted);
}

void tst_TokenDecrypt::hostilePlaintextIsEscaped()
{
    makePage();
    const jose::Jwk x25519 =
        generate(jose::KeyType::Okp, QStringLiteral("x1"), QStringLiteral("enc"), QStringLiteral("X25519"));
    setToken(encrypt(QStringLiteral("ok\x1b[2J\rVALID \u202eevil").toUtf8(), x25519, jose::JweAlgorithm::EcdhEsA256KW,
                     jose::JweEncryption::A256Gcm));
    DecryptPanel* panel = decryptTab();
    panel->keySource()->setKeyText(jwkText(x25519, true));
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::Decrypted);
    const QString shown = panel->findChild<QPlainTextEdit*>(QStringLiteral("plaintextTextEdit"))->toPlainText();
    QVERIFY2(DisplayText::isSafe(shown), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("\\x1b")) && shown.contains(QStringLiteral("\\u202e")));
    QVERIFY(DisplayText::isSafe(panel->statusText()));
}

void tst_TokenDecrypt::hostileHeaderIsShownAsText()
{
    TokensPage* page = makePage();
    // A kid with markup, an escape sequence and a right-to-left override, as a token's maker may write it.
    const QString kid = QStringLiteral("<b>trusted</b>\x1b[2J\u202eevil");
    jose::JweEncryptOptions options;
    options.keyId = kid;
    setToken(jose::JweEncryptor::encrypt("x", m_rsa, options).value());
    for (const char* name : {"tokenSummaryLabel", "decryptTokenLabel"}) {
        auto* label = page->findChild<QLabel*>(QLatin1StringView(name));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(DisplayText::isSafe(label->text()), name);
        QVERIFY2(label->text().contains(QStringLiteral("<b>trusted</b>\\x1b[2J\\u202eevil")),
                 qPrintable(label->text()));
    }
}

void tst_TokenDecrypt::keyStoreOffersNoSigningKey()
{
    // This database's key store holds signing keys only: none of them is offered to decrypt (K-USE).
    KeyVault vault(*m_world->db, *m_world->audit);
    QVERIFY(
        vault.initialise(QStringLiteral("decrypt gui passphrase"), crypto::KeyDerivation::ScryptParameters{10, 8, 1}));
    KeyStore store(*m_world->db, *m_world->audit, vault);
    KeyGenerateRequest rsa;
    rsa.kty = QStringLiteral("RSA");
    rsa.kid = QStringLiteral("enc-1"); // even under the kid the token names
    QVERIFY(store.generate(rsa));
    makePage(&vault, &store);
    setToken(encrypt("x", m_rsa, jose::JweAlgorithm::RsaOaep256, jose::JweEncryption::A256Gcm));
    DecryptPanel* panel = decryptTab();
    panel->keySource()->setMode(DecryptKeySource::Mode::Store);
    QVERIFY(panel->keySource()->storeKids().isEmpty());
    const QString note = panel->findChild<QLabel*>(QStringLiteral("decryptStoreNoteLabel"))->text();
    QVERIFY2(note.contains(QStringLiteral("no encryption key")), qPrintable(note));
    clickDecrypt();
    QCOMPARE(panel->state(), DecryptPanel::State::None);
    QCOMPARE(panel->errorCode(), QStringLiteral("ui.no-key"));
}

void tst_TokenDecrypt::signedTokenHasNothingToDecrypt()
{
    TokensPage* page = makePage();
    setToken(jose::Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}}, "{\"exp\":1}", m_signer)
                 .value());
    DecryptPanel* panel = page->decryptPanel();
    // A signed token has nothing to decrypt: the tab is not even shown, and Edit & re-sign is.
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(panel)));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(page->resignPanel())));
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("decryptButton"))->isEnabled());
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("decryptTokenLabel"))->text().contains(u"not encrypted"));
    panel->decrypt(); // Ctrl+Return here does nothing either
    QCOMPARE(panel->state(), DecryptPanel::State::None);
}

QTEST_MAIN(tst_TokenDecrypt)
#include "tst_tokendecrypt.moc"
