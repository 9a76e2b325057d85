"""What the unit reader finds in a phrase, for the phrase tests of tests/test_units_lang*.py."""

from __future__ import annotations

from ndq57.extract.units import assign_roles, find_units


def units_of(text: str) -> list[str]:
    """The units :func:`find_units` reads in ``text``, as written there."""
    return [u.unit for u in find_units(text)]


def roles_of(text: str) -> list[tuple[str, str]]:
    """Each unit :func:`assign_roles` reads in ``text``, with its role."""
    return [(r.unit.unit, r.role) for r in assign_roles(text)]
