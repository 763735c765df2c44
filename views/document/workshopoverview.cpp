#include "workshopoverview.h"

#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/document.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Takt {

WorkshopOverview::WorkshopOverview(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                    | Qt::LinksAccessibleByKeyboard);
    m_text->setObjectName(QStringLiteral("overview"));
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("takt:")))
            Q_EMIT openRequested(link.mid(5).toLongLong());
    });
    m_text->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto *edit = new QPushButton(tr("Edit Workshop Properties…"), this);
    connect(edit, &QPushButton::clicked, this, &WorkshopOverview::editRequested);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_text);
    layout->addWidget(edit, 0, Qt::AlignLeft);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(document, &Document::metadataChanged, this, &WorkshopOverview::refresh);
    for (ArtefactStore *store : document->stores()) {
        connect(store, &ArtefactStore::outlineInserted, this, &WorkshopOverview::refresh);
        connect(store, &ArtefactStore::outlineRemoved, this, &WorkshopOverview::refresh);
        connect(store, &ArtefactStore::outlineChanged, this, &WorkshopOverview::refresh);
    }
    refresh();
}

void WorkshopOverview::refresh()
{
    const WorkshopMetadata &m = m_document->metadata();
    auto row = [](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<tr><td style='padding-right:16px;color:#546e7a'>%1</td>"
                              "<td>%2</td></tr>")
            .arg(label.toHtmlEscaped(),
                 value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QString dates;
    if (m.startDate.isValid())
        dates = QLocale().toString(m.startDate, QLocale::LongFormat);
    if (m.endDate.isValid() && m.endDate != m.startDate)
        dates += QStringLiteral(" – ") + QLocale().toString(m.endDate, QLocale::LongFormat);
    QString html
        = QStringLiteral("<h1>%1</h1>")
              .arg((m.title.isEmpty() ? tr("Untitled workshop") : m.title).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Team"), m.organisation);
    html += row(tr("Dates"), dates);
    html += row(tr("Location"), m.location);
    html += row(tr("Facilitators"), m.facilitators);
    html += row(tr("Objective"), m.objective);
    html += QStringLiteral("</table>");
    if (!m.notes.isEmpty())
        html
            += QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(tr("Notes").toHtmlEscaped(),
                        m.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    // What each kind holds: its name, its artefacts with their status, or how to start one.
    for (const ArtefactStore *store : m_document->stores()) {
        html += QStringLiteral("<h3>%1</h3>").arg(store->kind().name().toHtmlEscaped());
        const QList<EntityId> artefacts = store->artefacts();
        if (artefacts.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(store->kind().emptyHint().toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (EntityId id : artefacts) {
            const QString status = store->outlineData(id, ArtefactStore::StatusRole).toString();
            html += QStringLiteral("<li><a href='takt:%1'>%2</a>")
                        .arg(id)
                        .arg(store->artefactName(id).toHtmlEscaped());
            if (!status.isEmpty())
                html += QStringLiteral(" <span style='color:#546e7a'>(%1)</span>")
                            .arg(status.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_text->setText(html);
}

} // namespace Takt
