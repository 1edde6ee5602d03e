"""Local files and standard input become Articles, one ``(name, Article | None, error | None)``
per document, so a batch never stops at a bad file.

Why it works this way:
- Every problem is a *reason* attached to one document (missing file, empty text, binary
  content, undecodable bytes, over the size limit, unsupported language, a malformed
  JSONL line); the caller reports it and goes on with the rest.
- Bytes are decoded as UTF-8 (a BOM is dropped; a UTF-16 BOM is honoured). Legacy
  single-byte files are accepted as Windows-1252 only when they decode cleanly *and*
  hold no control characters: German archives in Latin-1/cp1252 are common, and
  random binary almost never passes both checks. Anything else is refused, not guessed.
- JSONL is streamed line by line with a limit per record, so a corpus file of any size
  is read in constant memory; a bad line fails alone, named ``file:line``.
- A folder stands for its readable files, walked in sorted order.
- Inputs of unknown kind (stdin, no or odd suffix) are sniffed: JSONL when every
  non-empty line is a JSON object, HTML when it looks like a page, else plain text.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from diplograph.model import Article

from . import language

Doc = tuple[str, Article | None, str | None]
TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + (".json",)


class Refused(ValueError):
    """A document that cannot be read; the message is the reason shown to the user."""


def iter_documents(inputs: Iterable[str], published: date | None = None, lang: str | None = None,
                   max_bytes: int = 5_000_000) -> Iterator[Doc]:
    """Every document in ``inputs`` (paths or ``-``), in order.

    ``published``/``lang`` apply where a record does not carry its own; ``lang`` None or
    "auto" means detect it. ``max_bytes`` limits one document (a file, or a JSONL record's text).
    """
    opts = _Options(published, None if lang in (None, "auto") else lang, max_bytes)
    for item in inputs:
        item = str(item)
        if item == "-":
            yield from _stdin(opts)
        else:
            yield from _path(item, opts)


class _Options:
    def __init__(self, published: date | None, lang: str | None, max_bytes: int):
        self.published, self.lang, self.max_bytes = published, lang, max_bytes


# ---------------------------------------------------------------- inputs

def _path(path: str, opts: _Options) -> Iterator[Doc]:
    p = Path(path)
    if not p.exists():
        yield path, None, "no such file"
        return
    if p.is_dir():  # its readable files, sorted so two runs see the same order
        found = [f for f in sorted(p.rglob("*")) if f.is_file() and not f.name.startswith(".")
                 and f.suffix.lower() in READABLE_SUFFIXES]
        if not found:
            yield path, None, "folder holds no .txt, .html or .jsonl files"
        for f in found:
            yield from _path(str(f), opts)
        return
    suffix = p.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_file(p, opts)
            return
        size = p.stat().st_size
        if size > opts.max_bytes:
            yield path, None, _too_large(size, opts.max_bytes)
            return
        data = p.read_bytes()
    except OSError as exc:
        yield path, None, f"cannot read: {exc.strerror or exc}"
        return
    if suffix in HTML_SUFFIXES:
        yield _html(path, p.stem, data, opts)
    elif suffix == ".json":
        yield from _json_file(path, data, opts)
    elif suffix in TEXT_SUFFIXES:
        yield _text(path, p.stem, data, opts)
    else:
        yield from _sniffed(path, p.stem, data, opts)


def _stdin(opts: _Options) -> Iterator[Doc]:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    yield from _sniffed("stdin", "stdin", data, opts)


def _sniffed(name: str, doc_id: str, data: bytes, opts: _Options) -> Iterator[Doc]:
    """Standard input or a file of unknown kind: JSONL, HTML or plain text."""
    lines = [ln for ln in data.splitlines() if ln.strip()]
    if lines and b"\x00" not in data and all(_is_json_object(ln) for ln in lines):
        for lineno, raw in enumerate(data.splitlines(), 1):
            if raw.strip():
                yield _record_line(f"{name}:{lineno}", doc_id, lineno, raw, opts)
        return
    if len(data) > opts.max_bytes:
        yield name, None, _too_large(len(data), opts.max_bytes)
        return
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        yield _html(name, doc_id, data, opts)
    else:
        yield _text(name, doc_id, data, opts)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


# ---------------------------------------------------------------- kinds of document

def _text(name: str, doc_id: str, data: bytes, opts: _Options) -> Doc:
    try:
        text = decode(data)
    except Refused as exc:
        return name, None, str(exc)
    return _finish(name, Article(id=doc_id, text=text), opts)


def _html(name: str, doc_id: str, data: bytes, opts: _Options) -> Doc:
    try:
        page = decode(data, html=True)
    except Refused as exc:
        return name, None, str(exc)
    from .html import article_from_html

    try:
        article = article_from_html(page, doc_id)
    except ValueError as exc:
        return name, None, str(exc)
    return _finish(name, article, opts)


def _jsonl_file(p: Path, opts: _Options) -> Iterator[Doc]:
    with open(p, "rb") as fh:
        yield from _jsonl_stream(str(p), fh, opts)


def _jsonl_stream(name: str, fh, opts: _Options) -> Iterator[Doc]:
    head = fh.read(8192)
    if b"\x00" in head:
        yield name, None, "binary content (NUL bytes), not JSONL"
        return
    stem = Path(name).stem
    any_line = False
    for lineno, raw in enumerate(_lines(head, fh), 1):
        if raw.strip():
            any_line = True
            yield _record_line(f"{name}:{lineno}", stem, lineno, raw, opts)
    if not any_line:
        yield name, None, "empty file: no records"


def _lines(head: bytes, fh) -> Iterator[bytes]:
    """The lines of a stream whose first bytes were read already (streams of object
    stores cannot seek back)."""
    rest = b""
    chunk = head
    while chunk:
        rest += chunk
        *lines, rest = rest.split(b"\n")
        for line in lines:
            yield line + b"\n"
        chunk = fh.read(1 << 20)
    if rest:
        yield rest


def iter_jsonl_stream(name: str, fh, published: date | None = None, lang: str | None = None,
                      max_bytes: int = 5_000_000) -> Iterator[Doc]:
    """JSONL article records from an open binary stream (a file of an object store, for
    ``diplograph batch``), named ``name:line`` as ``iter_documents`` names them."""
    yield from _jsonl_stream(name, fh, _Options(published, None if lang in (None, "auto") else lang, max_bytes))


def from_record(name: str, rec, default_id: str, published: date | None = None, lang: str | None = None,
                max_bytes: int = 5_000_000) -> Doc:
    """One article record (a dict with the JSONL fields, e.g. a Parquet row) as a document."""
    opts = _Options(published, None if lang in (None, "auto") else lang, max_bytes)
    try:
        return _finish(name, _record(rec, default_id, opts), opts)
    except Refused as exc:
        return name, None, str(exc)


def _json_file(name: str, data: bytes, opts: _Options) -> Iterator[Doc]:
    """A .json file: one article record, or a list of them."""
    try:
        value = json.loads(decode(data))
    except (Refused, ValueError) as exc:
        yield name, None, f"malformed JSON: {exc}"
        return
    records = value if isinstance(value, list) else [value]
    stem = Path(name).stem
    for i, rec in enumerate(records, 1):
        doc = f"{name}[{i}]" if isinstance(value, list) else name
        try:
            yield _finish(doc, _record(rec, stem if len(records) == 1 else f"{stem}-{i}", opts), opts)
        except Refused as exc:
            yield doc, None, str(exc)


def _record_line(name: str, stem: str, lineno: int, raw: bytes, opts: _Options) -> Doc:
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return name, None, f"undecodable: not UTF-8 ({_where(exc)})"
    try:
        rec = json.loads(line)
    except ValueError as exc:
        return name, None, f"malformed JSON: {exc}"
    try:
        return _finish(name, _record(rec, f"{stem}-{lineno}", opts), opts)
    except Refused as exc:
        return name, None, str(exc)


def _record(rec, default_id: str, opts: _Options) -> Article:
    """An article record ``{"id", "text", "published"?, "lang"?, "title"?, "url"?}``."""
    if not isinstance(rec, dict):
        raise Refused(f"not an article record: a JSON {type(rec).__name__}, expected an object")
    text = rec.get("text")
    if text is None:
        raise Refused("the record has no 'text' field")
    if not isinstance(text, str):
        raise Refused(f"'text' must be a string, not {type(text).__name__}")
    if len(text.encode("utf-8")) > opts.max_bytes:
        raise Refused(_too_large(len(text.encode("utf-8")), opts.max_bytes))
    day = rec.get("published")
    if day is not None:
        try:
            day = date.fromisoformat(str(day)[:10])
        except ValueError:
            raise Refused(f"'published' is not a date (YYYY-MM-DD): {str(day)[:40]!r}") from None
    rec_lang = str(rec.get("lang") or "").strip().lower()
    if rec_lang in ("", "auto"):
        rec_lang = None
    ident = rec.get("id")
    return Article(id=str(ident) if ident not in (None, "") else default_id, text=text,
                   published=day, lang=rec_lang,
                   title=_opt_str(rec.get("title")), url=_opt_str(rec.get("url")),
                   source=_opt_str(rec.get("source")))


def _opt_str(value) -> str | None:
    return None if value in (None, "") else str(value)


def _finish(name: str, article: Article, opts: _Options) -> Doc:
    """Defaults from the options, then the checks every document must pass."""
    if not article.text.strip():
        return name, None, "empty text"
    if _mostly_control(article.text):
        return name, None, "binary content (mostly non-text characters)"
    if article.published is None:
        article.published = opts.published
    if article.lang is None:
        article.lang = opts.lang or language.detect(article.text)
    reason = language.problem(article.lang)
    if reason:
        return name, None, reason
    return name, article, None


# ---------------------------------------------------------------- bytes to text

def decode(data: bytes, html: bool = False) -> str:
    """The text in ``data``, or :class:`Refused` with the reason it is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise Refused("undecodable: starts like UTF-16 but is not valid UTF-16") from None
    if b"\x00" in data:
        raise Refused("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = _where(exc)
    if html:
        declared = _declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise Refused(f"undecodable: neither UTF-8 ({utf8_error}) nor Windows-1252 text") from None
    if _CONTROL.search(text):
        raise Refused(f"undecodable: not UTF-8 ({utf8_error}) and has control characters")
    return text


def _where(exc: UnicodeDecodeError) -> str:
    return f"invalid byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096].lower()
    i = head.find(b"charset=")
    if i < 0:
        return None
    value = head[i + 8:i + 40].lstrip(b"\"' ")
    end = next((k for k, ch in enumerate(value) if ch in b"\"'; />"), len(value))
    return value[:end].decode("ascii", "ignore") or None


# C0/C1 controls (but tab, newlines, form feed), private use, non-characters, replacement char
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\ufffe\uffff]")


def _mostly_control(text: str) -> bool:
    """True for decoded bytes that are not prose: > 10% control, private-use or replacement characters."""
    sample = text[:20_000]
    return len(_NOT_TEXT.findall(sample)) > 0.1 * len(sample)


def _too_large(size: int, limit: int) -> str:
    return f"too large: {size:,} bytes (limit {limit:,})"

