#include "account/emailaddress.h"
#include "accountwizard.h"
#include "candidatelist.h"
#include "credentialspage.h"
#include "guitesthelpers.h"
#include "passwordchecklist.h"
#include "serverpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

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
    const auto rows = wizard->findChildren<QLabel *>(QStringLiteral("passwordRule"));
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
        m_wizard = std::make_unique<AccountWizard>(AccountStore(m_dir.filePath(QStringLiteral("accounts.json"))),
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

        const QString bad = QStringLiteral("ali..veli@example.com");
        typeInto(email, bad);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), EmailAddress::parse(bad).errorMessage());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!clickNext(wizard));

        typeInto(email, QStringLiteral("ali@example"));
        QCOMPARE(error->text(), EmailAddress::parse(QStringLiteral("ali@example")).errorMessage());
        QVERIFY(!nextEnabled(wizard));

        typeInto(email, QStringLiteral("ali.veli@example.com.tr"));
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
        typeInto(child<QLineEdit>(wizard, "emailEdit"), QStringLiteral("someone@gmail.com"));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPageId));
        CandidateList *list = wizard->serverPage()->candidateList();
        QTRY_VERIFY(list->topLevelItemCount() >= 2);
        QTRY_VERIFY(!wizard->serverPage()->isLookupRunning());
        QCOMPARE(child<QLineEdit>(wizard, "hostEdit")->text(), QStringLiteral("smtp.gmail.com"));
        QCOMPARE(child<QSpinBox>(wizard, "portSpinBox")->value(), 465);
        QCOMPARE(wizard->serverPage()->security(), Security::ImplicitTls);
        // The source is shown, and the provider's note with its help link.
        QVERIFY(list->topLevelItem(0)->text(CandidateList::SourceColumn).contains(QStringLiteral("Postacı")));
        auto *note = child<QLabel>(wizard, "providerNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("app password")), qPrintable(note->text()));
        QVERIFY(note->text().contains(QLatin1String("https://support.google.com/")));

        // Choosing the other suggestion fills the fields with it.
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->candidate(list->topLevelItem(i))->port == 587)
                list->setCurrentItem(list->topLevelItem(i));
        }
        QCOMPARE(child<QSpinBox>(wizard, "portSpinBox")->value(), 587);
        QCOMPARE(wizard->serverPage()->security(), Security::StartTls);

        // The Credentials page shows Gmail's own rule, labelled as such.
        QVERIFY(clickNext(wizard));
        QCOMPARE(child<QLineEdit>(wizard, "userEdit")->text(), QStringLiteral("someone@gmail.com"));
        auto *heading = child<QLabel>(wizard, "passwordRulesHeading");
        QVERIFY2(heading->text().contains(QLatin1String("Gmail")), qPrintable(heading->text()));
        QVERIFY(wizard->passwordPolicy().isProviderFormat());
        auto *password = child<QLineEdit>(wizard, "passwordEdit");
        typeInto(password, QStringLiteral("Abcdefgh12")); // fine by the default rules, not an app password
        QVERIFY(!nextEnabled(wizard));
        typeInto(password, QStringLiteral("abcd efgh ijkl mnop")); // as Google shows it
        QVERIFY(nextEnabled(wizard));
        QCOMPARE(wizard->password(), QStringLiteral("abcdefghijklmnop"));
    }

    void pickingAPortSuggestsItsSecurity()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        typeInto(child<QLineEdit>(wizard, "emailEdit"), QStringLiteral("info@yilmazmobilya.com.tr"));
        QVERIFY(clickNext(wizard));
        auto *port = child<QSpinBox>(wizard, "portSpinBox");
        auto *security = child<QComboBox>(wizard, "securityComboBox");
        auto *hint = child<QLabel>(wizard, "portHint");
        chooseData(security, int(Security::StartTls));

        typeInto(port, 465);
        QCOMPARE(port->value(), 465);
        QCOMPARE(wizard->serverPage()->security(), Security::ImplicitTls);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QLatin1String("SSL/TLS")));

        typeInto(port, 587);
        QCOMPARE(wizard->serverPage()->security(), Security::StartTls);

        chooseData(security, int(Security::ImplicitTls));
        typeInto(port, 25);
        QCOMPARE(wizard->serverPage()->security(), Security::StartTls);
        QVERIFY(hint->text().contains(QLatin1String("25")));

        // Any other port leaves the choice alone, and the field stays editable.
        chooseData(security, int(Security::None));
        typeInto(port, 2525);
        QCOMPARE(wizard->serverPage()->security(), Security::None);

        // The host is checked like the save checks it.
        auto *host = child<QLineEdit>(wizard, "hostEdit");
        typeInto(host, QStringLiteral("mail..example.com"));
        QVERIFY(child<QLabel>(wizard, "hostError")->isVisible());
        QVERIFY(!nextEnabled(wizard));
        typeInto(host, QStringLiteral("mail.yilmazmobilya.com.tr"));
        QVERIFY(!child<QLabel>(wizard, "hostError")->isVisible());
        QVERIFY(nextEnabled(wizard));
    }

    void passwordChecklistFollowsEveryKeystroke()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        QVERIFY(fillUpToCredentials(wizard, QStringLiteral("ayse@example.com.tr"),
                                    QStringLiteral("mail.example.com.tr"), 587, Security::StartTls));
        QCOMPARE(child<QLineEdit>(wizard, "userEdit")->text(), QStringLiteral("ayse@example.com.tr"));
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
                {QStringLiteral("ş"), false, false, true, false}, {QStringLiteral("Ş"), false, false, true, true},
                {QStringLiteral("1"), false, true, true, true},   {QStringLiteral("ı"), false, true, true, true},
                {QStringLiteral("ğ"), false, true, true, true},   {QStringLiteral("İ"), false, true, true, true},
                {QStringLiteral("ö"), false, true, true, true},   {QStringLiteral("ç"), true, true, true, true},
        };
        for (const Step &step : steps) {
            typeText(password, step.key);
            const QMap<QString, bool> states = ruleStates(wizard);
            QCOMPARE(states.value(QStringLiteral("length")), step.length);
            QCOMPARE(states.value(QStringLiteral("digit")), step.digit);
            QCOMPARE(states.value(QStringLiteral("lowercase")), step.lower);
            QCOMPARE(states.value(QStringLiteral("uppercase")), step.upper);
            QCOMPARE(nextEnabled(wizard), step.length && step.digit && step.lower && step.upper);
        }
        QCOMPARE(password->text(), QStringLiteral("şŞ1ığİöç"));
        QVERIFY(nextEnabled(wizard));

        QTest::keyClick(password, Qt::Key_Backspace);
        QCOMPARE(ruleStates(wizard).value(QStringLiteral("length")), false);
        QVERIFY(!nextEnabled(wizard));

        // Equal to the address's local part (case-insensitively) is refused.
        typeInto(child<QLineEdit>(wizard, "passwordEdit"), QStringLiteral("Ayse1234"));
        QVERIFY(nextEnabled(wizard)); // "ayse" ≠ "Ayse1234"
        wizard->back();
        wizard->back();
        typeInto(child<QLineEdit>(wizard, "emailEdit"), QStringLiteral("ayse1234@example.com.tr"));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(ruleStates(wizard).value(QStringLiteral("not-local-part")), false);
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
        QVERIFY(fillUpToCredentials(wizard, QStringLiteral("ayse@example.com.tr"),
                                    QStringLiteral("mail.example.com.tr"), 25, Security::None));
        auto *ack = child<QCheckBox>(wizard, "plaintextAckCheckBox");
        QVERIFY(ack->isVisible());
        QVERIFY(!ack->isChecked());
        typeInto(child<QLineEdit>(wizard, "passwordEdit"), QStringLiteral("Güvenli123"));
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
        QVERIFY(fillUpToCredentials(wizard, QStringLiteral("site@example.com.tr"),
                                    QStringLiteral("relay.example.com.tr"), 587, Security::StartTls, AuthMethod::None));
        QVERIFY(child<QLabel>(wizard, "noPasswordNote")->isVisible());
        QVERIFY(!child<QLineEdit>(wizard, "passwordEdit")->isEnabled());
        QVERIFY(nextEnabled(wizard));
        QVERIFY(!wizard->sessionSettings().hasCredentials());
    }

    void goingBackKeepsWhatWasTyped()
    {
        AccountWizard *wizard = newWizard();
        QVERIFY(wizard);
        typeInto(child<QLineEdit>(wizard, "displayNameEdit"), QStringLiteral("Yılmaz Mobilya"));
        QVERIFY(fillUpToCredentials(wizard, QStringLiteral("info@yilmazmobilya.com.tr"),
                                    QStringLiteral("mail.yilmazmobilya.com.tr"), 465, Security::ImplicitTls));
        typeInto(child<QLineEdit>(wizard, "userEdit"), QStringLiteral("info"));
        typeInto(child<QLineEdit>(wizard, "passwordEdit"), QStringLiteral("Parola1234"));
        wizard->back();
        QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPageId));
        QCOMPARE(child<QLineEdit>(wizard, "hostEdit")->text(), QStringLiteral("mail.yilmazmobilya.com.tr"));
        QCOMPARE(child<QSpinBox>(wizard, "portSpinBox")->value(), 465);
        wizard->back();
        QCOMPARE(child<QLineEdit>(wizard, "emailEdit")->text(), QStringLiteral("info@yilmazmobilya.com.tr"));
        QCOMPARE(child<QLineEdit>(wizard, "displayNameEdit")->text(), QStringLiteral("Yılmaz Mobilya"));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(child<QLineEdit>(wizard, "userEdit")->text(), QStringLiteral("info"));
        QCOMPARE(child<QLineEdit>(wizard, "passwordEdit")->text(), QStringLiteral("Parola1234"));

        const Account account = wizard->account();
        QCOMPARE(account.displayName, QStringLiteral("Yılmaz Mobilya"));
        QCOMPARE(account.email, QStringLiteral("info@yilmazmobilya.com.tr"));
        QCOMPARE(account.host, QStringLiteral("mail.yilmazmobilya.com.tr"));
        QCOMPARE(account.port, quint16(465));
        QCOMPARE(account.security, Security::ImplicitTls);
        QCOMPARE(account.user, QStringLiteral("info"));
        QVERIFY(account.passwordSaved);
        QVERIFY(account.isValid());
    }
};

QTEST_MAIN(AccountWizardTest)
#include "tst_accountwizard.moc"
