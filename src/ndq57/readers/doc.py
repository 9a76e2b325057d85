"""DOC reader (Word 97-2003): converted to DOCX by LibreOffice (``soffice --headless
--convert-to docx``) when it is installed, then read by :mod:`ndq57.readers.docx`."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from ndq57.errors import DecodeError
from ndq57.readers import Extracted

_TIMEOUT = 120  # seconds for one conversion


def soffice() -> str | None:
    """The LibreOffice command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(data: bytes) -> Extracted:
    exe = soffice()
    if exe is None:
        raise DecodeError(
            "a Word 97-2003 .doc file needs LibreOffice to be read "
            "(apt-get install libreoffice-writer-nogui), or save it as .docx"
        )
    with tempfile.TemporaryDirectory(prefix="ndq57-doc-") as tmp:
        src = os.path.join(tmp, "input.doc")
        with open(src, "wb") as fh:
            fh.write(data)
        # a profile of its own: a running LibreOffice of the user does not block the conversion
        profile = "file://" + os.path.join(tmp, "profile")
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx", "--outdir", tmp, src]
        try:
            subprocess.run(cmd, capture_output=True, timeout=_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise DecodeError(f"LibreOffice did not convert the .doc file within {_TIMEOUT} s") from None
        out = os.path.join(tmp, "input.docx")
        if not os.path.exists(out):
            raise DecodeError("LibreOffice could not convert this .doc file (damaged or not a Word document?)")
        with open(out, "rb") as fh:
            converted = fh.read()
    from ndq57.readers.docx import read_docx

    return read_docx(converted, tool="doc via soffice", fmt="doc")
