#include "core/crypto/EdwardsPoint.h"

#include <QByteArray>

#include <QList>

#include <algorithm>

namespace authscope::crypto {

namespace {

// Little-endian constants. Curve25519: p = 2^255 - 19, L = 2^252 + 27742317777372353535851937790883648493,
// y8 = the y of the points of order 8 (2707385501144840649318225287225658788936804267575313519463743609750303402022).
// Curve448: p = 2^448 - 2^224 - 1, L = 2^446 - 13818066809895115352007386748515426880336692474882178609894547503885.
const QByteArray& p25519()
{
    static const QByteArray v = QByteArray::fromHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    return v;
}
const QByteArray& l25519()
{
    static const QByteArray v = QByteArray::fromHex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
    return v;
}
const QByteArray& p448()
{
    static const QByteArray v = QByteArray::fromHex(
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ff00");
    return v;
}
const QByteArray& l448()
{
    static const QByteArray v = QByteArray::fromHex(
        "f34458ab92c27823558fc58d72c26c219036d6ae49db4ec4e923ca7cffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ff3f00");
    return v;
}

// The y coordinates (little-endian, sign bit cleared) of the small-order points; the first two are 1 and p-1.
const QList<QByteArray>& smallOrderY(KeyAlgorithm algorithm)
{
    static const QList<QByteArray> ed25519 = [] {
        QByteArray one(32, '\0');
        one[0] = 1;
        QByteArray minusOne = p25519();
        minusOne[0] = static_cast<char>(0xec);
        return QList<QByteArray>{
            one, minusOne, QByteArray(32, '\0'),
            QByteArray::fromHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
            QByteArray::fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")};
    }();
    static const QList<QByteArray> ed448 = [] {
        QByteArray one(57, '\0');
        one[0] = 1;
        QByteArray minusOne = p448();
        minusOne[0] = static_cast<char>(0xfe);
        return QList<QByteArray>{one, minusOne, QByteArray(57, '\0')};
    }();
    return algorithm == KeyAlgorithm::Ed448 ? ed448 : ed25519;
}

qsizetype encodedSize(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Ed25519:
        return 32;
    case KeyAlgorithm::Ed448:
        return 57;
    default:
        return 0;
    }
}

// Byte i of an encoded point with the sign bit of x (the top bit of the last byte) cleared: y alone.
unsigned char yByte(QByteArrayView encoded, qsizetype i)
{
    const auto b = static_cast<unsigned char>(encoded[i]);
    return i == encoded.size() - 1 ? static_cast<unsigned char>(b & 0x7f) : b;
}

// y < bound, both little-endian of the same length.
bool yLess(QByteArrayView encoded, QByteArrayView bound)
{
    for (qsizetype i = encoded.size() - 1; i >= 0; --i) {
        const unsigned char x = yByte(encoded, i);
        const auto y = static_cast<unsigned char>(bound[i]);
        if (x != y) {
            return x < y;
        }
    }
    return false;
}

bool yEquals(QByteArrayView encoded, QByteArrayView value)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (yByte(encoded, i) != static_cast<unsigned char>(value[i])) {
            return false;
        }
    }
    return true;
}

bool signBit(QByteArrayView encoded)
{
    return (static_cast<unsigned char>(encoded.back()) & 0x80) != 0;
}

} // namespace

bool EdwardsPoint::isCanonical(KeyAlgorithm algorithm, QByteArrayView encoded)
{
    const qsizetype size = encodedSize(algorithm);
    if (size == 0 || encoded.size() != size) {
        return false;
    }
    if (algorithm == KeyAlgorithm::Ed448 && yByte(encoded, size - 1) != 0) {
        return false; // bits 448..454 are unused and must be zero
    }
    if (!yLess(encoded, algorithm == KeyAlgorithm::Ed448 ? p448() : p25519())) {
        return false; // y >= p
    }
    // x = 0 only for y = 1 and y = p-1; a set sign bit there is a second encoding of the same point.
    const QList<QByteArray>& small = smallOrderY(algorithm);
    if (signBit(encoded) && (yEquals(encoded, small[0]) || yEquals(encoded, small[1]))) {
        return false;
    }
    return true;
}

bool EdwardsPoint::isSmallOrder(KeyAlgorithm algorithm, QByteArrayView encoded)
{
    const qsizetype size = encodedSize(algorithm);
    if (size == 0 || encoded.size() != size) {
        return false;
    }
    const QList<QByteArray>& small = smallOrderY(algorithm);
    return std::any_of(small.cbegin(), small.cend(), [encoded](const QByteArray& y) { return yEquals(encoded, y); });
}

QString EdwardsPoint::publicKeyProblem(KeyAlgorithm algorithm, QByteArrayView encoded)
{
    const qsizetype size = encodedSize(algorithm);
    const QString name = algorithm == KeyAlgorithm::Ed448 ? QStringLiteral("Ed448") : QStringLiteral("Ed25519");
    if (size == 0) {
        return QStringLiteral("not an Edwards curve key");
    }
    if (encoded.size() != size) {
        return QStringLiteral("%1 public keys are exactly %2 bytes").arg(name).arg(size);
    }
    if (isSmallOrder(algorithm, encoded)) {
        return QStringLiteral("the %1 public key is a point of small order: a signature would verify for every "
                              "message under it, so the key is refused")
            .arg(name);
    }
    if (!isCanonical(algorithm, encoded)) {
        return QStringLiteral("the %1 public key is not canonically encoded (y is not reduced modulo p)").arg(name);
    }
    return {};
}

bool EdwardsPoint::signatureAcceptable(KeyAlgorithm algorithm, QByteArrayView signature)
{
    const qsizetype size = encodedSize(algorithm);
    if (size == 0 || signature.size() != 2 * size) {
        return false;
    }
    const QByteArrayView r = signature.first(size);
    const QByteArrayView s = signature.sliced(size);
    if (!isCanonical(algorithm, r) || isSmallOrder(algorithm, r)) {
        return false;
    }
    // S is a plain little-endian integer (no sign bit): compare all of it.
    const QByteArray& order = algorithm == KeyAlgorithm::Ed448 ? l448() : l25519();
    for (qsizetype i = size - 1; i >= 0; --i) {
        const auto a = static_cast<unsigned char>(s[i]);
        const auto b = static_cast<unsigned char>(order[i]);
        if (a != b) {
            return a < b;
        }
    }
    return false;
}

} // namespace authscope::crypto
