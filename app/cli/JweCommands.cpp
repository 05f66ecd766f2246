// JWE commands: decrypt and encrypt, and the decryption step of `verify --decrypt-key` (JweCli.h).
//
// Exit codes as for verify: 0 decrypted / encrypted; 1 the token was refused (every E-* rule of docs/security.md,
// a wrong key, an altered token); 2 bad arguments, an unreadable or unusable key, or input that is no JWE.
// The plaintext is printed because the user asked for it; keys and passwords never are (D-NO-SECRET-OUTPUT).

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/JweCli.h"
#include "app/cli/Passphrase.h"

#include "core/common/DisplayText.h"
#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"
#include "core/jose/Jwe.h"
#include "core/jose/JweDecryptor.h"
#include "core/jose/JweEncryptor.h"
#include "core/jose/JwkSet.h"
#include "core/jose/StrictJson.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"

#include <QJsonDocument>
#include <limits>

namespace authscope::cli {

namespace {

using namespace authscope::jose;
using namespace Qt::StringLiterals;

// A key file: a JWK, a JWK Set or a PEM key (decrypted with `passphrase` when encrypted).
Result<JwkSet> loadKeyFile(CliContext& ctx, const QString& path, QByteArray passphrase)
{
    auto contents = ctx.readFile(path);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    auto keys = JwkSet::fromKeyFile(*contents, passphrase);
    passphrase.fill('\0');
    if (!keys) {
        return authscope::fail(keys.error().code, path + u": "_s + keys.error().message);
    }
    return keys;
}

// --key FILE, or --password-file FILE (PBES2: the password as an oct key).
Result<JwkSet> loadKeys(CliContext& ctx, const CliArgs& args)
{
    const bool hasKey = args.isSet(u"key"_s);
    const bool hasPassword = args.isSet(u"password-file"_s);
    if (hasKey == hasPassword) {
        return authscope::fail(u"cli.usage"_s, u"give exactly one of --key FILE or --password-file FILE (decrypt: or "
                                               "--key-store, --key-id KID)"_s);
    }
    if (hasPassword) {
        auto password = ctx.readSecretFile(args.value(u"password-file"_s), u"%1: the password file is empty"_s);
        if (!password) {
            return std::unexpected(password.error());
        }
        auto key = Jwk::fromSecret(*password);
        password->fill('\0');
        if (!key) {
            return std::unexpected(key.error());
        }
        return JwkSet({*key});
    }
    QByteArray passphrase;
    if (args.isSet(u"pem-passphrase-file"_s)) {
        auto pass = ctx.readSecretFile(args.value(u"pem-passphrase-file"_s), u"%1: the password file is empty"_s);
        if (!pass) {
            return std::unexpected(pass.error());
        }
        passphrase = *pass;
    }
    return loadKeyFile(ctx, args.value(u"key"_s), passphrase);
}

bool fromStore(const CliArgs& args)
{
    return args.isSet(u"key-store"_s) || args.isSet(u"key-id"_s);
}

// --key-store / --key-id KID: the key store's encryption keys (next, active, retiring; K-ENC-PURPOSE), opened with the
// key store passphrase (--passphrase-file, AUTHSCOPE_PASSPHRASE or a prompt). --key-id keeps the one key it names
// (exact, or a unique prefix).
Result<JwkSet> loadStoreKeys(CliContext& ctx, const CliArgs& args)
{
    if (args.isSet(u"key"_s) || args.isSet(u"password-file"_s)) {
        return authscope::fail(u"cli.usage"_s, u"--key-store and --key-id take no --key or --password-file"_s);
    }
    if (auto opened = ctx.open(CliNeed::KeyStore); !opened) {
        return std::unexpected(opened.error());
    }
    auto passphrase = Passphrase::obtain(Passphrase::keyStore(args.value(u"passphrase-file"_s), true), ctx.err());
    if (!passphrase) {
        return std::unexpected(passphrase.error());
    }
    auto unlocked = ctx.vault().unlock(*passphrase);
    Passphrase::wipe(*passphrase); // D-ENV-SECRET
    if (!unlocked) {
        return std::unexpected(unlocked.error());
    }
    auto keys = ctx.keys().decryptionKeys();
    if (!keys || !args.isSet(u"key-id"_s)) {
        return keys;
    }
    const QString given = args.value(u"key-id"_s);
    QList<Jwk> matches;
    for (const Jwk& key : keys->keys()) {
        if (key.kid() == given) {
            return JwkSet({key});
        }
        if (!given.isEmpty() && key.kid().startsWith(given)) {
            matches << key;
        }
    }
    if (matches.size() == 1) {
        return JwkSet(matches);
    }
    return authscope::fail(u"keys.not-found"_s,
                           u"--key-id: %1 decrypting key(s) of the key store match '%2' (keys list shows the "
                           "encryption purpose)"_s.arg(matches.size())
                               .arg(DisplayText::escape(given.left(128))));
}

Result<JweDecryptOptions> decryptOptionsFrom(const CliArgs& args)
{
    JweDecryptOptions options;
    for (const QString& name : args.values(u"alg"_s)) {
        const auto alg = JweAlgorithms::fromName(name);
        if (!alg) {
            return authscope::fail(u"cli.usage"_s, u"unknown JWE algorithm '%1'"_s.arg(name));
        }
        options.allowedAlgorithms.append(*alg);
    }
    for (const QString& name : args.values(u"enc"_s)) {
        const auto enc = JweAlgorithms::encFromName(name);
        if (!enc) {
            return authscope::fail(u"cli.usage"_s, u"unknown JWE content encryption '%1'"_s.arg(name));
        }
        options.allowedEncryptions.append(*enc);
    }
    options.allowRsa1_5 = args.isSet(u"allow-rsa1_5"_s);
    if (args.isSet(u"password-file"_s) && options.allowedAlgorithms.isEmpty()) {
        // A password is only ever a PBES2 secret.
        options.allowedAlgorithms = {JweAlgorithm::Pbes2Hs256A128KW, JweAlgorithm::Pbes2Hs384A192KW,
                                     JweAlgorithm::Pbes2Hs512A256KW};
    }
    if (args.isSet(u"max-p2c"_s)) {
        if (!args.number(u"max-p2c"_s, 1, std::numeric_limits<int>::max(), options.maxP2c)) {
            return authscope::fail(u"cli.usage"_s, u"--max-p2c must be a positive number of iterations"_s);
        }
    }
    return options;
}

// D-DISPLAY: control and invisible characters escaped line by line, so that the line breaks stay.
QString displayed(const QString& text)
{
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        line = DisplayText::escape(line);
    }
    return lines.join(u'\n');
}

QString jsonText(const QJsonObject& o)
{
    return displayed(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

void printDecrypted(CliContext& ctx, const JweDecryptResult& result, bool json)
{
    const bool utf8 = StrictJson::isValidUtf8(result.plaintext);
    if (json) {
        QJsonObject o{{u"protected"_s, result.protectedHeader},
                      {u"header"_s, result.header},
                      {u"alg"_s, JweAlgorithms::name(result.algorithm)},
                      {u"enc"_s, JweAlgorithms::name(result.encryption)},
                      {u"kid"_s, result.keyId},
                      {u"nested_jwt"_s, result.isNestedJwt()}};
        if (utf8) {
            o.insert(u"plaintext"_s, QString::fromUtf8(result.plaintext));
        } else {
            o.insert(u"plaintext_b64url"_s, QString::fromLatin1(Base64Url::encode(result.plaintext)));
        }
        ctx.printJson(o);
        return;
    }
    ctx.out() << "protected header:\n" << jsonText(result.protectedHeader);
    if (!utf8) {
        ctx.out() << "plaintext (not UTF-8, base64url):\n"
                  << QString::fromLatin1(Base64Url::encode(result.plaintext)) << '\n';
        return;
    }
    auto asJson = StrictJson::parse(result.plaintext, JsonLimits{}.maxDepth);
    ctx.out() << "plaintext:\n";
    if (asJson && asJson->isObject()) {
        ctx.out() << jsonText(asJson->object());
    } else {
        ctx.out() << displayed(QString::fromUtf8(result.plaintext)) << '\n';
    }
}

Outcome runDecrypt(CliContext& ctx, const CliArgs& args)
{
    auto options = decryptOptionsFrom(args);
    if (!options) {
        return ctx.fail(options.error().message);
    }
    auto keys = fromStore(args) ? loadStoreKeys(ctx, args) : loadKeys(ctx, args);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto token = ctx.readTrimmedInput(args.positional(0), u"no token given"_s);
    if (!token) {
        return ctx.fail(token.error());
    }
    // A token that cannot be taken apart is unusable input (2); everything after that is a verdict (0/1).
    auto jwe = Jwe::parse(*token, options->limits);
    if (!jwe) {
        return ctx.fail(jwe.error());
    }
    auto result = JweDecryptor(*keys, *options).decrypt(*jwe);
    if (!result) {
        ctx.out() << result.error().code << ": " << result.error().message << '\n';
        return Outcome::Refused;
    }
    printDecrypted(ctx, *result, args.isSet(u"json"_s));
    return Outcome::Ok;
}

// The one key to encrypt to: the only key in the file, or the one --kid names.
Result<Jwk> pickKey(const JwkSet& keys, const QString& kid)
{
    if (keys.size() == 1) {
        return keys.keys().first();
    }
    if (const Jwk* key = kid.isEmpty() ? nullptr : keys.findByKid(kid)) {
        return *key;
    }
    return authscope::fail(u"cli.usage"_s, keys.isEmpty()
                                               ? u"the key file holds no key"_s
                                               : u"the key file holds %1 keys: pick one with --kid"_s.arg(keys.size()));
}

Outcome runEncrypt(CliContext& ctx, const CliArgs& args)
{
    JweEncryptOptions options;
    const auto alg = JweAlgorithms::fromName(args.value(u"alg"_s));
    const auto enc = JweAlgorithms::encFromName(args.value(u"enc"_s));
    if (!alg || !enc) {
        return ctx.fail(!alg ? u"unknown JWE algorithm '%1'"_s.arg(args.value(u"alg"_s))
                             : u"unknown JWE content encryption '%1'"_s.arg(args.value(u"enc"_s)));
    }
    options.algorithm = *alg;
    options.encryption = *enc;
    options.compress = args.isSet(u"zip"_s);
    options.contentType = args.value(u"cty"_s);
    options.keyId = args.value(u"kid"_s);
    if (args.isSet(u"p2c"_s)) {
        if (!args.number(u"p2c"_s, 1000, std::numeric_limits<int>::max(), options.p2c)) {
            return ctx.fail(u"--p2c must be at least 1000"_s);
        }
    }
    auto keys = loadKeys(ctx, args);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto key = pickKey(*keys, options.keyId);
    if (!key) {
        return ctx.fail(key.error());
    }
    auto payload = ctx.readInput(args.positional(0));
    if (!payload) {
        return ctx.fail(payload.error());
    }
    auto token = JweEncryptor::encrypt(*payload, *key, options);
    if (!token) {
        return ctx.fail(token.error());
    }
    ctx.out() << QString::fromLatin1(*token) << '\n';
    return Outcome::Ok;
}

const CliArgument kToken{u"token"_s, u"The JWE (compact or JSON), or - for standard input."_s, u"[TOKEN|-]"_s, 0, 1};

const CliRegistrar decryptRegistrar{
    CliCommand(u"decrypt"_s,
               u"Decrypts a JWE (compact, flattened or general JSON) and prints its protected header and plaintext. "
               "Exit 0: decrypted. Exit 1: refused (wrong key, altered token, or a JWE attack such as a p2c bomb, an "
               "invalid-curve epk or a zip bomb), printed as 'code: sentence'. Exit 2: usage error, unusable key or "
               "no JWE."_s,
               &runDecrypt)
        .listed(u"Decrypt a JWE with a key or a PBES2 password"_s)
        .takes({kToken}, u"give one token (or - for standard input) [cli.usage]"_s)
        .with({CliOption(u"key"_s, u"Key file: a JWK, a JWK Set (picked by kid) or a PEM private key."_s, u"FILE"_s),
               CliOption(u"password-file"_s, u"PBES2 password file (instead of --key)."_s, u"FILE"_s),
               CliOption(u"pem-passphrase-file"_s, u"Passphrase of an encrypted PEM private key."_s, u"FILE"_s),
               CliOption(u"alg"_s, u"Allowed key management algorithm (repeatable). Default: pinned by the key."_s,
                         u"ALG"_s)
                   .repeatable(),
               CliOption(u"enc"_s, u"Allowed content encryption (repeatable). Default: all six."_s, u"ENC"_s)
                   .repeatable(),
               CliOption(u"allow-rsa1_5"_s, u"Allow RSA1_5 (off by default: padding-oracle risk)."_s),
               CliOption(u"max-p2c"_s, u"PBES2 iteration cap (default 10000)."_s, u"N"_s),
               CliOption(u"key-store"_s,
                         u"Decrypt with the key store's encryption keys (next, active and retiring; picked by the "
                         "token's kid). Needs the key store passphrase."_s),
               CliOption(u"key-id"_s,
                         u"Decrypt with this one encryption key of the key store (a unique prefix is "
                         "enough). Needs the key store passphrase."_s,
                         u"KID"_s),
               CliOption(u"passphrase-file"_s,
                         u"With --key-store or --key-id: read the key store passphrase from FILE (else "
                         "AUTHSCOPE_PASSPHRASE, else a prompt)."_s,
                         u"FILE"_s),
               jsonOption(u"Print header, plaintext and algorithms as JSON."_s)})};

const CliRegistrar encryptRegistrar{
    CliCommand(u"encrypt"_s,
               u"Encrypts a payload to a key and prints the compact JWE. For PBES2 the key is an oct JWK holding the "
               "password bytes, or give --password-file."_s,
               &runEncrypt)
        .listed(u"Encrypt a payload into a compact JWE"_s)
        .takes({{u"payload"_s, u"The payload, or - for standard input."_s, u"[PAYLOAD|-]"_s, 0, 1}},
               u"give one payload (or - for standard input)"_s)
        .with({CliOption(u"key"_s, u"Recipient key file: a JWK, a JWK Set (with --kid) or a PEM key."_s, u"FILE"_s),
               CliOption(u"password-file"_s, u"PBES2 password file (instead of --key)."_s, u"FILE"_s),
               CliOption(u"pem-passphrase-file"_s, u"Passphrase of an encrypted PEM key."_s, u"FILE"_s),
               CliOption(u"alg"_s, u"Key management algorithm (required), e.g. RSA-OAEP-256, ECDH-ES+A256KW, dir."_s,
                         u"ALG"_s)
                   .required(u"--alg is required"_s),
               CliOption(u"enc"_s, u"Content encryption (required), e.g. A256GCM, A128CBC-HS256."_s, u"ENC"_s)
                   .required(u"--enc is required"_s),
               CliOption(u"zip"_s, u"Compress the payload (zip: DEF)."_s),
               CliOption(u"cty"_s, u"cty header (JWT for a nested JWT)."_s, u"T"_s),
               CliOption(u"kid"_s, u"kid header (default: the key's); picks the key from a JWK Set."_s, u"K"_s),
               CliOption(u"p2c"_s, u"PBES2 iterations (default 10000, at least 1000)."_s, u"N"_s)})};

} // namespace

Result<Jwk> generateEncryptionKey(Jwk::GenerateOptions options)
{
    const QString algName = options.alg;
    const auto alg = algName.isEmpty() ? std::nullopt : JweAlgorithms::fromName(algName);
    if (!algName.isEmpty() && !alg) {
        return JoseError::fail(JoseErrc::AlgUnsupported, u"'%1' is not a JWE key management algorithm"_s.arg(algName));
    }
    const auto family = alg ? std::optional(JweAlgorithms::family(*alg)) : std::nullopt;
    Result<Jwk> key =
        JoseError::fail(JoseErrc::KeyMismatch, u"%1 does not fit a %2 key"_s.arg(algName, Jwk::typeName(options.type)));
    if (options.type == KeyType::Oct) {
        if (family == JweKeyFamily::Rsa || family == JweKeyFamily::Ecdh) {
            return key;
        }
        const qsizetype needed = alg && JweAlgorithms::wrapKeyBytes(*alg) > 0 && family != JweKeyFamily::Pbes2
                                     ? JweAlgorithms::wrapKeyBytes(*alg)
                                     : 0;
        const qsizetype bytes = options.bits > 0 ? options.bits / 8 : (needed > 0 ? needed : 32);
        // E-KEY-SIZE: a KW/GCMKW key has exactly the size its alg names; dir keys the size of their enc (16-64).
        if ((needed > 0 && bytes != needed) || options.bits % 8 != 0 || bytes < 16 || bytes > 64) {
            return JoseError::fail(JoseErrc::KeySize, u"an oct key for %1 needs %2 bits"_s.arg(
                                                          algName.isEmpty() ? u"encryption"_s : algName,
                                                          needed > 0 ? QString::number(needed * 8) : u"128 to 512"_s));
        }
        auto secret = crypto::Random::bytes(bytes);
        if (!secret) {
            return std::unexpected(secret.error());
        }
        key = Jwk::fromSecret(*secret);
        secret->fill('\0');
    } else {
        const bool fits = !family || (family == JweKeyFamily::Rsa && options.type == KeyType::Rsa) ||
                          (family == JweKeyFamily::Ecdh && options.type != KeyType::Rsa);
        if (!fits) {
            return key;
        }
        options.alg.clear(); // Jwk::generate checks JWS names only
        key = Jwk::generate(options);
        if (key && key->type() == KeyType::Okp && !key->isKeyAgreementOnly()) {
            return JoseError::fail(JoseErrc::KeyMismatch, u"Ed25519/Ed448 keys sign; use X25519 or X448 for "
                                                          "encryption"_s);
        }
    }
    if (!key) {
        return key;
    }
    key->setUse(u"enc"_s);
    key->setAlg(algName);
    if (options.kid.isEmpty()) {
        auto thumb = key->thumbprintBase64Url();
        if (!thumb) {
            return std::unexpected(thumb.error());
        }
        key->setKid(*thumb);
    } else {
        key->setKid(options.kid);
    }
    return key;
}

std::expected<QByteArray, Outcome> decryptForVerify(CliContext& ctx, const CliArgs& args, const QByteArray& token)
{
    auto keys = loadKeyFile(ctx, args.value(u"decrypt-key"_s), {});
    if (!keys) {
        return std::unexpected(ctx.fail(keys.error()));
    }
    JweDecryptOptions options;
    auto jwe = Jwe::parse(token, options.limits);
    if (!jwe) {
        return std::unexpected(ctx.fail(jwe.error()));
    }
    auto result = JweDecryptor(*keys, options).decrypt(*jwe);
    if (!result) {
        ctx.out() << result.error().code << ": " << result.error().message << '\n';
        return std::unexpected(Outcome::Refused);
    }
    if (!result->isNestedJwt()) {
        ctx.out() << JoseError::code(JoseErrc::NotJwt)
                  << ": the JWE's cty is not JWT: its plaintext is not a nested JWT\n";
        return std::unexpected(Outcome::Refused);
    }
    return result->plaintext.trimmed();
}

} // namespace authscope::cli
