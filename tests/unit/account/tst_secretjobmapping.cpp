// How QtKeychain's errors become ours: the error kind decides the advice the user gets
// (install a keychain, unlock it, allow access), so each backend message that matters is here.
#include "account/secretjob.h"

#include <QSet>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

using namespace Postaci;

Q_DECLARE_METATYPE(Postaci::SecretError)

class TestSecretJobMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data();
    void mapping();
    void everyErrorHasNameAndAdvice();
};

void TestSecretJobMapping::mapping_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("text");
    QTest::addColumn<SecretError>("expected");

    auto row = [](const char *name, QKeychain::Error error, const char *text, SecretError expected) {
        QTest::newRow(name) << int(error) << QString::fromUtf8(text) << expected;
    };
    row("ok", QKeychain::NoError, "", SecretError::None);
    row("not found", QKeychain::EntryNotFound, "Entry not found", SecretError::NotFound);
    row("no backend", QKeychain::NoBackendAvailable, "No keychain service available", SecretError::NoBackend);
    row("not implemented", QKeychain::NotImplemented, "", SecretError::NoBackend);
    row("denied by user", QKeychain::AccessDeniedByUser, "", SecretError::AccessDenied);
    row("denied", QKeychain::AccessDenied, "Access to keychain denied", SecretError::AccessDenied);
    // libsecret: SECRET_ERROR_IS_LOCKED arrives as AccessDenied.
    row("locked collection", QKeychain::AccessDenied, "Cannot create an item in a locked collection", SecretError::Locked);
    // Real messages from QtKeychain's libsecret backend (GLib/GDBus texts).
    row("bus socket missing", QKeychain::OtherError, "Could not connect: No such file or directory", SecretError::NoBackend);
    row("no bus, no display", QKeychain::OtherError, "Cannot autolaunch D-Bus without X11 $DISPLAY", SecretError::NoBackend);
    row("no secret service", QKeychain::OtherError,
        "GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files",
        SecretError::NoBackend);
    row("kwallet not running", QKeychain::OtherError, "D-Bus is not running", SecretError::NoBackend);
    row("no default keyring", QKeychain::OtherError,
        "Object does not exist at path “/org/freedesktop/secrets/collection/login”", SecretError::Locked);
    row("prompt dismissed", QKeychain::OtherError, "The prompt was dismissed", SecretError::AccessDenied);
    row("unknown", QKeychain::OtherError, "Unknown error", SecretError::Other);
    row("could not delete", QKeychain::CouldNotDeleteEntry, "Could not delete entry", SecretError::Other);
    row("already unlocked is not locked", QKeychain::OtherError, "Already unlocked", SecretError::Other);
}

void TestSecretJobMapping::mapping()
{
    QFETCH(int, keychainError);
    QFETCH(QString, text);
    QFETCH(SecretError, expected);
    QCOMPARE(secretErrorName(SecretJob::mapKeychainError(keychainError, text)), secretErrorName(expected));
}

void TestSecretJobMapping::everyErrorHasNameAndAdvice()
{
    QSet<QString> names;
    for (int i = int(SecretError::NoBackend); i <= int(SecretError::Other); ++i) {
        const QString name = secretErrorName(SecretError(i));
        QVERIFY(!name.isEmpty());
        QVERIFY(!names.contains(name));
        names.insert(name);
        QVERIFY(!secretErrorMessage(SecretError(i)).isEmpty());
    }
    // The advice for a missing keychain offers both ways out.
    const QString noBackend = secretErrorMessage(SecretError::NoBackend);
    QVERIFY(noBackend.contains("keychain"_L1));
    QVERIFY(noBackend.contains("without"_L1));
    QCOMPARE(SecretJob::serviceName(), u"postaci"_s);
}

QTEST_GUILESS_MAIN(TestSecretJobMapping)
#include "tst_secretjobmapping.moc"
