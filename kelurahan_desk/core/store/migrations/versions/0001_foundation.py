"""Foundation: office, accounts, residents and families, audit chain, outbox.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("username", name=op.f("uq_account_username")),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "family",
        sa.Column("kk", sa.String(length=16), nullable=False),
        sa.Column("head_id", sa.String(length=36), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("rt", sa.Integer(), nullable=True),
        sa.Column("rw", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family")),
        sa.UniqueConstraint("kk", name=op.f("uq_family_kk")),
    )
    op.create_table(
        "local_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_state")),
    )
    op.create_table(
        "office",
        sa.Column("code", sa.String(length=13), nullable=False),
        sa.Column("province_name", sa.String(length=100), nullable=False),
        sa.Column("city_kind", sa.String(length=10), nullable=False),
        sa.Column("city_name", sa.String(length=100), nullable=False),
        sa.Column("district_name", sa.String(length=100), nullable=False),
        sa.Column("village_name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=100), nullable=False),
        sa.Column("website", sa.String(length=100), nullable=False),
        sa.Column("postcode", sa.String(length=5), nullable=False),
        sa.Column("place_name", sa.String(length=100), nullable=False),
        sa.Column("lurah_name", sa.String(length=100), nullable=False),
        sa.Column("lurah_nip", sa.String(length=18), nullable=False),
        sa.Column("lurah_rank", sa.String(length=100), nullable=False),
        sa.Column("emblem_png", sa.LargeBinary(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("code", name=op.f("uq_office_code")),
    )
    op.create_table(
        "office_setting",
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_setting")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("wall", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("batch_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_outbox_change_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_pending", ["batch_seq", "seq"], unique=False)

    op.create_table(
        "resident",
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("is_temporary_nik", sa.Boolean(), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=True),
        sa.Column("relationship", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("birth_place", sa.String(length=60), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("religion", sa.String(length=20), nullable=False),
        sa.Column("marital_status", sa.String(length=20), nullable=False),
        sa.Column("occupation", sa.String(length=60), nullable=False),
        sa.Column("education", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("rt", sa.Integer(), nullable=True),
        sa.Column("rw", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["family_id"], ["family.id"], name=op.f("fk_resident_family_id_family")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident")),
    )
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.create_index("ix_resident_family", ["family_id"], unique=False)
        batch_op.create_index("ix_resident_nik", ["nik"], unique=False)
        batch_op.create_index("ix_resident_rt_rw", ["rw", "rt"], unique=False)
        batch_op.create_index(
            "uq_resident_living_nik", ["nik"], unique=True, sqlite_where=sa.text("status = 'hidup'")
        )

    op.create_table(
        "resident_event",
        sa.Column("resident_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_resident_event_resident_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_event")),
    )
    with op.batch_alter_table("resident_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resident_event_resident_id"), ["resident_id"], unique=False)

    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_log_no_update")
    op.execute("DROP TRIGGER audit_log_no_delete")
    with op.batch_alter_table("resident_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_event_resident_id"))

    op.drop_table("resident_event")
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_index("uq_resident_living_nik", sqlite_where=sa.text("status = 'hidup'"))
        batch_op.drop_index("ix_resident_rt_rw")
        batch_op.drop_index("ix_resident_nik")
        batch_op.drop_index("ix_resident_family")

    op.drop_table("resident")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending")

    op.drop_table("outbox")
    op.drop_table("office_setting")
    op.drop_table("office")
    op.drop_table("local_state")
    op.drop_table("family")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity")

    op.drop_table("audit_log")
    op.drop_table("account")
