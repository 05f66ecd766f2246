#pragma once

#include "core/issuers/Issuer.h"
#include "ui/widgets/ColumnTableModel.h"

#include <QList>

namespace authscope {

class Clock;

// The saved issuers as the Issuers page lists them: name, URL, client id, when the keys were fetched and whether the
// last fetch failed. A handful of rows, so the whole list is loaded at once.
class IssuerTableModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerTableModel)

public:
    enum class Column
    {
        Name,
        Url,
        ClientId,
        KeysFetched,
        State,
        Count
    };

    explicit IssuerTableModel(const Clock& clock, QObject* parent = nullptr);

    void setIssuers(QList<issuers::Issuer> issuers);
    [[nodiscard]] const issuers::Issuer* issuerAt(int row) const;
    [[nodiscard]] int rowOf(const QString& name) const;

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] int rows() const override;

    const Clock& m_clock;
    QList<issuers::Issuer> m_issuers;
};

} // namespace authscope
