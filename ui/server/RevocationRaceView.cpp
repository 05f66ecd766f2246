#include "ui/server/RevocationRaceView.h"

#include "ui/widgets/ButtonSlots.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace authscope {

namespace {

constexpr double kCookieLane = 2.0;
constexpr double kJwtLane = 1.0;

} // namespace

RevocationRaceView::RevocationRaceView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("revocationRaceView"));
    m_start = makeButton(tr("Start &race"), QStringLiteral("raceStartButton"), this,
                         tr("Log in once with a cookie and once for a JWT, then call /api/me every 200 ms with each"));
    m_revoke = makeButton(tr("Revoke &both now"), QStringLiteral("raceRevokeButton"), this,
                          tr("Revoke both sessions from the console, as an administrator would"));
    m_stop = makeButton(tr("S&top"), QStringLiteral("raceStopButton"), this);
    m_denyList = makeNamed<QCheckBox>(QStringLiteral("raceDenyListCheckBox"), tr("JWT deny-l&ist on"), this);
    m_denyList->setToolTip(tr("The race's own server: on, it checks each JWT against the revoked sessions and the "
                              "deny-list; off, a JWT is accepted until it expires, whatever happened to its "
                              "session. Switch it during the race to see the difference."));
    m_denyList->setChecked(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_stop);
    buttons->addSpacing(12);
    buttons->addWidget(m_denyList);
    buttons->addStretch(1);

    m_summary = makeMessageLabel(QStringLiteral("raceSummaryLabel"), this);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_accepted = new QScatterSeries;
    m_accepted->setName(tr("accepted (200)"));
    m_accepted->setMarkerSize(9);
    m_refused = new QScatterSeries;
    m_refused->setName(tr("refused (401)"));
    m_refused->setMarkerSize(9);
    m_revokeLine = new QLineSeries;
    m_revokeLine->setName(tr("revoked"));
    m_chart->addSeries(m_accepted);
    m_chart->addSeries(m_refused);
    m_chart->addSeries(m_revokeLine);
    m_xAxis = new QValueAxis;
    m_xAxis->setTitleText(tr("seconds since the race started"));
    m_xAxis->setRange(0, 10);
    m_xAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0);
    m_xAxis->setTickInterval(1);
    auto* lanes = new QCategoryAxis;
    lanes->setRange(0.5, 2.5);
    lanes->append(tr("JWT"), 1.5);
    lanes->append(tr("cookie"), 2.5);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(lanes, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(m_accepted), static_cast<QAbstractSeries*>(m_refused),
                               static_cast<QAbstractSeries*>(m_revokeLine)}) {
        s->attachAxis(m_xAxis);
        s->attachAxis(lanes);
    }
    applyColors();
    m_view = makeNamed<QChartView>(QStringLiteral("raceChartView"), m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->setAccessibleName(tr("Revocation race timeline"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connectClicks(this, {{m_start, &RevocationRaceView::startRace},
                         {m_revoke, &RevocationRaceView::revokeBoth},
                         {m_stop, &RevocationRaceView::stopRace}});
    connect(m_denyList, &QCheckBox::toggled, this, [this](bool on) {
        m_race.setDenyListEnabled(on);
        updateSummary();
    });
    connect(&m_race, &RevocationRace::finished, this, [this](bool bothRefused) {
        m_finishedRefused = bothRefused;
        updateButtons();
        updateSummary();
    });
    connect(&m_race, &RevocationRace::sampleAdded, this, &RevocationRaceView::addSample);
    connect(&m_race, &RevocationRace::revoked, this, &RevocationRaceView::markRevocation);
    updateButtons();
    updateSummary();
}

void RevocationRaceView::startRace()
{
    m_accepted->clear();
    m_refused->clear();
    m_revokeLine->clear();
    m_xAxis->setRange(0, 10);
    m_finishedRefused = false;
    auto started = m_race.start(m_denyList->isChecked(), 200);
    updateButtons();
    if (!started) {
        m_summary->setText(tr("The race could not start: %1").arg(started.error().message));
        Q_EMIT statusMessage(started.error().message);
        return;
    }
    updateSummary();
}

void RevocationRaceView::revokeBoth()
{
    if (auto done = m_race.revokeBoth(tr("revocation race")); !done) {
        m_summary->setText(done.error().message);
    }
    updateButtons();
}

void RevocationRaceView::stopRace()
{
    m_race.stop();
    updateButtons();
    updateSummary();
}

void RevocationRaceView::applyColors()
{
    // The theme first: setting a theme resets the series' colours to the theme's own.
    m_chart->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    const bool dark = isDarkPalette();
    m_accepted->setColor(chartColor(StatusColor::Good, dark));
    m_accepted->setBorderColor(Qt::transparent);
    m_refused->setColor(chartColor(StatusColor::Bad, dark));
    m_refused->setBorderColor(Qt::transparent);
    QPen pen(chartColor(StatusColor::Caution, dark));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    m_revokeLine->setPen(pen);
}

void RevocationRaceView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart != nullptr) {
        applyColors();
    }
}

void RevocationRaceView::addSample(const RevocationRace::Sample& sample)
{
    const double x = sample.atMs / 1000.0;
    const double y = sample.client == RevocationRace::Client::Cookie ? kCookieLane : kJwtLane;
    (sample.status == 200 ? m_accepted : m_refused)->append(x, y);
    if (x > m_xAxis->max() - 0.5) {
        m_xAxis->setMax(x + 5);
        // Keep about ten labels whatever the length of the race.
        m_xAxis->setTickInterval(std::max(1.0, std::ceil(m_xAxis->max() / 10.0)));
    }
    updateSummary();
}

void RevocationRaceView::markRevocation(qint64 atMs)
{
    const double x = atMs / 1000.0;
    m_revokeLine->clear();
    m_revokeLine->append(x, 0.6);
    m_revokeLine->append(x, 2.4);
    updateSummary();
}

void RevocationRaceView::updateButtons()
{
    const bool running = m_race.isRunning();
    m_start->setEnabled(!running);
    m_start->setText(m_race.samples().isEmpty() ? tr("Start &race") : tr("Start &again"));
    m_revoke->setEnabled(running && !m_race.summary().revokedAtMs);
    m_stop->setEnabled(running);
}

void RevocationRaceView::updateSummary()
{
    const RevocationRace::Summary s = m_race.summary();
    if (!m_race.isRunning() && m_race.samples().isEmpty()) {
        m_summary->setText(tr("Two clients log in (one with a session cookie, one with a JWT) and call /api/me five "
                              "times a second. Revoke both and watch what happens. The race has a test server and "
                              "a scratch database of its own on 127.0.0.1: your database, users and audit log are "
                              "not touched."));
        return;
    }
    if (!s.revokedAtMs) {
        m_summary->setText(tr("Both clients are logged in and polling (%Ln request(s) so far). Now revoke both.",
                              nullptr, static_cast<int>(m_race.samples().size())));
        return;
    }
    const QString cookie = s.cookieWindowMs >= 0
                               ? tr("Cookie session: refused %1 ms after the revocation, after %Ln more accepted "
                                    "request(s).",
                                    nullptr, s.cookieAcceptedAfter)
                                     .arg(s.cookieWindowMs)
                               : tr("Cookie session: no request since the revocation yet.");
    QString jwt;
    if (s.jwtWindowMs >= 0) {
        jwt = tr("JWT: refused %1 ms after the revocation (the server checked its session and the deny-list).")
                  .arg(s.jwtWindowMs);
    } else {
        const qint64 left = m_race.jwtExpiresInSecs() - m_race.elapsedMs() / 1000;
        jwt = tr("JWT: still accepted — %Ln request(s) since the revocation. Without the deny-list it stays valid "
                 "until it expires (in about %1 s).",
                 nullptr, s.jwtAcceptedAfter)
                  .arg(std::max<qint64>(0, left));
    }
    QString end;
    if (m_finishedRefused) {
        end = u'\n' + tr("Both clients are refused: the race stopped by itself and its scratch database is gone.");
    } else if (!m_race.isRunning()) {
        end = u'\n' + tr("Stopped.");
    } else if (s.jwtWindowMs < 0 && !m_denyList->isChecked()) {
        end = u'\n' + tr("Switch the deny-list on to refuse the JWT now; the race stops once both are refused.");
    }
    m_summary->setText(cookie + u'\n' + jwt + end);
}

} // namespace authscope
