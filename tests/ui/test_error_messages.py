"""Every error code the services raise has a message; unknown codes still say something useful."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from kelurahan_desk.core.errors import AuthError, Finding, NotFound, PermissionDenied, StoreError, ValidationError
from kelurahan_desk.core.importing.row_problem import RowProblem
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.error_messages import MESSAGES, message_for, problem_text

CORE = Path(__file__).resolve().parents[2] / "kelurahan_desk" / "core"
RAISED = {"ValidationError": 1, "Finding": 1, "RowProblem": 1, "AuthError": 0, "StoreError": 0}
# The foundation's services and what they call; other areas add their codes to the table with their views.
FOUNDATION = [
    *(CORE / "services" / f"{name}.py" for name in ("accounts", "office", "regions", "backup", "restore")),
    *(CORE / "services").glob("resident*.py"),
    CORE / "domain" / "identity_numbers.py",
    CORE / "domain" / "region_codes.py",
    *(CORE / "importing").glob("*.py"),
    *(CORE / "store").rglob("*.py"),
]


def raised_codes() -> set[str]:
    """Literal codes in `ValidationError(field, "code")`, `Finding`, `RowProblem`, `AuthError`, `StoreError` calls."""
    codes: set[str] = set()
    for path in FOUNDATION:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RAISED:
                position = RAISED[node.func.id]
                if len(node.args) > position:
                    arg = node.args[position]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        codes.add(arg.value.rpartition(":")[2])  # import problems are "<field>:<reason>"
    return codes


def test_every_code_the_foundation_raises_has_a_message() -> None:
    codes = raised_codes()
    assert "username_taken" in codes  # the scan sees the services
    assert sorted(codes - MESSAGES.keys()) == []


def test_permissions_have_messages_for_what_the_foundation_checks() -> None:
    for permission in (Permission.MANAGE_ACCOUNTS, Permission.EDIT_RESIDENTS, Permission.RESTORE):
        assert "(" not in message_for(PermissionDenied(permission.value))


def test_messages_fill_their_parameters() -> None:
    error = ValidationError("nik", "nik_duplicate", {"other_id": "x", "other_name": "Siti Aminah"})
    assert message_for(error) == "NIK ini sudah dipakai oleh Siti Aminah (penduduk lain yang masih hidup)."
    assert message_for(AuthError("locked", 7.2)) == "Terlalu banyak percobaan, coba lagi dalam 7 detik."
    assert "{" not in message_for(Finding("nik", "nik_region_unknown", {"prefix": "99.99.99"}))


def test_unknown_codes_fall_back_to_a_generic_message_with_the_code() -> None:
    assert message_for(ValidationError("x", "brand_new_rule")) == "Terjadi kesalahan (brand_new_rule)."
    assert "(launch_rockets)" in message_for(PermissionDenied("launch_rockets"))
    assert message_for(StoreError("already_running")).startswith("Kelurahan Desk sudah terbuka")
    assert "Muat ulang" in message_for(NotFound("resident", "1"))


def test_import_problems_name_the_field_and_the_reason() -> None:
    assert problem_text(RowProblem(2, "nik:nik_length")) == "NIK: NIK harus tepat 16 angka."
    assert problem_text(RowProblem(3, "birth_date:invalid_date", "31-02-1990")) == (
        "Tanggal lahir: Tanggal tidak dapat dibaca. [31-02-1990]"
    )
    assert problem_text(RowProblem(4, "name:too_long", params={"max": 100})) == (
        "Nama: Terlalu panjang (paling banyak 100 huruf)."
    )
    assert problem_text(RowProblem(5, "name:too_long")) == "Nama: Terlalu panjang (paling banyak … huruf)."
    assert problem_text(RowProblem(6, "row:empty")) == "Baris kosong."
    assert problem_text(RowProblem(8, "birth_date:date_from_nik", "31-13-1990", {"date": date(1990, 7, 15)})) == (
        "Tanggal lahir: Tanggal tidak dapat dibaca; dipakai tanggal lahir menurut NIK (15-07-1990). [31-13-1990]"
    )
    assert problem_text(RowProblem(9, "nik:nik_duplicate_in_file", "3273011003850002", {"line": 2})) == (
        "NIK: NIK ini sudah ada di baris 2 berkas ini; baris ini tidak diimpor. [3273011003850002]"
    )
    assert problem_text(RowProblem(2, "nik:nik_repeated_later", "3273011003850002", {"line": 9})) == (
        "NIK: NIK ini muncul lagi di baris 9; hanya baris ini yang dipakai. [3273011003850002]"
    )


def test_a_record_that_differs_names_the_differing_fields_as_the_form_labels_them() -> None:
    assert problem_text(RowProblem(7, "nik:exists_different", "name, birth_place, kk, rt")) == (
        "NIK: NIK ini sudah terdaftar dengan data yang berbeda; ubah datanya langsung di layar Penduduk. "
        "[Nama, Tempat lahir, No. KK, RT]"
    )
    assert problem_text(RowProblem(7, "nik:exists_died", "religion")).endswith("tercatat meninggal, dengan data yang "
                                                                              "berbeda; data yang tersimpan tidak "
                                                                              "diubah. [Agama]")
