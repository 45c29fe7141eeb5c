#include "diagnosis/diagnosis.h"
#include "diagnosis/keychaindiagnosis.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

using namespace Postaci;

// The pure part of the diagnosis: JSON shape, plain text, and how evidence in a result picks
// the id. (Each id produced by a real session is in tests/integration/diagnosis.)
namespace {

SessionSettings settingsFor(quint16 port, Security security, const QString &host = u"mail.customer.test"_s)
{
    SessionSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = security;
    return settings;
}

SessionResult failure(SessionError error, SessionStep step, const QByteArray &firstBytes = {})
{
    SessionResult result;
    result.ok = false;
    result.error = error;
    result.step = step;
    result.firstBytes = firstBytes;
    return result;
}

SmtpReply reply(int code, const QString &enhanced, const QString &text)
{
    SmtpReply r;
    r.code = code;
    r.enhanced = enhanced;
    r.lines = QStringList{text};
    return r;
}

// What the session keeps of an EHLO reply: the capabilities parsed from its lines.
SmtpCapabilities ehlo(const QStringList &extensions)
{
    SmtpReply r;
    r.code = 250;
    r.lines = QStringList{u"mail.example.test"_s} + extensions;
    return SmtpCapabilities::fromEhloReply(r);
}

QList<SettingsChange> changes(const Diagnosis &diagnosis)
{
    QList<SettingsChange> list;
    for (const Remedy &remedy : diagnosis.remedies) {
        if (remedy.settings)
            list.append(*remedy.settings);
    }
    return list;
}

SettingsChange endpoint(std::optional<quint16> port, std::optional<Security> security)
{
    SettingsChange change;
    change.port = port;
    change.security = security;
    return change;
}

// Marks every string translated in the diagnosis context, to prove the words go through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Postaci::Diagnosis") == 0)
            return u"«"_s + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class DiagnosisTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonShape()
    {
        Diagnosis diagnosis;
        diagnosis.id = u"tls-expected-plaintext-received"_s;
        diagnosis.title = u"Title"_s;
        diagnosis.explanation = u"Explanation"_s;
        SettingsChange change;
        change.host = u"mail.example.test"_s;
        change.port = 587;
        change.security = Security::StartTls;
        change.auth = AuthMethod::CramMd5;
        change.user = u"info@example.test"_s;
        diagnosis.remedies.append(Remedy{u"Use STARTTLS"_s, change, true});
        diagnosis.remedies.append(Remedy{u"Ask your provider"_s, std::nullopt, false});

        const QJsonObject json = diagnosis.toJson();
        QCOMPARE(json.keys(), (QStringList{u"explanation"_s, u"id"_s, u"remedies"_s, u"title"_s}));
        QCOMPARE(json.value(u"id"_s).toString(), diagnosis.id);
        const QJsonArray remedies = json.value(u"remedies"_s).toArray();
        QCOMPARE(remedies.size(), 2);
        const QJsonObject first = remedies.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{u"settings"_s, u"text"_s, u"verified"_s, u"warnings"_s}));
        QCOMPARE(first.value(u"warnings"_s).toArray(), QJsonArray());
        QCOMPARE(first.value(u"verified"_s), QJsonValue(true));
        const QJsonObject settings = first.value(u"settings"_s).toObject();
        QCOMPARE(settings.value(u"host"_s).toString(), u"mail.example.test"_s);
        QVERIFY(settings.value(u"port"_s).isDouble());
        QCOMPARE(settings.value(u"port"_s).toInt(), 587);
        QCOMPARE(settings.value(u"security"_s).toString(), u"starttls"_s);
        QCOMPARE(settings.value(u"auth"_s).toString(), u"cram-md5"_s);
        QCOMPARE(settings.value(u"user"_s).toString(), u"info@example.test"_s);
        const QJsonObject second = remedies.at(1).toObject();
        QCOMPARE(second.value(u"settings"_s).toObject(), QJsonObject());
        QCOMPARE(second.value(u"verified"_s), QJsonValue(false));

        SettingsChange tls;
        tls.security = Security::ImplicitTls;
        QCOMPARE(tls.toJson(), (QJsonObject{{u"security"_s, u"tls"_s}}));
        SettingsChange none;
        none.security = Security::None;
        QCOMPARE(none.toJson().value(u"security"_s).toString(), u"none"_s);
    }

    void settingsChangeAppliesOnlyWhatIsSet()
    {
        SessionSettings settings = settingsFor(465, Security::ImplicitTls);
        settings.user = u"me"_s;
        SettingsChange change;
        change.port = 587;
        const SessionSettings applied = change.appliedTo(settings);
        QCOMPARE(applied.port, quint16(587));
        QCOMPARE(applied.security, Security::ImplicitTls);
        QCOMPARE(applied.host, settings.host);
        QCOMPARE(applied.user, u"me"_s);
        QVERIFY(change.isCheckable());
        SettingsChange userOnly;
        userOnly.user = u"x"_s;
        QVERIFY(!userOnly.isCheckable());
    }

    void plainTextHasTitleExplanationAndRemedies()
    {
        const Diagnosis diagnosis = diagnose(failure(SessionError::TlsExpectedPlaintextReceived, SessionStep::Tls, "220 hi\r\n"),
                                             settingsFor(587, Security::ImplicitTls));
        Diagnosis checked = diagnosis;
        checked.remedies[0].verified = true;
        const QString text = checked.toPlainText();
        QVERIFY(text.startsWith(diagnosis.title + QLatin1Char('\n')));
        QVERIFY(text.contains(diagnosis.explanation));
        for (const Remedy &remedy : diagnosis.remedies)
            QVERIFY(text.contains(remedy.text));
        QVERIFY(text.contains(u"[checked: this works]"_s));
        QCOMPARE(text.count(u"[checked: this works]"_s), 1);
        QVERIFY(Diagnosis().toPlainText().isEmpty());
    }

    void nothingToSayOnSuccessOrCancel()
    {
        SessionResult ok;
        ok.ok = true;
        ok.step = SessionStep::Done;
        QVERIFY(diagnose(ok, settingsFor(587, Security::StartTls)).isNull());
        QVERIFY(diagnose(failure(SessionError::Cancelled, SessionStep::Ehlo), settingsFor(587, Security::StartTls)).isNull());
    }

    void everyErrorKindIsExplained()
    {
        static const QRegularExpression kebab(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        for (int kind = int(SessionError::InvalidInput); kind <= int(SessionError::ConnectionRejected); ++kind) {
            const auto error = SessionError(kind);
            if (error == SessionError::Cancelled)
                continue;
            const Diagnosis diagnosis = diagnose(failure(error, SessionStep::Ehlo), settingsFor(587, Security::StartTls));
            QVERIFY2(!diagnosis.isNull(), qPrintable(sessionErrorName(error)));
            QVERIFY2(kebab.match(diagnosis.id).hasMatch(), qPrintable(diagnosis.id));
            QVERIFY(!diagnosis.title.isEmpty());
            QVERIFY(!diagnosis.explanation.isEmpty());
            QVERIFY2(!diagnosis.remedies.isEmpty(), qPrintable(diagnosis.id));
        }
    }

    void evidencePicksTheId_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("security");
        QTest::addColumn<QByteArray>("firstBytes");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("mentions");

        const int pv = int(SessionError::ProtocolViolation), hs = int(SessionError::TlsHandshakeFailed),
                  to = int(SessionError::Timeout), ns = int(SessionError::NotSmtp), cc = int(SessionError::ConnectionClosed);
        const int greeting = int(SessionStep::Greeting), tls = int(SessionStep::Tls), ehlo = int(SessionStep::Ehlo);
        const int st = int(Security::StartTls), it = int(Security::ImplicitTls);
        QTest::newRow("imap greeting") << pv << greeting << 143 << st << QByteArray("* OK IMAP4rev1 ready\r\n") << "not-smtp" << "IMAP";
        QTest::newRow("imap via not-smtp") << ns << greeting << 143 << st << QByteArray("* OK [CAPABILITY IMAP4rev1] Dovecot\r\n") << "not-smtp" << "IMAP";
        QTest::newRow("pop3 greeting") << pv << greeting << 110 << st << QByteArray("+OK POP3 ready\r\n") << "not-smtp" << "POP3";
        QTest::newRow("http answer to a hello") << hs << tls << 80 << it << QByteArray("HTTP/1.1 400 Bad Request\r\n") << "not-smtp" << "HTTP";
        QTest::newRow("ssh banner") << to << greeting << 22 << st << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << "not-smtp" << "SSH";
        QTest::newRow("ftp banner") << cc << ehlo << 21 << st << QByteArray("220 ProFTPD Server ready\r\n") << "not-smtp" << "FTP";
        QTest::newRow("plaintext smtp on tls") << hs << tls << 587 << it << QByteArray("220 mail ESMTP\r\n") << "tls-expected-plaintext-received" << "587";
        QTest::newRow("tls record on starttls") << pv << greeting << 465 << st << QByteArray("\x16\x03\x03\x00\x10", 5) << "plaintext-expected-tls-received" << "465";
        QTest::newRow("tls alert on plaintext") << cc << greeting << 465 << st << QByteArray("\x15\x03\x01\x00\x02", 5) << "plaintext-expected-tls-received" << "465";
        QTest::newRow("silent 465 with starttls") << to << greeting << 465 << st << QByteArray() << "plaintext-expected-tls-received" << "465";
        QTest::newRow("silent other port") << to << greeting << 2525 << st << QByteArray() << "timeout" << "greeting";
        QTest::newRow("bad ehlo reply after good greeting") << pv << ehlo << 587 << st << QByteArray("220 mail ESMTP\r\n") << "protocol-violation" << "EHLO";
    }

    void evidencePicksTheId()
    {
        QFETCH(int, error);
        QFETCH(int, step);
        QFETCH(int, port);
        QFETCH(int, security);
        QFETCH(QByteArray, firstBytes);
        QFETCH(QString, id);
        QFETCH(QString, mentions);
        const Diagnosis diagnosis = diagnose(failure(SessionError(error), SessionStep(step), firstBytes),
                                             settingsFor(quint16(port), Security(security)));
        QCOMPARE(diagnosis.id, id);
        QVERIFY2(diagnosis.explanation.contains(mentions), qPrintable(diagnosis.explanation));
    }

    void wrongSecurityRemedies()
    {
        const Diagnosis starttls = diagnose(failure(SessionError::TlsExpectedPlaintextReceived, SessionStep::Tls, "220 x\r\n"),
                                            settingsFor(587, Security::ImplicitTls));
        QCOMPARE(changes(starttls), (QList<SettingsChange>{endpoint(std::nullopt, Security::StartTls), endpoint(465, std::nullopt)}));
        const Diagnosis tls = diagnose(failure(SessionError::PlaintextExpectedTlsReceived, SessionStep::Greeting),
                                       settingsFor(465, Security::StartTls));
        QCOMPARE(changes(tls).value(0), endpoint(std::nullopt, Security::ImplicitTls));
    }

    void connectTimeoutOnPort25MeansBlocked()
    {
        const Diagnosis blocked = diagnose(failure(SessionError::ConnectTimeout, SessionStep::Connect), settingsFor(25, Security::StartTls));
        QCOMPARE(blocked.id, u"port25-blocked"_s);
        QCOMPARE(changes(blocked), (QList<SettingsChange>{endpoint(587, std::nullopt), endpoint(465, Security::ImplicitTls)}));
        const Diagnosis other = diagnose(failure(SessionError::ConnectTimeout, SessionStep::Connect), settingsFor(2525, Security::StartTls));
        QCOMPARE(other.id, u"connect-timeout"_s);
    }

    void hostnameMismatchOffersTheCertificatesNames()
    {
        SessionResult result = failure(SessionError::CertificateHostnameMismatch, SessionStep::Tls);
        result.tls.peerSans = QStringList{u"*.hosting.example"_s, u"server7.hosting.example"_s,
                                          u"mail.customer.test"_s};
        const Diagnosis diagnosis = diagnose(result, settingsFor(465, Security::ImplicitTls));
        QCOMPARE(diagnosis.id, u"certificate-hostname-mismatch"_s);
        QVERIFY(diagnosis.explanation.contains(u"server7.hosting.example"_s));
        QVERIFY(diagnosis.explanation.contains(u"*.hosting.example"_s));
        SettingsChange host;
        host.host = u"server7.hosting.example"_s;
        host.foreignHost = true; // no address given: nothing but the certificate vouches for it
        QCOMPARE(changes(diagnosis), QList<SettingsChange>{host});
    }

    // docs/security.md#remedies: no remedy trades encryption for none. Every error kind, at every
    // step, on the usual ports, with each encrypted mode, with and without first bytes that look
    // like another protocol or plaintext: not one remedy proposes Security::None.
    void noRemedyLowersSecurity()
    {
        const QList<QByteArray> firstBytes{QByteArray(), "220 mail.example.test ESMTP\r\n", "* OK IMAP4rev1 ready\r\n",
                                           QByteArray("\x16\x03\x01\x00\x05", 5)};
        int diagnosed = 0;
        for (int e = int(SessionError::InvalidInput); e <= int(SessionError::KeychainFailure); ++e) {
            for (int st = int(SessionStep::Resolve); st <= int(SessionStep::Quit); ++st) {
                for (const quint16 port : {25, 465, 587, 2525}) {
                    for (const Security security : {Security::StartTls, Security::ImplicitTls}) {
                        for (const QByteArray &bytes : firstBytes) {
                            const SessionResult result = failure(SessionError(e), SessionStep(st), bytes);
                            const Diagnosis diagnosis = diagnose(result, settingsFor(port, security));
                            diagnosed += diagnosis.isNull() ? 0 : 1;
                            for (const Remedy &remedy : diagnosis.remedies) {
                                QVERIFY2(!remedy.settings || remedy.settings->security != Security::None,
                                         qPrintable(u"%1 at %2, port %3: %4"_s.arg(sessionErrorName(SessionError(e)),
                                                                                   sessionStepName(SessionStep(st)))
                                                            .arg(port)
                                                            .arg(remedy.text)));
                            }
                        }
                    }
                }
            }
        }
        QVERIFY(diagnosed > 1000); // the loop really reached the diagnoses
    }

    // docs/security.md#foreign-host: a name outside the e-mail's domain and outside the catalog is
    // foreign (offered only after RemedyChecker found the same machine, applied only after a
    // question); a name of the user's own domain or a catalog server is not.
    void certificateNamesOutsideTheDomainAreForeign()
    {
        SessionResult result = failure(SessionError::CertificateHostnameMismatch, SessionStep::Tls);
        result.tls.peerSans = QStringList{u"cp01.hosting.example"_s, u"smtp.customer.test"_s, u"smtp.gmail.com"_s};
        DiagnosisContext context;
        context.emailAddress = u"info@customer.test"_s;
        const Diagnosis diagnosis = diagnose(result, settingsFor(465, Security::ImplicitTls), context);
        QCOMPARE(diagnosis.id, u"certificate-hostname-mismatch"_s);
        QHash<QString, bool> foreign;
        for (const SettingsChange &change : changes(diagnosis))
            foreign.insert(change.host.value_or(QString()), change.foreignHost);
        QCOMPARE(foreign.value(u"cp01.hosting.example"_s, false), true);
        QCOMPARE(foreign.value(u"smtp.customer.test"_s, true), false);
        QCOMPARE(foreign.value(u"smtp.gmail.com"_s, true), false);
        const Remedy *remedy = nullptr;
        for (const Remedy &r : diagnosis.remedies) {
            if (r.settings && r.settings->host == u"cp01.hosting.example"_s)
                remedy = &r;
        }
        QVERIFY(remedy);
        QCOMPARE(remedy->toJson().value(u"warnings"_s).toArray(), QJsonArray{u"foreign-host"_s});
        const QJsonObject settings{{u"host"_s, u"cp01.hosting.example"_s}};
        QCOMPARE(remedy->toJson().value(u"settings"_s).toObject(), settings);
        QCOMPARE(diagnosis.withoutForeignHosts().remedies.size(), diagnosis.remedies.size() - 1);
    }

    void appPasswordFromReplyOrCatalog()
    {
        SessionResult gmail = failure(SessionError::AuthFailed, SessionStep::Auth);
        gmail.lastReply = reply(535, u"5.7.8"_s, u"5.7.8 Username and Password not accepted."_s);
        DiagnosisContext context;
        context.emailAddress = u"dukkan@gmail.com"_s;
        context.providerId = u"gmail"_s;
        context.providerName = u"Gmail"_s;
        context.providerRequiresAppPassword = true;
        context.passwordHelpUrl = QUrl(u"https://support.google.com/accounts/answer/185833"_s);
        SessionSettings settings = settingsFor(465, Security::ImplicitTls, u"smtp.gmail.com"_s);
        settings.user = u"dukkan@gmail.com"_s;
        const Diagnosis withCatalog = diagnose(gmail, settings, context);
        QCOMPARE(withCatalog.id, u"app-password-required"_s);
        QVERIFY(withCatalog.explanation.contains(u"Gmail"_s));
        QVERIFY(withCatalog.remedies.value(0).text.contains(u"https://support.google.com/accounts/answer/185833"_s));

        const Diagnosis withoutCatalog = diagnose(gmail, settings);
        QCOMPARE(withoutCatalog.id, u"auth-failed"_s);

        SessionResult code = failure(SessionError::AuthFailed, SessionStep::Auth);
        code.lastReply = reply(534, u"5.7.9"_s, u"5.7.9 Application-specific password required."_s);
        QCOMPARE(diagnose(code, settings).id, u"app-password-required"_s);
    }

    void authFailedOffersTheFullAddressAsUser()
    {
        SessionResult result = failure(SessionError::AuthFailed, SessionStep::Auth);
        result.lastReply = reply(535, u"5.7.8"_s, u"5.7.8 Authentication credentials invalid"_s);
        SessionSettings settings = settingsFor(587, Security::StartTls);
        settings.user = u"info"_s;
        DiagnosisContext context;
        context.emailAddress = u"info@customer.test"_s;
        const Diagnosis diagnosis = diagnose(result, settings, context);
        QCOMPARE(diagnosis.id, u"auth-failed"_s);
        SettingsChange user;
        user.user = u"info@customer.test"_s;
        QCOMPARE(changes(diagnosis).value(0), user);
    }

    void oauthRequiredFromMicrosoftsReply()
    {
        SessionResult result = failure(SessionError::AuthFailed, SessionStep::Auth);
        result.lastReply = reply(535, u"5.7.139"_s,
                                 u"5.7.139 Authentication unsuccessful, basic authentication is disabled."_s);
        result.capabilities = ehlo({u"AUTH LOGIN XOAUTH2"_s});
        const Diagnosis diagnosis = diagnose(result, settingsFor(587, Security::StartTls, u"smtp-mail.outlook.com"_s));
        QCOMPARE(diagnosis.id, u"oauth-required"_s);
        SettingsChange xoauth;
        xoauth.auth = AuthMethod::XOAuth2;
        QCOMPARE(changes(diagnosis).value(0), xoauth);
    }

    void replyTextRefinesTheKind()
    {
        SessionResult tlsFirst = failure(SessionError::AuthRequired, SessionStep::Mail);
        tlsFirst.lastReply = reply(530, u"5.7.0"_s, u"5.7.0 Must issue a STARTTLS command first."_s);
        const Diagnosis encryption = diagnose(tlsFirst, settingsFor(25, Security::None));
        QCOMPARE(encryption.id, u"encryption-required"_s);
        QCOMPARE(changes(encryption).value(0), endpoint(std::nullopt, Security::StartTls));

        SessionResult relay = failure(SessionError::RecipientRejected, SessionStep::Rcpt);
        relay.lastReply = reply(554, u"5.7.1"_s, u"5.7.1 <a@b.test>: Relay access denied"_s);
        QCOMPARE(diagnose(relay, settingsFor(25, Security::StartTls)).id, u"relay-denied"_s);

        SessionResult unknown = failure(SessionError::RecipientRejected, SessionStep::Rcpt);
        unknown.lastReply = reply(550, u"5.1.1"_s, u"5.1.1 User unknown"_s);
        QCOMPARE(diagnose(unknown, settingsFor(587, Security::StartTls)).id, u"recipient-rejected"_s);
    }

    void mechanismRemediesComeFromTheOfferedList()
    {
        SessionResult result = failure(SessionError::AuthMechanismUnsupported, SessionStep::Auth);
        result.capabilities = ehlo({u"PIPELINING"_s, u"AUTH=PLAIN LOGIN"_s, u"SIZE 1000"_s});
        SessionSettings settings = settingsFor(587, Security::StartTls);
        settings.auth = AuthMethod::CramMd5;
        const Diagnosis diagnosis = diagnose(result, settings);
        QCOMPARE(diagnosis.id, u"auth-mechanism-unsupported"_s);
        QList<AuthMethod> offered;
        for (const SettingsChange &change : changes(diagnosis))
            offered.append(change.auth.value_or(AuthMethod::None));
        QCOMPARE(offered, (QList<AuthMethod>{AuthMethod::Auto, AuthMethod::Plain, AuthMethod::Login}));
    }

    void serverTextIsEscapedInTheExplanation()
    {
        SessionResult result = failure(SessionError::SenderRejected, SessionStep::Mail);
        result.lastReply = reply(553, u"5.7.1"_s,
                                 QString(u"5.7.1 Sender not owned \x1b[2J by "_s + QChar(0x202E) + u"resu"_s));
        const Diagnosis diagnosis = diagnose(result, settingsFor(587, Security::StartTls));
        QCOMPARE(diagnosis.id, u"sender-rejected"_s);
        QVERIFY(diagnosis.explanation.contains(u"\\u{202E}resu"_s));
        QVERIFY(diagnosis.explanation.contains(u"\\x1B[2J"_s));
        QVERIFY(!diagnosis.explanation.contains(QChar(0x202E)));
        QVERIFY(!diagnosis.explanation.contains(QChar(0x1b)));
        const QByteArray json = QJsonDocument(diagnosis.toJson()).toJson();
        QVERIFY(!json.contains("\xe2\x80\xae"));
    }

    // The size limit named in the explanation comes from the session's own capabilities: see
    // tst_diagnosis_replies::messageTooLargeNamesTheServersLimit against a real server.

    void keychainErrors()
    {
        QVERIFY(diagnoseKeychainError(QKeychain::NoError, QString()).isNull());
        QCOMPARE(diagnoseKeychainError(QKeychain::NoBackendAvailable, u"no"_s).id, u"keychain-unavailable"_s);
        QCOMPARE(diagnoseKeychainError(QKeychain::OtherError, u"dbus"_s).id, u"keychain-unavailable"_s);
        QCOMPARE(diagnoseKeychainError(QKeychain::AccessDenied, u"locked"_s).id, u"keychain-unavailable"_s);
        QCOMPARE(diagnoseKeychainError(QKeychain::EntryNotFound, QString()).id, u"keychain-password-missing"_s);

        QVERIFY(diagnoseSecretError(SecretError::None, QString()).isNull());
        for (SecretError error : {SecretError::NoBackend, SecretError::Locked, SecretError::AccessDenied,
                                  SecretError::TimedOut, SecretError::Other}) {
            const Diagnosis diagnosis = diagnoseSecretError(error, u"org.freedesktop.DBus.Error\x1b"_s);
            QCOMPARE(diagnosis.id, u"keychain-unavailable"_s);
            QVERIFY(diagnosis.remedies.size() >= 2);
            QVERIFY(!diagnosis.explanation.contains(QChar(0x1b))); // the backend's words are escaped too
        }
        QCOMPARE(diagnoseSecretError(SecretError::NotFound, QString()).id, u"keychain-password-missing"_s);
    }

    void contextFromTheCatalog()
    {
        const DiagnosisContext gmail = DiagnosisContext::forAccount(u"Dukkan@GMAIL.com"_s, u"smtp.gmail.com"_s);
        QCOMPARE(gmail.providerId, u"gmail"_s);
        QVERIFY(gmail.providerRequiresAppPassword);
        QVERIFY(!gmail.providerRequiresOAuth);
        QCOMPARE(gmail.passwordHelpUrl.scheme(), u"https"_s);
        QCOMPARE(gmail.emailAddress, u"Dukkan@GMAIL.com"_s);

        // A shop's own domain hosted by Google: found by the server host.
        const DiagnosisContext workspace = DiagnosisContext::forAccount(u"info@magaza-ornek.com.tr"_s, u"SMTP.GMAIL.COM"_s);
        QVERIFY(workspace.providerRequiresAppPassword);

        const DiagnosisContext outlook = DiagnosisContext::forAccount(u"dukkan@outlook.com"_s, u"smtp-mail.outlook.com"_s);
        QVERIFY(outlook.providerRequiresOAuth);

        const DiagnosisContext unknown = DiagnosisContext::forAccount(u"info@magaza-ornek.com.tr"_s, u"mail.magaza-ornek.com.tr"_s);
        QVERIFY(unknown.providerId.isEmpty());
        QVERIFY(!unknown.providerRequiresAppPassword && !unknown.providerRequiresOAuth);
        QCOMPARE(unknown.emailAddress, u"info@magaza-ornek.com.tr"_s);
    }

    void wordsAreTranslatedInTheDiagnosisContext()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const Diagnosis diagnosis = diagnose(failure(SessionError::ConnectionRefused, SessionStep::Connect),
                                             settingsFor(2525, Security::StartTls));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(diagnosis.id, u"connection-refused"_s); // the id is not translated
        QVERIFY(diagnosis.title.startsWith(u"«"_s));
        QVERIFY(diagnosis.explanation.startsWith(u"«"_s));
        for (const Remedy &remedy : diagnosis.remedies)
            QVERIFY2(remedy.text.startsWith(u"«"_s), qPrintable(remedy.text));
        // The settings change is language-independent.
        QCOMPARE(changes(diagnosis).value(0).toJson().value(u"security"_s).toString(), u"tls"_s);
    }
};

QTEST_GUILESS_MAIN(DiagnosisTest)
#include "tst_diagnosis.moc"
