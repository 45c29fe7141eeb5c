#include "diagnosis/diagnosis.h"
#include "diagnosis/keychaindiagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Postaci;

// The pure part of the diagnosis: JSON shape, plain text, and how evidence in a result picks
// the id. (Each id produced by a real session is in tests/integration/diagnosis.)
namespace {

SessionSettings settingsFor(quint16 port, Security security, const QString &host = QStringLiteral("mail.customer.test"))
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
    r.lines = QStringList{QStringLiteral("mail.example.test")} + extensions;
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
            return QStringLiteral("«") + QString::fromUtf8(sourceText);
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
        diagnosis.id = QStringLiteral("tls-expected-plaintext-received");
        diagnosis.title = QStringLiteral("Title");
        diagnosis.explanation = QStringLiteral("Explanation");
        SettingsChange change;
        change.host = QStringLiteral("mail.example.test");
        change.port = 587;
        change.security = Security::StartTls;
        change.auth = AuthMethod::CramMd5;
        change.user = QStringLiteral("info@example.test");
        diagnosis.remedies.append(Remedy{QStringLiteral("Use STARTTLS"), change, true});
        diagnosis.remedies.append(Remedy{QStringLiteral("Ask your provider"), std::nullopt, false});

        const QJsonObject json = diagnosis.toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("explanation"), QStringLiteral("id"), QStringLiteral("remedies"), QStringLiteral("title")}));
        QCOMPARE(json.value(QStringLiteral("id")).toString(), diagnosis.id);
        const QJsonArray remedies = json.value(QStringLiteral("remedies")).toArray();
        QCOMPARE(remedies.size(), 2);
        const QJsonObject first = remedies.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("settings"), QStringLiteral("text"), QStringLiteral("verified")}));
        QCOMPARE(first.value(QStringLiteral("verified")), QJsonValue(true));
        const QJsonObject settings = first.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("host")).toString(), QStringLiteral("mail.example.test"));
        QVERIFY(settings.value(QStringLiteral("port")).isDouble());
        QCOMPARE(settings.value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(settings.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(settings.value(QStringLiteral("auth")).toString(), QStringLiteral("cram-md5"));
        QCOMPARE(settings.value(QStringLiteral("user")).toString(), QStringLiteral("info@example.test"));
        const QJsonObject second = remedies.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("settings")).toObject(), QJsonObject());
        QCOMPARE(second.value(QStringLiteral("verified")), QJsonValue(false));

        SettingsChange tls;
        tls.security = Security::ImplicitTls;
        QCOMPARE(tls.toJson(), (QJsonObject{{QStringLiteral("security"), QStringLiteral("tls")}}));
        SettingsChange none;
        none.security = Security::None;
        QCOMPARE(none.toJson().value(QStringLiteral("security")).toString(), QStringLiteral("none"));
    }

    void settingsChangeAppliesOnlyWhatIsSet()
    {
        SessionSettings settings = settingsFor(465, Security::ImplicitTls);
        settings.user = QStringLiteral("me");
        SettingsChange change;
        change.port = 587;
        const SessionSettings applied = change.appliedTo(settings);
        QCOMPARE(applied.port, quint16(587));
        QCOMPARE(applied.security, Security::ImplicitTls);
        QCOMPARE(applied.host, settings.host);
        QCOMPARE(applied.user, QStringLiteral("me"));
        QVERIFY(change.isCheckable());
        SettingsChange userOnly;
        userOnly.user = QStringLiteral("x");
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
        QVERIFY(text.contains(QStringLiteral("[checked: this works]")));
        QCOMPARE(text.count(QStringLiteral("[checked: this works]")), 1);
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
        static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
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
        QCOMPARE(blocked.id, QStringLiteral("port25-blocked"));
        QCOMPARE(changes(blocked), (QList<SettingsChange>{endpoint(587, std::nullopt), endpoint(465, Security::ImplicitTls)}));
        const Diagnosis other = diagnose(failure(SessionError::ConnectTimeout, SessionStep::Connect), settingsFor(2525, Security::StartTls));
        QCOMPARE(other.id, QStringLiteral("connect-timeout"));
    }

    void hostnameMismatchOffersTheCertificatesNames()
    {
        SessionResult result = failure(SessionError::CertificateHostnameMismatch, SessionStep::Tls);
        result.tls.peerSans = QStringList{QStringLiteral("*.hosting.example"), QStringLiteral("server7.hosting.example"),
                                          QStringLiteral("mail.customer.test")};
        const Diagnosis diagnosis = diagnose(result, settingsFor(465, Security::ImplicitTls));
        QCOMPARE(diagnosis.id, QStringLiteral("certificate-hostname-mismatch"));
        QVERIFY(diagnosis.explanation.contains(QStringLiteral("server7.hosting.example")));
        QVERIFY(diagnosis.explanation.contains(QStringLiteral("*.hosting.example")));
        SettingsChange host;
        host.host = QStringLiteral("server7.hosting.example");
        QCOMPARE(changes(diagnosis), QList<SettingsChange>{host});
    }

    void appPasswordFromReplyOrCatalog()
    {
        SessionResult gmail = failure(SessionError::AuthFailed, SessionStep::Auth);
        gmail.lastReply = reply(535, QStringLiteral("5.7.8"), QStringLiteral("5.7.8 Username and Password not accepted."));
        DiagnosisContext context;
        context.emailAddress = QStringLiteral("dukkan@gmail.com");
        context.providerId = QStringLiteral("gmail");
        context.providerName = QStringLiteral("Gmail");
        context.providerRequiresAppPassword = true;
        context.passwordHelpUrl = QUrl(QStringLiteral("https://support.google.com/accounts/answer/185833"));
        SessionSettings settings = settingsFor(465, Security::ImplicitTls, QStringLiteral("smtp.gmail.com"));
        settings.user = QStringLiteral("dukkan@gmail.com");
        const Diagnosis withCatalog = diagnose(gmail, settings, context);
        QCOMPARE(withCatalog.id, QStringLiteral("app-password-required"));
        QVERIFY(withCatalog.explanation.contains(QStringLiteral("Gmail")));
        QVERIFY(withCatalog.remedies.value(0).text.contains(QStringLiteral("https://support.google.com/accounts/answer/185833")));

        const Diagnosis withoutCatalog = diagnose(gmail, settings);
        QCOMPARE(withoutCatalog.id, QStringLiteral("auth-failed"));

        SessionResult code = failure(SessionError::AuthFailed, SessionStep::Auth);
        code.lastReply = reply(534, QStringLiteral("5.7.9"), QStringLiteral("5.7.9 Application-specific password required."));
        QCOMPARE(diagnose(code, settings).id, QStringLiteral("app-password-required"));
    }

    void authFailedOffersTheFullAddressAsUser()
    {
        SessionResult result = failure(SessionError::AuthFailed, SessionStep::Auth);
        result.lastReply = reply(535, QStringLiteral("5.7.8"), QStringLiteral("5.7.8 Authentication credentials invalid"));
        SessionSettings settings = settingsFor(587, Security::StartTls);
        settings.user = QStringLiteral("info");
        DiagnosisContext context;
        context.emailAddress = QStringLiteral("info@customer.test");
        const Diagnosis diagnosis = diagnose(result, settings, context);
        QCOMPARE(diagnosis.id, QStringLiteral("auth-failed"));
        SettingsChange user;
        user.user = QStringLiteral("info@customer.test");
        QCOMPARE(changes(diagnosis).value(0), user);
    }

    void oauthRequiredFromMicrosoftsReply()
    {
        SessionResult result = failure(SessionError::AuthFailed, SessionStep::Auth);
        result.lastReply = reply(535, QStringLiteral("5.7.139"),
                                 QStringLiteral("5.7.139 Authentication unsuccessful, basic authentication is disabled."));
        result.capabilities = ehlo({QStringLiteral("AUTH LOGIN XOAUTH2")});
        const Diagnosis diagnosis = diagnose(result, settingsFor(587, Security::StartTls, QStringLiteral("smtp-mail.outlook.com")));
        QCOMPARE(diagnosis.id, QStringLiteral("oauth-required"));
        SettingsChange xoauth;
        xoauth.auth = AuthMethod::XOAuth2;
        QCOMPARE(changes(diagnosis).value(0), xoauth);
    }

    void replyTextRefinesTheKind()
    {
        SessionResult tlsFirst = failure(SessionError::AuthRequired, SessionStep::Mail);
        tlsFirst.lastReply = reply(530, QStringLiteral("5.7.0"), QStringLiteral("5.7.0 Must issue a STARTTLS command first."));
        const Diagnosis encryption = diagnose(tlsFirst, settingsFor(25, Security::None));
        QCOMPARE(encryption.id, QStringLiteral("encryption-required"));
        QCOMPARE(changes(encryption).value(0), endpoint(std::nullopt, Security::StartTls));

        SessionResult relay = failure(SessionError::RecipientRejected, SessionStep::Rcpt);
        relay.lastReply = reply(554, QStringLiteral("5.7.1"), QStringLiteral("5.7.1 <a@b.test>: Relay access denied"));
        QCOMPARE(diagnose(relay, settingsFor(25, Security::StartTls)).id, QStringLiteral("relay-denied"));

        SessionResult unknown = failure(SessionError::RecipientRejected, SessionStep::Rcpt);
        unknown.lastReply = reply(550, QStringLiteral("5.1.1"), QStringLiteral("5.1.1 User unknown"));
        QCOMPARE(diagnose(unknown, settingsFor(587, Security::StartTls)).id, QStringLiteral("recipient-rejected"));
    }

    void mechanismRemediesComeFromTheOfferedList()
    {
        SessionResult result = failure(SessionError::AuthMechanismUnsupported, SessionStep::Auth);
        result.capabilities = ehlo({QStringLiteral("PIPELINING"), QStringLiteral("AUTH=PLAIN LOGIN"), QStringLiteral("SIZE 1000")});
        SessionSettings settings = settingsFor(587, Security::StartTls);
        settings.auth = AuthMethod::CramMd5;
        const Diagnosis diagnosis = diagnose(result, settings);
        QCOMPARE(diagnosis.id, QStringLiteral("auth-mechanism-unsupported"));
        QList<AuthMethod> offered;
        for (const SettingsChange &change : changes(diagnosis))
            offered.append(change.auth.value_or(AuthMethod::None));
        QCOMPARE(offered, (QList<AuthMethod>{AuthMethod::Auto, AuthMethod::Plain, AuthMethod::Login}));
    }

    void serverTextIsEscapedInTheExplanation()
    {
        SessionResult result = failure(SessionError::SenderRejected, SessionStep::Mail);
        result.lastReply = reply(553, QStringLiteral("5.7.1"),
                                 QString(QStringLiteral("5.7.1 Sender not owned \x1b[2J by ") + QChar(0x202E) + QStringLiteral("resu")));
        const Diagnosis diagnosis = diagnose(result, settingsFor(587, Security::StartTls));
        QCOMPARE(diagnosis.id, QStringLiteral("sender-rejected"));
        QVERIFY(diagnosis.explanation.contains(QStringLiteral("\\u{202E}resu")));
        QVERIFY(diagnosis.explanation.contains(QStringLiteral("\\x1B[2J")));
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
        QCOMPARE(diagnoseKeychainError(QKeychain::NoBackendAvailable, QStringLiteral("no")).id, QStringLiteral("keychain-unavailable"));
        QCOMPARE(diagnoseKeychainError(QKeychain::OtherError, QStringLiteral("dbus")).id, QStringLiteral("keychain-unavailable"));
        QCOMPARE(diagnoseKeychainError(QKeychain::AccessDenied, QStringLiteral("locked")).id, QStringLiteral("keychain-unavailable"));
        QCOMPARE(diagnoseKeychainError(QKeychain::EntryNotFound, QString()).id, QStringLiteral("keychain-password-missing"));

        QVERIFY(diagnoseSecretError(SecretError::None, QString()).isNull());
        for (SecretError error : {SecretError::NoBackend, SecretError::Locked, SecretError::AccessDenied,
                                  SecretError::TimedOut, SecretError::Other}) {
            const Diagnosis diagnosis = diagnoseSecretError(error, QStringLiteral("org.freedesktop.DBus.Error\x1b"));
            QCOMPARE(diagnosis.id, QStringLiteral("keychain-unavailable"));
            QVERIFY(diagnosis.remedies.size() >= 2);
            QVERIFY(!diagnosis.explanation.contains(QChar(0x1b))); // the backend's words are escaped too
        }
        QCOMPARE(diagnoseSecretError(SecretError::NotFound, QString()).id, QStringLiteral("keychain-password-missing"));
    }

    void contextFromTheCatalog()
    {
        const DiagnosisContext gmail = DiagnosisContext::forAccount(QStringLiteral("Dukkan@GMAIL.com"), QStringLiteral("smtp.gmail.com"));
        QCOMPARE(gmail.providerId, QStringLiteral("gmail"));
        QVERIFY(gmail.providerRequiresAppPassword);
        QVERIFY(!gmail.providerRequiresOAuth);
        QCOMPARE(gmail.passwordHelpUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(gmail.emailAddress, QStringLiteral("Dukkan@GMAIL.com"));

        // A shop's own domain hosted by Google: found by the server host.
        const DiagnosisContext workspace = DiagnosisContext::forAccount(QStringLiteral("info@magaza-ornek.com.tr"), QStringLiteral("SMTP.GMAIL.COM"));
        QVERIFY(workspace.providerRequiresAppPassword);

        const DiagnosisContext outlook = DiagnosisContext::forAccount(QStringLiteral("dukkan@outlook.com"), QStringLiteral("smtp-mail.outlook.com"));
        QVERIFY(outlook.providerRequiresOAuth);

        const DiagnosisContext unknown = DiagnosisContext::forAccount(QStringLiteral("info@magaza-ornek.com.tr"), QStringLiteral("mail.magaza-ornek.com.tr"));
        QVERIFY(unknown.providerId.isEmpty());
        QVERIFY(!unknown.providerRequiresAppPassword && !unknown.providerRequiresOAuth);
        QCOMPARE(unknown.emailAddress, QStringLiteral("info@magaza-ornek.com.tr"));
    }

    void wordsAreTranslatedInTheDiagnosisContext()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const Diagnosis diagnosis = diagnose(failure(SessionError::ConnectionRefused, SessionStep::Connect),
                                             settingsFor(2525, Security::StartTls));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(diagnosis.id, QStringLiteral("connection-refused")); // the id is not translated
        QVERIFY(diagnosis.title.startsWith(QStringLiteral("«")));
        QVERIFY(diagnosis.explanation.startsWith(QStringLiteral("«")));
        for (const Remedy &remedy : diagnosis.remedies)
            QVERIFY2(remedy.text.startsWith(QStringLiteral("«")), qPrintable(remedy.text));
        // The settings change is language-independent.
        QCOMPARE(changes(diagnosis).value(0).toJson().value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    }
};

QTEST_GUILESS_MAIN(DiagnosisTest)
#include "tst_diagnosis.moc"
