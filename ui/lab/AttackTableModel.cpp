#include "ui/lab/AttackTableModel.h"

#include "ui/widgets/StatusColors.h"

namespace authscope {

AttackTableModel::AttackTableModel(QObject* parent)
    : RecordTableModel({QT_TR_NOOP("Attack"), QT_TR_NOOP("Category"), QT_TR_NOOP("Expected"), QT_TR_NOOP("Got"),
                        QT_TR_NOOP("Result")},
                       RowHeader::Numbers, parent)
{}

void AttackTableModel::reset(const QList<lab::AttackSpec>& catalogue)
{
    beginResetModel();
    m_rows.clear();
    for (const lab::AttackSpec& spec : catalogue) {
        m_rows.append(Row{spec, std::nullopt});
    }
    endResetModel();
}

void AttackTableModel::setResult(const lab::AttackResult& result)
{
    if (const int i = rowWhere([&result](const Row& row) { return row.spec.id == result.spec.id; }); i >= 0) {
        m_rows[i].result = result;
        Q_EMIT dataChanged(index(i, 0), index(i, static_cast<int>(Column::Count) - 1));
        return;
    }
    // Not in the catalogue shown (a newer engine): add it.
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{result.spec, result});
    endInsertRows();
}

QList<lab::AttackResult> AttackTableModel::results() const
{
    QList<lab::AttackResult> done;
    for (const Row& r : m_rows) {
        if (r.result) {
            done << *r.result;
        }
    }
    return done;
}

QString AttackTableModel::outcomeText(lab::AttackResult::Outcome outcome)
{
    switch (outcome) {
    case lab::AttackResult::Outcome::Refused:
        return tr("pass");
    case lab::AttackResult::Outcome::Accepted:
        return tr("FAIL");
    case lab::AttackResult::Outcome::Skipped:
        return tr("skipped");
    case lab::AttackResult::Outcome::Error:
        return tr("error");
    }
    return {};
}

QVariant AttackTableModel::recordData(const Row& row, int c, int role) const
{
    const auto column = static_cast<Column>(c);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Attack:
            return row.spec.name;
        case Column::Category:
            return row.spec.category;
        case Column::Expected:
            return row.spec.expected;
        case Column::Got:
            return row.result ? row.result->got : QString();
        case Column::Result:
            return row.result ? outcomeText(row.result->outcome) : tr("not run");
        case Column::Count:
            break;
        }
        return {};
    case OutcomeRole:
        if (column == Column::Result) {
            return row.result ? lab::AttackResult::outcomeName(row.result->outcome) : QString();
        }
        return row.spec.id;
    case Qt::ToolTipRole: {
        QString tip = row.spec.description + u'\n' + tr("Reference: %1").arg(row.spec.reference);
        if (row.result && !row.result->detail.isEmpty()) {
            tip += u'\n' + row.result->detail;
        }
        return tip;
    }
    case Qt::ForegroundRole:
        if (column == Column::Result && row.result) {
            switch (row.result->outcome) {
            case lab::AttackResult::Outcome::Refused:
                return statusColor(StatusColor::Good);
            case lab::AttackResult::Outcome::Accepted:
                return statusColor(StatusColor::Bad);
            case lab::AttackResult::Outcome::Skipped:
                return statusColor(StatusColor::Neutral);
            case lab::AttackResult::Outcome::Error:
                return statusColor(StatusColor::Caution);
            }
        }
        if (column == Column::Result) {
            return statusColor(StatusColor::Neutral);
        }
        return {};
    case Qt::FontRole:
        if (column == Column::Result && row.result && row.result->outcome != lab::AttackResult::Outcome::Skipped) {
            return boldFont();
        }
        return {};
    default:
        return {};
    }
}

} // namespace authscope
