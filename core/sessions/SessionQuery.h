#pragma once

#include "core/common/Error.h"
#include "core/sessions/Session.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace authscope {

// The columns a session list can be sorted by. Each has an order that SQLite can walk with an index (or, for
// the computed ones, a few index walks one after another), so that every page is cheap at any depth.
enum class SessionSortKey
{
    Id,
    User,
    State,
    Created,
    LastSeen,
    Expires,
    Ip,
    UserAgent,
    Method,
    Tokens
};

struct SessionSort
{
    SessionSortKey key = SessionSortKey::LastSeen;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// What to list. Empty fields do not filter; all given fields must match.
struct SessionFilter
{
    QString user; // user name, exact (case-insensitive), or a prefix when userPrefix
    bool userPrefix = false;
    QString ip;                 // an address, a CIDR block or a dotted prefix ("10.2.")
    QString userAgent;          // text anywhere in the user agent or its short label, case-insensitive
    QList<SessionState> states; // any of these; empty = every state
    std::optional<AuthMethod> method;
    std::optional<qint64> createdFromMs; // inclusive
    std::optional<qint64> createdToMs;   // exclusive
    std::optional<qint64> seenFromMs;    // last seen, inclusive
    std::optional<qint64> seenToMs;      // last seen, exclusive

    [[nodiscard]] bool isEmpty() const;

    // The search box syntax: words "user:NAME", "ip:ADDR|CIDR|PREFIX", "ua:TEXT", "state:active|expired|revoked",
    // "method:cookie|jwt"; a bare word is an IP when it reads as one, else a user name prefix. Quotes group
    // words ("ua:\"Mobile Safari\""). Fills `into` (keeping what the words do not set); an error names the word.
    static Result<void> parseSearch(const QString& text, SessionFilter& into);
};

// Where the next page starts: the sort key of the last row already shown. Opaque to callers; toString() makes
// it portable for the command line ("--cursor").
struct SessionCursor
{
    QVariantList key;

    [[nodiscard]] bool isNull() const { return key.isEmpty(); }
    [[nodiscard]] QString toString() const;
    static std::optional<SessionCursor> fromString(const QString& text);
};

struct SessionPage
{
    QList<Session> sessions;
    SessionCursor next; // null when this was the last page
    QString plan;       // how the page was found ("index walk", "filter on ip: 12 rows"), for diagnostics
};

// Figures for the dashboard of the Sessions page.
struct SessionCounters
{
    qint64 active = 0;
    qint64 revokedSince = 0; // revoked at or after the given start (the start of the user's day)
    qint64 expiringSoon = 0; // active, ending within the given window
    qint64 total = 0;
};

[[nodiscard]] QString sessionSortKeyName(SessionSortKey key); // "last-seen", "user", ...
[[nodiscard]] std::optional<SessionSortKey> sessionSortKeyFromName(const QString& name);

} // namespace authscope
