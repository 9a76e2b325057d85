"""A register of tasks across directives: what was assigned, what is done, what is late.

- :mod:`~ndq57.register.db`: the connection (SQLite by default, PostgreSQL with a URL);
- :mod:`~ndq57.register.migrations`: the numbered schema, the same SQL on both engines;
- :mod:`~ndq57.register.records`: parsed documents → register rows (identity, term, lead units);
- :mod:`~ndq57.register.store`: :class:`Register` (add, done, reopen, note, rows, history);
- :mod:`~ndq57.register.states`: where a task stands on a day (on time, late, in term, overdue…);
- :mod:`~ndq57.register.listing`: ``register list``/``export`` rows and their renderings;
- :mod:`~ndq57.register.report`: the monthly follow-up report;
- :mod:`~ndq57.register.serve`: the Datasette view.

>>> from ndq57.register import open_register
>>> reg = open_register(":memory:")
>>> reg.counts()
{'documents': 0, 'tasks': 0, 'completions': 0, 'history': 0}
>>> reg.close()
"""

from __future__ import annotations

from ndq57.register.db import RegisterError
from ndq57.register.store import Register, open_register

__all__ = ["Register", "RegisterError", "open_register"]
