#include <QFile>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The launcher, AppStream metadata and icons in resources/desktop are what software centres
// and menus read: they must pass the freedesktop validators (Debian packages
// desktop-file-utils and appstream, installed by scripts/test) and agree with each other.
class DesktopFilesTest : public QObject
{
    Q_OBJECT
private:
    static QString path(const char *name)
    {
        return qEnvironmentVariable("POSTACI_SOURCE_DIR") + "/resources/desktop/"_L1 + QLatin1String(name);
    }

    static void runValidator(const QString &program, const QStringList &arguments)
    {
        const QString executable = QStandardPaths::findExecutable(program);
        QVERIFY2(!executable.isEmpty(),
                 qPrintable(program + " is not installed (scripts/test installs it)"_L1));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(executable, arguments);
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
        // desktop-file-validate prints hints and warnings but exits 0 for them: none wanted.
        QVERIFY2(!output.contains("error:"_L1) && !output.contains("warning:"_L1),
                 qPrintable(output));
    }

private Q_SLOTS:
    void desktopEntryIsValid()
    {
        runValidator(u"desktop-file-validate"_s, {path("io.github.postaci.Postaci.desktop")});
        QFile file(path("io.github.postaci.Postaci.desktop"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\nExec=postaci\n"));
        QVERIFY(text.contains("\nIcon=io.github.postaci.Postaci\n"));
        QVERIFY(text.contains("Comment[tr]="));
    }

    void metainfoIsValid()
    {
        runValidator(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s,
                                                      path("io.github.postaci.Postaci.metainfo.xml")});
        QFile file(path("io.github.postaci.Postaci.metainfo.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<launchable type=\"desktop-id\">io.github.postaci.Postaci.desktop</launchable>"));
        QVERIFY(text.contains("<release version=\"" POSTACI_VERSION "\""));
    }

    void iconsExist()
    {
        QVERIFY(QFile::exists(path("io.github.postaci.Postaci.svg")));
        const QImage png(path("io.github.postaci.Postaci.png"));
        QCOMPARE(png.size(), QSize(256, 256));
        QVERIFY(png.hasAlphaChannel());
    }
};

QTEST_MAIN(DesktopFilesTest)
#include "tst_desktopfiles.moc"
