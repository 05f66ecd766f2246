#include "ui/issuers/IssuerTableModel.h"

#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"

namespace authscope {

IssuerTableModel::IssuerTableModel(const Clock& clock, QObject* parent)
    : ColumnTableModel({QT_TR_NOOP("Name"), QT_TR_NOOP("Issuer URL"), QT_TR_NOOP("Client"), QT_TR_NOOP("Keys fetched"),
                        QT_TR_NOOP("State")},
                       RowHeader::None, parent),
      m_clock(clock)
{}

void IssuerTableModel::setIssuers(QList<issuers::Issuer> issuers)
{
    beginResetModel();
    m_issuers = std::move(issuers);
    endResetModel();
}

const issuers::Issuer* IssuerTableModel::issuerAt(int row) const
{
    return row >= 0 && row < m_issuers.size() ? &m_issuers.at(row) : nullptr;
}

int IssuerTableModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_issuers.size(); ++i) {
        if (m_issuers.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

int IssuerTableModel::rows() const
{
    return static_cast<int>(m_issuers.size());
}

QVariant IssuerTableModel::data(const QModelIndex& index, int role) const
{
    const issuers::Issuer* issuer = index.isValid() ? issuerAt(index.row()) : nullptr;
    if (issuer == nullptr) {
        return {};
    }
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::ToolTipRole && column == Column::State && !issuer->lastError.isEmpty()) {
        return DisplayText::escape(issuer->lastError);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Name:
        return issuer->name;
    case Column::Url:
        return DisplayText::escape(issuer->url);
    case Column::ClientId:
        return DisplayText::escape(issuer->clientId);
    case Column::KeysFetched:
        return issuer->jwksFetchedMs == 0
                   ? tr("never")
                   : tr("%1 ago").arg(TimeFormat::duration((m_clock.nowMs() - issuer->jwksFetchedMs) / 1000));
    case Column::State:
        return issuer->lastError.isEmpty() ? tr("ok") : tr("last fetch failed");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace authscope
