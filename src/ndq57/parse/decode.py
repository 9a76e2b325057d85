"""Bytes to text: encoding detection, binary and empty-file refusal, line ends.

Handles UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM, Windows-1258 (the legacy Vietnamese
code page), CRLF/CR line ends, and a stray invalid byte in otherwise UTF-8 text (decoded with a
replacement character and a warning naming the line).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from ndq57.errors import DecodeError
from ndq57.model import Warning

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .xlsx?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
)

# Share of undecodable UTF-8 sequences above which the text is taken for a legacy code page.
_MAX_BAD_UTF8 = 8


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[Warning] = field(default_factory=list)


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"not a text document: it is {what}")
    if b"\x00" in data[:65536]:
        raise DecodeError("not a text document: it contains NUL bytes (binary data)")
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 9 or (13 < b < 32 and b != 27))
    if controls > max(8, len(sample) // 50):
        raise DecodeError("not a text document: too many control characters (binary data)")


def _from_bom(data: bytes) -> tuple[str, int] | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", 3
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32", 0
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", 0
    return None


def _bare_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some Windows tools): the NUL bytes of the
    ASCII characters (spaces, digits, line ends) stand at every other position, on one side.

    >>> _bare_utf16("Số 12/KH-UBND".encode("utf-16-le")), _bare_utf16("Số 12".encode("utf-16-be"))
    ('utf-16-le', 'utf-16-be')
    >>> _bare_utf16("Số 12/KH-UBND".encode("utf-8")) is None
    True
    """
    sample = data[:65536]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _utf8_with_replacements(data: bytes) -> Decoded:
    warnings: list[Warning] = []
    bad = 0
    pos = 0
    parts: list[str] = []
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(data[pos : pos + exc.start].decode("utf-8"))
            parts.append("\ufffd")
            bad_at = pos + exc.start
            bad += 1
            if bad <= _MAX_BAD_UTF8:
                warnings.append(
                    Warning(
                        "invalid_byte",
                        f"invalid UTF-8 byte 0x{data[bad_at]:02X} replaced with U+FFFD",
                        _line_of(data, bad_at),
                    )
                )
            pos = pos + exc.end
            if bad > _MAX_BAD_UTF8:
                raise _TooManyBad() from None
    return Decoded("".join(parts), "utf-8", warnings)


class _TooManyBad(Exception):
    pass


def decode(data: bytes, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode a document's bytes; raise :class:`DecodeError` when they are not a text document.

    >>> decode("Số 01-TB/BCĐ\\r\\n".encode("utf-8")).text
    'Số 01-TB/BCĐ\\n'
    >>> decode("Hà Nội".encode("utf-16")).encoding
    'utf-16'
    """
    if len(data) > max_bytes:
        raise DecodeError(f"file too large: {len(data):,} bytes (limit {max_bytes:,}; see --max-bytes)")
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"cannot decode as {encoding}: invalid byte at line {_line_of(data, exc.start)}"
            ) from None
        result = Decoded(text, encoding)
    else:
        bom = _from_bom(data)
        if bom:
            name, _skip = bom
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"cannot decode as {name}: invalid data at byte {exc.start}") from None
            result = Decoded(text.lstrip("\ufeff"), name.replace("-sig", "") if name != "utf-8-sig" else "utf-8-sig")
        elif (bare := _bare_utf16(data)) is not None:
            try:
                result = Decoded(data.decode(bare), bare)
            except UnicodeDecodeError:
                raise DecodeError("not a text document: it contains NUL bytes (binary data)") from None
            controls = sum(1 for c in result.text[:32768] if c < " " and c not in "\t\n\r\f")
            if controls > max(8, len(result.text[:32768]) // 50):
                raise DecodeError("not a text document: it contains NUL bytes (binary data)")
        else:
            _refuse_binary(data)
            try:
                result = Decoded(data.decode("utf-8"), "utf-8")
            except UnicodeDecodeError:
                try:
                    result = _utf8_with_replacements(data)
                except _TooManyBad:
                    result = Decoded(data.decode("cp1258", errors="replace"), "windows-1258")
    text = result.text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DecodeError("not a text document: it contains NUL characters")
    if not text.strip():
        raise DecodeError("empty document: no text")
    result.text = text
    return result
