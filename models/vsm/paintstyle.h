// The look of a map in one place: ink and accent colours, real pen widths, icon sizes, the
// spacing of labels, data boxes, connectors and the ladder, and the fonts derived from the
// caller's base font. Every painting file reads them, so they live apart from all of them, and
// the look of a map can be tuned without reading any drawing code. Namespace Takt::Paint holds
// MapPainter's internals; outside models/vsm/mappainter.cpp and its parts, only the map's views
// read its colours (views/vsm), so that the editor and the paper speak one colour language.

#pragma once

#include <QColor>
#include <QFont>
#include <QSizeF>

namespace Takt::Paint {

// Black ink on white paper; one accent for trouble, one for the selection.
inline constexpr QColor Ink(0x21, 0x21, 0x21);
inline constexpr QColor SoftInk(0x45, 0x4a, 0x4f);
inline constexpr QColor Paper(0xff, 0xff, 0xff);
inline constexpr QColor Accent(0xc6, 0x28, 0x28);
inline constexpr QColor AccentWash(0xff, 0xeb, 0xee);
inline constexpr QColor Selection(0x1e, 0x88, 0xe5);
inline constexpr QColor SelectionHalo(0xbb, 0xde, 0xfb); // opaque: fill and stroke must not add up
inline constexpr QColor KaizenFill(0xff, 0xe0, 0x82);
inline constexpr QColor TagFill(0x37, 0x47, 0x4f);
// The editor around the map: secondary text, a change for the better, the snap grid, the
// palette's step templates.
inline constexpr QColor Muted(0x54, 0x6e, 0x7a);
inline constexpr QColor Better(0x2e, 0x7d, 0x32);
inline constexpr QColor GridDot(0xcf, 0xd8, 0xdc);
inline constexpr QColor TemplateFill(0xe3, 0xf2, 0xfd);

// Real widths, never cosmetic: the PDF export scales the painter.
inline constexpr qreal OutlineWidth = 1.4;
inline constexpr qreal ThinWidth = 1.2;
inline constexpr qreal LadderWidth = 1.5;
inline constexpr qreal AlertWidth = 2.4;
inline constexpr qreal SelectionWidth = 2.0;
inline constexpr qreal SelectionMargin = 4.0;
// Bounds always leave room for the selection outline, so selecting never changes the geometry.
inline constexpr qreal BoundsMargin = SelectionMargin + SelectionWidth / 2 + 1;

// Font pixel sizes for a base font of 12 px (9 pt); they follow the base font's size.
inline constexpr int DefaultBasePx = 12;
inline constexpr int MinBasePx = 8;
inline constexpr int MaxBasePx = 24;
inline constexpr int ConnectorLabelPx = 10;

// Icon sizes in map units (1 unit = 1 px at 100 %).
inline constexpr QSizeF ProcessSize(130, 56);
inline constexpr QSizeF InventorySize(52, 46);
inline constexpr QSizeF FactorySize(100, 64);
inline constexpr QSizeF ControlSize(140, 50);
inline constexpr QSizeF TruckSize(70, 40);
inline constexpr QSizeF OperatorSize(30, 30);
inline constexpr QSizeF SupermarketSize(40, 54);
inline constexpr QSizeF FifoSize(100, 28);
inline constexpr QSizeF BufferSize(48, 44);
inline constexpr QSizeF CardSize(44, 30);
inline constexpr QSizeF SignalSize(36, 32);
inline constexpr QSizeF PostSize(30, 50);
inline constexpr QSizeF LevellingSize(80, 30);
inline constexpr QSizeF GoSeeSize(54, 24);
inline constexpr QSizeF KaizenSize(130, 70); // the smallest burst; long texts grow it
inline constexpr QSizeF QualitySize(40, 40);
inline constexpr QSizeF EmptyNoteSize(60, 18);

inline constexpr qreal BoxPadding = 6; // text inside boxes
inline constexpr qreal LabelGap = 4; // icon to the label under it
inline constexpr qreal LabelWidth = 140; // names under icons wrap here
inline constexpr int LabelLines = 3;
inline constexpr qreal NoteWidth = 200; // text notes wrap here
inline constexpr int NoteLines = 60;
inline constexpr qreal DataBoxGap = 4;
inline constexpr qreal DataBoxPadding = 3;
inline constexpr int DataRowLines = 2;
inline constexpr qreal TagGap = 3;
inline constexpr qreal TagPadding = 4;

inline constexpr int KaizenPoints = 14;
inline constexpr qreal KaizenInner = 0.76; // inner vertices, as a share of the outer radius
inline constexpr qreal KaizenMaxHalfWidth = 120;
inline constexpr int KaizenLines = 4;
// Outer radii vary a little so the burst reads as drawn, not as a gear.
inline constexpr qreal KaizenJitter[] = {1.0, 0.9, 0.97, 0.88, 1.0, 0.93, 0.86};
inline constexpr int QualityPoints = 10;

// Connectors.
inline constexpr qreal PushBandHalf = 4;
inline constexpr qreal PushHeadLength = 16;
inline constexpr qreal PushHeadHalf = 10;
inline constexpr qreal StripeWidth = 4;
inline constexpr qreal StripePeriod = 9;
inline constexpr qreal ShipmentShaftHalf = 6;
inline constexpr qreal ShipmentHeadHalf = 13;
inline constexpr qreal ShipmentHeadLength = 20;
inline constexpr qreal ThinHeadLength = 10;
inline constexpr qreal ThinHeadHalf = 4.5;
inline constexpr qreal PullRadius = 10;
inline constexpr qreal ZigHalf = 9;
inline constexpr qreal ZigLength = 28;
inline constexpr qreal HaloWidth = 7;
inline constexpr qreal LabelOffset = 4;
inline constexpr qreal ConnectorLabelMinWidth = 60;
inline constexpr qreal ConnectorLabelMaxWidth = 160;
inline constexpr int ConnectorLabelLines = 3;
inline constexpr qreal ConnectorLabelPadding = 2;
inline constexpr qreal ConnectorLabelSlack = 1.2; // connectorBounds knows no font: any family fits
inline constexpr qreal ConnectorIconLength = 60;

// Ladder.
inline constexpr qreal LadderGapBelowMap = 50;
inline constexpr qreal LadderStep = 28;
inline constexpr qreal LadderSpacing = 150; // when the map's x order does not follow the flow
inline constexpr qreal LadderLabelGap = 3;
inline constexpr qreal TotalsGap = 24;
inline constexpr qreal TotalsPadding = 6;

inline constexpr qreal MapMargin = 20;

QFont pixelFont(const QFont &base, int px, bool bold = false, bool italic = false);

/** The sizes one base font gives: titles, text, small print. */
struct Fonts
{
    explicit Fonts(const QFont &base);

    int basePx;
    QFont title;
    QFont text;
    QFont textBold;
    QFont small;
    QFont smallBold;
    QFont smallItalic;
    QFont tiny;
};

/** Geometry that must not depend on the caller's font (iconRect has none) uses this one. */
const QFont &referenceFont();

} // namespace Takt::Paint
