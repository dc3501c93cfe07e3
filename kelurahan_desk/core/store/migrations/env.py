"""Alembic environment: always run on a connection handed over by `schema.upgrade_to`."""

from __future__ import annotations

from alembic import context

from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.base import Base

models.load_all()

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
