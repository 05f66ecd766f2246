// The console started on a file that is not an AuthScope database: the dialog says why without citing a command-line
// flag, and offers "Open another…" and "Create new…" (the file dialogs replaced by the test's choice); the refused
// file is left as it is.
#include "core/storage/Database.h"
#include "ui/mainwindow/DatabaseProblemDialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;

class tst_DatabaseProblemDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saysWhyWithoutCommandLineAdvice();
    void createNewOpensAFreshDatabase();
    void openAnotherOpensTheChosenFile();
    void cancelledChoiceKeepsTheDialog();
    void quitRejects();

private:
    [[nodiscard]] Error refusal() const;
    // Clicks the button of `choice`, its file dialog answering `path` (and noting in `startedIn` the folder it was
    // to start in), and checks that the dialog was accepted with that choice and path.
    static void choose(DatabaseProblemDialog& dialog, DatabaseProblemDialog::Choice choice, const QString& path,
                       QString* startedIn = nullptr);

    QTemporaryDir* m_dir = nullptr;
    QString m_notADatabase;
    QByteArray m_original;
};

void tst_DatabaseProblemDialog::init()
{
    m_dir = new QTemporaryDir;
    m_notADatabase = m_dir->filePath(QStringLiteral("notes.txt"));
    m_original = QByteArray("These are my notes, not a database.\n").repeated(20);
    QFile file(m_notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_original);
}

void tst_DatabaseProblemDialog::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

Error tst_DatabaseProblemDialog::refusal() const
{
    auto db = Database::open(m_notADatabase);
    return db ? Error{} : db.error();
}

void tst_DatabaseProblemDialog::choose(DatabaseProblemDialog& dialog, DatabaseProblemDialog::Choice choice,
                                       const QString& path, QString* startedIn)
{
    dialog.setFileChooser([choice, path, startedIn](DatabaseProblemDialog::Choice asked, const QString& folder) {
        if (startedIn != nullptr) {
            *startedIn = folder;
        }
        return asked == choice ? path : QString();
    });
    dialog.show();
    const QString button = choice == DatabaseProblemDialog::Choice::CreateNew ? QStringLiteral("createNewButton")
                                                                              : QStringLiteral("openAnotherButton");
    QTest::mouseClick(dialog.findChild<QPushButton*>(button), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), choice);
    QCOMPARE(dialog.chosenPath(), path);
}

void tst_DatabaseProblemDialog::saysWhyWithoutCommandLineAdvice()
{
    const Error error = refusal();
    QCOMPARE(error.code, QStringLiteral("storage.not-a-database"));
    QVERIFY(error.message.contains(QStringLiteral("--db"))); // the CLI's wording, which the dialog must not show
    DatabaseProblemDialog dialog(m_notADatabase, error.message);
    const QString shown = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
    QVERIFY2(shown.contains(m_notADatabase) && shown.contains(QStringLiteral("not an AuthScope database")),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("--db")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral(". The file was left as it is.")), qPrintable(shown));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("openAnotherButton")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createNewButton")));
    // Every wording of the engine loses its command-line advice.
    QCOMPARE(DatabaseProblemDialog::withoutCommandLineAdvice(
                 QStringLiteral("/x is read-only (the file is not writable). AuthScope needs to write to its "
                                "database: check the permissions or pass another --db path.")),
             QStringLiteral("/x is read-only (the file is not writable). AuthScope needs to write to its database: "
                            "check the permissions."));
    QCOMPARE(DatabaseProblemDialog::withoutCommandLineAdvice(
                 QStringLiteral("/x is an SQLite database of another application (tables: a), not an AuthScope "
                                "database. AuthScope opens only its own databases or empty ones; the file was left "
                                "as it is. Pass another --db path.")),
             QStringLiteral("/x is an SQLite database of another application (tables: a), not an AuthScope "
                            "database. AuthScope opens only its own databases or empty ones; the file was left as it "
                            "is."));
    QCOMPARE(DatabaseProblemDialog::withoutCommandLineAdvice(
                 QStringLiteral("/x is not a regular file, not a database file: pass another --db path.")),
             QStringLiteral("/x is not a regular file, not a database file."));
    // The refused file was not touched.
    QFile file(m_notADatabase);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_original);
}

void tst_DatabaseProblemDialog::createNewOpensAFreshDatabase()
{
    DatabaseProblemDialog dialog(m_notADatabase, refusal().message);
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.db"));
    QString startedIn;
    choose(dialog, DatabaseProblemDialog::Choice::CreateNew, fresh, &startedIn);
    QCOMPARE(startedIn, m_dir->path());
    // What main() does next: the chosen file opens as a new AuthScope database.
    auto db = Database::open(dialog.chosenPath());
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void tst_DatabaseProblemDialog::openAnotherOpensTheChosenFile()
{
    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    QVERIFY(Database::open(other).has_value());
    DatabaseProblemDialog dialog(m_notADatabase, refusal().message);
    choose(dialog, DatabaseProblemDialog::Choice::OpenAnother, other);
    QVERIFY(Database::open(dialog.chosenPath()).has_value());
}

void tst_DatabaseProblemDialog::cancelledChoiceKeepsTheDialog()
{
    DatabaseProblemDialog dialog(m_notADatabase, refusal().message);
    int asked = 0;
    dialog.setFileChooser([&](DatabaseProblemDialog::Choice, const QString&) {
        ++asked;
        return QString();
    });
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("openAnotherButton")), Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createNewButton")), Qt::LeftButton);
    QCOMPARE(asked, 2);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.choice(), DatabaseProblemDialog::Choice::Quit);
}

void tst_DatabaseProblemDialog::quitRejects()
{
    DatabaseProblemDialog dialog(m_notADatabase, refusal().message);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("quitButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.chosenPath().isEmpty());
}

QTEST_MAIN(tst_DatabaseProblemDialog)
#include "tst_databaseproblemdialog.moc"
