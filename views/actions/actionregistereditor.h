#pragma once

#include "editor/artefacteditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Takt {

class ActionFilter;
class ActionStore;
class ActionTableModel;

/**
 * The action register: every action in a sortable, filterable table (type to filter; choose
 * open, overdue, done…), edited in place, each edit an undo step; how many open actions each
 * owner has, under it. Overdue actions say so in words and in bold.
 */
class ActionRegisterEditor : public ArtefactEditor
{
    Q_OBJECT

public:
    ActionRegisterEditor(Document *document, EntityId registerId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ActionTableModel *model() const { return m_model; }
    ActionFilter *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *showBox() const { return m_show; }
    /** "Ana: 3 open · Bo: 1 open (1 overdue)": the count per owner. */
    QString ownerCounts() const;

    EditActions editActions() const override { return Delete; }
    void deleteSelection() override;
    /** A new action at the end, its What cell open for typing; one undo step. */
    void addAction();

private:
    void refreshCounts();

    ActionStore *const m_store;
    ActionTableModel *m_model;
    ActionFilter *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_show;
    QTableView *m_table;
    QLabel *m_counts;
    QLabel *m_message;
};

} // namespace Takt
