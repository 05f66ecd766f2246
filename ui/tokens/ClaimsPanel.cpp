#include "ui/tokens/ClaimsPanel.h"

#include "ui/tokens/ClaimsTableModel.h"
#include "ui/widgets/WidgetFactory.h"

#include <QGroupBox>
#include <QTableView>

namespace authscope {

namespace {

QTableView* makeClaimsView(const QString& name, const QString& accessible, ClaimsTableModel* model, QWidget* parent)
{
    QTableView* view = makeRecordTable(name, model, accessible, parent);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSizableColumns(view);
    using Column = ClaimsTableModel::Column;
    setColumnWidths<Column>(view, {{Column::Name, 150},
                                   {Column::Value, 150},
                                   {Column::Relative, 160},
                                   {Column::LocalTime, 170},
                                   {Column::UtcTime, 170}});
    return view;
}

} // namespace

ClaimsPanel::ClaimsPanel(QWidget* parent) : QSplitter(Qt::Vertical, parent)
{
    setObjectName(QStringLiteral("claimsSplitter"));
    setChildrenCollapsible(false);
    m_headerModel = new ClaimsTableModel(ClaimsTableModel::Part::Header, this);
    m_claimsModel = new ClaimsTableModel(ClaimsTableModel::Part::Claims, this);
    m_headerTable = makeClaimsView(QStringLiteral("headerTableView"), tr("Header parameters"), m_headerModel, this);
    for (const auto column :
         {ClaimsTableModel::Column::LocalTime, ClaimsTableModel::Column::UtcTime, ClaimsTableModel::Column::Relative}) {
        m_headerTable->setColumnHidden(static_cast<int>(column), true);
    }
    m_claimsTable = makeClaimsView(QStringLiteral("claimsTableView"), tr("Claims"), m_claimsModel, this);
    addWidget(makeGroupBox(tr("Header"), m_headerTable, this));
    addWidget(makeGroupBox(tr("Claims (hover a name for its meaning and RFC section)"), m_claimsTable, this));
    setStretchFactor(0, 1);
    setStretchFactor(1, 3);
}

} // namespace authscope
