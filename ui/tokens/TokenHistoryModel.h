#pragma once

#include "core/history/TokenHistoryEntry.h"
#include "ui/widgets/RecordTableModel.h"

#include <QList>

namespace authscope {

class TokenHistory;

// The remembered tokens, newest first: when last seen, the user's label (editable), alg, kid, issuer, subject,
// where exp stands, how often seen, and the start of the token. The history is capped (200 by default), so the
// whole list is loaded at once.
class TokenHistoryModel final : public RecordTableModel<TokenHistoryEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHistoryModel)

public:
    enum class Column
    {
        LastSeen,
        Label,
        Expires,
        Algorithm,
        KeyId,
        Issuer,
        Subject,
        Seen,
        Token,
        Count
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int TokenRole = Qt::UserRole + 2;

    explicit TokenHistoryModel(TokenHistory& history, QObject* parent = nullptr);

    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void reload();
    void setNow(qint64 nowSecs); // for the Expires column
    [[nodiscard]] const TokenHistoryEntry* entryAt(int row) const { return recordAt(row); }
    [[nodiscard]] int rowOfId(qint64 id) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    [[nodiscard]] QVariant recordData(const TokenHistoryEntry& record, int column, int role) const override;

    TokenHistory& m_history;
    qint64 m_now = 0;
    QString m_lastError;
};

} // namespace authscope
