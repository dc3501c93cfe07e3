"""`ResidentTableModel` without a view: rows in, texts and sort keys out."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from kelurahan_desk.core.services.residents import ResidentRow
from kelurahan_desk.ui.amount_texts import thousands
from kelurahan_desk.ui.residents.table_model import ROW_ROLE, SORT_ROLE, ResidentTableModel

SITI = ResidentRow("1", "3273014501900001", "Siti Aminah", "P", date(1990, 1, 5), 3, 5, "3273010101200001", "hidup")
BUDI = ResidentRow("2", "3273010203850002", "Budi Santoso", "L", None, None, None, None, "pindah")


def test_rows_show_as_the_clerk_reads_them() -> None:
    model = ResidentTableModel()
    model.set_rows([SITI, BUDI])
    assert model.rowCount() == 2 and model.columnCount() == 7
    texts = [model.data(model.index(0, column)) for column in range(7)]
    assert texts == ["3273014501900001", "Siti Aminah", "P", "05-01-1990", "003/005", "3273010101200001", "Hidup"]
    assert [model.data(model.index(1, column)) for column in (3, 4, 5, 6)] == ["", "", "", "Pindah"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Nama"
    assert model.data(model.index(0, 0), ROW_ROLE) is SITI
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_append_and_find_rows() -> None:
    model = ResidentTableModel()
    model.set_rows([SITI])
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.append_rows([BUDI])
    assert inserted == [(1, 1)]
    assert model.row_of("2") == 1 and model.row_of("nope") == -1
    model.set_rows([])
    assert model.rowCount() == 0


@given(st.lists(st.tuples(st.text(min_size=1, max_size=20), st.dates()), max_size=20))
def test_sort_role_orders_names_without_case_and_dates_in_time(entries: list[tuple[str, date]]) -> None:
    rows = [
        ResidentRow(str(i), "1" * 16, name, "L", born, None, None, None, "hidup")
        for i, (name, born) in enumerate(entries)
    ]
    model = ResidentTableModel()
    model.set_rows(rows)
    names = [model.data(model.index(r, 1), SORT_ROLE) for r in range(len(rows))]
    days = [model.data(model.index(r, 3), SORT_ROLE) for r in range(len(rows))]
    assert names == [name.casefold() for name, _ in entries]
    assert days == [born.toordinal() for _, born in entries]


def test_numbers_are_written_the_indonesian_way() -> None:
    assert thousands(60000) == "60.000"

