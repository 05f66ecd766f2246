#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace authscope {

// What relying parties see change between two JWKS documents, as key sets: keys are matched by `kid` and
// compared by their RFC 7638 thumbprint, so a reordered or re-serialised document shows no change and a kid
// whose key material changed shows as replaced.
class JwksDiff final
{
public:
    struct Key
    {
        QString kid;
        QString thumbprint; // base64url SHA-256 thumbprint; empty when the member set is not a usable key
        QString summary;    // "EC P-256 ES256 sig"
        QJsonObject json;   // the published members
    };

    QList<Key> added;
    QList<Key> removed;
    QList<Key> replaced; // same kid, other key material (the new key; the old one is in `removed`)
    QList<Key> unchanged;

    [[nodiscard]] static JwksDiff compute(const QJsonObject& before, const QJsonObject& after);
    [[nodiscard]] bool sameKeys() const { return added.isEmpty() && removed.isEmpty() && replaced.isEmpty(); }
    // "Added: a, b / Removed: c / Unchanged: 2", one line each, for tests and copying.
    [[nodiscard]] QString toText() const;
};

} // namespace authscope
