#include "ui/tokens/HistoryPanel.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "ui/tokens/TokenHistoryModel.h"
#include "ui/widgets/ButtonSlots.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace authscope {

HistoryPanel::HistoryPanel(const AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_history(context.database, context.clock, TokenHistory::DefaultCapacity, &context.audit)
{
    m_rememberCheck = makeNamed<QCheckBox>(QStringLiteral("rememberTokensCheckBox"),
                                           tr("Re&member inspected tokens in this database"), this);
    m_noticeLabel = makeMessageLabel(QStringLiteral("historyNoticeLabel"), this);

    m_model = new TokenHistoryModel(m_history, this);
    m_table = makeRecordTable(QStringLiteral("historyTableView"), m_model, tr("Remembered tokens"), this);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSizableColumns(m_table);
    using Column = TokenHistoryModel::Column;
    setColumnWidths<Column>(m_table, {{Column::LastSeen, 150},
                                      {Column::Label, 170},
                                      {Column::Expires, 140},
                                      {Column::Algorithm, 60},
                                      {Column::KeyId, 90},
                                      {Column::Issuer, 150},
                                      {Column::Subject, 90},
                                      {Column::Seen, 50}});

    m_openButton = makeButton(tr("Open"), QStringLiteral("openHistoryButton"), this,
                              tr("Inspect the selected token (Enter or double-click)"));
    m_removeButton =
        makeButton(tr("Remove"), QStringLiteral("removeHistoryButton"), this, tr("Forget the selected token (Delete)"));
    m_keepButton = makeButton(tr("Keep usable token"), QStringLiteral("keepTokenButton"), this);
    m_clearButton = makeButton(tr("Clear all…"), QStringLiteral("clearHistoryButton"), this,
                               tr("Delete every remembered token from the database"));
    m_countLabel = makeNamed<QLabel>(QStringLiteral("historyCountLabel"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_keepButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch(1);
    buttons->addWidget(m_countLabel);

    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addWidget(m_rememberCheck);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    const auto addShortcut = [this](const QKeySequence& keys, void (HistoryPanel::*slot)()) {
        auto* shortcut = new QShortcut(keys, m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence::Delete, &HistoryPanel::removeCurrent);
    addShortcut(QKeySequence(Qt::Key_Return), &HistoryPanel::openCurrent);
    addShortcut(QKeySequence(Qt::Key_Enter), &HistoryPanel::openCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryPanel::openCurrent);
    connectClicks(this, {{m_openButton, &HistoryPanel::openCurrent},
                         {m_removeButton, &HistoryPanel::removeCurrent},
                         {m_clearButton, &HistoryPanel::clearAll},
                         {m_keepButton, &HistoryPanel::toggleKeepCurrent}});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateButtons);
    connect(m_model, &TokenHistoryModel::loadFailed, this,
            [this](const QString& message) { Q_EMIT statusMessage(tr("Token history: %1").arg(message)); });

    auto remember = m_history.rememberTokens();
    m_rememberCheck->setChecked(remember.value_or(false));
    connect(m_rememberCheck, &QCheckBox::toggled, this, &HistoryPanel::setRemember);
    setNow(m_context.clock.nowSecs());
    updateNotice();
    updateButtons();
}

void HistoryPanel::record(const QByteArray& token)
{
    auto id = m_history.add(token);
    if (!id) {
        // Text that does not decode is simply not remembered; a storage failure is worth saying.
        if (id.error().code.startsWith(u"storage.")) {
            Q_EMIT statusMessage(tr("Could not remember the token: %1").arg(id.error().message));
        }
        return;
    }
    if (id->has_value()) {
        // The usable token stays in memory for this run only, so that "Keep usable token" can store it on request.
        m_recent.insert(**id, token.trimmed());
        m_model->reload();
        const int row = m_model->rowOfId(**id);
        if (row >= 0) {
            m_table->selectRow(row);
        }
    }
}

void HistoryPanel::refresh()
{
    if (auto expired = m_history.expire(); !expired) {
        Q_EMIT statusMessage(tr("Token history: %1").arg(expired.error().message));
    }
    {
        const QSignalBlocker block(m_rememberCheck);
        m_rememberCheck->setChecked(m_history.rememberTokens().value_or(false));
    }
    m_model->reload();
    updateNotice();
}

void HistoryPanel::setNow(qint64 nowSecs)
{
    m_model->setNow(nowSecs);
}

void HistoryPanel::openCurrent()
{
    const TokenHistoryEntry* e = m_model->entryAt(m_table->currentIndex().row());
    if (e == nullptr) {
        return;
    }
    Q_EMIT tokenOpened(e->token);
}

void HistoryPanel::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    const TokenHistoryEntry* e = m_model->entryAt(row);
    if (e == nullptr) {
        return;
    }
    auto removed = m_history.remove(e->id);
    if (!removed) {
        Q_EMIT statusMessage(tr("Could not remove the token: %1").arg(removed.error().message));
        return;
    }
    m_model->reload();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    }
    Q_EMIT statusMessage(tr("Token removed from the history"));
}

void HistoryPanel::clearAll()
{
    const int count = m_model->rowCount();
    if (count == 0) {
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Clear token history"),
                    tr("Delete all %Ln remembered token(s) from this database?", nullptr, count),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("clearHistoryMessageBox"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    if (box.exec() != QMessageBox::Yes) {
        return;
    }
    auto cleared = m_history.clear();
    if (!cleared) {
        Q_EMIT statusMessage(tr("Could not clear the history: %1").arg(cleared.error().message));
        return;
    }
    m_model->reload();
    Q_EMIT statusMessage(tr("Deleted %Ln remembered token(s)", nullptr, static_cast<int>(*cleared)));
}

void HistoryPanel::setRemember(bool remember)
{
    auto ok = m_history.setRememberTokens(remember);
    if (!ok) {
        Q_EMIT statusMessage(tr("Could not change the setting: %1").arg(ok.error().message));
        const QSignalBlocker block(m_rememberCheck);
        m_rememberCheck->setChecked(!remember);
        return;
    }
    updateNotice();
    if (!remember && m_model->rowCount() > 0) {
        const int count = m_model->rowCount();
        QMessageBox box(QMessageBox::Question, tr("Stop remembering tokens"),
                        tr("New tokens will not be stored any more. Also delete the %Ln token(s) already "
                           "remembered?",
                           nullptr, count),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("forgetHistoryMessageBox"));
        box.button(QMessageBox::Yes)->setText(tr("Delete them"));
        box.button(QMessageBox::No)->setText(tr("Keep them"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() == QMessageBox::Yes) {
            auto cleared = m_history.clear();
            if (!cleared) {
                Q_EMIT statusMessage(tr("Could not clear the history: %1").arg(cleared.error().message));
            }
            m_model->reload();
        }
    }
}

void HistoryPanel::toggleKeepCurrent()
{
    const TokenHistoryEntry* e = m_model->entryAt(m_table->currentIndex().row());
    if (e == nullptr) {
        return;
    }
    const qint64 id = e->id;
    const Result<void> done = e->tokenKept ? m_history.forgetToken(id) : m_history.keepToken(id, m_recent.value(id));
    if (!done) {
        Q_EMIT statusMessage(tr("Token history: %1").arg(done.error().message));
        return;
    }
    const bool kept = !e->tokenKept;
    m_model->reload();
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    updateButtons();
    Q_EMIT statusMessage(kept ? tr("The usable token is kept for this entry until it expires")
                              : tr("Only the claims are kept for this entry"));
}

void HistoryPanel::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid() && m_table->selectionModel()->hasSelection();
    m_openButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    const TokenHistoryEntry* e = selected ? m_model->entryAt(m_table->currentIndex().row()) : nullptr;
    // Keeping needs the usable token, which only this run saw; forgetting is always possible.
    m_keepButton->setEnabled(e != nullptr && (e->tokenKept || m_recent.contains(e->id)));
    m_keepButton->setText(e != nullptr && e->tokenKept ? tr("Forget usable token") : tr("Keep usable token"));
    m_keepButton->setToolTip(e != nullptr && !e->tokenKept && !m_recent.contains(e->id)
                                 ? tr("Only a token inspected in this session can be kept: paste it again first")
                                 : tr("Store the whole token for this entry (until its exp), or go back to its "
                                      "claims only"));
    m_clearButton->setEnabled(m_model->rowCount() > 0);
    m_countLabel->setText(tr("%Ln token(s)", nullptr, m_model->rowCount()));
}

void HistoryPanel::updateNotice()
{
    const QString where = QDir::toNativeSeparators(m_context.database.path());
    const qint64 days = m_history.retentionMs() / (24 * 3600 * 1000);
    if (m_rememberCheck->isChecked()) {
        m_noticeLabel->setText(tr("Each token you inspect is remembered in %1 as its claims and a hash, not as a "
                                  "usable token: the signature is left out. \"Keep usable token\" stores the "
                                  "whole token for one entry, until it expires. Entries not seen for %Ln day(s) are "
                                  "deleted (the newest %2 are kept). Keys, HMAC secrets and passphrases are never "
                                  "stored.",
                                  nullptr, static_cast<int>(days))
                                   .arg(where)
                                   .arg(m_history.capacity()));
    } else {
        m_noticeLabel->setText(tr("Off: the tokens you inspect are not written to %1. Turn it on to find them here "
                                  "again (their claims, not the usable tokens). Entries kept earlier stay until "
                                  "they expire or you remove them.")
                                   .arg(where));
    }
}

} // namespace authscope
