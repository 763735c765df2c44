#include "attendanceeditor.h"

#include "attendance/attendancestore.h"
#include "attendance/attendancetablemodel.h"
#include "document/document.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

namespace Takt {

AttendanceEditor::AttendanceEditor(Document *document, EntityId registerId, QWidget *parent)
    : RecordTableEditor(document, registerId, new AttendanceTableModel(document), parent)
    , m_store(AttendanceStore::of(*document))
    , m_days(new QSpinBox(this))
{
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(1, Participant::MaxDays);
    m_days->setAccessibleName(tr("Days of the workshop"));
    m_days->setToolTip(tr("How many days the workshop has: one attendance column each"));
    auto *label = new QLabel(tr("Workshop &days:"), this);
    label->setBuddy(m_days);
    bar()->addWidget(label);
    bar()->addWidget(m_days);
    filterEdit()->setPlaceholderText(tr("Filter: name, role, team…"));
    filterEdit()->setAccessibleName(tr("Filter the participants"));
    table()->setObjectName(QStringLiteral("participants"));
    // One cell at a time: Space marks the day the cursor is on, and the cursor shows.
    table()->setSelectionBehavior(QAbstractItemView::SelectItems);
    table()->horizontalHeader()->setStretchLastSection(false);
    // The role takes the room left; names and teams are seldom long.
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(AttendanceTableModel::RoleColumn, QHeaderView::Stretch);
    header->resizeSection(AttendanceTableModel::NameColumn, fontMetrics().averageCharWidth() * 26);
    header->resizeSection(AttendanceTableModel::TeamColumn, fontMetrics().averageCharWidth() * 22);
    for (int day = 0; day < Participant::MaxDays; ++day)
        fitColumn(AttendanceTableModel::FirstDayColumn + day,
                  {tr("present"), tr("absent"), tr("Day %1").arg(day + 1)});
    setEntry(tr("Type a participant: name, role, team — and press Enter"), tr("New participant"),
             [this](const QString &text) { return addTyped(text); });
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        if (days != m_store->dayCount())
            ArtefactEditor::document()->undoStack()->push(m_store->changeDays(days));
    });
    connect(&m_store->registerList(), &EntityListBase::changed, this, &AttendanceEditor::showDays);
    showDays();
    refreshFooter();
}

QString AttendanceEditor::addTyped(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    Participant p;
    p.name = parts.value(0).trimmed();
    p.role = parts.value(1).trimmed();
    p.team = parts.mid(2).join(QLatin1Char(',')).trimmed();
    if (p.name.isEmpty())
        return tr("Type the participant's name first.");
    if (m_store->newcomers({p}).isEmpty())
        return tr("%1 is already in the attendance.").arg(p.name);
    p.id = document()->newId();
    document()->undoStack()->push(m_store->addParticipants({p}));
    return {};
}

void AttendanceEditor::showDays()
{
    const int days = m_store->dayCount();
    const QSignalBlocker quiet(m_days);
    m_days->setValue(days);
    for (int day = 1; day <= Participant::MaxDays; ++day)
        table()->setColumnHidden(AttendanceTableModel::FirstDayColumn + day - 1, day > days);
    refreshFooter();
}

void AttendanceEditor::removeRows(const QSet<EntityId> &ids)
{
    document()->undoStack()->push(m_store->removeParticipants(ids));
}

void AttendanceEditor::refreshFooter()
{
    QStringList days;
    for (int day = 1; day <= m_store->dayCount(); ++day) {
        QStringList absent;
        for (const Participant &p : m_store->participants().items())
            if (!p.isPresent(day))
                absent << p.name;
        days << (absent.isEmpty()
                     ? tr("Day %1: all %2 present").arg(day).arg(m_store->presentOn(day))
                     : tr("Day %1: %2 present, absent: %3")
                           .arg(day)
                           .arg(m_store->presentOn(day))
                           .arg(absent.join(QStringLiteral(", "))));
    }
    setFooter(tr("%n participant(s)", nullptr, int(m_store->participants().items().size()))
              + QStringLiteral(" · ") + days.join(QStringLiteral(" · ")));
}

} // namespace Takt
