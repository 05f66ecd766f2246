#pragma once

#include "core/storage/Database.h"

#include <QString>
#include <QVariant>

namespace authscope {

// The few spellings in which the two backends differ, for a repository whose SQL otherwise serves both. Everything
// else is written once in the subset both understand (ON CONFLICT, RETURNING, coalesce, CASE).
class SqlDialect final
{
public:
    explicit SqlDialect(const Database& database) : m_postgres(database.isPostgres()) {}

    // A case-insensitive name compared with one '?': SQLite's column is COLLATE NOCASE (its index serves the
    // comparison), PostgreSQL's unique index is on lower(column).
    [[nodiscard]] QString nameEquals(const QString& column) const
    {
        return m_postgres ? QStringLiteral("lower(%1) = lower(?)").arg(column) : column + QStringLiteral(" = ?");
    }
    // A case-insensitive LIKE with '\' as the escape character.
    [[nodiscard]] QString nameLike(const QString& column) const
    {
        return column + (m_postgres ? QStringLiteral(" ILIKE ? ESCAPE '\\'") : QStringLiteral(" LIKE ? ESCAPE '\\'"));
    }
    // Ordering by a case-insensitive name.
    [[nodiscard]] QString nameOrder(const QString& column) const
    {
        return m_postgres ? QStringLiteral("lower(%1)").arg(column) : column;
    }
    [[nodiscard]] QString greatest(const QString& a, const QString& b) const
    {
        return QStringLiteral("%1(%2, %3)").arg(m_postgres ? QStringLiteral("GREATEST") : QStringLiteral("max"), a, b);
    }
    [[nodiscard]] QString least(const QString& a, const QString& b) const
    {
        return QStringLiteral("%1(%2, %3)").arg(m_postgres ? QStringLiteral("LEAST") : QStringLiteral("min"), a, b);
    }
    // "haystack contains the bound needle", case-insensitively.
    [[nodiscard]] QString containsText(const QString& haystack) const
    {
        return QStringLiteral("%1(lower(%2), lower(?)) > 0")
            .arg(m_postgres ? QStringLiteral("strpos") : QStringLiteral("instr"), haystack);
    }
    // The value to bind to LIMIT ? for "no limit".
    [[nodiscard]] QVariant noLimit() const { return m_postgres ? QVariant() : QVariant(qint64(-1)); }
    [[nodiscard]] bool isPostgres() const { return m_postgres; }

private:
    bool m_postgres = false;
};

} // namespace authscope
