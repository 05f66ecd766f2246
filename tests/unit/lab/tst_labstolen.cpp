// The stolen-credential experiment against the real test server on 127.0.0.1: which copies another client may
// replay (cookie, bearer JWT) and which it may not (a DPoP-bound JWT without the key, with another key's proof,
// with a replayed proof), and what a logout changes, without and with back-channel logout. No time is asserted:
// only which replays were accepted, and that every refusal carries the server's reason.
#include "core/lab/LabRunner.h"
#include "core/lab/StolenCredentialResult.h"

#include <QSignalSpy>
#include <QTest>

using namespace authscope;
using namespace authscope::lab;

class tst_LabStolen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copiesOfBearerCredentialsWork();
    void boundTokenIsRefusedWithoutTheKey();
    void logoutEndsProviderCredentials();
    void backchannelLogoutEndsTheRelyingPartySession();
    void partialResultsArrive();
    void tableAndJson();

private:
    StolenCredentialResult m_result;
    QJsonObject m_json;
    qsizetype m_partials = 0;
};

void tst_LabStolen::initTestCase()
{
    LabOptions options = LabOptions::quickOptions();
    // Watched long enough for the back-channel notice to arrive in a sanitizer build; the JWT outlives the watch.
    options.stolenObserveMs = 4000;
    options.stolenTokenLifetimeSecs = 60;
    LabRunner runner;
    QSignalSpy updated(&runner, &LabRunner::experimentUpdated);
    auto runs = runner.runBlocking({Experiment::StolenCredential}, options);
    QVERIFY2(runs.has_value(), runs ? "" : qPrintable(runs.error().message));
    QCOMPARE(runs->size(), 1);
    QVERIFY(!runs->constFirst().cancelled);
    m_json = runs->constFirst().result;
    m_result = StolenCredentialResult::fromJson(m_json);
    m_partials = updated.size();
    QCOMPARE(m_result.rows.size(), 7);
}

void tst_LabStolen::copiesOfBearerCredentialsWork()
{
    for (const char* id : {"cookie", "bearer", "bearer-api", "rp-cookie"}) {
        const StolenRow* row = m_result.row(QString::fromLatin1(id));
        QVERIFY2(row != nullptr, id);
        QVERIFY2(row->stolen.firstAccepted(), id);
        QCOMPARE(row->stolen.status, 200);
        QVERIFY(row->stolen.reason.isEmpty());
    }
}

void tst_LabStolen::boundTokenIsRefusedWithoutTheKey()
{
    for (const char* id : {"dpop-as-bearer", "dpop-thief-key", "dpop-replayed-proof"}) {
        const StolenRow* row = m_result.row(QString::fromLatin1(id));
        QVERIFY2(row != nullptr, id);
        QVERIFY2(!row->stolen.firstAccepted(), id);
        QVERIFY2(row->stolen.status == 400 || row->stolen.status == 401, id);
        QVERIFY2(!row->stolen.reason.isEmpty(), id); // the server said why
        // Never accepted after the logout either, in either round.
        QCOMPARE(row->afterLogout.accepted, 0);
        QCOMPARE(row->afterLogoutBackchannel.accepted, 0);
    }
    // Sent as Bearer, the bound token is refused for what it is (DP-BIND), not for a bad signature.
    QVERIFY(m_result.row(QStringLiteral("dpop-as-bearer"))
                ->stolen.reason.contains(QStringLiteral("DPoP"), Qt::CaseInsensitive));
}

void tst_LabStolen::logoutEndsProviderCredentials()
{
    for (const char* id : {"cookie", "bearer"}) {
        const StolenRow* row = m_result.row(QString::fromLatin1(id));
        QVERIFY2(row->afterLogout.replays > 0, id);
        QCOMPARE(row->afterLogout.accepted, 0); // S-REVOKE-NOW, T-DENY-JTI: the very next replay is refused
        QCOMPARE(row->afterLogout.acceptedForMs, 0);
        QVERIFY(!row->afterLogout.reason.isEmpty());
    }
    // The API that checks signatures only cannot know: the JWT works until it expires.
    const StolenRow* api = m_result.row(QStringLiteral("bearer-api"));
    QCOMPARE(api->afterLogout.acceptedForMs, -1);
    QCOMPARE(api->afterLogout.accepted, api->afterLogout.replays);
}

void tst_LabStolen::backchannelLogoutEndsTheRelyingPartySession()
{
    const StolenRow* rp = m_result.row(QStringLiteral("rp-cookie"));
    // Without back-channel logout the relying party never hears of the logout.
    QVERIFY(rp->afterLogout.replays > 0);
    QCOMPARE(rp->afterLogout.acceptedForMs, -1);
    QCOMPARE(rp->afterLogout.accepted, rp->afterLogout.replays);
    // With it, the relying party ends its session and refuses the copy (B-RP-MATCH).
    QVERIFY(rp->afterLogoutBackchannel.replays > 0);
    QVERIFY2(rp->afterLogoutBackchannel.acceptedForMs >= 0, qPrintable(m_result.summary));
    QVERIFY(rp->afterLogoutBackchannel.accepted < rp->afterLogoutBackchannel.replays);
    QVERIFY(!rp->afterLogoutBackchannel.reason.isEmpty());
    // The summary puts the trade-off in three short lines.
    QCOMPARE(m_result.summary.count(u'\n'), 2);
    QVERIFY(m_result.summary.contains(QStringLiteral("back-channel logout")));
}

void tst_LabStolen::partialResultsArrive()
{
    QVERIFY(m_partials >= 2);
    // The timeline holds both rounds.
    bool plain = false;
    bool backchannel = false;
    for (const StolenSample& s : m_result.samples) {
        plain = plain || s.round == QStringLiteral("plain");
        backchannel = backchannel || s.round == QStringLiteral("backchannel");
    }
    QVERIFY(plain && backchannel);
}

void tst_LabStolen::tableAndJson()
{
    QCOMPARE(StolenCredentialResult::fromJson(m_json).toJson(), m_json);
    const LabTable table = tableOf(Experiment::StolenCredential, m_json);
    QCOMPARE(table.rows.size(), 7);
    QCOMPARE(table.headers.size(), 5);
    QVERIFY(table.rows.at(0).at(2).startsWith(QStringLiteral("accepted")));
    QVERIFY(table.toCsv().contains(QStringLiteral("dpop-replayed-proof")));
}

QTEST_GUILESS_MAIN(tst_LabStolen)
#include "tst_labstolen.moc"
