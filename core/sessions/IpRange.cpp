#include "core/sessions/IpRange.h"

#include <QHostAddress>
#include <QStringList>

namespace authscope {

namespace {

// [low, high] of the block of `bits` leading bits around a 16-byte key.
void blockBounds(const QByteArray& key, int bits, QByteArray& low, QByteArray& high)
{
    low = key;
    high = key;
    for (int i = 0; i < 128; ++i) {
        if (i < bits) {
            continue;
        }
        const int byte = i / 8;
        const auto mask = static_cast<char>(0x80 >> (i % 8));
        low[byte] = static_cast<char>(low[byte] & ~mask);
        high[byte] = static_cast<char>(high[byte] | mask);
    }
}

// QHostAddress also takes "10" or "10.1" for IPv4 (inet_aton's shorthands); people filtering by address mean
// the dotted quad, and "10" in a search box is more likely the start of something else.
bool isPlainAddress(const QString& text)
{
    if (text.contains(u':')) {
        return true;
    }
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4) {
        return false;
    }
    for (const QString& part : parts) {
        if (part.isEmpty() || part.size() > 3) {
            return false;
        }
        for (const QChar c : part) {
            if (!c.isDigit()) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

QByteArray IpRange::keyOfIpv4(quint32 address)
{
    QByteArray key(16, '\0');
    key[10] = static_cast<char>(0xff);
    key[11] = static_cast<char>(0xff);
    key[12] = static_cast<char>((address >> 24) & 0xff);
    key[13] = static_cast<char>((address >> 16) & 0xff);
    key[14] = static_cast<char>((address >> 8) & 0xff);
    key[15] = static_cast<char>(address & 0xff);
    return key;
}

QByteArray IpRange::keyOf(const QString& ip)
{
    QHostAddress address;
    if (ip.isEmpty() || !address.setAddress(ip)) {
        return {};
    }
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        return keyOfIpv4(address.toIPv4Address());
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char*>(v6.c), 16);
}

std::optional<IpRange> IpRange::parse(const QString& input)
{
    QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 64) {
        return std::nullopt;
    }
    if (text.endsWith(QStringLiteral(".*"))) {
        text.chop(1);
    }
    IpRange range;
    if (text.endsWith(u'.')) {
        // A dotted IPv4 prefix: one to three whole octets.
        const QStringList parts = text.left(text.size() - 1).split(u'.');
        if (parts.size() > 3) {
            return std::nullopt;
        }
        quint32 address = 0;
        for (const QString& part : parts) {
            bool ok = false;
            const uint octet = part.toUInt(&ok);
            if (!ok || part.isEmpty() || part.size() > 3 || octet > 255) {
                return std::nullopt;
            }
            address = (address << 8) | octet;
        }
        const int bits = static_cast<int>(parts.size()) * 8;
        address <<= 32 - bits;
        blockBounds(keyOfIpv4(address), 96 + bits, range.m_low, range.m_high);
        range.m_text = QHostAddress(address).toString() + u'/' + QString::number(bits);
        return range;
    }
    if (text.contains(u'/')) {
        if (!isPlainAddress(text.section(u'/', 0, 0))) {
            return std::nullopt;
        }
        const auto [network, length] = QHostAddress::parseSubnet(text);
        if (network.isNull() || length < 0) {
            return std::nullopt;
        }
        const bool v4 = network.protocol() == QAbstractSocket::IPv4Protocol;
        blockBounds(keyOf(network.toString()), v4 ? 96 + length : length, range.m_low, range.m_high);
        range.m_text = network.toString() + u'/' + QString::number(length);
        return range;
    }
    const QByteArray key = isPlainAddress(text) ? keyOf(text) : QByteArray();
    if (key.isEmpty()) {
        return std::nullopt;
    }
    range.m_low = key;
    range.m_high = key;
    range.m_text = QHostAddress(text).toString();
    return range;
}

} // namespace authscope
