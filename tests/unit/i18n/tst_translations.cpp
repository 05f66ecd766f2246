// The shipped translations: complete in the source tree, loadable once compiled, faithful to the placeholders of
// their sources, and chosen by --lang (or the system locale) the way the GUI chooses them.
#include "app/gui/GuiOptions.h"
#include "app/gui/Translations.h"

#include "tests/support/DataColumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

using namespace authscope;
using namespace Qt::StringLiterals;

namespace {

const QString kTsDir = QStringLiteral(AUTHSCOPE_TRANSLATIONS_DIR);

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "" when finished
    QStringList forms;
};

// Every <message> of a .ts file, read with QXmlStreamReader; an empty list and a failure when it is not well-formed.
std::vector<TsMessage> readTs(const QString& path, QString* language)
{
    std::vector<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message") {
                out.push_back(m);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = TsMessage{context, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (!m.numerus) {
                m.forms << xml.readElementText();
            }
        } else if (name == u"numerusform") {
            m.forms << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return {};
    }
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.removeDuplicates();
    found.sort();
    return found;
}

QStringList accelerators(const QString& text)
{
    QString t = text;
    t.remove(u"&&"_s);
    QStringList found;
    for (qsizetype i = t.indexOf(u'&'); i >= 0 && i + 1 < t.size(); i = t.indexOf(u'&', i + 1)) {
        found << t.mid(i + 1, 1);
    }
    return found;
}

// The translated languages: every authscope_<lang>.ts except English, which holds only plural forms.
QStringList translatedLanguages()
{
    QStringList langs;
    const QStringList files = QDir(kTsDir).entryList({u"authscope_*.ts"_s}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString lang = f.mid(10, f.size() - 13);
        if (lang != u"en") {
            langs << lang;
        }
    }
    return langs;
}

} // namespace

class tst_Translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyShippedLanguageIsOffered();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void qmFileLoads_data();
    void qmFileLoads();
    void guiBuildsEveryLanguage();
    void knownStringsTranslate_data();
    void knownStringsTranslate();
    void pluralFormsFollowTheLanguage();
    void langOptionSelectsSpanish();
    void langOptionRejectsUnknownLanguages();
    void helpTextFollowsTheLanguage();
    void regionalLocaleFallsBackToTheLanguage();

private:
    std::vector<std::unique_ptr<QTranslator>> m_keep;
};

void tst_Translations::cleanup()
{
    for (const auto& t : m_keep) {
        QCoreApplication::removeTranslator(t.get());
    }
    m_keep.clear();
    QLocale::setDefault(QLocale::system());
}

void tst_Translations::everyShippedLanguageIsOffered()
{
    const QStringList shipped = translatedLanguages();
    QVERIFY(shipped.contains(u"de"_s));
    QVERIFY(shipped.contains(u"fr"_s));
    QVERIFY(shipped.contains(u"es"_s));
    QVERIFY(supportedLanguages().contains(u"en"_s));
    for (const QString& lang : shipped) {
        QVERIFY2(supportedLanguages().contains(lang), qPrintable(lang + u" has a .ts file but --lang refuses it"_s));
    }
    for (const QString& lang : supportedLanguages()) {
        QVERIFY2(QFile::exists(u":/i18n/authscope_"_s + lang + u".qm"_s), qPrintable(lang));
    }
}

void tst_Translations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString& lang : translatedLanguages()) {
        QTest::newRow(qPrintable(lang)) << lang;
    }
    QTest::newRow("en (plural forms)") << u"en"_s;
}

void tst_Translations::tsFileIsComplete()
{
    QFETCH(QString, lang);
    QString language;
    const std::vector<TsMessage> messages = readTs(kTsDir + u"/authscope_"_s + lang + u".ts"_s, &language);
    QVERIFY(!messages.empty());
    QVERIFY2(language.startsWith(lang), qPrintable(language));

    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = m.context + u": \""_s + m.source + u"\": "_s;
        if (!m.type.isEmpty()) {
            problems << where + m.type; // unfinished, obsolete or vanished: run lupdate and translate it
            continue;
        }
        if (m.numerus && m.forms.size() != 2) { // de, fr, es and en all have two plural forms
            problems << where + u"%1 plural forms"_s.arg(m.forms.size());
        }
        for (const QString& t : m.forms) {
            if (t.isEmpty()) {
                problems << where + u"empty translation"_s;
                continue;
            }
            if (placeholders(t) != placeholders(m.source)) {
                problems << where + u"placeholders %1 became %2"_s.arg(placeholders(m.source).join(u' '),
                                                                       placeholders(t).join(u' '));
            }
            if (accelerators(t).size() != accelerators(m.source).size()) {
                problems << where + u"the & accelerator is lost or doubled in \""_s + t + u'"';
            }
            if (m.source.endsWith(u'…') != t.endsWith(u'…')) {
                problems << where + u"the ellipsis is lost or added in \""_s + t + u'"';
            }
            if (m.source.count(u'\n') != t.count(u'\n')) {
                problems << where + u"line breaks differ in \""_s + t + u'"';
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::qmFileLoads_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString& lang : supportedLanguages()) {
        QTest::newRow(qPrintable(lang)) << lang;
    }
}

void tst_Translations::qmFileLoads()
{
    QFETCH(QString, lang);
    QTranslator translator;
    QVERIFY(translator.load(u"authscope_"_s + lang, u":/i18n"_s));
    QVERIFY(!translator.isEmpty());
    QVERIFY2(translator.language().startsWith(lang), qPrintable(translator.language()));
    // The same lookup the application makes for a locale.
    QTranslator byLocale;
    QVERIFY(byLocale.load(QLocale(lang), u"authscope"_s, u"_"_s, u":/i18n"_s));
    QCOMPARE(byLocale.language(), translator.language());
}

void tst_Translations::guiBuildsEveryLanguage()
{
    // The files app/gui compiles into the GUI's :/i18n, one per language --lang accepts.
    const QString dir = QStringLiteral(AUTHSCOPE_GUI_QM_DIR);
    for (const QString& lang : supportedLanguages()) {
        QTranslator translator;
        QVERIFY2(translator.load(u"authscope_"_s + lang, dir), qPrintable(dir + u"/authscope_"_s + lang + u".qm"_s));
        QVERIFY(!translator.isEmpty());
    }
}

void tst_Translations::knownStringsTranslate_data()
{
    authscope::test::addColumns<QString, QString, QString, QString>("lang", "context", "source", "expected");

    QTest::newRow("de menu") << u"de"_s << u"authscope::MainWindow"_s << u"&File"_s << u"&Datei"_s;
    QTest::newRow("de placeholder") << u"de"_s << u"authscope::AuditPage"_s << u"Cannot read the audit log: %1"_s
                                    << u"Das Prüfprotokoll kann nicht gelesen werden: %1"_s;
    QTest::newRow("de command line") << u"de"_s << u"GuiOptions"_s << u"Show this help."_s
                                     << u"Diese Hilfe anzeigen."_s;
    QTest::newRow("fr menu") << u"fr"_s << u"authscope::MainWindow"_s << u"&File"_s << u"&Fichier"_s;
    QTest::newRow("fr no-break space") << u"fr"_s << u"authscope::AboutDialog"_s << u"Database:"_s
                                       << u"Base de données\u00a0:"_s;
    QTest::newRow("fr command line") << u"fr"_s << u"GuiOptions"_s << u"Show this help."_s << u"Afficher cette aide."_s;
    QTest::newRow("es menu") << u"es"_s << u"authscope::MainWindow"_s << u"&File"_s << u"&Archivo"_s;
    QTest::newRow("es title") << u"es"_s << u"authscope::AboutDialog"_s << u"About AuthScope"_s
                              << u"Acerca de AuthScope"_s;
    QTest::newRow("es placeholder") << u"es"_s << u"authscope::AuditPage"_s << u"✘ Chain broken at row %1: %2"_s
                                    << u"✘ Cadena rota en la fila %1: %2"_s;
}

void tst_Translations::knownStringsTranslate()
{
    QFETCH(QString, lang);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(lang), m_keep));
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), expected);
}

void tst_Translations::pluralFormsFollowTheLanguage()
{
    const auto entries = [](int n) {
        return QCoreApplication::translate("authscope::AuditPage", "%Ln entries", nullptr, n);
    };
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(u"de"_s), m_keep));
    QCOMPARE(entries(1), u"1 Eintrag"_s);
    QCOMPARE(entries(2), u"2 Einträge"_s);
    QCOMPARE(entries(0), u"0 Einträge"_s);
    QCOMPARE(entries(1234567), u"1.234.567 Einträge"_s); // %Ln: digits grouped as the language groups them
    cleanup();
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(u"fr"_s), m_keep));
    QCOMPARE(entries(0), u"0 entrée"_s); // French counts 0 as singular
    QCOMPARE(entries(2), u"2 entrées"_s);
    cleanup();
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(u"es"_s), m_keep));
    QCOMPARE(entries(1), u"1 entrada"_s);
    QCOMPARE(entries(5), u"5 entradas"_s);
    cleanup();
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(u"en"_s), m_keep));
    QCOMPARE(entries(1), u"1 entry"_s);
    QCOMPARE(entries(3), u"3 entries"_s);
    QCOMPARE(entries(1234567), u"1,234,567 entries"_s);
}

void tst_Translations::langOptionSelectsSpanish()
{
    const GuiOptions o = parseGuiOptions({u"authscope"_s, u"--lang"_s, u"es"_s});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.language, u"es"_s);
    const QLocale locale = localeForLanguage(o.language);
    QCOMPARE(locale.language(), QLocale::Spanish);

    QVERIFY(installTranslations(*QCoreApplication::instance(), locale, m_keep));
    QCOMPARE(QCoreApplication::translate("authscope::MainWindow", "&Help"), u"Ay&uda"_s);
    // Numbers and dates on every page go through QLocale(), which now is Spanish.
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(QLocale().toString(2.5, 'f', 1), u"2,5"_s);
    QCOMPARE(QLocale().monthName(3), u"marzo"_s);
}

void tst_Translations::langOptionRejectsUnknownLanguages()
{
    for (const QString& ok : {u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"de_AT"_s, u"es-MX"_s, u"FR"_s}) {
        const GuiOptions o = parseGuiOptions({u"authscope"_s, u"--lang"_s, ok});
        QVERIFY2(o.error.isEmpty(), qPrintable(ok + u": "_s + o.error));
    }
    for (const QString& bad : {u"xx"_s, u"pt"_s, u"C"_s}) {
        const GuiOptions o = parseGuiOptions({u"authscope"_s, u"--lang"_s, bad});
        QVERIFY2(o.error.contains(bad), qPrintable(bad + u": "_s + o.error));
    }
    QVERIFY(!parseGuiOptions({u"authscope"_s, u"--lang"_s, QString()}).error.isEmpty());
    // No --lang: the GUI follows the saved setting, then the system locale.
    QVERIFY(parseGuiOptions({u"authscope"_s}).language.isEmpty());
    QCOMPARE(localeForLanguage(QString()), QLocale::system());
}

void tst_Translations::helpTextFollowsTheLanguage()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(u"fr"_s), m_keep));
    const GuiOptions o = parseGuiOptions({u"authscope"_s, u"--help"_s});
    QVERIFY2(o.helpText.contains(u"Afficher cette aide."_s), qPrintable(o.helpText));
    QVERIFY2(o.helpText.contains(u"(en, de, fr, es)"_s), qPrintable(o.helpText));
}

void tst_Translations::regionalLocaleFallsBackToTheLanguage()
{
    // A system locale such as de_CH, fr_CA or es_MX picks the one file of its language.
    const struct
    {
        QLocale locale;
        QString expected;
    } cases[] = {
        {QLocale(QLocale::German, QLocale::Switzerland), u"&Datei"_s},
        {QLocale(QLocale::French, QLocale::Canada), u"&Fichier"_s},
        {QLocale(QLocale::Spanish, QLocale::Mexico), u"&Archivo"_s},
    };
    for (const auto& c : cases) {
        QVERIFY2(installTranslations(*QCoreApplication::instance(), c.locale, m_keep), qPrintable(c.locale.name()));
        QCOMPARE(QCoreApplication::translate("authscope::MainWindow", "&File"), c.expected);
        cleanup();
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
