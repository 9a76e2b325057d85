"""Office files other than DOCX — Word 97-2003 (``.doc``), OpenDocument text (``.odt``, as
LibreOffice and some provincial office suites save) and RTF — converted to DOCX by LibreOffice
(``soffice --headless --convert-to docx``) when it is installed, then read by
:mod:`ndq57.readers.docx`, so that numbering, tables, footnotes and the sign-off are read the same
way whatever the office suite."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from ndq57.errors import DecodeError
from ndq57.readers import Extracted

_TIMEOUT = 120  # seconds for one conversion

# what each format is called in a message, and the suffix LibreOffice is given
_KINDS = {
    "doc": ("a Word 97-2003 .doc file", ".doc"),
    "odt": ("an OpenDocument .odt file", ".odt"),
    "rtf": ("an RTF file", ".rtf"),
}


def soffice() -> str | None:
    """The LibreOffice command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_converted(data: bytes, fmt: str) -> Extracted:
    """Read a ``doc``, ``odt`` or ``rtf`` file through LibreOffice; :class:`DecodeError` when
    LibreOffice is missing or cannot convert it."""
    what, suffix = _KINDS[fmt]
    exe = soffice()
    if exe is None:
        raise DecodeError(
            f"{what} needs LibreOffice to be read (apt-get install libreoffice-writer-nogui), or save it as .docx"
        )
    with tempfile.TemporaryDirectory(prefix=f"ndq57-{fmt}-") as tmp:
        src = os.path.join(tmp, "input" + suffix)
        with open(src, "wb") as fh:
            fh.write(data)
        # a profile of its own: a running LibreOffice of the user does not block the conversion
        profile = "file://" + os.path.join(tmp, "profile")
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx", "--outdir", tmp, src]
        try:
            subprocess.run(cmd, capture_output=True, timeout=_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise DecodeError(f"LibreOffice did not convert {what} within {_TIMEOUT} s") from None
        out = os.path.join(tmp, "input.docx")
        if not os.path.exists(out):
            raise DecodeError(f"LibreOffice could not convert {what} (damaged, or not what its bytes claim?)")
        with open(out, "rb") as fh:
            converted = fh.read()
    from ndq57.readers.docx import read_docx

    return read_docx(converted, tool=f"{fmt} via soffice", fmt=fmt)
