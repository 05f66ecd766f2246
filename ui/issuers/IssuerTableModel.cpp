#include "ui/issuers/IssuerTableModel.h"

#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"

namespace authscope {

IssuerTableModel::IssuerTableModel(const Clock& clock, QObject* parent) : QAbstractTableModel(parent), m_clock(clock) {}

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

int IssuerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issuers.size());
}

int IssuerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
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

QVariant IssuerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Url:
        return tr("Issuer URL");
    case Column::ClientId:
        return tr("Client");
    case Column::KeysFetched:
        return tr("Keys fetched");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace authscope
