"""Library exceptions. The library raises these and never prints or exits; the CLI maps
them to one-line messages and exit codes (1 for input/processing errors)."""

from __future__ import annotations


class Ndq57Error(Exception):
    """Base class of every error ndq57 raises on purpose."""

    kind = "error"


class DecodeError(Ndq57Error):
    """The bytes are not a text document (binary, empty, too large, undecodable)."""

    kind = "decode"


class InputError(Ndq57Error):
    """The input cannot be read (missing file, permission denied, a folder where a file was expected)."""

    kind = "input"
