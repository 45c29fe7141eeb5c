#include "mainwindow.h"

#include <QPushButton>
#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithAddFirstAccountAction()
    {
        Postaci::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *addFirst = window.findChild<QPushButton *>(QStringLiteral("addFirstAccountButton"));
        QVERIFY(addFirst);
        QVERIFY(addFirst->isVisible());
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
