#pragma once

#include "packsection.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace Takt {

/** The contents: every listed section with the page it starts on, known from the
 *  measuring pass. */
class ContentsSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(ContentsSection)

public:
    QString key() const override { return QStringLiteral("contents"); }
    QString title() const override { return tr("Contents"); }
    bool hasContent(const Document &) const override { return true; }
    bool listedInContents() const override { return false; }
    void write(PackComposer &composer, const Document &document) const override;

    /** Set before writing: the entries, with their pages (0 in the measuring pass). */
    void setEntries(const QList<QPair<QString, int>> &entries) { m_entries = entries; }

private:
    QList<QPair<QString, int>> m_entries;
};

} // namespace Takt
