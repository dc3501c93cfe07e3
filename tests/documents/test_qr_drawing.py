"""The QR drawn as merged runs reads back, and the same text always gives the same drawing."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kelurahan_desk.core.documents.qr_decode import decode_qr_from_file
from kelurahan_desk.core.documents.qr_drawing import QrFlowable, dark_runs, draw_qr, qr_matrix
from tests.documents.conftest import needs_poppler_and_zbar

TEXT = "KD1:32.73.01.1001|0b960d37f7e3d7c0|400.12.2.1/001/1001/XI/2026|" + "x" * 120


@given(st.lists(st.lists(st.booleans(), min_size=5, max_size=5), min_size=1, max_size=5))
def test_runs_cover_exactly_the_dark_modules(matrix: list[list[bool]]) -> None:
    rebuilt = [[False] * len(row) for row in matrix]
    for row, start, length in dark_runs(matrix):
        assert length > 0
        for column in range(start, start + length):
            assert not rebuilt[row][column]
            rebuilt[row][column] = True
    assert rebuilt == matrix


def test_runs_are_maximal() -> None:
    assert dark_runs([[True, True, False, True], [False, False, False, False], [True, True, True, True]]) == [
        (0, 0, 2),
        (0, 3, 1),
        (2, 0, 4),
    ]


def test_matrix_is_square_and_fixed_for_the_same_text() -> None:
    matrix = qr_matrix(TEXT)
    assert len(matrix) == len(matrix[0]) and (len(matrix) - 17) % 4 == 0
    assert qr_matrix(TEXT) == matrix
    assert qr_matrix(TEXT + "!") != matrix


def test_flowable_counts_the_quiet_zone() -> None:
    flowable = QrFlowable(TEXT, 27 * mm)
    modules = len(qr_matrix(TEXT))
    assert flowable.wrap(500, 500) == (27 * mm * (modules + 8) / modules,) * 2
    assert QrFlowable(TEXT, 27 * mm, quiet_zone=0).wrap(500, 500) == (27 * mm, 27 * mm)


def _page(text: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(80 * mm, 80 * mm), invariant=1)
    canvas.setFillGray(0.3)
    canvas.rect(0, 0, 80 * mm, 80 * mm, stroke=0, fill=1)  # a dark background: the quiet zone must cover it
    draw_qr(canvas, text, 20 * mm, 20 * mm, 40 * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_same_text_gives_identical_bytes() -> None:
    assert _page(TEXT) == _page(TEXT)
    assert _page(TEXT) != _page(TEXT + "!")


@needs_poppler_and_zbar
def test_drawn_qr_reads_back_over_a_dark_background(tmp_path: Path) -> None:
    pdf = tmp_path / "qr.pdf"
    pdf.write_bytes(_page(TEXT))
    assert decode_qr_from_file(pdf) == [TEXT]
