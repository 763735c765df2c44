#pragma once

#include "a3/a3report.h"

#include <QWidget>

class QComboBox;
class QTextEdit;

namespace Takt {

class A3Store;
class Document;

/**
 * The free sections of an A3, one at a time, as rich text (bold, italic, lists) kept as the
 * section's Markdown-like source. Each edit is stored as it is typed, merged into one undo step
 * per section; an undo shows the stored text again.
 */
class A3SectionEditor : public QWidget
{
    Q_OBJECT

public:
    A3SectionEditor(Document *document, EntityId report, QWidget *parent = nullptr);

    /** 0 for the background … 6 for the follow-up, in sheet order. */
    void showSection(int index);
    int section() const;
    QTextEdit *textEdit() const { return m_edit; }
    static A3Report::Field fieldOf(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void commit();
    QString stored() const;

    A3Store *const m_store;
    Document *const m_document;
    const EntityId m_report;
    QComboBox *m_sections;
    QTextEdit *m_edit;
    bool m_loading = false;
};

} // namespace Takt
