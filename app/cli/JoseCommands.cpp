// JOSE commands: decode, verify, sign, keygen, convert, thumbprint.
//
// Exit codes: 0 ok / valid; 1 the token is invalid (verify prints every reason, code first, one per line);
// 2 bad arguments, an unreadable or unusable key, or a token that cannot be taken apart (not a compact JWS).
// A JWE is shown by `decode` (its protected header and a note; exit 0) and refused by `verify` (exit 2), since
// JWE decryption is not supported yet.

#include "app/cli/CliCommand.h"

#include "core/common/Clock.h"
#include "core/jose/DecodedToken.h"
#include "core/jose/JoseError.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/StrictJson.h"
#include "core/jose/TokenValidator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::cli {

namespace {

using namespace authscope::jose;

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// Reads the token argument ("-" or nothing: standard input).
Result<QByteArray> readToken(CliContext& ctx, const QStringList& positional)
{
    if (positional.size() > 1) {
        return authscope::fail(QStringLiteral("cli.usage"), QStringLiteral("give one token (or - for standard input)"));
    }
    auto token = ctx.readInput(positional.value(0));
    if (!token) {
        return token;
    }
    const QByteArray trimmed = token->trimmed();
    if (trimmed.isEmpty()) {
        return authscope::fail(QStringLiteral("cli.usage"), QStringLiteral("no token given"));
    }
    return trimmed;
}

Result<QByteArray> readPassphrase(CliContext& ctx, const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option)) {
        return QByteArray();
    }
    auto data = ctx.readFile(parser.value(option));
    if (!data) {
        return data;
    }
    // A passphrase file usually ends with a newline that is not part of the passphrase.
    QByteArray pass = *data;
    while (pass.endsWith('\n') || pass.endsWith('\r')) {
        pass.chop(1);
    }
    return pass;
}

// --key FILE (JWK, JWK Set, PEM key or certificate) or --secret-file FILE (raw HMAC key bytes).
Result<JwkSet> loadKeys(CliContext& ctx, const QCommandLineParser& parser)
{
    const bool hasKey = parser.isSet(QStringLiteral("key"));
    const bool hasSecret = parser.isSet(QStringLiteral("secret-file"));
    if (hasKey == hasSecret) {
        return authscope::fail(QStringLiteral("cli.usage"),
                               QStringLiteral("give exactly one of --key FILE or --secret-file FILE"));
    }
    if (hasSecret) {
        auto secret = ctx.readFile(parser.value(QStringLiteral("secret-file")));
        if (!secret) {
            return std::unexpected(secret.error());
        }
        auto key = Jwk::fromSecret(*secret);
        if (!key) {
            return std::unexpected(key.error());
        }
        return JwkSet({*key});
    }
    const QString path = parser.value(QStringLiteral("key"));
    auto contents = ctx.readFile(path);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    auto passphrase = readPassphrase(ctx, parser, QStringLiteral("passphrase-file"));
    if (!passphrase) {
        return std::unexpected(passphrase.error());
    }
    auto keys = JwkSet::fromKeyFile(*contents, *passphrase);
    if (!keys) {
        return authscope::fail(keys.error().code, path + QStringLiteral(": ") + keys.error().message);
    }
    return keys;
}

void addKeyOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("key"),
                      QStringLiteral("Key file: a JWK, a JWK Set (picked by kid), a PEM key or an X.509 certificate."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("secret-file"), QStringLiteral("Raw HMAC secret bytes (for HS256/384/512)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("passphrase-file"), QStringLiteral("Passphrase of an encrypted PEM private key."),
                      QStringLiteral("FILE")});
}

// ---- decode ----------------------------------------------------------------------------------------------

int runDecode(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows a token's header, payload and signature without verifying it, with RFC 8725 warnings."));
    parser.addPositionalArgument(QStringLiteral("token"), QStringLiteral("The token, or - for standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }
    auto token = readToken(ctx, parser.positionalArguments());
    if (!token) {
        return ctx.fail(token.error());
    }
    auto decoded = DecodedToken::decode(*token);
    if (!decoded) {
        return ctx.fail(decoded.error());
    }
    ctx.out() << jsonText(decoded->toJson());
    if (decoded->isJwe()) {
        ctx.err() << "authscope-cli: this is a JWE: JWE decryption is not supported yet, only the header is shown"
                  << Qt::endl;
    }
    return ExitOk;
}

// ---- verify ----------------------------------------------------------------------------------------------

int runVerify(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verifies a JWT (or with --jws any JWS) against a key. Exit 0: valid, the claims are printed. Exit 1: "
        "invalid, every reason is printed as 'code: sentence'. Exit 2: usage error or unusable key or token."));
    addKeyOptions(parser);
    parser.addOption({QStringLiteral("alg"),
                      QStringLiteral("Allowed algorithm (repeatable). Default: the key's alg, else its type's."),
                      QStringLiteral("ALG")});
    parser.addOption(
        {QStringLiteral("jws"), QStringLiteral("Check the signature only; the payload may be any bytes.")});
    parser.addOption({QStringLiteral("iss"), QStringLiteral("Required issuer (exact match)."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("aud"), QStringLiteral("Our audience: must be in the token's aud."), QStringLiteral("A")});
    parser.addOption(
        {QStringLiteral("typ"), QStringLiteral("Required typ header (e.g. at+jwt)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("leeway"), QStringLiteral("Clock leeway in seconds (0-300, default 30)."),
                      QStringLiteral("SEC")});
    parser.addOption(
        {QStringLiteral("now"), QStringLiteral("Check as if the time were EPOCH seconds."), QStringLiteral("EPOCH")});
    parser.addPositionalArgument(QStringLiteral("token"), QStringLiteral("The token, or - for standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }

    ValidationPolicy policy;
    policy.jwt = !parser.isSet(QStringLiteral("jws"));
    for (const QString& name : parser.values(QStringLiteral("alg"))) {
        const auto alg = JwsAlgorithms::fromName(name);
        if (!alg) {
            return ctx.fail(name.compare(u"none", Qt::CaseInsensitive) == 0
                                ? QStringLiteral("alg 'none' can never be allowed")
                                : QStringLiteral("unknown algorithm '%1'").arg(name));
        }
        policy.allowedAlgorithms.append(*alg);
    }
    policy.issuer = parser.value(QStringLiteral("iss"));
    policy.audience = parser.value(QStringLiteral("aud"));
    policy.typ = parser.value(QStringLiteral("typ"));
    if (parser.isSet(QStringLiteral("leeway"))) {
        bool ok = false;
        policy.leewaySecs = parser.value(QStringLiteral("leeway")).toInt(&ok);
        if (!ok || policy.leewaySecs < 0 || policy.leewaySecs > ValidationPolicy::MaxLeewaySecs) {
            return ctx.fail(QStringLiteral("--leeway must be 0 to %1 seconds").arg(ValidationPolicy::MaxLeewaySecs));
        }
    }
    FakeClock fixed;
    const Clock* clock = &ctx.clock();
    if (parser.isSet(QStringLiteral("now"))) {
        bool ok = false;
        const qint64 now = parser.value(QStringLiteral("now")).toLongLong(&ok);
        if (!ok || now < 0 || now > ClaimSet::MaxNumericDate) {
            return ctx.fail(QStringLiteral("--now must be seconds since 1970"));
        }
        fixed.setSecs(now);
        clock = &fixed;
    }
    auto keys = loadKeys(ctx, parser);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto token = readToken(ctx, parser.positionalArguments());
    if (!token) {
        return ctx.fail(token.error());
    }
    // A token that cannot be taken apart is unusable input (2); everything after that is a verdict (0/1).
    if (auto jws = Jws::parse(*token, policy.limits); !jws) {
        return ctx.fail(jws.error());
    }
    const ValidationResult result = TokenValidator(*keys, policy, *clock).validate(*token);
    if (!result.valid) {
        for (const Error& issue : result.issues) {
            ctx.out() << issue.code << ": " << issue.message << '\n';
        }
        return ExitRefused;
    }
    if (policy.jwt) {
        ctx.out() << jsonText(result.claims.json());
    } else {
        auto json = StrictJson::parse(result.payload, policy.limits.maxDepth);
        if (json && json->isObject()) {
            ctx.out() << jsonText(json->object());
        } else {
            ctx.out() << QString::fromUtf8(result.payload) << '\n';
        }
    }
    return ExitOk;
}

// ---- sign ------------------------------------------------------------------------------------------------

int runSign(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signs a claims set and prints the compact token."));
    addKeyOptions(parser);
    parser.addOption({QStringLiteral("alg"), QStringLiteral("Signature algorithm (required)."), QStringLiteral("ALG")});
    parser.addOption({QStringLiteral("kid"),
                      QStringLiteral("kid header (default: the key's kid); picks the key from a "
                                     "JWK Set."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("typ"), QStringLiteral("typ header (default JWT)."), QStringLiteral("T")});
    parser.addPositionalArgument(QStringLiteral("claims"),
                                 QStringLiteral("Claims JSON object, or - for standard input."),
                                 QStringLiteral("[CLAIMS_JSON|-]"));
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(QStringLiteral("alg"))) {
        return ctx.fail(QStringLiteral("--alg is required"));
    }
    const QString algName = parser.value(QStringLiteral("alg"));
    const auto alg = JwsAlgorithms::fromName(algName);
    if (!alg) {
        return ctx.fail(QStringLiteral("cannot sign with '%1'").arg(algName));
    }
    auto keys = loadKeys(ctx, parser);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    const QString kid = parser.value(QStringLiteral("kid"));
    const Jwk* key = nullptr;
    if (keys->size() == 1) {
        key = &keys->keys().first();
    } else if (!kid.isEmpty()) {
        key = keys->findByKid(kid);
    }
    if (key == nullptr) {
        return ctx.fail(keys->isEmpty()
                            ? QStringLiteral("the key file holds no key")
                            : QStringLiteral("the key file holds %1 keys: pick one with --kid").arg(keys->size()));
    }
    if (parser.positionalArguments().size() > 1) {
        return ctx.fail(QStringLiteral("give one claims JSON object (or - for standard input)"));
    }
    auto input = ctx.readInput(parser.positionalArguments().value(0));
    if (!input) {
        return ctx.fail(input.error());
    }
    auto claims = StrictJson::parseObject(*input, JsonLimits{}.maxDepth, u"claims");
    if (!claims) {
        return ctx.fail(claims.error());
    }
    QJsonObject header{{QStringLiteral("alg"), algName},
                       {QStringLiteral("typ"), parser.isSet(QStringLiteral("typ")) ? parser.value(QStringLiteral("typ"))
                                                                                   : QStringLiteral("JWT")}};
    const QString headerKid = kid.isEmpty() ? key->kid() : kid;
    if (!headerKid.isEmpty()) {
        header.insert(QStringLiteral("kid"), headerKid);
    }
    auto token = Jws::sign(header, QJsonDocument(*claims).toJson(QJsonDocument::Compact), *key);
    if (!token) {
        return ctx.fail(token.error());
    }
    ctx.out() << QString::fromLatin1(*token) << '\n';
    return ExitOk;
}

// ---- keygen ----------------------------------------------------------------------------------------------

Result<QByteArray> pemOf(const Jwk& key, bool publicOnly)
{
    return key.toPem(publicOnly ? crypto::PemFormat::PublicSpki : crypto::PemFormat::PrivatePkcs8);
}

int runKeygen(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates a key and prints it (the private key unless --public). RSA >= 2048 bits; HMAC secrets at least the "
        "hash length, from the CSPRNG."));
    parser.addOption({QStringLiteral("kty"), QStringLiteral("RSA, EC, OKP or oct (required)."), QStringLiteral("KTY")});
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("RSA modulus or oct secret size in bits."), QStringLiteral("BITS")});
    parser.addOption(
        {QStringLiteral("crv"), QStringLiteral("P-256, P-384, P-521, Ed25519 or Ed448."), QStringLiteral("CRV")});
    parser.addOption({QStringLiteral("alg"), QStringLiteral("alg member of the key."), QStringLiteral("ALG")});
    parser.addOption(
        {QStringLiteral("kid"), QStringLiteral("kid (default: the RFC 7638 thumbprint)."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("jwk (default) or pem."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("public"), QStringLiteral("Print the public half only.")});
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("keygen takes no arguments besides its options"));
    }
    const auto type = Jwk::typeFromName(parser.value(QStringLiteral("kty")));
    if (!type) {
        return ctx.fail(QStringLiteral("--kty must be RSA, EC, OKP or oct"));
    }
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("jwk");
    if (format != u"jwk" && format != u"pem") {
        return ctx.fail(QStringLiteral("--format must be jwk or pem"));
    }
    const bool publicOnly = parser.isSet(QStringLiteral("public"));
    if (*type == KeyType::Oct && (publicOnly || format == u"pem")) {
        return ctx.fail(QStringLiteral("an HMAC secret (oct) has neither a public half nor a PEM form"));
    }
    Jwk::GenerateOptions options;
    options.type = *type;
    if (parser.isSet(QStringLiteral("size"))) {
        bool ok = false;
        options.bits = parser.value(QStringLiteral("size")).toInt(&ok);
        if (!ok || options.bits <= 0 || options.bits > 16384) {
            return ctx.fail(QStringLiteral("--size must be a number of bits"));
        }
    }
    options.curve = parser.value(QStringLiteral("crv"));
    options.alg = parser.value(QStringLiteral("alg"));
    options.kid = parser.value(QStringLiteral("kid"));
    auto key = Jwk::generate(options);
    if (!key) {
        return ctx.fail(key.error());
    }
    Jwk out = *key;
    if (publicOnly) {
        auto pub = key->publicKey();
        if (!pub) {
            return ctx.fail(pub.error());
        }
        out = *pub;
    }
    if (format == u"pem") {
        auto pem = pemOf(out, publicOnly);
        if (!pem) {
            return ctx.fail(pem.error());
        }
        ctx.out() << QString::fromLatin1(*pem);
        return ExitOk;
    }
    ctx.out() << jsonText(out.toJson(!publicOnly));
    return ExitOk;
}

// ---- convert / thumbprint --------------------------------------------------------------------------------

int runConvert(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Converts a key between JWK and PEM."));
    parser.addOption({QStringLiteral("to"), QStringLiteral("jwk or pem (required)."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("public"), QStringLiteral("Output the public half only.")});
    parser.addOption({QStringLiteral("pem-format"),
                      QStringLiteral("pkcs8 (default), pkcs1 (RSA), sec1 (EC) or encrypted (needs "
                                     "--out-passphrase-file)."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("passphrase-file"), QStringLiteral("Passphrase of an encrypted input key."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out-passphrase-file"), QStringLiteral("Passphrase for --pem-format encrypted."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The key file."), QStringLiteral("FILE"));
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }
    const QString to = parser.value(QStringLiteral("to"));
    if (to != u"jwk" && to != u"pem") {
        return ctx.fail(QStringLiteral("--to must be jwk or pem"));
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("give one key file"));
    }
    const QString path = parser.positionalArguments().first();
    auto contents = ctx.readFile(path);
    if (!contents) {
        return ctx.fail(contents.error());
    }
    auto passphrase = readPassphrase(ctx, parser, QStringLiteral("passphrase-file"));
    if (!passphrase) {
        return ctx.fail(passphrase.error());
    }
    auto keys = JwkSet::fromKeyFile(*contents, *passphrase);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    const bool publicOnly = parser.isSet(QStringLiteral("public"));
    QList<Jwk> converted;
    for (const Jwk& key : keys->keys()) {
        if (publicOnly) {
            if (key.isSymmetric()) {
                continue; // a public view of a set leaves secrets out
            }
            auto pub = key.publicKey();
            if (!pub) {
                return ctx.fail(pub.error());
            }
            converted.append(*pub);
        } else {
            converted.append(key);
        }
    }
    if (to == u"jwk") {
        const bool isSet = contents->trimmed().startsWith('{') && contents->contains("\"keys\"");
        if (isSet) {
            QJsonArray array;
            for (const Jwk& k : converted) {
                array.append(k.toJson(!publicOnly));
            }
            ctx.out() << jsonText(QJsonObject{{QStringLiteral("keys"), array}});
        } else if (converted.size() == 1) {
            ctx.out() << jsonText(converted.first().toJson(!publicOnly));
        } else {
            return ctx.fail(QStringLiteral("nothing to convert"));
        }
        return ExitOk;
    }
    if (converted.size() != 1) {
        return ctx.fail(QStringLiteral("PEM holds one key; the file has %1 (after --public)").arg(converted.size()));
    }
    const QString pemFormat = parser.isSet(QStringLiteral("pem-format")) ? parser.value(QStringLiteral("pem-format"))
                                                                         : QStringLiteral("pkcs8");
    crypto::PemFormat format = crypto::PemFormat::PrivatePkcs8;
    if (publicOnly || !converted.first().isPrivate()) {
        format = pemFormat == u"pkcs1" ? crypto::PemFormat::PublicPkcs1 : crypto::PemFormat::PublicSpki;
    } else if (pemFormat == u"pkcs1") {
        format = crypto::PemFormat::PrivatePkcs1;
    } else if (pemFormat == u"sec1") {
        format = crypto::PemFormat::PrivateSec1;
    } else if (pemFormat == u"encrypted") {
        format = crypto::PemFormat::EncryptedPkcs8;
    } else if (pemFormat != u"pkcs8") {
        return ctx.fail(QStringLiteral("--pem-format must be pkcs8, pkcs1, sec1 or encrypted"));
    }
    auto outPass = readPassphrase(ctx, parser, QStringLiteral("out-passphrase-file"));
    if (!outPass) {
        return ctx.fail(outPass.error());
    }
    auto pem = converted.first().toPem(format, *outPass);
    if (!pem) {
        return ctx.fail(pem.error());
    }
    ctx.out() << QString::fromLatin1(*pem);
    return ExitOk;
}

int runThumbprint(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints the RFC 7638 SHA-256 thumbprint (base64url) of each key in "
                                                    "FILE, one per line (with the kid for a set)."));
    parser.addOption({QStringLiteral("passphrase-file"), QStringLiteral("Passphrase of an encrypted PEM key."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The key file."), QStringLiteral("FILE"));
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("give one key file"));
    }
    auto contents = ctx.readFile(parser.positionalArguments().first());
    if (!contents) {
        return ctx.fail(contents.error());
    }
    auto passphrase = readPassphrase(ctx, parser, QStringLiteral("passphrase-file"));
    if (!passphrase) {
        return ctx.fail(passphrase.error());
    }
    auto keys = JwkSet::fromKeyFile(*contents, *passphrase);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    if (keys->isEmpty()) {
        return ctx.fail(QStringLiteral("the file holds no key"));
    }
    for (const Jwk& key : keys->keys()) {
        auto t = key.thumbprintBase64Url();
        if (!t) {
            return ctx.fail(t.error());
        }
        if (keys->size() > 1) {
            ctx.out() << (key.kid().isEmpty() ? QStringLiteral("-") : key.kid()) << ' ';
        }
        ctx.out() << *t << '\n';
    }
    return ExitOk;
}

const CliRegistrar decodeRegistrar{
    {QStringLiteral("decode"), QStringLiteral("Show a JWT/JWS (or a JWE's header) without verifying it"), &runDecode}};
const CliRegistrar verifyRegistrar{{QStringLiteral("verify"),
                                    QStringLiteral("Verify a JWT or JWS against a key, JWK Set, PEM or certificate"),
                                    &runVerify}};
const CliRegistrar signRegistrar{{QStringLiteral("sign"), QStringLiteral("Sign claims into a compact JWT"), &runSign}};
const CliRegistrar keygenRegistrar{
    {QStringLiteral("keygen"), QStringLiteral("Generate an RSA, EC, OKP or oct key (JWK or PEM)"), &runKeygen}};
const CliRegistrar convertRegistrar{
    {QStringLiteral("convert"), QStringLiteral("Convert a key between JWK and PEM"), &runConvert}};
const CliRegistrar thumbprintRegistrar{
    {QStringLiteral("thumbprint"), QStringLiteral("Print the RFC 7638 thumbprint of a key"), &runThumbprint}};

} // namespace

} // namespace authscope::cli
