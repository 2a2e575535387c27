"""Ruled tables from pypdfium2: cells from the lines drawn on the page, text from each cell's box.

A faxed request form is a grid of ruled cells ("Patient name | Jane Doe", "[X] Yes [ ] No").
pdfplumber's ``find_tables`` reads such a page in ~20-80 ms, because pdfminer lays out every
character first; this reader takes the page's path segments from pdfium, joins them into
horizontal and vertical rules, finds the cells the rules enclose and reads each cell with
``get_text_bounded``: ~1-3 ms a page (``python benchmarks/ingest_bench.py``).

It follows pdfplumber's "lines" strategy and its default tolerances (snap 3 pt, join 3 pt,
edges of at least 3 pt, intersections within 3 pt; the smallest enclosed rectangle at each
corner is a cell, cells that share a corner are one table), so the rows it gives are the rows
pdfplumber gives (``tests/test_pdf_tables.py`` checks that on every ruled page we ship).
A page whose rules include curves (rounded boxes) is left to pdfplumber by the caller.

Coordinates are PDF points with y growing upwards, as pdfium gives them; "top" is the larger y.
"""
from __future__ import annotations

import ctypes
from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby

SNAP = 3.0  # rules this close together are one rule
JOIN = 3.0  # a gap this short along a rule is closed
EDGE_MIN = 3.0  # a shorter stroke is a tick, not a rule
TOUCH = 3.0  # a rule reaching this close to another meets it
CELL_INSET = 0.5  # a cell's text is read inside its rules


class LeaveToPdfplumber(Exception):
    """A page this reader does not lay out and pdfplumber does: rules that curve (pdfplumber
    samples a curve's points) or tables side by side."""


@dataclass(frozen=True)
class Table:
    left: float
    bottom: float
    right: float
    top: float
    rows: tuple[tuple[str, ...], ...]


def page_rules(page, pdfium_c, object_limit: int) -> tuple[list[tuple[float, float, float]],
                                                          list[tuple[float, float, float]]]:
    """(horizontal, vertical) strokes of the page's path objects, in page space: (y, x0, x1) and
    (x, y0, y1). Raises LeaveToPdfplumber when a path holds a Bezier segment."""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for scanned, obj in enumerate(page.get_objects(max_depth=2)):
        if scanned >= object_limit:
            break
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        a, b, c, d, e, f = _page_matrix(obj)
        start = previous = None
        for index in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, index)
            if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                continue
            point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = previous = point
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
                _add_stroke(previous, point, horizontal, vertical)
                previous = point
            elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
                raise LeaveToPdfplumber
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and previous is not None:
                _add_stroke(previous, start, horizontal, vertical)
                previous = start
    return horizontal, vertical


def _page_matrix(obj) -> tuple[float, float, float, float, float, float]:
    """The object's matrix composed with those of the form XObjects that hold it."""
    matrix = obj.get_matrix()
    container = obj.container
    while container is not None:
        matrix = matrix.multiply(container.get_matrix())
        container = container.container
    return matrix.get()


def _add_stroke(one: tuple[float, float], other: tuple[float, float], horizontal: list, vertical: list) -> None:
    (x0, y0), (x1, y1) = one, other
    if abs(y1 - y0) < 0.5 and abs(x1 - x0) >= EDGE_MIN:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x1 - x0) < 0.5 and abs(y1 - y0) >= EDGE_MIN:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def merge_rules(strokes: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Strokes within SNAP of one position are one rule at their mean position; overlapping or
    nearly touching pieces along it are joined (pdfplumber's snap and join)."""
    rules = []
    for group in _snap_groups(sorted(strokes)):
        position = sum(stroke[0] for stroke in group) / len(group)
        pieces = sorted((low, high) for _, low, high in group)
        low, high = pieces[0]
        for next_low, next_high in pieces[1:]:
            if next_low <= high + JOIN:
                high = max(high, next_high)
            else:
                rules.append((position, low, high))
                low, high = next_low, next_high
        rules.append((position, low, high))
    return [rule for rule in rules if rule[2] - rule[1] >= EDGE_MIN]


def _snap_groups(strokes: list[tuple[float, float, float]]) -> list[list[tuple[float, float, float]]]:
    groups: list[list[tuple[float, float, float]]] = []
    for stroke in strokes:
        if groups and stroke[0] - groups[-1][-1][0] <= SNAP:
            groups[-1].append(stroke)
        else:
            groups.append([stroke])
    return groups


def find_tables(horizontal: list[tuple[float, float, float]], vertical: list[tuple[float, float, float]]
                ) -> list[list[tuple[float, float, float, float]]]:
    """Tables (top to bottom) as lists of cells (left, bottom, right, top), from merged rules."""
    # each crossing point, with the rules through it
    through_h: dict[tuple[float, float], set[int]] = defaultdict(set)
    through_v: dict[tuple[float, float], set[int]] = defaultdict(set)
    for v_index, (x, y0, y1) in enumerate(vertical):
        for h_index, (y, x0, x1) in enumerate(horizontal):
            if x0 - TOUCH <= x <= x1 + TOUCH and y0 - TOUCH <= y <= y1 + TOUCH:
                through_h[(x, y)].add(h_index)
                through_v[(x, y)].add(v_index)
    points = set(through_h)
    # reading order: top to bottom, left to right (y falls)
    ordered = sorted(points, key=lambda point: (-point[1], point[0]))

    def joined(one, other) -> bool:
        if one[0] == other[0]:
            return bool(through_v[one] & through_v[other])
        if one[1] == other[1]:
            return bool(through_h[one] & through_h[other])
        return False

    cells = []
    for position, corner in enumerate(ordered):
        rest = ordered[position + 1:]
        below = [point for point in rest if point[0] == corner[0]]
        right = [point for point in rest if point[1] == corner[1]]
        cell = None
        for down in below:
            if not joined(corner, down):
                continue
            for across in right:
                if not joined(corner, across):
                    continue
                far = (across[0], down[1])
                if far in points and joined(far, across) and joined(far, down):
                    cell = (corner[0], down[1], across[0], corner[1])
                    break
            if cell:
                break
        if cell:
            cells.append(cell)
    return _group_cells(cells)


def _group_cells(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """Cells that share a corner are one table (pdfplumber's cells_to_tables)."""
    def corners(cell):
        left, bottom, right, top = cell
        return {(left, top), (left, bottom), (right, top), (right, bottom)}

    remaining = list(cells)
    tables = []
    while remaining:
        table = [remaining.pop(0)]
        table_corners = corners(table[0])
        grown = True
        while grown:
            grown = False
            for cell in list(remaining):
                if corners(cell) & table_corners:
                    table.append(cell)
                    table_corners |= corners(cell)
                    remaining.remove(cell)
                    grown = True
        tables.append(table)
    tables.sort(key=lambda table: (-max(cell[3] for cell in table), min(cell[0] for cell in table)))
    return tables


def read_tables(textpage, tables: list[list[tuple[float, float, float, float]]], clean) -> list[Table]:
    """Each table's rows (cells of one top, left to right) with each cell's text, through ``clean``."""
    out = []
    for cells in tables:
        rows = []
        for _, row_cells in groupby(sorted(cells, key=lambda cell: (-cell[3], cell[0])), key=lambda cell: cell[3]):
            rows.append(tuple(_cell_text(textpage, cell, clean) for cell in row_cells))
        out.append(Table(min(cell[0] for cell in cells), min(cell[1] for cell in cells),
                         max(cell[2] for cell in cells), max(cell[3] for cell in cells), tuple(rows)))
    return out


def _cell_text(textpage, cell: tuple[float, float, float, float], clean) -> str:
    left, bottom, right, top = cell
    return clean(textpage.get_text_bounded(left=left + CELL_INSET, bottom=bottom + CELL_INSET,
                                           right=right - CELL_INSET, top=top - CELL_INSET))


def text_runs(textpage) -> list[tuple[float, float, float, float, str]]:
    """The page's runs of text (one per stretch of characters on a line, as pdfium cuts them):
    (left, bottom, right, top, text)."""
    runs = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        # just inside the run's own box, which is as tall as its glyphs: the lines around it stay out
        text = textpage.get_text_bounded(left=left + 0.1, bottom=bottom + 0.1, right=right - 0.1, top=top - 0.1)
        if text.strip():
            runs.append((left, bottom, right, top, text))
    return runs


def text_in_box(runs: list[tuple[float, float, float, float, str]], left: float, bottom: float, right: float,
                top: float) -> list[str]:
    """Lines of the runs whose middle lies in the box, top to bottom, each line's runs left to
    right: reading order, where pdfium's bounded text follows the content stream (a footer drawn
    first comes first)."""
    inside = [run for run in runs
              if left <= (run[0] + run[2]) / 2 <= right and bottom <= (run[1] + run[3]) / 2 < top]
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for run in sorted(inside, key=lambda run: -run[3]):
        middle = (run[1] + run[3]) / 2
        if lines and lines[-1][0][1] <= middle <= lines[-1][0][3]:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [_join_runs(sorted(line, key=lambda run: run[0])) for line in lines]


WORD_GAP = 3.0  # points between two runs on a line that make a space between them (pdfplumber's x_tolerance)


def _join_runs(line: list[tuple[float, float, float, float, str]]) -> str:
    """A line's runs as one string: a space between two runs where either has one at the join or a
    gap of more than WORD_GAP parts them; pdfium also cuts a run where the font changes ("A&O")."""
    text = line[0][4]
    for previous, run in zip(line, line[1:]):
        spaced = text[-1:].isspace() or run[4][:1].isspace() or run[0] - previous[2] > WORD_GAP
        text = text.rstrip() + (" " if spaced else "") + run[4].lstrip()
    return text.strip()
