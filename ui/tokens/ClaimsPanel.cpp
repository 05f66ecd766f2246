#include "ui/tokens/ClaimsPanel.h"

#include "ui/tokens/ClaimsTableModel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace authscope {

namespace {

QTableView* makeClaimsView(const QString& name, const QString& accessible, ClaimsTableModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setTabKeyNavigation(false); // Tab goes on to the next control; the arrow keys move between cells
    view->setObjectName(name);
    view->setModel(model);
    view->setAccessibleName(accessible);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(static_cast<int>(ClaimsTableModel::Column::Name), 150);
    view->setColumnWidth(static_cast<int>(ClaimsTableModel::Column::Value), 150);
    view->setColumnWidth(static_cast<int>(ClaimsTableModel::Column::Relative), 160);
    view->setColumnWidth(static_cast<int>(ClaimsTableModel::Column::LocalTime), 170);
    view->setColumnWidth(static_cast<int>(ClaimsTableModel::Column::UtcTime), 170);
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
    const auto titled = [this](const QString& title, QWidget* view) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(view);
        return box;
    };
    addWidget(titled(tr("Header"), m_headerTable));
    addWidget(titled(tr("Claims (hover a name for its meaning and RFC section)"), m_claimsTable));
    setStretchFactor(0, 1);
    setStretchFactor(1, 3);
}

} // namespace authscope
