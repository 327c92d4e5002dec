"""The primitives of the graphical org chart — boxes with their text already wrapped,
polylines, frames, free text — in the chart's own coordinates. The layout (chart_layout.py)
makes them; the scene and the exports paint them (chart_paint.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ui.orgchart.chart_style import INK, NAVY, line_height, wrap

PAD = 9.0  # inside a box


@dataclass
class BoxLine:
    text: str
    style: str
    dy: float = 0.0  # top of the line, from the top of its box


@dataclass
class ChartBox:
    kind: str  # "person" | "unit" | "legend"
    item_id: int
    x: float
    y: float
    w: float
    h: float = 0.0
    lines: list[BoxLine] = field(default_factory=list)
    fill: str = "#ffffff"
    border: str = NAVY
    border_width: float = 1.2
    accent: str = ""  # band along the top edge (the overseeing deputy's colour)
    badge: str = ""  # orange pill on the top-right corner: away today
    tag: str = ""  # navy pill on the top-left corner: "THƯỜNG TRỰC"
    tooltip: str = ""

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass
class ChartLine:
    points: list[tuple[float, float]]
    colour: str = INK
    dashed: bool = False
    width: float = 1.4


@dataclass
class ChartFrame:
    x: float
    y: float
    w: float
    h: float
    caption: str
    border: str = "#94a3b8"
    fill: str = "#f8fafc"


@dataclass
class ChartText:
    x: float
    y: float
    w: float
    text: str
    style: str
    centred: bool = False


@dataclass
class ChartLayout:
    title: str
    width: float = 0.0
    height: float = 0.0
    frames: list[ChartFrame] = field(default_factory=list)
    lines: list[ChartLine] = field(default_factory=list)
    boxes: list[ChartBox] = field(default_factory=list)
    texts: list[ChartText] = field(default_factory=list)

    def box(self, kind: str, item_id: int) -> ChartBox | None:
        return next((b for b in self.boxes if b.kind == kind and b.item_id == item_id), None)

    def all_text(self) -> list[str]:
        """Every string drawn, in drawing order (tests, accessibility)."""
        return ([f.caption for f in self.frames] + [line.text for b in self.boxes for line in b.lines]
                + [t.text for t in self.texts])



def make_box(kind: str, item_id: int, width: float, content: list[tuple[str, str]], **style: Any) -> ChartBox:
    """A box *width* wide whose height fits *content* ((text, style) pairs), wrapped."""
    box = ChartBox(kind, item_id, 0.0, 0.0, width, **style)
    y = PAD + (3.0 if box.tag or box.badge or box.accent else 0.0)
    for text, text_style in content:
        for part in wrap(text_style, text, width - 2 * PAD):
            box.lines.append(BoxLine(part, text_style, y))
            y += line_height(text_style)
        y += 2.0
    box.h = y - 2.0 + PAD
    return box


def equalise(boxes: list[ChartBox]) -> None:
    """Give a row of boxes one height, their text centred vertically."""
    tallest = max((b.h for b in boxes), default=0.0)
    for b in boxes:
        shift = (tallest - b.h) / 2
        for line in b.lines:
            line.dy += shift
        b.h = tallest
