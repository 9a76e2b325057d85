"""What the unit reader finds in a phrase, for the phrase tests of tests/test_units_lang*.py."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.extract.units import assign_roles, find_units
from ndq57.pipeline import parse_bytes


def units_of(text: str) -> list[str]:
    """The units :func:`find_units` reads in ``text``, as written there."""
    return [u.unit for u in find_units(text)]


def roles_of(text: str) -> list[tuple[str, str]]:
    """Each unit :func:`assign_roles` reads in ``text``, with its role."""
    return [(r.unit.unit, r.role) for r in assign_roles(text)]


def fixture_owners(name: str, section: str, due: str) -> list[tuple[str, str]]:
    """The owners (canonical name, role) of the one deadline of section ``section`` due ``due`` in
    the fixture ``tests/fixtures/<name>``."""
    path = FIXTURES / name
    doc = parse_bytes(path.read_bytes(), source=path.name)
    got = [d for d in doc.deadlines if d.section == section and str(d.due) == due]
    assert len(got) == 1, (section, due, [(d.section, str(d.due)) for d in doc.deadlines])
    return [(a.canonical, a.role) for a in got[0].assignees]
