"""The case category tree: each category has an Open311 service code and may override the deadlines.

A category without its own number for a deadline takes its parent's, and at the top the kind's default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.case_deadlines import MAX_DAYS, OVERRIDABLE, DeadlinePolicy, policy_with
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.models import CaseCategory
from kelurahan_desk.core.store.unit_of_work import Store

SERVICE_CODE = re.compile(r"^[A-Z0-9_\-]{2,20}$")


@dataclass(frozen=True)
class CategoryInput:
    code: str
    name: str
    parent_id: str | None = None
    verify_days: int | None = None
    followup_days: int | None = None
    answer_days: int | None = None
    reopen_days: int | None = None
    active: bool = True
    sort_order: int = 0


@dataclass(frozen=True)
class CategoryView:
    id: str
    code: str
    name: str
    parent_id: str | None
    depth: int
    path: str  # "Infrastruktur › Jalan rusak"
    verify_days: int | None
    followup_days: int | None
    answer_days: int | None
    reopen_days: int | None
    active: bool
    sort_order: int
    rev: int


def policy_for(session: Session, category_id: str) -> DeadlinePolicy:
    """The deadlines of a category: its own numbers, else its ancestors', else the defaults."""
    overrides: dict[str, int | None] = dict.fromkeys(OVERRIDABLE)
    seen: set[str] = set()
    current = session.get(CaseCategory, category_id)
    while current is not None and current.id not in seen:
        seen.add(current.id)
        for key in OVERRIDABLE:
            if overrides[key] is None:
                overrides[key] = getattr(current, key)
        current = session.get(CaseCategory, current.parent_id) if current.parent_id else None
    return policy_with(overrides)


def descendants(session: Session, category_id: str) -> list[str]:
    """The category and every category under it."""
    children: dict[str | None, list[str]] = {}
    for cid, parent in session.execute(select(CaseCategory.id, CaseCategory.parent_id)):
        children.setdefault(parent, []).append(cid)
    found, todo = [], [category_id]
    while todo:
        cid = todo.pop()
        if cid not in found:
            found.append(cid)
            todo.extend(children.get(cid, []))
    return found


def _tree(rows: list[CaseCategory]) -> list[CategoryView]:
    by_parent: dict[str | None, list[CaseCategory]] = {}
    for row in rows:
        by_parent.setdefault(row.parent_id, []).append(row)
    out: list[CategoryView] = []

    def walk(parent: str | None, depth: int, prefix: str) -> None:
        for row in sorted(by_parent.get(parent, []), key=lambda r: (r.sort_order, r.name)):
            path = f"{prefix} › {row.name}" if prefix else row.name
            values = {f.name: getattr(row, f.name) for f in fields(CategoryView) if hasattr(row, f.name)}
            out.append(CategoryView(**{**values, "depth": depth, "path": path}))
            walk(row.id, depth + 1, path)

    walk(None, 0, "")
    return out


def check_category(value: CategoryInput) -> CategoryInput:
    code = value.code.strip().upper()
    if not SERVICE_CODE.match(code):
        raise ValidationError("code", "service_code_format")
    name = " ".join(value.name.split())
    if not name:
        raise ValidationError("name", "required")
    if len(name) > 100:
        raise ValidationError("name", "too_long", {"max": 100})
    for key in OVERRIDABLE:
        days = getattr(value, key)
        if days is not None and not 1 <= days <= MAX_DAYS:
            raise ValidationError(key, "out_of_range", {"min": 1, "max": MAX_DAYS})
    return CategoryInput(**{**value.__dict__, "code": code, "name": name})


class CaseCategoryService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def tree(self, actor: Actor, *, include_inactive: bool = False) -> list[CategoryView]:
        """Depth first, siblings by sort order then name; inactive categories (and their subtrees) left out."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            rows = list(s.scalars(select(CaseCategory)))
        if not include_inactive:
            rows = [r for r in rows if r.active]
        return _tree(rows)

    def policy(self, actor: Actor, category_id: str) -> DeadlinePolicy:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return policy_for(s, category_id)

    def create(self, actor: Actor, value: CategoryInput) -> CategoryView:
        actor.require(Permission.MANAGE_CATEGORIES)
        value = check_category(value)
        with self._store.write(actor.username, "case_category.create") as s:
            self._check_place(s, None, value)
            row = CaseCategory(**value.__dict__)
            s.add(row)
            s.flush()
            return self._view(s, row.id)

    def update(self, actor: Actor, category_id: str, value: CategoryInput, *, expected_rev: int) -> CategoryView:
        actor.require(Permission.MANAGE_CATEGORIES)
        value = check_category(value)
        with self._store.write(actor.username, "case_category.update") as s:
            row = s.get(CaseCategory, category_id)
            if row is None:
                raise NotFound("case_category", category_id)
            if row.rev != expected_rev:
                raise ValidationError("rev", "stale")
            self._check_place(s, category_id, value)
            for key, new in value.__dict__.items():
                if getattr(row, key) != new:
                    setattr(row, key, new)
            s.flush()
            return self._view(s, row.id)

    @staticmethod
    def _check_place(s: Session, own_id: str | None, value: CategoryInput) -> None:
        taken = s.scalar(select(CaseCategory.id).where(CaseCategory.code == value.code))
        if taken is not None and taken != own_id:
            raise ValidationError("code", "service_code_taken")
        parent_id = value.parent_id
        while parent_id is not None:
            if parent_id == own_id:
                raise ValidationError("parent_id", "category_cycle")
            parent = s.get(CaseCategory, parent_id)
            if parent is None:
                raise ValidationError("parent_id", "category_unknown")
            parent_id = parent.parent_id

    @staticmethod
    def _view(s: Session, category_id: str) -> CategoryView:
        views = _tree(list(s.scalars(select(CaseCategory))))
        return next(v for v in views if v.id == category_id)
