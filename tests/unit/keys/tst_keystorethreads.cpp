#include "tests/unit/keys/KeysTestUtil.h"

#include "core/jose/TokenValidator.h"

#include <QAtomicInt>
#include <QMutex>
#include <QThread>

#include <memory>
#include <vector>

using namespace authscope;
using namespace authscope::test;

// One KeyStore per process: the GUI thread changes keys while the test server's worker threads sign with the same
// store. The opened-key cache is shared, locking the vault empties it whatever thread locks, and signals reach
// receivers in their own thread.
class tst_KeyStoreThreads final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void workersSignWhileKeysRotate();
    void lockInAnotherThreadEmptiesTheCache();
    void signalsOfAWorkerReachTheGuiThread();

private:
    std::unique_ptr<KeysFixture> m_f;
};

namespace {

constexpr int Workers = 4;
constexpr int TokensPerWorker = 40;

std::unique_ptr<QThread> startThread(std::function<void()> work)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    return thread;
}

} // namespace

void tst_KeyStoreThreads::init()
{
    m_f = std::make_unique<KeysFixture>();
    QVERIFY(m_f->openUnlocked());
}

void tst_KeyStoreThreads::workersSignWhileKeysRotate()
{
    QVERIFY(m_f->store->generate({}));
    QMutex tokensMutex;
    QList<QByteArray> tokens;
    QStringList failures;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < Workers; ++w) {
        threads.push_back(startThread([&, w] {
            for (int i = 0; i < TokensPerWorker; ++i) {
                const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("worker-%1").arg(w)},
                                         {QStringLiteral("iat"), m_f->clock.nowSecs()},
                                         {QStringLiteral("exp"), m_f->clock.nowSecs() + 600}};
                auto token = m_f->store->signJwt(claims);
                const QMutexLocker lock(&tokensMutex);
                if (token) {
                    tokens << *token;
                } else {
                    failures << token.error().toString();
                }
            }
        }));
    }
    // Meanwhile the GUI thread rotates: the old key keeps verifying (retiring), the new one signs.
    KeyStore::RotateOptions rotate;
    rotate.preGenerateNext = false;
    for (int r = 0; r < 3; ++r) {
        QVERIFY(m_f->store->rotate(rotate));
    }
    for (const auto& thread : threads) {
        QVERIFY(thread->wait(60000));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(tokens.size(), Workers * TokensPerWorker);
    jose::TokenValidator validator(m_f->store->verificationKeys().value(), jose::ValidationPolicy{}, m_f->clock);
    for (const QByteArray& token : std::as_const(tokens)) {
        QVERIFY2(validator.validate(token).valid, token.constData());
    }
}

void tst_KeyStoreThreads::lockInAnotherThreadEmptiesTheCache()
{
    const KeyRecord a = m_f->store->generate({}).value();
    const KeyRecord b = m_f->store->generate({}).value();
    QVERIFY(m_f->store->privateKey(b.kid)); // opened and cached
    // The sealed row of b now holds a's key: only a cached copy could still open b.
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE signing_keys SET sealed_private = (SELECT sealed_private FROM signing_keys "
                                  "WHERE kid = '%1') WHERE kid = '%2'")
                       .arg(a.kid, b.kid)));
    QVERIFY(m_f->store->privateKey(b.kid));
    // Locked by another thread, with no event loop turning here: the cache must be empty at once.
    startThread([this] { m_f->vault->lock(); })->wait();
    QCOMPARE(m_f->store->privateKey(b.kid).error().code, QStringLiteral("keys.locked"));
    QVERIFY(m_f->vault->unlock(QStringLiteral("correct horse battery staple")));
    QCOMPARE(m_f->store->privateKey(b.kid).error().code, QStringLiteral("keys.sealed-damaged"));
}

void tst_KeyStoreThreads::signalsOfAWorkerReachTheGuiThread()
{
    QObject receiver;
    QAtomicInt changed = 0;
    QAtomicInt inOtherThread = 0;
    connect(m_f->store.get(), &KeyStore::keysChanged, &receiver, [&] {
        changed.fetchAndAddOrdered(1);
        if (QThread::currentThread() != receiver.thread()) {
            inOtherThread.fetchAndAddOrdered(1);
        }
    });
    QStringList rotatedTo;
    connect(m_f->store.get(), &KeyStore::keyRotated, &receiver,
            [&](const QString&, const QString& to) { rotatedTo << to; });
    QVERIFY(m_f->store->generate({}));
    QCOMPARE(changed.loadAcquire(), 1); // same thread: delivered directly
    QString newActive;
    startThread([&] {
        KeyStore::RotateOptions rotate;
        rotate.preGenerateNext = false;
        newActive = m_f->store->rotate(rotate).value().newActiveKid();
    })->wait();
    // From the worker: queued to the receiver's thread, delivered once its event loop turns.
    QCOMPARE(changed.loadAcquire(), 1);
    QTRY_COMPARE(changed.loadAcquire(), 2);
    QCOMPARE(inOtherThread.loadAcquire(), 0);
    QCOMPARE(rotatedTo, QStringList{newActive});
}

QTEST_GUILESS_MAIN(tst_KeyStoreThreads)
#include "tst_keystorethreads.moc"
