#pragma once

#include <QString>
#include <QStringList>

namespace authscope {

// Ready-made curl command lines for the endpoints a running test server has, with its real address.
// Credentials in them are placeholders the user replaces (USER, PASSWORD, $TOKEN), never real secrets.
class CurlCommands final
{
public:
    [[nodiscard]] static QString forServer(const QString& baseUrl, const QStringList& paths);
};

} // namespace authscope
