#include "ui/tokens/TokenHistoryModel.h"

#include "core/common/DisplayText.h"

#include "core/common/TimeFormat.h"
#include "core/history/TokenHistory.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/RelativeTime.h"

namespace authscope {

TokenHistoryModel::TokenHistoryModel(TokenHistory& history, QObject* parent)
    : RecordTableModel({QT_TR_NOOP("Last seen"), QT_TR_NOOP("Label"), QT_TR_NOOP("Expiry"), QT_TR_NOOP("alg"),
                        QT_TR_NOOP("kid"), QT_TR_NOOP("Issuer"), QT_TR_NOOP("Subject"), QT_TR_NOOP("Seen"),
                        QT_TR_NOOP("Token")},
                       RowHeader::Numbers, parent),
      m_history(history)
{
    reload();
}

QVariant TokenHistoryModel::recordData(const TokenHistoryEntry& e, int c, int role) const
{
    const auto column = static_cast<Column>(c);
    if (role == IdRole) {
        return e.id;
    }
    if (role == TokenRole) {
        return e.token;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Column::LastSeen:
            return TimeFormat::local(e.lastSeenMs);
        case Column::Label: // the user's own note: edited as it is, shown escaped like the token's fields
            return role == Qt::EditRole ? e.label : DisplayText::escape(e.label);
        case Column::Algorithm: // D-DISPLAY: the token's header and claims, whoever made it
            return DisplayText::escape(e.kind == u"jwe" ? tr("%1 (JWE)").arg(e.algorithm) : e.algorithm);
        case Column::KeyId:
            return DisplayText::escape(e.keyId);
        case Column::Issuer:
            return DisplayText::escape(e.issuer);
        case Column::Subject:
            return DisplayText::escape(e.subject);
        case Column::Expires:
            if (!e.expiresAt) {
                return e.kind == u"jwe" ? QString() : tr("never (no exp)");
            }
            return RelativeTime::describe(QStringLiteral("exp"), *e.expiresAt, m_now);
        case Column::Seen:
            return e.seenCount;
        case Column::Token: {
            const QString shown = DisplayText::escape(e.token.size() > 40 ? e.token.left(40) + u'…' : e.token);
            return e.tokenKept ? tr("🔑 %1").arg(shown) : shown;
        }
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::LastSeen:
            return tr("First seen %1, last seen %2")
                .arg(TimeFormat::local(e.firstSeenMs), TimeFormat::local(e.lastSeenMs));
        case Column::Label:
            return tr("Your note for this token; double-click or F2 to edit");
        case Column::Expires:
            return e.expiresAt ? TimeFormat::utcSecs(*e.expiresAt) : QString();
        case Column::Issuer:
        case Column::Subject:
        case Column::KeyId:
            return recordData(e, c, Qt::DisplayRole);
        case Column::Token:
            return e.tokenKept ? tr("The usable token is kept (until it expires); open to inspect")
                               : tr("Claims only, without the signature; open to inspect");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && column == Column::Expires && e.expiresAt) {
        const TokenPalette palette = TokenPalette::current();
        return *e.expiresAt <= m_now ? palette.bad : palette.good;
    }
    if (role == Qt::TextAlignmentRole && column == Column::Seen) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

Qt::ItemFlags TokenHistoryModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && static_cast<Column>(index.column()) == Column::Label) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool TokenHistoryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        static_cast<Column>(index.column()) != Column::Label) {
        return false;
    }
    TokenHistoryEntry& e = m_rows[index.row()];
    const QString label = value.toString().trimmed().left(TokenHistory::MaxLabelChars);
    auto ok = m_history.setLabel(e.id, label);
    if (!ok) {
        m_lastError = ok.error().message;
        Q_EMIT loadFailed(m_lastError);
        return false;
    }
    e.label = label;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

void TokenHistoryModel::reload()
{
    auto entries = m_history.list(m_history.capacity());
    beginResetModel();
    if (entries) {
        m_rows = *entries;
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_lastError = entries.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty()) {
        Q_EMIT loadFailed(m_lastError);
    }
}

void TokenHistoryModel::setNow(qint64 nowSecs)
{
    if (nowSecs == m_now) {
        return;
    }
    m_now = nowSecs;
    if (!m_rows.isEmpty()) {
        const int column = static_cast<int>(Column::Expires);
        Q_EMIT dataChanged(index(0, column), index(static_cast<int>(m_rows.size()) - 1, column),
                           {Qt::DisplayRole, Qt::ForegroundRole});
    }
}

int TokenHistoryModel::rowOfId(qint64 id) const
{
    return rowWhere([id](const TokenHistoryEntry& e) { return e.id == id; });
}

} // namespace authscope
