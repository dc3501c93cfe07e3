"""First run: the wizard makes the administrator and the office in one go; errors stop it beside the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Role
from kelurahan_desk.ui.setup_wizard import ADMIN, DETAILS, REGION, SUMMARY, WELCOME, SetupWizard
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from tests.ui.conftest import interface_language, screenshot, visible_letters

REGIONS_CSV = """kode,nama
32,Jawa Barat
32.73,Kota Bandung
32.73.01,Sukasari
32.73.01.1001,Sukarasa
32.73.01.1002,Gegerkalong
32.73.01.2001,Desa Contoh
"""


def make_wizard(qtbot: QtBot, services: Services, settings: QSettings) -> SetupWizard:
    wizard = SetupWizard(services, InlineTaskRunner(), settings)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_admin(wizard: SetupWizard, password_again: str = "rahasia-admin-1") -> None:
    page = wizard.admin_page
    page.username.setText("Admin")
    page.full_name.setText("Administrator Kantor")
    page.password.setText("rahasia-admin-1")
    page.password_again.setText(password_again)


def test_fill_by_hand_and_finish(qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path) -> None:
    wizard = make_wizard(qtbot, services, settings)
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    screenshot(wizard, "setup-1-welcome")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ADMIN
    required = ("username", "full_name", "password", "password_again")
    assert [wizard.admin_page.errors.error_text(field) for field in required] == ["Wajib diisi."] * 4
    fill_admin(wizard, password_again="lain-sekali-1")
    wizard.next()
    assert wizard.currentId() == ADMIN
    assert wizard.admin_page.errors.error_text("password_again") == "Kedua kata sandi tidak sama."
    screenshot(wizard, "setup-2-admin-error")
    wizard.admin_page.password_again.setText("rahasia-admin-1")
    wizard.next()
    assert wizard.currentId() == REGION

    identity = wizard.region_page.identity
    identity.code.setText("32.73.01.2001")
    wizard.next()
    assert wizard.currentId() == REGION
    assert identity.errors.error_text("code").startswith("Kode harus kode kelurahan")
    names = ("province_name", "city_name", "district_name", "village_name")
    assert [identity.errors.error_text(name) for name in names] == ["Wajib diisi."] * 4  # all at once
    assert identity.code.hasFocus()
    screenshot(wizard, "setup-3-region-errors")
    identity.fill(
        {
            "code": "32.73.01.1001",
            "province_name": "Jawa Barat",
            "city_kind": "KOTA",
            "city_name": "Bandung",
            "district_name": "Sukasari",
            "village_name": "Sukarasa",
        }
    )
    assert identity.errors.error_text("code") == ""  # a pick or a fill takes the old complaint away
    screenshot(wizard, "setup-3-region")
    wizard.next()
    assert wizard.currentId() == DETAILS

    details = wizard.details_page.details
    assert details.place_name.text() == "Bandung"
    details.address.setText("Jl. Sukarasa No. 1 & <Blok C>")
    details.postcode.setText("40152")
    details.lurah_name.setText("Drs. Asep Sunandar")
    details.lurah_nip.setText("1975 0101 2000 03 1 001")
    details.lurah_rank.setText("Penata Tingkat I (III/d)")
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("darkgreen"))
    emblem = tmp_path / "lambang.png"
    image.save(str(emblem))
    not_a_picture = tmp_path / "lambang-palsu.png"
    not_a_picture.write_text("bukan gambar")
    huge = tmp_path / "lambang-besar.png"
    huge.write_bytes(b"\x89PNG" + bytes(2_100_000))
    assert details.emblem.load_file(emblem)
    assert not details.emblem.load_file(not_a_picture)
    assert details.errors.error_text("emblem_png") == (
        "Berkas lambang-palsu.png bukan gambar PNG. Simpan lambang sebagai PNG lalu pilih lagi."
    )
    assert not details.emblem.load_file(huge)
    assert details.errors.error_text("emblem_png").startswith("Gambar terlalu besar (2,1 MB); paling besar 2 MB.")
    assert details.emblem.png is not None and details.emblem.png == emblem.read_bytes()  # the good one stays
    assert details.emblem.load_file(emblem)
    assert details.errors.error_text("emblem_png") == ""
    details.email.setText("bukan-email")
    details.lurah_nip.setText("1975 0101 2000")
    wizard.next()
    assert wizard.currentId() == DETAILS
    assert details.errors.error_text("email") == "Alamat email tidak valid."
    assert details.errors.error_text("lurah_nip") == "NIP harus tepat 18 angka."  # both at once
    assert details.email.hasFocus()
    details.lurah_nip.setText("1975 0101 2000 03 1 001")
    details.email.selectAll()
    qtbot.keyClicks(details.email, "kel.sukarasa@bandung.go.id")
    assert details.errors.error_text("email") == ""  # the clerk's correction takes the stale error away
    screenshot(wizard, "setup-4-details")
    wizard.next()
    assert wizard.currentId() == SUMMARY
    assert "Jl. Sukarasa No. 1 &amp; &lt;Blok C&gt;" in wizard.summary_page.summary.text()
    screenshot(wizard, "setup-5-summary")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.actor is not None and wizard.actor.username == "admin" and wizard.actor.role == Role.ADMINISTRATOR
    profile = services.office.profile()
    assert profile is not None
    assert (profile.code, profile.village_name, profile.lurah_nip) == (
        "32.73.01.1001",
        "Sukarasa",
        "197501012000031001",
    )
    assert profile.emblem_png is not None and profile.emblem_png.startswith(b"\x89PNG")
    assert services.accounts.login("admin", "rahasia-admin-1").role == Role.ADMINISTRATOR
    key_id = services.office_keys.current_key_id()  # the letter-signing key is made with the office
    assert key_id is not None and list(services.office_keys.public_keys()) == [key_id]


def test_pick_the_kelurahan_from_an_imported_region_file(
    qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path
) -> None:
    regions = tmp_path / "wilayah.csv"
    regions.write_text(REGIONS_CSV, encoding="utf-8")
    wizard = make_wizard(qtbot, services, settings)
    wizard.next()
    fill_admin(wizard)
    wizard.next()
    picker = wizard.region_page.picker
    assert "belum ada" in picker.status.text()
    picker.import_file(regions)
    assert "6 wilayah" in picker.status.text()
    picker.select_code("32.73.01.1001")
    villages = [picker.village.itemText(i) for i in range(picker.village.count())]
    assert villages == ["— pilih —", "Sukarasa  (32.73.01.1001)", "Gegerkalong  (32.73.01.1002)"]  # no desa
    identity = wizard.region_page.identity.value()
    assert identity == {
        "code": "32.73.01.1001",
        "province_name": "Jawa Barat",
        "city_kind": "KOTA",
        "city_name": "Bandung",
        "district_name": "Sukasari",
        "village_name": "Sukarasa",
    }
    screenshot(wizard, "setup-3-region-picked")
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert services.office.is_set_up()


def test_an_error_found_at_the_end_goes_back_to_its_page(
    qtbot: QtBot, services: Services, settings: QSettings, admin: object
) -> None:
    wizard = make_wizard(qtbot, services, settings)
    wizard.next()
    fill_admin(wizard)
    wizard.next()
    wizard.region_page.identity.fill(
        {
            "code": "32.73.01.1001",
            "province_name": "Jawa Barat",
            "city_name": "Bandung",
            "district_name": "Sukasari",
            "village_name": "Sukarasa",
        }
    )
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()  # the office is set up already (fixture `admin`)
    assert wizard.actor is None
    assert wizard.currentId() == REGION
    assert wizard.region_page.identity.errors.error_text("code") == "Pengaturan awal sudah pernah dilakukan."


@pytest.mark.parametrize("language", ["id", "en"])
def test_each_wizard_page_has_alt_letters_of_its_own(
    qtbot: QtBot, qapp: QApplication, services: Services, settings: QSettings, tmp_path: Path, language: str
) -> None:
    with interface_language(qapp, language, tmp_path):
        wizard = make_wizard(qtbot, services, settings)
        clashes = {wizard.currentId(): visible_letters(wizard)}
        wizard.next()
        fill_admin(wizard)
        clashes[wizard.currentId()] = visible_letters(wizard)
        wizard.next()
        wizard.region_page.identity.fill(
            {"code": "32.73.01.1001", "province_name": "Jawa Barat", "city_kind": "KOTA", "city_name": "Bandung",
             "district_name": "Sukasari", "village_name": "Sukarasa"}
        )
        clashes[wizard.currentId()] = visible_letters(wizard)
        wizard.next()
        clashes[wizard.currentId()] = visible_letters(wizard)
    assert list(clashes) == [WELCOME, ADMIN, REGION, DETAILS]
    assert all(found == {} for found in clashes.values()), clashes
