#include "ui/lab/ResultViews.h"

#include "ui/lab/LabChartView.h"
#include "ui/lab/LabTableModel.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace authscope {

namespace {

QString claimSetName(const QString& id)
{
    if (id == QLatin1String("minimal")) {
        return BytesView::tr("minimal claims");
    }
    if (id == QLatin1String("typical")) {
        return BytesView::tr("typical claims");
    }
    if (id == QLatin1String("rich")) {
        return BytesView::tr("rich claims");
    }
    return id;
}

QString pretty(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

BytesView::BytesView(QWidget* parent) : ResultView(lab::Experiment::BytesOnWire, QStringLiteral("bytes"), parent)
{
    m_bars =
        makeChart(QStringLiteral("bytesChartView"), tr("Bytes on the wire: bar chart"), this, &BytesView::drawBars);
    setChartArea(m_bars);

    auto* side = new QWidget(this);
    auto* sideLayout = makeMarginless<QVBoxLayout>(side);
    m_decodedTitle = makeWrappedLabel(QStringLiteral("bytesDecodedLabel"), side);
    m_decoded = makeNamed<QPlainTextEdit>(QStringLiteral("bytesDecodedTextEdit"), side);
    m_decoded->setReadOnly(true);
    m_decoded->setTabChangesFocus(true);
    m_decoded->setAccessibleName(tr("What anyone who reads the token sees"));
    m_decoded->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_decoded->setMinimumWidth(200);
    m_decodedTitle->setBuddy(m_decoded);
    sideLayout->addWidget(m_decodedTitle);
    sideLayout->addWidget(m_decoded, 1);
    setTableSide(side);
    setChartShare(50); // the decoded token below matters as much as the bars

    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDecoded(current.isValid() ? current.row() : -1); });
    display({});
}

void BytesView::display(const QJsonObject& result)
{
    readResult(result);
    const QList<LabTableModel::Column> columns{
        {tr("Credential"), 0, {}},
        {tr("Algorithm"), 0, {}},
        {tr("Claims"), 0, {}},
        {tr("Bytes"), 0, tr("The cookie value or the compact JWT")},
        {tr("Request header"), 0, tr("The header line a client sends with every request")},
        {tr("Set by"), 0, tr("The response header that delivers it (a bearer token comes in a response body)")},
    };
    QList<QVariantList> rows;
    QStringList keys;
    QStringList tips;
    for (const lab::BytesRow& r : std::as_const(m_result.rows)) {
        const bool cookie = r.credential == QLatin1String("cookie");
        rows.append({cookie ? tr("session cookie") : tr("bearer JWT"),
                     r.algorithm.isEmpty() ? QVariant() : QVariant(r.algorithm),
                     r.claimSet.isEmpty() ? QVariant() : QVariant(claimSetName(r.claimSet)), r.credentialBytes,
                     r.requestHeaderBytes,
                     r.responseHeaderBytes > 0
                         ? QVariant(tr("Set-Cookie header (%1 B)").arg(QLocale().toString(r.responseHeaderBytes)))
                         : QVariant(tr("response body"))});
        keys << r.label;
        tips << r.label;
    }
    tableModel()->setTable(columns, rows, keys, tips);
    drawBars();
    // Show the first token's contents at once: that is the point of the experiment.
    int first = -1;
    for (qsizetype i = 0; i < m_result.rows.size() && first < 0; ++i) {
        if (!m_result.rows.at(i).decodedPayload.isEmpty()) {
            first = static_cast<int>(i);
        }
    }
    selectRow(first);
}

void BytesView::selectRow(int row)
{
    if (row >= 0 && row < tableModel()->rowCount()) {
        tableView()->setCurrentIndex(tableModel()->index(row, 0));
    } else {
        tableView()->setCurrentIndex({});
    }
    showDecoded(row);
}

void BytesView::showDecoded(int row)
{
    if (row < 0 || row >= m_result.rows.size()) {
        m_decodedTitle->setText(tr("Select a row to see what the credential reveals."));
        m_decoded->clear();
        return;
    }
    const lab::BytesRow& r = m_result.rows.at(row);
    if (r.decodedPayload.isEmpty()) {
        m_decodedTitle->setText(tr("The session cookie reveals nothing:"));
        m_decoded->setPlainText(tr("It is a random ID of %1 characters. The user, the roles and the expiry stay on "
                                   "the server, which looks them up on each request.")
                                    .arg(r.credentialBytes));
        return;
    }
    m_decodedTitle->setText(tr("Anyone who reads this token (JWT %1, %2) sees this, no key needed:")
                                .arg(r.algorithm, claimSetName(r.claimSet)));
    m_decoded->setPlainText(tr("Header:") + u'\n' + pretty(r.decodedHeader) + u"\n\n" + tr("Payload:") + u'\n' +
                            pretty(r.decodedPayload));
}

void BytesView::drawBars()
{
    if (!startChart(m_bars, tr("No bytes-on-the-wire run yet"))) {
        return;
    }
    QChart* chart = m_bars->chart();
    // Groups are the claim sets, one bar per algorithm; the cookie is a line across, for comparison.
    QStringList claimSets;
    QStringList algorithms;
    qint64 cookieBytes = -1;
    double maxValue = 0;
    for (const lab::BytesRow& r : std::as_const(m_result.rows)) {
        maxValue = std::max(maxValue, double(r.requestHeaderBytes));
        if (r.credential == QLatin1String("cookie")) {
            cookieBytes = r.requestHeaderBytes;
            continue;
        }
        if (!claimSets.contains(r.claimSet)) {
            claimSets << r.claimSet;
        }
        if (!algorithms.contains(r.algorithm)) {
            algorithms << r.algorithm;
        }
    }
    auto* series = new QBarSeries;
    for (qsizetype a = 0; a < algorithms.size(); ++a) {
        auto* set = new QBarSet(tr("JWT %1").arg(algorithms.at(a)));
        for (const QString& claims : std::as_const(claimSets)) {
            qint64 bytes = 0;
            for (const lab::BytesRow& r : std::as_const(m_result.rows)) {
                if (r.algorithm == algorithms.at(a) && r.claimSet == claims) {
                    bytes = r.requestHeaderBytes;
                }
            }
            set->append(double(bytes));
        }
        const QColor c = LabChartView::seriesColor(static_cast<int>(a));
        set->setColor(c);
        set->setBorderColor(c);
        series->append(set);
    }
    chart->addSeries(series);
    if (cookieBytes >= 0) {
        auto* cookie = new QLineSeries;
        cookie->setName(tr("session cookie (%1 B)").arg(QLocale().toString(cookieBytes)));
        QPen pen(LabChartView::seriesColor(6));
        pen.setWidthF(2.5);
        pen.setStyle(Qt::DashLine);
        cookie->setPen(pen);
        cookie->append(-0.5, double(cookieBytes));
        cookie->append(double(claimSets.size()) - 0.5, double(cookieBytes));
        chart->addSeries(cookie);
    }
    auto* categories = new QBarCategoryAxis;
    for (const QString& claims : std::as_const(claimSets)) {
        categories->append(claimSetName(claims));
    }
    m_bars->addAxis(categories, Qt::AlignBottom, tr("claim set"));
    m_bars->addAxis(LabChartView::valueAxis(maxValue), Qt::AlignLeft, tr("bytes per request"));
}

} // namespace authscope
