#pragma once

#include <QString>
#include <Qt>

#include <initializer_list>
#include <utility>

class QAbstractItemModel;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QWidget;

namespace authscope {

// Every control a page creates carries an object name (the GUI tests and the accessibility check find it by
// that name): created and named in one call, with the arguments of its own constructor.
template <typename W, typename... Args>
[[nodiscard]] W* makeNamed(const QString& objectName, Args&&... args)
{
    auto* widget = new W(std::forward<Args>(args)...);
    widget->setObjectName(objectName);
    return widget;
}

// A push button: its text, object name and, when not empty, its tool tip.
[[nodiscard]] QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent,
                                      const QString& toolTip = {});

// A text field: its object name, the hint it shows while empty, and the name screen readers announce it by.
[[nodiscard]] QLineEdit* makeLineEdit(const QString& objectName, const QString& placeholder,
                                      const QString& accessibleName, QWidget* parent);

// The same for a secret (a password, a passphrase, a client secret): what is typed is not shown.
[[nodiscard]] QLineEdit* makeSecretEdit(const QString& objectName, const QString& placeholder,
                                        const QString& accessibleName, QWidget* parent);

// A titled box around one control (an editor, a table, a view), which takes the box's whole height.
[[nodiscard]] QGroupBox* makeGroupBox(const QString& title, QWidget* content, QWidget* parent);

// A frameless scroll area around `content` that is no Tab stop of its own: the fields inside take the focus and
// the area scrolls to them.
[[nodiscard]] QScrollArea* makeScrollPane(const QString& objectName, QWidget* content, QWidget* parent);

// A splitter that never collapses a pane to nothing, holding `panes` in order, each with its stretch factor.
[[nodiscard]] QSplitter* makeSplitter(const QString& objectName, Qt::Orientation orientation,
                                      std::initializer_list<std::pair<QWidget*, int>> panes, QWidget* parent);

// A label naming `buddy`: its mnemonic moves the focus there and screen readers announce the field by it.
[[nodiscard]] QLabel* makeBuddyLabel(const QString& text, QWidget* buddy, QWidget* parent);

// A layout that adds no margins of its own: it sits inside a page, a row or a group box that has them.
template <typename L, typename... Args>
[[nodiscard]] L* makeMarginless(Args&&... args)
{
    auto* layout = new L(std::forward<Args>(args)...);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

// The form of an editor inside a page (the key sources, the policy, the DPoP inputs): no margins of its own, and
// every field takes the width, so that word-wrapped labels and long values are not cut at 1024x700.
[[nodiscard]] QFormLayout* makeFieldForm(QWidget* owner);

// A row of `form`: a buddy label with `text` (parented to the form's widget), and `field`; returns the label.
QLabel* addBuddyRow(QFormLayout* form, const QString& text, QWidget* field);

// The same in a grid: the buddy label at (`row`, `column`), `field` in the next column.
QLabel* addBuddyCell(QGridLayout* grid, int row, int column, const QString& text, QWidget* field);

// A table of records (sessions, keys, audit entries, runs...): one row per record, selected whole and one at a
// time, rows in alternating colours and without numbers, and Tab goes on to the next control (the arrow keys
// move between cells).
[[nodiscard]] QTableView* makeRecordTable(const QString& objectName, QAbstractItemModel* model,
                                          const QString& accessibleName, QWidget* parent);

// A table read a line per row: no word wrap, columns the user can resize, the last one taking the rest.
void setSizableColumns(QTableView* table);

// Rows as high as the font plus `padding` pixels (the style's default is too tight for badges and bold text).
void setRowPadding(QTableView* table, int padding);

namespace detail {
void setColumnWidth(QTableView* table, int column, int width);
} // namespace detail

// Starting widths of a table's columns, by the model's Column enum: setColumnWidths<Model::Column>(table, {...}).
template <typename Column>
void setColumnWidths(QTableView* table, std::initializer_list<std::pair<Column, int>> widths)
{
    for (const auto& [column, width] : widths) {
        detail::setColumnWidth(table, static_cast<int>(column), width);
    }
}

} // namespace authscope
