#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace Postaci {

// The accounts list, its actions and the transcript panel. With no account yet it shows one
// clear "Add your first account" action instead of an empty table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    QStackedWidget *m_pages = nullptr;
};

} // namespace Postaci
