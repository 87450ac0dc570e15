#include <QtTest>
class Stub : public QObject { Q_OBJECT private slots: void pending() { QFAIL("not written yet"); } };
QTEST_APPLESS_MAIN(Stub)
#include "tst_cli.moc"
