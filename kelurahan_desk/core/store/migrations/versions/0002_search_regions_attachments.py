"""Name search index for residents, the region table, attachments.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment")),
    )
    op.create_table(
        "region",
        sa.Column("code", sa.String(length=13), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("parent_code", sa.String(length=13), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
    )
    op.create_index("ix_region_parent_code", "region", ["parent_code"])
    op.execute("CREATE INDEX ix_resident_name ON resident (name COLLATE NOCASE)")
    op.execute(
        "CREATE VIRTUAL TABLE resident_name_fts USING fts5("
        "name, content='resident', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER resident_fts_insert AFTER INSERT ON resident BEGIN "
        "INSERT INTO resident_name_fts(rowid, name) VALUES (new.rowid, new.name); END"
    )
    op.execute(
        "CREATE TRIGGER resident_fts_delete AFTER DELETE ON resident BEGIN "
        "INSERT INTO resident_name_fts(resident_name_fts, rowid, name) VALUES ('delete', old.rowid, old.name); END"
    )
    op.execute(
        "CREATE TRIGGER resident_fts_update AFTER UPDATE OF name ON resident BEGIN "
        "INSERT INTO resident_name_fts(resident_name_fts, rowid, name) VALUES ('delete', old.rowid, old.name); "
        "INSERT INTO resident_name_fts(rowid, name) VALUES (new.rowid, new.name); END"
    )
    op.execute("INSERT INTO resident_name_fts(resident_name_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("resident_fts_insert", "resident_fts_delete", "resident_fts_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE resident_name_fts")
    op.execute("DROP INDEX ix_resident_name")
    op.drop_index("ix_region_parent_code", "region")
    op.drop_table("region")
    op.drop_table("attachment")
