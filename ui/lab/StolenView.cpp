#include "ui/lab/ResultViews.h"

#include "ui/lab/LabChartView.h"
#include "ui/lab/LabTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QTableView>
#include <QValueAxis>

namespace authscope {

StolenView::StolenView(QWidget* parent)
    : ResultView(lab::Experiment::StolenCredential, QStringLiteral("stolen"), parent)
{
    m_bars =
        makeChart(QStringLiteral("stolenChartView"),
                  tr("Stolen credential: how long each copy worked after the logout"), this, &StolenView::drawBars);
    setChartArea(m_bars);
    setChartShare(40); // the table's sentences need the room
    // The outcomes are sentences: they wrap in columns that share the width, so that the table fits 1024 pixels.
    tableView()->setWordWrap(true);
    tableView()->setTextElideMode(Qt::ElideNone);
    display({});
}

namespace {

// The server's own sentence, without its error code ("invalid_token (The token was revoked.)" -> "The token was
// revoked."); the code stays in the row's tool tip.
QString plainReason(const QString& reason)
{
    const qsizetype open = reason.indexOf(QStringLiteral(" ("));
    if (open > 0 && reason.endsWith(u')')) {
        return reason.mid(open + 2).chopped(1);
    }
    return reason;
}

} // namespace

QString StolenView::outcomeText(const lab::StolenOutcome& o, bool afterLogout, qint64 observeMs)
{
    if (o.replays == 0) {
        return tr("not tried yet");
    }
    // A mark and words, never colour alone.
    const QString reason = o.reason.isEmpty() ? tr("HTTP %1").arg(o.status) : plainReason(o.reason);
    if (!afterLogout) {
        return o.firstAccepted() ? tr("✔ accepted") : tr("✘ refused: %1").arg(reason);
    }
    if (o.acceptedForMs < 0) {
        return tr("✔ still accepted after %1 s (%Ln replays)", nullptr, static_cast<int>(o.accepted))
            .arg(QLocale().toString(double(observeMs) / 1000.0, 'f', 1));
    }
    if (o.accepted == 0) {
        return tr("✘ refused at once: %1").arg(reason);
    }
    return tr("✔ accepted for %1 ms, then ✘ refused: %2").arg(QLocale().toString(o.acceptedForMs), reason);
}

void StolenView::display(const QJsonObject& result)
{
    readResult(result);
    const QList<LabTableModel::Column> columns{
        {tr("Stolen credential"), 0, {}},
        {tr("Checked by"), 0, tr("The server the thief sent the copy to")},
        {tr("Copy replayed"), 0, tr("Replayed by another client while the victim was still signed in")},
        {tr("After logout"), 0, tr("After the victim's logout; the provider tells nobody else of it")},
        {tr("After logout, back-channel"), 0,
         tr("After the victim's logout, with back-channel logout: the provider sends the relying party a signed "
            "logout notice (OpenID Connect Back-Channel Logout)")},
    };
    QList<QVariantList> rows;
    QStringList keys;
    QStringList tips;
    for (const lab::StolenRow& r : std::as_const(m_result.rows)) {
        QStringList reasons;
        for (const lab::StolenOutcome* o : {&r.stolen, &r.afterLogout, &r.afterLogoutBackchannel}) {
            if (!o->reason.isEmpty() && !reasons.contains(o->reason)) {
                reasons << o->reason;
            }
        }
        tips << (reasons.isEmpty() ? r.label : r.label + u'\n' + reasons.join(u'\n'));
        const QString where = r.where == QLatin1String("api")             ? tr("an API")
                              : r.where == QLatin1String("relying party") ? tr("the relying party")
                                                                          : tr("the provider");
        rows.append({modeName(r.caseId, r.label), where, outcomeText(r.stolen, false, m_result.observeMs),
                     outcomeText(r.afterLogout, true, m_result.observeMs),
                     outcomeText(r.afterLogoutBackchannel, true, m_result.observeMs)});
        keys << r.caseId;
    }
    tableModel()->setTable(columns, rows, keys, tips);
    QHeaderView* header = tableView()->horizontalHeader();
    for (int c = 0; c < columns.size(); ++c) {
        header->setSectionResizeMode(c, c == 1 ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    }
    tableView()->resizeRowsToContents();
    drawBars();
}

void StolenView::drawBars()
{
    if (!startChart(m_bars, tr("No stolen-credential run yet"))) {
        return;
    }
    QChart* chart = m_bars->chart();
    auto* series = new QHorizontalBarSeries;
    auto* plain = new QBarSet(tr("after logout"));
    auto* bcl = new QBarSet(tr("after logout, back-channel logout"));
    const double window = double(std::max<qint64>(1, m_result.observeMs));
    auto value = [window](const lab::StolenOutcome& o) {
        // Still accepted at the end: the whole window watched; refused at once (or before): nothing.
        return o.replays == 0 ? 0.0 : o.acceptedForMs < 0 ? window : double(o.acceptedForMs);
    };
    QStringList categories;
    // The first row at the top: Qt draws categories bottom-up.
    for (qsizetype i = m_result.rows.size() - 1; i >= 0; --i) {
        const lab::StolenRow& r = m_result.rows.at(i);
        categories << modeName(r.caseId, r.label);
        plain->append(value(r.afterLogout));
        bcl->append(value(r.afterLogoutBackchannel));
    }
    const QColor plainColour = LabChartView::seriesColor(1);
    const QColor bclColour = LabChartView::seriesColor(5);
    plain->setColor(plainColour);
    plain->setBorderColor(plainColour);
    // A pattern as well as a colour, so the two rounds differ for readers who cannot tell the colours apart.
    bcl->setBrush(QBrush(bclColour, Qt::BDiagPattern));
    bcl->setBorderColor(bclColour);
    series->append(plain);
    series->append(bcl);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QValueAxis* axis = LabChartView::valueAxis(window);
    m_bars->addAxis(axis, Qt::AlignBottom, tr("ms still accepted after the logout (full width: to the end)"));
    // The legend beside the plot: the height goes to the seven rows.
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    names->setTruncateLabels(false);
    m_bars->addAxis(names, Qt::AlignLeft, QString());
    // Seven names in a low chart (1024x700): a smaller font keeps Qt from leaving every other one out.
    QFont labels = names->labelsFont();
    labels.setPointSizeF(std::max(6.5, labels.pointSizeF() * 0.8));
    names->setLabelsFont(labels);
}

} // namespace authscope
