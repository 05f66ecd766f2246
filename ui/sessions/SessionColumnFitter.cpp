#include "ui/sessions/SessionColumnFitter.h"

#include "ui/sessions/SessionTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace authscope {

namespace {

using Column = SessionTableModel::Column;

// Hidden first when the width runs out; the last ones always stay.
constexpr Column kHideOrder[] = {Column::Created, Column::Id, Column::LastSeen};
constexpr int kPadding = 24;

} // namespace

SessionColumnFitter::SessionColumnFitter(QTableView* view) : QObject(view), m_view(view), m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(static_cast<int>(Column::Client), QHeaderView::Stretch);
}

int SessionColumnFitter::neededWidth(int column) const
{
    const QFontMetrics fm = m_view->fontMetrics();
    const QString header = m_view->model()->headerData(column, Qt::Horizontal).toString();
    int width = m_view->horizontalHeader()->fontMetrics().horizontalAdvance(header) + kPadding;
    switch (static_cast<Column>(column)) {
    case Column::Ip: // the longest IPv6 text form: never cut
        return std::max(width, fm.horizontalAdvance(QStringLiteral("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")) + 12);
    case Column::Client:
        return std::max(width, fm.horizontalAdvance(QStringLiteral("Firefox 121 · Windows")) + 12);
    case Column::User:
        return std::max(width, fm.horizontalAdvance(QStringLiteral("walter.moreau.xx")) + 12);
    case Column::State: // the badges are as wide as their words, longer in some languages ("Widerrufen")
        for (const SessionState state : {SessionState::Active, SessionState::Expired, SessionState::Revoked}) {
            width = std::max(width, fm.horizontalAdvance(SessionTableModel::stateText(state)) + 32);
        }
        return width;
    default:
        break;
    }
    // The widest of the rows loaded so far (at most a page), like ResizeToContents without its cost per paint.
    const int rows = std::min(m_view->model()->rowCount(), 200);
    for (int row = 0; row < rows; ++row) {
        width = std::max(width, m_view->sizeHintForIndex(m_view->model()->index(row, column)).width() + 4);
    }
    return width;
}

void SessionColumnFitter::fit()
{
    const int columns = m_view->model()->columnCount();
    QList<int> needed(columns);
    for (int c = 0; c < columns; ++c) {
        needed[c] = neededWidth(c);
    }
    const int available = m_view->viewport()->width();
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        total += needed.at(c);
    }
    m_hidden.clear();
    for (const Column column : kHideOrder) {
        if (total <= available) {
            break;
        }
        m_hidden << static_cast<int>(column);
        total -= needed.at(static_cast<int>(column));
    }
    for (int c = 0; c < columns; ++c) {
        const bool hide = m_hidden.contains(c);
        m_view->setColumnHidden(c, hide);
        if (!hide && c != static_cast<int>(Column::Client)) {
            m_view->setColumnWidth(c, needed.at(c));
        }
    }
}

bool SessionColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    // The type first: while the view is destroyed its viewport still sends events, and the view is half gone.
    if (event->type() == QEvent::Resize && watched == m_viewport) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace authscope
