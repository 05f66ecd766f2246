#include "core/sessions/SessionToken.h"

#include "core/crypto/Random.h"

#include <QCryptographicHash>

#include <array>

namespace authscope {

namespace {

constexpr auto kBase64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

Result<SessionToken::Fresh> SessionToken::generate()
{
    auto raw = crypto::Random::bytes(RawBytes);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    Fresh fresh{encode(*raw), keyOfRaw(*raw)};
    raw->fill('\0');
    return fresh;
}

std::optional<SessionKey> SessionToken::keyOf(QByteArrayView token)
{
    // Length first: cheap, and nothing longer is ever looked at.
    if (token.size() != EncodedLength) {
        return std::nullopt;
    }
    // Decoded by hand into a stack buffer: this runs on every request, and the strict checks (alphabet, length,
    // canonical last character) are ours anyway.
    static constexpr auto kValues = [] {
        std::array<signed char, 256> table{};
        table.fill(-1);
        const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < 64; ++i) {
            table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
        }
        return table;
    }();
    std::array<unsigned char, RawBytes> raw{};
    quint32 bits = 0;
    int held = 0;
    size_t out = 0;
    for (const char c : token) {
        const int v = kValues[static_cast<unsigned char>(c)];
        if (v < 0) {
            return std::nullopt;
        }
        bits = (bits << 6) | static_cast<quint32>(v);
        held += 6;
        if (held >= 8) {
            held -= 8;
            raw[out++] = static_cast<unsigned char>((bits >> held) & 0xff);
        }
    }
    // 43 characters carry 258 bits for 256: the two left over must be zero, so that each ID has exactly one
    // spelling.
    if (out != raw.size() || (bits & ((1u << held) - 1)) != 0) {
        return std::nullopt;
    }
    return keyOfRaw(QByteArrayView(reinterpret_cast<const char*>(raw.data()), RawBytes));
}

SessionKey SessionToken::keyOfRaw(QByteArrayView raw)
{
    // One hash object per thread, reset for each use: no allocation on the hot path.
    thread_local QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.reset();
    hash.addData(raw);
    return SessionKey::fromBytes(hash.resultView());
}

QByteArray SessionToken::encode(QByteArrayView raw)
{
    return QByteArray::fromRawData(raw.data(), raw.size()).toBase64(kBase64Options);
}

} // namespace authscope
