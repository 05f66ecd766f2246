// The lazy SQL-backed table model, under QAbstractItemModelTester: paging, sorting, filtering, and refreshes
// that keep persistent indexes (the view's selection) on the same sessions.
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "core/sessions/SessionSeeder.h"
#include "ui/sessions/SessionTableModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QTest>

using namespace authscope;
using namespace authscope::test;
using Column = SessionTableModel::Column;

class tst_SessionTableModel final : public QObject
{
    Q_OBJECT

private:
    static void seed(SessionsTestEnv& env, qint64 count) { QVERIFY(env.seed(count, 99)); }

    static int col(Column c) { return static_cast<int>(c); }

    // `sessions` seeded sessions, our store, and a model reading `pageSize` rows at a time under
    // QAbstractItemModelTester.
    struct TestedModel
    {
        SessionsTestEnv env;
        std::unique_ptr<SessionStore> store;
        SessionTableModel model;
        QAbstractItemModelTester tester;

        TestedModel(qint64 sessions, int pageSize)
            : store(seededStore(env, sessions)), model(*store, env.clock, pageSize),
              tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {}

        static std::unique_ptr<SessionStore> seededStore(SessionsTestEnv& env, qint64 sessions)
        {
            seed(env, sessions);
            return env.makeStore();
        }
    };

private Q_SLOTS:
    void pagesInAsTheViewAsks()
    {
        SessionsTestEnv env;
        seed(env, 260);
        auto store = env.makeStore();
        SessionTableModel model(*store, env.clock, 50);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0); // nothing is read until a view asks
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 50);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 100);
        // The tester asks for more itself as it checks the model; the model still goes a page at a time.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount() % 50, 0);
        int rounds = 0;
        while (model.canFetchMore({}) && rounds++ < 20) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 260);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), col(Column::Count));
        // Default order: last seen, newest first.
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.sessionAt(row - 1)->lastSeenMs >= model.sessionAt(row)->lastSeenMs);
        }
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < col(Column::Count); ++c) {
            QTest::addRow("%d", c) << c;
        }
    }

    void sortsInSql()
    {
        QFETCH(int, column);
        TestedModel w(150, 40);
        auto& [env, store, model, tester] = w;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QCOMPARE(model.sortOrder().key, SessionTableModel::sortKeyOf(static_cast<Column>(column)));
            auto page = store->list({}, model.sortOrder(), 40);
            QVERIFY(page);
            QCOMPARE(model.rowCount(), 40);
            for (int row = 0; row < 40; ++row) {
                QCOMPARE(model.data(model.index(row, 0), SessionTableModel::SessionIdRole).toLongLong(),
                         page->sessions.at(row).id);
            }
        }
    }

    void filters()
    {
        TestedModel w(300, 500);
        auto& [env, store, model, tester] = w;
        SessionFilter revoked;
        revoked.states = {SessionState::Revoked};
        model.setFilter(revoked);
        QCOMPARE(model.rowCount(), static_cast<int>(*store->count(revoked)));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row, col(Column::State)), SessionTableModel::StateRole).toInt(),
                     static_cast<int>(SessionState::Revoked));
            QCOMPARE(model.data(model.index(row, col(Column::State))).toString(), QStringLiteral("Revoked"));
        }
        SessionFilter bad;
        bad.ip = QStringLiteral("999.1.");
        model.setFilter(bad);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(!model.canFetchMore({}));
    }

    void displayRoles()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore();
        NewSession spec =
            sessionOf(alice, QStringLiteral("198.51.100.4"),
                      QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"));
        auto s = store->create(spec);
        QVERIFY(s);
        env.clock.advanceSecs(300);
        SessionTableModel model(*store, env.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        auto text = [&model](Column c, int role = Qt::DisplayRole) { return model.data(model.index(0, col(c)), role); };
        QCOMPARE(text(Column::Id).toLongLong(), s->session.id);
        QCOMPARE(text(Column::User).toString(), QStringLiteral("alice"));
        QCOMPARE(text(Column::State).toString(), QStringLiteral("Active"));
        QCOMPARE(text(Column::LastSeen).toString(), QStringLiteral("5 min ago"));
        QCOMPARE(text(Column::Expires).toString(), QStringLiteral("in 25 min"));
        QCOMPARE(text(Column::Ip).toString(), QStringLiteral("198.51.100.4"));
        QCOMPARE(text(Column::Client).toString(), QStringLiteral("Firefox 121 · Linux"));
        QCOMPARE(text(Column::Client, Qt::ToolTipRole).toString(), spec.userAgent);
        QCOMPARE(text(Column::Method).toString(), QStringLiteral("Cookie"));
        QCOMPARE(text(Column::Jwts).toInt(), 0);
        QVERIFY(!model.headerData(col(Column::Jwts), Qt::Horizontal).toString().isEmpty());
        // Time passes without a database change: the same row reads differently.
        env.clock.advanceSecs(1800);
        model.timePassed();
        QCOMPARE(text(Column::State).toString(), QStringLiteral("Expired"));
        QVERIFY(text(Column::Expires).toString().startsWith(QStringLiteral("ended")));
    }

    void refreshKeepsPersistentIndexes()
    {
        SessionsTestEnv env;
        seed(env, 120);
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore();
        SessionTableModel model(*store, env.clock, 40);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 40);

        // Hold on to an active row, as a selection would.
        int heldRow = 5;
        while (model.sessionAt(heldRow)->state(env.clock.nowMs()) != SessionState::Active) {
            ++heldRow;
        }
        const QPersistentModelIndex held(model.index(heldRow, col(Column::State)));
        const qint64 heldId = model.data(held, SessionTableModel::SessionIdRole).toLongLong();

        // New sessions (seen now, so they sort to the top), one revoked row, one row gone.
        NewSession spec;
        spec.userId = alice;
        env.clock.advanceSecs(1);
        QVERIFY(store->create(spec));
        QVERIFY(store->create(spec));
        const qint64 goneId = model.sessionAt(heldRow == 3 ? 4 : 3)->id;
        QVERIFY(*store->revoke(heldId, QStringLiteral("test")));
        env.scalar(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {goneId});

        model.refresh();
        QVERIFY(held.isValid());
        QCOMPARE(model.data(held, SessionTableModel::SessionIdRole).toLongLong(), heldId);
        QCOMPARE(model.data(held, SessionTableModel::StateRole).toInt(), static_cast<int>(SessionState::Revoked));
        QCOMPARE(model.rowOfSession(goneId), -1);
        QCOMPARE(model.sessionAt(0)->userName, QStringLiteral("alice"));
        QCOMPARE(model.rowCount(), 40); // the same window, re-read: what fell off the end comes with the next page
        // The refreshed list is exactly what a fresh query gives.
        auto page = store->list({}, model.sortOrder(), model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.sessionAt(row)->id, page->sessions.at(row).id);
        }

        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 120 + 2 - 1);

        // A session seen again moves up: the persistent index follows it.
        const qint64 movingId = model.sessionAt(30)->id;
        const QPersistentModelIndex moving(model.index(30, 0));
        env.scalar(QStringLiteral("UPDATE sessions SET last_seen_ms = ? WHERE id = ?"),
                   {env.clock.nowMs() + 5, movingId});
        model.refresh();
        QCOMPARE(moving.row(), 0);
        QCOMPARE(model.data(moving, SessionTableModel::SessionIdRole).toLongLong(), movingId);
    }

    void largeListsRefreshInPlace()
    {
        TestedModel w(5200, 5000);
        auto& [env, store, model, tester] = w;
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 5200);
        // Past the structural limit a refresh re-reads the loaded rows by id: values change, rows stay put.
        int row = 0;
        while (model.sessionAt(row)->state(env.clock.nowMs()) != SessionState::Active) {
            ++row;
        }
        const qint64 id = model.sessionAt(row)->id;
        const QPersistentModelIndex held(model.index(row, 0));
        QVERIFY(*store->revoke(id, QStringLiteral("bulk test")));
        model.refresh();
        QCOMPARE(model.rowCount(), 5200);
        QCOMPARE(held.row(), row);
        QCOMPARE(model.data(held, SessionTableModel::StateRole).toInt(), static_cast<int>(SessionState::Revoked));
    }
};

QTEST_MAIN(tst_SessionTableModel)
#include "tst_sessiontablemodel.moc"
