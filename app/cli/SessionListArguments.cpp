#include "app/cli/SessionListArguments.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliFormat.h"

#include "core/sessions/Session.h"

namespace authscope::cli {

using namespace Qt::StringLiterals;

// --user, --ip, --ua, --state, --method and the time options, on top of --search.
Result<SessionFilter> sessionFilterFrom(const CliArgs& args, qint64 now)
{
    SessionFilter filter;
    if (args.isSet(u"search"_s)) {
        if (auto ok = SessionFilter::parseSearch(args.value(u"search"_s), filter); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (args.isSet(u"user"_s)) {
        filter.user = args.value(u"user"_s);
        filter.userPrefix = filter.user.endsWith(u'*');
        if (filter.userPrefix) {
            filter.user.chop(1);
        }
    }
    if (args.isSet(u"ip"_s)) {
        filter.ip = args.value(u"ip"_s);
    }
    if (args.isSet(u"ua"_s)) {
        filter.userAgent = args.value(u"ua"_s);
    }
    for (const QString& value : args.values(u"state"_s)) {
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto s = sessionStateFromName(part);
            if (!s) {
                return fail(u"cli.usage"_s, u"'%1' is not a state: use active, expired or revoked"_s.arg(part));
            }
            if (!filter.states.contains(*s)) {
                filter.states << *s;
            }
        }
    }
    if (args.isSet(u"method"_s)) {
        const auto m = authMethodFromName(args.value(u"method"_s));
        if (!m) {
            return fail(u"cli.usage"_s, u"--method takes cookie or jwt"_s);
        }
        filter.method = m;
    }
    const std::pair<QString, std::optional<qint64>*> times[] = {{u"since"_s, &filter.createdFromMs},
                                                                {u"until"_s, &filter.createdToMs},
                                                                {u"seen-since"_s, &filter.seenFromMs},
                                                                {u"seen-until"_s, &filter.seenToMs}};
    for (const auto& [option, field] : times) {
        if (args.isSet(option)) {
            auto ms = parseTimeArgument(args.value(option), now);
            if (!ms) {
                return std::unexpected(ms.error());
            }
            *field = *ms;
        }
    }
    return filter;
}

Result<SessionPageRequest> sessionPageFrom(const CliArgs& args)
{
    SessionPageRequest page;
    if (args.isSet(u"sort"_s)) {
        const auto key = sessionSortKeyFromName(args.value(u"sort"_s));
        if (!key) {
            return fail(u"cli.usage"_s, u"'%1' is not a sort column (see --help)"_s.arg(args.value(u"sort"_s)));
        }
        page.order.key = *key;
    }
    page.order.order = args.isSet(u"asc"_s) ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (args.isSet(u"limit"_s)) {
        auto n = parseWholeNumber(args.value(u"limit"_s), u"--limit"_s, 1, 10000);
        if (!n) {
            return std::unexpected(n.error());
        }
        page.rows = static_cast<int>(*n);
    }
    if (args.isSet(u"cursor"_s)) {
        const auto c = SessionCursor::fromString(args.value(u"cursor"_s));
        if (!c) {
            return fail(u"cli.usage"_s, u"--cursor is not a cursor printed by sessions list"_s);
        }
        page.after = *c;
    }
    return page;
}

} // namespace authscope::cli
