"""Service errors and refused file rows on the command line, in the words the window uses.

The texts come from the window's message table (`ui/error_messages.py`, Qt's translation catalogue without
a translator installed: the Indonesian source strings), so a clerk reads the same sentence in both places.
It is imported only when there is something to say: loading Qt's core costs a command nothing otherwise.
"""

from __future__ import annotations

from kelurahan_desk.core.errors import DeskError, ValidationError
from kelurahan_desk.core.importing.row_problem import RowProblem


def error_text(error: DeskError) -> str:
    """One line for an expected error: `NIK: NIK harus tepat 16 angka.`, `Akun Anda tidak berhak …`."""
    from kelurahan_desk.ui.error_messages import field_label, message_for

    text = message_for(error)
    if isinstance(error, ValidationError) and error.field and error.field != "row":
        return f"{field_label(error.field)}: {text}"
    return text


def problem_line(problem: RowProblem) -> str:
    """A refused or warned row of an imported file, indented under its report's heading."""
    from kelurahan_desk.ui.error_messages import problem_text

    where = f"baris {problem.line}" if problem.line else "berkas"
    return f"  {where}: {problem_text(problem.code, problem.detail)}"
