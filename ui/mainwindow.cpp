#include "mainwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Postaci {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Postacı"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *empty = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(empty);
    auto *hint = new QLabel(tr("Postacı gets an outgoing-mail account working and proves it works."), empty);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    auto *addFirst = new QPushButton(tr("Add your first account"), empty);
    addFirst->setObjectName(QStringLiteral("addFirstAccountButton"));
    layout->addStretch();
    layout->addWidget(hint);
    layout->addWidget(addFirst, 0, Qt::AlignCenter);
    layout->addStretch();
    m_pages->addWidget(empty);

    setCentralWidget(m_pages);
    resize(900, 600);
}

} // namespace Postaci
