#pragma once

// Small helpers shared by the GUI tests: finding named widgets, typing, and walking the wizard
// the way a user does (through the buttons, so a disabled Next really stops the test).

#include "accountwizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QWizard>

namespace Postaci::GuiTest {

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// The visible top-level window of type T with this object name (a message box, a dialog), or
// nullptr: what a user would see on the screen, not a hidden leftover.
template<typename T>
T *visibleTopLevel(const char *name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<T *>(widget);
            typed && typed->objectName() == QLatin1String(name) && typed->isVisible())
            return typed;
    }
    return nullptr;
}

// Types text, one key press and release per character. QTest::keyClicks takes Latin-1 only;
// Turkish letters (ş, İ, ğ) go through sendKeyEvent with their text, as an input method sends them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Replaces the text of a line edit by typing it, one key event per character.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

inline void typeInto(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    // Leaving the field commits the number, as it does for a user (keyboard tracking is off).
    QTest::keyClick(spin, Qt::Key_Tab);
}

inline bool nextEnabled(QWizard *wizard)
{
    return wizard->button(QWizard::NextButton)->isEnabled() && wizard->button(QWizard::NextButton)->isVisible();
}

// Clicks Next (or Finish on the last page) and reports whether the page changed.
inline bool clickNext(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    const int before = wizard->currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard->currentId() != before;
}

inline void chooseData(QComboBox *combo, int data)
{
    combo->setCurrentIndex(combo->findData(data));
}

// Identity page → Server page with the server fields filled in by hand.
inline bool fillUpToCredentials(AccountWizard *wizard, const QString &email, const QString &host, quint16 port,
                                Security security, AuthMethod auth = AuthMethod::Auto)
{
    typeInto(child<QLineEdit>(wizard, "emailEdit"), email);
    if (!clickNext(wizard))
        return false;
    typeInto(child<QLineEdit>(wizard, "hostEdit"), host);
    typeInto(child<QSpinBox>(wizard, "portSpinBox"), port);
    chooseData(child<QComboBox>(wizard, "securityComboBox"), int(security));
    chooseData(child<QComboBox>(wizard, "authComboBox"), int(auth));
    return clickNext(wizard) && wizard->currentId() == AccountWizard::CredentialsPageId;
}

// The visible labels of `window` whose text does not fit the space they were given: a word-wrapped
// label lower than its text needs at its width, a single-line one narrower than its text, or one
// cut off by a parent. Labels inside a scroll area are checked for their own size only (the area
// scrolls). Each entry names the label and its text, for the failure message.
inline QStringList clippedLabels(QWidget *window)
{
    using namespace Qt::StringLiterals;
    QStringList clipped;
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(window) || label->text().isEmpty())
            continue;
        bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                      : label->width() >= label->minimumSizeHint().width()
                                                && label->height() >= label->minimumSizeHint().height();
        QRect visible(QPoint(0, 0), label->size());
        bool scrolls = false;
        for (QWidget *child = label; fits && !scrolls && child != window && child->parentWidget();
             child = child->parentWidget()) {
            visible.translate(child->pos());
            QWidget *parent = child->parentWidget();
            scrolls = qobject_cast<QAbstractScrollArea *>(parent->parentWidget()) != nullptr;
            if (!scrolls && !parent->rect().contains(visible))
                fits = false;
        }
        if (!fits) {
            const QString name = label->objectName().isEmpty()
                                         ? QString::fromLatin1(label->metaObject()->className())
                                         : label->objectName();
            clipped << u"%1 \"%2\" (%3x%4)"_s
                               .arg(name, label->text().left(60))
                               .arg(label->width())
                               .arg(label->height());
        }
    }
    return clipped;
}

} // namespace Postaci::GuiTest
