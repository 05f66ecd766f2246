// JOSE commands: decode, verify, sign, keygen, convert, thumbprint.
//
// Exit codes: 0 ok / valid; 1 the token is invalid (verify prints every reason, code first, one per line);
// 2 bad arguments, an unreadable or unusable key, or a token that cannot be taken apart (not a compact JWS).
// A JWE is shown by `decode` (its protected header and a note; exit 0) and refused by `verify` (exit 2,
// E-TYPE-CONFUSION) unless --decrypt-key is given: then it must be a nested JWT, decrypted first (JweCommands.cpp).

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/IssuerVerify.h"
#include "app/cli/JweCli.h"

#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/crypto/PKey.h"
#include "core/jose/DecodedToken.h"
#include "core/jose/JoseError.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/StrictJson.h"
#include "core/jose/TokenValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::cli {

namespace {

using namespace authscope::jose;
using namespace Qt::StringLiterals;

// D-DISPLAY: a token's header and claims are the maker's; DEL, C1 and bidi controls become JSON escapes.
QString jsonText(const QJsonObject& o)
{
    return DisplayText::escapeJson(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

Result<QByteArray> readPassphrase(CliContext& ctx, const CliArgs& args, const QString& option)
{
    if (!args.isSet(option)) {
        return QByteArray();
    }
    auto data = ctx.readFile(args.value(option));
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
Result<JwkSet> loadKeys(CliContext& ctx, const CliArgs& args)
{
    const bool hasKey = args.isSet(u"key"_s);
    const bool hasSecret = args.isSet(u"secret-file"_s);
    if (hasKey == hasSecret) {
        return authscope::fail(QStringLiteral("cli.usage"),
                               QStringLiteral("give exactly one of --key FILE or --secret-file FILE"));
    }
    if (hasSecret) {
        auto secret = ctx.readFile(args.value(u"secret-file"_s));
        if (!secret) {
            return std::unexpected(secret.error());
        }
        auto key = Jwk::fromSecret(*secret);
        if (!key) {
            return std::unexpected(key.error());
        }
        return JwkSet({*key});
    }
    const QString path = args.value(u"key"_s);
    auto contents = ctx.readFile(path);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    auto passphrase = readPassphrase(ctx, args, u"pem-passphrase-file"_s);
    if (!passphrase) {
        return std::unexpected(passphrase.error());
    }
    auto keys = JwkSet::fromKeyFile(*contents, *passphrase);
    if (!keys) {
        return authscope::fail(keys.error().code, path + QStringLiteral(": ") + keys.error().message);
    }
    return keys;
}

// ---- decode ----------------------------------------------------------------------------------------------

Outcome runDecode(CliContext& ctx, const CliArgs& args)
{
    auto token = ctx.readTrimmedInput(args.positional(0), u"no token given"_s);
    if (!token) {
        return ctx.fail(token.error());
    }
    auto decoded = DecodedToken::decode(*token);
    if (!decoded) {
        return ctx.fail(decoded.error());
    }
    ctx.out() << jsonText(decoded->toJson());
    if (decoded->isJwe()) {
        ctx.err() << "authscope-cli: this is a JWE: only its header is shown; decrypt it with 'authscope-cli decrypt "
                     "--key FILE'"
                  << Qt::endl;
    }
    return Outcome::Ok;
}

// ---- verify ----------------------------------------------------------------------------------------------

// --alg, --jws, --iss, --aud, --typ and --leeway as a validation policy; a message when one is unusable.
Result<ValidationPolicy> policyFrom(const CliArgs& args)
{
    ValidationPolicy policy;
    if (args.isSet(u"profile"_s)) {
        const QString profile = args.value(u"profile"_s);
        if (profile == u"rfc9068"_s) {
            // RFC 9068 §4: a resource server checks that aud names it, so the profile needs --aud.
            if (args.isSet(u"jws"_s) || !args.isSet(u"aud"_s)) {
                return authscope::fail(u"cli.usage"_s, u"--profile rfc9068 checks a JWT access token: give --aud "
                                                       "(the resource server's identifier) and not --jws"_s);
            }
            policy = ValidationPolicy::accessTokenRfc9068();
        } else if (profile != u"generic"_s) {
            return authscope::fail(u"cli.usage"_s, u"--profile must be generic or rfc9068"_s);
        }
    }
    policy.jwt = !args.isSet(u"jws"_s);
    for (const QString& name : args.values(u"alg"_s)) {
        const auto alg = JwsAlgorithms::fromName(name);
        if (!alg) {
            return authscope::fail(u"cli.usage"_s, name.compare(u"none", Qt::CaseInsensitive) == 0
                                                       ? u"alg 'none' can never be allowed"_s
                                                       : u"unknown algorithm '%1'"_s.arg(name));
        }
        policy.allowedAlgorithms.append(*alg);
    }
    policy.issuer = args.value(u"iss"_s);
    policy.audience = args.value(u"aud"_s);
    if (args.isSet(u"typ"_s)) {
        policy.typ = args.value(u"typ"_s);
    }
    if (!args.number(u"leeway"_s, 0, ValidationPolicy::MaxLeewaySecs, policy.leewaySecs)) {
        return authscope::fail(u"cli.usage"_s,
                               u"--leeway must be 0 to %1 seconds"_s.arg(ValidationPolicy::MaxLeewaySecs));
    }
    return policy;
}

void printVerified(CliContext& ctx, const ValidationPolicy& policy, const ValidationResult& result)
{
    if (policy.jwt) {
        ctx.out() << jsonText(result.claims.json());
        return;
    }
    auto json = StrictJson::parse(result.payload, policy.limits.maxDepth);
    if (json && json->isObject()) {
        ctx.out() << jsonText(json->object());
    } else {
        ctx.out() << DisplayText::escape(QString::fromUtf8(result.payload)) << '\n';
    }
}

Outcome runVerify(CliContext& ctx, const CliArgs& args)
{
    auto policy = policyFrom(args);
    if (!policy) {
        return ctx.fail(policy.error().message);
    }
    FakeClock fixed;
    const Clock* clock = &ctx.clock();
    if (args.isSet(u"now"_s)) {
        bool ok = false;
        const qint64 now = args.value(u"now"_s).toLongLong(&ok);
        if (!ok || now < 0 || now > ClaimSet::MaxNumericDate) {
            return ctx.fail(u"--now must be seconds since 1970"_s);
        }
        fixed.setSecs(now);
        clock = &fixed;
    }
    const bool remote = args.isSet(u"issuer"_s) || args.isSet(u"jwks-url"_s);
    std::optional<JwkSet> keys;
    if (!remote) {
        auto loaded = loadKeys(ctx, args);
        if (!loaded) {
            return ctx.fail(loaded.error());
        }
        keys = std::move(*loaded);
    }
    auto token = ctx.readTrimmedInput(args.positional(0), u"no token given"_s);
    if (!token) {
        return ctx.fail(token.error());
    }
    if (args.isSet(u"decrypt-key"_s)) {
        auto inner = decryptForVerify(ctx, args, *token);
        if (!inner) {
            return inner.error();
        }
        *token = *inner;
    }
    // A token that cannot be taken apart is unusable input (2); everything after that is a verdict (0/1).
    if (auto jws = Jws::parse(*token, policy->limits); !jws) {
        return ctx.fail(jws.error());
    }
    ValidationResult result;
    if (remote) {
        if (auto ended = verifyWithRemoteKeys(ctx, args, *policy, *clock, *token, result)) {
            return *ended;
        }
    } else {
        result = TokenValidator(*keys, *policy, *clock).validate(*token);
    }
    if (!result.valid) {
        for (const Error& issue : result.issues) {
            // D-DISPLAY: a reason quotes the token (its kid, its alg): ESC, CR or RLO would rewrite the verdict.
            ctx.out() << issue.code << ": " << DisplayText::escape(issue.message) << '\n';
        }
        return Outcome::Refused;
    }
    printVerified(ctx, *policy, result);
    return Outcome::Ok;
}

// ---- sign ------------------------------------------------------------------------------------------------

Outcome runSign(CliContext& ctx, const CliArgs& args)
{
    const QString algName = args.value(u"alg"_s);
    const auto alg = JwsAlgorithms::fromName(algName);
    if (!alg) {
        return ctx.fail(u"cannot sign with '%1'"_s.arg(algName));
    }
    auto keys = loadKeys(ctx, args);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    const QString kid = args.value(u"kid"_s);
    const Jwk* key = nullptr;
    if (keys->size() == 1) {
        key = &keys->keys().first();
    } else if (!kid.isEmpty()) {
        key = keys->findByKid(kid);
    }
    if (key == nullptr) {
        return ctx.fail(keys->isEmpty() ? u"the key file holds no key"_s
                                        : u"the key file holds %1 keys: pick one with --kid"_s.arg(keys->size()));
    }
    auto input = ctx.readInput(args.positional(0));
    if (!input) {
        return ctx.fail(input.error());
    }
    auto claims = StrictJson::parseObject(*input, JsonLimits{}.maxDepth, u"claims");
    if (!claims) {
        return ctx.fail(claims.error());
    }
    QJsonObject header{{u"alg"_s, algName}, {u"typ"_s, args.isSet(u"typ"_s) ? args.value(u"typ"_s) : u"JWT"_s}};
    const QString headerKid = kid.isEmpty() ? key->kid() : kid;
    if (!headerKid.isEmpty()) {
        header.insert(u"kid"_s, headerKid);
    }
    auto token = Jws::sign(header, QJsonDocument(*claims).toJson(QJsonDocument::Compact), *key);
    if (!token) {
        return ctx.fail(token.error());
    }
    ctx.out() << QString::fromLatin1(*token) << '\n';
    return Outcome::Ok;
}

// ---- keygen ----------------------------------------------------------------------------------------------

Outcome printKey(CliContext& ctx, const Jwk& key, bool publicOnly, bool pem)
{
    if (!pem) {
        ctx.out() << jsonText(key.toJson(!publicOnly));
        return Outcome::Ok;
    }
    auto text = key.toPem(publicOnly ? crypto::PemFormat::PublicSpki : crypto::PemFormat::PrivatePkcs8);
    if (!text) {
        return ctx.fail(text.error());
    }
    ctx.out() << QString::fromLatin1(*text);
    return Outcome::Ok;
}

Outcome runKeygen(CliContext& ctx, const CliArgs& args)
{
    const auto type = Jwk::typeFromName(args.value(u"kty"_s));
    if (!type) {
        return ctx.fail(u"--kty must be RSA, EC, OKP or oct"_s);
    }
    const QString format = args.isSet(u"format"_s) ? args.value(u"format"_s) : u"jwk"_s;
    if (format != u"jwk" && format != u"pem") {
        return ctx.fail(u"--format must be jwk or pem"_s);
    }
    const bool publicOnly = args.isSet(u"public"_s);
    if (*type == KeyType::Oct && (publicOnly || format == u"pem")) {
        return ctx.fail(u"an HMAC secret (oct) has neither a public half nor a PEM form"_s);
    }
    Jwk::GenerateOptions options;
    options.type = *type;
    if (args.isSet(u"size"_s)) {
        if (!args.number(u"size"_s, 1, 16384, options.bits)) {
            return ctx.fail(u"--size must be a number of bits"_s);
        }
        // K-RSA-GEN-SIZE: a 16384-bit modulus takes minutes; refuse it as unusable input (exit 2).
        if (*type == KeyType::Rsa && !crypto::PKey::isRsaGenerateSize(options.bits)) {
            return ctx.fail(u"--size for RSA must be 2048, 3072 or 4096"_s);
        }
    }
    options.curve = args.value(u"crv"_s);
    options.alg = args.value(u"alg"_s);
    options.kid = args.value(u"kid"_s);
    // Encryption keys (use enc): asked for, or implied by an X25519/X448 curve or a JWE algorithm.
    const bool impliesEnc = options.curve == u"X25519" || options.curve == u"X448" ||
                            (!options.alg.isEmpty() && !JwsAlgorithms::fromName(options.alg));
    options.use = args.isSet(u"use"_s) ? args.value(u"use"_s) : impliesEnc ? u"enc"_s : u"sig"_s;
    if (options.use != u"sig" && options.use != u"enc") {
        return ctx.fail(u"--use must be sig or enc"_s);
    }
    auto key = options.use == u"enc" ? generateEncryptionKey(options) : Jwk::generate(options);
    if (!key) {
        return ctx.fail(key.error());
    }
    if (!publicOnly) {
        return printKey(ctx, *key, false, format == u"pem");
    }
    auto pub = key->publicKey();
    if (!pub) {
        return ctx.fail(pub.error());
    }
    return printKey(ctx, *pub, true, format == u"pem");
}

// ---- convert / thumbprint --------------------------------------------------------------------------------

// The keys of a key file given as the command's argument, decrypted with --pem-passphrase-file when needed.
Result<JwkSet> keysOfFile(CliContext& ctx, const CliArgs& args, QByteArray* contents = nullptr)
{
    auto data = ctx.readFile(args.positional(0));
    if (!data) {
        return std::unexpected(data.error());
    }
    auto passphrase = readPassphrase(ctx, args, u"pem-passphrase-file"_s);
    if (!passphrase) {
        return std::unexpected(passphrase.error());
    }
    if (contents != nullptr) {
        *contents = *data;
    }
    return JwkSet::fromKeyFile(*data, *passphrase);
}

// The PEM form --pem-format asks for (a public key is always written public).
Result<crypto::PemFormat> pemFormatOf(const CliArgs& args, const Jwk& key, bool publicOnly)
{
    const QString name = args.isSet(u"pem-format"_s) ? args.value(u"pem-format"_s) : u"pkcs8"_s;
    if (publicOnly || !key.isPrivate()) {
        return name == u"pkcs1" ? crypto::PemFormat::PublicPkcs1 : crypto::PemFormat::PublicSpki;
    }
    if (name == u"pkcs1") {
        return crypto::PemFormat::PrivatePkcs1;
    }
    if (name == u"sec1") {
        return crypto::PemFormat::PrivateSec1;
    }
    if (name == u"encrypted") {
        return crypto::PemFormat::EncryptedPkcs8;
    }
    if (name != u"pkcs8") {
        return authscope::fail(u"cli.usage"_s, u"--pem-format must be pkcs8, pkcs1, sec1 or encrypted"_s);
    }
    return crypto::PemFormat::PrivatePkcs8;
}

Outcome printJwks(CliContext& ctx, const QList<Jwk>& converted, bool publicOnly, bool asSet)
{
    if (asSet) {
        QJsonArray array;
        for (const Jwk& k : converted) {
            array.append(k.toJson(!publicOnly));
        }
        ctx.out() << jsonText(QJsonObject{{u"keys"_s, array}});
    } else if (converted.size() == 1) {
        ctx.out() << jsonText(converted.first().toJson(!publicOnly));
    } else {
        return ctx.fail(u"nothing to convert"_s);
    }
    return Outcome::Ok;
}

Outcome runConvert(CliContext& ctx, const CliArgs& args)
{
    const QString to = args.value(u"to"_s);
    if (to != u"jwk" && to != u"pem") {
        return ctx.fail(u"--to must be jwk or pem"_s);
    }
    QByteArray contents;
    auto keys = keysOfFile(ctx, args, &contents);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    const bool publicOnly = args.isSet(u"public"_s);
    QList<Jwk> converted;
    for (const Jwk& key : keys->keys()) {
        if (!publicOnly) {
            converted.append(key);
        } else if (!key.isSymmetric()) { // a public view of a set leaves secrets out
            auto pub = key.publicKey();
            if (!pub) {
                return ctx.fail(pub.error());
            }
            converted.append(*pub);
        }
    }
    if (to == u"jwk") {
        return printJwks(ctx, converted, publicOnly,
                         contents.trimmed().startsWith('{') && contents.contains("\"keys\""));
    }
    if (converted.size() != 1) {
        return ctx.fail(u"PEM holds one key; the file has %1 (after --public)"_s.arg(converted.size()));
    }
    auto format = pemFormatOf(args, converted.first(), publicOnly);
    if (!format) {
        return ctx.fail(format.error().message);
    }
    auto outPass = readPassphrase(ctx, args, u"out-passphrase-file"_s);
    if (!outPass) {
        return ctx.fail(outPass.error());
    }
    auto pem = converted.first().toPem(*format, *outPass);
    if (!pem) {
        return ctx.fail(pem.error());
    }
    ctx.out() << QString::fromLatin1(*pem);
    return Outcome::Ok;
}

Outcome runThumbprint(CliContext& ctx, const CliArgs& args)
{
    auto keys = keysOfFile(ctx, args);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    if (keys->isEmpty()) {
        return ctx.fail(u"the file holds no key"_s);
    }
    for (const Jwk& key : keys->keys()) {
        auto t = key.thumbprintBase64Url();
        if (!t) {
            return ctx.fail(t.error());
        }
        if (keys->size() > 1) {
            ctx.out() << (key.kid().isEmpty() ? u"-"_s : DisplayText::escape(key.kid())) << ' ';
        }
        ctx.out() << *t << '\n';
    }
    return Outcome::Ok;
}

// ---- declarations ----------------------------------------------------------------------------------------------

// The PEM passphrase; it was --passphrase-file, which elsewhere names the key store passphrase.
CliOption pemPassphraseOption(const QString& help)
{
    return CliOption(u"pem-passphrase-file"_s, help, u"FILE"_s).deprecatedName(u"passphrase-file"_s);
}

QList<CliOption> keyOptions()
{
    return {CliOption(u"key"_s, u"Key file: a JWK, a JWK Set (picked by kid), a PEM key or an X.509 certificate."_s,
                      u"FILE"_s),
            CliOption(u"secret-file"_s, u"Raw HMAC secret bytes (for HS256/384/512)."_s, u"FILE"_s),
            pemPassphraseOption(u"Passphrase of an encrypted PEM private key."_s)};
}

const CliArgument kToken{u"token"_s, u"The token, or - for standard input."_s, u"[TOKEN|-]"_s, 0, 1};
const CliArgument kKeyFile{u"file"_s, u"The key file."_s, u"FILE"_s};
// As reading the token said it before the framework counted the arguments.
const QString kOneToken = u"give one token (or - for standard input) [cli.usage]"_s;

const CliRegistrar decodeRegistrar{
    CliCommand(u"decode"_s,
               u"Shows a token's header, payload and signature without verifying it, with RFC 8725 warnings."_s,
               &runDecode)
        .listed(u"Show a JWT/JWS (or a JWE's header) without verifying it"_s)
        .takes({kToken}, kOneToken)};

const CliRegistrar verifyRegistrar{
    CliCommand(u"verify"_s,
               u"Verifies a JWT (or with --jws any JWS) against a key. Exit 0: valid, the claims are printed. Exit 1: "
               "invalid, every reason is printed as 'code: sentence'. Exit 2: usage error or unusable key or token."_s,
               &runVerify)
        .listed(u"Verify a JWT or JWS against a key, JWK Set, PEM or certificate"_s)
        .takes({kToken}, kOneToken)
        .with(keyOptions() +
              QList<CliOption>{
                  CliOption(u"alg"_s, u"Allowed algorithm (repeatable). Default: the key's alg, else its type's."_s,
                            u"ALG"_s)
                      .repeatable(),
                  CliOption(u"jws"_s, u"Check the signature only; the payload may be any bytes."_s),
                  CliOption(u"iss"_s, u"Required issuer (exact match)."_s, u"S"_s),
                  CliOption(u"aud"_s, u"Our audience: must be in the token's aud."_s, u"A"_s),
                  CliOption(u"typ"_s, u"Required typ header (e.g. at+jwt)."_s, u"T"_s),
                  CliOption(u"profile"_s,
                            u"generic (default) or rfc9068: a JWT access token (typ at+jwt; iss, exp, aud, sub, "
                            "client_id, iat and jti required; needs --aud)."_s,
                            u"PROFILE"_s),
                  CliOption(u"leeway"_s, u"Clock leeway in seconds (0-300, default 30)."_s, u"SEC"_s),
                  CliOption(u"now"_s, u"Check as if the time were EPOCH seconds."_s, u"EPOCH"_s),
                  CliOption(u"issuer"_s,
                            u"Take the key from this saved issuer's (or issuer URL's) JWKS; iss is "
                            "pinned to the issuer."_s,
                            u"NAME|URL"_s),
                  CliOption(u"jwks-url"_s, u"Take the key from the JWKS at this https URL."_s, u"URL"_s),
                  CliOption(u"allow-http"_s, u"With --issuer URL or --jwks-url: allow loopback http."_s),
                  CliOption(u"offline"_s, u"With --issuer: use the stored key set, never fetch."_s),
                  CliOption(u"decrypt-key"_s, u"Decrypt a nested JWT (a JWE with cty JWT) with this key file first."_s,
                            u"FILE"_s)})};

const CliRegistrar signRegistrar{
    CliCommand(u"sign"_s, u"Signs a claims set and prints the compact token."_s, &runSign)
        .listed(u"Sign claims into a compact JWT"_s)
        .takes({{u"claims"_s, u"Claims JSON object, or - for standard input."_s, u"[CLAIMS_JSON|-]"_s, 0, 1}},
               u"give one claims JSON object (or - for standard input)"_s)
        .with(keyOptions() +
              QList<CliOption>{
                  CliOption(u"alg"_s, u"Signature algorithm (required)."_s, u"ALG"_s).required(u"--alg is required"_s),
                  CliOption(u"kid"_s, u"kid header (default: the key's kid); picks the key from a JWK Set."_s, u"K"_s),
                  CliOption(u"typ"_s, u"typ header (default JWT)."_s, u"T"_s)})};

const CliRegistrar keygenRegistrar{
    CliCommand(u"keygen"_s,
               u"Generates a key and prints it (the private key unless --public). RSA >= 2048 bits; HMAC secrets at "
               "least the hash length, from the CSPRNG."_s,
               &runKeygen)
        .listed(u"Generate an RSA, EC, OKP or oct key (JWK or PEM)"_s)
        .refusesArgumentsWith(u"keygen takes no arguments besides its options"_s)
        .with({CliOption(u"kty"_s, u"RSA, EC, OKP or oct (required)."_s, u"KTY"_s),
               CliOption(u"size"_s, u"RSA modulus (2048, 3072 or 4096) or oct secret size in bits."_s, u"BITS"_s),
               CliOption(u"crv"_s, u"P-256, P-384, P-521, Ed25519, Ed448, X25519 or X448 (the last two for enc)."_s,
                         u"CRV"_s),
               CliOption(u"alg"_s, u"alg member of the key (a JWS or, with use enc, a JWE algorithm)."_s, u"ALG"_s),
               CliOption(u"use"_s, u"sig (default) or enc (default for X25519/X448 and JWE algorithms)."_s, u"USE"_s),
               CliOption(u"kid"_s, u"kid (default: the RFC 7638 thumbprint)."_s, u"K"_s),
               CliOption(u"format"_s, u"jwk (default) or pem."_s, u"FORMAT"_s),
               CliOption(u"public"_s, u"Print the public half only."_s)})};

const CliRegistrar convertRegistrar{
    CliCommand(u"convert"_s, u"Converts a key between JWK and PEM."_s, &runConvert)
        .listed(u"Convert a key between JWK and PEM"_s)
        .takes({kKeyFile}, u"give one key file"_s)
        .with({CliOption(u"to"_s, u"jwk or pem (required)."_s, u"FORMAT"_s),
               CliOption(u"public"_s, u"Output the public half only."_s),
               CliOption(u"pem-format"_s,
                         u"pkcs8 (default), pkcs1 (RSA), sec1 (EC) or encrypted (needs --out-passphrase-file)."_s,
                         u"F"_s),
               pemPassphraseOption(u"Passphrase of an encrypted input key."_s),
               CliOption(u"out-passphrase-file"_s, u"Passphrase for --pem-format encrypted."_s, u"FILE"_s)})};

const CliRegistrar thumbprintRegistrar{
    CliCommand(u"thumbprint"_s,
               u"Prints the RFC 7638 SHA-256 thumbprint (base64url) of each key in FILE, one per line (with the kid "
               "for a set)."_s,
               &runThumbprint)
        .listed(u"Print the RFC 7638 thumbprint of a key"_s)
        .takes({kKeyFile}, u"give one key file"_s)
        .with({pemPassphraseOption(u"Passphrase of an encrypted PEM key."_s)})};

} // namespace

} // namespace authscope::cli
