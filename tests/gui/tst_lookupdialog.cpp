#include "candidatelist.h"
#include "common/translation.h"
#include "guitesthelpers.h"
#include "lookupdialog.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;

class LookupDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every control has a name for screen readers, the address field's clear button too (it
    // appears once there is text).
    void clearButtonHasAName()
    {
        LookupDialog dialog{ConnectionOptions()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *query = child<QLineEdit>(&dialog, "lookupQueryEdit");
        typeInto(query, u"ali@example.com"_s);
        const QList<QToolButton *> buttons = query->findChildren<QToolButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton *button : buttons) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), "a button without an accessible name");
        }
    }

    void catalogLookupShowsCandidatesAndWhereItLooked()
    {
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        LookupDialog dialog(options);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &LookupDialog::lookupFinished);
        typeInto(child<QLineEdit>(&dialog, "lookupQueryEdit"), u"ali@gmail.com"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, "lookUpButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        CandidateList *list = dialog.candidateList();
        QVERIFY(list->topLevelItemCount() >= 2);
        QCOMPARE(list->candidate(list->topLevelItem(0))->host, u"smtp.gmail.com"_s);
        QVERIFY(list->topLevelItem(0)->text(CandidateList::TrustColumn).startsWith("Trusted"_L1));

        QTreeWidget *sources = dialog.sourceList();
        QVERIFY(sources->topLevelItemCount() >= 1);
        bool catalogFound = false;
        for (int i = 0; i < sources->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = sources->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == "catalog"_L1)
                catalogFound = item->text(2).startsWith("found"_L1);
        }
        QVERIFY(catalogFound);
        QVERIFY(child<QLabel>(&dialog, "lookupStatus")->text().contains("gmail.com"_L1));

        // An address and a chosen server: "add an account with it" becomes possible.
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(child<QPushButton>(&dialog, "addAccountFromLookupButton")->isEnabled());
        QSignalSpy add(&dialog, &LookupDialog::addAccountRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, "addAccountFromLookupButton"), Qt::LeftButton);
        QCOMPARE(add.size(), 1);
        QCOMPARE(add.at(0).at(0).toString(), u"ali@gmail.com"_s);
    }

private:
    // An offline lookup of a domain that no catalog provider serves, run to its end.
    static void lookUpUnknownDomain(LookupDialog &dialog)
    {
        dialog.show();
        QSignalSpy finished(&dialog, &LookupDialog::lookupFinished);
        dialog.setQuery(u"unknown-provider.example"_s);
        dialog.startLookup();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    }

    static ConnectionOptions offline()
    {
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        return options;
    }

private Q_SLOTS:
    void nothingFoundSaysWhereItLooked()
    {
        LookupDialog dialog(offline());
        lookUpUnknownDomain(dialog);
        QCOMPARE(dialog.candidateList()->topLevelItemCount(), 0);
        QVERIFY(dialog.sourceList()->topLevelItemCount() >= 1);
        const QString status = child<QLabel>(&dialog, "lookupStatus")->text();
        QVERIFY2(status.contains(u"where Postacı looked"_s), qPrintable(status));
    }

    // In Turkish, the list of where Postacı looked gives the reason in Turkish too (it comes from
    // the core's lookup sources, not from the dialog).
    void nothingFoundSpeaksTurkish()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), u"tr"_s), u"tr"_s);
        const auto english = qScopeGuard([] { installTranslations(*QCoreApplication::instance(), u"en"_s); });
        LookupDialog dialog(offline());
        lookUpUnknownDomain(dialog);
        QTreeWidget *sources = dialog.sourceList();
        QString catalogAnswer;
        for (int i = 0; i < sources->topLevelItemCount(); ++i) {
            if (sources->topLevelItem(i)->data(0, Qt::UserRole).toString() == "catalog"_L1)
                catalogAnswer = sources->topLevelItem(i)->text(2);
        }
        QVERIFY2(catalogAnswer.contains(u"yerleşik katalogda bu alan adına hizmet veren bir sağlayıcı yok"_s),
                 qPrintable(catalogAnswer));
        QVERIFY2(!catalogAnswer.contains("catalog"_L1), qPrintable(catalogAnswer));
    }

    void badInputIsRefusedBeforeAnyLookup()
    {
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        LookupDialog dialog(options);
        dialog.show();
        QSignalSpy finished(&dialog, &LookupDialog::lookupFinished);
        dialog.setQuery(u"localhost"_s);
        dialog.startLookup();
        QVERIFY(child<QLabel>(&dialog, "lookupQueryError")->isVisible());
        QVERIFY(!dialog.isRunning());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
    }

    void flaggedSuggestionsAreMarked()
    {
        CandidateList list;
        ServerCandidate trusted;
        trusted.host = u"smtp.example.com"_s;
        trusted.port = 465;
        trusted.security = Security::ImplicitTls;
        trusted.trusted = true;
        trusted.origins = {{CandidateSource::Catalog, u"providers.json"_s}};
        ServerCandidate guessed;
        guessed.host = u"mail.example.com"_s;
        guessed.port = 587;
        guessed.security = Security::StartTls;
        guessed.trusted = false;
        guessed.warnings = {CandidateWarning::Guessed};
        guessed.origins = {{CandidateSource::Guess, u"mail.example.com:587"_s}};
        ServerCandidate http = guessed;
        http.host = u"smtp.hosting.example.net"_s;
        http.warnings = {CandidateWarning::PlainHttpSource, CandidateWarning::ForeignHost};
        http.origins = {{CandidateSource::PlainHttpAutoconfig, u"http://autoconfig.example.com/..."_s}};
        list.addOrUpdate(trusted);
        list.addOrUpdate(guessed);
        list.addOrUpdate(http);
        QCOMPARE(list.topLevelItemCount(), 3);
        QVERIFY(!CandidateList::isFlagged(trusted));
        QVERIFY(CandidateList::isFlagged(guessed));
        const QString guessedTrust = list.topLevelItem(1)->text(CandidateList::TrustColumn);
        QVERIFY2(guessedTrust.contains("found by guessing"_L1), qPrintable(guessedTrust));
        QVERIFY(guessedTrust.startsWith("Check before use"_L1));
        const QString httpTrust = list.topLevelItem(2)->text(CandidateList::TrustColumn);
        QVERIFY2(httpTrust.contains("plain HTTP"_L1), qPrintable(httpTrust));
        QVERIFY(httpTrust.contains("outside your domain"_L1));
        const QImage warning = list.style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16).toImage();
        QCOMPARE(list.topLevelItem(1)->icon(CandidateList::ServerColumn).pixmap(16, 16).toImage(), warning);
        QVERIFY(list.topLevelItem(0)->icon(CandidateList::ServerColumn).pixmap(16, 16).toImage() != warning);

        // An update (another source confirmed it) replaces the row, not adds one.
        guessed.verified = true;
        list.addOrUpdate(guessed);
        QCOMPARE(list.topLevelItemCount(), 3);
        QVERIFY(list.topLevelItem(1)->text(CandidateList::TrustColumn).contains("the server answered"_L1));
    }
};

QTEST_MAIN(LookupDialogTest)
#include "tst_lookupdialog.moc"
