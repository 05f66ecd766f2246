#include "ui/widgets/WidgetFactory.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace authscope {

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent, const QString& toolTip)
{
    auto* button = makeNamed<QPushButton>(objectName, text, parent);
    if (!toolTip.isEmpty()) {
        button->setToolTip(toolTip);
    }
    return button;
}

QLineEdit* makeLineEdit(const QString& objectName, const QString& placeholder, const QString& accessibleName,
                        QWidget* parent)
{
    auto* edit = makeNamed<QLineEdit>(objectName, parent);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLineEdit* makeSecretEdit(const QString& objectName, const QString& placeholder, const QString& accessibleName,
                          QWidget* parent)
{
    QLineEdit* edit = makeLineEdit(objectName, placeholder, accessibleName, parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QGroupBox* makeGroupBox(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QScrollArea* makeScrollPane(const QString& objectName, QWidget* content, QWidget* parent)
{
    auto* scroll = makeNamed<QScrollArea>(objectName, parent);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QSplitter* makeSplitter(const QString& objectName, Qt::Orientation orientation,
                        std::initializer_list<std::pair<QWidget*, int>> panes, QWidget* parent)
{
    auto* splitter = makeNamed<QSplitter>(objectName, orientation, parent);
    splitter->setChildrenCollapsible(false);
    for (const auto& [pane, stretch] : panes) {
        splitter->addWidget(pane);
        splitter->setStretchFactor(splitter->count() - 1, stretch);
    }
    return splitter;
}

QLabel* makeBuddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QFormLayout* makeFieldForm(QWidget* owner)
{
    auto* form = makeMarginless<QFormLayout>(owner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QLabel* addBuddyRow(QFormLayout* form, const QString& text, QWidget* field)
{
    QLabel* label = makeBuddyLabel(text, field, form->parentWidget());
    form->addRow(label, field);
    return label;
}

QLabel* addBuddyCell(QGridLayout* grid, int row, int column, const QString& text, QWidget* field)
{
    QLabel* label = makeBuddyLabel(text, field, field->parentWidget());
    grid->addWidget(label, row, column);
    grid->addWidget(field, row, column + 1);
    return label;
}

QTableView* makeRecordTable(const QString& objectName, QAbstractItemModel* model, const QString& accessibleName,
                            QWidget* parent)
{
    auto* table = makeNamed<QTableView>(objectName, parent);
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    return table;
}

void setSizableColumns(QTableView* table)
{
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void setRowPadding(QTableView* table, int padding)
{
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + padding);
}

void detail::setColumnWidth(QTableView* table, int column, int width)
{
    table->setColumnWidth(column, width);
}

} // namespace authscope
