#include "a3sectioneditor.h"

#include "a3/a3drawing.h"
#include "a3/a3store.h"
#include "document/document.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

namespace {
using F = A3Report::Field;
const QList<F> Sections {F::Background, F::CurrentCondition, F::Goal,
                         F::Analysis,   F::Countermeasures,  F::Plan,
                         F::FollowUp};
/** The editor's text as the section's source. Qt's Markdown writer wraps lines at 80
 *  characters; the wrapped lines are joined again (a soft break reads as a space), so that the
 *  file keeps one line per paragraph or list item, as people write it. */
QString sourceOf(const QTextEdit &edit)
{
    static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s|^\\s*[#>]"));
    const QStringList lines
        = edit.toMarkdown(QTextDocument::MarkdownDialectCommonMark).split(QLatin1Char('\n'));
    QStringList joined;
    for (const QString &line : lines) {
        const bool continues = !joined.isEmpty() && !joined.last().trimmed().isEmpty()
            && !line.trimmed().isEmpty() && !item.match(line).hasMatch()
            && !joined.last().endsWith(QLatin1String("  "))
            && !joined.last().endsWith(QLatin1Char('\\'));
        if (continues)
            joined.last() += QLatin1Char(' ') + line.trimmed();
        else
            joined << line;
    }
    return joined.join(QLatin1Char('\n')).trimmed();
}
} // namespace

A3Report::Field A3SectionEditor::fieldOf(int index)
{
    return Sections.value(index, F::Background);
}

A3SectionEditor::A3SectionEditor(Document *document, EntityId report, QWidget *parent)
    : QWidget(parent)
    , m_store(A3Store::of(*document))
    , m_document(document)
    , m_report(report)
    , m_sections(new QComboBox(this))
    , m_edit(new QTextEdit(this))
{
    m_sections->addItems(A3Drawing::sectionTitles());
    m_sections->setObjectName(QStringLiteral("a3-section"));
    m_sections->setAccessibleName(tr("Section"));
    m_edit->setObjectName(QStringLiteral("a3-section-text"));
    m_edit->setAccessibleName(tr("Section text"));
    m_edit->setAcceptRichText(false); // pasted text is the section's plain source
    // Every keystroke is stored, so Ctrl+Z is the document's: the edit keeps no undo of its
    // own, and lets the window's Undo and Redo have the keys.
    m_edit->setUndoRedoEnabled(false);
    m_edit->installEventFilter(this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_sections, 1);
    const auto button = [&](const QString &text, const QString &tip, const QKeySequence &keys,
                            const char *name, auto run) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, run);
        addAction(action);
        auto *tool = new QToolButton(this);
        tool->setDefaultAction(action);
        tool->setObjectName(QLatin1String(name));
        tool->setAccessibleName(tip);
        tools->addWidget(tool);
    };
    button(tr("B"), tr("Bold"), QKeySequence::Bold, "a3-bold", [this] {
        const bool bold = m_edit->fontWeight() > QFont::Normal;
        m_edit->setFontWeight(bold ? QFont::Normal : QFont::Bold);
    });
    button(tr("I"), tr("Italic"), QKeySequence::Italic, "a3-italic",
           [this] { m_edit->setFontItalic(!m_edit->fontItalic()); });
    button(tr("•"), tr("List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), "a3-list", [this] {
        QTextCursor cursor = m_edit->textCursor();
        if (QTextList *list = cursor.currentList())
            list->remove(cursor.block());
        else
            cursor.createList(QTextListFormat::ListDisc);
    });
    auto *hint = new QLabel(
        tr("Click a box of the sheet to edit it. Its text is saved as you type."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_edit, 1);
    layout->addWidget(hint);
    connect(m_sections, &QComboBox::currentIndexChanged, this, &A3SectionEditor::refresh);
    connect(m_edit, &QTextEdit::textChanged, this, &A3SectionEditor::commit);
    connect(&m_store->reportList(), &EntityListBase::modified, this, [this] {
        if (stored() != sourceOf(*m_edit))
            refresh(); // an undo, or an edit elsewhere
    });
    setFocusProxy(m_edit);
    refresh();
}

bool A3SectionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // not the edit's: the shortcut reaches the window's action
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void A3SectionEditor::showSection(int index)
{
    if (index >= 0 && index < Sections.size())
        m_sections->setCurrentIndex(index);
}

int A3SectionEditor::section() const
{
    return m_sections->currentIndex();
}

QString A3SectionEditor::stored() const
{
    const A3Report *r = m_store->report(m_report);
    return r ? A3Report::fields().value(*r, int(fieldOf(section()))).toString().trimmed()
             : QString();
}

void A3SectionEditor::refresh()
{
    // Undone or redone: the text as stored, the cursor where it was as far as it can be.
    const int position = m_edit->textCursor().position();
    m_loading = true;
    m_edit->setMarkdown(stored());
    m_loading = false;
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(qMin(position, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cursor);
}

void A3SectionEditor::commit()
{
    if (m_loading)
        return;
    const QString text = sourceOf(*m_edit);
    if (text == stored())
        return;
    if (QUndoCommand *command = m_store->setField(m_report, fieldOf(section()), text))
        m_document->undoStack()->push(command);
}

} // namespace Takt
