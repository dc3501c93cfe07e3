"""Letters: the worklist each role works from, the chosen letter with the steps it may take next.

The buttons follow the letter's state and the account's permissions, but the service decides: the
drafter's approve button is disabled here and refused there too. Issued letters open in the preview
(Qt's PDF view) and print at true size; a whole "ready to print" list prints as one job with progress.
Printing is offered only to accounts that may record the print, so no letter is printed without leaving
the "ready to print" list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.letter_states import LetterAction, LetterState, allows
from kelurahan_desk.core.errors import DeskError
from kelurahan_desk.core.services.letter_views import LetterDetail
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.letters.decision_dialogs import ApproveDialog, ReasonDialog
from kelurahan_desk.ui.letters.letter_summary import describe
from kelurahan_desk.ui.letters.letter_table_model import NAME_COLUMN, LetterTableModel
from kelurahan_desk.ui.letters.request_dialog import LetterRequestDialog
from kelurahan_desk.ui.text_column_fit import FillingColumn
from kelurahan_desk.ui.view_context import ViewContext

LETTERS = "letters"
S = LetterState
WORKLISTS: tuple[tuple[str, tuple[LetterState, ...]], ...] = (
    (QT_TRANSLATE_NOOP("LettersView", "Draf"), (S.DRAF,)),
    (QT_TRANSLATE_NOOP("LettersView", "Perlu diverifikasi"), (S.DIAJUKAN,)),
    (QT_TRANSLATE_NOOP("LettersView", "Perlu disetujui"), (S.DIVERIFIKASI,)),
    (QT_TRANSLATE_NOOP("LettersView", "Perlu diterbitkan"), (S.DISETUJUI,)),
    (QT_TRANSLATE_NOOP("LettersView", "Siap dicetak"), (S.TERBIT,)),
    (QT_TRANSLATE_NOOP("LettersView", "Siap diambil"), (S.DICETAK,)),
    (QT_TRANSLATE_NOOP("LettersView", "Selesai"), (S.DIAMBIL,)),
    (QT_TRANSLATE_NOOP("LettersView", "Ditolak dan dicabut"), (S.DITOLAK, S.DICABUT)),
)


PREVIEW_PRINT = QT_TRANSLATE_NOOP("LettersView", "&Pratinjau / cetak…")
PREVIEW_ONLY = QT_TRANSLATE_NOOP("LettersView", "&Pratinjau…")


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """The system's print dialog; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    return printer if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted else None


class LettersView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._letters = context.services.letters
        self._accounts = context.services.accounts
        self._current: LetterDetail | None = None
        self._names: dict[str, str] = {}
        self.printer_factory: Callable[[QWidget | None], QPrinter | None] = choose_printer
        actor = context.actor

        self.worklist = QComboBox()
        for title, _states in WORKLISTS:
            self.worklist.addItem(self.tr(title))
        self.new_button = QPushButton(self.tr("Surat &baru…"))
        self.new_button.setVisible(actor.can(Permission.DRAFT_LETTERS))
        self.may_print = actor.can(Permission.DRAFT_LETTERS)
        self.print_all_button = QPushButton(self.tr("Cetak &semua…"))
        self.print_all_button.setVisible(self.may_print)
        self.types_button = QPushButton(self.tr("&Jenis surat…"))
        self.types_button.setVisible(actor.can(Permission.MANAGE_LETTER_TYPES))
        self.register_button = QPushButton(self.tr("&Register…"))

        self.model = LetterTableModel(self, context.services.clock.zone)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self._columns = FillingColumn(self.table, NAME_COLUMN)
        self.count_label = QLabel()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        actions = (
            ("edit", QT_TRANSLATE_NOOP("LettersView", "Ubah &isian…"), Permission.DRAFT_LETTERS),
            ("submit", QT_TRANSLATE_NOOP("LettersView", "&Ajukan"), Permission.DRAFT_LETTERS),
            ("send_back", QT_TRANSLATE_NOOP("LettersView", "&Kembalikan…"), Permission.VERIFY_LETTERS),
            ("verify", QT_TRANSLATE_NOOP("LettersView", "&Verifikasi"), Permission.VERIFY_LETTERS),
            ("approve", QT_TRANSLATE_NOOP("LettersView", "Set&ujui…"), Permission.APPROVE_LETTERS),
            ("issue", QT_TRANSLATE_NOOP("LettersView", "&Terbitkan"), Permission.APPROVE_LETTERS),
            ("reject", QT_TRANSLATE_NOOP("LettersView", "T&olak…"), Permission.DRAFT_LETTERS),  # own drafts too
            ("preview", PREVIEW_PRINT if self.may_print else PREVIEW_ONLY, Permission.VIEW),
            ("hand_over", QT_TRANSLATE_NOOP("LettersView", "Sera&hkan"), Permission.DRAFT_LETTERS),
            ("revoke", QT_TRANSLATE_NOOP("LettersView", "&Cabut…"), Permission.APPROVE_LETTERS),
        )
        shown = 0
        for key, text, needs in actions:
            button = QPushButton(self.tr(text), self)
            self.buttons[key] = button
            usable = actor.can(needs) or (key == "reject" and actor.can(Permission.VERIFY_LETTERS))
            button.setVisible(usable)  # a step this account may never take is not shown at all
            if usable:
                grid.addWidget(button, shown // 3, shown % 3)
                shown += 1
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(grid)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Daftar:")))
        top.addWidget(self.worklist, 1)
        for button in (self.new_button, self.print_all_button, self.types_button, self.register_button):
            top.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 520])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.worklist.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self.show_row(current.row()))
        self.new_button.clicked.connect(self.start_request)
        self.print_all_button.clicked.connect(self.print_all)
        self.types_button.clicked.connect(self.open_type_editor)
        self.register_button.clicked.connect(self.open_register)
        self.buttons["submit"].clicked.connect(lambda: self._run(lambda d: self._letters.submit(actor, d.id)))
        self.buttons["verify"].clicked.connect(lambda: self._run(lambda d: self._letters.verify(actor, d.id)))
        self.buttons["issue"].clicked.connect(lambda: self._run(lambda d: self._letters.issue(actor, d.id)))
        self.buttons["hand_over"].clicked.connect(
            lambda: self._run(lambda d: self._letters.hand_over(actor, d.id, d.holder_name))
        )
        self.buttons["edit"].clicked.connect(self.edit_request)
        self.buttons["approve"].clicked.connect(self.approve)
        self.buttons["reject"].clicked.connect(lambda: self.ask_reason("reject"))
        self.buttons["send_back"].clicked.connect(lambda: self.ask_reason("send_back"))
        self.buttons["revoke"].clicked.connect(lambda: self.ask_reason("revoke"))
        self.buttons["preview"].clicked.connect(self.preview)
        context.notices.changed.connect(lambda topic: self.refresh() if topic == LETTERS else None)
        self.worklist.setCurrentIndex(self._default_worklist())
        self.refresh()

    def _default_worklist(self) -> int:
        actor = self._context.actor
        if actor.can(Permission.APPROVE_LETTERS):
            return 2
        if actor.can(Permission.VERIFY_LETTERS):
            return 1
        return 4

    # --- lists --------------------------------------------------------------------------------------

    def states(self) -> tuple[LetterState, ...]:
        return WORKLISTS[self.worklist.currentIndex()][1]

    def refresh(self, keep_id: str | None = None) -> None:
        keep_id = keep_id or (self._current.id if self._current else None)
        actor = self._context.actor
        rows = self._letters.worklist(actor, self.states())
        self._names = {account.username: account.full_name for account in self._accounts.list_accounts(actor)}
        self.model.set_rows(rows)
        self._columns.fit({column: self.model.column_texts(column) for column in range(self.model.columnCount())})
        self.count_label.setText(self.tr("%n surat", "", len(rows)))
        self.print_all_button.setEnabled(self.may_print and self.states() == (S.TERBIT,) and bool(rows))
        ids = [row.id for row in rows]
        if keep_id in ids:
            self.table.selectRow(ids.index(keep_id))
        elif rows:
            self.table.selectRow(0)
        else:
            self.show_detail(None)

    def show_row(self, row: int) -> None:
        found = self.model.row_at(row)
        self.show_detail(self._letters.get(self._context.actor, found.id) if found else None)

    def show_detail(self, detail: LetterDetail | None) -> None:
        self._current = detail
        zone = self._context.services.clock.zone
        empty = self.tr("Tidak ada surat di daftar ini.")
        self.summary.setText(describe(detail, zone, self._names) if detail else empty)
        actor = self._context.actor
        state = detail.state if detail else None

        def enable(key: str, action: LetterAction, permission: Permission) -> None:
            self.buttons[key].setEnabled(state is not None and allows(state, action) and actor.can(permission))

        enable("edit", LetterAction.UBAH, Permission.DRAFT_LETTERS)
        enable("submit", LetterAction.AJUKAN, Permission.DRAFT_LETTERS)
        enable("send_back", LetterAction.KEMBALIKAN, Permission.VERIFY_LETTERS)
        enable("verify", LetterAction.VERIFIKASI, Permission.VERIFY_LETTERS)
        enable("approve", LetterAction.SETUJUI, Permission.APPROVE_LETTERS)
        enable("issue", LetterAction.TERBITKAN, Permission.APPROVE_LETTERS)
        enable("reject", LetterAction.TOLAK, Permission.VERIFY_LETTERS)
        enable("hand_over", LetterAction.SERAHKAN, Permission.DRAFT_LETTERS)
        enable("revoke", LetterAction.CABUT, Permission.APPROVE_LETTERS)
        withdrawing = detail is not None and self._withdrawing(detail)
        if withdrawing:
            self.buttons["reject"].setEnabled(True)
        self.buttons["reject"].setText(self.tr("Batalkan &draf…") if withdrawing else self.tr("T&olak…"))
        self.buttons["preview"].setEnabled(detail is not None)  # before issue: the draft, to read before deciding
        drafter = detail is not None and detail.drafted_by_actor
        for key in ("approve", "issue"):
            if drafter:
                self.buttons[key].setEnabled(False)
                self.buttons[key].setToolTip(
                    self.tr("Anda menyusun atau mengubah permohonan ini; persetujuan harus oleh orang lain.")
                )
            else:
                self.buttons[key].setToolTip("")

    @staticmethod
    def _withdrawing(letter: LetterDetail) -> bool:
        """Refusing one's own draft is withdrawing it."""
        return letter.state == S.DRAF and letter.drafted_by_actor

    # --- actions ------------------------------------------------------------------------------------

    def _run(self, act: Callable[[LetterDetail], LetterDetail]) -> LetterDetail | None:
        if self._current is None:
            return None
        try:
            detail = act(self._current)
        except DeskError as error:
            show_error(self, error)
            return None
        self._changed(detail)
        return detail

    def _changed(self, detail: LetterDetail) -> None:
        self._current = detail
        self._context.notices.notify(LETTERS)
        self.refresh(detail.id)
        if self._current is None or self._current.id != detail.id:
            self.show_detail(detail)

    def edit_request(self) -> None:
        """Corrects a draft, e.g. one the verifier sent back with the reason in its history."""
        if self._current is None:
            return
        dialog = LetterRequestDialog(self._context, self, editing=self._current)
        if dialog.exec() and dialog.result_detail is not None:
            self._changed(dialog.result_detail)

    def start_request(self) -> None:
        dialog = LetterRequestDialog(self._context, self)
        if dialog.exec() and dialog.result_detail is not None:
            self._changed(dialog.result_detail)

    def approve(self) -> None:
        if self._current is None:
            return
        letter = self._current
        actor = self._context.actor
        dialog = ApproveDialog(letter, lambda approval, pw: self._letters.approve(actor, letter.id, pw, approval), self)
        if dialog.exec() and dialog.result_detail is not None:
            self._changed(dialog.result_detail)

    def ask_reason(self, kind: str) -> None:
        if self._current is None:
            return
        letter, actor = self._current, self._context.actor
        if kind == "reject" and self._withdrawing(letter):
            dialog = ReasonDialog(
                self.tr("Batalkan draf"),
                lambda r, _p: self._letters.reject(actor, letter.id, r),
                self,
                ok_text=self.tr("Batalkan draf"),
            )
        elif kind == "reject":
            dialog = ReasonDialog(
                self.tr("Tolak permohonan"),
                lambda r, _p: self._letters.reject(actor, letter.id, r),
                self,
                ok_text=self.tr("Tolak"),
            )
        elif kind == "send_back":
            dialog = ReasonDialog(
                self.tr("Kembalikan untuk diperbaiki"),
                lambda r, _p: self._letters.send_back(actor, letter.id, r),
                self,
                ok_text=self.tr("Kembalikan"),
            )
        else:
            dialog = ReasonDialog(
                self.tr("Cabut surat {0}").format(letter.number),
                lambda r, p: self._letters.revoke(actor, letter.id, r, p),
                self,
                with_password=True,
                ok_text=self.tr("Cabut surat"),
            )
        if dialog.exec() and dialog.result_detail is not None:
            self._changed(dialog.result_detail)

    def preview(self) -> QDialog | None:
        if self._current is None:
            return None
        letter = self._current
        issued = letter.number is not None
        try:
            pdf = (self._letters.pdf if issued else self._letters.draft_pdf)(self._context.actor, letter.id)
        except DeskError as error:
            show_error(self, error)
            return None
        from kelurahan_desk.ui.letters.preview_dialog import LetterPreviewDialog  # Qt's PDF module, loaded on use

        numbered = letter.number if issued else self.tr("DRAF, belum bernomor")
        dialog = LetterPreviewDialog(
            pdf,
            f"{letter.title} — {numbered}",
            self,
            printer_factory=self.printer_factory,
            can_print=issued and self.may_print and allows(letter.state, LetterAction.CETAK),
        )
        dialog.printed.connect(lambda: self._mark_printed([letter.id]))
        dialog.open()
        return dialog

    def _mark_printed(self, ids: list[str]) -> None:
        try:
            self._letters.mark_printed(self._context.actor, ids)
        except DeskError as error:
            show_error(self, error)
            return
        self._context.notices.notify(LETTERS)
        self.refresh()

    def print_all(self) -> int:
        """Every letter of the "ready to print" list in one print job, with progress; each is marked printed."""
        rows = self.model.rows()
        if not rows or not self.may_print:
            return 0
        printer = self.printer_factory(self)
        if printer is None:
            return 0
        actor = self._context.actor
        documents = [self._letters.pdf(actor, row.id) for row in rows]
        progress = QProgressDialog(self.tr("Mencetak surat…"), self.tr("Berhenti"), 0, len(rows), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setValue(done)
            progress.setLabelText(self.tr("Mencetak surat {0} dari {1}…").format(done, total))
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        from kelurahan_desk.ui.pdf_printing import print_documents  # Qt's PDF module, loaded on use

        printed = print_documents(printer, documents, report)
        progress.close()
        if printed:
            self._mark_printed([row.id for row in rows[:printed]])
        return printed

    def open_type_editor(self) -> None:
        from kelurahan_desk.ui.letters.type_editor import LetterTypeEditor

        LetterTypeEditor(self._context, self).exec()

    def open_register(self) -> None:
        from kelurahan_desk.ui.letters.register_dialog import RegisterDialog

        RegisterDialog(self._context, self).exec()
