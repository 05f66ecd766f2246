#pragma once

#include "core/common/Error.h"
#include "core/sessions/SessionQuery.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace authscope {

// The pieces of SQL that the session list planner (SessionListRepository) puts together: each filter condition in an
// index-using and an index-avoiding spelling, the full sort key of each sort, keyset conditions ("the rows after
// this one") and ORDER BY clauses. SQLite's dialect: a unary + before a column keeps SQLite from using an index
// for it.
class SessionListRepositorySql final
{
public:
    // A piece of SQL with its positional bindings, kept together so that pieces can be combined in any order.
    struct Sql
    {
        QString text;
        QVariantList binds;

        Sql() = default;
        explicit Sql(const QString& t) : text(t) {}
        Sql& operator<<(const QString& t)
        {
            text += t;
            return *this;
        }
        Sql& operator<<(const Sql& other)
        {
            text += other.text;
            binds += other.binds;
            return *this;
        }
        Sql& value(const QVariant& v)
        {
            text += u'?';
            binds << v;
            return *this;
        }
    };

    enum class TermKind
    {
        User,
        Ip,
        Agent,
        State,
        Method,
        Created,
        Seen
    };

    // One filter condition in two spellings: `indexed` lets SQLite use an index for it, `residual` (columns behind
    // a unary +) forbids that, so the query walks the index we chose and merely checks this condition.
    struct Term
    {
        TermKind kind;
        QString name;
        Sql indexed;
        Sql residual;
        bool probe = false; // indexed spelling narrows the table cheaply enough to count
    };

    struct Key
    {
        Sql expr;
        bool descending = true;
        bool onSessions = true; // a column of the sessions table (kept out of index use in the small-set plan)
    };

    [[nodiscard]] static Sql sql(const QString& text) { return Sql(text); }
    // `text` as a LIKE pattern matching it as a prefix (with ESCAPE '\\').
    [[nodiscard]] static QString likePrefix(const QString& text);
    [[nodiscard]] static Sql stateCondition(SessionState state, qint64 now, bool indexed);
    static Result<QList<Term>> buildTerms(const SessionFilter& f, qint64 now);
    [[nodiscard]] static Sql liveTokensExpr(qint64 now);
    // The full sort key of each sort: the sort column first, then tie-breakers down to the unique row id.
    [[nodiscard]] static QList<Key> sortKeys(const SessionSort& sort, qint64 now);
    [[nodiscard]] static QString joinsFor(const SessionSort& sort);
    // (k0 after v0) OR (k0 = v0 AND k1 after v1) OR ...: the rows strictly after a key, in the key's order.
    [[nodiscard]] static Sql after(const QList<Key>& keys, const QVariantList& values);
    // Rows after (value, id) in the order of (column, idColumn), as a range an index on those two can seek to:
    // column <= value AND (column < value OR idColumn < id), descending (>= and > ascending).
    [[nodiscard]] static Sql afterPair(const QString& column, const QVariant& value, const QString& idColumn,
                                       const QVariant& id, bool descending);
    [[nodiscard]] static Sql orderBy(const QList<Key>& keys, bool keepIndexesOut);
    [[nodiscard]] static Sql selectKeys(const QList<Key>& keys);
    // " AND <residual>" for every term but `except` and those of `skipKind`.
    static void appendResidual(Sql& where, const QList<Term>& terms, const Term* except = nullptr,
                               std::optional<TermKind> skipKind = std::nullopt);
};

} // namespace authscope
