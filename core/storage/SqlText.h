#pragma once

#include <QString>

namespace authscope {

// QtSql binds a null QString as SQL NULL, which NOT NULL text columns refuse: bind an empty string instead.
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace authscope
