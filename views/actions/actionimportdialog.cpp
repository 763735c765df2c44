#include "actionimportdialog.h"

#include "actions/actioncsv.h"
#include "core/fieldtext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Takt {

ActionImportDialog::ActionImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_problemList(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Actions"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_problemList->setObjectName(QStringLiteral("problems"));
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("import"));
    QPushButton *again = m_buttons->addButton(tr("&Read Again"), QDialogButtonBox::ActionRole);
    again->setToolTip(tr("Read the file again, after fixing it"));
    connect(again, &QPushButton::clicked, this, &ActionImportDialog::reload);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview);
    layout->addWidget(m_problemList);
    layout->addWidget(m_buttons);
    resize(820, 460);
    reload();
}

void ActionImportDialog::reload()
{
    const QString name = QDir::toNativeSeparators(m_path);
    m_actions.clear();
    m_problems.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        m_problems << tr("%1 cannot be read: %2.").arg(name, file.errorString());
    else if (auto read = ActionCsv::read(file.readAll(), &m_problems))
        m_actions = *read;
    const bool ok = m_problems.isEmpty();
    m_summary->setText(
        ok ? tr("%1 holds %n action(s). Import them?", nullptr, int(m_actions.size())).arg(name)
           : tr("%1 cannot be imported as it is: %n problem(s). Nothing is "
                "imported until the file is right; fix it and read it again.",
                nullptr, int(m_problems.size()))
                 .arg(name));
    m_problemList->clear();
    m_problemList->addItems(m_problems);
    m_problemList->setVisible(!ok);
    const auto &fields = ActionItem::fields();
    using F = ActionItem::Field;
    const QList<F> shown {F::What, F::Owner, F::Due, F::Status, F::Verifier};
    m_preview->clear();
    m_preview->setColumnCount(int(shown.size()));
    QStringList headers;
    for (F f : shown)
        headers << fields.label(int(f));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(m_actions.size()));
    for (int row = 0; row < m_actions.size(); ++row) {
        const ActionItem &a = m_actions.at(row);
        const QStringList cells {a.what, a.owner, FieldText::formatDate(a.due),
                                 fields.choiceLabel(int(F::Status), int(a.status)), a.verifier};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->setVisible(ok);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(!ok);
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ok && !m_actions.isEmpty());
}

} // namespace Takt
