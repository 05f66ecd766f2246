#pragma once

#include <QColor>

namespace authscope {

// The colours of the token inspector, in a light and a dark variant with readable contrast on the palette's
// base colour (the parts of a token are coloured like jwt.io: header red, payload purple, signature blue).
struct TokenPalette final
{
    QColor header;
    QColor payload;
    QColor signature;
    QColor jweKey;
    QColor jweIv;
    QColor good;
    QColor bad;
    QColor caution;
    QColor info;
    QColor jsonString;
    QColor jsonNumber;
    QColor jsonLiteral;

    // The variant that fits the application palette in use now (isDarkPalette()).
    [[nodiscard]] static TokenPalette current();
    [[nodiscard]] static TokenPalette light();
    [[nodiscard]] static TokenPalette dark();

    // Colour of part `index` (0-based) of a compact token with `partCount` parts (3 = JWS, 5 = JWE).
    [[nodiscard]] QColor partColor(int index, int partCount) const;
};

} // namespace authscope
