from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from girok.errors import BinaryFile
from girok.ingest.encoding import decode, looks_binary

KOREAN = (
    "평양, 2024년 3월 4일 -- 함경북도 회령의 한 주민이 중국에서 강제북송된 뒤 국가보위성에 "
    "체포되어 관리소로 보내졌다고 소식통이 전했다. 이 여성은 두 달 동안 조사를 받았다."
)


@given(st.text())
def test_utf8_text_decodes_exactly(text: str) -> None:
    data = text.encode("utf-8")
    if looks_binary(data):
        return
    decoded, encoding = decode(data, "x.txt")
    assert decoded == text
    assert encoding == "utf-8"


@pytest.mark.parametrize("codec", ["euc-kr", "cp949"])
def test_korean_legacy_encodings_are_detected(codec: str) -> None:
    text, encoding = decode(KOREAN.encode(codec), "k.txt")
    assert text == KOREAN
    assert encoding.replace("_", "-") in {"euc-kr", "cp949"}


def test_declared_charset_is_used_when_it_decodes() -> None:
    text, encoding = decode(KOREAN.encode("cp949"), "k.html", declared="euc-kr")
    assert text == KOREAN
    assert encoding == "euc_kr"


def test_utf16_with_bom() -> None:
    data = "\ufeffHello camp".encode("utf-16-le")
    data = b"\xff\xfe" + "Hello camp".encode("utf-16-le")
    assert decode(data, "x.txt") == ("Hello camp", "utf-16")


def test_binary_is_refused_with_the_file_named() -> None:
    with pytest.raises(BinaryFile, match=r"^blob\.txt: binary data"):
        decode(bytes(range(256)) * 10, "blob.txt")


def test_utf8_bom_is_kept_as_stored() -> None:
    text, _ = decode(b"\xef\xbb\xbfCamp 14", "x.txt")
    assert text == "\ufeffCamp 14"
