#include "core/jose/Base64Url.h"

#include "core/jose/JoseError.h"

#include <cstdint>

namespace authscope::jose {

namespace {

// 0-63 for the base64url alphabet, -1 for anything else.
constexpr signed char valueOf(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') {
        return static_cast<signed char>(c - 'A');
    }
    if (c >= 'a' && c <= 'z') {
        return static_cast<signed char>(c - 'a' + 26);
    }
    if (c >= '0' && c <= '9') {
        return static_cast<signed char>(c - '0' + 52);
    }
    if (c == '-') {
        return 62;
    }
    if (c == '_') {
        return 63;
    }
    return -1;
}

struct Table
{
    signed char v[256];
    constexpr Table() : v{}
    {
        for (int i = 0; i < 256; ++i) {
            v[i] = valueOf(static_cast<unsigned char>(i));
        }
    }
};
constexpr Table table;

} // namespace

QByteArray Base64Url::encode(QByteArrayView data)
{
    return QByteArray::fromRawData(data.data(), data.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Base64Url::isValid(QByteArrayView text)
{
    const qsizetype rem = text.size() % 4;
    if (rem == 1) {
        return false;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (table.v[p[i]] < 0) {
            return false;
        }
    }
    // The bits after the last full byte must be zero, or two texts would decode to the same bytes.
    if (rem == 2) {
        return (table.v[p[text.size() - 1]] & 0x0f) == 0;
    }
    if (rem == 3) {
        return (table.v[p[text.size() - 1]] & 0x03) == 0;
    }
    return true;
}

Result<QByteArray> Base64Url::decode(QByteArrayView text)
{
    if (!isValid(text)) {
        return JoseError::fail(JoseErrc::Base64,
                               QStringLiteral("not strict base64url (no padding, whitespace or other characters, "
                                              "and the unused bits must be zero)"));
    }
    // The alphabet and unused bits are checked above, so every character maps to 6 bits: decode in one pass
    // (Qt's decoder re-validates and grows its buffer; this is on the hot path of every token).
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype n = text.size();
    QByteArray out(n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1), Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        const auto v =
            static_cast<std::uint32_t>(table.v[in[i]]) << 18 | static_cast<std::uint32_t>(table.v[in[i + 1]]) << 12 |
            static_cast<std::uint32_t>(table.v[in[i + 2]]) << 6 | static_cast<std::uint32_t>(table.v[in[i + 3]]);
        *o++ = static_cast<unsigned char>(v >> 16);
        *o++ = static_cast<unsigned char>(v >> 8);
        *o++ = static_cast<unsigned char>(v);
    }
    if (n - i == 2) {
        *o = static_cast<unsigned char>(table.v[in[i]] << 2 | table.v[in[i + 1]] >> 4);
    } else if (n - i == 3) {
        const auto v = static_cast<std::uint32_t>(table.v[in[i]]) << 12 |
                       static_cast<std::uint32_t>(table.v[in[i + 1]]) << 6 |
                       static_cast<std::uint32_t>(table.v[in[i + 2]]);
        o[0] = static_cast<unsigned char>(v >> 10);
        o[1] = static_cast<unsigned char>(v >> 2);
    }
    return out;
}

} // namespace authscope::jose
