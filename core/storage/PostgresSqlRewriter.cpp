#include "core/storage/PostgresSqlRewriter.h"

#include <QHash>
#include <QRegularExpression>

namespace authscope {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule>& rules()
{
    static const QList<Rule> list{
        {QRegularExpression(QStringLiteral(R"((^|[\s(,=<>])\+(?=[a-z_]+\.[a-z_]))")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral(R"(\bCROSS JOIN\b)")), QStringLiteral("JOIN")},
        {QRegularExpression(QStringLiteral(R"(\bWHERE 1(?=\s|\)|$))")), QStringLiteral("WHERE true")},
        {QRegularExpression(QStringLiteral(R"(([a-z_]+(?:\.[a-z_]+)?) COLLATE NOCASE\b)")),
         QStringLiteral("lower(\\1)")},
        {QRegularExpression(QStringLiteral(R"(\b((?:[a-z]+\.)?username) = \?)")),
         QStringLiteral("lower(\\1) = lower(?)")},
        {QRegularExpression(QStringLiteral(R"(\b((?:[a-z]+\.)?username) LIKE\b)")), QStringLiteral("\\1 ILIKE")},
        {QRegularExpression(QStringLiteral(R"(\bmax\(([^(),]+),([^(),]+)\))")), QStringLiteral("GREATEST(\\1,\\2)")},
        {QRegularExpression(QStringLiteral(R"(\bmin\(([^(),]+),([^(),]+)\))")), QStringLiteral("LEAST(\\1,\\2)")},
        {QRegularExpression(QStringLiteral(R"(\binstr\()")), QStringLiteral("strpos(")},
    };
    return list;
}

} // namespace

QString PostgresSqlRewriter::rewrite(const QString& sqliteSql)
{
    thread_local QHash<QString, QString> cache;
    const auto it = cache.constFind(sqliteSql);
    if (it != cache.constEnd()) {
        return it.value();
    }
    QString sql = sqliteSql;
    for (const Rule& rule : rules()) {
        sql.replace(rule.pattern, rule.replacement);
    }
    if (cache.size() > 1024) {
        cache.clear(); // the session list builds many shapes; keep the cache bounded
    }
    cache.insert(sqliteSql, sql);
    return sql;
}

} // namespace authscope
