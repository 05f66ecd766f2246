#include "ui/issuers/IssuersPage.h"

#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/PostureLint.h"
#include "core/issuers/RemoteKeySet.h"
#include "ui/issuers/IssuerTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
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
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
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
    : Page(parent), m_context(context),
      m_store(std::make_unique<issuers::IssuerStore>(context.database, context.audit, context.clock))
{
    setObjectName(QStringLiteral("issuersPage"));
    QWidget* addRow = buildAddRow();
    QWidget* details = buildDetails();

    m_model = new IssuerTableModel(context.clock, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("issuersTableView"));
    m_table->setAccessibleName(tr("Saved issuers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(IssuerTableModel::Column::Url),
                                                      QHeaderView::Stretch);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(addRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);

    connectSignals();
    reload();
}

IssuersPage::~IssuersPage() = default;

QWidget* IssuersPage::buildAddRow()
{
    auto* row = new QWidget(this);
    m_nameEdit = new QLineEdit(row);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setPlaceholderText(tr("name"));
    m_nameEdit->setMaximumWidth(160);
    m_nameEdit->setAccessibleName(tr("Issuer name"));
    m_urlEdit = new QLineEdit(row);
    m_urlEdit->setObjectName(QStringLiteral("urlLineEdit"));
    m_urlEdit->setPlaceholderText(tr("https://login.example.com"));
    m_urlEdit->setAccessibleName(tr("Issuer URL"));
    m_allowHttpCheck = new QCheckBox(tr("Allow l&oopback http"), row);
    m_allowHttpCheck->setObjectName(QStringLiteral("allowHttpCheckBox"));
    m_allowHttpCheck->setToolTip(tr("Plain http only to 127.0.0.1 or ::1, for local test providers"));
    m_addButton = new QPushButton(tr("&Add issuer"), row);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setToolTip(tr("Fetch the discovery document and the keys, and save the issuer when both are good"));
    m_refreshButton = new QPushButton(tr("&Refresh"), row);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Fetch the selected issuer's discovery document and keys again (F5)"));
    m_removeButton = new QPushButton(tr("Re&move"), row);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));

    auto* nameLabel = new QLabel(tr("&Name:"), row);
    nameLabel->setBuddy(m_nameEdit);
    auto* urlLabel = new QLabel(tr("&URL:"), row);
    urlLabel->setBuddy(m_urlEdit);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(nameLabel);
    layout->addWidget(m_nameEdit);
    layout->addWidget(urlLabel);
    layout->addWidget(m_urlEdit, 1);
    layout->addWidget(m_allowHttpCheck);
    layout->addWidget(m_addButton);
    layout->addSpacing(12);
    layout->addWidget(m_refreshButton);
    layout->addWidget(m_removeButton);
    return row;
}

QWidget* IssuersPage::buildDetails()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailsTabWidget"));

    m_discoveryText = new QPlainTextEdit(m_tabs);
    m_discoveryText->setObjectName(QStringLiteral("discoveryPlainTextEdit"));
    m_discoveryText->setReadOnly(true);
    m_discoveryText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_discoveryText->setAccessibleName(tr("Discovery document"));

    auto* keysPage = new QWidget(m_tabs);
    m_keysLabel = new QLabel(keysPage);
    m_keysLabel->setObjectName(QStringLiteral("keysLabel"));
    m_keysLabel->setWordWrap(true);
    m_keysTable = makeTable(keysPage, QStringLiteral("keysTableWidget"),
                            {tr("kid"), tr("Type"), tr("alg"), tr("use"), tr("Bits"), tr("SHA-256 thumbprint")});
    m_keysTable->setAccessibleName(tr("The issuer's keys"));
    m_keysTable->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    auto* keysLayout = new QVBoxLayout(keysPage);
    keysLayout->addWidget(m_keysLabel);
    keysLayout->addWidget(m_keysTable, 1);

    m_lintTable = makeTable(m_tabs, QStringLiteral("lintTableWidget"),
                            {tr("Severity"), tr("Finding"), tr("Reference"), tr("What was found"), tr("Fix")});
    m_lintTable->setAccessibleName(tr("Posture findings"));
    m_lintTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch); // what was found
    m_lintTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_lintTable->horizontalHeader()->resizeSection(4, 280);

    m_tabs->addTab(keysPage, tr("&Keys"));
    m_tabs->addTab(m_lintTable, tr("&Lint"));
    m_tabs->addTab(m_discoveryText, tr("&Discovery document"));
    return m_tabs;
}

void IssuersPage::connectSignals()
{
    connect(m_addButton, &QPushButton::clicked, this, &IssuersPage::addIssuer);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &IssuersPage::addIssuer);
    connect(m_refreshButton, &QPushButton::clicked, this, &IssuersPage::refreshSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &IssuersPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IssuersPage::showSelected);
}

void IssuersPage::activated()
{
    reload();
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
    Q_EMIT statusMessage(text);
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    issuers::HttpFetcher fetcher(m_allowHttpCheck->isChecked());
    auto added = m_store->add({name, url, {}, {}, m_allowHttpCheck->isChecked()}, fetcher, nullptr);
    QApplication::restoreOverrideCursor();
    if (!added) {
        showMessage(added.error().message, true);
        return;
    }
    showMessage(tr("Added %1: keys from %2").arg(added->name, added->jwksUri()), false);
    m_nameEdit->clear();
    m_urlEdit->clear();
    reload();
    m_table->selectRow(m_model->rowOf(added->name));
}

void IssuersPage::refreshSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    const issuers::Issuer* issuer = m_model->issuerAt(m_table->currentIndex().row());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    issuers::HttpFetcher fetcher(issuer->allowHttp);
    auto refreshed = m_store->refresh(name, fetcher);
    QApplication::restoreOverrideCursor();
    if (!refreshed) {
        showMessage(refreshed.error().message, true);
        return;
    }
    showMessage(tr("Refreshed %1").arg(name), false);
    reload();
}

void IssuersPage::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    if (QMessageBox::question(this, tr("Remove issuer"),
                              tr("Remove %1 and its cached keys? Tokens from it can then no longer be verified by "
                                 "its name.")
                                  .arg(name)) != QMessageBox::Yes) {
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
    m_refreshButton->setEnabled(issuer != nullptr);
    m_removeButton->setEnabled(issuer != nullptr);
    m_keysTable->setRowCount(0);
    m_lintTable->setRowCount(0);
    if (issuer == nullptr) {
        m_discoveryText->clear();
        m_keysLabel->setText(tr("No issuer selected."));
        return;
    }
    m_discoveryText->setPlainText(
        DisplayText::escape(QString::fromUtf8(QJsonDocument(issuer->discovery).toJson(QJsonDocument::Indented))));
    auto set = issuers::RemoteKeySet::parse(issuer->jwks);
    QString keysText = tr("From %1, fetched %2 ago, reused for %3.")
                           .arg(DisplayText::escape(issuer->jwksUri()),
                                TimeFormat::duration((m_context.clock.nowMs() - issuer->jwksFetchedMs) / 1000),
                                TimeFormat::duration(issuer->jwksMaxAgeSecs));
    if (!issuer->lastError.isEmpty()) {
        keysText += u' ' + tr("The last refresh failed: %1").arg(DisplayText::escape(issuer->lastError));
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
    const QList<issuers::LintFinding> findings = issuers::PostureLint::check(issuer->discovery, issuer->jwks);
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
