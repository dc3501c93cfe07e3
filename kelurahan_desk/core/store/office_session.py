"""The ORM session of the office store, whose flushes go through change capture.

Imported by the store's first ORM read or write (`Store.read`, `Store.write`), never to open the window.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kelurahan_desk.core.store.change_capture import install_change_capture


class OfficeSession(Session):
    """Session class whose flushes go through change capture."""


install_change_capture(OfficeSession)
