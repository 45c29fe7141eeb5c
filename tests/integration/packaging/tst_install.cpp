// `cmake --install` into a temporary DESTDIR with the prefix /usr, the way debian/rules does it:
// the installed tree is exactly installed-files.txt (FHS places only), the installed programs run
// from a directory unrelated to the build tree and still find their translations and the
// provider catalog (compiled in), and bash-completion finds the completion where it was installed.
#include "helpcontract.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Postaci::Test;

class InstallTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_destdir;
    QTemporaryDir m_elsewhere; // the working directory of the installed programs, and their $HOME

    QString installed(const QString &path) const { return m_destdir.path() + u"/usr/"_s + path; }

    // The environment of a user who installed Postacı: no build tree, no POSTACI_* variables.
    QProcessEnvironment userEnvironment() const
    {
        QProcessEnvironment env;
        const QProcessEnvironment mine = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"PATH", "DBUS_SESSION_BUS_ADDRESS"}) {
            if (mine.contains(QLatin1String(name)))
                env.insert(QLatin1String(name), mine.value(QLatin1String(name)));
        }
        env.insert(u"HOME"_s, m_elsewhere.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_elsewhere.path() + u"/config"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    ProgramRun runInstalled(const QString &program, const QStringList &arguments) const
    {
        return runProgram(installed(u"bin/"_s + program), arguments, userEnvironment(), m_elsewhere.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_destdir.isValid());
        QVERIFY(m_elsewhere.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DESTDIR"_s, m_destdir.path());
        const ProgramRun install = runProgram(QStringLiteral(POSTACI_CMAKE_COMMAND),
                                              {u"--install"_s, qEnvironmentVariable("POSTACI_BUILD_DIR"),
                                               u"--prefix"_s, u"/usr"_s},
                                              env);
        QVERIFY2(install.exitCode == 0, qPrintable(install.describe()));
    }

    void installsTheExpectedFiles()
    {
        QFile listFile(QFINDTESTDATA("installed-files.txt"));
        QVERIFY(listFile.open(QIODevice::ReadOnly));
        QStringList expected;
        for (const QString &line : QString::fromUtf8(listFile.readAll()).split(u'\n')) {
            if (!line.isEmpty() && !line.startsWith(u'#'))
                expected.append(line);
        }
        expected.sort();

        QStringList found;
        QDirIterator it(m_destdir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(QDir(m_destdir.path()).relativeFilePath(it.next()));
        found.sort();

        QStringList missing;
        for (const QString &path : std::as_const(expected)) {
            if (!found.contains(path))
                missing.append(path);
        }
        QStringList unexpected;
        for (const QString &path : std::as_const(found)) {
            if (!expected.contains(path))
                unexpected.append(path);
        }
        QVERIFY2(missing.isEmpty() && unexpected.isEmpty(),
                 qPrintable(u"not installed: "_s + missing.join(u' ') + u"\ninstalled but not listed: "_s
                            + unexpected.join(u' ')));
    }

    void programsAreExecutable()
    {
        for (const QString &program : {u"postaci"_s, u"postaci-cli"_s}) {
            const QFileInfo info(installed(u"bin/"_s + program));
            QVERIFY2(info.isExecutable(), qPrintable(info.filePath()));
        }
    }

    void installedCliRunsFromAnywhere()
    {
        const ProgramRun version = runInstalled(u"postaci-cli"_s, {u"--version"_s});
        QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
        QCOMPARE(version.out.trimmed(), u"postaci-cli "_s + QStringLiteral(POSTACI_VERSION));

        // Turkish words prove the translations were found, Gmail's server the catalog.
        const ProgramRun lookup = runInstalled(u"postaci-cli"_s, {u"lookup"_s, u"gmail.com"_s, u"--offline"_s,
                                                                  u"--lang"_s, u"tr"_s});
        QVERIFY2(lookup.exitCode == 0, qPrintable(lookup.describe()));
        QVERIFY2(lookup.out.contains(u"smtp.gmail.com"_s), qPrintable(lookup.describe()));
        QVERIFY2(lookup.out.contains(u"yerleşik katalog"_s), qPrintable(lookup.describe()));
        QVERIFY2(!lookup.out.contains(u"built-in catalog"_s), qPrintable(lookup.describe()));
    }

    void installedGuiRunsFromAnywhere()
    {
        const ProgramRun version = runInstalled(u"postaci"_s, {u"--version"_s});
        QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
        QVERIFY2(version.out.contains(QStringLiteral(POSTACI_VERSION)), qPrintable(version.describe()));
        const ProgramRun help = runInstalled(u"postaci"_s, {u"--lang"_s, u"tr"_s, u"--help"_s});
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        QVERIFY2(help.out.contains(u"Arayüzün dili"_s), qPrintable(help.describe()));
    }

    // Menus and software centres read the installed copies.
    void installedMetadataValidates()
    {
        for (const QString &tool : {u"desktop-file-validate"_s, u"appstreamcli"_s}) {
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     qPrintable(tool + u" is not installed (scripts/test installs it)"_s));
        }
        const ProgramRun desktop = runProgram(
            u"desktop-file-validate"_s, {installed(u"share/applications/io.github.postaci.Postaci.desktop"_s)});
        QVERIFY2(desktop.exitCode == 0 && desktop.out.isEmpty(), qPrintable(desktop.describe()));
        const ProgramRun metainfo = runProgram(
            u"appstreamcli"_s,
            {u"validate"_s, u"--no-net"_s, installed(u"share/metainfo/io.github.postaci.Postaci.metainfo.xml"_s)});
        QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.describe()));
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QImage icon(installed(u"share/icons/hicolor/%1x%1/apps/io.github.postaci.Postaci.png"_s.arg(size)));
            QCOMPARE(icon.size(), QSize(size, size));
        }
    }

    // The Debian package is of the version being built: debian/changelog's newest entry is
    // "postaci (VERSION-REVISION)" (scripts/package names the .deb after it).
    void debianChangelogNamesThisVersion()
    {
        QFile changelog(qEnvironmentVariable("POSTACI_SOURCE_DIR") + u"/debian/changelog"_s);
        QVERIFY(changelog.open(QIODevice::ReadOnly));
        const QString first = QString::fromUtf8(changelog.readLine());
        QVERIFY2(first.startsWith(u"postaci ("_s + QStringLiteral(POSTACI_VERSION) + u'-'), qPrintable(first));
    }

    // bash-completion looks for <data dir>/bash-completion/completions/<command> in every
    // XDG_DATA_DIRS entry (/usr/share by default): the installed file is found and loaded.
    void bashCompletionFindsTheInstalledFile()
    {
        const QString loader = u"/usr/share/bash-completion/bash_completion"_s;
        QVERIFY2(QFile::exists(loader), "bash-completion is not installed (scripts/test installs it)");
        QProcessEnvironment env = userEnvironment();
        env.insert(u"XDG_DATA_DIRS"_s, installed(u"share"_s));
        const ProgramRun run = runProgram(u"bash"_s,
                                          {u"-c"_s, u"source \"$1\"; __load_completion postaci-cli && complete -p postaci-cli"_s,
                                           u"bash"_s, loader},
                                          env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(u"-F _postaci_cli postaci-cli"_s), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(InstallTest)
#include "tst_install.moc"
