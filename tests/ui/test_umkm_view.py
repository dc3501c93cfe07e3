"""The UMKM registry screen: a business registered through the dialog (owner found by NIK, size class shown
as amounts are typed), then found again by search and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.umkm import BusinessInput
from kelurahan_desk.ui.umkm.business_dialog import BusinessDialog
from kelurahan_desk.ui.umkm.umkm_view import UmkmView
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.programme_helpers import resident
from tests.ui.conftest import answer_guarded, screenshot
from tests.ui.test_musrenbang_details import png


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


def test_a_business_has_its_own_address_photos_and_is_found_by_rw(
    qtbot: QtBot, context: ViewContext, admin: Actor
) -> None:
    owner = resident(context.services, admin, "3273014101900001", "Siti Aminah")  # lives in RT 3 / RW 5
    umkm = context.services.programmes.umkm
    view = UmkmView(context)
    qtbot.addWidget(view)
    dialog = BusinessDialog(context, view)
    qtbot.addWidget(dialog)
    dialog.owner_box.addItem("Siti Aminah", owner)
    dialog.name.setText("Warung Nasi Bu Siti")
    dialog.address.setText("Jl. Sukarasa No. 20")
    dialog.rt.setText("2")
    dialog.rw.setText("7")
    dialog.photos.add_bytes("warung.png", png())
    screenshot(dialog, "umkm-usaha")
    dialog.save()
    saved = dialog.saved
    assert saved is not None
    assert (saved.value.address, saved.value.rt, saved.value.rw, len(saved.photo_shas)) == (
        "Jl. Sukarasa No. 20",
        2,
        7,
        1,
    )
    editing = BusinessDialog(context, view, umkm.get(admin, saved.id))
    qtbot.addWidget(editing)
    assert editing.photos.count() == 1 and editing.address.text() == "Jl. Sukarasa No. 20"
    editing.photos.add_bytes("etalase.png", png("#c62828"))
    editing.save()
    assert len(umkm.get(admin, saved.id).photo_shas) == 2

    plain = BusinessDialog(context, view)
    qtbot.addWidget(plain)
    plain.owner_box.addItem("Siti Aminah", owner)
    plain.name.setText("Jahit Bu Siti")
    plain.save()
    assert plain.saved is not None and (plain.saved.value.rt, plain.saved.value.rw) == (3, 5)  # the owner's

    view.refresh()
    qtbot.keyClicks(view.rw, "7")
    view.refresh()
    assert [r.name for r in view.model.rows()] == ["Warung Nasi Bu Siti"]


def test_edit_and_letter_wait_for_a_chosen_business(qtbot: QtBot, context: ViewContext, admin: Actor) -> None:
    owner = resident(context.services, admin, "3273014101900001", "Siti Aminah")
    context.services.programmes.umkm.register(admin, BusinessInput("Warung Nasi Bu Siti", owner, "kuliner"))
    view = UmkmView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 1
    assert not view.edit_button.isEnabled() and not view.letter_button.isEnabled()
    view.table.selectRow(0)
    assert view.edit_button.isEnabled() and view.letter_button.isEnabled()
    screenshot(view, "umkm-dipilih")
    opened: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BusinessDialog)
        opened.append(dialog.name.text())
        dialog.reject()

    failed = answer_guarded(look)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert failed == [] and opened == ["Warung Nasi Bu Siti"]
    view.refresh()  # the rows are loaded again and nothing is selected
    assert not view.edit_button.isEnabled() and not view.letter_button.isEnabled()


def test_stored_amounts_come_back_with_their_thousands_dots(qtbot: QtBot, context: ViewContext, admin: Actor) -> None:
    owner = resident(context.services, admin, "3273014101900001", "Siti Aminah")
    umkm = context.services.programmes.umkm
    business = umkm.register(
        admin, BusinessInput("Warung Nasi Bu Siti", owner, "kuliner", capital=8_000_000, yearly_sales=45_000_000)
    )
    dialog = BusinessDialog(context, existing=business)
    qtbot.addWidget(dialog)
    assert (dialog.capital.text(), dialog.sales.text()) == ("8.000.000", "45.000.000")
    dialog.save()
    stored = umkm.get(admin, business.id)
    assert (stored.value.capital, stored.value.yearly_sales) == (8_000_000, 45_000_000)  # read back unchanged


def test_the_list_shows_capital_and_yearly_sales_and_sorts_them_as_numbers(
    qtbot: QtBot, context: ViewContext, admin: Actor
) -> None:
    umkm = context.services.programmes.umkm
    small = resident(context.services, admin, "3273014101900001", "Siti Aminah")
    large = resident(context.services, admin, "3273011203850002", "Asep Sunandar")
    umkm.register(admin, BusinessInput("Warung Bu Siti", small, "kuliner", capital=8_000_000, yearly_sales=45_000_000))
    umkm.register(admin, BusinessInput("Bengkel Asep", large, "jasa", capital=120_000_000))
    view = UmkmView(context)
    qtbot.addWidget(view)
    view.refresh()
    titles = [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(view.model.columnCount())]
    capital, sales = titles.index("Modal (Rp)"), titles.index("Omzet setahun (Rp)")
    shown = {
        view.model.index(row, 0).data(): (view.model.index(row, capital).data(), view.model.index(row, sales).data())
        for row in range(view.model.rowCount())
    }
    assert shown == {"Warung Bu Siti": ("8.000.000", "45.000.000"), "Bengkel Asep": ("120.000.000", "")}
    view.table.sortByColumn(capital, Qt.SortOrder.DescendingOrder)
    assert view.table.model().index(0, 0).data() == "Bengkel Asep"
