#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Takt {

/** One improvement idea of the room: what it is, what it would change (a figure and by how
 *  much), how much it would bring and cost (the 2×2's scores), where it stands. */
struct KaizenIdea
{
    enum class Field {
        Title,
        Description,
        Tags,
        About,
        Figure,
        Change,
        Impact,
        Effort,
        Status,
        Stage
    };
    enum class Status { Proposed, Accepted, Rejected, Done };
    enum class Stage { Plan, Do, Check, Act, Done };
    /** Scores run from 1 (least) to this. */
    static constexpr int MaxScore = 10;

    EntityId id = 0;
    QString title;
    QString description;
    QString tags; // comma-separated, free: domain, team, impact area
    QString about; // a kaizen burst, a step, a KPI by name; IdeaStore links it
    QString figure; // the figure it changes: "lead time", "p95 latency"
    QString change; // by how much, with its unit: "−6 d", "−40 ms", "−€1,200 a month"
    std::optional<int> impact; // 1–10
    std::optional<int> effort; // 1–10
    Status status = Status::Proposed;
    Stage stage = Stage::Plan;

    static const FieldTable<KaizenIdea> &fields();
    int impactScore() const { return qBound(1, impact.value_or(5), MaxScore); }
    int effortScore() const { return qBound(1, effort.value_or(5), MaxScore); }
    /** The effort as a room sizes it: S up to 3, M up to 7, L above. */
    QString effortSize() const;
    QStringList tagList() const;
    /** High impact for low effort: the 2×2's top left. */
    bool isQuickWin() const
    {
        return impactScore() > MaxScore / 2 && effortScore() <= MaxScore / 2;
    }
};

} // namespace Takt
