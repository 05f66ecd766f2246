#include "ui/audit/AuditPage.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/common/Settings.h"
#include "core/common/TimeFormat.h"
#include "core/keys/KeyVault.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/widgets/ButtonSlots.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/KeyValueView.h"
#include "ui/widgets/ShortcutActions.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace authscope {

namespace {

QString csvField(const QString& value)
{
    QString v = value;
    // A leading formula character would make a spreadsheet run the cell; quote it as text.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0))) {
        v.prepend(u'\'');
    }
    if (v.contains(u'"') || v.contains(u',') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

} // namespace

AuditPage::AuditPage(const AppContext& context, QWidget* parent)
    : Page(QStringLiteral("audit"), parent), m_context(context)
{
    setObjectName(QStringLiteral("auditPage"));
    setTitle(tr("Audit log"));

    QLayout* filterRow = buildFilterRow();
    QWidget* splitter = buildEntries();

    m_countLabel = makeNamed<QLabel>(QStringLiteral("countLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_verifyLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_countLabel);

    // Reading order: the filters and buttons of the top row, the entries, then the entry's details.
    setTabOrder(m_actionCombo, m_periodCombo);
    setTabOrder(m_periodCombo, m_sinceEdit);
    setTabOrder(m_sinceEdit, m_searchEdit);
    setTabOrder(m_searchEdit, m_refreshButton);
    setTabOrder(m_refreshButton, m_verifyButton);
    setTabOrder(m_verifyButton, m_exportButton);
    setTabOrder(m_exportButton, m_table);
    setTabOrder(m_table, m_details);

    // Ctrl+F goes to the text filter from anywhere on the page.
    addFindShortcut(this, tr("Find"), m_searchEdit);

    m_filterTimer = makeDelayTimer(250, this);
    m_refreshTimer = makeNamed<QTimer>(QStringLiteral("autoRefreshTimer"), this);
    m_refreshTimer->setInterval(context.settings.refreshIntervalSecs() * 1000);
    m_refreshTimer->start();

    connectSignals();

    reloadActions();
    updateCount();
}

// The filters and the buttons of the top row.
QLayout* AuditPage::buildFilterRow()
{
    m_actionCombo = makeNamed<QComboBox>(QStringLiteral("actionComboBox"), this);
    m_actionCombo->setMinimumContentsLength(18);
    m_actionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actionCombo->setAccessibleName(tr("Action filter"));

    m_searchEdit = makeNamed<QLineEdit>(QStringLiteral("searchLineEdit"), this);
    m_searchEdit->setPlaceholderText(tr("Filter by actor, target or details…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Text filter"));
    m_searchEdit->setToolTip(tr("Show the entries whose actor, target or details contain this text (Ctrl+F)"));

    m_periodCombo = makeNamed<QComboBox>(QStringLiteral("periodComboBox"), this);
    m_periodCombo->setAccessibleName(tr("Date filter"));
    m_periodCombo->addItem(tr("Any time"), qint64(0));
    m_periodCombo->addItem(tr("Last hour"), qint64(3600));
    m_periodCombo->addItem(tr("Last 24 hours"), qint64(24 * 3600));
    m_periodCombo->addItem(tr("Last 7 days"), qint64(7 * 24 * 3600));
    m_periodCombo->addItem(tr("Last 30 days"), qint64(30 * 24 * 3600));
    m_periodCombo->addItem(tr("Since…"), qint64(-1));
    m_sinceEdit =
        makeNamed<QDateTimeEdit>(QStringLiteral("sinceDateTimeEdit"), QDateTime::currentDateTime().addDays(-1), this);
    m_sinceEdit->setCalendarPopup(true);
    m_sinceEdit->setAccessibleName(tr("Since"));
    m_sinceEdit->setVisible(false);

    m_refreshButton = makeButton(tr("&Refresh"), QStringLiteral("refreshButton"), this);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Reload the log (F5)"));

    m_verifyButton = makeButton(tr("Ver&ify chain"), QStringLiteral("verifyButton"), this);
    m_verifyButton->setToolTip(tr("Recompute every row's hash and report the first row that was edited, "
                                  "inserted or deleted"));

    m_exportButton = makeButton(tr("E&xport CSV…"), QStringLiteral("exportButton"), this);

    auto* filterRow = new QHBoxLayout;
    auto* actionLabel = makeBuddyLabel(tr("&Action:"), m_actionCombo, this);
    filterRow->addWidget(actionLabel);
    filterRow->addWidget(m_actionCombo);
    filterRow->addWidget(m_periodCombo);
    filterRow->addWidget(m_sinceEdit);
    filterRow->addWidget(m_searchEdit, 1);
    filterRow->addWidget(m_refreshButton);
    filterRow->addWidget(m_verifyButton);
    filterRow->addWidget(m_exportButton);
    return filterRow;
}

// The verification result, the entries and the details of the selected one.
QWidget* AuditPage::buildEntries()
{
    m_verifyLabel = makeMessageLabel(QStringLiteral("verifyResultLabel"), this);
    m_verifyLabel->hide();

    m_model = new AuditTableModel(m_context.audit, m_context.settings.auditPageSize(), this);
    m_table = makeRecordTable(QStringLiteral("auditTableView"), m_model, tr("Audit log entries"), this);
    setSizableColumns(m_table);
    setRowPadding(m_table, 8);
    using Column = AuditTableModel::Column;
    setColumnWidths<Column>(
        m_table,
        {{Column::Id, 60}, {Column::Time, 150}, {Column::Actor, 100}, {Column::Action, 160}, {Column::Target, 200}});

    m_details = makeNamed<KeyValueView>(QStringLiteral("detailsTreeWidget"), this);
    m_details->setAccessibleName(tr("Entry details"));

    m_emptyLabel = makeNamed<QLabel>(QStringLiteral("emptyStateLabel"), this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No entry matches these filters. Widen the date range, choose \"All actions\" or clear "
                             "the text filter."));
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    auto* entries = new QWidget(this);
    auto* entriesLayout = makeMarginless<QVBoxLayout>(entries);
    entriesLayout->addWidget(m_table, 1);
    entriesLayout->addWidget(m_emptyLabel, 1);

    auto* splitter = makeNamed<QSplitter>(QStringLiteral("auditSplitter"), Qt::Vertical, this);
    splitter->addWidget(entries);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void AuditPage::connectSignals()
{
    connect(m_filterTimer, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_refreshTimer, &QTimer::timeout, this, &AuditPage::autoRefresh);
    connect(m_searchEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_sinceEdit->setVisible(m_periodCombo->currentData().toLongLong() < 0);
        applyFilter();
    });
    connect(m_sinceEdit, &QDateTimeEdit::dateTimeChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showDetails);
    connectClicks(this, {{m_refreshButton, &AuditPage::refresh},
                         {m_verifyButton, &AuditPage::verifyChain},
                         {m_exportButton, &AuditPage::exportCsv}});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_model, &AuditTableModel::loadFailed, this,
            [this](const QString& message) { Q_EMIT statusMessage(tr("Cannot read the audit log: %1").arg(message)); });
    // New rows from this process: refresh now if visible, else when the page is shown again.
    connect(&m_context.audit, &AuditLog::entryAppended, this, [this] {
        if (isVisible()) {
            refresh();
        } else {
            m_dirty = true;
        }
    });
}

void AuditPage::activated()
{
    // Other processes (the CLI, the test server) may have written meanwhile.
    refresh();
    m_dirty = false;
}

void AuditPage::setAutoRefreshInterval(int ms)
{
    m_refreshTimer->setInterval(ms);
}

// New rows (from this window, the CLI or the test server) show without a click; the selected row stays selected.
void AuditPage::autoRefresh()
{
    if (!isVisible()) {
        return;
    }
    auto total = m_context.audit.count(AuditFilter{});
    if (!total || *total == m_seenTotal) {
        return;
    }
    const bool first = m_seenTotal < 0;
    m_seenTotal = *total;
    if (first) {
        return; // what activated() read is current
    }
    const AuditEntry* current = m_model->entryAt(m_table->currentIndex().row());
    const qint64 keepId = current == nullptr ? 0 : current->id;
    refresh();
    for (int row = 0; keepId != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->id == keepId) {
            m_table->selectRow(row);
            break;
        }
    }
}

void AuditPage::refresh()
{
    reloadActions();
    m_model->reload();
}

void AuditPage::reloadActions()
{
    const QString current = m_actionCombo->currentData().toString();
    const QSignalBlocker block(m_actionCombo);
    m_actionCombo->clear();
    m_actionCombo->addItem(tr("All actions"), QString());
    auto actions = m_context.audit.actions();
    if (actions) {
        // Offer each area ("session.") as well as each action.
        QStringList prefixes;
        for (const QString& a : std::as_const(*actions)) {
            const qsizetype dot = a.indexOf(u'.');
            if (dot > 0 && !prefixes.contains(a.left(dot + 1))) {
                prefixes << a.left(dot + 1);
            }
        }
        for (const QString& p : std::as_const(prefixes)) {
            m_actionCombo->addItem(tr("%1* (all)").arg(p), p);
        }
        for (const QString& a : std::as_const(*actions)) {
            m_actionCombo->addItem(a, a);
        }
    }
    const int index = m_actionCombo->findData(current);
    m_actionCombo->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<qint64> AuditPage::sinceMs() const
{
    const qint64 period = m_periodCombo->currentData().toLongLong();
    if (period < 0) {
        return m_sinceEdit->dateTime().toMSecsSinceEpoch();
    }
    if (period > 0) {
        return m_context.clock.nowMs() - period * 1000;
    }
    return std::nullopt;
}

void AuditPage::applyFilter()
{
    m_model->setFilter(m_actionCombo->currentData().toString(), m_searchEdit->text().trimmed(), sinceMs());
}

void AuditPage::updateCount()
{
    const bool empty = m_model->totalCount() == 0;
    const bool filtered = !m_actionCombo->currentData().toString().isEmpty() ||
                          !m_searchEdit->text().trimmed().isEmpty() || sinceMs().has_value();
    // An empty state says why nothing is shown, instead of an empty grid and a details pane of another row.
    m_emptyLabel->setText(filtered ? tr("No entry matches these filters. Widen the date range, choose \"All "
                                        "actions\" or clear the text filter.")
                                   : tr("The audit log is empty."));
    m_emptyLabel->setVisible(empty);
    m_table->setVisible(!empty);
    m_countLabel->setText(tr("%Ln entries", nullptr, static_cast<int>(m_model->totalCount())));
}

void AuditPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const AuditEntry* e = current.isValid() ? m_model->entryAt(current.row()) : nullptr;
    if (e == nullptr) {
        m_details->clearDetails();
        return;
    }
    // D-DISPLAY: an audit row quotes what was typed at the login form
    m_details->setDetails({{tr("Entry"), QString::number(e->id)},
                           {tr("Time"), KeyValueView::readable(QStringLiteral("time_ms"), QJsonValue(e->timeMs))},
                           {tr("Actor"), DisplayText::escape(e->actor)},
                           {tr("Action"), DisplayText::escape(e->action)},
                           {tr("Target"), DisplayText::escape(e->target)}},
                          e->details);
    auto* hashes = new QTreeWidgetItem(m_details, {tr("Hashes"), QString()});
    new QTreeWidgetItem(hashes, {tr("previous"), e->prevHash});
    new QTreeWidgetItem(hashes, {tr("this row"), e->hash});
}

void AuditPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    // A style sheet keeps the colour it was set with: give the verdict the other scheme's colour.
    if (event->type() == QEvent::PaletteChange && m_verifyLabel != nullptr && !m_verifyLabel->styleSheet().isEmpty()) {
        const bool good = m_verifyLabel->property("chainIntact").toBool();
        m_verifyLabel->setStyleSheet(
            statusStyleSheet(QStringLiteral("QLabel"), good ? StatusColor::Good : StatusColor::Bad, true));
    }
}

QString AuditPage::sealSentence(const AuditVerifyReport& report) const
{
    // A-SEAL: say how much the verdict covers: the seals need the audit key, which the unlocked vault brings.
    QString text;
    // A-SEAL-BOUND: with a locked vault, a log without seals may be one whose seals were stripped.
    const bool vaultLocked = m_context.keyVault != nullptr && !m_context.keyVault->isUnlocked() &&
                             m_context.keyVault->isInitialised().value_or(false);
    if (!report.sealed && vaultLocked) {
        text = tr("No seals found, and none checked: unlock the key vault (Keys page); only its passphrase tells "
                  "whether this log must carry seals.");
    } else if (!report.sealed) {
        text = tr("Not sealed yet: the audit key is made when the key vault is first unlocked.");
    } else if (!report.sealsChecked) {
        text = tr("Seals not checked: unlock the key vault (Keys page) to check them.");
    } else {
        text = tr("Sealed through row %1; every seal checked.").arg(report.sealedThrough);
    }
    if (report.sealed && report.unsealedRows > 0) {
        text += u' ' + tr("%Ln newer row(s) not sealed yet (written while the vault was locked).", nullptr,
                          static_cast<int>(report.unsealedRows));
    }
    return text;
}

void AuditPage::verifyChain()
{
    auto report = m_context.audit.verify();
    m_verifyLabel->show();
    if (!report) {
        m_verifyLabel->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), StatusColor::Bad, true));
        m_verifyLabel->setText(tr("Could not check the chain: %1").arg(report.error().message));
        return;
    }
    m_verifyLabel->setProperty("chainIntact", report->intact);
    if (report->intact) {
        m_verifyLabel->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), StatusColor::Good, true));
        m_verifyLabel->setText(tr("✔ Chain intact: %Ln row(s) checked, none edited, inserted or deleted.", nullptr,
                                  static_cast<int>(report->rowsChecked)) +
                               u' ' + sealSentence(*report));
    } else {
        m_verifyLabel->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), StatusColor::Bad, true));
        m_verifyLabel->setText(tr("✘ Chain broken at row %1: %2").arg(report->firstBadId).arg(report->reason) + u' ' +
                               tr("(kind of break: %1)").arg(report->kind));
    }
    Q_EMIT statusMessage(m_verifyLabel->text());
}

void AuditPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), QStringLiteral("audit.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    AuditFilter filter;
    filter.action = m_actionCombo->currentData().toString();
    filter.text = m_searchEdit->text().trimmed();
    filter.sinceMs = sinceMs();
    filter.limit = 1000;
    qint64 rows = 0;
    file.write("id,time_utc,actor,action,target,details,prev_hash,hash\n");
    while (true) {
        auto page = m_context.audit.list(filter);
        if (!page) {
            file.cancelWriting();
            QMessageBox::warning(this, tr("Export failed"), page.error().message);
            return;
        }
        if (page->isEmpty()) {
            break;
        }
        for (const AuditEntry& e : std::as_const(*page)) {
            const QStringList fields{
                QString::number(e.id),
                TimeFormat::isoUtc(e.timeMs, true),
                csvField(e.actor),
                csvField(e.action),
                csvField(e.target),
                csvField(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))),
                e.prevHash,
                e.hash};
            file.write(fields.join(u',').toUtf8() + '\n');
            ++rows;
        }
        filter.beforeId = page->constLast().id;
    }
    if (!file.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    // An export changes no row, so its audit row has a transaction of its own; an export that is not on record
    // is taken back (A-SAME-TX).
    auto recorded =
        m_context.audit.append(QStringLiteral("audit.export"), path, QJsonObject{{QStringLiteral("rows"), rows}});
    if (!recorded) {
        QFile::remove(path);
        QMessageBox::warning(
            this, tr("Export failed"),
            tr("The audit log could not record the export, so %1 was removed: %2").arg(path, recorded.error().message));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %Ln row(s) to %1", nullptr, static_cast<int>(rows)).arg(path));
}

} // namespace authscope
