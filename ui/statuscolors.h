#pragma once

#include <QColor>
#include <QPalette>

namespace Postaci {

// The colours of status texts (an error under a field, a met password rule, a flagged
// suggestion), readable on the palette they are shown on: dark shades on a light window, light
// ones on a dark window. Colour only repeats what the text (and icon) already says; it never
// carries a state alone.
namespace StatusColors {

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
}

inline QColor good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7b, 0x34);
}

inline QColor caution(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x4d, 0x00);
}

// A label's palette with its text in `color`.
inline QPalette withText(QPalette palette, const QColor &color)
{
    palette.setColor(QPalette::WindowText, color);
    return palette;
}

} // namespace StatusColors

} // namespace Postaci
