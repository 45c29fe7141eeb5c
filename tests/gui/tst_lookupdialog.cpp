#include "candidatelist.h"
#include "common/translation.h"
#include "guitesthelpers.h"
#include "lookupdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

using namespace Postaci;
using namespace Postaci::GuiTest;

class LookupDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogLookupShowsCandidatesAndWhereItLooked()
    {
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        LookupDialog dialog(options);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &LookupDialog::lookupFinished);
        typeInto(child<QLineEdit>(&dialog, "lookupQueryEdit"), QStringLiteral("ali@gmail.com"));
        QTest::mouseClick(child<QPushButton>(&dialog, "lookUpButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        CandidateList *list = dialog.candidateList();
        QVERIFY(list->topLevelItemCount() >= 2);
        QCOMPARE(list->candidate(list->topLevelItem(0))->host, QStringLiteral("smtp.gmail.com"));
        QVERIFY(list->topLevelItem(0)->text(CandidateList::TrustColumn).startsWith(QLatin1String("Trusted")));

        QTreeWidget *sources = dialog.sourceList();
        QVERIFY(sources->topLevelItemCount() >= 1);
        bool catalogFound = false;
        for (int i = 0; i < sources->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = sources->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("catalog"))
                catalogFound = item->text(2).startsWith(QLatin1String("found"));
        }
        QVERIFY(catalogFound);
        QVERIFY(child<QLabel>(&dialog, "lookupStatus")->text().contains(QLatin1String("gmail.com")));

        // An address and a chosen server: "add an account with it" becomes possible.
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(child<QPushButton>(&dialog, "addAccountFromLookupButton")->isEnabled());
        QSignalSpy add(&dialog, &LookupDialog::addAccountRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, "addAccountFromLookupButton"), Qt::LeftButton);
        QCOMPARE(add.size(), 1);
        QCOMPARE(add.at(0).at(0).toString(), QStringLiteral("ali@gmail.com"));
    }

private:
    // An offline lookup of a domain that no catalog provider serves, run to its end.
    static void lookUpUnknownDomain(LookupDialog &dialog)
    {
        dialog.show();
        QSignalSpy finished(&dialog, &LookupDialog::lookupFinished);
        dialog.setQuery(QStringLiteral("unknown-provider.example"));
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
        QVERIFY2(status.contains(QStringLiteral("where Postacı looked")), qPrintable(status));
    }

    // In Turkish, the list of where Postacı looked gives the reason in Turkish too (it comes from
    // the core's lookup sources, not from the dialog).
    void nothingFoundSpeaksTurkish()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("tr")), QStringLiteral("tr"));
        const auto english = qScopeGuard([] { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); });
        LookupDialog dialog(offline());
        lookUpUnknownDomain(dialog);
        QTreeWidget *sources = dialog.sourceList();
        QString catalogAnswer;
        for (int i = 0; i < sources->topLevelItemCount(); ++i) {
            if (sources->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("catalog"))
                catalogAnswer = sources->topLevelItem(i)->text(2);
        }
        QVERIFY2(catalogAnswer.contains(QStringLiteral("yerleşik katalogda bu alan adına hizmet veren bir sağlayıcı yok")),
                 qPrintable(catalogAnswer));
        QVERIFY2(!catalogAnswer.contains(QLatin1String("catalog")), qPrintable(catalogAnswer));
    }

    void badInputIsRefusedBeforeAnyLookup()
    {
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        LookupDialog dialog(options);
        dialog.show();
        QSignalSpy finished(&dialog, &LookupDialog::lookupFinished);
        dialog.setQuery(QStringLiteral("localhost"));
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
        trusted.host = QStringLiteral("smtp.example.com");
        trusted.port = 465;
        trusted.security = Security::ImplicitTls;
        trusted.trusted = true;
        trusted.origins = {{CandidateSource::Catalog, QStringLiteral("providers.json")}};
        ServerCandidate guessed;
        guessed.host = QStringLiteral("mail.example.com");
        guessed.port = 587;
        guessed.security = Security::StartTls;
        guessed.trusted = false;
        guessed.warnings = {CandidateWarning::Guessed};
        guessed.origins = {{CandidateSource::Guess, QStringLiteral("mail.example.com:587")}};
        ServerCandidate http = guessed;
        http.host = QStringLiteral("smtp.hosting.example.net");
        http.warnings = {CandidateWarning::PlainHttpSource, CandidateWarning::ForeignHost};
        http.origins = {{CandidateSource::PlainHttpAutoconfig, QStringLiteral("http://autoconfig.example.com/...")}};
        list.addOrUpdate(trusted);
        list.addOrUpdate(guessed);
        list.addOrUpdate(http);
        QCOMPARE(list.topLevelItemCount(), 3);
        QVERIFY(!CandidateList::isFlagged(trusted));
        QVERIFY(CandidateList::isFlagged(guessed));
        const QString guessedTrust = list.topLevelItem(1)->text(CandidateList::TrustColumn);
        QVERIFY2(guessedTrust.contains(QLatin1String("found by guessing")), qPrintable(guessedTrust));
        QVERIFY(guessedTrust.startsWith(QLatin1String("Check before use")));
        const QString httpTrust = list.topLevelItem(2)->text(CandidateList::TrustColumn);
        QVERIFY2(httpTrust.contains(QLatin1String("plain HTTP")), qPrintable(httpTrust));
        QVERIFY(httpTrust.contains(QLatin1String("outside your domain")));
        const QImage warning = list.style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16).toImage();
        QCOMPARE(list.topLevelItem(1)->icon(CandidateList::ServerColumn).pixmap(16, 16).toImage(), warning);
        QVERIFY(list.topLevelItem(0)->icon(CandidateList::ServerColumn).pixmap(16, 16).toImage() != warning);

        // An update (another source confirmed it) replaces the row, not adds one.
        guessed.verified = true;
        list.addOrUpdate(guessed);
        QCOMPARE(list.topLevelItemCount(), 3);
        QVERIFY(list.topLevelItem(1)->text(CandidateList::TrustColumn).contains(QLatin1String("the server answered")));
    }
};

QTEST_MAIN(LookupDialogTest)
#include "tst_lookupdialog.moc"
