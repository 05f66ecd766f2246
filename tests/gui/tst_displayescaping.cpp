// D-DISPLAY in the console and the request log: text from outside (a request path, a user agent, an audit row's
// target and actor, a token's claims) is shown with control and bidi characters escaped. Real SQLite file, the
// real test server on 127.0.0.1.
#include "tests/support/HttpClient.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/server/RequestLogModel.h"
#include "ui/sessions/SessionTableModel.h"
#include "ui/tokens/ClaimsTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

// Clears the screen, paints a fake green verdict, returns to the line start, reverses what follows.
const QString kHostile = QStringLiteral("\x1b[2J\x1b[32mVALID\x1b]0;owned\x07\r\u202eevil");

// Nothing a terminal or a text renderer would act on is left.
bool harmless(const QString& text)
{
    return DisplayText::isSafe(text) && !text.isEmpty();
}

} // namespace

class tst_DisplayEscaping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void requestLogLineAndModel();
    void sessionTableShowsUserAgentEscaped();
    void auditTableShowsRowsEscaped();
    void claimsTableShowsClaimsEscaped();

private:
    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
};

void tst_DisplayEscaping::init()
{
    m_dir = new QTemporaryDir;
    auto db = Database::open(m_dir->filePath(QStringLiteral("display.db")));
    QVERIFY(db.has_value());
    m_db = std::move(*db);
    m_audit = std::make_unique<AuditLog>(*m_db);
}

void tst_DisplayEscaping::cleanup()
{
    m_audit.reset();
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

void tst_DisplayEscaping::requestLogLineAndModel()
{
    TestServer server(*m_db, *m_audit);
    ServerConfig config;
    config.port = 0;
    auto port = server.start(config);
    QVERIFY2(port.has_value(), port ? "" : qPrintable(port.error().message));
    QSignalSpy spy(&server, &TestServer::requestServed);
    // The path arrives percent-encoded and is decoded before it is logged.
    const RawHttpResponse r = fetch(*port, "GET", "/%1B%5B2J%1B%5D0;x%07%0D%E2%80%AEevil");
    QVERIFY(r.status >= 400);
    QTRY_COMPARE(spy.count(), 1);
    const auto entry = spy.at(0).at(0).value<RequestLogEntry>();
    QVERIFY2(!DisplayText::isSafe(entry.path), "the test needs a path that still holds control characters");
    const QString line = entry.toLine();
    QVERIFY2(harmless(line), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("\\x1b[2J")) && line.contains(QStringLiteral("\\u202e")), qPrintable(line));

    RequestLogModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(entry);
    model.flush();
    const QString path = model.index(0, static_cast<int>(RequestLogModel::Column::Path)).data().toString();
    QVERIFY2(harmless(path), qPrintable(path));
    QVERIFY(harmless(model.index(0, 0).data(Qt::ToolTipRole).toString()));
}

void tst_DisplayEscaping::sessionTableShowsUserAgentEscaped()
{
    crypto::PasswordHasher::Parameters cheap;
    cheap.logN = 6;
    UserStore users(*m_db, *m_audit, Clock::system(), cheap);
    auto alice = users.add(NewUser{QStringLiteral("alice"), {}, "correct horse battery", {}});
    QVERIFY(alice.has_value());
    SessionStore store(*m_db, *m_audit);
    NewSession spec;
    spec.userId = alice->id;
    spec.ip = QStringLiteral("192.0.2.7");
    spec.userAgent = QStringLiteral("Mozilla/5.0 ") + kHostile;
    QVERIFY(store.create(spec).has_value());
    SessionTableModel model(store, Clock::system(), 50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1);
    const int client = static_cast<int>(SessionTableModel::Column::Client);
    const QString label = model.index(0, client).data().toString();
    const QString tip = model.index(0, client).data(Qt::ToolTipRole).toString();
    QVERIFY2(harmless(label), qPrintable(label));
    QVERIFY2(harmless(tip), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("\\x1b[2J")), qPrintable(tip));
}

void tst_DisplayEscaping::auditTableShowsRowsEscaped()
{
    // As a refused login records the user name that was typed.
    AuditLog typed(*m_db, Clock::system(), QStringLiteral("login ") + kHostile);
    QVERIFY(typed
                .append(QStringLiteral("auth.login-failed"), QStringLiteral("user:") + kHostile,
                        QJsonObject{{QStringLiteral("username"), kHostile}})
                .has_value());
    AuditTableModel model(*m_audit);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString text = model.index(row, column).data().toString();
            QVERIFY2(DisplayText::isSafe(text), qPrintable(text));
            found += text.contains(QStringLiteral("\\u202eevil")) ? 1 : 0;
        }
    }
    QVERIFY(found >= 3); // actor, target, details
}

void tst_DisplayEscaping::claimsTableShowsClaimsEscaped()
{
    ClaimsTableModel model(ClaimsTableModel::Part::Header);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setObject(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")},
                                {QStringLiteral("kid"), kHostile},
                                {QStringLiteral("x\u202e"), QJsonArray{kHostile, 1}}});
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            QVERIFY(DisplayText::isSafe(index.data().toString()));
            // A registered name's tooltip has lines of its own.
            QVERIFY(DisplayText::isSafe(index.data(Qt::ToolTipRole).toString().remove(u'\n')));
        }
    }
}

QTEST_MAIN(tst_DisplayEscaping)
#include "tst_displayescaping.moc"
