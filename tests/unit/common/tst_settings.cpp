#include "core/common/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace authscope;

class tst_Settings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip();
    void persistsAcrossInstances();
    void recentDatabasesAreCappedAndUnique();
    void pageSizeIsClamped();
    void unknownSchemeFallsBackToSystem();
    void labChoiceKeepsKnownIdsOnly();
};

void tst_Settings::defaults()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.lastDatabase(), QString());
    QVERIFY(s.recentDatabases().isEmpty());
    QVERIFY(s.mainWindowGeometry().isEmpty());
    QCOMPARE(s.colorScheme(), Settings::ColorScheme::System);
    QCOMPARE(s.auditPageSize(), 200);
    QCOMPARE(s.lastPage(), QString());
    QVERIFY(s.labQuick());
    QCOMPARE(s.labExperiments(), (QStringList{QStringLiteral("cost"), QStringLiteral("revocation"),
                                              QStringLiteral("bytes"), QStringLiteral("scale")}));
}

void tst_Settings::roundTrip()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    s.setLanguage(QStringLiteral("de"));
    s.setLastDatabase(QStringLiteral("/tmp/x.db"));
    s.setMainWindowGeometry(QByteArray("\x01\x02\x03", 3));
    s.setMainWindowState(QByteArray("state"));
    s.setColorScheme(Settings::ColorScheme::Dark);
    s.setLastPage(QStringLiteral("audit"));
    QCOMPARE(s.language(), QStringLiteral("de"));
    QCOMPARE(s.lastDatabase(), QStringLiteral("/tmp/x.db"));
    QCOMPARE(s.mainWindowGeometry(), QByteArray("\x01\x02\x03", 3));
    QCOMPARE(s.mainWindowState(), QByteArray("state"));
    QCOMPARE(s.colorScheme(), Settings::ColorScheme::Dark);
    QCOMPARE(s.lastPage(), QStringLiteral("audit"));
    s.setColorScheme(Settings::ColorScheme::Light);
    QCOMPARE(s.colorScheme(), Settings::ColorScheme::Light);
}

void tst_Settings::persistsAcrossInstances()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(path);
        s.setLanguage(QStringLiteral("fr"));
        s.setColorScheme(Settings::ColorScheme::Dark);
        s.sync();
    }
    Settings again(path);
    QCOMPARE(again.language(), QStringLiteral("fr"));
    QCOMPARE(again.colorScheme(), Settings::ColorScheme::Dark);
    QCOMPARE(again.fileName(), path);
}

void tst_Settings::recentDatabasesAreCappedAndUnique()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    for (int i = 0; i < 12; ++i) {
        s.addRecentDatabase(QStringLiteral("/db/%1.db").arg(i));
    }
    s.addRecentDatabase(QStringLiteral("/db/5.db"));
    const QStringList recent = s.recentDatabases();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.first(), QStringLiteral("/db/5.db"));
    QCOMPARE(recent.count(QStringLiteral("/db/5.db")), 1);
    QVERIFY(!recent.contains(QStringLiteral("/db/0.db")));
}

void tst_Settings::pageSizeIsClamped()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    s.setAuditPageSize(3);
    QCOMPARE(s.auditPageSize(), 50);
    s.setAuditPageSize(1'000'000);
    QCOMPARE(s.auditPageSize(), 5000);
    s.setAuditPageSize(300);
    QCOMPARE(s.auditPageSize(), 300);
}

void tst_Settings::unknownSchemeFallsBackToSystem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/colorScheme"), QStringLiteral("purple"));
        raw.setValue(QStringLiteral("audit/pageSize"), QStringLiteral("not a number"));
    }
    Settings s(path);
    QCOMPARE(s.colorScheme(), Settings::ColorScheme::System);
    QCOMPARE(s.auditPageSize(), 50);
}

void tst_Settings::labChoiceKeepsKnownIdsOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(path);
        s.setLabQuick(false);
        s.setLabExperiments({QStringLiteral("scale"), QStringLiteral("bytes")});
    }
    {
        Settings s(path);
        QVERIFY(!s.labQuick());
        QCOMPARE(s.labExperiments(), (QStringList{QStringLiteral("scale"), QStringLiteral("bytes")}));
        // Nothing ticked is a choice too.
        s.setLabExperiments({});
        QVERIFY(s.labExperiments().isEmpty());
    }
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("lab/experiments"),
                     QStringList{QStringLiteral("cost"), QStringLiteral("evil"), QStringLiteral("cost")});
    }
    Settings s(path);
    QCOMPARE(s.labExperiments(), QStringList{QStringLiteral("cost")});
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
