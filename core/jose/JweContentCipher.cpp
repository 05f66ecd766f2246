#include "core/jose/JweContentCipher.h"

#include "core/crypto/AesCbc.h"
#include "core/crypto/AesGcm.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"
#include "core/jose/JoseError.h"
#include "core/jose/JweDigest.h"

#include <QtEndian>

namespace authscope::jose {

namespace {

// T = the first half of HMAC(MAC_KEY, A || IV || E || AL), AL the bit length of A as a 64-bit big-endian number
// (RFC 7518 §5.2.2.1).
Result<QByteArray> cbcTag(JweEncryption enc, QByteArrayView macKey, QByteArrayView aad, QByteArrayView iv,
                          QByteArrayView ciphertext)
{
    QByteArray input;
    input.reserve(aad.size() + iv.size() + ciphertext.size() + 8);
    input.append(aad).append(iv).append(ciphertext);
    char al[8];
    qToBigEndian(static_cast<quint64>(aad.size()) * 8, al);
    input.append(al, 8);
    auto mac = crypto::Hmac::compute(sha2ForAesKey(JweAlgorithms::cekBytes(enc) / 2), macKey, input);
    if (!mac) {
        return JoseError::fail(JoseErrc::Internal, mac.error().message);
    }
    mac->truncate(JweContentCipher::tagBytes(enc));
    return mac;
}

std::unexpected<Error> decryptFailed()
{
    // E-RSA-ORACLE: the same sentence for every reason a decryption fails after the key was chosen.
    return JoseError::fail(JoseErrc::DecryptFailed,
                           QStringLiteral("decryption failed: the key is wrong or the token was altered"));
}

Result<void> checkCek(JweEncryption enc, QByteArrayView cek)
{
    if (cek.size() != JweAlgorithms::cekBytes(enc)) {
        return JoseError::fail(JoseErrc::KeySize, QStringLiteral("%1 needs a %2-byte content key; this one has %3")
                                                      .arg(JweAlgorithms::name(enc))
                                                      .arg(JweAlgorithms::cekBytes(enc))
                                                      .arg(cek.size()));
    }
    return {};
}

} // namespace

qsizetype JweContentCipher::ivBytes(JweEncryption enc)
{
    return JweAlgorithms::isGcm(enc) ? crypto::AesGcm::IvSize : crypto::AesCbc::IvSize;
}

qsizetype JweContentCipher::tagBytes(JweEncryption enc)
{
    return JweAlgorithms::isGcm(enc) ? crypto::AesGcm::TagSize : JweAlgorithms::cekBytes(enc) / 2;
}

Result<JweContentCipher::Sealed> JweContentCipher::encrypt(JweEncryption enc, QByteArrayView cek,
                                                           QByteArrayView plaintext, QByteArrayView aad)
{
    if (auto ok = checkCek(enc, cek); !ok) {
        return std::unexpected(ok.error());
    }
    auto iv = crypto::Random::bytes(ivBytes(enc));
    if (!iv) {
        return JoseError::fail(JoseErrc::Internal, iv.error().message);
    }
    Sealed out;
    out.iv = *iv;
    if (JweAlgorithms::isGcm(enc)) {
        auto sealed = crypto::AesGcm::seal(cek, out.iv, plaintext, aad);
        if (!sealed) {
            return JoseError::fail(JoseErrc::Internal, sealed.error().message);
        }
        out.ciphertext = std::move(sealed->ciphertext);
        out.tag = std::move(sealed->tag);
        return out;
    }
    const qsizetype half = cek.size() / 2;
    auto ciphertext = crypto::AesCbc::encrypt(cek.sliced(half), out.iv, plaintext);
    if (!ciphertext) {
        return JoseError::fail(JoseErrc::Internal, ciphertext.error().message);
    }
    auto tag = cbcTag(enc, cek.first(half), aad, out.iv, *ciphertext);
    if (!tag) {
        return std::unexpected(tag.error());
    }
    out.ciphertext = std::move(*ciphertext);
    out.tag = std::move(*tag);
    return out;
}

Result<QByteArray> JweContentCipher::decrypt(JweEncryption enc, QByteArrayView cek, QByteArrayView iv,
                                             QByteArrayView ciphertext, QByteArrayView aad, QByteArrayView tag)
{
    if (auto ok = checkCek(enc, cek); !ok) {
        return std::unexpected(ok.error());
    }
    if (iv.size() != ivBytes(enc)) {
        return JoseError::fail(JoseErrc::Malformed, QStringLiteral("%1 needs a %2-byte IV; this one has %3")
                                                        .arg(JweAlgorithms::name(enc))
                                                        .arg(ivBytes(enc))
                                                        .arg(iv.size()));
    }
    // E-CBC-TAG / E-GCM-TAG: only full-length tags; the length is public, so this check leaks nothing.
    if (tag.size() != tagBytes(enc)) {
        return JoseError::fail(JoseErrc::TagLength, QStringLiteral("a %1 tag is exactly %2 bytes; this one has %3")
                                                        .arg(JweAlgorithms::name(enc))
                                                        .arg(tagBytes(enc))
                                                        .arg(tag.size()));
    }
    if (JweAlgorithms::isGcm(enc)) {
        auto plain = crypto::AesGcm::open(cek, iv, ciphertext, aad, tag);
        if (!plain) {
            return decryptFailed();
        }
        return plain;
    }
    const qsizetype half = cek.size() / 2;
    auto expected = cbcTag(enc, cek.first(half), aad, iv, ciphertext);
    if (!expected) {
        return std::unexpected(expected.error());
    }
    // E-CBC-TAG: the tag is checked (constant time) before a single block is decrypted, so a padding error can
    // never be told apart from a bad tag (no padding oracle).
    if (!crypto::Hmac::constantTimeEquals(*expected, tag)) {
        return decryptFailed();
    }
    auto plain = crypto::AesCbc::decrypt(cek.sliced(half), iv, ciphertext);
    if (!plain) {
        return decryptFailed();
    }
    return plain;
}

} // namespace authscope::jose
