#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace authscope {

// A user of the test server. The password hash stays inside the UserStore.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QStringList roles;
    bool disabled = false;
    bool hasPassword = false;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 tokensNotBeforeMs = 0; // JWTs issued to the user before this are refused
    qint64 activeSessions = -1;   // filled by list(); -1 when not counted
};

struct NewUser
{
    QString username;
    QString displayName; // default: the user name
    QByteArray password; // empty: no password (the user cannot log in until one is set)
    QStringList roles;
};

} // namespace authscope
