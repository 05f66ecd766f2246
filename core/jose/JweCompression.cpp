#include "core/jose/JweCompression.h"

#include "core/jose/JoseError.h"

#include <zlib.h>

#include <algorithm>

namespace authscope::jose {

namespace {

constexpr int RawDeflateWindowBits = -15; // negative: raw DEFLATE, no header or trailer
constexpr qsizetype FirstChunk = 4096;

struct InflateGuard
{
    z_stream* stream;
    ~InflateGuard() { inflateEnd(stream); }
};

struct DeflateGuard
{
    z_stream* stream;
    ~DeflateGuard() { deflateEnd(stream); }
};

Error notDeflate()
{
    return JoseError::make(JoseErrc::Zip, QStringLiteral("the compressed plaintext is not a complete raw DEFLATE "
                                                         "stream"));
}

// With the output at the cap: true when the stream still has output to give, false when it ends here.
Result<bool> probePastCap(z_stream& s)
{
    while (true) {
        unsigned char probe = 0;
        s.next_out = &probe;
        s.avail_out = 1;
        const int rc = ::inflate(&s, Z_NO_FLUSH);
        if (s.avail_out == 0) {
            return true;
        }
        if (rc == Z_STREAM_END) {
            return false;
        }
        if (rc != Z_OK || s.avail_in == 0) {
            return std::unexpected(notDeflate());
        }
    }
}

} // namespace

Result<QByteArray> JweCompression::deflate(QByteArrayView data)
{
    z_stream s{};
    if (deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, RawDeflateWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return JoseError::fail(JoseErrc::Internal, QStringLiteral("cannot start DEFLATE"));
    }
    const DeflateGuard guard{&s};
    QByteArray out(static_cast<qsizetype>(deflateBound(&s, static_cast<uLong>(data.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    s.avail_in = static_cast<uInt>(data.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    if (::deflate(&s, Z_FINISH) != Z_STREAM_END) {
        return JoseError::fail(JoseErrc::Internal, QStringLiteral("DEFLATE failed"));
    }
    out.truncate(static_cast<qsizetype>(s.total_out));
    return out;
}

Result<QByteArray> JweCompression::inflate(QByteArrayView compressed, qsizetype maxBytes)
{
    z_stream s{};
    if (inflateInit2(&s, RawDeflateWindowBits) != Z_OK) {
        return JoseError::fail(JoseErrc::Internal, QStringLiteral("cannot start INFLATE"));
    }
    const InflateGuard guard{&s};
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    s.avail_in = static_cast<uInt>(compressed.size());
    QByteArray out;
    qsizetype produced = 0;
    const auto capFail = [maxBytes] {
        return JoseError::fail(JoseErrc::ZipCap,
                               QStringLiteral("the compressed plaintext inflates past the %1-byte cap: refused (a "
                                              "zip bomb?)")
                                   .arg(maxBytes));
    };
    while (true) {
        if (produced == out.size()) {
            if (out.size() >= maxBytes) {
                // The buffer is at the cap: one more byte of output means the plaintext is over it.
                auto probed = probePastCap(s);
                if (!probed) {
                    return std::unexpected(probed.error());
                }
                if (*probed) {
                    return capFail();
                }
                break;
            }
            // E-ZIP-CAP: grow geometrically but never past the cap.
            out.resize(std::min(maxBytes, std::max(FirstChunk, out.size() * 2)));
        }
        s.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        s.avail_out = static_cast<uInt>(out.size() - produced);
        const int rc = ::inflate(&s, Z_NO_FLUSH);
        produced = out.size() - static_cast<qsizetype>(s.avail_out);
        if (rc == Z_STREAM_END) {
            break;
        }
        if (rc != Z_OK && !(rc == Z_BUF_ERROR && s.avail_out == 0)) {
            return JoseError::fail(JoseErrc::Zip, QStringLiteral("the compressed plaintext is not a valid raw "
                                                                 "DEFLATE stream"));
        }
        if (rc == Z_OK && s.avail_in == 0 && s.avail_out != 0) {
            return JoseError::fail(JoseErrc::Zip,
                                   QStringLiteral("the compressed plaintext is a truncated DEFLATE stream"));
        }
    }
    if (s.avail_in != 0) {
        return JoseError::fail(JoseErrc::Zip, QStringLiteral("there are bytes after the end of the DEFLATE stream"));
    }
    out.truncate(produced);
    return out;
}

} // namespace authscope::jose
