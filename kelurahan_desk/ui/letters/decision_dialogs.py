"""Approving (with the password asked again and how the approver signs) and giving a reason (reject, return,
revoke — revoking also asks for the password). The services decide; these dialogs only collect."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import AuthError, DeskError, ValidationError
from kelurahan_desk.core.services.letter_views import Approval, LetterDetail
from kelurahan_desk.ui.confirm_password_dialog import password_field
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.form_errors import error_label

CAPACITIES = (
    ("lurah", QT_TRANSLATE_NOOP("ApproveDialog", "Lurah (ditandatangani sendiri)")),
    ("an", QT_TRANSLATE_NOOP("ApproveDialog", "a.n. Lurah (atas nama)")),
    ("plt", QT_TRANSLATE_NOOP("ApproveDialog", "Plt. Lurah (pelaksana tugas)")),
    ("plh", QT_TRANSLATE_NOOP("ApproveDialog", "Plh. Lurah (pelaksana harian)")),
)


class ApproveDialog(QDialog):
    """`act(approval, password)` is the service call; the dialog closes only when it succeeded."""

    def __init__(
        self, letter: LetterDetail, act: Callable[[Approval, str], LetterDetail], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._act = act
        self.result_detail: LetterDetail | None = None
        self.setWindowTitle(self.tr("Setujui dan terbitkan surat"))
        self.setMinimumWidth(460)
        summary = QLabel(f"{letter.title}\n{letter.holder_name}")
        self.capacity = QComboBox()
        for code, text in CAPACITIES:
            self.capacity.addItem(self.tr(text), code)
        self.delegate_title = QLineEdit()
        self.delegate_title.setPlaceholderText(self.tr("mis. Sekretaris Kelurahan (kosong: jabatan akun)"))
        self.rank = QLineEdit()
        self.rank.setPlaceholderText(self.tr("pangkat/golongan (kosong: sesuai data kantor)"))
        self.password = password_field()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Surat"), summary)
        form.addRow(self.tr("&Tanda tangan"), self.capacity)
        form.addRow(self.tr("&Jabatan a.n."), self.delegate_title)
        form.addRow(self.tr("&Pangkat"), self.rank)
        form.addRow(self.tr("&Kata sandi"), self.password)
        buttons = QDialogButtonBox()
        self.approve_button = QPushButton(self.tr("Setujui && terbitkan"))
        self.approve_button.setDefault(True)
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.approve_button.clicked.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.capacity.currentIndexChanged.connect(lambda _i: self._capacity_changed())
        self._capacity_changed()
        self.password.setFocus()

    def _capacity_changed(self) -> None:
        self.delegate_title.setEnabled(self.capacity.currentData() == "an")

    def approval(self) -> Approval:
        rank = self.rank.text().strip()
        return Approval(self.capacity.currentData(), self.delegate_title.text(), rank or None)

    def attempt(self) -> None:
        try:
            self.result_detail = self._act(self.approval(), self.password.text())
        except (AuthError, ValidationError, DeskError) as error:
            if isinstance(error, AuthError):
                self.password.clear()
            self.error.setText(message_for(error))
            self.error.setVisible(True)
            return
        self.accept()


class ReasonDialog(QDialog):
    """A reason (always) and the password (when `with_password`); `act(reason, password)` is the service call,
    on a button that says what it does (`ok_text`)."""

    def __init__(
        self,
        title: str,
        act: Callable[[str, str], LetterDetail],
        parent: QWidget | None = None,
        *,
        with_password: bool = False,
        prompt: str = "",
        ok_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._act = act
        self.result_detail: LetterDetail | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.password = password_field()
        self.password.setVisible(with_password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(prompt or self.tr("&Alasan"), self.reason)
        if with_password:
            form.addRow(self.tr("&Kata sandi"), self.password)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(ok_text or self.tr("Simpan"))
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def attempt(self) -> None:
        try:
            self.result_detail = self._act(self.reason.toPlainText(), self.password.text())
        except DeskError as error:
            self.error.setText(message_for(error))
            self.error.setVisible(True)
            return
        self.accept()
