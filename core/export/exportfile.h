#pragma once

#include <QCoreApplication>
#include <QString>

namespace Postaci {

// Writes an export to a file atomically (QSaveFile: a temporary file renamed over the target),
// so an interrupted write never leaves half a configuration behind. Used by `postaci-cli
// export --output` and the export dialog's Save.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::ExportFile)
public:
    // Empty on success, else the translated reason.
    static QString write(const QString &path, const QString &content);
};

} // namespace Postaci
