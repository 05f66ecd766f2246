#include "ui/keys/KeysPage.h"

#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/keys/RotationScheduler.h"
#include "core/services/Services.h"
#include "ui/keys/GenerateKeyDialog.h"
#include "ui/keys/KeyActionDialog.h"
#include "ui/keys/KeyStateDelegate.h"
#include "ui/keys/KeyTableModel.h"
#include "ui/keys/KeyVaultBar.h"
#include "ui/keys/PassphraseDialog.h"
#include "ui/keys/RotationPolicyDialog.h"
#include "ui/keys/RotationTimeline.h"
#include "ui/widgets/ButtonSlots.h"
#include "ui/widgets/ShortcutActions.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>

namespace authscope {

KeysPage::KeysPage(const AppContext& context, QWidget* parent)
    : Page(QStringLiteral("keys"), parent), m_context(context)
{
    setObjectName(QStringLiteral("keysPage"));
    setTitle(tr("Keys"));
    if (m_context.keyStore == nullptr) {
        m_ownServices =
            std::make_unique<Services>(m_context.database, m_context.audit, m_context.keyVault, m_context.clock);
        m_context.keyVault = *m_ownServices->keyVault();
        m_context.keyStore = *m_ownServices->keyStore();
    }
    m_vault = m_context.keyVault;
    m_store = m_context.keyStore;

    QLayout* actionRow = buildActionRow();
    buildKeyTable();
    buildTabs();

    auto* splitter = makeSplitter(QStringLiteral("keysSplitter"), Qt::Vertical, {{m_table, 2}, {m_tabs, 3}}, this);

    m_vaultBar = new KeyVaultBar(*m_vault, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actionRow);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_vaultBar);

    // Reading order: the action row, the keys, the tabs below them (the range before the chart it sets), then
    // the vault row at the bottom.
    QWidget* lock = m_vaultBar->lockButton();
    QWidget* passphrase = m_vaultBar->passphraseButton();
    QWidget* order[] = {m_generateButton, m_importButton, m_rotateButton, m_rotateRevokeButton,
                        m_retireButton,   m_revokeButton, m_exportButton, m_policyButton,
                        m_table,          m_tabs,         m_rangeCombo,   m_timeline,
                        m_jwks,           lock,           passphrase};
    for (std::size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }

    createActions();
    connectSignals();
    startMaintenance();
    refresh();
}

QLayout* KeysPage::buildActionRow()
{
    m_generateButton = makeButton(tr("&Generate…"), QStringLiteral("generateButton"), this,
                                  tr("Generate a new signing or encryption key (Ctrl+G)"));
    m_generateButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_importButton = makeButton(tr("&Import…"), QStringLiteral("importButton"), this,
                                tr("Import a key from a PEM, JWK or JWKS file"));
    m_rotateButton = makeButton(tr("&Rotate…"), QStringLiteral("rotateButton"), this,
                                tr("The next key signs from now on; the active key verifies until its tokens expire "
                                   "(Ctrl+R)"));
    m_rotateButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rotateRevokeButton = makeButton(tr("Rotate && rev&oke…"), QStringLiteral("rotateRevokeButton"), this,
                                      tr("For a compromised key: rotate, and revoke the old active key at once"));
    m_retireButton = makeButton(tr("R&etire…"), QStringLiteral("retireButton"), this,
                                tr("Unpublish the selected key and keep it for the record"));
    m_revokeButton = makeButton(tr("Revo&ke…"), QStringLiteral("revokeButton"), this,
                                tr("Unpublish the selected key at once: its tokens fail"));
    m_exportButton = makeButton(tr("E&xport"), QStringLiteral("exportButton"), this,
                                tr("Export the selected key (public, or private on request)"));
    auto* exportMenu = makeNamed<QMenu>(QStringLiteral("exportMenu"), m_exportButton);
    m_exportButton->setMenu(exportMenu);
    m_policyButton = makeButton(tr("&Policy…"), QStringLiteral("policyButton"), this,
                                tr("Scheduled rotation, token lifetime, leeway and JWKS cache time"));

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_generateButton, m_importButton, m_rotateButton, m_rotateRevokeButton, m_retireButton,
                           m_revokeButton, m_exportButton, m_policyButton}) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    return actions;
}

void KeysPage::buildKeyTable()
{
    m_summary = makeWrappedLabel(QStringLiteral("summaryLabel"), this);
    m_summary->setTextFormat(Qt::RichText);

    m_model = new KeyTableModel(*m_store, this);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control; the arrow keys move between cells
    m_table->setObjectName(QStringLiteral("keyTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(static_cast<int>(KeyTableModel::Column::State), new KeyStateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    setRowPadding(m_table, 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The state badges are as wide as their bold words in the language in use ("auslaufend", "widerrufen").
    QFont bold = m_table->font();
    bold.setBold(true);
    int stateWidth = 96;
    for (const KeyState state :
         {KeyState::Next, KeyState::Active, KeyState::Retiring, KeyState::Retired, KeyState::Revoked}) {
        stateWidth = std::max(stateWidth, QFontMetrics(bold).horizontalAdvance(KeyTableModel::stateLabel(state)) + 32);
    }
    m_table->setColumnWidth(static_cast<int>(KeyTableModel::Column::State), stateWidth);
    m_table->setColumnWidth(static_cast<int>(KeyTableModel::Column::Kid), 250);
    m_table->setColumnWidth(static_cast<int>(KeyTableModel::Column::Algorithm), 150);
    m_table->setColumnWidth(static_cast<int>(KeyTableModel::Column::Purpose), 80);
    m_table->setColumnWidth(static_cast<int>(KeyTableModel::Column::Age), 80);
    m_table->setAccessibleName(tr("Signing keys"));
}

// The rotation timeline (with the range it shows) and the published JWKS.
void KeysPage::buildTabs()
{
    m_timeline = new RotationTimeline(this);
    m_jwks = makeNamed<QPlainTextEdit>(QStringLiteral("jwksTextEdit"), this);
    m_jwks->setReadOnly(true);
    m_jwks->setAccessibleName(tr("Published JWKS"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_jwks->setFont(mono);
    m_tabs = makeNamed<QTabWidget>(QStringLiteral("keysTabWidget"), this);
    auto* timelinePane = new QWidget(this);
    m_rangeCombo = makeNamed<QComboBox>(QStringLiteral("timelineRangeComboBox"), timelinePane);
    m_rangeCombo->addItem(tr("All keys"), static_cast<int>(RotationTimeline::Range::All));
    m_rangeCombo->addItem(tr("Around now (grace periods readable)"),
                          static_cast<int>(RotationTimeline::Range::AroundNow));
    auto* rangeLabel = makeBuddyLabel(tr("&Show:"), m_rangeCombo, timelinePane);
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_rangeCombo);
    rangeRow->addStretch(1);
    auto* timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    timelineLayout->addLayout(rangeRow);
    timelineLayout->addWidget(m_timeline, 1);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_timeline->setRange(static_cast<RotationTimeline::Range>(m_rangeCombo->currentData().toInt()));
    });
    m_tabs->addTab(timelinePane, tr("Rotation &timeline"));
    m_tabs->addTab(m_jwks, tr("Published &JWKS"));
}

void KeysPage::createActions()
{
    // Keys of the page: F5 re-reads the keys, Delete revokes the selected key (through the preview dialog,
    // which asks for a reason and confirmation).
    QAction* refreshAction =
        addShortcutAction(this, QStringLiteral("refreshAction"), tr("Refresh"), QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &KeysPage::refresh);
    QAction* revokeAction = addShortcutAction(m_table, QStringLiteral("revokeKeyAction"), tr("Revoke the selected key"),
                                              QKeySequence::Delete);
    connect(revokeAction, &QAction::triggered, this, [this] {
        if (m_revokeButton->isEnabled()) {
            revokeSelected();
        }
    });
    m_table->setAccessibleDescription(tr("Delete revokes the selected key, after a preview"));
}

void KeysPage::connectSignals()
{
    connectClicks(this, {{m_generateButton, &KeysPage::generateKey},
                         {m_importButton, &KeysPage::importKey},
                         {m_rotateButton, &KeysPage::rotate},
                         {m_rotateRevokeButton, &KeysPage::rotateAndRevoke},
                         {m_retireButton, &KeysPage::retireSelected},
                         {m_revokeButton, &KeysPage::revokeSelected},
                         {m_policyButton, &KeysPage::editPolicy}});
    QMenu* exportMenu = m_exportButton->menu();
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        exportMenu->clear();
        const QString kid = selectedKid();
        const KeyRecord* key = m_model->keyAt(m_model->rowOf(kid));
        if (key == nullptr) {
            return;
        }
        const bool pub = !key->isSymmetric();
        exportMenu->addAction(tr("Public key as &JWK…"), this, &KeysPage::exportSelected)->setEnabled(pub);
        exportMenu->actions().constLast()->setData(QStringLiteral("public-jwk"));
        exportMenu->addAction(tr("Public key as &PEM…"), this, &KeysPage::exportSelected)->setEnabled(pub);
        exportMenu->actions().constLast()->setData(QStringLiteral("public-pem"));
        exportMenu->addAction(tr("Whole published JWK &Set…"), this, &KeysPage::exportSelected);
        exportMenu->actions().constLast()->setData(QStringLiteral("jwks"));
        exportMenu->addSeparator();
        exportMenu->addAction(tr("Private key as JWK (unencrypted)…"), this, &KeysPage::exportSelected)
            ->setEnabled(key->hasPrivate);
        exportMenu->actions().constLast()->setData(QStringLiteral("private-jwk"));
        exportMenu->addAction(tr("Private key as encrypted PKCS#8 PEM…"), this, &KeysPage::exportSelected)
            ->setEnabled(key->hasPrivate && pub);
        exportMenu->actions().constLast()->setData(QStringLiteral("private-pem"));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::updateActions);
    connect(m_model, &KeyTableModel::loadFailed, this,
            [this](const QString& message) { Q_EMIT statusMessage(tr("Cannot read the keys: %1").arg(message)); });
    connect(m_store, &KeyStore::keysChanged, this, &KeysPage::refresh);
    connect(m_vaultBar, &KeyVaultBar::statusMessage, this, &Page::statusMessage);
}

void KeysPage::startMaintenance()
{
    // Retirements and scheduled rotations: at start, on a timer, and when due.
    m_scheduler = new RotationScheduler(*m_store, this);
    connect(m_scheduler, &RotationScheduler::maintenanceRan, this, [this](const MaintenanceReport& report) {
        if (report.changedAnything()) {
            Q_EMIT statusMessage(tr("Keys: %1 retired, %2 rotated, %3 pre-generated")
                                     .arg(report.retired.size())
                                     .arg(report.rotatedTo.size())
                                     .arg(report.generated.size()));
        }
        if (!report.notes.isEmpty()) {
            m_vaultBar->setNotes(report.notes.join(u'\n'));
        }
    });
    m_scheduler->start();

    // Times move on ("retires in 2 h 10 min"), and other processes may change the keys.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(30 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        auto revision = m_store->revision();
        if (revision && *revision != m_revision) {
            refresh();
        } else {
            m_model->refreshTimes();
        }
    });
    m_clockTimer->start();
}

KeysPage::~KeysPage()
{
    // A plan still being made uses the store: let it finish first.
    if (m_worker != nullptr) {
        m_worker->wait();
    }
}

void KeysPage::activated()
{
    refresh();
}

void KeysPage::refresh()
{
    const QString selected = selectedKid();
    auto revision = m_store->revision();
    m_revision = revision ? *revision : -1;
    m_model->reload();
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    const QString purpose = currentPurpose();
    auto policy = m_store->policy(purpose);
    auto rotation = m_store->nextRotationMs(purpose);
    const qint64 now = m_context.clock.nowMs();
    m_timeline->setKeys(m_model->keys(), policy ? *policy : RotationPolicy{}, rotation ? *rotation : 0, now);
    auto jwks = m_store->jwksJson();
    m_jwks->setPlainText(jwks ? QString::fromUtf8(*jwks) : jwks.error().message);

    QStringList parts;
    auto active = m_store->activeKey(purpose);
    if (active && active->has_value()) {
        const QString since = KeyTableModel::duration(now - (*active)->activatedMs);
        const QString kid = (*active)->kid.left(12).toHtmlEscaped();
        parts << (EncryptionKeys::isEncryptionPurpose(purpose)
                      ? tr("Active: <b>%1</b> %2, the key senders encrypt to for %3").arg(kid, (*active)->alg, since)
                      : tr("Active: <b>%1</b> %2, signing for %3").arg(kid, (*active)->alg, since));
    } else {
        parts << tr("<b>No active key</b> for '%1': generate or import one").arg(purpose.toHtmlEscaped());
    }
    if (policy) {
        parts << (policy->isScheduled() ? tr("rotates every %Ln day(s)", nullptr, policy->rotateEveryDays)
                                        : tr("rotation by hand"));
        if (rotation && *rotation > 0) {
            parts << tr("next rotation in %1").arg(KeyTableModel::duration(*rotation - now));
        }
        parts << tr("tokens live %1 + %2 s leeway")
                     .arg(KeyTableModel::duration(policy->tokenLifetimeSecs * 1000))
                     .arg(policy->leewaySecs);
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_vaultBar->updateState();
    updateActions();
}

QString KeysPage::selectedKid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(KeyTableModel::KidRole).toString();
}

QString KeysPage::currentPurpose() const
{
    const KeyRecord* key = m_model->keyAt(m_model->rowOf(selectedKid()));
    return key != nullptr ? key->purpose : KeyStore::DefaultPurpose;
}

void KeysPage::updateActions()
{
    const KeyRecord* key = m_model->keyAt(m_model->rowOf(selectedKid()));
    const bool anyActive = std::any_of(m_model->keys().cbegin(), m_model->keys().cend(),
                                       [](const KeyRecord& k) { return k.state == KeyState::Active; });
    m_rotateRevokeButton->setEnabled(anyActive);
    m_retireButton->setEnabled(key != nullptr && (key->state == KeyState::Next || key->state == KeyState::Retiring));
    m_revokeButton->setEnabled(key != nullptr && key->state != KeyState::Revoked);
    m_exportButton->setEnabled(key != nullptr);
}

void KeysPage::showError(const QString& what, const Error& error)
{
    QMessageBox::warning(this, what, withoutCliHints(error.message));
    Q_EMIT statusMessage(what + QStringLiteral(": ") + withoutCliHints(error.message));
}

void KeysPage::preview(const Result<KeyChangePlan>& plan, const QString& title, const QString& confirmText,
                       bool needsReason)
{
    if (!plan) {
        showError(title, plan.error());
        return;
    }
    if (m_pending != nullptr) {
        m_pending->reject();
    }
    auto* dialog = new KeyActionDialog(*plan, title, confirmText, needsReason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pending = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyPending(dialog); });
    dialog->open();
}

void KeysPage::planInBackground(std::function<Result<KeyChangePlan>()> work, const QString& title,
                                const QString& confirmText, bool needsReason)
{
    if (m_worker != nullptr) {
        return; // one at a time
    }
    auto result = std::make_shared<std::optional<Result<KeyChangePlan>>>();
    auto cancelled = std::make_shared<bool>(false);
    QThread* thread = QThread::create([work = std::move(work), result] { result->emplace(work()); });
    m_worker = thread;
    auto* progress = makeNamed<QProgressDialog>(QStringLiteral("keyProgressDialog"), tr("Generating key material…"),
                                                tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    connect(thread, &QThread::finished, this,
            [this, thread, progress, result, cancelled, title, confirmText, needsReason] {
                progress->deleteLater();
                thread->deleteLater();
                // Key generation cannot be interrupted; a cancelled plan is simply dropped, nothing was written.
                if (*cancelled) {
                    Q_EMIT statusMessage(tr("Cancelled: nothing was changed."));
                } else if (result->has_value()) {
                    preview(**result, title, confirmText, needsReason);
                }
            });
    thread->start();
}

void KeysPage::applyPending(KeyActionDialog* dialog)
{
    KeyChangePlan plan = dialog->plan();
    if (!dialog->reason().isEmpty()) {
        plan.reason = dialog->reason();
    }
    if (plan.needsVault() && !m_vaultBar->ensureUnlocked()) {
        Q_EMIT statusMessage(tr("Nothing changed: the key store stayed locked."));
        return;
    }
    auto done = m_store->apply(plan);
    if (!done) {
        showError(dialog->windowTitle(), done.error());
        refresh();
        return;
    }
    switch (plan.action) {
    case KeyChangePlan::Action::Rotate:
        Q_EMIT statusMessage(tr("Rotated: %1 signs now").arg(plan.newActiveKid()));
        break;
    case KeyChangePlan::Action::Revoke:
        Q_EMIT statusMessage(tr("Revoked %1").arg(plan.changes.value(0).kid));
        break;
    default:
        Q_EMIT statusMessage(tr("Keys updated"));
        break;
    }
}

void KeysPage::generateKey()
{
    auto purposes = m_store->purposes();
    const QStringList all = purposes ? *purposes : QStringList{KeyStore::DefaultPurpose};
    QStringList withActiveKey;
    for (const QString& purpose : all) {
        auto active = m_store->activeKey(purpose);
        if (active && active->has_value()) {
            withActiveKey << purpose;
        }
    }
    GenerateKeyDialog choose(all, withActiveKey, currentPurpose(), this);
    if (choose.exec() != QDialog::Accepted) {
        return;
    }
    planInBackground([store = m_store, request = choose.request()] { return store->planGenerate(request); },
                     tr("Generate a key"), tr("&Generate"), false);
}

void KeysPage::importKey()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a key for '%1'").arg(currentPurpose()), QString(),
                                     tr("Keys (*.pem *.key *.crt *.json *.jwk *.jwks);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        QMessageBox::warning(this, tr("Import"), tr("Cannot read %1 (or it is larger than 1 MiB).").arg(path));
        return;
    }
    QByteArray contents = file.readAll();
    KeyStore::ImportOptions options;
    options.purpose = currentPurpose();
    if (contents.contains("ENCRYPTED")) {
        PassphraseDialog ask(PassphraseDialog::Mode::Unlock, this);
        ask.setWindowTitle(tr("Passphrase of %1").arg(QFileInfo(path).fileName()));
        if (ask.exec() != QDialog::Accepted) {
            return;
        }
        options.filePassphrase = ask.passphrase().toUtf8();
    }
    const auto plan = m_store->planImport(contents, options);
    contents.fill('\0');
    options.filePassphrase.fill('\0');
    preview(plan, tr("Import %1").arg(QFileInfo(path).fileName()), tr("&Import"), false);
}

void KeysPage::rotate()
{
    KeyStore::RotateOptions options;
    options.purpose = currentPurpose();
    planInBackground([store = m_store, options] { return store->planRotate(options); }, tr("Rotate the signing key"),
                     tr("&Rotate"), false);
}

void KeysPage::rotateAndRevoke()
{
    KeyStore::RotateOptions options;
    options.purpose = currentPurpose();
    options.revokeOld = true;
    options.reason = tr("(given in the preview)"); // replaced by the reason typed in the dialog
    planInBackground([store = m_store, options] { return store->planRotate(options); },
                     tr("Rotate and revoke the signing key"), tr("Rotate && &revoke"), true);
}

void KeysPage::retireSelected()
{
    const QString kid = selectedKid();
    if (kid.isEmpty()) {
        return;
    }
    // Forced in the console: the preview warns, and asks for an acknowledgement, when tokens would fail.
    preview(m_store->planRetire(kid, true), tr("Retire %1").arg(kid.left(12)), tr("Re&tire"), false);
}

void KeysPage::revokeSelected()
{
    const QString kid = selectedKid();
    if (kid.isEmpty()) {
        return;
    }
    preview(m_store->planRevoke(kid, tr("(given in the preview)")), tr("Revoke %1").arg(kid.left(12)), tr("Re&voke"),
            true);
}

void KeysPage::exportSelected()
{
    auto* action = qobject_cast<QAction*>(sender());
    const QString kind = action != nullptr ? action->data().toString() : QStringLiteral("public-jwk");
    const QString kid = selectedKid();
    if (kid.isEmpty() && kind != QStringLiteral("jwks")) {
        return;
    }
    const bool isPrivate = kind.startsWith(QStringLiteral("private"));
    if (isPrivate &&
        QMessageBox::warning(this, tr("Export a private key"),
                             tr("Whoever holds the exported private key can sign tokens that every "
                                "relying party accepts. The export is recorded in the audit log. "
                                "Export %1?")
                                 .arg(kid),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    const bool pem = kind.endsWith(QStringLiteral("pem"));
    const QString suggested = kind == QStringLiteral("jwks")
                                  ? QStringLiteral("jwks.json")
                                  : kid.left(16) + (pem ? QStringLiteral(".pem") : QStringLiteral(".jwk.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested,
                                                      pem ? tr("PEM files (*.pem)") : tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    Result<QByteArray> exported = QByteArray();
    if (kind == QStringLiteral("jwks")) {
        exported = m_store->jwksJson();
    } else if (!isPrivate) {
        exported = m_store->exportPublic(kid, pem ? KeyStore::ExportFormat::Pem : KeyStore::ExportFormat::Jwk);
    } else {
        if (!m_vaultBar->ensureUnlocked()) {
            return;
        }
        QByteArray pemPassphrase;
        if (pem) {
            PassphraseDialog ask(PassphraseDialog::Mode::Export, this);
            if (ask.exec() != QDialog::Accepted) {
                return;
            }
            pemPassphrase = ask.passphrase().toUtf8();
        }
        exported =
            m_store->exportPrivate(kid, pem ? KeyStore::ExportFormat::Pem : KeyStore::ExportFormat::Jwk, pemPassphrase);
        pemPassphrase.fill('\0');
    }
    if (!exported) {
        showError(tr("Export"), exported.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    if (isPrivate) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    file.write(*exported);
    exported->fill('\0');
    if (!file.commit()) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Exported to %1").arg(path));
}

void KeysPage::editPolicy()
{
    auto current = m_store->policy(currentPurpose());
    if (!current) {
        showError(tr("Policy"), current.error());
        return;
    }
    RotationPolicyDialog dialog(*current, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (auto ok = m_store->setPolicy(dialog.policy()); !ok) {
            QMessageBox::warning(this, tr("Policy"), ok.error().message);
            continue;
        }
        m_scheduler->checkNow();
        Q_EMIT statusMessage(tr("Rotation policy saved"));
        return;
    }
}

} // namespace authscope
