// RFC 7520 §5 (the JOSE cookbook) and the X25519 ECDH-ES example: every serialization whose algorithms AuthScope
// supports decrypts to the given plaintext with the given key (RSA1_5 only with the explicit switch).
#include "core/jose/JweDecryptor.h"

#include "tests/unit/jose/JoseTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QDir>
#include <QJsonArray>

using namespace authscope;
using namespace authscope::jose;
using namespace authscope::test;

namespace {

QJsonObject vector(const QString& file)
{
    return readJsonData(file).object();
}

QByteArray serialization(const QJsonValue& v)
{
    return v.isString() ? v.toString().toUtf8() : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_JweVectors final : public QObject
{
    Q_OBJECT

private slots:
    void cookbook_data()
    {
        addColumns<QString, QString>("file", "form");
        const QStringList files = QDir(dataPath(u"rfc7520-cookbook/jwe"_qs)).entryList({u"*.json"_qs}, QDir::Files);
        QVERIFY(files.size() == 13);
        QStringList all;
        for (const QString& f : files) {
            all.append(u"rfc7520-cookbook/jwe/"_qs + f);
        }
        all.append(u"rfc7520-cookbook/curve25519/ecdh-es.json"_qs);
        for (const QString& file : all) {
            const QJsonObject output = vector(file).value(u"output"_qs).toObject();
            for (const QString& form : {u"compact"_qs, u"json_flat"_qs, u"json"_qs}) {
                if (output.contains(form)) {
                    QTest::addRow("%s %s", qPrintable(file.section(u'/', -1)), qPrintable(form)) << file << form;
                }
            }
        }
    }

    void cookbook()
    {
        QFETCH(QString, file);
        QFETCH(QString, form);
        const QJsonObject v = vector(file);
        const QJsonObject input = v.value(u"input"_qs).toObject();
        const QByteArray token = serialization(v.value(u"output"_qs).toObject().value(form));
        JweDecryptOptions options;
        JwkSet keys;
        if (input.contains(u"pwd"_qs)) {
            // PBES2: the password as an oct key, as jwcrypto takes it; the caller names the algorithm.
            keys.add(*Jwk::fromSecret(input.value(u"pwd"_qs).toString().toUtf8()));
            options.allowedAlgorithms = {*JweAlgorithms::fromName(input.value(u"alg"_qs).toString())};
        } else {
            const QJsonValue key = input.value(u"key"_qs);
            const QJsonArray list = key.isArray() ? key.toArray() : QJsonArray{key};
            for (const QJsonValue& k : list) {
                keys.add(jwkFromObject(k.toObject()));
            }
        }
        const QByteArray plaintext = input.value(u"plaintext"_qs).toString().toUtf8();
        const bool rsa15 =
            v.value(u"encrypting_content"_qs).toObject().value(u"protected"_qs).toObject().value(u"alg"_qs) ==
                u"RSA1_5"_qs ||
            input.value(u"alg"_qs) == u"RSA1_5"_qs;
        if (rsa15) {
            // E-RSA15-OFF: refused until enabled.
            auto refused = JweDecryptor(keys, options).decrypt(token);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, u"jose.alg-not-allowed"_qs);
            options.allowRsa1_5 = true;
        }
        auto result = JweDecryptor(keys, options).decrypt(token);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->plaintext, plaintext);
    }

    void everyRecipientOfTheGeneralForm()
    {
        // RFC 7520 §5.13: each of the three recipients decrypts with its own key alone.
        const QJsonObject v = vector(u"rfc7520-cookbook/jwe/5_13.encrypting_to_multiple_recipients.json"_qs);
        const QByteArray token = serialization(v.value(u"output"_qs).toObject().value(u"json"_qs));
        const QJsonArray keys = v.value(u"input"_qs).toObject().value(u"key"_qs).toArray();
        JweDecryptOptions options;
        options.allowRsa1_5 = true;
        QList<qsizetype> recipients;
        for (const QJsonValue& k : keys) {
            auto result = JweDecryptor(JwkSet({jwkFromObject(k.toObject())}), options).decrypt(token);
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            recipients.append(result->recipient);
        }
        QCOMPARE(recipients, (QList<qsizetype>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(tst_JweVectors)
#include "tst_jwevectors.moc"
