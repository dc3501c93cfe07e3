"""The UMKM registry screen: a business registered through the dialog (owner found by NIK, size class shown
as amounts are typed), then found again by search and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.umkm.business_dialog import BusinessDialog
from kelurahan_desk.ui.umkm.umkm_view import UmkmView
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.programme_helpers import resident
from tests.ui.conftest import screenshot


def test_register_search_and_filter(qtbot: QtBot, context: ViewContext, admin: Actor) -> None:
    resident(context.services, admin, "3273014101900001", "Siti Aminah")
    view = UmkmView(context)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    dialog = BusinessDialog(context, view)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.owner_query, "3273014101900001")
    qtbot.keyClick(dialog.owner_query, Qt.Key.Key_Return)
    assert dialog.owner_box.count() == 1
    qtbot.keyClicks(dialog.name, "Keripik Tempe Bu Siti")
    qtbot.keyClicks(dialog.capital, "1.000.000.001")
    assert dialog.size_label.text() == "Usaha Kecil"
    qtbot.keyClicks(dialog.sales, "1.500.000.000")
    assert dialog.size_label.text() == "Usaha Mikro"  # micro by sales
    dialog.nib.setText("12345")
    dialog.save()
    assert "13 angka" in dialog.errors.error_text("nib")
    dialog.nib.clear()
    dialog.save()
    assert dialog.saved is not None and dialog.saved.size_class == "mikro"
    view.refresh()
    assert [r.name for r in view.model.rows()] == ["Keripik Tempe Bu Siti"]
    qtbot.keyClicks(view.search, "siti")
    view.refresh()
    assert view.model.rowCount() == 1
    view.size.setCurrentIndex(view.size.findData("menengah"))
    assert view.model.rowCount() == 0
    view.size.setCurrentIndex(0)
    screenshot(view, "umkm")
