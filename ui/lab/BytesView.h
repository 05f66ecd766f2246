#pragma once

#include "ui/lab/ResultView.h"

class QLabel;
class QPlainTextEdit;

namespace authscope {

class LabChartView;

// Bytes on the wire: what each request carries (the cookie, or the bearer token per algorithm and claim set) as
// bars, and for the selected row what anyone who reads the token learns from it.
class BytesView final : public ResultView<lab::BytesResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BytesView)

public:
    explicit BytesView(QWidget* parent = nullptr);

    [[nodiscard]] LabChartView* barChart() const { return m_bars; }
    [[nodiscard]] QPlainTextEdit* decodedEdit() const { return m_decoded; }
    void selectRow(int row);

protected:
    void display(const QJsonObject& result) override;

private:
    void drawBars();
    void showDecoded(int row);

    LabChartView* m_bars = nullptr;
    QLabel* m_decodedTitle = nullptr;
    QPlainTextEdit* m_decoded = nullptr;
};

} // namespace authscope
