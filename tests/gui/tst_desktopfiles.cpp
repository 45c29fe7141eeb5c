#include <QFile>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
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

    // Both files carry Turkish beside English: the menu entry and the software centre page.
    void turkishTranslations()
    {
        QFile desktop(path("io.github.postaci.Postaci.desktop"));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QByteArray entry = desktop.readAll();
        for (const char *key : {"Name", "GenericName", "Comment", "Keywords"}) {
            const QByteArray line = "\n" + QByteArray(key);
            QVERIFY2(entry.contains(QByteArray(line + "=")), key);
            QVERIFY2(entry.contains(QByteArray(line + "[tr]=")), key);
        }
        QFile metainfo(path("io.github.postaci.Postaci.metainfo.xml"));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(metainfo.readAll());
        // Every translatable element written in English has its Turkish twin.
        for (const QString &element : {u"summary"_s, u"p"_s, u"li"_s, u"caption"_s, u"developer_name"_s}) {
            const QRegularExpression english(u"<"_s + element + u">"_s);
            const QRegularExpression turkish(u"<"_s + element + u" xml:lang=\"tr\">"_s);
            const qsizetype inEnglish = text.count(english);
            const qsizetype inTurkish = text.count(turkish);
            QVERIFY2(inEnglish > 0 && inEnglish == inTurkish,
                     qPrintable(u"<%1>: %2 in English, %3 in Turkish"_s.arg(element).arg(inEnglish).arg(inTurkish)));
        }
    }

    // What software centres show: screenshots by a stable https address of the repository's files
    // (the README's pictures), the releases with notes, and the content rating.
    void metainfoHasScreenshotsReleasesAndRating()
    {
        QFile file(path("io.github.postaci.Postaci.metainfo.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpression image(u"<image>([^<]*)</image>"_s);
        qsizetype images = 0;
        for (const QRegularExpressionMatch &match : image.globalMatch(text)) {
            ++images;
            QVERIFY2(match.captured(1).startsWith(u"https://raw.githubusercontent.com/postaci/postaci/main/docs/"_s),
                     qPrintable(match.captured(1)));
            QVERIFY2(match.captured(1).endsWith(u".png"_s), qPrintable(match.captured(1)));
            // The address names a picture the repository really has (scripts/screenshots --docs).
            const QString inRepository = match.captured(1).mid(qsizetype(qstrlen("https://raw.githubusercontent.com/postaci/postaci/main/")));
            QVERIFY2(QFile::exists(qEnvironmentVariable("POSTACI_SOURCE_DIR") + u'/' + inRepository),
                     qPrintable(inRepository));
        }
        QVERIFY(images >= 1);
        QVERIFY(text.contains(u"<screenshot type=\"default\">"_s));
        QVERIFY(text.contains(u"<content_rating type=\"oars-1.1\""_s));
        const QRegularExpression release(u"<release version=\"[^\"]+\" date=\"\\d{4}-\\d{2}-\\d{2}\">\\s*<description>"_s);
        QVERIFY(release.match(text).hasMatch());
    }

    // The hicolor sizes are renderings of the SVG (scripts/render-icons), not drawings of their own.
    void iconsAreRenderingsOfTheSvg()
    {
        const QString svg = path("io.github.postaci.Postaci.svg");
        QVERIFY(QFile::exists(svg));
        const QString rsvg = QStandardPaths::findExecutable(u"rsvg-convert"_s);
        QVERIFY2(!rsvg.isEmpty(), "rsvg-convert is not installed (librsvg2-bin; scripts/test installs it)");
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString png = path("icons/hicolor/%1x%1/apps/io.github.postaci.Postaci.png").arg(size);
            const QImage committed(png);
            QCOMPARE(committed.size(), QSize(size, size));
            QVERIFY(committed.hasAlphaChannel());
            QProcess render;
            render.start(rsvg, {u"-w"_s, QString::number(size), u"-h"_s, QString::number(size), svg});
            QVERIFY(render.waitForFinished(30000));
            QCOMPARE(render.exitCode(), 0);
            const QImage rendered = QImage::fromData(render.readAllStandardOutput(), "PNG");
            QVERIFY2(rendered.convertToFormat(QImage::Format_ARGB32) == committed.convertToFormat(QImage::Format_ARGB32),
                     qPrintable(png + u" differs from the SVG: run scripts/render-icons"_s));
        }
    }
};

QTEST_MAIN(DesktopFilesTest)
#include "tst_desktopfiles.moc"
