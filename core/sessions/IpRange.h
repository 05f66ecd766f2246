#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace authscope {

// Client addresses as sortable keys, and the address ranges an administrator filters by. Every address is kept
// as 16 bytes (IPv4 as ::ffff:a.b.c.d), so one index orders IPv4 numerically and serves exact matches, CIDR
// blocks and dotted prefixes alike.
class IpRange final
{
public:
    // The 16-byte key of an address, or an empty array when `ip` is not an address.
    [[nodiscard]] static QByteArray keyOf(const QString& ip);
    // The key of an IPv4 address given as a number (the seeder, without parsing text).
    [[nodiscard]] static QByteArray keyOfIpv4(quint32 address);

    // "203.0.113.7", "10.0.0.0/8", "2001:db8::/32", or a dotted IPv4 prefix "10.2." / "10.2.*".
    [[nodiscard]] static std::optional<IpRange> parse(const QString& text);
    // True when `text` reads as an address, block or prefix (so a search word means an IP, not a user name).
    [[nodiscard]] static bool looksLikeAddress(const QString& text) { return parse(text).has_value(); }

    [[nodiscard]] QByteArray low() const { return m_low; }
    [[nodiscard]] QByteArray high() const { return m_high; }
    [[nodiscard]] QString text() const { return m_text; } // normalised: "10.2.0.0/16"

private:
    QByteArray m_low;
    QByteArray m_high;
    QString m_text;
};

} // namespace authscope
