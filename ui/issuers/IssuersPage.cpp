#include "ui/issuers/IssuersPage.h"

#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/PostureLint.h"
#include "core/issuers/RemoteKeySet.h"
#include "ui/issuers/IssuerCallsPanel.h"
#include "ui/issuers/IssuerClientPanel.h"
#include "ui/issuers/IssuerTableModel.h"
#include "ui/issuers/IssuerTask.h"
#include "ui/issuers/IssuerVault.h"
#include "ui/widgets/ButtonSlots.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace authscope {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* table = makeNamed<QTableWidget>(name, 0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        table->setItem(row, c, item);
    }
}

} // namespace

IssuersPage::IssuersPage(const AppContext& context, QWidget* parent)
    : Page(QStringLiteral("issuers"), parent), m_context(context),
      m_store(std::make_unique<issuers::IssuerStore>(context.database, context.audit, context.clock)),
      m_task(std::make_unique<IssuerTask>())
{
    setObjectName(QStringLiteral("issuersPage"));
    setTitle(tr("Issuers"));
    QWidget* addBox = buildAddBox();
    QWidget* busyBar = buildBusyBar();
    QWidget* details = buildDetails();

    m_model = new IssuerTableModel(context.clock, this);
    m_table = makeNamed<QTableView>(QStringLiteral("issuersTableView"), this);
    m_table->setAccessibleName(tr("Saved issuers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(IssuerTableModel::Column::Url),
                                                      QHeaderView::Stretch);

    m_messageLabel = makeMessageLabel(QStringLiteral("messageLabel"), this);
    m_messageLabel->hide();

    m_refreshButton = makeButton(tr("&Refresh"), QStringLiteral("refreshButton"), this);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Fetch the selected issuer's discovery document and keys again (F5)"));
    m_removeButton = makeButton(tr("Re&move"), QStringLiteral("removeButton"), this);
    auto* listBar = new QHBoxLayout;
    listBar->addWidget(new QLabel(tr("Saved issuers"), this), 1);
    listBar->addWidget(m_refreshButton);
    listBar->addWidget(m_removeButton);
    auto* listPane = new QWidget(this);
    auto* listLayout = makeMarginless<QVBoxLayout>(listPane);
    listLayout->addLayout(listBar);
    listLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(addBox);
    layout->addWidget(busyBar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);

    connectSignals();
    reload();
}

IssuersPage::~IssuersPage()
{
    m_task.reset(); // cancels a running call and waits for it before the panels it reports to go
}

QWidget* IssuersPage::buildAddBox()
{
    auto* box = new QGroupBox(tr("Add an issuer"), this);
    m_nameEdit = makeLineEdit(QStringLiteral("nameLineEdit"), tr("name"), tr("Issuer name"), box);
    m_urlEdit = makeLineEdit(QStringLiteral("urlLineEdit"), tr("https://login.example.com"), tr("Issuer URL"), box);
    m_allowHttpCheck = makeNamed<QCheckBox>(QStringLiteral("allowHttpCheckBox"), tr("Allo&w loopback http"), box);
    m_allowHttpCheck->setToolTip(tr("Plain http only to 127.0.0.1 or ::1, for local test providers"));
    m_clientIdEdit = makeLineEdit(QStringLiteral("addClientIdLineEdit"), tr("optional"), tr("Client ID"), box);
    m_secretEdit = makeSecretEdit(QStringLiteral("addClientSecretLineEdit"), tr("optional; sealed in the key vault"),
                                  tr("Client secret"), box);
    m_addButton = makeButton(tr("&Add issuer"), QStringLiteral("addButton"), box,
                             tr("Fetch the discovery document and the keys, and save the issuer when both are good"));

    auto* grid = new QGridLayout(box);
    addBuddyCell(grid, 0, 0, tr("&Name:"), m_nameEdit);
    addBuddyCell(grid, 0, 2, tr("&URL:"), m_urlEdit);
    grid->addWidget(m_allowHttpCheck, 0, 4);
    addBuddyCell(grid, 1, 0, tr("Client &ID:"), m_clientIdEdit);
    addBuddyCell(grid, 1, 2, tr("Client &secret:"), m_secretEdit);
    grid->addWidget(m_addButton, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 3);
    return box;
}

QWidget* IssuersPage::buildBusyBar()
{
    m_busyBar = makeNamed<QWidget>(QStringLiteral("busyBar"), this);
    m_busyProgress = makeNamed<QProgressBar>(QStringLiteral("busyProgressBar"), m_busyBar);
    m_busyProgress->setRange(0, 0); // no known length: a moving bar
    m_busyProgress->setMaximumWidth(120);
    m_busyProgress->setTextVisible(false);
    m_busyLabel = makeNamed<QLabel>(QStringLiteral("busyLabel"), m_busyBar);
    m_busyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelButton = makeButton(tr("Cancel"), QStringLiteral("cancelCallButton"), m_busyBar);
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->setToolTip(tr("Stop the call to the issuer (Esc)"));
    auto* row = makeMarginless<QHBoxLayout>(m_busyBar);
    row->addWidget(m_busyProgress);
    row->addWidget(m_busyLabel, 1);
    row->addWidget(m_cancelButton);
    m_busyBar->hide();
    return m_busyBar;
}

QWidget* IssuersPage::buildDetails()
{
    m_tabs = makeNamed<QTabWidget>(QStringLiteral("detailsTabWidget"), this);

    m_discoveryText = makeNamed<QPlainTextEdit>(QStringLiteral("discoveryPlainTextEdit"), m_tabs);
    m_discoveryText->setReadOnly(true);
    m_discoveryText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_discoveryText->setAccessibleName(tr("Discovery document"));

    auto* keysPage = new QWidget(m_tabs);
    m_keysLabel = makeWrappedLabel(QStringLiteral("keysLabel"), keysPage);
    m_keysTable = makeTable(keysPage, QStringLiteral("keysTableWidget"),
                            {tr("kid"), tr("Type"), tr("alg"), tr("use"), tr("Bits"), tr("SHA-256 thumbprint")});
    m_keysTable->setAccessibleName(tr("The issuer's keys"));
    m_keysTable->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    auto* keysLayout = new QVBoxLayout(keysPage);
    keysLayout->addWidget(m_keysLabel);
    keysLayout->addWidget(m_keysTable, 1);

    auto* lintPage = new QWidget(m_tabs);
    m_lintTable = makeTable(lintPage, QStringLiteral("lintTableWidget"),
                            {tr("Severity"), tr("Finding"), tr("Reference"), tr("What was found"), tr("Fix")});
    m_lintTable->setAccessibleName(tr("Posture findings"));
    m_lintTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch); // what was found
    m_lintTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_lintTable->horizontalHeader()->resizeSection(4, 280);
    m_lintButton = makeButton(tr("Fetch and &check again"), QStringLiteral("lintButton"), lintPage,
                              tr("Fetch the issuer's current discovery document and keys, then check them"));
    auto* lintLayout = new QVBoxLayout(lintPage);
    lintLayout->addWidget(m_lintTable, 1);
    lintLayout->addWidget(m_lintButton, 0, Qt::AlignRight);

    m_clientPanel = new IssuerClientPanel(m_context, *m_store, m_tabs);
    m_callsPanel = new IssuerCallsPanel(m_context, *m_store, *m_task, m_tabs);

    m_tabs->addTab(keysPage, tr("&Keys"));
    m_tabs->addTab(lintPage, tr("&Lint"));
    m_tabs->addTab(m_discoveryText, tr("&Discovery document"));
    m_tabs->addTab(m_clientPanel, tr("Clien&t"));
    m_tabs->addTab(m_callsPanel, tr("Tok&en calls"));
    return m_tabs;
}

void IssuersPage::connectSignals()
{
    connectClicks(this, {{m_addButton, &IssuersPage::addIssuer},
                         {m_refreshButton, &IssuersPage::refreshSelected},
                         {m_lintButton, &IssuersPage::lintSelected},
                         {m_removeButton, &IssuersPage::removeSelected},
                         {m_cancelButton, &IssuersPage::cancelCall}});
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &IssuersPage::addIssuer);
    connect(m_task.get(), &IssuerTask::runningChanged, this, &IssuersPage::setBusy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IssuersPage::showSelected);
    connect(m_clientPanel, &IssuerClientPanel::issuerChanged, this, [this](const QString&, const QString& message) {
        reload();
        showMessage(message, false);
    });
    connect(m_clientPanel, &IssuerClientPanel::failed, this, [this](const QString& text) { showMessage(text, true); });
    connect(m_callsPanel, &IssuerCallsPanel::messageShown, this, &IssuersPage::showMessage);
    connect(m_callsPanel, &IssuerCallsPanel::tokenOpenRequested, this, &Page::tokenOpenRequested);
}

void IssuersPage::activated()
{
    if (!isBusy()) {
        reload();
    }
}

bool IssuersPage::isBusy() const
{
    return m_task->isRunning();
}

void IssuersPage::setBusy(bool busy, const QString& description)
{
    m_busyLabel->setText(DisplayText::escape(description));
    m_busyBar->setVisible(busy);
    updateActions();
    if (busy) {
        showMessage(QString(), false);
    }
}

void IssuersPage::updateActions()
{
    // One call at a time: what would start another waits; the rest of the window stays usable.
    const bool busy = isBusy();
    const bool selected = !selectedName().isEmpty();
    m_addButton->setEnabled(!busy);
    m_refreshButton->setEnabled(!busy && selected);
    m_lintButton->setEnabled(!busy && selected);
    m_removeButton->setEnabled(!busy && selected);
}

void IssuersPage::cancelCall()
{
    m_task->cancel();
}

void IssuersPage::reload()
{
    const QString keep = selectedName();
    auto all = m_store->list();
    if (!all) {
        showMessage(all.error().message, true);
        return;
    }
    m_model->setIssuers(*all);
    const int row = keep.isEmpty() ? 0 : std::max(0, m_model->rowOf(keep));
    if (m_model->rowCount() > 0) {
        m_table->selectRow(row);
    }
    showSelected();
}

QString IssuersPage::selectedName() const
{
    const issuers::Issuer* issuer = m_model == nullptr ? nullptr : m_model->issuerAt(m_table->currentIndex().row());
    return issuer == nullptr ? QString() : issuer->name;
}

void IssuersPage::showMessage(const QString& text, bool error)
{
    m_messageLabel->setText(DisplayText::escape(text));
    m_messageLabel->setStyleSheet(
        error ? QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px") : QString());
    m_messageLabel->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        Q_EMIT statusMessage(text);
    }
}

void IssuersPage::addIssuer()
{
    const QString url = m_urlEdit->text().trimmed();
    QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        name = QUrl(url).host();
    }
    if (url.isEmpty()) {
        showMessage(tr("Enter the issuer's URL."), true);
        return;
    }
    issuers::IssuerStore::NewIssuer request{
        name, url, m_clientIdEdit->text().trimmed(), {}, m_allowHttpCheck->isChecked()};
    KeyVault* vault = nullptr;
    if (!m_secretEdit->text().isEmpty()) {
        QString why;
        if (!IssuerVault::ensureUnlocked(m_context.keyVault, this, &why)) {
            showMessage(why, true);
            return;
        }
        request.clientSecret = m_secretEdit->text().toUtf8();
        vault = m_context.keyVault;
    }
    // The worker gets its own store: the database hands each thread its own connection.
    const AppContext context = m_context;
    m_task->start( // the buttons that start a call are disabled while one runs, so this one starts
        tr("Adding %1: discovery and keys from %2").arg(name, url), request.allowHttp,
        [context, request, vault](issuers::HttpFetcher& fetcher) -> Result<QJsonObject> {
            issuers::IssuerStore store(context.database, context.audit, context.clock);
            auto added = store.add(request, fetcher, vault);
            if (!added) {
                return std::unexpected(added.error());
            }
            return QJsonObject{{QStringLiteral("name"), added->name}, {QStringLiteral("jwks_uri"), added->jwksUri()}};
        },
        [this, url](const Result<QJsonObject>& added, bool cancelled) {
            if (!added) {
                showMessage(cancelled ? tr("Cancelled: nothing was saved for %1").arg(url) : added.error().message,
                            true);
                return;
            }
            const QString savedName = added->value(QLatin1StringView("name")).toString();
            m_nameEdit->clear();
            m_urlEdit->clear();
            m_clientIdEdit->clear();
            m_secretEdit->clear();
            reload();
            m_table->selectRow(m_model->rowOf(savedName));
            showMessage(
                tr("Added %1: keys from %2").arg(savedName, added->value(QLatin1StringView("jwks_uri")).toString()),
                false);
        });
}

void IssuersPage::refreshSelected()
{
    refresh(false);
}

void IssuersPage::lintSelected()
{
    refresh(true);
}

void IssuersPage::refresh(bool thenLint)
{
    const issuers::Issuer* issuer = m_model->issuerAt(m_table->currentIndex().row());
    if (issuer == nullptr) {
        return;
    }
    const QString name = issuer->name;
    const AppContext context = m_context;
    m_task->start(
        tr("Refreshing %1 from %2").arg(name, issuer->url), issuer->allowHttp,
        [context, name](issuers::HttpFetcher& fetcher) -> Result<QJsonObject> {
            issuers::IssuerStore store(context.database, context.audit, context.clock);
            auto refreshed = store.refresh(name, fetcher);
            if (!refreshed) {
                return std::unexpected(refreshed.error());
            }
            return QJsonObject();
        },
        [this, name, thenLint](const Result<QJsonObject>& refreshed, bool cancelled) {
            if (!refreshed) {
                showMessage(cancelled ? tr("Cancelled: %1 keeps its last document and keys").arg(name)
                                      : refreshed.error().message,
                            true);
                return;
            }
            reload();
            if (thenLint) {
                m_tabs->setCurrentIndex(1);
            }
            showMessage(tr("Refreshed %1").arg(name), false);
        });
}

void IssuersPage::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || isBusy()) {
        return;
    }
    if (!askYesNo(this, tr("Remove issuer"),
                  tr("Remove %1 and its cached keys? Tokens from it can then no longer be verified by its name.")
                      .arg(name))) {
        return;
    }
    if (auto removed = m_store->remove(name); !removed) {
        showMessage(removed.error().message, true);
        return;
    }
    showMessage(tr("Removed %1").arg(name), false);
    reload();
}

void IssuersPage::showSelected()
{
    const issuers::Issuer* issuer = m_model->issuerAt(m_table->currentIndex().row());
    updateActions();
    m_keysTable->setRowCount(0);
    m_lintTable->setRowCount(0);
    m_clientPanel->setIssuer(issuer);
    m_callsPanel->setIssuer(issuer);
    if (issuer == nullptr) {
        m_discoveryText->clear();
        m_keysLabel->setText(tr("No issuer selected."));
        return;
    }
    m_discoveryText->setPlainText(
        DisplayText::escape(QString::fromUtf8(QJsonDocument(issuer->discovery).toJson(QJsonDocument::Indented))));
    showKeys(*issuer);
    showLint(*issuer);
}

void IssuersPage::showKeys(const issuers::Issuer& issuer)
{
    auto set = issuers::RemoteKeySet::parse(issuer.jwks);
    QString keysText = tr("From %1, fetched %2 ago, reused for %3.")
                           .arg(DisplayText::escape(issuer.jwksUri()),
                                TimeFormat::duration((m_context.clock.nowMs() - issuer.jwksFetchedMs) / 1000),
                                TimeFormat::duration(issuer.jwksMaxAgeSecs));
    if (!issuer.lastError.isEmpty()) {
        keysText += u' ' + tr("The last refresh failed: %1").arg(DisplayText::escape(issuer.lastError));
    }
    if (set) {
        for (const QString& skipped : set->skipped()) {
            keysText += u'\n' + tr("Skipped %1").arg(DisplayText::escape(skipped));
        }
        m_keysTable->setRowCount(static_cast<int>(set->keys().size()));
        int row = 0;
        for (const jose::Jwk& k : set->keys().keys()) {
            setRow(m_keysTable, row++,
                   {DisplayText::escape(k.kid()), k.typeName() + (k.curve().isEmpty() ? QString() : u' ' + k.curve()),
                    DisplayText::escape(k.alg()), DisplayText::escape(k.use()), QString::number(k.bits()),
                    k.thumbprintBase64Url().value_or(QString())});
        }
    }
    m_keysLabel->setText(keysText);
}

void IssuersPage::showLint(const issuers::Issuer& issuer)
{
    const QList<issuers::LintFinding> findings = issuers::PostureLint::check(issuer.discovery, issuer.jwks);
    m_lintTable->setRowCount(static_cast<int>(findings.size()));
    int row = 0;
    for (const issuers::LintFinding& f : findings) {
        setRow(
            m_lintTable, row++,
            {issuers::LintFinding::severityName(f.severity), f.id, f.reference, DisplayText::escape(f.message), f.fix});
    }
    m_tabs->setTabText(1, findings.isEmpty() ? tr("&Lint") : tr("&Lint (%1)").arg(findings.size()));
}

} // namespace authscope
