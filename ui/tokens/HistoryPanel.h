#pragma once

#include "core/history/TokenHistory.h"
#include "ui/mainwindow/AppContext.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace authscope {

class TokenHistoryModel;

// Recently inspected tokens, kept in the database when the user turns it on (D-TOKEN-HISTORY: claims and a hash,
// the usable token only for an entry the user asks for). Says plainly what is stored and lets the user keep or
// forget one usable token, remove one entry or clear everything.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(const AppContext& context, QWidget* parent = nullptr);

    [[nodiscard]] TokenHistoryModel* model() const { return m_model; }
    [[nodiscard]] TokenHistory& history() { return m_history; }

    // Remembers a token the user inspected (nothing happens while "remember tokens" is off).
    void record(const QByteArray& token);
    void refresh();
    void setNow(qint64 nowSecs);

public Q_SLOTS:
    void openCurrent();
    void removeCurrent();
    void clearAll();

Q_SIGNALS:
    void tokenOpened(const QString& token);
    void statusMessage(const QString& text);

private:
    void setRemember(bool remember);
    void toggleKeepCurrent();
    void updateButtons();
    void updateNotice();

    AppContext m_context;
    TokenHistory m_history;
    TokenHistoryModel* m_model = nullptr;
    QCheckBox* m_rememberCheck = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_keepButton = nullptr;
    QHash<qint64, QByteArray> m_recent; // usable tokens recorded in this run, in memory only
    QLabel* m_countLabel = nullptr;
};

} // namespace authscope
