#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace authscope {

// Fits the sessions table's columns to the width it has: each column gets the width its content needs (an IPv6
// address is never cut, a JWT count is as wide as its header), the Client column takes what is left, and when the
// view is too narrow the least needed columns (Created, then ID, then Last seen) are hidden until everything else
// fits. Hidden columns come back when the window grows. Watches the view's resize events.
class SessionColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionColumnFitter)

public:
    explicit SessionColumnFitter(QTableView* view);

    void fit();
    // The columns hidden for lack of width (SessionTableModel::Column values).
    [[nodiscard]] QList<int> hiddenColumns() const { return m_hidden; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] int neededWidth(int column) const;

    QTableView* m_view;
    QWidget* m_viewport;
    QList<int> m_hidden;
};

} // namespace authscope
