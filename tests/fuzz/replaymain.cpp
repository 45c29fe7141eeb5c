// The main() of the replay tests (tests/fuzz/README.md): in the ordinary build there is no
// libFuzzer, so this feeds every file of the target's corpus (POSTACI_FUZZ_CORPUS, set by
// tests/fuzz/CMakeLists.txt, or the directories and files given as arguments) to
// LLVMFuzzerTestOneInput once. A crash, a sanitizer report or a failed check in the target fails
// the test; an empty or missing corpus fails it too, so that a wrong path cannot pass silently.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

QStringList inputFiles(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.isFile() ? QStringList{path} : QStringList{};
    QStringList files;
    const QDir dir(path);
    // Sorted, so that a failure names the same file on every run.
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths.append(QString::fromLocal8Bit(argv[i]));
    if (paths.isEmpty())
        paths.append(qEnvironmentVariable("POSTACI_FUZZ_CORPUS"));

    int replayed = 0;
    for (const QString &path : std::as_const(paths)) {
        const QStringList files = inputFiles(path);
        if (files.isEmpty()) {
            std::fprintf(stderr, "replay: no inputs in '%s'\n", qPrintable(path));
            return 1;
        }
        for (const QString &file : files) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read '%s': %s\n", qPrintable(file), qPrintable(input.errorString()));
                return 1;
            }
            const QByteArray bytes = input.readAll();
            std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(file), static_cast<long long>(bytes.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                   static_cast<std::size_t>(bytes.size()));
            ++replayed;
        }
    }
    std::fprintf(stderr, "replay: %d inputs, no failure\n", replayed);
    return 0;
}
