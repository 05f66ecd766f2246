// What the packages ship must match the program: the man page describes every command, subcommand and option that
// `authscope-cli --help` lists, the bash completion offers them, and the Debian changelog, AppStream metainfo and
// launcher agree on the version and the application id.
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <utility>

using namespace authscope::test;
using namespace Qt::StringLiterals;

namespace {

// One command as the user types it ("audit list", "decode", "bench jose") with the options its --help lists.
struct CliEntry
{
    QStringList words;
    QStringList options; // "--json", ...; without --help, which every command has
};

QString packagingPath(const QString& relative)
{
    return qEnvironmentVariable("AUTHSCOPE_PACKAGING_DIR") + u'/' + relative;
}

QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return QString::fromUtf8(f.readAll());
}

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(u'\n');
}

// The rows of a help section ("Commands:", "Options:") up to the blank line that ends it.
QStringList section(const QStringList& help, const QString& title)
{
    QStringList rows;
    const qsizetype start = help.indexOf(title);
    if (start < 0) {
        return rows;
    }
    for (qsizetype i = start + 1; i < help.size() && !help.at(i).isEmpty(); ++i) {
        rows.append(help.at(i));
    }
    return rows;
}

QStringList optionsOf(const QStringList& help)
{
    static const QRegularExpression option(QStringLiteral("^  (?:-[A-Za-z0-9], )?(--[A-Za-z0-9][A-Za-z0-9-]*)"));
    QStringList names;
    for (const QString& row : section(help, QStringLiteral("Options:"))) {
        const auto m = option.match(row);
        if (m.hasMatch() && m.captured(1) != QStringLiteral("--help")) {
            names.append(m.captured(1));
        }
    }
    return names;
}

// Troff source as plain text: "\-\-json" -> "--json", font changes and zero-width escapes dropped.
QString plainTroff(QString text)
{
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    text.remove(QStringLiteral("\\&"));
    text.remove(QStringLiteral("\\c"));
    return text;
}

// The part of the man page about one command: from its heading (".SS decode", or ".B keys rotate" inside its
// group) to the next command of the same group or the next section.
QString manBlock(const QStringList& man, const QStringList& words)
{
    const QString name = words.join(u' ');
    const QRegularExpression start(words.size() == 1
                                       ? QStringLiteral("^\\.SS %1( |$)").arg(QRegularExpression::escape(name))
                                       : QStringLiteral("^\\.B %1( |$)").arg(QRegularExpression::escape(name)));
    const QRegularExpression end(
        words.size() == 1
            ? QStringLiteral("^\\.S[SH] ")
            : QStringLiteral("^(\\.S[SH] |\\.B %1 [a-z])").arg(QRegularExpression::escape(words.constFirst())));
    QString block;
    bool inside = false;
    for (const QString& line : man) {
        if (inside && end.match(line).hasMatch()) {
            break;
        }
        if (!inside && start.match(line).hasMatch()) {
            inside = true;
        }
        if (inside) {
            block += line + u'\n';
        }
    }
    return block;
}

bool mentionsOption(const QString& text, const QString& option)
{
    return QRegularExpression(QRegularExpression::escape(option) + QStringLiteral("(?![A-Za-z0-9-])"))
        .match(text)
        .hasMatch();
}

} // namespace

class tst_Packaging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandAnswersHelp();
    void manPageDescribesEveryCommand();
    void manPageListsTheExitCodes();
    void bashCompletionOffersEveryCommand();
    void versionsAgree();
    void desktopFilesAgree();

private:
    QStringList m_commands;                   // as in the "Commands:" table
    QStringList m_globalHelp;                 // authscope-cli --help
    QList<CliEntry> m_entries;                // every command and subcommand that takes options
    QMap<QString, QStringList> m_subcommands; // group -> subcommands ("keys" -> list, generate, ...)
    QString m_version;
};

void tst_Packaging::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(QFile::exists(packagingPath(QStringLiteral("linux/authscope-cli.1"))));

    const CliRun help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    m_globalHelp = lines(help.out);
    // Names are padded to 16 columns; a name of two words ("bench jose") has one space inside.
    static const QRegularExpression row(QStringLiteral("^  ([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?)(?:  |$)"));
    const QStringList table = section(m_globalHelp, QStringLiteral("Commands:"));
    for (const QString& line : table) {
        const auto m = row.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(u"cannot read the command row: "_s + line));
        m_commands.append(m.captured(1));
    }
    QVERIFY2(m_commands.size() >= 5, qPrintable(m_commands.join(u',')));

    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    static const QRegularExpression versionLine(QStringLiteral("^AuthScope (\\S+)"));
    const auto vm = versionLine.match(QString::fromUtf8(version.out));
    QVERIFY(vm.hasMatch());
    m_version = vm.captured(1);

    // A group prints usage lines "authscope-cli [--db PATH] keys list ..."; the others print their options.
    for (const QString& command : std::as_const(m_commands)) {
        const QStringList words = command.split(u' ');
        const CliRun run = runCli(words + QStringList{QStringLiteral("--help")});
        QVERIFY2(run.exitCode == 0, qPrintable(command + u": "_s + QString::fromUtf8(run.err)));
        const QStringList text = lines(run.out);
        const QRegularExpression usage(
            QStringLiteral("^(?:Usage:)? *authscope-cli(?: \\[--db PATH\\])? %1 ([a-z][a-z0-9-]*)")
                .arg(QRegularExpression::escape(command)));
        QStringList subs;
        for (const QString& line : text) {
            const auto m = usage.match(line);
            if (m.hasMatch() && !subs.contains(m.captured(1))) {
                subs.append(m.captured(1));
            }
        }
        if (subs.isEmpty()) {
            m_entries.append({words, optionsOf(text)});
            continue;
        }
        m_subcommands.insert(command, subs);
        for (const QString& sub : std::as_const(subs)) {
            const QStringList subWords = words + QStringList{sub};
            const CliRun subRun = runCli(subWords + QStringList{QStringLiteral("--help")});
            QVERIFY2(subRun.exitCode == 0, qPrintable(subWords.join(u' ') + u": "_s + QString::fromUtf8(subRun.err)));
            m_entries.append({subWords, optionsOf(lines(subRun.out))});
        }
    }
}

void tst_Packaging::everyCommandAnswersHelp()
{
    // initTestCase ran every --help; this names what was found, so that a parsing slip shows up as a short list.
    QVERIFY(m_commands.contains(QStringLiteral("audit")));
    QVERIFY(m_subcommands.value(QStringLiteral("audit")).contains(QStringLiteral("verify")));
    for (const CliEntry& e : std::as_const(m_entries)) {
        QVERIFY2(!e.words.isEmpty(), "empty command");
    }
}

void tst_Packaging::manPageDescribesEveryCommand()
{
    const QString source = plainTroff(readText(packagingPath(QStringLiteral("linux/authscope-cli.1"))));
    const QStringList man = source.split(u'\n');
    QStringList missing;
    for (const QString& command : std::as_const(m_commands)) {
        const QStringList words = command.split(u' ');
        // Every command group has its own subsection; a two-word command shares its first word's.
        if (manBlock(man, {words.constFirst()}).isEmpty()) {
            missing.append(u".SS "_s + words.constFirst());
        }
    }
    for (const CliEntry& e : std::as_const(m_entries)) {
        const QString block = manBlock(man, e.words);
        if (block.isEmpty()) {
            missing.append(e.words.join(u' '));
            continue;
        }
        for (const QString& option : e.options) {
            if (!mentionsOption(block, option)) {
                missing.append(e.words.join(u' ') + u' ' + option);
            }
        }
    }
    const QString globalOptions = source.section(u".SH OPTIONS"_s, 1, 1).section(u"\n.SH "_s, 0, 0);
    for (const QString& global : optionsOf(m_globalHelp)) {
        if (!mentionsOption(globalOptions, global)) {
            missing.append(global);
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"packaging/linux/authscope-cli.1 does not describe: "_s + missing.join(QStringLiteral(", "))));
}

void tst_Packaging::manPageListsTheExitCodes()
{
    const QString man = plainTroff(readText(packagingPath(QStringLiteral("linux/authscope-cli.1"))));
    const QString exitStatus =
        man.section(QStringLiteral(".SH EXIT STATUS"), 1, 1).section(QStringLiteral("\n.SH "), 0, 0);
    QVERIFY2(!exitStatus.isEmpty(), "no EXIT STATUS section");
    // "Exit codes: 0 ok, 1 refused or check failed (reasons printed), 2 usage error or unusable input."
    const QString summary = m_globalHelp.filter(QStringLiteral("Exit codes:")).join(u' ');
    QVERIFY2(!summary.isEmpty(), "--help names no exit codes");
    static const QRegularExpression code(QStringLiteral("(?:^|, |: )(\\d+) "));
    int found = 0;
    for (auto it = code.globalMatch(summary); it.hasNext();) {
        const QString n = it.next().captured(1);
        ++found;
        QVERIFY2(exitStatus.contains(u"\n.B "_s + n + u'\n'), qPrintable(u"exit code "_s + n + u" is not described"_s));
    }
    QCOMPARE(found, 3);
}

void tst_Packaging::bashCompletionOffersEveryCommand()
{
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty()) {
        QSKIP("bash is not installed");
    }
    // One bash run answers every query: "### words" then the completions, one per line.
    struct Query
    {
        QStringList words; // after the program name; the last one is being completed
        QSet<QString> expected;
    };
    QList<Query> queries;
    QSet<QString> firstWords;
    QMap<QString, QSet<QString>> secondWords;
    for (const QString& command : std::as_const(m_commands)) {
        const QStringList words = command.split(u' ');
        firstWords.insert(words.constFirst());
        if (words.size() == 2) {
            secondWords[words.constFirst()].insert(words.at(1));
        }
    }
    queries.append({{QString()}, firstWords});
    for (auto it = secondWords.cbegin(); it != secondWords.cend(); ++it) {
        if (!m_commands.contains(it.key())) {
            queries.append({{it.key(), QString()}, it.value()});
        }
    }
    for (auto it = m_subcommands.cbegin(); it != m_subcommands.cend(); ++it) {
        queries.append({it.key().split(u' ') + QStringList{QString()}, QSet<QString>(it->cbegin(), it->cend())});
    }
    for (const CliEntry& e : std::as_const(m_entries)) {
        QSet<QString> options(e.options.cbegin(), e.options.cend());
        options.insert(QStringLiteral("--help"));
        queries.append({e.words + QStringList{QStringLiteral("--")}, options});
    }

    auto quote = [](const QString& s) -> QString {
        return u'\'' + QString(s).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    };
    QString script = u"source "_s + quote(packagingPath(QStringLiteral("linux/authscope-cli.bash-completion"))) +
                     QStringLiteral("\nq() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));"
                                    " COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _authscope_cli;"
                                    " printf '%s\\n' \"${COMPREPLY[@]}\"; }\n");
    for (const Query& q : std::as_const(queries)) {
        script += u"echo '### "_s + q.words.join(u' ') + u"'\nq "_s + quote(cliPath());
        for (const QString& w : q.words) {
            script += u' ' + quote(w);
        }
        script += u'\n';
    }
    QProcess p;
    p.start(bash, {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script});
    // One `--help` per command under AddressSanitizer: on a loaded 2-core machine that took over 120 s once. The
    // guard is against a hang, not a speed check: keep it below ctest's 600 s.
    QVERIFY(p.waitForFinished(500000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList out = lines(p.readAllStandardOutput());
    QMap<QString, QSet<QString>> answers;
    QString current;
    for (const QString& line : out) {
        if (line.startsWith(QStringLiteral("### "))) {
            current = line.mid(4);
            answers[current];
        } else if (!line.isEmpty()) {
            answers[current].insert(line);
        }
    }
    QStringList wrong;
    for (const Query& q : std::as_const(queries)) {
        const QString key = q.words.join(u' ');
        if (answers.value(key) != q.expected) {
            QStringList got(answers.value(key).cbegin(), answers.value(key).cend());
            QStringList want(q.expected.cbegin(), q.expected.cend());
            got.sort();
            want.sort();
            wrong.append(u"'"_s + key + u"': got ["_s + got.join(u' ') + u"], want ["_s + want.join(u' ') + u']');
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void tst_Packaging::versionsAgree()
{
    // debian/changelog: "authscope (0.1.0-1) unstable; urgency=medium"
    const QString changelog = readText(packagingPath(QStringLiteral("linux/debian/changelog")));
    static const QRegularExpression head(QStringLiteral("^authscope \\(([^-)]+)-(\\d+)\\) "));
    const auto m = head.match(changelog);
    QVERIFY2(m.hasMatch(), "packaging/linux/debian/changelog does not start with an authscope entry");
    QCOMPARE(m.captured(1), m_version);
    const QString cpack = readText(packagingPath(QStringLiteral("CPackConfig.cmake")));
    QVERIFY2(cpack.contains(u"set(AUTHSCOPE_PACKAGE_RELEASE "_s + m.captured(2) + u')'),
             "the package release in CPackConfig.cmake differs from debian/changelog");

    // The newest AppStream release is this version.
    const QString metainfo = readText(packagingPath(QStringLiteral("linux/org.authscope.AuthScope.metainfo.xml")));
    static const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
    const auto r = release.match(metainfo);
    QVERIFY(r.hasMatch());
    QCOMPARE(r.captured(1), m_version);
}

void tst_Packaging::desktopFilesAgree()
{
    const QString id = QStringLiteral("org.authscope.AuthScope");
    const QString desktop = readText(packagingPath(u"linux/"_s + id + u".desktop"_s));
    QVERIFY(desktop.contains(u"\nIcon="_s + id + u'\n'));
    QVERIFY(desktop.contains(QStringLiteral("\nExec=authscope\n")) ||
            desktop.contains(QStringLiteral("\nExec=authscope ")));
    const QString metainfo = readText(packagingPath(u"linux/"_s + id + u".metainfo.xml"_s));
    QVERIFY(metainfo.contains(u"<id>"_s + id + u"</id>"_s));
    QVERIFY(metainfo.contains(u"<launchable type=\"desktop-id\">"_s + id + u".desktop</launchable>"_s));
    QVERIFY(metainfo.contains(QStringLiteral("<binary>authscope-cli</binary>")));
}

QTEST_GUILESS_MAIN(tst_Packaging)
#include "tst_packaging.moc"
