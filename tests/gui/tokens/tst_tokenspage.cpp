#include "tests/gui/tokens/TokensPageWorld.h"
#include "tests/support/TestKeys.h"

#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/history/TokenHistory.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "ui/tokens/ClaimsTableModel.h"
#include "ui/tokens/HistoryPanel.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/tokens/PolicyEditor.h"
#include "ui/tokens/ResignPanel.h"
#include "ui/tokens/TokenEditor.h"
#include "ui/tokens/TokenHistoryModel.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/tokens/TokensPage.h"
#include "ui/tokens/VerifyKeySource.h"
#include "ui/tokens/VerifyPanel.h"
#include "ui/tokens/WarningList.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/WarningBanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>

using namespace authscope;
using authscope::test::generatedKey;
using authscope::test::signedJwt;

namespace {

constexpr qint64 kNow = 1'900'000'000; // 2030-03-17 17:46:40 UTC

QJsonObject es256Header(const QString& kid = QStringLiteral("k1"))
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("kid"), kid}};
}

QByteArray signRaw(const QJsonObject& header, const QByteArray& payload, const jose::Jwk& key)
{
    auto token = jose::Jws::sign(header, payload, key);
    if (!token) {
        qFatal("cannot sign the test token: %s", qPrintable(token.error().toString()));
    }
    return *token;
}

QString publicJwkText(const jose::Jwk& key)
{
    return QString::fromUtf8(QJsonDocument(key.publicKey().value().toJson(false)).toJson());
}

// Answers the next modal message box with `button` (the box has to appear within a few seconds).
void answerMessageBox(QMessageBox::StandardButton button)
{
    auto* poll = new QTimer;
    int tries = 0;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, tries]() mutable {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->button(button)->click();
            poll->deleteLater();
        } else if (++tries > 200) {
            poll->deleteLater();
        }
    });
    poll->start(20);
}

bool isGreen(const QColor& c)
{
    return c.hslHue() >= 90 && c.hslHue() <= 170 && c.hslSaturation() > 60;
}

bool isRed(const QColor& c)
{
    return (c.hslHue() <= 15 || c.hslHue() >= 330) && c.hslSaturation() > 60;
}

} // namespace

class tst_TokensPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typedTokenIsDecodedAndColoured();
    void claimsAreExplainedWithTimes();
    void expiryCountsDownLive();
    void validTokenVerifiesGreen();
    void wrongKeyIsRedWithSignatureMismatch();
    void unknownKidIsNamed();
    void hmacSecretAsTextAndBase64();
    void expiredTokenIsListedAsExpired();
    void chosenTimeMakesExpiredTokenValid();
    void audienceAndIssuerPolicy();
    void databaseKeysVerifyWithoutPasting();
    void accessTokenProfileFillsThePolicy();
    void tokenWithoutSignatureIsDecoded();
    void jwksPicksKeyByKid();
    void encryptedPemNeedsPassphrase();
    void resignWithGeneratedKeyVerifies();
    void resignWithGeneratedHmacVerifies();
    void unsignedVariantIsWarnedAndRefused();
    void jweIsShownAsUnsupported();
    void algNoneIsWarned();
    void hmacTokenWithPublicKeyIsWarned();
    void oversizedTokenShowsTheCap();
    void malformedTokenExplainsWhy();
    void bearerPrefixAndLineBreaksAreIgnored();
    void copyButtonsCopyEachPart();
    void ctrlReturnVerifies();
    void droppedKeyFileBecomesTheVerificationKey();
    void droppedTokenFileIsInspected();
    void historyRemembersDedupesAndClears();
    void historyCanBeTurnedOff();
    void historyOpensATokenAgain();
    void darkModeKeepsColoursReadable();
    void pageIsInTheMainWindowOrder();

private:
    TokensPage* makePage();
    void setToken(TokensPage* page, const QByteArray& token);
    // A page showing a token of `claims`, signed ES256 with m_key (kid k1).
    TokensPage* makePageWithToken(const QJsonObject& claims);
    QString verdict(TokensPage* page) const;

    jose::Jwk m_key;      // EC P-256, kid k1
    jose::Jwk m_otherKey; // EC P-256, kid k1 as well (a different key under the same name)
    std::unique_ptr<test::TokensPageWorld> m_world;
};

void tst_TokensPage::initTestCase()
{
    m_key = generatedKey(QStringLiteral("k1"));
    m_otherKey = generatedKey(QStringLiteral("k1"));
}

void tst_TokensPage::init()
{
    m_world = std::make_unique<test::TokensPageWorld>();
    QVERIFY(m_world->open(QStringLiteral("tokens.db"), kNow * 1000));
}

void tst_TokensPage::cleanup()
{
    m_world.reset();
}

TokensPage* tst_TokensPage::makePage()
{
    TokensPage* page = m_world->makePage();
    if (!QTest::qWaitForWindowActive(page)) {
        qWarning("page not active");
    }
    return page;
}

TokensPage* tst_TokensPage::makePageWithToken(const QJsonObject& claims)
{
    TokensPage* page = makePage();
    setToken(page, signedJwt(es256Header(), claims, m_key));
    return page;
}

void tst_TokensPage::setToken(TokensPage* page, const QByteArray& token)
{
    page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"))->setPlainText(QString::fromLatin1(token));
    // The editor decodes after a short debounce, like typing.
    QTRY_VERIFY(page->decodedToken().has_value() && page->decodedToken()->token == token.trimmed());
}

QString tst_TokensPage::verdict(TokensPage* page) const
{
    return page->findChild<QLabel*>(QStringLiteral("verdictLabel"))->property("verdict").toString();
}

void tst_TokensPage::typedTokenIsDecodedAndColoured()
{
    TokensPage* page = makePage();
    const QByteArray token = signedJwt(es256Header(),
                                       {{QStringLiteral("iss"), QStringLiteral("https://idp.example")},
                                        {QStringLiteral("sub"), QStringLiteral("alice")},
                                        {QStringLiteral("exp"), kNow + 14 * 60}},
                                       m_key);
    auto* editor = page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"));
    QVERIFY(editor);
    editor->setFocus();
    QTest::keyClicks(editor, QString::fromLatin1(token));
    QTRY_VERIFY(page->decodedToken().has_value());
    QCOMPARE(page->decodedToken()->token, token);

    auto* summary = page->findChild<QLabel*>(QStringLiteral("tokenSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("JWT")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("ES256")));
    QVERIFY(summary->text().contains(QStringLiteral("kid 'k1'")));

    // Header and payload as indented JSON, in the order the token sent them.
    const QString header = page->findChild<QPlainTextEdit*>(QStringLiteral("headerJsonTextEdit"))->toPlainText();
    QVERIFY2(header.contains(QStringLiteral("\"alg\": \"ES256\"")), qPrintable(header));
    const QString payload = page->findChild<QPlainTextEdit*>(QStringLiteral("payloadJsonTextEdit"))->toPlainText();
    QVERIFY2(payload.contains(QStringLiteral("\"sub\": \"alice\"")), qPrintable(payload));
    QVERIFY(payload.contains(u'\n'));
    const QString signature = page->findChild<QPlainTextEdit*>(QStringLiteral("signatureTextEdit"))->toPlainText();
    QVERIFY(signature.contains(QString::fromLatin1(token.mid(token.lastIndexOf('.') + 1))));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("signatureNoteLabel"))->text().contains(QStringLiteral("64")));

    // The three parts coloured like jwt.io, the dots in the text colour.
    const qsizetype dot1 = token.indexOf('.');
    const qsizetype dot2 = token.indexOf('.', dot1 + 1);
    const TokenPalette palette = TokenPalette::current();
    const auto colourAt = [&](qsizetype pos) -> QColor {
        const QList<QTextLayout::FormatRange> formats = editor->document()->firstBlock().layout()->formats();
        for (const QTextLayout::FormatRange& r : formats) {
            if (pos >= r.start && pos < r.start + r.length) {
                return r.format.foreground().color();
            }
        }
        return {};
    };
    QTRY_COMPARE(colourAt(0), palette.header);
    QCOMPARE(colourAt(dot1 - 1), palette.header);
    QCOMPARE(colourAt(dot1 + 1), palette.payload);
    QCOMPARE(colourAt(dot2 - 1), palette.payload);
    QCOMPARE(colourAt(dot2 + 1), palette.signature);
    QCOMPARE(colourAt(token.size() - 1), palette.signature);
    QCOMPARE(colourAt(dot1), QApplication::palette().color(QPalette::Text));
    QCOMPARE(colourAt(dot2), QApplication::palette().color(QPalette::Text));

    // Warnings: a 14-minute token with exp is clean; the list says so.
    auto* warnings = page->findChild<WarningList*>(QStringLiteral("warningsListWidget"));
    QVERIFY(warnings->codes().isEmpty());
    QCOMPARE(warnings->count(), 1);
}

void tst_TokensPage::claimsAreExplainedWithTimes()
{
    TokensPage* page = makePage();
    // Members deliberately not in alphabetical order: the table keeps the token's order.
    const QByteArray payload = QStringLiteral(R"({"sub":"alice","iss":"https://idp.example","aud":["api","web"],)"
                                              R"("iat":%1,"exp":%2,"nbf":"soon","tenant":42})")
                                   .arg(kNow - 3 * 3600)
                                   .arg(kNow + 14 * 60)
                                   .toUtf8();
    setToken(page, signRaw(es256Header(), payload, m_key));
    auto* table = page->findChild<QTableView*>(QStringLiteral("claimsTableView"));
    QVERIFY(table);
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), 7);
    const auto cell = [&](const QString& name, ClaimsTableModel::Column column, int role = Qt::DisplayRole) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ClaimsTableModel::NameRole).toString() == name) {
                return model->index(row, static_cast<int>(column)).data(role);
            }
        }
        return QVariant();
    };
    using Column = ClaimsTableModel::Column;
    QCOMPARE(cell(QStringLiteral("exp"), Column::Name).toString(), QStringLiteral("exp (Expiration Time)"));
    QVERIFY(cell(QStringLiteral("exp"), Column::Name, Qt::ToolTipRole).toString().contains(u"RFC 7519 §4.1.4"));
    QVERIFY(cell(QStringLiteral("iss"), Column::Name, Qt::ToolTipRole).toString().contains(u"RFC 7519 §4.1.1"));
    QVERIFY(cell(QStringLiteral("tenant"), Column::Name, Qt::ToolTipRole).toString().contains(u"private claim"));
    QCOMPARE(cell(QStringLiteral("exp"), Column::Value).toString(), QString::number(kNow + 14 * 60));
    QCOMPARE(cell(QStringLiteral("exp"), Column::UtcTime).toString(), QStringLiteral("2030-03-17 18:00:40 UTC"));
    QVERIFY(!cell(QStringLiteral("exp"), Column::LocalTime).toString().isEmpty());
    QCOMPARE(cell(QStringLiteral("exp"), Column::Relative).toString(), QStringLiteral("expires in 14 min"));
    QCOMPARE(cell(QStringLiteral("iat"), Column::Relative).toString(), QStringLiteral("issued 3 h ago"));
    QCOMPARE(cell(QStringLiteral("nbf"), Column::Relative).toString(), QStringLiteral("not a valid NumericDate"));
    QCOMPARE(cell(QStringLiteral("aud"), Column::Value).toString(), QStringLiteral("api, web"));
    QCOMPARE(cell(QStringLiteral("exp"), Column::Relative, Qt::ForegroundRole).value<QColor>(),
             TokenPalette::current().good);
    QCOMPARE(cell(QStringLiteral("nbf"), Column::Relative, Qt::ForegroundRole).value<QColor>(),
             TokenPalette::current().bad);
    // Sent order, not alphabetical.
    QCOMPARE(model->index(0, 0).data(ClaimsTableModel::NameRole).toString(), QStringLiteral("sub"));
    QCOMPARE(model->index(6, 0).data(ClaimsTableModel::NameRole).toString(), QStringLiteral("tenant"));
    const QString json = page->findChild<QPlainTextEdit*>(QStringLiteral("payloadJsonTextEdit"))->toPlainText();
    QVERIFY(json.indexOf(QStringLiteral("\"sub\"")) < json.indexOf(QStringLiteral("\"iss\"")));

    auto* headerTable = page->findChild<QTableView*>(QStringLiteral("headerTableView"));
    QCOMPARE(headerTable->model()->rowCount(), 3);
    QVERIFY(headerTable->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"RFC 7515 §4.1.1"));
    QVERIFY(headerTable->isColumnHidden(static_cast<int>(Column::Relative)));

    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    QVERIFY(tabs->tabText(1).contains(QStringLiteral("7")));
}

void tst_TokensPage::expiryCountsDownLive()
{
    TokensPage* page = makePageWithToken({{QStringLiteral("exp"), kNow + 14 * 60}});
    auto* expiry = page->findChild<QLabel*>(QStringLiteral("expiryLabel"));
    QVERIFY(expiry->isVisible());
    QVERIFY2(expiry->text().contains(QStringLiteral("Expires in 14 min")), qPrintable(expiry->text()));
    m_world->clock->advanceSecs(30);
    QTRY_VERIFY2(expiry->text().contains(QStringLiteral("Expires in 13 min 30 s")), qPrintable(expiry->text()));
    auto* table = page->findChild<QTableView*>(QStringLiteral("claimsTableView"));
    QTRY_COMPARE(table->model()->index(0, static_cast<int>(ClaimsTableModel::Column::Relative)).data().toString(),
                 QStringLiteral("expires in 13 min 30 s"));
    m_world->clock->advanceSecs(14 * 60);
    QTRY_VERIFY2(expiry->text().contains(QStringLiteral("Expired 30 s ago")), qPrintable(expiry->text()));
    QVERIFY(isRed(expiry->palette().color(QPalette::WindowText)));
}

void tst_TokensPage::validTokenVerifiesGreen()
{
    TokensPage* page =
        makePageWithToken({{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), kNow + 600}});
    auto* keyText = page->findChild<QPlainTextEdit*>(QStringLiteral("keyTextEdit"));
    QVERIFY(keyText);
    keyText->setPlainText(publicJwkText(m_key));
    auto* button = page->findChild<QPushButton*>(QStringLiteral("verifyButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto* label = page->findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QCOMPARE(verdict(page), QStringLiteral("valid"));
    QVERIFY2(label->text().contains(QStringLiteral("Valid")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("key 'k1'")));
    QVERIFY(label->text().contains(QStringLiteral("ES256")));
    QVERIFY(isGreen(label->palette().color(QPalette::WindowText)));
    auto* status = page->findChild<QLabel*>(QStringLiteral("keyStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("P-256 public key")), qPrintable(status->text()));

    auto* diagnosis = page->findChild<QListWidget*>(QStringLiteral("diagnosisListWidget"));
    QStringList codes;
    for (int i = 0; i < diagnosis->count(); ++i) {
        codes << diagnosis->item(i)->data(VerifyPanel::CodeRole).toString();
    }
    QVERIFY2(codes.contains(QStringLiteral("check.signature")), qPrintable(codes.join(u',')));
    QVERIFY(codes.contains(QStringLiteral("check.exp")));
    QVERIFY(codes.contains(QStringLiteral("unchecked.iss")));
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    QVERIFY(!tabs->tabIcon(2).isNull());
}

void tst_TokensPage::wrongKeyIsRedWithSignatureMismatch()
{
    TokensPage* page = makePageWithToken({{QStringLiteral("exp"), kNow + 600}});
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_otherKey));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    auto* label = page->findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QCOMPARE(verdict(page), QStringLiteral("invalid"));
    QVERIFY2(label->text().contains(QStringLiteral("signature does not match")), qPrintable(label->text()));
    QVERIFY(isRed(label->palette().color(QPalette::WindowText)));
    auto* diagnosis = page->findChild<QListWidget*>(QStringLiteral("diagnosisListWidget"));
    QVERIFY(diagnosis->count() > 0);
    QCOMPARE(diagnosis->item(0)->data(VerifyPanel::CodeRole).toString(), QStringLiteral("jose.signature-mismatch"));
    QVERIFY(diagnosis->item(0)->text().startsWith(QStringLiteral("jose.signature-mismatch — ")));
    QCOMPARE(page->verifyPanel()->lastResult()->valid, false);
}

void tst_TokensPage::unknownKidIsNamed()
{
    TokensPage* page = makePage();
    setToken(page, signedJwt(es256Header(QStringLiteral("k2")), {{QStringLiteral("exp"), kNow + 600}}, m_key));
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    page->verifyPanel()->verify();
    QCOMPARE(verdict(page), QStringLiteral("invalid"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text().contains(QStringLiteral("unknown kid")));
    auto* diagnosis = page->findChild<QListWidget*>(QStringLiteral("diagnosisListWidget"));
    QVERIFY2(diagnosis->item(0)->text().contains(QStringLiteral("kid 'k2'")), qPrintable(diagnosis->item(0)->text()));
}

void tst_TokensPage::hmacSecretAsTextAndBase64()
{
    TokensPage* page = makePage();
    const QByteArray secret("a-string-secret-at-least-256-bits-long");
    const jose::Jwk key = jose::Jwk::fromSecret(secret).value();
    setToken(page,
             signedJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                   {QStringLiteral("typ"), QStringLiteral("JWT")}},
                       {{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), kNow + 60}}, key));
    page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->setCurrentWidget(page->verifyPanel());
    auto* keyInput = page->verifyPanel()->keyInput();
    auto* source = page->findChild<QComboBox*>(QStringLiteral("keySourceComboBox"));
    QCOMPARE(source->parentWidget(), keyInput);
    source->setCurrentIndex(source->findData(static_cast<int>(KeyInputWidget::Source::Secret)));
    auto* secretEdit = keyInput->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    QVERIFY(secretEdit->isVisible());
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secretEdit, QString::fromLatin1(secret));
    // Verified as you type (auto-verify), without clicking.
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text().contains(QStringLiteral("HS256")));

    auto* encoding = keyInput->findChild<QComboBox*>(QStringLiteral("secretEncodingComboBox"));
    encoding->setCurrentIndex(encoding->findData(static_cast<int>(KeyInputWidget::SecretEncoding::Base64)));
    secretEdit->setText(QString::fromLatin1(secret.toBase64()));
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));

    secretEdit->setText(QString::fromLatin1(QByteArray("another-secret-that-is-long-enough!!").toBase64()));
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    QVERIFY(page->verifyPanel()->lastResult()->codes().contains(QStringLiteral("jose.signature-mismatch")));

    secretEdit->setText(QStringLiteral("not base64 at all!"));
    QTRY_VERIFY(keyInput->findChild<QLabel*>(QStringLiteral("keyStatusLabel"))->text().contains(u"base64"));
    QTRY_COMPARE(verdict(page), QStringLiteral("none"));
}

void tst_TokensPage::expiredTokenIsListedAsExpired()
{
    TokensPage* page =
        makePageWithToken({{QStringLiteral("iat"), kNow - 4 * 3600}, {QStringLiteral("exp"), kNow - 3 * 3600}});
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QCOMPARE(verdict(page), QStringLiteral("invalid"));
    auto* label = page->findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("expired")), qPrintable(label->text()));
    QVERIFY(!label->text().contains(QStringLiteral("signature does not match")));
    auto* diagnosis = page->findChild<QListWidget*>(QStringLiteral("diagnosisListWidget"));
    QCOMPARE(diagnosis->item(0)->data(VerifyPanel::CodeRole).toString(), QStringLiteral("jose.expired"));
    QVERIFY2(diagnosis->item(0)->text().contains(QStringLiteral("expired 3 h ago")),
             qPrintable(diagnosis->item(0)->text()));
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("expiryLabel"))->text().contains(QStringLiteral("Expired 3 h ago")));
}

void tst_TokensPage::chosenTimeMakesExpiredTokenValid()
{
    TokensPage* page =
        makePageWithToken({{QStringLiteral("iat"), kNow - 4 * 3600}, {QStringLiteral("exp"), kNow - 3 * 3600}});
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    auto* atIssue = page->findChild<QPushButton*>(QStringLiteral("atIssueTimeButton"));
    QVERIFY(atIssue->isEnabled());
    QTest::mouseClick(atIssue, Qt::LeftButton);
    QCOMPARE(page->verifyPanel()->policyEditor()->chosenTime(), std::optional<qint64>(kNow - 4 * 3600));
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text().contains(QStringLiteral("as of")));
    // Back to now: expired again.
    page->verifyPanel()->policyEditor()->setChosenTime(std::nullopt);
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
}

void tst_TokensPage::audienceAndIssuerPolicy()
{
    TokensPage* page = makePageWithToken({{QStringLiteral("iss"), QStringLiteral("https://idp.example")},
                                          {QStringLiteral("aud"), QStringLiteral("api://orders")},
                                          {QStringLiteral("exp"), kNow + 600}});
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    page->verifyPanel()->verify();
    // A correctly signed token is not "invalid" because no audience was typed: aud and iss are "not checked".
    VerifyPanel* panel = page->verifyPanel();
    page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->setCurrentWidget(panel);
    QCOMPARE(verdict(page), QStringLiteral("valid"));
    QCOMPARE(panel->signatureVerdict(), VerifyPanel::Verdict::Valid);
    QCOMPARE(panel->uncheckedClaims(), (QStringList{QStringLiteral("aud"), QStringLiteral("iss")}));
    QVERIFY(panel->verdictText().contains(QStringLiteral("not checked: aud, iss")));
    QVERIFY(!panel->verdictText().contains(QStringLiteral("--")));
    auto* banner = page->findChild<WarningBanner*>(QStringLiteral("uncheckedBanner"));
    QVERIFY(banner->isVisibleTo(panel));
    QCOMPARE(int(banner->role()), int(StatusColor::Caution));
    QVERIFY(banner->text().contains(QStringLiteral("api://orders")));
    auto* diagnosis = page->findChild<QListWidget*>(QStringLiteral("diagnosisListWidget"));
    bool amberAud = false;
    for (int i = 0; i < diagnosis->count(); ++i) {
        QListWidgetItem* item = diagnosis->item(i);
        QVERIFY2(!item->text().contains(QStringLiteral("--")), qPrintable(item->text()));
        if (item->data(VerifyPanel::CodeRole).toString() == u"unchecked.aud") {
            amberAud = item->foreground().color() == TokenPalette::current().caution;
        }
    }
    QVERIFY(amberAud);
    // One click requires the token's own aud, another its iss.
    auto* audience = page->findChild<QLineEdit*>(QStringLiteral("audienceLineEdit"));
    auto* issuer = page->findChild<QLineEdit*>(QStringLiteral("issuerLineEdit"));
    auto* requireAud = page->findChild<QPushButton*>(QStringLiteral("requireAudienceButton"));
    QVERIFY(requireAud->isVisibleTo(panel));
    QTest::mouseClick(requireAud, Qt::LeftButton);
    QCOMPARE(audience->text(), QStringLiteral("api://orders"));
    QTRY_COMPARE(panel->uncheckedClaims(), QStringList{QStringLiteral("iss")});
    QCOMPARE(verdict(page), QStringLiteral("valid"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("requireIssuerButton")), Qt::LeftButton);
    QCOMPARE(issuer->text(), QStringLiteral("https://idp.example"));
    QTRY_VERIFY(panel->uncheckedClaims().isEmpty());
    QVERIFY(!banner->isVisibleTo(panel));
    QCOMPARE(verdict(page), QStringLiteral("valid"));
    // A policy failure leaves the signature verdict alone.
    issuer->clear();
    QTest::keyClicks(issuer, QStringLiteral("https://other.example"));
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    QVERIFY(page->verifyPanel()->lastResult()->codes().contains(QStringLiteral("jose.iss-mismatch")));
    QCOMPARE(panel->signatureVerdict(), VerifyPanel::Verdict::Valid);
    QVERIFY(panel->signatureText().startsWith(QStringLiteral("✔")));
    // A configured audience that does not match is a failure, not "not checked".
    audience->clear();
    QTest::keyClicks(audience, QStringLiteral("api://billing"));
    issuer->clear();
    QTRY_VERIFY(page->verifyPanel()->lastResult()->codes().contains(QStringLiteral("jose.aud-mismatch")));
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    page->verifyPanel()->policyEditor()->reset();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("policyFromTokenButton")), Qt::LeftButton);
    QCOMPARE(issuer->text(), QStringLiteral("https://idp.example"));
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
    // An allow-list without the token's alg: the signature itself is refused.
    page->verifyPanel()->policyEditor()->setAllowedAlgorithms({jose::JwsAlgorithm::RS256});
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    QVERIFY(page->verifyPanel()->lastResult()->codes().contains(QStringLiteral("jose.alg-not-allowed")));
    QCOMPARE(panel->signatureVerdict(), VerifyPanel::Verdict::Invalid);
}

void tst_TokensPage::databaseKeysVerifyWithoutPasting()
{
    // The keys of this database (what the test server signs with) are a key source: no export and paste.
    KeyVault vault(*m_world->db, *m_world->audit);
    QVERIFY(
        vault.initialise(QStringLiteral("tokens gui passphrase"), crypto::KeyDerivation::ScryptParameters{10, 8, 1}));
    KeyStore store(*m_world->db, *m_world->audit, vault);
    QVERIFY(store.generate({}));
    QVERIFY(store.rotate({}));
    const QByteArray token =
        store
            .signJwt(QJsonObject{{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), kNow + 600}})
            .value();
    m_world->page = std::make_unique<TokensPage>(
        AppContext{*m_world->db, *m_world->audit, *m_world->settings, *m_world->clock, &vault, &store});
    m_world->page->resize(1200, 800);
    m_world->page->show();
    TokensPage* page = m_world->page.get();
    setToken(page, token);
    VerifyKeySource* source = page->verifyPanel()->keySource();
    // The token's kid is in this database: its keys are chosen by themselves.
    QCOMPARE(source->mode(), VerifyKeySource::Mode::Database);
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
    QVERIFY(page->verifyPanel()->signatureText().contains(QStringLiteral("this database's keys")));
    // The verdict shows on the Decoded tab too.
    auto* decodedVerdict = page->findChild<QLabel*>(QStringLiteral("decodedVerdictLabel"));
    QVERIFY(decodedVerdict->isVisible());
    QCOMPARE(decodedVerdict->property("verdict").toString(), QStringLiteral("valid"));
    QVERIFY(decodedVerdict->text().contains(QStringLiteral("Valid")));
    // A token signed elsewhere under an unknown kid: a key must be given, and the Decoded tab says so.
    setToken(page, signedJwt(es256Header(QStringLiteral("elsewhere")), {{QStringLiteral("exp"), kNow + 600}}, m_key));
    QTRY_COMPARE(verdict(page), QStringLiteral("none"));
    QCOMPARE(source->mode(), VerifyKeySource::Mode::Provided);
    QCOMPARE(decodedVerdict->property("verdict").toString(), QStringLiteral("none"));
    QVERIFY(decodedVerdict->text().contains(QStringLiteral("not verified")));
    // Chosen by hand, the database's keys do not know that kid: the signature verdict is red.
    source->setMode(VerifyKeySource::Mode::Database);
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    QCOMPARE(page->verifyPanel()->signatureVerdict(), VerifyPanel::Verdict::Invalid);
    QCOMPARE(decodedVerdict->property("verdict").toString(), QStringLiteral("invalid"));
    // Giving a key is choosing it.
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    QCOMPARE(source->mode(), VerifyKeySource::Mode::Provided);
}

void tst_TokensPage::tokenWithoutSignatureIsDecoded()
{
    TokensPage* page = makePage();
    const QByteArray signedToken = signedJwt(es256Header(), {{QStringLiteral("sub"), QStringLiteral("bob")}}, m_key);
    const QByteArray unsignedPart = signedToken.left(signedToken.lastIndexOf('.'));
    page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"))->setPlainText(QString::fromLatin1(unsignedPart));
    QTRY_VERIFY(page->decodedToken().has_value());
    QVERIFY(page->decodedToken()->signature.isEmpty());
    QCOMPARE(page->decodedToken()->payloadJson.toObject().value(QStringLiteral("sub")).toString(),
             QStringLiteral("bob"));
    auto* summary = page->findChild<QLabel*>(QStringLiteral("tokenSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("no signature part")), qPrintable(summary->text()));
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    page->verifyPanel()->verify();
    QCOMPARE(verdict(page), QStringLiteral("invalid"));
    QCOMPARE(page->verifyPanel()->signatureVerdict(), VerifyPanel::Verdict::Invalid);
}

void tst_TokensPage::accessTokenProfileFillsThePolicy()
{
    TokensPage* page = makePageWithToken({{QStringLiteral("iss"), QStringLiteral("https://idp.example")},
                                          {QStringLiteral("aud"), QStringLiteral("api://orders")},
                                          {QStringLiteral("sub"), QStringLiteral("alice")},
                                          {QStringLiteral("exp"), kNow + 600}});
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
    auto* profile = page->findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    profile->setCurrentIndex(profile->findData(1));
    Q_EMIT profile->activated(profile->currentIndex());
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("typLineEdit"))->text(), QStringLiteral("at+jwt"));
    QVERIFY(page->verifyPanel()->policyEditor()->policy().requiredClaims.contains(QStringLiteral("client_id")));
    // An ID-token-like JWT is not an RFC 9068 access token: wrong typ, client_id missing.
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    QVERIFY(page->verifyPanel()->lastResult()->codes().contains(QStringLiteral("jose.claim-missing")));
    QCOMPARE(page->verifyPanel()->signatureVerdict(), VerifyPanel::Verdict::Valid);
}

void tst_TokensPage::jwksPicksKeyByKid()
{
    TokensPage* page = makePage();
    const jose::Jwk k2 = generatedKey(QStringLiteral("k2"));
    setToken(page, signedJwt(es256Header(QStringLiteral("k2")), {{QStringLiteral("exp"), kNow + 600}}, k2));
    const QJsonObject jwks{
        {QStringLiteral("keys"), QJsonArray{m_key.publicKey()->toJson(false), k2.publicKey()->toJson(false)}}};
    page->verifyPanel()->keyInput()->setKeyText(QString::fromUtf8(QJsonDocument(jwks).toJson()));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("keyStatusLabel"))
                ->text()
                .contains(QStringLiteral("JWK Set with 2 key")));
    page->verifyPanel()->verify();
    QCOMPARE(verdict(page), QStringLiteral("valid"));
    QCOMPARE(page->verifyPanel()->lastResult()->keyId, QStringLiteral("k2"));
}

void tst_TokensPage::encryptedPemNeedsPassphrase()
{
    TokensPage* page = makePage();
    const QByteArray pem = m_key.toPem(crypto::PemFormat::EncryptedPkcs8, "correct horse").value();
    setToken(page, signedJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}},
                             {{QStringLiteral("exp"), kNow + 600}}, m_key));
    page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->setCurrentWidget(page->verifyPanel());
    KeyInputWidget* keyInput = page->verifyPanel()->keyInput();
    keyInput->setKeyText(QString::fromLatin1(pem));
    auto* status = keyInput->findChild<QLabel*>(QStringLiteral("keyStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("passphrase")), qPrintable(status->text()));
    page->verifyPanel()->verify();
    QCOMPARE(verdict(page), QStringLiteral("none"));
    auto* passphrase = keyInput->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    QVERIFY(passphrase->isVisible());
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    passphrase->setText(QStringLiteral("correct horse"));
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
    QVERIFY(status->text().contains(QStringLiteral("private key")));
}

void tst_TokensPage::resignWithGeneratedKeyVerifies()
{
    TokensPage* page =
        makePageWithToken({{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), kNow + 600}});
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    tabs->setCurrentWidget(page->resignPanel());
    auto* payloadEdit = page->findChild<QPlainTextEdit*>(QStringLiteral("editPayloadTextEdit"));
    QVERIFY2(payloadEdit->toPlainText().contains(QStringLiteral("\"alice\"")), qPrintable(payloadEdit->toPlainText()));
    payloadEdit->setPlainText(payloadEdit->toPlainText().replace(QStringLiteral("alice"), QStringLiteral("carol")));
    QTRY_VERIFY(page->findChild<QLabel*>(QStringLiteral("editStatusLabel"))->text().contains(u"valid JSON"));

    KeyInputWidget* signKey = page->resignPanel()->keyInput();
    QCOMPARE(signKey->source(), KeyInputWidget::Source::Generate);
    // Sign without generating first: the key is made, then the token signed.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
    auto* output = page->findChild<QPlainTextEdit*>(QStringLiteral("signedTokenTextEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(!output->toPlainText().isEmpty(), 20000);
    QVERIFY2(page->findChild<QLabel*>(QStringLiteral("signStatusLabel"))->text().contains(QStringLiteral("ES256")),
             qPrintable(page->findChild<QLabel*>(QStringLiteral("signStatusLabel"))->text()));
    const QByteArray newToken = output->toPlainText().toLatin1();
    QVERIFY(newToken != page->decodedToken()->token);

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("openSignedButton")), Qt::LeftButton);
    QTRY_VERIFY(page->decodedToken() && page->decodedToken()->token == newToken);
    QCOMPARE(tabs->currentWidget(), page->verifyPanel());
    QVERIFY(page->findChild<QPlainTextEdit*>(QStringLiteral("payloadJsonTextEdit"))
                ->toPlainText()
                .contains(QStringLiteral("\"carol\"")));
    // The new token verifies with the generated key's public half, set up for us.
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
    QCOMPARE(page->verifyPanel()->lastResult()->keyId, signKey->selectedKey()->kid());
    QVERIFY(!page->verifyPanel()->keyInput()->selectedKey()->isPrivate());

    // The audit log records the signing, never the token or the key.
    auto entries = m_world->audit->list();
    QVERIFY(entries);
    bool found = false;
    for (const AuditEntry& e : *entries) {
        if (e.action == u"token.sign") {
            found = true;
            QCOMPARE(e.details.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
            QCOMPARE(e.details.value(QStringLiteral("keySource")).toString(), QStringLiteral("generated"));
            const QString all = QString::fromUtf8(QJsonDocument(e.details).toJson());
            QVERIFY(!all.contains(QString::fromLatin1(newToken.left(20))));
        }
    }
    QVERIFY(found);
}

void tst_TokensPage::resignWithGeneratedHmacVerifies()
{
    TokensPage* page = makePageWithToken({{QStringLiteral("exp"), kNow + 600}});
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    tabs->setCurrentWidget(page->resignPanel());
    KeyInputWidget* signKey = page->resignPanel()->keyInput();
    auto* type = signKey->findChild<QComboBox*>(QStringLiteral("signGenerateTypeComboBox"));
    type->setCurrentIndex(type->findText(QStringLiteral("HMAC secret, 512 bits (HS512)")));
    QVERIFY(type->currentIndex() >= 0);
    QTest::mouseClick(signKey->findChild<QPushButton*>(QStringLiteral("signGenerateButton")), Qt::LeftButton);
    QTRY_VERIFY(signKey->hasKeys());
    auto* algorithm = page->findChild<QComboBox*>(QStringLiteral("signAlgorithmComboBox"));
    QCOMPARE(algorithm->count(), 3);
    algorithm->setCurrentIndex(algorithm->findText(QStringLiteral("HS512")));
    // Ctrl+Return signs on this tab.
    page->findChild<QPlainTextEdit*>(QStringLiteral("editPayloadTextEdit"))->setFocus();
    QTest::keyClick(page->findChild<QPlainTextEdit*>(QStringLiteral("editPayloadTextEdit")), Qt::Key_Return,
                    Qt::ControlModifier);
    QTRY_VERIFY(!page->resignPanel()->signedToken().isEmpty());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("openSignedButton")), Qt::LeftButton);
    QTRY_VERIFY(page->decodedToken() && page->decodedToken()->algorithmName() == u"HS512");
    QCOMPARE(page->verifyPanel()->keyInput()->source(), KeyInputWidget::Source::Secret);
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
}

void tst_TokensPage::unsignedVariantIsWarnedAndRefused()
{
    TokensPage* page = makePageWithToken({{QStringLiteral("exp"), kNow + 600}});
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"));
    tabs->setCurrentWidget(page->resignPanel());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("unsignedButton")), Qt::LeftButton);
    const QByteArray none = page->resignPanel()->signedToken();
    QVERIFY(none.endsWith('.'));
    QCOMPARE(QJsonDocument::fromJson(jose::Base64Url::decode(none.left(none.indexOf('.'))).value())
                 .object()
                 .value(QStringLiteral("alg"))
                 .toString(),
             QStringLiteral("none"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("openSignedButton")), Qt::LeftButton);
    QTRY_VERIFY(page->decodedToken() && page->decodedToken()->token == none);
    QVERIFY(page->findChild<WarningList*>(QStringLiteral("warningsListWidget"))
                ->codes()
                .contains(QStringLiteral("jose.lint.alg-none")));
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    QVERIFY(page->verifyPanel()->lastResult()->codes().contains(QStringLiteral("jose.alg-none")));
}

void tst_TokensPage::jweIsShownAsUnsupported()
{
    TokensPage* page = makePage();
    const QByteArray header = jose::Base64Url::encode(R"({"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"enc-1"})");
    const QByteArray jwe = header + ".ZW5jcnlwdGVka2V5.aXZpdml2aXZpdml2.Y2lwaGVydGV4dA.dGFndGFndGFndGFn";
    setToken(page, jwe);
    QVERIFY(page->decodedToken()->isJwe());
    auto* notice = page->findChild<QLabel*>(QStringLiteral("jweNoticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Decrypt it")), qPrintable(notice->text()));
    const QString headerJson = page->findChild<QPlainTextEdit*>(QStringLiteral("headerJsonTextEdit"))->toPlainText();
    QVERIFY(headerJson.contains(QStringLiteral("RSA-OAEP-256")));
    QVERIFY(page->findChild<QPlainTextEdit*>(QStringLiteral("payloadJsonTextEdit"))->toPlainText().isEmpty());
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("tokenSummaryLabel"))->text().contains(QStringLiteral("JWE")));
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("verifyButton"))->isEnabled());
    QCOMPARE(verdict(page), QStringLiteral("unsupported"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text().contains(QStringLiteral("JWE")));
    QVERIFY(!page->resignPanel()->isEnabled());
    QVERIFY(!page->findChild<QToolButton*>(QStringLiteral("copySignatureToolButton"))->isEnabled());
    QVERIFY(page->findChild<WarningList*>(QStringLiteral("warningsListWidget"))
                ->codes()
                .contains(QStringLiteral("jose.jwe-unsupported")));
    // The five parts coloured.
    auto* editor = page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"));
    QTRY_VERIFY(editor->document()->firstBlock().layout()->formats().size() >= 9);
}

void tst_TokensPage::algNoneIsWarned()
{
    TokensPage* page = makePage();
    const QByteArray token = jose::Base64Url::encode(R"({"alg":"none","typ":"JWT"})") + '.' +
                             jose::Base64Url::encode(R"({"sub":"admin","exp":1900000600})") + '.';
    setToken(page, token);
    auto* warnings = page->findChild<WarningList*>(QStringLiteral("warningsListWidget"));
    QVERIFY(warnings->codes().contains(QStringLiteral("jose.lint.alg-none")));
    QListWidgetItem* first = warnings->item(0);
    QCOMPARE(first->data(WarningList::CodeRole).toString(), QStringLiteral("jose.lint.alg-none"));
    QCOMPARE(first->data(WarningList::SeverityRole).toInt(), static_cast<int>(jose::TokenWarning::Severity::Danger));
    QCOMPARE(first->foreground().color(), TokenPalette::current().bad);
    QVERIFY(first->text().startsWith(QStringLiteral("Unsigned token")));
    QVERIFY(page->findChild<QGroupBox*>(QStringLiteral("warningsGroupBox"))->title().contains(u'1'));
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("signatureNoteLabel"))->text().contains(QStringLiteral("not signed")));
    QVERIFY(!page->findChild<QToolButton*>(QStringLiteral("copySignatureToolButton"))->isEnabled());
}

void tst_TokensPage::hmacTokenWithPublicKeyIsWarned()
{
    TokensPage* page = makePage();
    const jose::Jwk secret = jose::Jwk::fromSecret(QByteArray(32, 'k')).value();
    setToken(page, signedJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}},
                             {{QStringLiteral("exp"), kNow + 600}}, secret));
    auto* warnings = page->findChild<WarningList*>(QStringLiteral("warningsListWidget"));
    QVERIFY(!warnings->codes().contains(QStringLiteral("jose.lint.hs-public-key")));
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    QTRY_VERIFY(warnings->codes().contains(QStringLiteral("jose.lint.hs-public-key")));
    QTRY_COMPARE(verdict(page), QStringLiteral("invalid"));
    QVERIFY(page->verifyPanel()->lastResult()->codes().contains(QStringLiteral("jose.alg-not-allowed")));
}

void tst_TokensPage::oversizedTokenShowsTheCap()
{
    TokensPage* page = makePage();
    const QByteArray big = "eyJhbGciOiJIUzI1NiJ9." + QByteArray(17 * 1024, 'A') + ".c2ln";
    page->setTokenText(QString::fromLatin1(big));
    auto* error = page->findChild<QLabel*>(QStringLiteral("decodeErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("16 KiB")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("jose.too-large")));
    QVERIFY(!page->decodedToken().has_value());
    QVERIFY(isRed(error->palette().color(QPalette::WindowText)));

    // A paste far beyond any token is refused outright instead of filling the editor.
    auto* editor = page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"));
    editor->clear();
    QTRY_VERIFY(!error->isVisible());
    QApplication::clipboard()->setText(QString(TokenEditor::MaxPasteChars + 1, u'A'));
    editor->paste();
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Not pasted")), qPrintable(error->text()));
}

void tst_TokensPage::malformedTokenExplainsWhy()
{
    TokensPage* page = makePage();
    // One part only (a header.payload pair without its signature is decoded, as jwt.io does).
    page->setTokenText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9"));
    auto* error = page->findChild<QLabel*>(QStringLiteral("decodeErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("jose.malformed")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("two dots")));
    page->setTokenText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.c2ln!"));
    QTRY_VERIFY(error->text().contains(QStringLiteral("jose.base64")));
    // The bad part is underlined in the editor.
    auto* editor = page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"));
    bool underlined = false;
    for (const QTextLayout::FormatRange& r : editor->document()->firstBlock().layout()->formats()) {
        underlined = underlined || r.format.underlineStyle() == QTextCharFormat::WaveUnderline;
    }
    QVERIFY(underlined);
    page->setTokenText(QString());
    QTRY_VERIFY(!error->isVisible());
}

void tst_TokensPage::bearerPrefixAndLineBreaksAreIgnored()
{
    TokensPage* page = makePage();
    const QByteArray token = signedJwt(es256Header(), {{QStringLiteral("exp"), kNow + 600}}, m_key);
    const QString pasted = QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token.left(40)) +
                           QStringLiteral("\n") + QString::fromLatin1(token.mid(40));
    page->setTokenText(pasted);
    QTRY_VERIFY(page->decodedToken().has_value());
    QCOMPARE(page->decodedToken()->token, token);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("tokenSummaryLabel"))->text().contains(QStringLiteral("ignored")));

    // Pasting cleans the text up in the editor itself.
    auto* editor = page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"));
    editor->clear();
    QApplication::clipboard()->setText(QStringLiteral("  \"Bearer ") + QString::fromLatin1(token) +
                                       QStringLiteral("\"\n"));
    editor->setFocus();
    editor->paste();
    QCOMPARE(editor->toPlainText(), QString::fromLatin1(token));
}

void tst_TokensPage::copyButtonsCopyEachPart()
{
    TokensPage* page = makePage();
    const QByteArray token = signedJwt(es256Header(), {{QStringLiteral("exp"), kNow + 600}}, m_key);
    setToken(page, token);
    const QList<QByteArray> parts = token.split('.');
    QTest::mouseClick(page->findChild<QToolButton*>(QStringLiteral("copyHeaderToolButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(parts.at(0)));
    QTest::mouseClick(page->findChild<QToolButton*>(QStringLiteral("copyPayloadToolButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(parts.at(1)));
    QTest::mouseClick(page->findChild<QToolButton*>(QStringLiteral("copySignatureToolButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(parts.at(2)));
    QTest::mouseClick(page->findChild<QToolButton*>(QStringLiteral("copyTokenToolButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(token));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("copyPayloadJsonButton")), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\"exp\": ")));
}

void tst_TokensPage::ctrlReturnVerifies()
{
    TokensPage* page = makePage();
    page->findChild<QCheckBox*>(QStringLiteral("autoVerifyCheckBox"))->setChecked(false);
    setToken(page, signedJwt(es256Header(), {{QStringLiteral("exp"), kNow + 600}}, m_key));
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    QCOMPARE(verdict(page), QStringLiteral("none"));
    auto* editor = page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(verdict(page), QStringLiteral("valid"));
    QCOMPARE(page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->currentWidget(), page->verifyPanel());
}

void tst_TokensPage::droppedKeyFileBecomesTheVerificationKey()
{
    TokensPage* page = makePageWithToken({{QStringLiteral("exp"), kNow + 600}});
    const QString path = m_world->dir.filePath(QStringLiteral("key.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_key.publicKey()->toPem(crypto::PemFormat::PublicSpki).value());
    file.close();

    auto* editor = page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = editor->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &drop);

    KeyInputWidget* keyInput = page->verifyPanel()->keyInput();
    QCOMPARE(keyInput->source(), KeyInputWidget::Source::File);
    QVERIFY(keyInput->findChild<QLineEdit*>(QStringLiteral("keyFileLineEdit"))->text().endsWith(u"key.pem"));
    QVERIFY(!keyInput->findChild<QCheckBox*>(QStringLiteral("rawSecretCheckBox"))->isChecked());
    // The token text was not replaced by the file's path.
    QCOMPARE(page->decodedToken()->token, editor->toPlainText().toLatin1());
    QCOMPARE(page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->currentWidget(), page->verifyPanel());
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));

    // A raw secret file (authscope-cli --secret-file) is recognised as one.
    const QByteArray secret = test::readData(QStringLiteral("keys/hs256.secret"));
    setToken(page, signedJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}},
                             {{QStringLiteral("exp"), kNow + 600}}, jose::Jwk::fromSecret(secret).value()));
    QVERIFY(page->openFile(test::dataPath(QStringLiteral("keys/hs256.secret"))));
    QVERIFY(keyInput->findChild<QCheckBox*>(QStringLiteral("rawSecretCheckBox"))->isChecked());
    QTRY_COMPARE(verdict(page), QStringLiteral("valid"));
}

void tst_TokensPage::droppedTokenFileIsInspected()
{
    QVERIFY(TokenHistory(*m_world->db, *m_world->clock).setRememberTokens(true)); // off by default
    TokensPage* page = makePage();
    const QByteArray token = signedJwt(es256Header(), {{QStringLiteral("exp"), kNow + 600}}, m_key);
    const QString path = m_world->dir.filePath(QStringLiteral("access.jwt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token + "\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    // Dropped anywhere on the page (here on its margin), not only on the editor.
    QDragEnterEvent enter(QPoint(2, 2), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(2, 2), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    QTRY_VERIFY(page->decodedToken().has_value());
    QCOMPARE(page->decodedToken()->token, token);
    // Inspected from a file: remembered at once.
    QTRY_COMPARE(page->historyPanel()->model()->rowCount(), 1);
}

void tst_TokensPage::historyRemembersDedupesAndClears()
{
    TokensPage* page = makePage();
    TokenHistoryModel* model = page->historyPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);
    const QByteArray first = signedJwt(es256Header(),
                                       {{QStringLiteral("iss"), QStringLiteral("https://idp.example")},
                                        {QStringLiteral("sub"), QStringLiteral("alice")},
                                        {QStringLiteral("exp"), kNow + 600}},
                                       m_key);
    // Off by default: an inspected bearer token is not written anywhere.
    auto* remember = page->findChild<QCheckBox*>(QStringLiteral("rememberTokensCheckBox"));
    QVERIFY(!remember->isChecked());
    setToken(page, first);
    QTest::qWait(TokensPage::DecodeDelayMs * 2);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(page->historyPanel()->history().count().value(), 0);
    remember->setChecked(true);
    page->setTokenText(QString());
    QTRY_VERIFY(!page->decodedToken().has_value());
    setToken(page, first);
    QTRY_COMPARE(model->rowCount(), 1);
    const TokenHistoryEntry* e = model->entryAt(0);
    // The claims and a hash, not the usable token.
    QCOMPARE(e->token, TokenHistory::claimsOnly(first));
    QVERIFY(!e->tokenKept);
    QCOMPARE(e->subject, QStringLiteral("alice"));
    // Kept on request, for this entry only.
    auto* table = page->findChild<QTableView*>(QStringLiteral("historyTableView"));
    page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->setCurrentWidget(page->historyPanel());
    table->selectRow(0);
    auto* keep = page->findChild<QPushButton*>(QStringLiteral("keepTokenButton"));
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(model->entryAt(0)->tokenKept);
    QCOMPARE(model->entryAt(0)->token, QString::fromLatin1(first));
    QCOMPARE(keep->text(), QStringLiteral("Forget usable token"));
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!model->entryAt(0)->tokenKept);
    QCOMPARE(model->entryAt(0)->token, TokenHistory::claimsOnly(first));
    QCOMPARE(model->index(0, static_cast<int>(TokenHistoryModel::Column::Expires)).data().toString(),
             QStringLiteral("expires in 10 min"));

    page->setTokenText(QString());
    QTRY_VERIFY(!page->decodedToken().has_value());
    setToken(page, first);
    QTRY_COMPARE(model->entryAt(0)->seenCount, 2);
    QCOMPARE(model->rowCount(), 1);

    setToken(page, signedJwt(es256Header(), {{QStringLiteral("sub"), QStringLiteral("bob")}}, m_key));
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->entryAt(0)->subject, QStringLiteral("bob"));
    QCOMPARE(model->index(0, static_cast<int>(TokenHistoryModel::Column::Expires)).data().toString(),
             QStringLiteral("never (no exp)"));

    // A label of one's own.
    QVERIFY(model->setData(model->index(0, static_cast<int>(TokenHistoryModel::Column::Label)),
                           QStringLiteral("bob's token")));
    QCOMPARE(page->historyPanel()->history().list()->first().label, QStringLiteral("bob's token"));

    // Remove one with the Delete key.
    page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->setCurrentWidget(page->historyPanel());
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entryAt(0)->subject, QStringLiteral("alice"));

    // Clear all, confirmed.
    answerMessageBox(QMessageBox::Yes);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("clearHistoryButton")), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(page->historyPanel()->history().count().value(), 0);
    bool audited = false;
    const QList<AuditEntry> entries = m_world->audit->list().value();
    for (const AuditEntry& entry : entries) {
        audited = audited || entry.action == u"token.history.clear";
    }
    QVERIFY(audited);
}

void tst_TokensPage::historyCanBeTurnedOff()
{
    TokensPage* page = makePage();
    TokenHistoryModel* model = page->historyPanel()->model();
    auto* remember = page->findChild<QCheckBox*>(QStringLiteral("rememberTokensCheckBox"));
    QVERIFY(!remember->isChecked());
    remember->setChecked(true);
    setToken(page, signedJwt(es256Header(), {{QStringLiteral("sub"), QStringLiteral("one")}}, m_key));
    QTRY_COMPARE(model->rowCount(), 1);
    auto* notice = page->findChild<QLabel*>(QStringLiteral("historyNoticeLabel"));
    QVERIFY(notice->text().contains(QStringLiteral("never stored")));
    // Turning it off asks about what is kept: keep it.
    answerMessageBox(QMessageBox::No);
    remember->setChecked(false);
    QVERIFY(notice->text().startsWith(QStringLiteral("Off:")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(page->historyPanel()->history().rememberTokens().value(), false);
    setToken(page, signedJwt(es256Header(), {{QStringLiteral("sub"), QStringLiteral("two")}}, m_key));
    QTest::qWait(TokensPage::DecodeDelayMs * 2);
    QCOMPARE(page->historyPanel()->history().count().value(), 1);
    // On again, and this time delete what was kept when turning it off.
    remember->setChecked(true);
    answerMessageBox(QMessageBox::Yes);
    remember->setChecked(false);
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(page->historyPanel()->history().count().value(), 0);
}

void tst_TokensPage::historyOpensATokenAgain()
{
    TokenHistory history(*m_world->db, *m_world->clock);
    QVERIFY(history.setRememberTokens(true));
    const QByteArray token = signedJwt(es256Header(), {{QStringLiteral("sub"), QStringLiteral("zoe")}}, m_key);
    QVERIFY(history.add(token));
    TokensPage* page = makePage();
    page->activated();
    auto* table = page->findChild<QTableView*>(QStringLiteral("historyTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->setCurrentWidget(page->historyPanel());
    table->selectRow(0);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("openHistoryButton")), Qt::LeftButton);
    QTRY_VERIFY(page->decodedToken().has_value());
    // The claims come back (decoded without the signature, which was never stored).
    QCOMPARE(page->decodedToken()->token, TokenHistory::claimsOnly(token).toLatin1());
    QCOMPARE(page->decodedToken()->payloadJson.toObject().value(QStringLiteral("sub")).toString(),
             QStringLiteral("zoe"));
    QCOMPARE(page->findChild<QTabWidget*>(QStringLiteral("tokenTabWidget"))->currentIndex(), 0);
    QTest::qWait(TokensPage::SettleDelayMs + 200);
    QCOMPARE(history.count().value(), 1); // opening an entry does not make a second one
}

void tst_TokensPage::darkModeKeepsColoursReadable()
{
    applyColorScheme(Settings::ColorScheme::Dark);
    QVERIFY(isDarkPalette());
    TokensPage* page = makePageWithToken({{QStringLiteral("exp"), kNow + 600}});
    page->verifyPanel()->keyInput()->setKeyText(publicJwkText(m_key));
    page->verifyPanel()->verify();
    auto* label = page->findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QCOMPARE(label->palette().color(QPalette::WindowText), TokenPalette::dark().good);
    auto* editor = page->findChild<TokenEditor*>(QStringLiteral("tokenTextEdit"));
    QTRY_COMPARE(editor->document()->firstBlock().layout()->formats().first().format.foreground().color(),
                 TokenPalette::dark().header);
    // Each colour stands out from the dark base.
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (const QColor& c : {TokenPalette::dark().header, TokenPalette::dark().payload, TokenPalette::dark().signature,
                            TokenPalette::dark().good, TokenPalette::dark().bad}) {
        QVERIFY(c.lightness() - base.lightness() > 90);
    }
    // Switching back at run time recolours what is on screen.
    applyColorScheme(Settings::ColorScheme::Light);
    QTRY_COMPARE(label->palette().color(QPalette::WindowText), TokenPalette::light().good);
    QTRY_COMPARE(editor->document()->firstBlock().layout()->formats().first().format.foreground().color(),
                 TokenPalette::light().header);
}

void tst_TokensPage::pageIsInTheMainWindowOrder()
{
    TokensPage* page = makePage();
    QCOMPARE(page->pageId(), QStringLiteral("tokens"));
    QCOMPARE(page->title(), QStringLiteral("Tokens"));
    // The icon is compiled into the GUI executable; here, check the source file renders at sidebar size.
    const QIcon icon(test::dataPath(QStringLiteral("../../resources/icons/tokens.svg")));
    QVERIFY(!icon.pixmap(24, 24).isNull());
}

QTEST_MAIN(tst_TokensPage)
#include "tst_tokenspage.moc"
