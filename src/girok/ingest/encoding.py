"""Decoding text bytes: UTF-8 exactly when it is UTF-8, otherwise a detected encoding."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from girok.errors import BinaryFile, UndecodableText

_SNIFF = 8192
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}


def looks_binary(content: bytes) -> bool:
    """True for bytes that are not text: NULs or many control bytes in the opening."""
    head = content[:_SNIFF]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return bool(head) and controls / len(head) > 0.05


def decode(content: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) for text bytes; a declared charset is used when it decodes cleanly."""
    for bom, name in _BOMS:
        if content.startswith(bom):
            return content.decode(name), name
    if looks_binary(content):
        raise BinaryFile(path, "binary data, not text, HTML, PDF or DOCX; skip it or convert it")
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            name = codecs.lookup(declared).name
            return content.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(content).best()
    if best is None or best.encoding is None:
        raise UndecodableText(path, "text in an unknown encoding; convert it to UTF-8")
    return str(best), best.encoding
