#pragma once

#include <QJsonObject>
#include <QSplitter>

class QTableView;

namespace authscope {

class ClaimsTableModel;

// The Claims tab: the header parameters and the claims as tables that explain every registered name (hover for
// its meaning and RFC section), dates as relative, local and UTC time.
class ClaimsPanel final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsPanel)

public:
    explicit ClaimsPanel(QWidget* parent = nullptr);

    [[nodiscard]] ClaimsTableModel* headerModel() const { return m_headerModel; }
    [[nodiscard]] ClaimsTableModel* claimsModel() const { return m_claimsModel; }
    [[nodiscard]] QTableView* claimsTable() const { return m_claimsTable; }

private:
    ClaimsTableModel* m_headerModel = nullptr;
    ClaimsTableModel* m_claimsModel = nullptr;
    QTableView* m_headerTable = nullptr;
    QTableView* m_claimsTable = nullptr;
};

} // namespace authscope
