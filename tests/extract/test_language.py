"""A language lists its cues once, as capitalised constants of one module."""

from __future__ import annotations

import re
import types

import pytest

from girok.extract.en import cues
from girok.extract.language import Cues, get_language


def test_the_english_cues_are_the_constants_of_their_module() -> None:
    english = get_language("en").cues
    assert english.the_camp is cues.THE_CAMP
    assert english.from_ is cues.FROM  # a trailing underscore is dropped


def test_a_missing_cue_names_the_constant() -> None:
    partial = types.ModuleType("partial")
    partial.THE_CAMP = re.compile("camp")  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="WITH_AFTER"):
        Cues.from_module(partial)
