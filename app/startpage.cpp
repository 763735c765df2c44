#include "startpage.h"

#include "document/document.h"
#include "mainwindow.h"
#include "windowfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Takt {

namespace {
QPushButton *bigButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    button->setFont(font);
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    return button;
}
} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setWindowTitle(tr("Takt"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *heading = new QLabel(tr("Welcome to Takt"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    heading->setFont(big);
    auto *intro = new QLabel(tr("Map the value stream of an AI or MLOps operation with the room, "
                                "find where the flow hurts, and take the session pack home."),
                             this);
    intro->setWordWrap(true);

    QPushButton *create = bigButton(tr("&New Workshop"), "new_workshop", this);
    QPushButton *open = bigButton(tr("&Open Workshop…"), "open_workshop", this);
    QPushButton *example = bigButton(tr("Open the &Example Workshop"), "open_example", this);
    example->setToolTip(tr("A model-retraining pipeline, mapped: every part of Takt in use"));
    connect(create, &QPushButton::clicked, this, &StartPage::newWorkshop);
    connect(open, &QPushButton::clicked, this, &StartPage::openWorkshop);
    connect(example, &QPushButton::clicked, this, &StartPage::openExample);

    auto *recentLabel = new QLabel(tr("&Recent workshops:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recent"));
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName(), m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        auto *none
            = new QListWidgetItem(tr("None yet: a workshop you save appears here."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
    m_recent->setCurrentRow(0);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::openRecent);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(example);
    buttons->addStretch();
    auto *recent = new QVBoxLayout;
    recent->addWidget(recentLabel);
    recent->addWidget(m_recent);
    auto *columns = new QHBoxLayout;
    columns->addLayout(buttons, 2);
    columns->addLayout(recent, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(16);
    layout->addLayout(columns, 1);
    resize(820, 480);
    (files.isEmpty() ? example : static_cast<QWidget *>(m_recent))->setFocus();
}

void StartPage::newWorkshop()
{
    QString error;
    auto document = Document::createNew(&error);
    if (!document) {
        QMessageBox::critical(this, tr("New Workshop"), error);
        return;
    }
    (new MainWindow(std::move(document)))->show();
    finish(true);
}

void StartPage::openWorkshop()
{
    if (const QString path = WindowFiles::chooseFileToOpen(this); !path.isEmpty())
        finish(MainWindow::openFile(path, this));
}

void StartPage::openExample()
{
    finish(MainWindow::openExample(this));
}

void StartPage::openRecent()
{
    const QListWidgetItem *item = m_recent->currentItem();
    if (item && !item->data(Qt::UserRole).toString().isEmpty())
        finish(MainWindow::openFile(item->data(Qt::UserRole).toString(), this));
}

void StartPage::finish(bool opened)
{
    if (opened)
        close();
}

} // namespace Takt
