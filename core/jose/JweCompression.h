#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::jose {

// JWE "zip": "DEF" — raw DEFLATE (RFC 1951, no zlib or gzip wrapper; RFC 7516 §4.1.3) through zlib. qUncompress
// is not usable here: it expects zlib framing behind a 4-byte length prefix.
class JweCompression final
{
public:
    static constexpr qsizetype DefaultMaxBytes = 1024 * 1024;

    [[nodiscard]] static Result<QByteArray> deflate(QByteArrayView data);
    // Streams the inflation into a buffer that never grows past `maxBytes`: a stream that would produce more is
    // refused with jose.zip-cap (E-ZIP-CAP) as soon as the cap is reached, whatever it claims. Garbage after the
    // end of the stream, or a truncated stream, is jose.zip.
    [[nodiscard]] static Result<QByteArray> inflate(QByteArrayView compressed, qsizetype maxBytes = DefaultMaxBytes);
};

} // namespace authscope::jose
