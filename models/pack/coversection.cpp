#include "coversection.h"

#include "document/document.h"
#include "packcomposer.h"

#include <QLocale>
#include <QRegularExpression>

namespace Takt {

void CoverSection::write(PackComposer &composer, const Document &document) const
{
    const WorkshopMetadata &m = document.metadata();
    composer.beginSection(title(), QPageLayout::Portrait, false);
    composer.space(120);
    composer.paragraph(tr("Workshop session pack"), true);
    composer.title(m.title.isEmpty() ? tr("Untitled workshop") : m.title, 30);
    composer.space(18);
    // The locale's long date without the weekday: a two-day range still fits on one line.
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*")));
    QString dates;
    if (m.startDate.isValid())
        dates = QLocale().toString(m.startDate, format);
    if (m.endDate.isValid() && m.endDate != m.startDate)
        dates += QStringLiteral(" – ") + QLocale().toString(m.endDate, format);
    composer.keyValues(
        {{tr("Dates"), dates},
         {tr("Team"), m.organisation},
         {tr("Location"), m.location},
         {tr("Facilitators"),
          m.facilitators.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", "))},
         {tr("Objective"), m.objective}});
    composer.step();
}

} // namespace Takt
