// The Lab page: a tiny run of the six experiments through the page (charts, tables, summaries,
// history, export), cancelling a run, and the self-attack check against the built-in server.

#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/lab/AttackRunner.h"
#include "core/lab/LabResultStore.h"
#include "core/storage/Database.h"
#include "tests/support/ConsoleWorld.h"
#include "tests/support/LabSupport.h"
#include "tests/unit/lab/TinyLabOptions.h"
#include "ui/lab/AttackPanel.h"
#include "ui/lab/AttackTableModel.h"
#include "ui/lab/BytesView.h"
#include "ui/lab/CostView.h"
#include "ui/lab/LabChartView.h"
#include "ui/lab/LabHistoryModel.h"
#include "ui/lab/LabPage.h"
#include "ui/lab/LabTableModel.h"
#include "ui/lab/NodesView.h"
#include "ui/lab/RevocationView.h"
#include "ui/lab/ScaleView.h"
#include "ui/lab/StolenView.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/StatusColors.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace authscope;

namespace {

// The tiny Lab with one small session table.
lab::LabOptions tinyOptions()
{
    lab::LabOptions o = test::tinyLabOptions();
    o.scaleSizes = {1000};
    o.scaleOperations = 2000;
    o.scaleJwtSeconds = 0.05;
    o.stolenObserveMs = 1500;
    o.stolenTokenLifetimeSecs = 60;
    o.nodeRepetitions = 2;
    return o;
}

int pointCount(const QChart* chart)
{
    int points = 0;
    const QList<QAbstractSeries*> series = chart->series();
    for (const QAbstractSeries* s : series) {
        if (const auto* xy = qobject_cast<const QXYSeries*>(s); xy != nullptr) {
            points += xy->count();
        } else if (const auto* bars = qobject_cast<const QAbstractBarSeries*>(s); bars != nullptr) {
            const QList<QBarSet*> sets = bars->barSets();
            for (const QBarSet* set : sets) {
                points += set->count();
            }
        }
    }
    return points;
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class tst_LabPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelsPassTester();
    void runShowsEveryExperiment();
    void chartsFollowColourScheme();
    void exportWritesCsvAndJson();
    void historyShowsAndDeletes();
    void cancelStopsRun();
    void selfAttackPasses();
    void selfAttackCancels();
    void otherServerWithSigningKey();

private:
    test::ConsoleWorld m_world;
    std::unique_ptr<LabPage> m_page;
};

void tst_LabPage::initTestCase()
{
    QVERIFY(m_world.open(QStringLiteral("lab.db"), {}));
    m_page = std::make_unique<LabPage>(AppContext{*m_world.db, *m_world.audit, *m_world.settings, Clock::system()});
    m_page->setOptionsForTesting(tinyOptions());
    const lab::SelfAttackEnvironment::Options cheap = test::cheapAttackOptions();
    m_page->setAttackOptionsForTesting(cheap);
    m_page->resize(1024, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_LabPage::cleanupTestCase()
{
    m_page.reset();
    m_world.close();
}

void tst_LabPage::modelsPassTester()
{
    LabTableModel table;
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setCheckable(true);
    table.setTable({{QStringLiteral("Mode"), 0, {}}, {QStringLiteral("Value"), 2, {}}},
                   {{QStringLiteral("a"), 1.5}, {QStringLiteral("b"), QVariant()}, {QStringLiteral("c"), qint64(7)}},
                   {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.index(1, 1).data().toString(), QStringLiteral("—"));
    QVERIFY(table.setData(table.index(2, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(table.checkedKeys(), QStringList{QStringLiteral("c")});
    QVERIFY(!table.setData(table.index(2, 1), Qt::Checked, Qt::CheckStateRole));
    table.clear();
    QCOMPARE(table.rowCount(), 0);

    LabHistoryModel history;
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    lab::LabRun run;
    run.id = 42;
    run.experiment = lab::Experiment::Scale;
    run.started = QDateTime::currentDateTimeUtc();
    run.finished = run.started.addSecs(3);
    run.cancelled = true;
    history.setRuns({run});
    QCOMPARE(history.rowOf(42), 0);
    QCOMPARE(history.index(0, static_cast<int>(LabHistoryModel::Column::Outcome)).data().toString(),
             QStringLiteral("cancelled"));

    AttackTableModel attacks;
    QAbstractItemModelTester attackTester(&attacks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<lab::AttackSpec> catalogue = lab::AttackRunner::catalogue();
    attacks.reset(catalogue);
    QCOMPARE(attacks.rowCount(), catalogue.size());
    lab::AttackResult result;
    result.spec = catalogue.constFirst();
    result.outcome = lab::AttackResult::Outcome::Accepted;
    result.got = QStringLiteral("200");
    attacks.setResult(result);
    const QModelIndex outcome = attacks.index(0, static_cast<int>(AttackTableModel::Column::Result));
    QCOMPARE(outcome.data().toString(), QStringLiteral("FAIL"));
    QCOMPARE(outcome.data(AttackTableModel::OutcomeRole).toString(), QStringLiteral("FAIL"));
    QVERIFY(outcome.data(Qt::ForegroundRole).isValid());
    QVERIFY(outcome.data(Qt::ToolTipRole).toString().contains(catalogue.constFirst().reference));
}

void tst_LabPage::runShowsEveryExperiment()
{
    // The models the page shows, watched while they fill.
    QAbstractItemModelTester costTester(m_page->costView()->tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(m_page->historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* run = m_page->findChild<QPushButton*>(QStringLiteral("runButton"));
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    auto* progress = m_page->findChild<QProgressBar*>(QStringLiteral("labProgressBar"));
    QVERIFY(run && cancel && progress);
    for (const lab::Experiment e : lab::allExperiments()) {
        auto* box = m_page->findChild<QCheckBox*>(lab::experimentId(e) + QStringLiteral("CheckBox"));
        QVERIFY(box);
        box->setChecked(true);
    }
    QVERIFY(!m_page->costView()->run().has_value());
    QCOMPARE(m_page->historyModel()->rowCount(), 0);

    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(m_page->isRunning());
    QVERIFY(!run->isEnabled());
    QVERIFY(cancel->isEnabled());
    // Charts fill in while an experiment runs, before its result is saved: the stolen-credential table has its
    // seven copies and the bars are drawn while it is still watching the replays.
    StolenView* stolen = m_page->stolenView();
    QTRY_VERIFY_WITH_TIMEOUT(stolen->isShowingPartial() && stolen->tableModel()->rowCount() == 7 &&
                                 pointCount(stolen->barChart()->chart()) > 0,
                             150000);
    QVERIFY(!stolen->run().has_value());
    QVERIFY(m_page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 150000);
    QCOMPARE(progress->value(), 100);
    QVERIFY(run->isEnabled());
    QVERIFY(!cancel->isEnabled());

    // Every tab has its run, a non-empty summary and a table.
    for (const lab::Experiment e : lab::allExperiments()) {
        ExperimentView* v = m_page->view(e);
        QVERIFY2(v->run().has_value(), qPrintable(lab::experimentId(e)));
        QVERIFY(!v->run()->cancelled);
        QVERIFY(v->run()->id > 0);
        QVERIFY2(!v->summaryLabel()->text().trimmed().isEmpty(), qPrintable(lab::experimentId(e)));
        QVERIFY2(v->tableModel()->rowCount() > 0, qPrintable(lab::experimentId(e)));
    }
    QCOMPARE(m_page->historyModel()->rowCount(), 6);

    // Cost: a row per mode (no auth, the cookie modes, a JWT per algorithm and its variants); bars, histogram.
    CostView* cost = m_page->costView();
    const int modes = cost->tableModel()->rowCount();
    QStringList keys;
    for (int row = 0; row < modes; ++row) {
        keys << cost->tableModel()->key(row);
    }
    for (const char* mode :
         {"none", "cookie", "cookie-nocache", "cookie-slide-every", "jwt-HS256", "jwt-ES256", "jwt-HS256-denylist"}) {
        QVERIFY2(keys.contains(QString::fromLatin1(mode)), mode);
    }
    QCOMPARE(keys.constFirst(), QStringLiteral("none"));
    // Grouped: the baseline, then the cookies, then the JWTs.
    QVERIFY(keys.indexOf(QStringLiteral("cookie-slide-every")) < keys.indexOf(QStringLiteral("jwt-HS256")));
    QCOMPARE(pointCount(cost->barChart()->chart()), 3 * modes); // three stacked groups over every mode
    QVERIFY(!cost->barChart()->chart()->axes(Qt::Horizontal).constFirst()->titleText().isEmpty());
    QCOMPARE(cost->tableModel()->checkedKeys().size(), 4);
    QCOMPARE(cost->histogramChart()->chart()->series().size(), 4);
    QVERIFY(pointCount(cost->histogramChart()->chart()) > 0);
    // Unticking a mode in the table takes its line out of the histogram.
    QVERIFY(cost->tableModel()->setData(cost->tableModel()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(cost->histogramChart()->chart()->series().size(), 3);
    // The latency view: p50, p90 and p99 per mode.
    cost->metricCombo()->setCurrentIndex(1);
    const auto* latency = qobject_cast<QAbstractBarSeries*>(cost->barChart()->chart()->series().constFirst());
    QVERIFY(latency);
    QCOMPARE(latency->count(), 3);
    QCOMPARE(pointCount(cost->barChart()->chart()), 3 * modes);
    cost->metricCombo()->setCurrentIndex(0);

    // Revocation: accepted and refused marks on three lanes, and the revocation line.
    RevocationView* revocation = m_page->revocationView();
    QCOMPARE(revocation->tableModel()->rowCount(), 3);
    const QChart* timeline = revocation->timelineChart()->chart();
    QVERIFY(pointCount(timeline) > 10);
    int accepted = 0;
    int refused = 0;
    for (const QAbstractSeries* s : timeline->series()) {
        if (const auto* scatter = qobject_cast<const QScatterSeries*>(s); scatter != nullptr) {
            (scatter->name().contains(QStringLiteral("200")) ? accepted : refused) += scatter->count();
        }
    }
    QVERIFY(accepted > 0);
    QVERIFY(refused > 0);
    QCOMPARE(timeline->axes(Qt::Horizontal).constFirst()->titleText(),
             QStringLiteral("milliseconds since polling started"));

    // Bytes: the cookie and a token per algorithm and claim set; a token row shows its decoded payload.
    BytesView* bytes = m_page->bytesView();
    QVERIFY(bytes->tableModel()->rowCount() >= 1 + 2);
    QVERIFY(pointCount(bytes->barChart()->chart()) > 0);
    QVERIFY(bytes->decodedEdit()->toPlainText().contains(QStringLiteral("\"alg\"")));
    QVERIFY(bytes->decodedEdit()->toPlainText().contains(QStringLiteral("Payload")));
    bytes->selectRow(0); // the cookie
    QVERIFY(bytes->decodedEdit()->toPlainText().contains(QStringLiteral("random ID")));
    bytes->selectRow(1);
    QVERIFY(bytes->decodedEdit()->toPlainText().contains(QStringLiteral("\"exp\"")));

    // Scale: one table size, five lines on log axes.
    ScaleView* scale = m_page->scaleView();
    QCOMPARE(scale->tableModel()->rowCount(), 1);
    QCOMPARE(scale->lineChart()->chart()->series().size(), 5);
    QVERIFY(pointCount(scale->lineChart()->chart()) >= 4);
    QCOMPARE(scale->lineChart()->chart()->axes(Qt::Horizontal).constFirst()->type(), QAbstractAxis::AxisTypeLogValue);

    // Stolen credential: seven copies, the reasons of the refusals in words, bars for both rounds.
    QVERIFY(!stolen->isShowingPartial());
    QCOMPARE(stolen->tableModel()->rowCount(), 7);
    const QString bound = stolen->tableModel()->index(3, 2).data().toString(); // DPoP-bound JWT sent as Bearer
    QVERIFY2(bound.startsWith(QStringLiteral("✘ refused")), qPrintable(bound));
    QVERIFY(stolen->tableModel()->index(0, 2).data().toString().startsWith(QStringLiteral("✔ accepted")));
    QCOMPARE(pointCount(stolen->barChart()->chart()), 2 * 7);
    QCOMPARE(stolen->summaryLabel()->text().count(u'\n'), 2); // three short bullets

    // Revocation across nodes (SQLite here): four rows, a point per revocation, no PostgreSQL chart.
    NodesView* nodes = m_page->nodesView();
    QCOMPARE(nodes->tableModel()->rowCount(), 4);
    QCOMPARE(pointCount(nodes->sqliteChart()->chart()), 4 * 2);
    QVERIFY(!nodes->postgresChart()->isVisible());
    QVERIFY(nodes->tableModel()->index(0, 9).data().toString().contains(QStringLiteral("change counter")));

    // The results are in the database.
    lab::LabResultStore store(*m_world.db, *m_world.audit);
    QCOMPARE(store.list().value().size(), 6);
}

void tst_LabPage::chartsFollowColourScheme()
{
    applyColorScheme(Settings::ColorScheme::Light);
    QChart* before = m_page->revocationView()->timelineChart()->chart();
    QCOMPARE(before->theme(), QChart::ChartThemeLight);
    applyColorScheme(Settings::ColorScheme::Dark);
    // Every chart is drawn again in the dark theme, its marks in colours made for it.
    for (const lab::Experiment e : lab::allExperiments()) {
        const QList<LabChartView*> charts = m_page->view(e)->findChildren<LabChartView*>();
        QVERIFY(!charts.isEmpty());
        for (LabChartView* chart : charts) {
            if (!chart->isVisibleTo(m_page->view(e))) {
                continue; // the PostgreSQL chart of a run on SQLite only
            }
            QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
            QVERIFY2(pointCount(chart->chart()) > 0, qPrintable(chart->objectName()));
        }
    }
    const auto* accepted =
        qobject_cast<QScatterSeries*>(m_page->revocationView()->timelineChart()->chart()->series().constFirst());
    QVERIFY(accepted);
    QCOMPARE(accepted->color(), chartColor(StatusColor::Good, true));
    applyColorScheme(Settings::ColorScheme::Light);
    QTRY_COMPARE(m_page->revocationView()->timelineChart()->chart()->theme(), QChart::ChartThemeLight);
}

void tst_LabPage::exportWritesCsvAndJson()
{
    CostView* cost = m_page->costView();
    QVERIFY(cost->run().has_value());
    const QString csvPath = m_world.dir.filePath(QStringLiteral("cost.csv"));
    const QString jsonPath = m_world.dir.filePath(QStringLiteral("cost.json"));
    QVERIFY(cost->exportCsv(csvPath).has_value());
    QVERIFY(cost->exportJson(jsonPath).has_value());

    const QString csv = readAll(csvPath);
    QVERIFY(csv.startsWith(QStringLiteral("mode,req/s,")));
    QVERIFY(csv.contains(QStringLiteral("\r\njwt-HS256-denylist,")));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 1 + cost->tableModel()->rowCount());

    const QJsonObject json = QJsonDocument::fromJson(readAll(jsonPath).toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("experiment")).toString(), QStringLiteral("cost"));
    QCOMPARE(json.value(QStringLiteral("id")).toInteger(), cost->run()->id);
    QCOMPARE(json.value(QStringLiteral("result")).toObject().value(QStringLiteral("rows")).toArray().size(),
             cost->tableModel()->rowCount());
    QCOMPARE(json.value(QStringLiteral("options")).toObject().value(QStringLiteral("seconds_per_mode")).toDouble(),
             0.2);

    // The revocation table goes out too, one line per method.
    const QString revocationCsv = m_world.dir.filePath(QStringLiteral("revocation.csv"));
    QVERIFY(m_page->revocationView()->exportCsv(revocationCsv).has_value());
    QCOMPARE(readAll(revocationCsv).count(QStringLiteral("\r\n")), 4);
    // Nowhere to write: a readable error, no crash.
    const auto refused = cost->exportCsv(m_world.dir.filePath(QStringLiteral("missing/dir/cost.csv")));
    QVERIFY(!refused.has_value());
    QVERIFY(!refused.error().message.isEmpty());
}

void tst_LabPage::historyShowsAndDeletes()
{
    QTableView* table = m_page->historyView();
    LabHistoryModel* model = m_page->historyModel();
    QCOMPARE(model->rowCount(), 6);
    // Newest first: the last experiment of the run (revocation across nodes) on top.
    QCOMPARE(model->runAt(0)->experiment, lab::Experiment::NodeRevocation);
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->runAt(row - 1)->id > model->runAt(row)->id);
    }
    // Selecting a run shows it in its tab (here: the revocation run, shown already; clear it first).
    const int revocationRow = [model] {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->runAt(r)->experiment == lab::Experiment::RevocationWindow) {
                return r;
            }
        }
        return -1;
    }();
    QVERIFY(revocationRow >= 0);
    const qint64 id = model->runAt(revocationRow)->id;
    m_page->revocationView()->clearRun();
    QCOMPARE(m_page->revocationView()->tableModel()->rowCount(), 0);
    table->setCurrentIndex(model->index(revocationRow, 0));
    QVERIFY(m_page->revocationView()->run().has_value());
    QCOMPARE(m_page->revocationView()->run()->id, id);
    QCOMPARE(m_page->revocationView()->tableModel()->rowCount(), 3);
    auto* show = m_page->findChild<QPushButton*>(QStringLiteral("historyShowButton"));
    QVERIFY(show && show->isEnabled());
    show->click();
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("experimentTabWidget"));
    QCOMPARE(tabs->currentWidget(), m_page->revocationView());

    // Deleting (the button asks first; removeRun is what it calls) clears the tab that showed the run.
    QCOMPARE(m_page->removeRun(id).value(), true);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->rowOf(id), -1);
    QVERIFY(!m_page->revocationView()->run().has_value());
    QCOMPARE(m_page->removeRun(id).value(), false);
    AuditFilter filter;
    filter.action = QStringLiteral("lab.delete");
    QCOMPARE(m_world.audit->count(filter).value(), 1);
}

void tst_LabPage::cancelStopsRun()
{
    lab::LabOptions slow = tinyOptions();
    slow.secondsPerMode = 4; // half a minute for the cost experiment
    m_page->setOptionsForTesting(slow);
    m_page->setSelectedExperiments({lab::Experiment::CostPerRequest, lab::Experiment::Scale});
    auto* run = m_page->findChild<QPushButton*>(QStringLiteral("runButton"));
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    auto* progress = m_page->findChild<QProgressBar*>(QStringLiteral("labProgressBar"));
    const int before = m_page->historyModel()->rowCount();
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(m_page->isRunning());
    // Under way: the progress bar names the step.
    QTRY_VERIFY_WITH_TIMEOUT(progress->format().contains(QStringLiteral("Cost per request")), 20000);
    // Past the first mode's warm-up, so that something was measured (a cancel during the warm-up is reported as
    // a failure by the load generator, see the report).
    QTest::qWait(1000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 20000);
    // The cost run is kept, marked cancelled; scale never started.
    auto* info = m_page->findChild<QLabel*>(QStringLiteral("labInfoLabel"));
    QVERIFY2(m_page->historyModel()->rowCount() == before + 1, qPrintable(info->text() + u' ' + progress->format()));
    QCOMPARE(m_page->historyModel()->runAt(0)->experiment, lab::Experiment::CostPerRequest);
    QVERIFY(m_page->historyModel()->runAt(0)->cancelled);
    QVERIFY(m_page->costView()->run()->cancelled);
    QVERIFY(run->isEnabled());
    m_page->setOptionsForTesting(tinyOptions());
}

void tst_LabPage::selfAttackPasses()
{
    AttackPanel* panel = m_page->attackPanel();
    AttackTableModel* model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("labTabWidget"));
    tabs->setCurrentWidget(panel);
    auto* run = panel->findChild<QPushButton*>(QStringLiteral("attackRunButton"));
    auto* summary = panel->findChild<QLabel*>(QStringLiteral("attackSummaryLabel"));
    auto* exportButton = panel->findChild<QPushButton*>(QStringLiteral("attackExportJsonButton"));
    QVERIFY(run && summary && exportButton);
    QVERIFY(!exportButton->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 90000);
    QVERIFY2(model->rowCount() == lab::AttackRunner::catalogue().size(), qPrintable(summary->text()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex result = model->index(row, static_cast<int>(AttackTableModel::Column::Result));
        QVERIFY2(result.data(AttackTableModel::OutcomeRole).toString() == QStringLiteral("pass"),
                 qPrintable(model->specAt(row).id + QStringLiteral(": ") +
                            model->index(row, static_cast<int>(AttackTableModel::Column::Got)).data().toString() +
                            QStringLiteral(" / ") + summary->text()));
        QCOMPARE(result.data().toString(), QStringLiteral("pass"));
    }
    QVERIFY2(summary->text().contains(QStringLiteral("refused every attack")), qPrintable(summary->text()));
    QVERIFY(exportButton->isEnabled());

    const QString path = m_world.dir.filePath(QStringLiteral("attacks.json"));
    QVERIFY(panel->exportJson(path).has_value());
    const QString text = readAll(path);
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("attacks")).toArray().size(), model->rowCount());
    QVERIFY(json.value(QStringLiteral("target")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(!text.contains(QStringLiteral("eyJ"))); // never a token
}

void tst_LabPage::selfAttackCancels()
{
    AttackPanel* panel = m_page->attackPanel();
    auto* run = panel->findChild<QPushButton*>(QStringLiteral("attackRunButton"));
    auto* cancel = panel->findChild<QPushButton*>(QStringLiteral("attackCancelButton"));
    auto* summary = panel->findChild<QLabel*>(QStringLiteral("attackSummaryLabel"));
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 30000);
    QVERIFY2(summary->text().startsWith(QStringLiteral("Cancelled")), qPrintable(summary->text()));
    // Not every attack ran.
    int notRun = 0;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        notRun += panel->model()->resultAt(row).has_value() ? 0 : 1;
    }
    QVERIFY(notRun > 0);
    QVERIFY(run->isEnabled());
}

void tst_LabPage::otherServerWithSigningKey()
{
    // Another server (a built-in one started by the test, reached by URL) with its private signing key handed over
    // as a file: the claim attacks are signed with it and run; only the revoked-key row needs in-process access.
    lab::SelfAttackEnvironment environment;
    const lab::SelfAttackEnvironment::Options cheap = test::cheapAttackOptions();
    auto target = environment.start(cheap);
    QVERIFY2(target.has_value(), target ? "" : qPrintable(target.error().message));
    QVERIFY(target->signingKey.has_value());
    const QString privatePath = m_world.dir.filePath(QStringLiteral("signing.jwk"));
    const QString publicPath = m_world.dir.filePath(QStringLiteral("public.jwk"));
    for (const auto& [path, includePrivate] : {std::pair{privatePath, true}, std::pair{publicPath, false}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(target->signingKey->toJson(includePrivate)).toJson());
    }

    AttackPanel* panel = m_page->attackPanel();
    auto* other = panel->findChild<QRadioButton*>(QStringLiteral("attackUrlRadioButton"));
    auto* url = panel->findChild<QLineEdit*>(QStringLiteral("attackUrlLineEdit"));
    auto* user = panel->findChild<QLineEdit*>(QStringLiteral("attackUserLineEdit"));
    auto* password = panel->findChild<QLineEdit*>(QStringLiteral("attackPasswordLineEdit"));
    auto* keyFile = panel->findChild<QLineEdit*>(QStringLiteral("attackKeyFileLineEdit"));
    auto* run = panel->findChild<QPushButton*>(QStringLiteral("attackRunButton"));
    auto* summary = panel->findChild<QLabel*>(QStringLiteral("attackSummaryLabel"));
    QVERIFY(other && url && user && password && keyFile && run && summary);
    other->setChecked(true);
    QVERIFY(keyFile->isEnabled());
    url->setText(target->baseUrl);
    user->setText(target->username);
    password->setText(QString::fromUtf8(target->password));

    // A public key cannot sign: refused before anything is sent.
    keyFile->setText(publicPath);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QVERIFY2(summary->text().contains(QStringLiteral("no private key")), qPrintable(summary->text()));
    keyFile->setText(m_world.dir.filePath(QStringLiteral("missing.pem")));
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QVERIFY2(summary->text().contains(QStringLiteral("missing.pem")), qPrintable(summary->text()));

    keyFile->setText(privatePath);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 60000);
    int refused = 0;
    QStringList skipped;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const auto result = panel->model()->resultAt(row);
        QVERIFY(result.has_value());
        QVERIFY2(result->outcome != lab::AttackResult::Outcome::Accepted &&
                     result->outcome != lab::AttackResult::Outcome::Error,
                 qPrintable(result->spec.id + QStringLiteral(": ") + result->got));
        const bool jweRow = result->spec.id.startsWith(QStringLiteral("jwe-")) ||
                            result->spec.id == QStringLiteral("jws-where-jwe-required");
        if (result->outcome == lab::AttackResult::Outcome::Skipped && jweRow) {
            // This target publishes no encryption key and requires no nested JWTs: the JWE rows say so.
            QVERIFY2(result->detail.contains(QStringLiteral("encryption key")) ||
                         result->detail.contains(QStringLiteral("nested JWTs")),
                     qPrintable(result->spec.id + QStringLiteral(": ") + result->detail));
        } else if (result->outcome == lab::AttackResult::Outcome::Skipped) {
            skipped << result->spec.id;
        } else {
            ++refused;
        }
    }
    // With the key, only the row that must revoke a key inside the server is skipped (besides the JWE rows).
    QCOMPARE(skipped, QStringList{QStringLiteral("revoked-key")});
    QVERIFY(refused > 25);
    // Back to the built-in server for anything after this test.
    panel->findChild<QRadioButton*>(QStringLiteral("attackBuiltInRadioButton"))->setChecked(true);
    QVERIFY(!keyFile->isEnabled());
}

QTEST_MAIN(tst_LabPage)
#include "tst_labpage.moc"
