#include "ui/lab/AttackPanel.h"

#include "ui/lab/AttackJob.h"
#include "ui/lab/AttackTableModel.h"
#include "ui/widgets/ButtonSlots.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace authscope {

AttackPanel::AttackPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("attackPanel"));
    m_job = new AttackJob(this);
    m_model = new AttackTableModel(this);
    m_model->reset(lab::AttackRunner::catalogue());

    auto* intro =
        new QLabel(tr("Sends the known attacks on sign-in tokens and sessions (forged algorithms, foreign keys, "
                      "bad claims, stolen and fixed sessions, replayed refresh tokens, …) to a server as real "
                      "requests and checks that it refuses every one."),
                   this);
    intro->setWordWrap(true);

    QLayout* targetRow = buildTargetRow();
    QLayout* keyRow = buildKeyRow();
    QLayout* buttons = buildButtonRow();

    m_summary = makeMessageLabel(QStringLiteral("attackSummaryLabel"), this);

    QWidget* splitter = buildResults();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(intro);
    layout->addWidget(m_builtIn);
    layout->addLayout(targetRow);
    layout->addLayout(keyRow);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    setTabOrder(m_builtIn, m_other);
    setTabOrder(m_other, m_url);
    setTabOrder(m_url, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_keyFile);
    setTabOrder(m_keyFile, m_browseKey);
    setTabOrder(m_browseKey, m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_export);
    setTabOrder(m_export, m_table);
    setTabOrder(m_table, m_details);

    connectSignals();
    m_summary->setText(tr("%1 attacks ready. The built-in server needs no setup.").arg(m_model->rowCount()));
    updateState();
}

// The built-in server, or another one with the account to log in with.
QLayout* AttackPanel::buildTargetRow()
{
    m_builtIn = makeNamed<QRadioButton>(QStringLiteral("attackBuiltInRadioButton"),
                                        tr("Built-in server (a scratch database, removed afterwards)"), this);
    m_builtIn->setChecked(true);
    m_other = makeNamed<QRadioButton>(QStringLiteral("attackUrlRadioButton"),
                                      tr("Another server with the same endpoints:"), this);
    auto* group = new QButtonGroup(this);
    group->addButton(m_builtIn);
    group->addButton(m_other);
    m_url = makeLineEdit(QStringLiteral("attackUrlLineEdit"), QStringLiteral("http://127.0.0.1:8080"), tr("Server URL"),
                         this);
    m_user = makeNamed<QLineEdit>(QStringLiteral("attackUserLineEdit"), this);
    m_user->setAccessibleName(tr("User name"));
    m_password = makeNamed<QLineEdit>(QStringLiteral("attackPasswordLineEdit"), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setToolTip(tr("Used for the login requests of this run only; never saved or logged"));
    auto* userLabel = makeBuddyLabel(tr("User:"), m_user, this);
    auto* passwordLabel = makeBuddyLabel(tr("Password:"), m_password, this);
    auto* otherRow = new QHBoxLayout;
    otherRow->addWidget(m_other);
    otherRow->addWidget(m_url, 2);
    otherRow->addWidget(userLabel);
    otherRow->addWidget(m_user, 1);
    otherRow->addWidget(passwordLabel);
    otherRow->addWidget(m_password, 1);
    return otherRow;
}

QLayout* AttackPanel::buildKeyRow()
{
    // The other server's private signing key (optional): without it the claim attacks (expired, wrong aud, ...)
    // cannot be signed so that only the claim check refuses them, and are skipped.
    m_keyFile = makeLineEdit(QStringLiteral("attackKeyFileLineEdit"),
                             tr("optional: PEM, JWK or JWK Set with the private key"), tr("Signing key file"), this);
    m_keyFile->setToolTip(tr("The server's private signing key, so that the claim attacks are signed with it; read "
                             "for this run only, never saved"));
    auto* keyLabel = makeBuddyLabel(tr("Signing &key:"), m_keyFile, this);
    m_browseKey = makeButton(tr("&Browse…"), QStringLiteral("attackBrowseKeyButton"), this);
    m_browseKey->setAccessibleName(tr("Choose the signing key file"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addSpacing(24);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_browseKey);
    return keyRow;
}

QLayout* AttackPanel::buildButtonRow()
{
    m_run = makeButton(tr("Run &attacks"), QStringLiteral("attackRunButton"), this);
    m_run->setAccessibleName(tr("Run the attacks"));
    m_cancel = makeButton(tr("Cancel"), QStringLiteral("attackCancelButton"), this);
    m_cancel->setAccessibleName(tr("Cancel the attacks"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_export = makeButton(tr("Export &JSON…"), QStringLiteral("attackExportJsonButton"), this);
    m_export->setAccessibleName(tr("Export the attack results as JSON"));
    m_progress = makeNamed<QProgressBar>(QStringLiteral("attackProgressBar"), this);
    m_progress->setAccessibleName(tr("Attack progress"));
    m_progress->setRange(0, static_cast<int>(m_model->rowCount()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_export);
    return buttons;
}

// The attacks with their outcome, and the details of the selected one.
QWidget* AttackPanel::buildResults()
{
    m_table = makeRecordTable(QStringLiteral("attackTableView"), m_model, tr("Attacks and their results"), this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    setRowPadding(m_table, 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(AttackTableModel::Column::Got),
                                                      QHeaderView::Stretch);
    m_table->setMinimumHeight(120);
    m_details = makeNamed<QPlainTextEdit>(QStringLiteral("attackDetailsTextEdit"), this);
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setAccessibleName(tr("Details of the selected attack"));
    m_details->setPlaceholderText(tr("Select an attack to see what it sends, the rule it checks and what happened."));
    m_details->setMinimumHeight(60);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void AttackPanel::connectSignals()
{
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Signing key of the server"), m_keyFile->text(),
                                                          tr("Keys (*.pem *.jwk *.json *.key);;All files (*)"));
        if (!path.isEmpty()) {
            m_keyFile->setText(path);
        }
    });
    connectClicks(this, {{m_run, &AttackPanel::startAttacks},
                         {m_cancel, &AttackPanel::cancelAttacks},
                         {m_export, &AttackPanel::chooseExportFile}});
    connect(m_builtIn, &QRadioButton::toggled, this, &AttackPanel::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &AttackPanel::updateState);
    connect(m_user, &QLineEdit::textChanged, this, &AttackPanel::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AttackPanel::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int row = m_table->currentIndex().row();
        if (row >= from.row() && row <= to.row()) {
            showDetails();
        }
    });
    connect(m_job, &AttackJob::stepChanged, this, [this](const QString& text) { m_summary->setText(text); });
    connect(m_job, &AttackJob::targetReady, this, [this](const QString& baseUrl) {
        m_lastBaseUrl = baseUrl;
        m_summary->setText(tr("Attacking %1…").arg(baseUrl));
    });
    connect(m_job, &AttackJob::attackFinished, this, &AttackPanel::onAttackFinished);
    connect(m_job, &AttackJob::finished, this, &AttackPanel::onFinished);
    connect(m_job, &AttackJob::failed, this, &AttackPanel::onFailed);
}

AttackPanel::~AttackPanel() = default;

bool AttackPanel::isRunning() const
{
    return m_job->isRunning();
}

Result<jose::Jwk> AttackPanel::readSigningKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("ui.read"), tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // Key files are small; a huge file is not one.
    constexpr qint64 kMaxKeyFileBytes = 1024 * 1024;
    if (file.size() > kMaxKeyFileBytes) {
        return fail(QStringLiteral("ui.read"), tr("%1 is too large to be a key file.").arg(path));
    }
    return lab::AttackRunner::signingKeyFromFile(file.readAll());
}

void AttackPanel::startAttacks()
{
    if (m_job->isRunning()) {
        return;
    }
    AttackJob::Config config;
    config.builtIn = m_builtIn->isChecked();
    config.environment = m_environmentOptions;
    if (!config.builtIn) {
        config.target.baseUrl = m_url->text().trimmed();
        config.target.username = m_user->text().trimmed();
        config.target.password = m_password->text().toUtf8();
        if (const QString path = m_keyFile->text().trimmed(); !path.isEmpty()) {
            auto key = readSigningKey(path);
            if (!key) {
                setSummary(tr("The signing key cannot be used: %1").arg(key.error().message), StatusColor::Bad);
                return;
            }
            config.target.signingKey = *key;
        }
    }
    m_model->reset(lab::AttackRunner::catalogue());
    m_progress->setRange(0, m_model->rowCount());
    m_progress->setValue(0);
    m_haveResults = false;
    m_lastBaseUrl = config.target.baseUrl;
    setSummary(QString());
    m_summary->setText(config.builtIn ? tr("Preparing the built-in server…")
                                      : tr("Connecting to %1…").arg(m_lastBaseUrl));
    m_job->start(config);
    Q_EMIT runningChanged(true);
    updateState();
}

void AttackPanel::cancelAttacks()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_summary->setText(tr("Cancelling after the attack under way…"));
        updateState();
    }
}

void AttackPanel::onAttackFinished(int done, int total, const lab::AttackResult& result)
{
    m_model->setResult(result);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (!m_job->isCancelling()) {
        m_summary->setText(tr("%1 of %2: %3").arg(done).arg(total).arg(result.spec.name));
    }
}

void AttackPanel::onFinished(const QList<lab::AttackResult>& results, bool cancelled)
{
    for (const lab::AttackResult& r : results) {
        m_model->setResult(r);
    }
    m_haveResults = !results.isEmpty();
    const lab::AttackSummary s = lab::AttackRunner::summarise(results);
    QString text = tr("%1 of %2 attacks refused, %3 accepted, %4 errors, %5 skipped.")
                       .arg(s.refused)
                       .arg(s.total)
                       .arg(s.accepted)
                       .arg(s.errors)
                       .arg(s.skipped);
    if (cancelled) {
        text = tr("Cancelled. ") + text;
    } else if (s.allRefused()) {
        text += u' ' + tr("The server refused every attack it was given.");
    } else {
        text += u' ' + tr("Select a FAIL or error row to see what went wrong.");
    }
    setSummary(text,
               s.accepted > 0 ? StatusColor::Bad
               : s.errors > 0 ? StatusColor::Caution
               : cancelled    ? StatusColor::Neutral
                              : StatusColor::Good,
               true);
    Q_EMIT statusMessage(text);
    Q_EMIT runningChanged(false);
    updateState();
}

void AttackPanel::onFailed(const QString& message)
{
    setSummary(tr("The attacks could not run: %1").arg(message), StatusColor::Bad);
    Q_EMIT statusMessage(message);
    Q_EMIT runningChanged(false);
    updateState();
}

void AttackPanel::setSummary(const QString& text, std::optional<StatusColor> role, bool bold)
{
    m_summary->setText(text);
    m_summaryRole = role;
    m_summaryBold = bold;
    m_summary->setStyleSheet(role ? statusStyleSheet(QStringLiteral("QLabel"), *role, bold) : QString());
}

void AttackPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The colour scheme changed: the summary's colour must keep its contrast on the new background.
    if (event->type() == QEvent::PaletteChange && m_summaryRole) {
        m_summary->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), *m_summaryRole, m_summaryBold));
    }
}

void AttackPanel::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const lab::AttackSpec& spec = m_model->specAt(current.row());
    QStringList lines{spec.name + QStringLiteral(" (") + spec.id + u')', spec.description,
                      tr("Reference: %1").arg(spec.reference), tr("Expected: %1").arg(spec.expected)};
    if (const auto& result = m_model->resultAt(current.row()); result) {
        lines << tr("Got: %1").arg(result->got) << tr("Result: %1").arg(AttackTableModel::outcomeText(result->outcome));
        if (!result->detail.isEmpty()) {
            lines << result->detail;
        }
    } else {
        lines << tr("Not run yet.");
    }
    m_details->setPlainText(lines.join(u'\n'));
}

Result<void> AttackPanel::exportJson(const QString& path) const
{
    const QList<lab::AttackResult> results = m_model->results();
    if (results.isEmpty()) {
        return fail(QStringLiteral("lab.export"), tr("There are no attack results to export."));
    }
    const QByteArray bytes =
        QJsonDocument(lab::AttackRunner::toJson(results, m_lastBaseUrl)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(QStringLiteral("lab.export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

void AttackPanel::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export attack results"), dir + QStringLiteral("/authscope-attacks.json"), tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto written = exportJson(path); !written) {
        Q_EMIT statusMessage(written.error().message);
        m_summary->setText(written.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Attack results saved to %1").arg(path));
}

void AttackPanel::updateState()
{
    const bool running = m_job->isRunning();
    const bool other = m_other->isChecked();
    m_builtIn->setEnabled(!running);
    m_other->setEnabled(!running);
    m_url->setEnabled(!running && other);
    m_user->setEnabled(!running && other);
    m_password->setEnabled(!running && other);
    m_keyFile->setEnabled(!running && other);
    m_browseKey->setEnabled(!running && other);
    m_run->setEnabled(!running &&
                      (!other || (!m_url->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty())));
    m_cancel->setEnabled(running && !m_job->isCancelling());
    m_export->setEnabled(!running && !m_model->results().isEmpty());
}

} // namespace authscope
