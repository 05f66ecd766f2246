#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace authscope {

// What the registered (and widely used) JWT claims and JOSE header parameters mean, with the section of the
// specification that defines each: the names and tooltips of the inspector's tables.
class ClaimCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(authscope::ClaimCatalog)

public:
    struct Entry
    {
        QString title;       // "Expiration Time"
        QString description; // one or two sentences
        QString reference;   // "RFC 7519 §4.1.4"
        bool numericDate = false;
        bool registered = false; // in RFC 7519 §4.1 / RFC 7515 §4.1
    };

    [[nodiscard]] static std::optional<Entry> claim(const QString& name);
    [[nodiscard]] static std::optional<Entry> headerParameter(const QString& name);
};

} // namespace authscope
