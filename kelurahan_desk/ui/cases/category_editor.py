"""The category tree for the administrator: name, Open311 service code, place in the tree, and deadlines
that differ from the kind's (0 = the default, shown as "bawaan"). Ctrl+S saves, Ctrl+N starts a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.case_deadlines import MAX_DAYS
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.case_categories import CategoryInput, CategoryView
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.view_context import ViewContext

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
DEADLINES = ("verify_days", "followup_days", "answer_days", "reopen_days")


class CategoryEditor(QWidget):
    saved = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._editing: CategoryView | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Kategori"), self.tr("Kode"), self.tr("Aktif")])
        self.tree.setColumnWidth(0, 260)
        self.errors = FieldErrors()
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.name = QLineEdit()
        self.parent_box = QComboBox()
        self.days: dict[str, QSpinBox] = {}
        self.active = QCheckBox(self.tr("Aktif (dapat dipilih saat menerima kasus)"))
        self.sort_order = QSpinBox()
        self.sort_order.setRange(0, 999)
        form = QFormLayout()
        self.errors.add_row(form, "code", self.tr("&Kode layanan (Open311)"), self.code)
        self.errors.add_row(form, "name", self.tr("&Nama"), self.name)
        self.errors.add_row(form, "parent_id", self.tr("In&duk"), self.parent_box)
        titles = {
            "verify_days": self.tr("Verifikasi (hari kerja)"),
            "followup_days": self.tr("Keputusan tindak lanjut"),
            "answer_days": self.tr("Jawaban informasi"),
            "reopen_days": self.tr("Boleh dibuka kembali"),
        }
        for key in DEADLINES:
            box = QSpinBox()
            box.setRange(0, MAX_DAYS)
            box.setSpecialValueText(self.tr("bawaan"))
            self.days[key] = box
            self.errors.add_row(form, key, titles[key], box)
        self.errors.add_row(form, "sort_order", self.tr("&Urutan"), self.sort_order)
        form.addRow("", self.active)
        self.new_button = QPushButton(self.tr("Ba&ru"))
        self.save_button = QPushButton(self.tr("&Simpan"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.errors.general)
        right.addLayout(buttons)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(right, 1)
        self.tree.currentItemChanged.connect(lambda current, _old: self._edit(current))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        for keys, slot, doing in (
            (QKeySequence.StandardKey.Save, self.save, self.tr("Simpan kategori")),
            (QKeySequence.StandardKey.New, self.start_new, self.tr("Kategori baru")),
        ):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(doing)
        self.refresh()

    def focus_first(self) -> None:
        self.tree.setFocus()

    def refresh(self, keep: str | None = None) -> None:
        views = self._context.services.case_categories.tree(self._context.actor, include_inactive=True)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        self.parent_box.clear()
        self.parent_box.addItem(self.tr("(paling atas)"), None)
        for view in views:
            item = QTreeWidgetItem([view.name, view.code, self.tr("ya") if view.active else self.tr("tidak")])
            item.setData(0, VIEW_ROLE, view)
            parent = items.get(view.parent_id or "")
            (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
            items[view.id] = item
            self.parent_box.addItem("    " * view.depth + view.name, view.id)
        self.tree.expandAll()
        chosen = items.get(keep or "") or self.tree.topLevelItem(0)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)

    def _edit(self, item: QTreeWidgetItem | None) -> None:
        self.errors.clear()
        view: CategoryView | None = item.data(0, VIEW_ROLE) if item is not None else None
        self._editing = view
        if view is None:
            return
        self.code.setText(view.code)
        self.name.setText(view.name)
        self.parent_box.setCurrentIndex(max(self.parent_box.findData(view.parent_id), 0))
        for key, box in self.days.items():
            box.setValue(getattr(view, key) or 0)
        self.active.setChecked(view.active)
        self.sort_order.setValue(view.sort_order)

    def start_new(self) -> None:
        self._editing = None
        self.errors.clear()
        current = self.tree.currentItem()
        parent = current.data(0, VIEW_ROLE) if current is not None else None
        self.code.clear()
        self.name.clear()
        self.parent_box.setCurrentIndex(max(self.parent_box.findData(parent.id if parent else None), 0))
        for box in self.days.values():
            box.setValue(0)
        self.active.setChecked(True)
        self.sort_order.setValue(0)
        self.code.setFocus()

    def value(self) -> CategoryInput:
        return CategoryInput(
            code=self.code.text(),
            name=self.name.text(),
            parent_id=self.parent_box.currentData(),
            active=self.active.isChecked(),
            sort_order=self.sort_order.value(),
            **{key: box.value() or None for key, box in self.days.items()},
        )

    def save(self) -> None:
        self.errors.clear()
        service, actor = self._context.services.case_categories, self._context.actor
        try:
            if self._editing is None:
                saved = service.create(actor, self.value())
            else:
                saved = service.update(actor, self._editing.id, self.value(), expected_rev=self._editing.rev)
        except ValidationError as error:
            self.errors.show(error)
            return
        except Exception as error:
            show_error(self, error)
            return
        self.refresh(keep=saved.id)
        self.saved.emit()
