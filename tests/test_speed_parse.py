"""The fast paths of the parse steps (layout, normaliser) answer as the plain code they stand
for, on generated text made of the pieces that code looks at."""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ndq57.parse import layout, syllables

# pieces of words cut by a line end, whole syllables, long words, blanks and marks
PIECES = [
    "biế", "n", "Ph", "ường", "a", "Lạng", "Sơn", "nghiêng", "nghiêngg", "quyết", "định", "Ng", "uyễn", "ngh",
    "iêng", "UBND", "x", "ß", " ", "  ", "\t", "\u00a0", "-", "/", "1", "²", "(", ".", "\u0301", "hoá", "đ",
]
line_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=12).map("".join)


def _split_word_plain(prev: str, nxt: str) -> tuple[str, str] | None:
    """What ``layout._split_word`` stands for: the whole last word and the whole first letters."""
    if not (prev[-1:].isalpha() and nxt[:1].isalpha()):
        return None
    a = prev.rsplit(None, 1)[-1]
    b = "".join(itertools.takewhile(str.isalpha, nxt.partition(" ")[0]))
    if not a.isalpha() or not syllables.joins_split(a, b):
        return None
    return a, b


@settings(max_examples=500, deadline=None)
@given(line_text, line_text)
@example("phổ biế", "n rộng rãi")
@example("Ph", "ường 7")
@example("các xã nghiêng", "n")
@example("nghiêng", "")
@example("xã ngh", "iêng về")
@example("Tổ dân Ng", "uyễnX")
def test_split_word_reads_only_the_letters_that_can_join(prev: str, nxt: str) -> None:
    assert layout._split_word(prev, nxt) == _split_word_plain(prev, nxt)
