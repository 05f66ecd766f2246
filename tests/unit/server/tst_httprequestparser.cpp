#include "server/HttpRequestParser.h"

#include <QTest>

class tst_HttpRequestParser final : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
