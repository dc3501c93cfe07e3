"""A failure of the store met where no service turned it into a `StoreError` (a read that hit a damaged page,
a disk that failed under a list), as the error the window can tell plainly."""

from __future__ import annotations

from kelurahan_desk.core.errors import StoreError
from kelurahan_desk.core.store.sqlite_errors import failure_code, is_damage


def store_failure(exc: BaseException) -> StoreError | None:
    """`store_corrupt`, `disk_full`, `io_error` or `no_permission` for such a failure; None for anything else."""
    code = "store_corrupt" if is_damage(exc) else failure_code(exc)
    return StoreError(code, str(exc)) if code is not None else None
