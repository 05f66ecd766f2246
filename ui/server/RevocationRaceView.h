#pragma once

#include "core/lab/RevocationRace.h"

#include <QWidget>

class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QValueAxis;

namespace authscope {

// The revocation race on the Test server page: a cookie client and a JWT client poll /api/me; the administrator
// revokes both; a timeline shows which requests were still accepted afterwards. The race brings its own server
// and scratch database (RevocationRace), with one deny-list switch, and stops once both clients are refused.
class RevocationRaceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevocationRaceView)

public:
    explicit RevocationRaceView(QWidget* parent = nullptr);

    [[nodiscard]] RevocationRace& race() { return m_race; }

public Q_SLOTS:
    void startRace();
    void revokeBoth();
    void stopRace();

Q_SIGNALS:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
    void addSample(const RevocationRace::Sample& sample);
    void markRevocation(qint64 atMs);
    void updateSummary();
    void updateButtons();

    RevocationRace m_race;
    bool m_finishedRefused = false;
    QPushButton* m_start = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_stop = nullptr;
    QCheckBox* m_denyList = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QScatterSeries* m_accepted = nullptr;
    QScatterSeries* m_refused = nullptr;
    QLineSeries* m_revokeLine = nullptr;
    QValueAxis* m_xAxis = nullptr;
};

} // namespace authscope
