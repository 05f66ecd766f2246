#include "ui/tokens/KeyText.h"

#include "ui/tokens/KeyInputWidget.h"

namespace authscope {

using jose::JwsAlgorithm;

// The texts are KeyInputWidget's: they were written there, and their translations are filed under it.

QString KeyText::describe(const jose::Jwk& key)
{
    QString kind;
    switch (key.type()) {
    case jose::KeyType::Rsa:
        kind = key.isPrivate() ? KeyInputWidget::tr("RSA %1-bit private key").arg(key.bits())
                               : KeyInputWidget::tr("RSA %1-bit public key").arg(key.bits());
        break;
    case jose::KeyType::Ec:
    case jose::KeyType::Okp:
        kind = key.isPrivate() ? KeyInputWidget::tr("%1 private key").arg(key.curve())
                               : KeyInputWidget::tr("%1 public key").arg(key.curve());
        break;
    case jose::KeyType::Oct:
        kind = KeyInputWidget::tr("HMAC secret of %1 bits").arg(key.bits());
        break;
    }
    QStringList parts{kind};
    if (!key.kid().isEmpty()) {
        // Thumbprint kids are 43 characters without a break: shorten them so the line still fits a narrow window.
        const QString kid = key.kid().size() > 24 ? key.kid().left(12) + u'…' + key.kid().right(8) : key.kid();
        parts << KeyInputWidget::tr("kid '%1'").arg(kid);
    }
    QStringList algs;
    for (const JwsAlgorithm a : key.pinnedAlgorithms()) {
        algs << jose::JwsAlgorithms::name(a);
    }
    parts << (algs.isEmpty() ? KeyInputWidget::tr("no usable algorithm (too short for any HMAC)")
                             : algs.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

Result<QByteArray> KeyText::decodeSecret(const QString& text, SecretEncoding encoding)
{
    if (encoding == SecretEncoding::Text) {
        return text.toUtf8();
    }
    QByteArray compact = text.toLatin1();
    compact.removeIf([](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':'; });
    const auto bad = [](const QString& why) -> Result<QByteArray> {
        return std::unexpected(Error{QStringLiteral("ui.secret-encoding"), why});
    };
    if (compact.isEmpty()) {
        return bad(KeyInputWidget::tr("The secret is empty."));
    }
    if (encoding == SecretEncoding::Hex) {
        if (compact.size() % 2 != 0) {
            return bad(KeyInputWidget::tr("Hex needs an even number of digits."));
        }
        for (const char c : std::as_const(compact)) {
            if (!std::isxdigit(static_cast<unsigned char>(c))) {
                return bad(KeyInputWidget::tr("'%1' is not a hex digit.").arg(QLatin1Char(c)));
            }
        }
        return QByteArray::fromHex(compact);
    }
    while (compact.endsWith('=')) {
        compact.chop(1);
    }
    while (compact.size() % 4 != 0) {
        compact.append('=');
    }
    const auto options =
        (encoding == SecretEncoding::Base64 ? QByteArray::Base64Encoding : QByteArray::Base64UrlEncoding) |
        QByteArray::AbortOnBase64DecodingErrors;
    auto decoded = QByteArray::fromBase64Encoding(compact, options);
    if (!decoded) {
        return bad(encoding == SecretEncoding::Base64
                       ? KeyInputWidget::tr("Not valid base64 (A–Z, a–z, 0–9, + and /).")
                       : KeyInputWidget::tr("Not valid base64url (A–Z, a–z, 0–9, - and _)."));
    }
    return *decoded;
}

} // namespace authscope
