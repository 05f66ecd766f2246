#include "core/crypto/SecretBox.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/SecureWipe.h"

#include <QTest>

#include <memory>

using namespace authscope::crypto;

// D-WIPE-KEYS. Memory cannot be read back once freed (that would be a use-after-free, which the sanitizers stop), so
// the tests show the two halves: the holder's wipe() overwrites the key's own buffer, and the destructor, which
// calls wipe(), runs exactly when the last box sharing the key is gone.
class tst_SecretBytes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipeOverwritesTheKeyInPlace()
    {
        const QByteArray key(32, '\x5a');
        SecretBytes secret(key);
        QCOMPARE(secret.view().toByteArray(), key);
        QVERIFY(!secret.isWiped());
        const unsigned char* where = secret.data(); // the buffer the key lives in
        secret.wipe();
        QVERIFY(secret.isWiped());
        QVERIFY(secret.data() == where); // overwritten there, not reallocated
        QCOMPARE(secret.size(), 32);
        QVERIFY(SecureWipe::isZero(where, 32));
        QCOMPARE(key, QByteArray(32, '\x5a')); // the caller's own copy is the caller's to wipe
    }

    void sharedBoxesFreeTheKeyWithTheLastCopy()
    {
        auto box = SecretBox::generate();
        QVERIFY(box.has_value());
        std::optional<SecretBox> first(std::move(*box));
        std::weak_ptr<const SecretBytes> holder = first->keyHolder();
        const QByteArray sealed = first->seal("payload", "ctx").value();
        std::optional<SecretBox> second = first; // as KeyVault::seal() copies the box for a call
        first.reset();                           // as KeyVault::lock() drops its own
        QVERIFY(!holder.expired());              // the call in flight still works
        QCOMPARE(second->open(sealed, "ctx").value(), QByteArray("payload"));
        second.reset();
        QVERIFY(holder.expired()); // ~SecretBytes ran, and with it wipe()
    }

    void secureWipeEmptiesOnlySoleOwners()
    {
        QByteArray secret(16, 'k');
        secret.detach();
        const char* where = secret.constData();
        QByteArray shared = secret;
        SecureWipe::wipe(shared); // shared: released, not overwritten under the other holder
        QVERIFY(shared.isEmpty());
        QCOMPARE(secret, QByteArray(16, 'k'));
        QVERIFY(!SecureWipe::isZero(where, 16));
        QString text = QStringLiteral("passphrase");
        SecureWipe::wipe(text);
        QVERIFY(text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SecretBytes)
#include "tst_secretbytes.moc"
