"""The English trigger lexicon: the letters each trigger is declared to begin with."""

from __future__ import annotations

import re
import re._constants as sre  # the parsed form of a pattern: test-only use of re's internals
import re._parser as sre_parse
from typing import Any

from girok.extract.caseless import fold
from girok.extract.en import lexicon


def _first_letters(items: Any) -> tuple[set[str] | None, bool]:
    """The letters a parsed pattern can begin with (None: any character), and whether it
    can match the empty string."""
    letters: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        if op is sre.LITERAL:
            return letters | {fold(chr(av))}, False
        if op is sre.SUBPATTERN:
            found, empty = _first_letters(av[3])
        elif op is sre.BRANCH:
            results = [_first_letters(alternative) for alternative in av[1]]
            if any(found is None for found, _ in results):
                return None, False
            found = set().union(*(found for found, _ in results if found is not None))
            empty = any(empty for _, empty in results)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found, empty = _first_letters(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        letters |= found
        if not empty:
            return letters, False
    return letters, True


def test_every_trigger_begins_with_a_declared_letter() -> None:
    for _, rule, pattern in lexicon.TRIGGERS:
        letters, empty = _first_letters(sre_parse.parse(pattern, re.IGNORECASE))
        assert letters is not None and not empty, rule
        assert letters <= set(lexicon.TRIGGER_INITIALS[rule]), rule


def test_cut_down_expressions_find_what_the_whole_one_finds() -> None:
    text = ("Guards beat him. She was held at Camp 14 and later released. Kim was sentenced "
            "to 15 years; the court convicted him. They were repatriated from China.")
    folded = fold(text)
    for m in re.finditer(r"\b\w", text):
        whole = lexicon.TRIGGER_RE.match(text, m.start())
        cut = lexicon.TRIGGERS_BY_INITIAL.get(folded[m.start()])
        part = cut.match(text, m.start()) if cut else None
        assert (whole and (whole.span(), whole.lastgroup)) == (part and (part.span(),
                                                                         part.lastgroup))


def test_custody_and_facility_kinds_are_whole_words() -> None:
    from girok.extract.en.lexicon import CUSTODY_RE, FACILITY_KIND_RE
    assert CUSTODY_RE.search("an excellent harvest") is None
    assert CUSTODY_RE.search("held in a cell") is not None
    assert FACILITY_KIND_RE.search("saltcellars") is None
    found = FACILITY_KIND_RE.search("the Onsong holding centre")
    assert found is not None and found.lastgroup == "kuryujang"

