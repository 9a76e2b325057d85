"""The whole pipeline on one screen.

    [read PDF/DOCX/DOC] → decode → normalize → layout → header → sections → footnotes → citations → extract → assemble

Each stage is a module of its own (``ndq57.parse.*``, ``ndq57.extract.*``) taking and returning
typed values; this module only wires them together. Nothing here prints, exits or keeps state
between calls, so ``parse`` is safe to call from many processes at once.
"""

from __future__ import annotations

import hashlib

import ndq57.parse.flow_tables  # noqa: F401  (imported by find_tables at every parse; here, with the parser: ndq57.cache.Code)
from ndq57 import patterns
from ndq57.errors import DecodeError
from ndq57.extract.deadlines import event_day_terms, extract_deadlines
from ndq57.extract.table_tasks import merge as merge_table_tasks
from ndq57.extract.table_tasks import table_tasks
from ndq57.memo import forget
from ndq57.model import SCHEMA_VERSION, Document, Extraction, Footnote, Source, Warning
from ndq57.options import DEFAULT_OPTIONS as DEFAULT_OPTIONS  # re-exported: the documented place
from ndq57.options import Options as Options
from ndq57.parse.citations import drop_repeats, find_all_citations, line_runs, names_itself
from ndq57.parse.decode import decode
from ndq57.parse.directive import looks_like_directive
from ndq57.parse.header import parse_header
from ndq57.parse.layout import build_blocks, clean_lines, footnote_marks, footnote_tail
from ndq57.parse.normalize import normalize
from ndq57.parse.sections import build_sections
from ndq57.parse.tables import appendix_after, appendix_section, find_tables, mask_tables, merged_guesses
from ndq57.readers import extract, sniff


def parse_bytes(data: bytes, *, source: str | None = None, options: Options = DEFAULT_OPTIONS) -> Document:
    """Decode ``data`` (see :mod:`ndq57.parse.decode`) and parse it; PDF, DOCX and DOC files
    (recognised by their bytes) are first read into text by :mod:`ndq57.readers`."""
    forget()  # (the memos of text results last one document: see ndq57.memo)
    fmt = sniff(data)
    if fmt is not None:
        if len(data) > options.max_bytes:
            raise DecodeError(f"file too large: {len(data):,} bytes (limit {options.max_bytes:,}; see --max-bytes)")
        got = extract(data, fmt, options)
        doc = _parse_text(got.text, source, options, hashlib.sha256(data).hexdigest(), fmt)
        doc.source.extraction = Extraction(got.format, got.tool, got.pages, got.lines)
        doc.warnings[:0] = got.warnings
        doc.fixes[:0] = got.fixes
        return doc
    decoded = decode(data, encoding=options.encoding, max_bytes=options.max_bytes)
    doc = _parse_text(decoded.text, source, options, hashlib.sha256(data).hexdigest(), decoded.encoding)
    doc.warnings[:0] = decoded.warnings
    return doc


def extracted_text(data: bytes, options: Options = DEFAULT_OPTIONS) -> str:
    """The text the parser reads for ``data``: what a reader made of a PDF, DOCX or DOC file, or
    the decoded text file. The ``line`` fields of the record count its lines."""
    fmt = sniff(data)
    if fmt is None:
        return decode(data, encoding=options.encoding, max_bytes=options.max_bytes).text
    if len(data) > options.max_bytes:
        raise DecodeError(f"file too large: {len(data):,} bytes (limit {options.max_bytes:,}; see --max-bytes)")
    return extract(data, fmt, options).text


def parse(text: str, *, source: str | None = None, options: Options = DEFAULT_OPTIONS) -> Document:
    """Parse the text of one directive into a :class:`~ndq57.model.Document`.

    >>> doc = parse("Số 01-TB/VP\\nHà Nội, ngày 5 tháng 3 năm 2026\\n\\nTHÔNG BÁO\\n\\n"
    ...             "1. Giao Sở Tài chính báo cáo trước ngày 15/3/2026.")
    >>> doc.document.number, doc.document.date, doc.deadlines[0].due
    ('01-TB/VP', '2026-03-05', '2026-03-15')
    """
    forget()  # (the memos of text results last one document: see ndq57.memo)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _parse_text(text, source, options, sha, "utf-8")


def _parse_text(text: str, source: str | None, options: Options, sha: str, encoding: str) -> Document:
    # normalize: NFC, tone marks, slips — every change logged
    norm = normalize(text, tone_style=options.tone_style, fix=options.fix)
    warnings = list(norm.suspects)
    fixes = list(norm.fixes)

    # layout: markdown debris, reflow, footnote lifting, page-break rejoins (line map kept)
    lines = clean_lines(norm.text, fixes)

    # tables: every table of the text; those of the body stand as one block each
    tables = find_tables(norm.text)
    warnings.extend(merged_guesses(tables))  # (a pdftotext -layout table's cells read as merged)

    # header and sign-off
    head = parse_header(lines)
    warnings.extend(head.warnings)
    marks = footnote_marks(lines)
    body_lines, body_tables = mask_tables(lines[head.body_start : head.body_end], tables)
    body = build_blocks(body_lines, marks)
    appendix_start = head.appendix_start
    if appendix_start is None:
        signed = head.header.signer.line if head.header.signer else None
        appendix_start = appendix_after(lines, head.body_end, signed, tables)
    if appendix_start is not None:
        # an appendix after the sign-off ("PHỤ LỤC" + task table) is part of the body
        appendix_lines, appendix_tables = mask_tables(lines[appendix_start:], tables)
        body_tables.extend(appendix_tables)
        appendix = build_blocks(appendix_lines, marks)
        body.blocks.extend(appendix.blocks)
        body.footnotes.extend(appendix.footnotes)
        body.fixes.extend(appendix.fixes)
    elif (tail := footnote_tail(lines, head.body_end)) is not None:
        # footnote bodies printed after the sign-off (a web copy): their text only
        after = build_blocks(lines[tail:], marks)
        body.footnotes.extend(after.footnotes)
        body.fixes.extend(after.fixes)
    fixes.extend(body.fixes)

    # sections; a table belongs to the section (an appendix: "PHỤ LỤC I") that holds it
    attached = lines[appendix_start].no if appendix_start is not None else None
    tree = build_sections(body.blocks, attached)
    at_line = {t.line: t for t in body_tables}
    captions: dict[int, str] = {}  # a table's caption: the paragraph right above it
    above: str | None = None
    for blk, sec in zip(body.blocks, tree.owner, strict=True):
        if blk.kind == "table" and blk.line in at_line:
            at_line[blk.line].section = appendix_section(sec, blk.line, attached)
            if above is not None:
                captions[blk.line] = above
        above = blk.text if blk.kind != "table" else None

    # footnotes: bodies lifted by the layout step, marks found in the text
    refs: dict[str, list[int]] = {}
    for blk in body.blocks:
        for mark, line in blk.refs:
            refs.setdefault(mark, []).append(line)
    footnotes = [Footnote(f.mark, f.text, f.line, refs.get(f.mark, [])) for f in body.footnotes]

    # citations: in the title and subject, the body and the footnotes (one scan over them all)
    pieces = line_runs((ln.text, ln.no) for ln in head.cite_lines)
    pieces += [(blk.text, blk.line_at) for blk in body.blocks if blk.kind != "table"]
    pieces += [(c.text, c.line) for t in body_tables for r in t.rows if r.kind != "header" for c in r.cells if c.text]
    pieces += [(fb.text, fb.line) for fb in body.footnotes]
    citations, cite_warnings = find_all_citations(pieces)
    warnings.extend(cite_warnings)
    citations.sort(key=lambda c: c.line)
    # the document naming itself ("Kèm theo Kế hoạch số 215/KH-UBND ngày ..." in an appendix)
    citations = [c for c in drop_repeats(citations) if not names_itself(c, head.header)]

    # extract: deadlines, targets, assignees
    extracted = extract_deadlines(body.blocks, tree, head.header)
    warnings.extend(extracted.warnings)
    # the task rows of the tables, with the tasks read from sentences, in line order
    from_tables = table_tasks(body_tables, head.header, captions)
    tasks, deadlines, index = merge_table_tasks(
        extracted.tasks, extracted.deadlines, extracted.index, extracted.decisions, from_tables
    )
    event_day_terms(deadlines, body.blocks, head.header)  # (helper 103) a table's terms from an event's day

    # is it a directive at all? (a README or a data file in the same folder)
    directive = looks_like_directive(head.header, len(tree.roots), len(deadlines), norm.text)
    if not directive:
        why = "the text does not look like a directive (no header, numbering or Vietnamese prose)"
        warnings.append(Warning("not_a_directive", why))

    # patterns compiled by this parse are kept for the next process (see ndq57.patterns)
    patterns.save()

    # assemble
    return Document(
        schema=SCHEMA_VERSION,
        source=Source(path=source, sha256=sha, encoding=encoding, looks_like_directive=directive),
        document=head.header,
        sections=tree.roots,
        footnotes=footnotes,
        citations=citations,
        tasks=tasks,
        deadlines=deadlines,
        targets=extracted.targets,
        tables=tables,
        assignees=index,
        fixes=fixes,
        warnings=warnings,
        text="\n\n".join(b.text for b in body.blocks),
        decisions=extracted.decisions,
    )
