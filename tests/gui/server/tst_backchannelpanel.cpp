// The Test server page's back-channel logout tab: RP URIs typed in (bad ones refused with a message), handed to the
// server at start, and the trace table filling in as a revoked session is announced to a real receiver.
#include "../../integration/logout/LogoutReceiver.h"
#include "tests/support/HttpClient.h"
#include "tests/support/ServerWorld.h"

#include "core/audit/AuditLog.h"
#include "core/jose/JweEncryptor.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyStore.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"
#include "core/storage/Database.h"
#include "ui/server/BackchannelPanel.h"
#include "ui/server/BackchannelTraceModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUrl>

using namespace authscope;

class tst_BackchannelPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urisAreCheckedAndAnnouncementsShowInTheTrace();
    void encryptedLogoutTokensAreDecryptedWithTheStoresKeys();
};

void tst_BackchannelPanel::urisAreCheckedAndAnnouncementsShowInTheTrace()
{
    test::ServerWorld world;
    QVERIFY(world.openFile(QStringLiteral("gui.db"), QStringLiteral("gui passphrase")));
    QVERIFY(world.addActiveKey());
    Database& db = *world.db;
    AuditLog& audit = *world.audit;
    auto user = world.addUser(QStringLiteral("alice"));
    QVERIFY(user.has_value());

    test::LogoutReceiver receiver(db, audit);
    receiver.start();
    TestServer server(db, audit);
    BackchannelPanel panel(world.keys.get(), server);
    QAbstractItemModelTester tester(panel.traceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    auto* edit = panel.findChild<QLineEdit*>(QStringLiteral("backchannelUriLineEdit"));
    auto* add = panel.findChild<QPushButton*>(QStringLiteral("addBackchannelUriButton"));
    auto* list = panel.findChild<QListWidget*>(QStringLiteral("backchannelUriListWidget"));
    auto* error = panel.findChild<QLabel*>(QStringLiteral("backchannelErrorLabel"));
    QVERIFY(edit && add && list && error);

    edit->setText(QStringLiteral("ftp://127.0.0.1/x\x1b[2J"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(error->text().contains(QStringLiteral("\\x1b"))); // D-DISPLAY: escaped, never raw
    edit->setText(receiver.url());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(error->text().isEmpty());
    QCOMPARE(panel.uris(), QStringList{receiver.url()});

    ServerConfig config;
    config.port = 0;
    config.backchannelLogoutUris = panel.uris();
    QVERIFY(server.start(config).has_value());
    SessionStore sessions(db, audit);
    NewSession spec;
    spec.userId = user->id;
    auto created = sessions.create(spec);
    QVERIFY(created.has_value());
    QVERIFY(sessions.revoke(created->session.id, QStringLiteral("from the console")).value());
    QTRY_COMPARE(panel.traceModel()->rowCount(), 1);
    const auto cell = [&](BackchannelTraceModel::Column column) {
        return panel.traceModel()->index(0, static_cast<int>(column)).data().toString();
    };
    QCOMPARE(cell(BackchannelTraceModel::Column::Outcome), QStringLiteral("delivered"));
    QCOMPARE(cell(BackchannelTraceModel::Column::Peer), receiver.url());
    QCOMPARE(cell(BackchannelTraceModel::Column::Status), QStringLiteral("200"));
    QCOMPARE(cell(BackchannelTraceModel::Column::Sid), QString::number(created->session.id));
    QCOMPARE(cell(BackchannelTraceModel::Column::Sub), QStringLiteral("alice"));
    QCOMPARE(receiver.count(), 1);
    server.stop();
}

// The server the page starts receives logout tokens too (POST /backchannel-logout): an encrypted one is opened with
// the key store's encryption keys (B-RP-ENCRYPTED), as `serve` does, not refused as if no key were configured.
void tst_BackchannelPanel::encryptedLogoutTokensAreDecryptedWithTheStoresKeys()
{
    test::ServerWorld world;
    QVERIFY(world.openFile(QStringLiteral("gui.db"), QStringLiteral("gui passphrase")));
    QVERIFY(world.addActiveKey());
    KeyStore& keys = *world.keys;
    KeyStore::GenerateRequest enc;
    enc.purpose = EncryptionKeys::Purpose;
    enc.kty = QStringLiteral("EC");
    auto encKey = keys.generate(enc);
    QVERIFY(encKey.has_value());

    TestServer server(*world.db, *world.audit);
    BackchannelPanel panel(&keys, server);
    ServerConfig config;
    config.port = 0;
    QVERIFY(server.start(config).has_value());
    // Claims without a signature, encrypted to our key: only a server that decrypted it can say what is inside.
    jose::JweEncryptOptions options;
    options.algorithm = jose::JweAlgorithm::EcdhEsA256KW;
    const QByteArray token = jose::JweEncryptor::encrypt(R"({"iss":"https://op.example","sid":"x"})",
                                                         keys.encryptionKey(encKey->kid).value(), options)
                                 .value();
    const auto r = test::fetch(server.port(), "POST", "/backchannel-logout",
                               {{"Content-Type", "application/x-www-form-urlencoded"}},
                               "logout_token=" + QUrl::toPercentEncoding(QString::fromLatin1(token)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("logout.nested"));
    QTRY_COMPARE(panel.traceModel()->rowCount(), 1);
    server.stop();
}

QTEST_MAIN(tst_BackchannelPanel)
#include "tst_backchannelpanel.moc"
