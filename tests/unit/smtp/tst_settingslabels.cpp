// The words people read for a security mode and a sign-in method (windows, CLI human output,
// diagnosis sentences): one table, two forms.
#include "smtp/saslmechanism.h"
#include "smtp/settingslabels.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using Form = SettingsLabels::Form;

class TestSettingsLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyValueHasADistinctLabel()
    {
        for (const Form form : {Form::Label, Form::InSentence}) {
            QSet<QString> security;
            for (const Security value : {Security::None, Security::StartTls, Security::ImplicitTls})
                security.insert(SettingsLabels::security(value, form));
            QCOMPARE(security.size(), 3);
            QVERIFY(!security.contains(QString()));
            QSet<QString> auth;
            for (const AuthMethod value : {AuthMethod::Auto, AuthMethod::None, AuthMethod::Plain, AuthMethod::Login,
                                           AuthMethod::CramMd5, AuthMethod::XOAuth2})
                auth.insert(SettingsLabels::auth(value, form));
            QCOMPARE(auth.size(), 6);
            QVERIFY(!auth.contains(QString()));
        }
    }

    void formsDifferOnlyInCase()
    {
        QCOMPARE(SettingsLabels::security(Security::None), u"No encryption"_s);
        QCOMPARE(SettingsLabels::security(Security::None, Form::InSentence), u"no encryption"_s);
        QCOMPARE(SettingsLabels::auth(AuthMethod::Auto, Form::InSentence), u"automatic"_s);
        QCOMPARE(SettingsLabels::security(Security::ImplicitTls, Form::InSentence), u"SSL/TLS"_s);
        QCOMPARE(SettingsLabels::security(Security::StartTls), u"STARTTLS"_s);
    }

    void mechanismsAreNamedAsOnTheWire()
    {
        for (const AuthMethod method : {AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5, AuthMethod::XOAuth2}) {
            QVERIFY(SettingsLabels::auth(method).startsWith(SaslMechanism::mechanismName(method)));
            QCOMPARE(SaslMechanism::fromMechanismName(SaslMechanism::mechanismName(method)), std::optional<AuthMethod>(method));
        }
        QCOMPARE(SaslMechanism::fromMechanismName(u"cram-md5"_s), std::optional<AuthMethod>(AuthMethod::CramMd5));
        QCOMPARE(SaslMechanism::fromMechanismName(u"GSSAPI"_s), std::nullopt);
        QCOMPARE(SaslMechanism::fromMechanismName(QString()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestSettingsLabels)
#include "tst_settingslabels.moc"
