"""Service errors and refused file rows on the command line, in the words the window uses.

The texts come from the window's message table (`ui/error_messages.py`, Qt's translation catalogue without
a translator installed: the Indonesian source strings), so a clerk reads the same sentence in both places.
It is imported only when there is something to say: loading Qt's core costs a command nothing otherwise.
"""

from __future__ import annotations

import errno

from kelurahan_desk.core.errors import DeskError, ValidationError
from kelurahan_desk.core.importing.row_problem import RowProblem


def error_text(error: DeskError) -> str:
    """One line for an expected error: `NIK: NIK harus tepat 16 angka.`, `Akun Anda tidak berhak …`."""
    from kelurahan_desk.ui.error_messages import FIELD_LABELS, field_label, message_for

    text = message_for(error)
    if isinstance(error, ValidationError) and error.field in FIELD_LABELS and error.field != "row":
        return f"{field_label(error.field)}: {text}"
    return text


def problem_line(problem: RowProblem) -> str:
    """A refused or warned row of an imported file, indented under its report's heading."""
    from kelurahan_desk.ui.error_messages import problem_text

    where = f"baris {problem.line}" if problem.line else "berkas"
    return f"  {where}: {problem_text(problem)}"


def file_error_text(error: OSError) -> str:
    """A file or folder the command could not read or write, named, with what to do about it."""
    where = error.filename or "berkas"
    if isinstance(error, PermissionError):
        return f"Tidak ada izin membaca atau menulis {where}. Pilih folder lain, atau minta izin kepada petugas TI."
    if isinstance(error, IsADirectoryError):
        return f"{where} adalah folder, bukan berkas. Sebutkan nama berkasnya."
    if isinstance(error, NotADirectoryError):
        return f"Sebagian jalur {where} adalah berkas, bukan folder. Periksa jalurnya."
    if isinstance(error, FileNotFoundError):
        return f"Berkas atau folder tidak ditemukan: {where}. Periksa jalurnya."
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"Disk penuh saat menulis {where}. Kosongkan ruang lalu coba lagi."
    return f"Gagal membaca atau menulis {where} ({error.strerror or error}). Periksa disk atau flashdisknya."
