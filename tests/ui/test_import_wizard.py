"""Importing residents: mapping, preview, a report naming every refused row, and nothing saved until accepted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.residents.import_wizard import MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE, ImportWizard
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import answer_next_dialog, click_button, screenshot

ROWS = """No KK;NIK;Nama Lengkap;JK;Tanggal Lahir;RT/RW;SHDK
3273010101200001;3273014501900001;Siti Aminah;P;05-01-1990;003/005;Kepala Keluarga
3273010101200001;3273010203850002;Budi Santoso;L;02-03-1985;003/005;Suami
3273010101200002;32730155120000;Nik Pendek;P;15-12-2000;007/002;Kepala Keluarga
3273010101200002;3273015512000003;;P;15-12-2000;007/002;Anak
3273010101200003;3273010203850002;Budi Kembar;L;02-03-1985;004/005;Kepala Keluarga
3273010101200003;3273011007100004;Tanggal Aneh;L;31-02-2010;004/005;Anak
"""


@pytest.fixture
def wizard(qtbot: QtBot, context: ViewContext, tmp_path: Path) -> ImportWizard:
    path = tmp_path / "penduduk.csv"
    path.write_text(ROWS, encoding="utf-8")
    widget = ImportWizard(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.file_page.load(path)
    return widget


def test_bad_rows_are_reported_and_only_valid_rows_are_written(
    qtbot: QtBot, wizard: ImportWizard, context: ViewContext, admin: Actor
) -> None:
    assert "6 baris data" in wizard.file_page.status.text()
    screenshot(wizard, "import-1-file")
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.mapping_page
    assert mapping.combos["nik"].currentText() == "NIK"
    assert mapping.combos["name"].currentText() == "Nama Lengkap"
    assert mapping.combos["rt"].currentText() == "RT/RW"
    screenshot(wizard, "import-2-mapping")
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    assert wizard.preview_page.table.item(0, 0).text() == "3273014501900001"
    wizard.next()
    assert wizard.currentId() == REPORT_PAGE
    report = wizard.report_page
    assert "<b>6</b> baris diperiksa: <b>3</b> penduduk baru siap ditambahkan (2 KK baru)" in report.summary.text()
    rows = [[report.report.data(report.report.index(r, c)) for c in range(3)] for r in range(report.report.rowCount())]
    refused = {line: reason for line, kind, reason in rows if kind == "Ditolak"}
    assert refused == {
        "4": "NIK: NIK harus tepat 16 angka. [32730155120000]",
        "5": "Nama: Wajib diisi.",
        "6": "NIK: NIK ini sudah ada di baris 3 berkas ini; baris ini tidak diimpor. [3273010203850002]",
    }
    warned = {line: reason for line, kind, reason in rows if kind == "Peringatan"}
    assert warned == {
        "3": "NIK: NIK ini muncul lagi di baris 6; hanya baris ini yang dipakai. [3273010203850002]",
        # what the cell says, and what was taken instead
        "7": "Tanggal lahir: Tanggal tidak dapat dibaca; dipakai tanggal lahir menurut NIK (10-07-2010). [31-02-2010]",
    }
    assert context.services.residents.count(admin, "") == 0  # nothing written yet
    assert wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "") == "Terima baris yang valid"
    screenshot(wizard, "import-3-report")

    notices: list[str] = []
    context.notices.changed.connect(notices.append)
    seen = answer_next_dialog(click_button("OK"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert seen == ["3 penduduk dan 2 KK ditambahkan."]
    assert wizard.result() == QWizard.DialogCode.Accepted
    written = sorted(r.name for r in context.services.residents.search(admin, ""))
    assert written == ["Budi Santoso", "Siti Aminah", "Tanggal Aneh"]
    assert notices == ["residents"]


def test_cancelling_changes_nothing(qtbot: QtBot, wizard: ImportWizard, context: ViewContext, admin: Actor) -> None:
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.plan is not None and len(wizard.plan.new) == 3
    wizard.reject()
    assert context.services.residents.count(admin, "") == 0


def test_nik_and_name_columns_are_required(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    wizard.mapping_page.combos["name"].setCurrentIndex(0)
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    assert wizard.mapping_page.error.text() == "Pilih kolom untuk: Nama."


def test_a_file_that_is_not_a_table_cannot_go_on(qtbot: QtBot, context: ViewContext, tmp_path: Path) -> None:
    path = tmp_path / "kosong.csv"
    path.write_bytes(b"")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.file_page.load(path)
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.status.text().startswith("Berkas ini tidak dapat diimpor")
