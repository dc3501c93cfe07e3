"""Reading the outbox in tests as the sync agent reads it: after the captured changes are copied into it."""

from __future__ import annotations

from kelurahan_desk.core.store.outbox_fill import fill_outbox
from kelurahan_desk.core.store.unit_of_work import Store


def fill(store: Store) -> None:
    """Copies every change captured in the audit log into `outbox`, as a sync cut does first."""
    with store.write("sync", "sync.cut", capture_outbox=False) as s:
        fill_outbox(s)
