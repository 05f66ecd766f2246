// A hand-mutation driver for a libFuzzer target, for builds without libFuzzer (GCC with ASan/UBSan): it feeds the
// target LLVMFuzzerTestOneInput the seed corpus, then N inputs made from the seeds by random mutations. JOSE-aware
// mutations decode a compact token's parts, change the decoded JSON (flip, insert or delete bytes, swap a value,
// duplicate a member) and re-encode them, so that inputs get past base64url and reach the checks behind it.
//   tst_fuzz_dpop [-runs=N] [-seed=S] [CORPUS_DIR...]   (defaults: the build's corpus directory and run count)
// Exit 0 when every input returned (a crash or a sanitizer report ends the process with its own code).
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

QByteArray b64Decode(const QByteArray& part)
{
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray b64Encode(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QList<QByteArray>& dictionary()
{
    static const QList<QByteArray> words{"\"alg\"",     "\"none\"",
                                         "\"HS256\"",   "\"ES256\"",
                                         "\"EdDSA\"",   "\"RS256\"",
                                         "\"typ\"",     "\"dpop+jwt\"",
                                         "\"jwk\"",     "\"kty\"",
                                         "\"EC\"",      "\"OKP\"",
                                         "\"RSA\"",     "\"oct\"",
                                         "\"d\"",       "\"k\"",
                                         "\"crv\"",     "\"P-256\"",
                                         "\"htm\"",     "\"htu\"",
                                         "\"iat\"",     "\"jti\"",
                                         "\"ath\"",     "\"nonce\"",
                                         "\"GET\"",     "\"http://127.0.0.1/\"",
                                         "1e309",       "-1",
                                         "1800000000",  "null",
                                         "[]",          "{}",
                                         "\"\\u0000\"", "\"\\ud800\"",
                                         "\xff",        ".",
                                         "=",           "%00"};
    return words;
}

QByteArray mutateBytes(QByteArray b, QRandomGenerator& rng)
{
    const int ops = 1 + int(rng.bounded(4));
    for (int i = 0; i < ops; ++i) {
        const qsizetype at = b.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(b.size())));
        switch (rng.bounded(6)) {
        case 0:
            if (!b.isEmpty()) {
                b[at] = char(b[at] ^ char(1 << rng.bounded(8)));
            }
            break;
        case 1:
            b.insert(at, char(rng.bounded(256)));
            break;
        case 2:
            if (!b.isEmpty()) {
                b.remove(at, 1 + qsizetype(rng.bounded(quint32(std::min<qsizetype>(8, b.size() - at)))));
            }
            break;
        case 3:
            b.insert(at, dictionary().at(int(rng.bounded(quint32(dictionary().size())))));
            break;
        case 4:
            if (!b.isEmpty()) {
                const qsizetype len = 1 + qsizetype(rng.bounded(quint32(std::min<qsizetype>(32, b.size() - at))));
                b.insert(qsizetype(rng.bounded(quint32(b.size()))), b.mid(at, len)); // duplicate a span
            }
            break;
        default:
            b.truncate(at);
            break;
        }
    }
    return b;
}

QByteArray mutate(const QList<QByteArray>& pool, QRandomGenerator& rng)
{
    QByteArray input = pool.at(int(rng.bounded(quint32(pool.size()))));
    QList<QByteArray> parts = input.split('.');
    if (parts.size() == 3 && rng.bounded(4) != 0) {
        // JOSE-aware: change the decoded header or payload, or swap in another seed's part (splice).
        const int which = int(rng.bounded(3));
        if (rng.bounded(5) == 0) {
            const QList<QByteArray> other = pool.at(int(rng.bounded(quint32(pool.size())))).split('.');
            if (other.size() == 3) {
                parts[which] = other[which];
            }
        } else if (which < 2) {
            parts[which] = b64Encode(mutateBytes(b64Decode(parts[which]), rng));
        } else {
            parts[which] = mutateBytes(parts[which], rng);
        }
        return parts.join('.');
    }
    return mutateBytes(input, rng);
}

} // namespace

int main(int argc, char** argv)
{
    long long runs = AUTHSCOPE_FUZZ_DEFAULT_RUNS;
    quint32 seed = 1;
    QList<QByteArray> pool;
    QStringList dirs;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "-runs=", 6) == 0) {
            runs = std::atoll(argv[i] + 6);
        } else if (std::strncmp(argv[i], "-seed=", 6) == 0) {
            seed = quint32(std::strtoul(argv[i] + 6, nullptr, 10));
        } else {
            dirs.append(QString::fromLocal8Bit(argv[i]));
        }
    }
    if (dirs.isEmpty()) {
        dirs.append(QStringLiteral(AUTHSCOPE_FUZZ_DEFAULT_CORPUS));
    }
    for (const QString& path : dirs) {
        const QDir dir(path);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly)) {
                pool.append(f.readAll());
            }
        }
    }
    if (pool.isEmpty()) {
        std::fprintf(stderr, "fuzz driver: no seed inputs (give a corpus directory)\n");
        return 2;
    }
    for (const QByteArray& s : pool) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.constData()), size_t(s.size()));
    }
    QRandomGenerator rng(seed);
    for (long long i = 0; i < runs; ++i) {
        const QByteArray input = mutate(pool, rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
        // Inputs that still have the shape of a compact token (three parts for a JWS, five for a JWE) become seeds
        // too, so mutations stack.
        const qsizetype dots = input.count('.');
        if (pool.size() < 512 && (dots == 2 || dots == 4) && rng.bounded(64) == 0) {
            pool.append(input);
        }
    }
    std::printf("fuzz driver: %zu seeds, %lld mutated inputs, seed %u: no crash\n", size_t(pool.size()), runs, seed);
    return 0;
}
