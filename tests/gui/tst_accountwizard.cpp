#include "account/emailaddress.h"
#include "accountwizard.h"
#include "candidatelist.h"
#include "credentialspage.h"
#include "guitesthelpers.h"
#include "passwordchecklist.h"
#include "serverpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;

namespace {

// The wizard without network: the settings finder asks only the built-in catalog.
ConnectionOptions offlineOptions()
{
    ConnectionOptions options;
    options.finderOptions = FinderOptions::offline();
    return options;
}

// rule name → passed, as the checklist shows it now.
QMap<QString, bool> ruleStates(QWidget *wizard)
{
    QMap<QString, bool> states;
    const auto rows = wizard->findChildren<QLabel *>(u"passwordRule"_s);
    for (QLabel *row : rows) {
        if (row->isVisibleTo(wizard))
            states.insert(row->property("rule").toString(), row->property("passed").toBool());
    }
    return states;
}

} // namespace

class AccountWizardTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AccountWizard> m_wizard;

    AccountWizard *newWizard()
    {
        m_wizard = std::make_unique<AccountWizard>(AccountStore(m_dir.filePath(u"accounts.json"_s)),
                                                   offlineOptions());
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get()))
            return nullptr;
        return m_wizard.get();
    }

private Q_SLOTS:
    void cleanup() { m_wizard.reset(); }

    void badAddressShowsItsErrorAndDisablesNext()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        auto *email = child<QLineEdit>(wizard, "emailEdit");
        auto *error = child<QLabel>(wizard, "emailError");
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!error->isVisible()); // nothing typed yet: no complaint

        const QString bad = u"ali..veli@example.com"_s;
        typeInto(email, bad);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), EmailAddress::parse(bad).errorMessage());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!clickNext(wizard));

        typeInto(email, u"ali@example"_s);
        QCOMPARE(error->text(), EmailAddress::parse(u"ali@example"_s).errorMessage());
        QVERIFY(!nextEnabled(wizard));

        typeInto(email, u"ali.veli@example.com.tr"_s);
        QVERIFY(!error->isVisible());
        QVERIFY(nextEnabled(wizard));

        // Every keystroke is checked: one more "@" breaks it again.
        QTest::keyClick(email, Qt::Key_At);
        QVERIFY(error->isVisible());
        QVERIFY(!nextEnabled(wizard));
    }

    void catalogSuggestionFillsTheServerFields()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        typeInto(child<QLineEdit>(wizard, "emailEdit"), u"someone@gmail.com"_s);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPageId));
        CandidateList *list = wizard->serverPage()->candidateList();
        QTRY_VERIFY(list->topLevelItemCount() >= 2);
        QTRY_VERIFY(!wizard->serverPage()->isLookupRunning());
        QCOMPARE(child<QLineEdit>(wizard, "hostEdit")->text(), u"smtp.gmail.com"_s);
        QCOMPARE(child<QSpinBox>(wizard, "portSpinBox")->value(), 465);
        QCOMPARE(wizard->serverPage()->security(), Security::ImplicitTls);
        // The source is shown, and the provider's note with its help link.
        QVERIFY(list->topLevelItem(0)->text(CandidateList::SourceColumn).contains(u"Postacı"_s));
        auto *note = child<QLabel>(wizard, "providerNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains("app password"_L1), qPrintable(note->text()));
        QVERIFY(note->text().contains("https://support.google.com/"_L1));

        // Choosing the other suggestion fills the fields with it.
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->candidate(list->topLevelItem(i))->port == 587)
                list->setCurrentItem(list->topLevelItem(i));
        }
        QCOMPARE(child<QSpinBox>(wizard, "portSpinBox")->value(), 587);
        QCOMPARE(wizard->serverPage()->security(), Security::StartTls);

        // The Credentials page shows Gmail's own rule, labelled as such.
        QVERIFY(clickNext(wizard));
        QCOMPARE(child<QLineEdit>(wizard, "userEdit")->text(), u"someone@gmail.com"_s);
        auto *heading = child<QLabel>(wizard, "passwordRulesHeading");
        QVERIFY2(heading->text().contains("Gmail"_L1), qPrintable(heading->text()));
        QVERIFY(wizard->passwordPolicy().isProviderFormat());
        auto *password = child<QLineEdit>(wizard, "passwordEdit");
        typeInto(password, u"Abcdefgh12"_s); // fine by the default rules, not an app password
        QVERIFY(!nextEnabled(wizard));
        typeInto(password, u"abcd efgh ijkl mnop"_s); // as Google shows it
        QVERIFY(nextEnabled(wizard));
        QCOMPARE(wizard->password(), u"abcdefghijklmnop"_s);
    }

    void pickingAPortSuggestsItsSecurity()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        typeInto(child<QLineEdit>(wizard, "emailEdit"), u"info@yilmazmobilya.com.tr"_s);
        QVERIFY(clickNext(wizard));
        auto *port = child<QSpinBox>(wizard, "portSpinBox");
        auto *security = child<QComboBox>(wizard, "securityComboBox");
        auto *hint = child<QLabel>(wizard, "portHint");
        chooseData(security, int(Security::StartTls));

        typeInto(port, 465);
        QCOMPARE(port->value(), 465);
        QCOMPARE(wizard->serverPage()->security(), Security::ImplicitTls);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains("SSL/TLS"_L1));

        typeInto(port, 587);
        QCOMPARE(wizard->serverPage()->security(), Security::StartTls);

        chooseData(security, int(Security::ImplicitTls));
        typeInto(port, 25);
        QCOMPARE(wizard->serverPage()->security(), Security::StartTls);
        QVERIFY(hint->text().contains("25"_L1));

        // Any other port leaves the choice alone, and the field stays editable.
        chooseData(security, int(Security::None));
        typeInto(port, 2525);
        QCOMPARE(wizard->serverPage()->security(), Security::None);

        // The host is checked like the save checks it.
        auto *host = child<QLineEdit>(wizard, "hostEdit");
        typeInto(host, u"mail..example.com"_s);
        QVERIFY(child<QLabel>(wizard, "hostError")->isVisible());
        QVERIFY(!nextEnabled(wizard));
        typeInto(host, u"mail.yilmazmobilya.com.tr"_s);
        QVERIFY(!child<QLabel>(wizard, "hostError")->isVisible());
        QVERIFY(nextEnabled(wizard));
    }

    // Issue 15: when the lookup finds nothing, the Server page shows where Postacı looked (the
    // lookup dialog's list, collapsed under the sentence) and what became of the usual names.
    void nothingFoundListsThePlacesAsked()
    {
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        // The catalog and the usual names: the machine's resolver answers "no such name" for both.
        options.finderOptions.sources = FinderOptions::Sources(FinderOptions::Source::Catalog)
                                        | FinderOptions::Source::Guess;
        m_wizard = std::make_unique<AccountWizard>(AccountStore(m_dir.filePath(u"accounts.json"_s)), options);
        AccountWizard *wizard = m_wizard.get();
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        typeInto(child<QLineEdit>(wizard, "emailEdit"), u"ali@unknown-provider.example"_s);
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->serverPage()->isLookupRunning(), 30000);
        const QString status = child<QLabel>(wizard, "lookupStatus")->text();
        QVERIFY2(status.contains("No settings found"_L1), qPrintable(status));

        auto *toggle = child<QToolButton>(wizard, "lookupDetailsButton");
        QVERIFY(toggle->isVisible());
        auto *details = child<QWidget>(wizard, "lookupDetails");
        QVERIFY(!details->isVisible()); // collapsed until asked for
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(details->isVisible());
        auto *sources = child<QTreeWidget>(details, "sourceList");
        QStringList asked;
        for (int i = 0; i < sources->topLevelItemCount(); ++i)
            asked << sources->topLevelItem(i)->text(1);
        QVERIFY2(asked.size() >= 4, qPrintable(asked.join(u", "_s))); // the catalog and three names
        QVERIFY2(asked.contains(u"A/AAAA mail.unknown-provider.example"_s), qPrintable(asked.join(u", "_s)));
        const QString guesses = child<QLabel>(wizard, "guessedNames")->text();
        QVERIFY2(guesses.contains(u"smtp.unknown-provider.example"_s)
                         && guesses.contains(u"mail.unknown-provider.example"_s),
                 qPrintable(guesses));
        // No usual name exists: nothing is filled in, and the example names the user's domain.
        QVERIFY(child<QLineEdit>(wizard, "hostEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(wizard, "hostEdit")->placeholderText(),
                 ServerPage::tr("e.g. %1").arg(u"mail.unknown-provider.example"_s));
    }

    // The name worth trying is the first usual one that exists, with what its ports answered.
    void likelyGuessedNameIsTheFirstThatExists()
    {
        LookupReport report;
        report.domain = u"ornek.com.tr"_s;
        auto outcome = [](const char *name, const QString &query, SourceOutcome::Kind kind, const QString &reason) {
            SourceOutcome result;
            result.name = QString::fromLatin1(name);
            result.query = query;
            result.outcome = kind;
            result.reason = reason;
            return result;
        };
        report.sources << outcome(SourceNames::guessResolve, u"A/AAAA smtp.ornek.com.tr"_s,
                                  SourceOutcome::Kind::NotFound, u"does not resolve"_s)
                       << outcome(SourceNames::guessResolve, u"A/AAAA mail.ornek.com.tr"_s, SourceOutcome::Kind::Found,
                                  u"192.0.2.7"_s)
                       << outcome(SourceNames::guess, u"mail.ornek.com.tr:465 (ssl)"_s, SourceOutcome::Kind::Timeout,
                                  u"timeout"_s);
        QCOMPARE(ServerPage::likelyGuessedHost(report), u"mail.ornek.com.tr"_s);
        const QString summary = ServerPage::guessedNamesSummary(report);
        QVERIFY2(summary.contains(u"smtp.ornek.com.tr"_s) && summary.contains(u"192.0.2.7"_s)
                         && summary.contains(u"465 (ssl)"_s),
                 qPrintable(summary));
        QVERIFY(ServerPage::guessedNamesSummary(LookupReport()).isEmpty());
    }

    void passwordChecklistFollowsEveryKeystroke()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        QVERIFY(fillUpToCredentials(wizard, u"ayse@example.com.tr"_s,
                                    u"mail.example.com.tr"_s, 587, Security::StartTls));
        QCOMPARE(child<QLineEdit>(wizard, "userEdit")->text(), u"ayse@example.com.tr"_s);
        QVERIFY(!wizard->passwordPolicy().isProviderFormat());
        auto *password = child<QLineEdit>(wizard, "passwordEdit");
        password->setFocus();
        QVERIFY(!nextEnabled(wizard));

        struct Step
        {
            QString key;
            bool length, digit, lower, upper;
        };
        // Turkish letters are letters: ş and ı lower case, Ş and İ upper case.
        const Step steps[] = {
                {u"ş"_s, false, false, true, false}, {u"Ş"_s, false, false, true, true},
                {u"1"_s, false, true, true, true},   {u"ı"_s, false, true, true, true},
                {u"ğ"_s, false, true, true, true},   {u"İ"_s, false, true, true, true},
                {u"ö"_s, false, true, true, true},   {u"ç"_s, true, true, true, true},
        };
        for (const Step &step : steps) {
            typeText(password, step.key);
            const QMap<QString, bool> states = ruleStates(wizard);
            QCOMPARE(states.value(u"length"_s), step.length);
            QCOMPARE(states.value(u"digit"_s), step.digit);
            QCOMPARE(states.value(u"lowercase"_s), step.lower);
            QCOMPARE(states.value(u"uppercase"_s), step.upper);
            QCOMPARE(nextEnabled(wizard), step.length && step.digit && step.lower && step.upper);
        }
        QCOMPARE(password->text(), u"şŞ1ığİöç"_s);
        QVERIFY(nextEnabled(wizard));

        QTest::keyClick(password, Qt::Key_Backspace);
        QCOMPARE(ruleStates(wizard).value(u"length"_s), false);
        QVERIFY(!nextEnabled(wizard));

        // Equal to the address's local part (case-insensitively) is refused.
        typeInto(child<QLineEdit>(wizard, "passwordEdit"), u"Ayse1234"_s);
        QVERIFY(nextEnabled(wizard)); // "ayse" ≠ "Ayse1234"
        wizard->back();
        wizard->back();
        typeInto(child<QLineEdit>(wizard, "emailEdit"), u"ayse1234@example.com.tr"_s);
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(ruleStates(wizard).value(u"not-local-part"_s), false);
        QVERIFY(!nextEnabled(wizard));

        // Show/hide.
        auto *show = child<QToolButton>(wizard, "showPasswordButton");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }

    void noEncryptionNeedsAnExplicitAcknowledgement()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        QVERIFY(fillUpToCredentials(wizard, u"ayse@example.com.tr"_s,
                                    u"mail.example.com.tr"_s, 25, Security::None));
        auto *ack = child<QCheckBox>(wizard, "plaintextAckCheckBox");
        QVERIFY(ack->isVisible());
        QVERIFY(!ack->isChecked());
        typeInto(child<QLineEdit>(wizard, "passwordEdit"), u"Güvenli123"_s);
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!wizard->credentialsPage()->blockingReason().isEmpty());
        ack->click();
        QVERIFY(nextEnabled(wizard));
        QVERIFY(wizard->sessionSettings().allowPlaintextAuth);
        ack->click();
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!wizard->sessionSettings().allowPlaintextAuth);

        // With encryption the question is not asked at all.
        wizard->back();
        chooseData(child<QComboBox>(wizard, "securityComboBox"), int(Security::StartTls));
        QVERIFY(clickNext(wizard));
        QVERIFY(!child<QCheckBox>(wizard, "plaintextAckCheckBox")->isVisible());
        QVERIFY(nextEnabled(wizard));
    }

    void noSignInNeedsNoPassword()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        QVERIFY(fillUpToCredentials(wizard, u"site@example.com.tr"_s,
                                    u"relay.example.com.tr"_s, 587, Security::StartTls, AuthMethod::None));
        QVERIFY(child<QLabel>(wizard, "noPasswordNote")->isVisible());
        QVERIFY(!child<QLineEdit>(wizard, "passwordEdit")->isEnabled());
        QVERIFY(nextEnabled(wizard));
        QVERIFY(!wizard->sessionSettings().hasCredentials());
    }

    void goingBackKeepsWhatWasTyped()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        typeInto(child<QLineEdit>(wizard, "displayNameEdit"), u"Yılmaz Mobilya"_s);
        QVERIFY(fillUpToCredentials(wizard, u"info@yilmazmobilya.com.tr"_s,
                                    u"mail.yilmazmobilya.com.tr"_s, 465, Security::ImplicitTls));
        typeInto(child<QLineEdit>(wizard, "userEdit"), u"info"_s);
        typeInto(child<QLineEdit>(wizard, "passwordEdit"), u"Parola1234"_s);
        wizard->back();
        QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPageId));
        QCOMPARE(child<QLineEdit>(wizard, "hostEdit")->text(), u"mail.yilmazmobilya.com.tr"_s);
        QCOMPARE(child<QSpinBox>(wizard, "portSpinBox")->value(), 465);
        wizard->back();
        QCOMPARE(child<QLineEdit>(wizard, "emailEdit")->text(), u"info@yilmazmobilya.com.tr"_s);
        QCOMPARE(child<QLineEdit>(wizard, "displayNameEdit")->text(), u"Yılmaz Mobilya"_s);
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(child<QLineEdit>(wizard, "userEdit")->text(), u"info"_s);
        QCOMPARE(child<QLineEdit>(wizard, "passwordEdit")->text(), u"Parola1234"_s);

        const Account account = wizard->account();
        QCOMPARE(account.displayName, u"Yılmaz Mobilya"_s);
        QCOMPARE(account.email, u"info@yilmazmobilya.com.tr"_s);
        QCOMPARE(account.host, u"mail.yilmazmobilya.com.tr"_s);
        QCOMPARE(account.port, quint16(465));
        QCOMPARE(account.security, Security::ImplicitTls);
        QCOMPARE(account.user, u"info"_s);
        QVERIFY(account.passwordSaved);
        QVERIFY(account.isValid());
    }

    void editingTheHostDropsThePins()
    {
        // docs/security.md#pin-changed: a pin is one certificate of one server; editing the
        // account to another host must not carry it there.
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        Account saved;
        saved.id = Account::newId();
        saved.displayName = u"Yılmaz Mobilya"_s;
        saved.email = u"info@yilmazmobilya.com.tr"_s;
        saved.host = u"mail.yilmazmobilya.com.tr"_s;
        saved.port = 465;
        saved.security = Security::ImplicitTls;
        saved.auth = AuthMethod::Plain;
        saved.user = u"info"_s;
        saved.pinnedSha256 = {QCryptographicHash::hash("certificate", QCryptographicHash::Sha256)};
        wizard->setAccount(saved);
        QCOMPARE(wizard->account().pinnedSha256, saved.pinnedSha256);
        QCOMPARE(wizard->sessionSettings().pinnedSha256, saved.pinnedSha256);

        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPageId));
        typeInto(child<QLineEdit>(wizard, "hostEdit"), u"smtp.baskasi.com.tr"_s);
        QCOMPARE(wizard->account().host, u"smtp.baskasi.com.tr"_s);
        QVERIFY(wizard->account().pinnedSha256.isEmpty());
        QVERIFY(wizard->sessionSettings().pinnedSha256.isEmpty());
        QVERIFY(wizard->pinnedCertificates().isEmpty());

        // A certificate pinned now belongs to the new host; the old pin is gone for good.
        const QByteArray newPin = QCryptographicHash::hash("another", QCryptographicHash::Sha256);
        wizard->addPinnedCertificate(newPin);
        QCOMPARE(wizard->account().pinnedSha256, QList<QByteArray>{newPin});
        typeInto(child<QLineEdit>(wizard, "hostEdit"), u"mail.yilmazmobilya.com.tr"_s);
        QVERIFY(wizard->account().pinnedSha256.isEmpty());
    }
};

QTEST_MAIN(AccountWizardTest)
#include "tst_accountwizard.moc"
