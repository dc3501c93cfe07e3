"""Letters in the window: request → verify → approve → issue → preview and print, the drafter refused,
the type editor refusing an unknown placeholder, batch printing and the verify screen."""

from __future__ import annotations

import importlib.util
import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit, QPlainTextEdit

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.letter_placeholders import FieldSpec
from kelurahan_desk.core.domain.letter_states import LetterState
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.ui.letters.decision_dialogs import ApproveDialog, ReasonDialog
from kelurahan_desk.ui.letters.letters_view import LettersView
from kelurahan_desk.ui.letters.register_dialog import RegisterDialog
from kelurahan_desk.ui.letters.request_dialog import LetterRequestDialog
from kelurahan_desk.ui.letters.type_editor import LetterTypeEditor
from kelurahan_desk.ui.letters.verify_view import VerifyView
from kelurahan_desk.ui.pdf_printing import OpenedPdf
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext
from tests.core.letter_helpers import PASSWORDS, LetterOffice, fast_password_hashing, letter_office
from tests.ui.conftest import answer_next_dialog, interface_language, screenshot, visible_letters

__all__ = ["fast_password_hashing"]
needs_qt_pdf = pytest.mark.skipif(
    importlib.util.find_spec("PySide6.QtPdf") is None, reason="Qt's PDF module (PySide6-Pdf) is not installed"
)


@pytest.fixture
def office(qapp: QApplication, services: Services, admin: Actor) -> LetterOffice:
    return letter_office(services, admin)


def context_for(office: LetterOffice, actor: Actor, settings: QSettings) -> ViewContext:
    return ViewContext(office.services, actor, InlineTaskRunner(), ChangeNotices(), settings)


def pdf_printer(path: Path):
    def factory(_parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return factory


@needs_qt_pdf
def test_request_verify_approve_issue_preview_print(qtbot, office: LetterOffice, settings, tmp_path: Path) -> None:
    desk_context = context_for(office, office.desk, settings)
    dialog = LetterRequestDialog(desk_context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.resident_search, "Siti Aminah")
    qtbot.keyClick(dialog.resident_search, Qt.Key.Key_Return)
    assert dialog.resident_id() == office.resident.id
    dialog.select_type("SKU")
    dialog.select_type("SKD")
    assert [c.text() for c in dialog.requirement_checks] == list(office.type("SKD").data.requirements)
    assert sum(not c.isHidden() for c in dialog.requirements_box.findChildren(QCheckBox)) == 3
    values = dialog.inputs.values()
    assert values["nama"] == "Siti Aminah Rahayu" and values["alamat"] == "Jl. Melati No. 10 RT 003 RW 005"
    dialog.inputs.widgets["keperluan"].setText("melamar pekerjaan")
    for check in dialog.requirement_checks:
        check.setChecked(True)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.result_detail is not None and dialog.result_detail.state == LetterState.DIAJUKAN
    letter_id = dialog.result_detail.id

    verifier_view = LettersView(context_for(office, office.verifier, settings))
    qtbot.addWidget(verifier_view)
    assert verifier_view.worklist.currentText() == "Perlu diverifikasi"
    assert not verifier_view.buttons["approve"].isEnabled()
    qtbot.mouseClick(verifier_view.buttons["verify"], Qt.MouseButton.LeftButton)
    assert office.services.letters.get(office.desk, letter_id).state == LetterState.DIVERIFIKASI

    lurah_view = LettersView(context_for(office, office.lurah, settings))
    qtbot.addWidget(lurah_view)
    lurah_view.printer_factory = pdf_printer(tmp_path / "cetak.pdf")
    assert lurah_view.buttons["approve"].isEnabled()
    approve = ApproveDialog(
        lurah_view._current, lambda a, p: office.services.letters.approve(office.lurah, letter_id, p, a), lurah_view
    )
    qtbot.addWidget(approve)
    approve.password.setText("salah-sandi")
    approve.attempt()
    assert not approve.error.isHidden() and approve.result_detail is None
    approve.password.setText(PASSWORDS["lurah"])
    approve.attempt()
    issued = approve.result_detail
    assert issued is not None and issued.state == LetterState.TERBIT and issued.number

    lurah_view.worklist.setCurrentIndex(4)
    assert lurah_view._current is not None and lurah_view._current.id == letter_id
    preview = lurah_view.preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.pdf.page_count == 1
    qtbot.waitUntil(lambda: dark_pixels(preview.view.grab().toImage()) > 2000, timeout=10_000)  # the page is drawn
    screenshot(preview, "letter-preview")
    assert preview.print_letter()
    printed = PdfReader(io.BytesIO((tmp_path / "cetak.pdf").read_bytes())).pages[0]
    width_mm, height_mm = (round(float(v) / 72 * 25.4) for v in (printed.mediabox.width, printed.mediabox.height))
    assert (width_mm, height_mm) == (210, 297)
    assert office.services.letters.get(office.desk, letter_id).state == LetterState.DICETAK


def test_the_drafter_sees_approve_disabled_and_the_service_refuses(qtbot, office: LetterOffice, settings) -> None:
    letters = office.services.letters
    own = letters.create(office.lurah, office.request(), submit=True)
    letters.verify(office.verifier, own.id)
    view = LettersView(context_for(office, office.lurah, settings))
    qtbot.addWidget(view)
    assert view._current is not None and view._current.id == own.id
    assert not view.buttons["approve"].isEnabled()
    assert "orang lain" in view.buttons["approve"].toolTip()
    dialog = ApproveDialog(view._current, lambda a, p: letters.approve(office.lurah, own.id, p, a), view)
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORDS["lurah"])
    dialog.attempt()
    assert dialog.result_detail is None and "tidak boleh menyetujui" in dialog.error.text()
    assert letters.get(office.lurah, own.id).state == LetterState.DIVERIFIKASI


@needs_qt_pdf
def test_type_editor_refuses_an_unknown_placeholder_and_previews(qtbot, office: LetterOffice, settings) -> None:
    editor = LetterTypeEditor(context_for(office, office.admin, settings))
    qtbot.addWidget(editor)
    assert editor.code.text() == "SKD"
    assert editor.preview.pixmap() is not None and not editor.preview.pixmap().isNull()
    editor.body.setPlainText("Orang tersebut untuk keperluan {keperluann}.")
    assert not editor.check_placeholders()
    assert "{keperluann}" in editor.body_error.text()
    assert not editor.save()
    assert "{keperluann}" in editor.error.text()
    editor.body.setPlainText("Orang tersebut di atas benar warga {kelurahan} untuk keperluan {keperluan}.")
    assert editor.check_placeholders() and editor.save()
    kind = office.type("SKD")
    assert kind.data.body.endswith("untuk keperluan {keperluan}.")
    screenshot(editor, "letter-type-editor")
    editor.template.setText("{kode}/{nomer}/{kode_kelurahan}/{tahun}")
    assert not editor.save_numbering() and "{nomer}" in editor.numbering_error.text()


@needs_qt_pdf
def test_print_all_ready_letters_in_one_job(qtbot, office: LetterOffice, settings, tmp_path: Path) -> None:
    for _ in range(2):
        office.issued()
    heirs = office.issued(
        "SKAW", nama_pewaris="Slamet Riyadi", tanggal_meninggal_pewaris="2026-10-02", daftar_ahli_waris="1. Budi"
    )
    view = LettersView(context_for(office, office.desk, settings))
    qtbot.addWidget(view)
    assert view.worklist.currentText() == "Siap dicetak" and view.model.rowCount() == 3
    view.printer_factory = pdf_printer(tmp_path / "semua.pdf")
    assert view.print_all() == 3
    printed = PdfReader(str(tmp_path / "semua.pdf")).pages
    sizes = [tuple(round(float(v) / 72 * 25.4) for v in (p.mediabox.width, p.mediabox.height)) for p in printed]
    order = [row.id for row in office.services.letters.worklist(office.desk, [LetterState.DICETAK])]
    # each letter on its own paper: A4, and F4 (215 × 330 mm, offered to the printer as the 8.5 × 13 in Folio)
    assert sorted(sizes) == [(210, 297), (210, 297), (216, 330)]
    assert view.model.rowCount() == 0 and len(order) == 3
    # true size: the ink of the printed F4 page sits where the letter's own PDF has it
    original = office.services.letters.pdf(office.desk, heirs.id)
    f4_page = sizes.index((216, 330))
    assert ink_box(original, 0) == pytest.approx(ink_box((tmp_path / "semua.pdf").read_bytes(), f4_page), abs=2)


def dark_pixels(image: QImage) -> int:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride, width = bytes(grey.constBits()), grey.bytesPerLine(), grey.width()
    dark = bytes(1 if value < 128 else 0 for value in range(256))
    return sum(data[y * stride : y * stride + width].translate(dark).count(1) for y in range(grey.height()))


def ink_box(pdf: bytes, page: int) -> tuple[int, int, int, int]:
    """Left, top, right and bottom of the page's ink, in pixels at 50 dpi from the paper's corner."""
    opened = OpenedPdf(pdf)
    points = opened.page_points(page)
    image = opened.document.render(page, QSize(round(points.width() * 50 / 72), round(points.height() * 50 / 72)))
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride, width = bytes(grey.constBits()), grey.bytesPerLine(), grey.width()
    dark = bytes(1 if value < 128 else 0 for value in range(256))
    rows = [data[y * stride : y * stride + width].translate(dark) for y in range(grey.height())]
    inked = [y for y, row in enumerate(rows) if 1 in row]
    return (
        min(rows[y].find(1) for y in inked),
        inked[0],
        max(rows[y].rfind(1) for y in inked),
        inked[-1],
    )


def test_verify_screen(qtbot, office: LetterOffice, settings) -> None:
    letter = office.issued()
    view = VerifyView(context_for(office, office.desk, settings))
    qtbot.addWidget(view)
    view.payload.setPlainText(letter.qr_payload)
    check = view.check_text()
    assert check is not None and check.ok
    assert view.verdict.text().startswith("ASLI") and view.labels["number"].text() == letter.number
    view.payload.setPlainText(letter.qr_payload.replace("SKD", "SKU"))
    assert not view.check_text().ok
    assert view.verdict.text().startswith("TIDAK ASLI")


def test_register_dialog_lists_the_year_and_saves_it(qtbot, office: LetterOffice, settings, tmp_path: Path) -> None:
    kept = office.issued()
    revoked = office.issued("SKTM")
    office.services.letters.revoke(office.lurah, revoked.id, "Salah nama", PASSWORDS["lurah"])
    dialog = RegisterDialog(context_for(office, office.admin, settings))
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2026 and dialog.model.rowCount() == 2
    shown = {dialog.model.index(r, 1).data(): dialog.model.index(r, 7).data() for r in range(2)}
    assert shown == {kept.number: "Terbit", revoked.number: "Dicabut"}
    assert dialog.model.index(0, 2).data() == "27 November 2026"
    assert dialog.count_label.text() == "2 nomor"
    screenshot(dialog, "letter-register")
    dialog.year.setValue(2025)
    assert dialog.model.rowCount() == 0 and dialog.count_label.text() == "0 nomor"
    dialog.year.setValue(2026)
    assert dialog.save(tmp_path / "register.csv") == 2
    assert "Dicabut: Salah nama" in (tmp_path / "register.csv").read_text("utf-8-sig")
    reader = replace(office.desk, username="tamu", role=Role.READ_ONLY)
    read_only = RegisterDialog(context_for(office, reader, settings))
    qtbot.addWidget(read_only)
    assert read_only.model.rowCount() == 2 and read_only.save_button.isHidden()


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_approve_dialog_has_alt_letters_of_its_own(
    qtbot, qapp: QApplication, office: LetterOffice, tmp_path: Path, language: str
) -> None:
    letters = office.services.letters
    letter = letters.create(office.desk, office.request(), submit=True)
    with interface_language(qapp, language, tmp_path):
        dialog = ApproveDialog(letter, lambda a, p: letters.approve(office.lurah, letter.id, p, a))
        qtbot.addWidget(dialog)
        dialog.show()
        assert visible_letters(dialog) == {}


def test_a_letter_sent_back_is_corrected_and_submitted_again(qtbot, office: LetterOffice, settings) -> None:
    letters = office.services.letters
    sent = letters.create(office.desk, office.request(keperluan="melamar pekerjaan"), submit=True)
    letters.send_back(office.verifier, sent.id, "Keperluan kurang jelas: sebutkan perusahaannya")
    view = LettersView(context_for(office, office.desk, settings))
    qtbot.addWidget(view)
    view.worklist.setCurrentIndex(0)  # "Draf": it is back with the clerk
    assert view._current is not None and view._current.id == sent.id
    assert view.buttons["edit"].isEnabled()

    dialog = LetterRequestDialog(view._context, view, editing=view._current)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ubah permohonan surat" and not dialog.type_combo.isEnabled()
    assert dialog.resident_id() == office.resident.id
    purpose = dialog.inputs.widgets["keperluan"]
    assert isinstance(purpose, QLineEdit | QPlainTextEdit)
    text = purpose.text() if isinstance(purpose, QLineEdit) else purpose.toPlainText()
    assert text == "melamar pekerjaan"
    assert all(check.isChecked() for check in dialog.requirement_checks)
    if isinstance(purpose, QLineEdit):
        purpose.setText("melamar pekerjaan di PT Kereta Api Indonesia")
    else:
        purpose.setPlainText("melamar pekerjaan di PT Kereta Api Indonesia")
    dialog.submit_button.click()

    corrected = letters.get(office.desk, sent.id)
    assert corrected.state == LetterState.DIAJUKAN
    assert corrected.values["keperluan"] == "melamar pekerjaan di PT Kereta Api Indonesia"
    view.refresh()
    view.worklist.setCurrentIndex(1)
    assert view._current is not None and not view.buttons["edit"].isEnabled()  # submitted: the verifier's now


@needs_qt_pdf
def test_the_lurah_reads_the_letter_before_signing_it(qtbot, office: LetterOffice, settings) -> None:
    verified = office.verified()
    view = LettersView(context_for(office, office.lurah, settings))
    qtbot.addWidget(view)
    assert view._current is not None and view._current.id == verified.id  # "Perlu disetujui" opens first
    assert view.buttons["preview"].isEnabled() and view.buttons["approve"].isEnabled()
    dialog = view.preview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith("— DRAF, belum bernomor")
    assert not dialog.print_button.isVisible()  # a draft is read, never printed as a letter
    dialog.reject()
    assert office.services.letters.get(office.lurah, verified.id).number is None


def test_the_clerk_withdraws_a_draft_of_their_own_by_that_name(qtbot, office: LetterOffice, settings) -> None:
    letters = office.services.letters
    draft = letters.create(office.desk, office.request())
    view = LettersView(context_for(office, office.desk, settings))
    qtbot.addWidget(view)
    view.worklist.setCurrentIndex(0)
    assert view._current is not None and view._current.id == draft.id
    assert view.buttons["reject"].text() == "Batalkan &draf…" and view.buttons["reject"].isEnabled()
    seen: list[tuple[str, str]] = []

    def withdraw(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        seen.append((dialog.windowTitle(), dialog.ok_button.text()))
        dialog.reason.setPlainText("Pemohon membatalkan permohonannya")
        dialog.ok_button.click()

    answer_next_dialog(withdraw)
    view.buttons["reject"].click()
    assert seen == [("Batalkan draf", "Batalkan draf")]
    assert letters.get(office.desk, draft.id).state == LetterState.DITOLAK
    view.worklist.setCurrentIndex(1)  # another's submitted letter: the verifier's "Tolak…"
    assert view.buttons["reject"].text() == "T&olak…"


def test_each_account_sees_only_the_steps_its_role_may_take(qtbot, office: LetterOffice, settings) -> None:
    shown: dict[str, set[str]] = {}
    for name, actor in (("petugas", office.desk), ("kasi", office.verifier), ("lurah", office.lurah)):
        view = LettersView(context_for(office, actor, settings))
        qtbot.addWidget(view)
        view.show()
        shown[name] = {key for key, button in view.buttons.items() if button.isVisible()}
    assert shown["petugas"] == {"edit", "submit", "reject", "preview", "hand_over"}
    assert {"verify", "send_back", "reject", "preview"} <= shown["kasi"]
    assert {"approve", "issue", "revoke"} <= shown["lurah"] and "approve" not in shown["kasi"]


def test_a_draft_is_corrected_with_the_fields_it_was_made_with(qtbot, office: LetterOffice, settings) -> None:
    letters, types = office.services.letters, office.services.letter_types
    draft = letters.create(office.desk, office.request(keperluan="melamar pekerjaan"))
    kind = office.type("SKD")
    changed = replace(
        kind.data,
        fields=(*(f for f in kind.data.fields if f.key != "pekerjaan"), FieldSpec("nomor_baru", "Nomor baru")),
        active=False,
    )
    types.update(office.admin, kind.id, changed, kind.rev)  # the type changed since, and is no longer offered
    view = LettersView(context_for(office, office.desk, settings))
    qtbot.addWidget(view)
    view.worklist.setCurrentIndex(0)
    assert view._current is not None and view._current.id == draft.id
    dialog = LetterRequestDialog(view._context, view, editing=view._current)
    qtbot.addWidget(dialog)
    assert "pekerjaan" in dialog.inputs.widgets and "nomor_baru" not in dialog.inputs.widgets
    assert not dialog.resident_search.isEnabled() and dialog.type_combo.currentText().startswith(draft.title)
    dialog.save_button.click()
    saved = letters.get(office.desk, draft.id)
    assert saved.values["pekerjaan"] == draft.values["pekerjaan"] != ""  # nothing lost by saving unchanged
