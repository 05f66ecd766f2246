#pragma once

#include "core/lab/AttackRunner.h"
#include "ui/widgets/RecordTableModel.h"

#include <QList>

#include <optional>

namespace authscope {

// An attack of the catalogue and, once it ran, its result.
struct AttackRow
{
    lab::AttackSpec spec;
    std::optional<lab::AttackResult> result;
};

// The self-attack table: every attack of the catalogue, its expected refusal and what the target answered. Rows
// not run yet (or not reached before a cancel) show as pending.
class AttackTableModel final : public RecordTableModel<AttackRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttackTableModel)

public:
    enum class Column
    {
        Attack,
        Category,
        Expected,
        Got,
        Result,
        Count
    };
    // Qt::UserRole of the Result column: AttackResult::outcomeName ("pass", "FAIL", "skipped", "error"), or ""
    // for a row not run.
    static constexpr int OutcomeRole = Qt::UserRole;

    explicit AttackTableModel(QObject* parent = nullptr);

    // Back to the catalogue, every row pending.
    void reset(const QList<lab::AttackSpec>& catalogue);
    void setResult(const lab::AttackResult& result);
    [[nodiscard]] const lab::AttackSpec& specAt(int row) const { return m_rows.at(row).spec; }
    [[nodiscard]] const std::optional<lab::AttackResult>& resultAt(int row) const { return m_rows.at(row).result; }
    [[nodiscard]] QList<lab::AttackResult> results() const;

    [[nodiscard]] static QString outcomeText(lab::AttackResult::Outcome outcome);

private:
    using Row = AttackRow;

    [[nodiscard]] QVariant recordData(const Row& row, int column, int role) const override;
};

} // namespace authscope
