#pragma once

#include "actions/actionitem.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Takt {

/**
 * What an actions CSV would bring in, before anything is: the actions it holds, or every bad
 * row with its line and field. Import is offered only for a file that is right throughout
 * (all or nothing); the file can be fixed and read again without leaving the dialog.
 */
class ActionImportDialog : public QDialog
{
    Q_OBJECT

public:
    ActionImportDialog(const QString &path, QWidget *parent = nullptr);

    /** The actions to import; empty while the file has problems. */
    const QList<ActionItem> &actions() const { return m_actions; }
    QStringList problems() const { return m_problems; }
    /** Reads the file again (after it was fixed). */
    void reload();

private:
    const QString m_path;
    QList<ActionItem> m_actions;
    QStringList m_problems;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QListWidget *m_problemList;
    QDialogButtonBox *m_buttons;
};

} // namespace Takt
