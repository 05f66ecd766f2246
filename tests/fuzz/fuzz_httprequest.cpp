// libFuzzer target: the HTTP/1.1 request parser on arbitrary bytes (D-PARSERS).
// The first input byte picks how the rest is cut into appends (and, with its high bit, small limits); the
// result must be the same as when the rest arrives in one append, and every request returned must be one the
// contract allows.
#include "core/http/HttpRequestParser.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace authscope::http;

namespace {

using Step = HttpRequestParser::Step;
using Request = HttpRequestParser::Request;
using Limits = HttpRequestParser::Limits;

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

bool isTchar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTchar);
}

bool isDigits(const QByteArray& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void checkRequest(const Request& r, const Limits& limits)
{
    check(isToken(r.method));
    check(r.path.startsWith('/') || (r.path == "*" && r.method == "OPTIONS"));
    check(!r.target.isEmpty() && !r.target.contains('#'));
    for (char c : r.target) {
        check(static_cast<unsigned char>(c) > 0x20 && c != 0x7f);
    }
    check(r.minorVersion == 0 || r.minorVersion == 1);
    check(r.headers.size() <= limits.maxHeaderCount);
    check(r.body.size() <= limits.maxBodyBytes);
    qint64 contentLength = -1;
    int hosts = 0;
    for (const auto& [name, value] : r.headers) {
        check(isToken(name) && name == name.toLower());
        check(!value.startsWith(' ') && !value.startsWith('\t') && !value.endsWith(' ') && !value.endsWith('\t'));
        for (char c : value) {
            const auto u = static_cast<unsigned char>(c);
            check((u >= 0x20 || c == '\t') && u != 0x7f);
        }
        check(name != "transfer-encoding");
        if (name == "host") {
            ++hosts;
        }
        if (name == "content-length") {
            for (const QByteArray& item : value.split(',')) {
                const QByteArray digits = item.trimmed();
                check(isDigits(digits));
                check(contentLength < 0 || digits.toLongLong() == contentLength);
                contentLength = digits.toLongLong();
            }
        }
    }
    check(hosts <= 1);
    check(r.minorVersion == 0 || hosts == 1);
    check(r.body.size() == std::max<qint64>(contentLength, 0));
}

QByteArray describe(const Request& r)
{
    QByteArray out = r.method + ' ' + r.target + ' ' + r.path + ' ' + r.query + ' ' +
                     QByteArray::number(r.minorVersion) + (r.keepAlive ? " k\n" : " c\n");
    for (const auto& [name, value] : r.headers) {
        out += name + ':' + value + '\n';
    }
    out += QByteArray::number(r.body.size()) + '\n' + r.body;
    return out;
}

struct Outcome
{
    QByteArray requests;
    Step last = Step::NeedMore;
    int status = 0;
};

// Feeds the chunks as a connection would: after each append, takes every Ready request.
Outcome feed(const QList<QByteArrayView>& chunks, const Limits& limits)
{
    HttpRequestParser parser(limits);
    Outcome out;
    qsizetype total = 0;
    for (QByteArrayView chunk : chunks) {
        total += chunk.size();
    }
    qsizetype count = 0;
    for (QByteArrayView chunk : chunks) {
        parser.append(chunk);
        for (;;) {
            out.last = parser.next();
            if (out.last != Step::Ready) {
                break;
            }
            check(!parser.wantsContinue());
            const Request r = parser.takeRequest();
            checkRequest(r, limits);
            out.requests += describe(r) + "\n--\n";
            check(++count <= total); // every request consumes bytes
        }
        check(parser.bufferedBytes() >= 0 && parser.bufferedBytes() <= total);
        if (out.last == Step::Failed) {
            const int status = parser.error().status;
            check(status == 400 || status == 411 || status == 413 || status == 414 || status == 417 || status == 431 ||
                  status == 505);
            check(!parser.error().code.isEmpty() && !parser.error().message.isEmpty());
            check(!parser.wantsContinue());
            out.status = status;
            parser.append("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            check(parser.next() == Step::Failed); // failed stays failed
            break;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const unsigned seed = data[0];
    const QByteArrayView input(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    Limits limits;
    const bool small = (seed & 0x80) != 0;
    if (small) {
        limits.maxHeaderBytes = 96;
        limits.maxBodyBytes = 16;
        limits.maxHeaderCount = 4;
    }

    // Chunk sizes from a small LCG seeded by the first byte: 1..(seed % 64 + 1) bytes each.
    QList<QByteArrayView> chunks;
    const unsigned maxChunk = (seed & 0x3f) + 1;
    unsigned state = seed * 2654435761u + 1;
    qsizetype at = 0;
    while (at < input.size()) {
        state = state * 1103515245u + 12345u;
        const qsizetype length = std::min<qsizetype>(1 + (state >> 16) % maxChunk, input.size() - at);
        chunks.append(input.sliced(at, length));
        at += length;
    }

    const Outcome split = feed(chunks, limits);
    const Outcome whole = feed({input}, limits);
    check(split.requests == whole.requests);
    check(split.last == whole.last);
    // With small limits, which error comes first may depend on how much had arrived; with the defaults it may not.
    check(small || split.status == whole.status);
    return 0;
}
