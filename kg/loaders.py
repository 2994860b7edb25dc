"""Step 1: a file on disk -> a :class:`~kg.records.Document`.

An article is YAML (or Hugo's TOML) front matter (optional) followed by a body in HTML,
Markdown or plain text. The body's format is chosen by its content; the file suffix only
breaks ties. A body without front matter may open with a tool's header instead (Jina Reader's
``Title:`` lines, Logseq's ``key:: value`` properties), read as front matter; an exporter's
header above the text (``> 发布时间: …``) gives the date and is no part of the text. HTML is
read with BeautifulSoup, Markdown from markdown-it's tokens, both by one structure reader.

What is kept: headings, paragraphs, list items and quotes as blocks; sentences with offsets
into the clean text; the section (last heading) each sentence sits in. What is dropped:
images, scripts, styles, link chrome (the link text stays) and boilerplate lines.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeGuard
from urllib.parse import unquote

from kg.errors import BuildError, KGError, LoadError
from kg.lang import boilerplate, punctuation
from kg.lang.boilerplate import BOILERPLATE, BOILERPLATE_LONGEST
from kg.lang.years import ADDRESS, LINKED_DAY, SOURCE_ADDRESS, UNIX_EPOCH
from kg.normalize import is_traditional, matching_form
from kg.records import Document, Section, Sentence

__all__ = [
    "SUFFIXES",
    "load",
    "load_text",
    "load_bytes",
    "read",
    "iter_paths",
    "article_files",
    "detect_format",
    "decode",
    "MAX_BYTES",
    "MAX_FRONT_MATTER_BYTES",
    "split_sentences",
    "document_id",
]

#: Suffixes a directory walk picks up; a file named explicitly is read whatever its suffix.
SUFFIXES = (".html", ".htm", ".md", ".markdown", ".txt")
#: The largest article kg reads, in bytes: news articles are kilobytes; a file of tens of
#: megabytes is a dump or a mistake, and would hold the build up.
MAX_BYTES = 20_000_000
#: The largest front matter kg reads, in bytes: a news article's is a few lines of metadata
#: (the largest of eval/tune's is 1.3 kB), while reading YAML or TOML costs microseconds a
#: value even in libyaml (a Python object each), so front matter of megabytes (a CMS's
#: page-builder data, exported whole) held an article for seconds. Over the limit, front
#: matter is ignored with a warning, and the article is read on.
MAX_FRONT_MATTER_BYTES = 100_000
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: The encodings charset-normalizer chooses among when a file is not UTF-8.
_ENCODINGS = ("utf_16", "utf_32", "gb18030", "gbk", "big5", "big5hkscs", "cp1252", "latin_1")
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP, WAV, AVI) file"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
)

# It ends with a line of --- or of ..., YAML's document end, as Pandoc's and R Markdown's
# metadata blocks may (Jekyll reads both).
_FRONT_MATTER = re.compile(
    r"\A\ufeff?\s*---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
# Hugo's and Zola's TOML front matter, between +++ lines (blogs that clip articles write it).
_TOML_FRONT_MATTER = re.compile(
    r"\A\ufeff?\s*\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.S
)
# Every regex over article text runs in linear time: where a pattern scans ahead for a closing
# character, the scan also stops at the character its matches start with (``[^<>]*``, not
# ``[^>]*``), so that no character is rescanned from each of a thousand starts before it.
_HTML_BLOCK = re.compile(
    r"<(?:html|body|div|p|h[1-6]|article|section|br|ul|ol|li|blockquote|table)\b[^<>]*>", re.I
)
_MARKDOWN_HINT = re.compile(
    r"^(?:#{1,6}\s|\*\*[^*\n]+\*\*\s*$|>\s|[-*+]\s|\d+\.\s)|!\[[^\[\]]*\]\(|\]\([^)\]]*\)",
    re.M,
)

# div, section and friends count only where they hold text and no other block (a fragment
# of bare <div>s); a <div> wrapping <p>s is read through its <p>s.
_BLOCK_TAGS = (
    *("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "th", "dd"),
    *("dt", "div", "section", "article", "main", "figcaption", "caption"),
)
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# <head> is not dropped whole: its own elements (title, style, script; meta and link hold no
# text) are, and what html.parser leaves inside a head whose </head> is missing is the body,
# as a browser reads it (the first <p>, <div> or text ends a head).
_DROP_TAGS = (
    *("script", "style", "noscript", "template", "title", "img", "svg", "iframe"),
    *("figure", "nav", "footer", "button", "select", "input", "textarea"),
)

#: A paragraph that is all bold and this short reads as a heading (WeChat and Markdown exports
#: mark their section titles this way); longer bold paragraphs are pull quotes.
_BOLD_HEADING_MAX = 40
_SENTENCE_END = punctuation.SENTENCE_END
_CLOSERS = punctuation.CLOSERS
#: A bold paragraph that ends a sentence or introduces what follows is no heading.
_NO_HEADING_END = punctuation.SENTENCE_END + punctuation.COLONS
_SENTENCE_END_CHAR = re.compile(f"[{re.escape(_SENTENCE_END)}]")
_ATTRIBUTION_NEXT = re.compile(r"\s*——")
#: The longest sentence (or heading) read whole, ten times the longest of the seeds. Text that
#: runs on further without a sentence end (a table flattened into a line, or an attack) is
#: cut after its last comma, colon, 、 or space before the limit, else at the limit: the
#: rules read one sentence at a time, and some of their work grows with its length squared.
_MAX_SENTENCE = 1000
_CLAUSE_ENDS = punctuation.CLAUSE_ENDS
_BULLET = punctuation.BULLET
#: A section number before a heading: 01 视频号, 2. 微信支付, 三、小程序 (not 5 个新能力).
_HEADING_NUMBER = punctuation.HEADING_NUMBER
#: A tag cut off by the end of a truncated file (…<a href="https://mp.weixin.q).
_INCOMPLETE_TAG = re.compile(r"<[A-Za-z/!][^<>]*\Z")
#: How html.parser ends a comment.
_COMMENT_CLOSE = re.compile(r"--\s*>")
#: A non-breaking space between two Chinese characters is layout, not a word break
#: (视频\u00a0号); elsewhere it is a space.
_CJK_NBSP = re.compile(r"(?<=[\u3400-\u9fff])[\u00a0\u2007\u202f\u3000]+(?=[\u3400-\u9fff])")
_SPACE = re.compile(r"[\s\u00a0\u3000]+")
#: A Markdown image (or link) of inline data: Jina Reader writes a WeChat page's lazy
#: placeholders so, an SVG with spaces and parentheses in it (``![Image](data:image/svg+xml,%3C
#: %3Fxml version='1.0' …translate(-249.000000, -126.000000)…%3C/svg%3E)``). CommonMark reads no
#: image there (a destination holds no space), so its numbers would be text; it is dropped.
_DATA_IMAGE = re.compile(
    r"!?\[[^\[\]\n]*\]\(\s*data:[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)", re.IGNORECASE
)
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")
#: Control characters, dropped wherever they come from (bytes, HTML or Markdown entities,
#: YAML escapes): XML 1.0 cannot hold the C0 ones, so GraphML and GEXF readers refuse them,
#: and on a terminal they are escape sequences (an ANSI one, ESC [ 31 m, goes whole). Tab and
#: line ends stay; vertical tab, form feed and NEL, which Word and old pages write as line
#: breaks, are line breaks.
_CONTROL = re.compile("(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]|[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_CONTROL = re.compile("[\x0b\x0c\x85]")
#: Code points that are no characters: lone surrogates (UTF-8 cannot encode them; a YAML
#: "\\uD800" escape makes one) and the noncharacters (U+FFFE and U+FFFF are not XML
#: characters). Each is replaced with U+FFFD, with a warning.
_NOT_CHARACTER = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane | 0xFFFE) + chr(plane | 0xFFFF) for plane in range(0, 0x110000, 0x10000))
    + "]"
)
#: A superset of :data:`_NOT_CHARACTER` made of ranges only, searched first: the regex engine
#: tests a range in one step, but the astral planes' noncharacters, listed one by one, in turn
#: at every character (bench/README.md). Where it finds nothing, neither would the exact set.
_MAYBE_NOT_CHARACTER = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")
#: Every character that :data:`_CONTROL`, :data:`_INVISIBLE` or :data:`_CJK_NBSP` drops starts
#: with one of these: where there is none, :func:`_clean` skips the three passes.
_DROPPABLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b-\u200f\u2060\ufeff\u00a0\u2007\u202f\u3000]"
)
#: Every character that :data:`_CONTROL` or :data:`_LINE_CONTROL` removes or replaces starts
#: with one of these: a text without any is left as it is, without the two passes.
_ANY_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: What a file name shows as: controls, line and paragraph separators and bidirectional
#: overrides would move the terminal's cursor or forge a line of kg's output.
_UNPRINTABLE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAME_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Lines that belong to the page, not the article: re-posting notes, calls to follow, credits.
_BOILERPLATE = BOILERPLATE
_TITLE_YEAR_DATE = re.compile(r"(?<!\d)(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})(?!\d)")
#: How deep front matter may nest: front matter is a few keys and lists, and composing YAML
#: recurses once per level (a thousand levels are a RecursionError).
_YAML_DEPTH = 50
#: A list or quote marker at the start of a Markdown line (with the indent before it).
_CONTAINER_MARK = re.compile(r"[ \t]*(?:(>)|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?")
#: Flags for opening an article: never wait for a FIFO's writer, never take a terminal.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True, slots=True)
class _Block:
    """A heading or a paragraph of clean text, before sentence splitting."""

    text: str
    heading: bool
    title: bool = False  # an <h1>: the article's title, not a section


def article_files(
    paths: Iterable[str | Path],
    problems: list[tuple[str, str]] | None = None,
    *,
    hint: str = "",
) -> list[Path]:
    """The article files of ``paths`` (:func:`iter_paths`), for a command that needs some:
    :class:`BuildError` when a path does not exist, or when there are none and no problem
    explains why (``hint`` ends the message, as what to give instead)."""
    paths = list(paths)
    try:
        files = list(iter_paths(paths, problems))
    except KGError as exc:
        raise BuildError(str(exc)) from exc
    if not files and not problems:
        suffixes = ", ".join(f"*{s}" for s in SUFFIXES)
        raise BuildError(
            f"no articles found in {', '.join(map(str, paths))} (looked for {suffixes})"
            + (f"; {hint}" if hint else "")
        )
    return files


def iter_paths(
    paths: Iterable[str | Path] | str | Path, problems: list[tuple[str, str]] | None = None
) -> Iterator[Path]:
    """Yield the article files named by ``paths``, walking directories in sorted order.

    A file named directly is always yielded; inside a directory only files with one of
    :data:`SUFFIXES` are, symbolic links included (a broken or looping one then fails to load
    with its reason), but not the files kg itself wrote into a folder that holds its lock
    (kg.html of a build whose output is inside its input); links to directories are not
    followed, so a link loop cannot trap the walk. A file named twice is yielded once. A
    directory that cannot be listed is added to ``problems`` as (path, reason). Raises
    :class:`LoadError` for a path that does not exist.
    """
    seen: set[str] = set()

    def fresh(path: Path, real_folder: str | None = None) -> bool:
        if path.is_symlink():
            key = os.path.abspath(path)
        elif real_folder is not None:  # what realpath gives, without resolving it per file
            key = os.path.join(real_folder, path.name)
        else:
            key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    def unreadable(error: OSError) -> None:
        if problems is not None:
            where = display_path(error.filename or "?")
            problems.append((where, f"cannot list the directory ({error.strerror or error})"))

    from kg.exporters import FORMATS, LOCK_FILE

    written = {name for f in FORMATS.values() for name in f.filenames}
    for raw in [paths] if isinstance(paths, (str, Path)) else paths:
        path = Path(raw)
        if path.is_dir():
            found: list[tuple[Path, str]] = []
            for folder, dirs, names in os.walk(path, followlinks=False, onerror=unreadable):
                dirs.sort()
                real = os.path.realpath(folder)
                # A folder holding kg's lock is a build's output: what kg wrote there (kg.html)
                # is no article, even when the output is inside the input (kg build . -o out).
                own = written if LOCK_FILE in names else set()
                found.extend(
                    (Path(folder, name), real)
                    for name in names
                    if Path(name).suffix.lower() in SUFFIXES and name not in own
                )
            found.sort()
            yield from (p for p, real in found if fresh(p, real))
        elif path.exists() or path.is_symlink():
            if fresh(path):
                yield path
        else:
            raise LoadError(display_path(path), "no such file or directory")


def load(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read one article from disk. Raises :class:`LoadError` naming the file and the reason.

    The encoding is detected, not assumed: a byte-order mark, else UTF-8, else what
    charset-normalizer finds among the encodings Chinese news comes in (GB18030/GBK, Big5,
    UTF-16 …). Images and other binary files, and files over ``max_bytes``, are refused.
    """
    return load_bytes(read(path, max_bytes), display_path(path))


def read(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of an article file, at most ``max_bytes`` of them; LoadError if it cannot be
    read, is not a regular file, or is larger.

    Every reader of article bytes goes through here (builds, workers, the cache), and the
    checks come before any byte is read: the type and size of the path, then of the file
    opened (it may have been replaced in between). A FIFO, socket or device, even behind a
    link named ``x.md``, is refused without waiting on it, and at most ``max_bytes + 1``
    bytes are read, so a file that grows while it is read (or whose size the system does not
    know, as in /proc) is refused instead of filling memory.
    """
    p = Path(path)
    name = display_path(p)
    try:
        _check_file(os.stat(p), name, max_bytes)
        fd = os.open(p, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(p, name, exc) from exc
    try:
        info = os.fstat(fd)
        _check_file(info, name, max_bytes)
        os.set_blocking(fd, True)  # a regular file: reads wait for the disk, as they should
        chunks: list[bytes] = []
        left = max_bytes + 1
        # The first read asks for the whole file and one byte more, to see it ends there.
        size = info.st_size + 1
        while left > 0:
            chunk = os.read(fd, min(left, max(size, 1 << 16)))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise LoadError(name, f"cannot read the file ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if left <= 0:
        raise LoadError(
            name,
            f"the file grew past the {_size(max_bytes)} limit for one article while it was "
            "read (kg build --max-mb raises the limit)",
        )
    return b"".join(chunks)


def _check_file(info: os.stat_result, name: str, max_bytes: int) -> None:
    """Refuse what is not a regular file of at most ``max_bytes``."""
    if not stat.S_ISREG(info.st_mode):
        what = "a directory" if stat.S_ISDIR(info.st_mode) else "a pipe, socket or device"
        raise LoadError(name, f"{what}, not a file")
    if info.st_size > max_bytes:
        raise LoadError(
            name,
            f"the file is {_size(info.st_size)}, over the {_size(max_bytes)} limit "
            "for one article (kg build --max-mb raises it)",
        )


def _unreadable(path: Path, name: str, exc: OSError) -> LoadError:
    if exc.errno == errno.ENOENT and path.is_symlink():
        try:
            target = display_path(os.readlink(path))
        except OSError:
            target = "?"
        return LoadError(name, f"a broken symbolic link (to {target})")
    return LoadError(name, f"cannot read the file ({exc.strerror or exc})")


def display_path(path: str | Path) -> str:
    """A path as text that can always be printed and written, and that shows on one line as
    itself: undecodable bytes and lone surrogates as U+FFFD, and control characters (line
    ends, escape sequences), line separators and bidirectional overrides escaped as ``\\n``,
    ``\\x1b``, ``\\u202e``, so that a file name cannot forge a line of kg's output.

    >>> display_path("a\\nerror: b.md")
    'a\\\\nerror: b.md'
    """
    try:
        text = os.fsencode(path).decode("utf-8", "replace")
    except UnicodeEncodeError:  # a str holding a surrogate that no file name decodes to
        text = _NOT_CHARACTER.sub("\ufffd", os.fspath(path))
    if _UNPRINTABLE_NAME.search(text) is None:
        return text
    return _UNPRINTABLE_NAME.sub(_escape_name_character, text)


def _escape_name_character(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAME_ESCAPES:
        return _NAME_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"


def load_bytes(data: bytes, path: str) -> Document:
    """An article from its bytes (as read from ``path``, which names it)."""
    if not data.strip():
        raise LoadError(path, "the file is empty")
    raw = decode(data, path)
    if not raw.strip("\ufeff \t\r\n"):
        raise LoadError(path, "the file is empty")
    return load_text(raw, path=path, sha256=hashlib.sha256(data).hexdigest())


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, path: str) -> str:
    """The text of an article's bytes, whatever its encoding; LoadError if it is not text."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise LoadError(path, f"this is {what}, not an article")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec.startswith("utf-16") and b"\x00" not in data and _is_utf8(data[len(bom) :]):
                # UTF-16 text holds a NUL byte in every ASCII character (its line ends): text
                # with none that reads as UTF-8 is UTF-8 behind a stray mark.
                raise LoadError(
                    path,
                    f"starts with a {codec} byte-order mark, but what follows is UTF-8 text: "
                    f"remove the first {len(bom)} bytes (the mark) or save it as UTF-8",
                )
            try:
                return _decode_cut(data[len(bom) :], codec)
            except UnicodeDecodeError as exc:
                raise LoadError(
                    path, f"starts with a {codec} byte-order mark but is not {codec} text"
                ) from exc
    if b"\x00" in data:
        # A few NULs in UTF-8 are stray bytes (load_text drops them); UTF-16 without a BOM
        # has one in two bytes NUL where it holds ASCII.
        if data.count(0) * 8 < len(data):
            try:
                return _decode_cut(data, "utf-8")
            except UnicodeDecodeError:
                pass
        return _utf16_without_bom(data, path)
    try:
        return _decode_cut(data, "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_ENCODINGS)).best()
    if best is None and len(data) > 1:
        # A file cut inside its last character (a truncated download): try without it.
        best = from_bytes(data[:-1], cp_isolation=list(_ENCODINGS)).best()
    if best is None or (b"\x00" in data and best.encoding not in ("utf_16", "utf_32")):
        raise LoadError(
            path,
            "not text: no encoding kg knows (UTF-8, UTF-16, GB18030, Big5 …) reads it; "
            "if it is an article, convert it to UTF-8",
        )
    # GBK text is GB18030 text; decoding as the superset loses nothing.
    codec = "gb18030" if best.encoding in ("gbk", "gb2312") else best.encoding
    return data.decode(codec, errors="replace")


def load_text(raw: str, *, path: str, sha256: str | None = None) -> Document:
    """Turn an article's text into a Document; ``path`` names it in errors and its id.

    Whatever the text holds, every string of the Document can be written by every output:
    control characters are dropped (NULs with a warning), and lone surrogates and
    noncharacters, whether in the text, in its HTML or Markdown entities (``&#xFFFF;``) or
    in YAML escapes (``"\\uD800"``), are replaced with U+FFFD, with a warning naming where.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    sha256 = sha256 or _text_hash(raw)
    warnings: list[str] = []
    if "\x00" in raw:
        warnings.append(f"{path}: the file holds {raw.count(chr(0))} NUL byte(s); they are dropped")
    if _ANY_CONTROL.search(raw) is not None:
        raw = _LINE_CONTROL.sub("\n", _CONTROL.sub("", raw))
    raw = _replace_non_characters(raw, f"{path}: the text", warnings)
    meta, body = _front_matter(raw, path, warnings)
    meta, body, names = _page_header(meta, body)
    fmt = detect_format(body, suffix=Path(path).suffix)
    blocks = _body_blocks(body, fmt, path, warnings)
    if any(_non_character(b.text) for b in blocks):  # from entities: &#xFFFF;
        where = f"{path}: the text"
        blocks = [
            _Block(_replace_non_characters(b.text, where, warnings), b.heading, b.title)
            for b in blocks
        ]
    # The title comes from the article, never its file name (a name must not date it).
    meta_title = _meta(meta, "title", path, warnings, names)
    author = _meta(meta, "author", path, warnings, names)
    title = meta_title or _first_heading(blocks) or (blocks[0].text[:40] if blocks else "")
    if blocks and blocks[0].title:
        # A leading <h1> or Markdown '# title' names the article, not its first section.
        title = meta_title or blocks[0].text
        blocks = blocks[1:]
    blocks, header_date = _export_header(blocks)
    text, sections, sentences = _layout(blocks)
    if not sentences:
        raise LoadError(path, f"no text found in the {fmt} body")
    date = (
        _date(meta, path, warnings, names)
        or header_date
        or (_page_date(body) if fmt == "html" else None)
    )
    meta_year = _year(meta.get("year"), path, warnings)
    meta_event = _event(meta, path, warnings)
    return Document(
        id=document_id(path, sha256),
        path=path,
        format=fmt,
        title=title,
        date=date,
        author=author,
        source=_meta(meta, "source", path, warnings, names),
        text=text,
        sections=sections,
        sentences=sentences,
        sha256=sha256,
        warnings=tuple(warnings),
        meta_year=meta_year,
        meta_event=meta_event,
        links=_dated_links(body),
    )


# The header an exporter or clipper writes above a post's text (its labels are language data:
# :mod:`kg.lang.boilerplate`, HEADER_FIELD and its neighbours).


def _export_header(blocks: list[_Block]) -> tuple[list[_Block], str | None]:
    """``blocks`` without the export header they open with (none if they open with none), and
    the day that header says the article came out (a day of 1900-2099, not the Unix epoch)."""
    end = 0
    while (
        end < min(len(blocks), 12) and boilerplate.HEADER_FIELD.match(blocks[end].text) is not None
    ):
        if blocks[end].heading and blocks[end].text != boilerplate.HEADER_TITLE:
            break  # (the title of a CSDN export's header is a bold line, read as a heading)
        end += 1
    header = " ".join(b.text for b in blocks[:end])
    fields = len(boilerplate.HEADER_ANY.findall(header))
    own = boilerplate.HEADER_OWN.findall(header)
    if (
        not own
        or (fields < 2 and own == [boilerplate.HEADER_ADDRESS])
        or SOURCE_ADDRESS.search(header)
    ):
        return blocks, None
    day = None
    for written in boilerplate.HEADER_DATE.findall(header):
        day = _day(written)
        if _publication_day(day):
            break
        day = None
    return blocks[end:], day.isoformat() if day is not None else None


# The day a web page says it was published, in its own markup: Open Graph's and schema.org's
# (Hexo's open_graph helper, Hugo's and jekyll-seo-tag's templates write them: <meta
# property="article:published_time" content="…">, <time itemprop="dateCreated datePublished"
# datetime="…"> in Hexo's NexT theme, JSON-LD "datePublished"), and a saved 公众号 page's, whose
# <em id="publish_time"> is filled by a script from ``var ct = "1774922192"`` (seconds) or
# ``var createTime = '2026-03-25 19:38'``. Never article:modified_time or dateModified.
_PUBLISHED = re.compile(
    r"(?:og:)?(?:article:published_time|datePublished|pubdate|publishdate|publish_date)",
    re.IGNORECASE,
)
# Each tag is read once, by its attributes: a pattern that looked for a published-time
# attribute and then for the content after it, in the tag's text, read the rest of a tag
# again after each such attribute (a <meta of 100,000 name="pubdate" took minutes).
_PAGE_TAG = re.compile(r"<(meta|time|em)\b([^<>]*)(>?)", re.IGNORECASE)
_PAGE_ATTRIBUTE = re.compile(
    r"\b(property|name|itemprop|content|datetime|id)\s*=\s*[\"']([^\"'<>]*)[\"']", re.IGNORECASE
)
_JSON_LD_DATE = re.compile(r"\"datePublished\"\s*:\s*\"([^\"<>]{6,40})\"")
_CREATE_TIME = re.compile(r"\bvar\s+createTime\s*=\s*[\"']([^\"'<>]{6,40})[\"']")
_EM_TEXT = re.compile(r">\s*([^<>\s][^<>]{5,39})</em>")  # from the tag's closing >
_WECHAT_SECONDS = re.compile(r"\bvar\s+ct\s*=\s*[\"'](\d{9,10})[\"']")
_CHINA_TIME = dt.timezone(dt.timedelta(hours=8))  # the day a 公众号 post went out, in China


def _page_dates(html: str) -> Iterator[str]:
    """The days an HTML page's markup says it was published, as written, in the order they
    are tried: a <meta> whose published-time name comes before its content, one whose
    content comes first, JSON-LD's "datePublished", a <time itemprop="datePublished">, a
    saved 公众号 page's ``var createTime`` and its filled <em id="publish_time">."""
    metas: list[tuple[str | None, str | None]] = []  # (content after, content before)
    times: list[str] = []
    ems: list[str] = []
    for tag in _PAGE_TAG.finditer(html):
        name = tag.group(1).lower()  # HTML's tag and attribute names are read in any case
        found = [(key.lower(), value) for key, value in _PAGE_ATTRIBUTE.findall(tag.group(2))]
        if name == "meta":
            named = [
                i
                for i, (key, value) in enumerate(found)
                if key in ("property", "name", "itemprop") and _PUBLISHED.fullmatch(value)
            ]
            if named:
                content = [
                    (i, value)
                    for i, (key, value) in enumerate(found)
                    if key == "content" and 6 <= len(value) <= 40
                ]
                after = next((v for i, v in content if i > named[0]), None)
                before = next((v for i, v in content if i < named[-1]), None)
                metas.append((after, before))
        elif name == "time":
            dated = [
                i
                for i, (key, value) in enumerate(found)
                if key == "itemprop" and re.search(r"\bdatePublished\b", value)
            ]
            if dated:
                written = next(
                    (
                        value
                        for i, (key, value) in enumerate(found)
                        if i > dated[0] and key == "datetime" and 6 <= len(value) <= 40
                    ),
                    None,
                )
                if written is not None:
                    times.append(written)
        elif name == "em" and tag.group(3) and ("id", "publish_time") in found:
            text = _EM_TEXT.match(html, tag.end() - 1)
            if text is not None:
                ems.append(text.group(1))
    yield from (after for after, _ in metas if after is not None)
    yield from (before for _, before in metas if before is not None)
    yield from _JSON_LD_DATE.findall(html)
    yield from times
    yield from _CREATE_TIME.findall(html)
    yield from ems


#: How much of an address is read for its day (a page's addresses are short; a run of
#: address characters can be a whole hostile line).
_ADDRESS_CHARS = 300
#: How many dated addresses an article keeps (a list of links at its end can hold hundreds).
_MAX_LINKS = 100


def _dated_links(body: str) -> tuple[str, ...]:
    """The addresses in ``body`` (a link's target, an image's, a bare address) whose path
    carries a day (:data:`~kg.lang.years.LINKED_DAY`), once each, in order: what dates an
    article that nothing else dates (:func:`kg.match.detect_event`)."""
    found: dict[str, None] = {}
    for hit in ADDRESS.finditer(body):
        address = hit.group()[:_ADDRESS_CHARS]
        if "%" in address:
            # A redirect carries the page it leads to escaped (sspai.com/link?target=https%3A
            # %2F%2Fgithub.com%2F…%2F_posts%2F2023-02-16-homebrew-4.0.0.md).
            address = unquote(address)
        if LINKED_DAY.search(address):
            found.setdefault(address)
            if len(found) == _MAX_LINKS:
                break
    return tuple(found)


def _page_date(html: str) -> str | None:
    """The day an HTML page's own markup says it was published (:func:`_page_dates`, the
    first that gives a day of 1900-2099 that is not the Unix epoch), or None."""
    for written in _page_dates(html):
        day = _day(written)
        if _publication_day(day):
            return day.isoformat()
    seconds = _WECHAT_SECONDS.search(html)
    if seconds is not None:
        day = dt.datetime.fromtimestamp(int(seconds.group(1)), _CHINA_TIME).date()
        if 1990 <= day.year <= 2099:
            return day.isoformat()
    return None


def _text_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _replace_non_characters(text: str, where: str, warnings: list[str]) -> str:
    """``text`` with each lone surrogate and noncharacter replaced with U+FFFD; the first
    replacement of ``where`` (the file and the key, or the text) is warned of."""
    found = _non_character(text)
    if found is None:
        return text
    warning = (
        f"{where} holds U+{ord(found.group()):04X}, which no output can hold (a lone "
        "surrogate or a noncharacter); such code points are replaced with U+FFFD"
    )
    if not any(w.startswith(f"{where} holds U+") for w in warnings):
        warnings.append(warning)
    return _NOT_CHARACTER.sub("\ufffd", text)


def _non_character(text: str) -> re.Match[str] | None:
    """The first lone surrogate or noncharacter of ``text``, if any."""
    maybe = _MAYBE_NOT_CHARACTER.search(text)
    return None if maybe is None else _NOT_CHARACTER.search(text, maybe.start())


def _meta(
    meta: dict[str, object],
    key: str,
    path: str,
    warnings: list[str],
    names: Mapping[str, str] | None = None,
) -> str | None:
    """A front-matter value as one line of text any output can hold; a warning names it as
    ``names`` does (what the article calls it: a tool header's field), else as ``front matter
    KEY``."""
    text = _str(meta.get(key))
    if text is None:
        return None
    if "[[" in text:
        text = _WIKI_LINK.sub(lambda link: link.group(2) or link.group(1), text)
    what = _named(key, names)
    if len(text) > _MAX_SENTENCE:
        # A title or event is a line; a longer value is a mistake or an attack, and the
        # event finder reads it whole.
        warnings.append(
            f"{path}: {what} is {len(text):,} characters long; kg reads its first {_MAX_SENTENCE:,}"
        )
        text = text[:_MAX_SENTENCE]
    return _replace_non_characters(text, f"{path}: {what}", warnings)


def _named(key: str, names: Mapping[str, str] | None) -> str:
    """How a warning names the metadata ``key``: as the article carries it."""
    return (names or {}).get(key) or f"front matter {key}"


def document_id(path: str, sha256: str) -> str:
    """A stable ASCII slug for an article: its file stem, or a hash when the stem has none.

    >>> document_id("seeds/2023-wechat-open-class-pro.md", "ab" * 32)
    '2023-wechat-open-class-pro'
    >>> document_id("文章.md", "ab" * 32)
    'doc-abababababab'
    """
    stem = Path(path).stem
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    # A stem with Chinese in it would lose it in the slug (微信公开课PRO -> pro) and collide.
    readable = stem.isascii() and re.search(r"[a-z]", slug)
    return slug if readable else f"doc-{sha256[:12]}"


def detect_format(body: str, suffix: str = "") -> str:
    """Say whether a body is ``html``, ``markdown`` or ``text`` by what it contains.

    >>> detect_format("<p>视频号</p>")
    'html'
    >>> detect_format("**01 视频号**\\n\\n正文", suffix=".txt")
    'markdown'
    >>> detect_format("视频号上线三年。")
    'text'
    >>> detect_format("# 标题\\n\\n![](a.png)\\n\\n第一段<br />", suffix=".md")
    'markdown'
    """
    html = len(_HTML_BLOCK.findall(body))
    if html and suffix.lower() in (".md", ".markdown"):
        # Markdown may hold HTML (a clipper's <br />): a .md file is HTML only when its tags
        # outnumber its Markdown, as in the RSS mirrors that store a page's HTML in .md posts.
        if html > len(_MARKDOWN_HINT.findall(body)):
            return "html"
        return "markdown"
    if html:
        return "html"
    if _MARKDOWN_HINT.search(body):
        return "markdown"
    if suffix.lower() in (".md", ".markdown"):
        return "markdown"
    return "text"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cut a paragraph into sentences; return (start, end) spans covering the stripped text.

    A sentence ends at 。！？； (and ASCII !?;), takes closing quotes with it, and keeps a
    following ``——`` attribution (the speaker of a quote belongs to its last sentence).

    >>> t = "好的。”——张颖。下一句"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['好的。”——张颖。', '下一句']
    """
    spans: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(text)
    while (end := _SENTENCE_END_CHAR.search(text, i)) is not None:
        j = end.end()
        while j < n and (text[j] in _SENTENCE_END or text[j] in _CLOSERS):
            j += 1
        if _ATTRIBUTION_NEXT.match(text, j):  # read in place: a copy of the rest per
            i = j  # sentence made a long paragraph quadratic
            continue
        _add_span(text, start, j, spans)
        start = i = j
    _add_span(text, start, n, spans)
    return spans


def _decode_cut(data: bytes, codec: str) -> str:
    """Decode, forgiving only a last character cut in half (a file truncated mid-write)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.reason in ("unexpected end of data", "truncated data") and exc.end >= len(data):
            return data[: exc.start].decode(codec)
        raise


def _utf16_without_bom(data: bytes, path: str) -> str:
    """Text with NUL bytes is UTF-16 (every other byte NUL for CJK-free text) or binary."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if (even + odd) * 100 < len(data):
        # UTF-16 text has a NUL in every ASCII character (line ends, digits, spaces): text in
        # another encoding with a stray NUL would read as UTF-16 mojibake.
        raise LoadError(path, "a binary file (it holds NUL bytes), not an article")
    # In UTF-16 every ASCII character has a NUL high byte, and CJK ones almost never have a
    # NUL low byte: NULs on one side only give the byte order away.
    if even != odd and min(even, odd) <= max(even, odd) // 5:
        codec = "utf-16-be" if even > odd else "utf-16-le"
        try:
            return _decode_cut(data, codec)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-16")
        if sum(c.isprintable() or c.isspace() for c in text) > 0.95 * len(text):
            return text
    except UnicodeDecodeError:
        pass
    raise LoadError(path, "a binary file (it holds NUL bytes), not an article")


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Add ``text[start:end]`` without its outer spaces, in pieces of at most
    :data:`_MAX_SENTENCE` characters."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        if start == end:
            return
        piece = end
        if end - start > _MAX_SENTENCE:
            limit = start + _MAX_SENTENCE
            cut = max(text.rfind(c, start, limit) for c in _CLAUSE_ENDS) + 1
            piece = cut if cut > start else limit
        stop = piece
        while text[stop - 1].isspace():  # text[start] is not a space: stops there
            stop -= 1
        spans.append((start, stop))
        if piece == end:
            return
        start = piece


def _front_matter(raw: str, path: str, warnings: list[str]) -> tuple[dict[str, object], str]:
    """Split off the YAML (or TOML) front matter. Broken front matter, or front matter over
    :data:`MAX_FRONT_MATTER_BYTES`, costs its metadata, not the article: it is reported in
    ``warnings`` and the body is read on."""
    match = _FRONT_MATTER.match(raw)
    toml = None if match else _TOML_FRONT_MATTER.match(raw)
    fenced = match or toml
    if fenced is None:
        return {}, raw.lstrip("\ufeff")
    body = raw[fenced.end() :]
    size = len(fenced.group(1).encode("utf-8", "surrogatepass"))
    if size > MAX_FRONT_MATTER_BYTES:
        limit = f"{MAX_FRONT_MATTER_BYTES / 1e3:,.0f} kB"
        warnings.append(
            f"{path}: front matter is {_size(size)}, over the {limit} limit for front matter (a "
            "few lines of metadata); its title, date and author are ignored"
        )
        return {}, body
    if toml is not None:
        return _toml_front_matter(toml.group(1), path, warnings), body
    import yaml  # only articles with front matter need it

    try:
        meta, year = _load_yaml(fenced.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "a syntax error"
        warnings.append(
            f"{path}: front matter is not valid YAML{where} ({problem}); "
            "its title, date and author are ignored"
        )
        return {}, body
    except ValueError as exc:  # YAML reads 2022-13-45 as a timestamp and fails on it
        warnings.append(
            f"{path}: front matter holds an impossible date ({exc}); "
            "its title, date and author are ignored; write dates as YYYY-MM-DD"
        )
        return {}, body
    if meta is None:
        return {}, body
    if not isinstance(meta, (dict, list)):
        # One value, no key: no front matter, but an article that opens with text between
        # two horizontal rules (Markdown's --- lines).
        return {}, raw.lstrip("\ufeff")
    if not isinstance(meta, dict):
        warnings.append(
            f"{path}: front matter is not a YAML mapping (key: value lines); it is ignored"
        )
        return {}, body
    meta = {str(k): v for k, v in meta.items()}
    if (
        year is not None
        and isinstance(meta.get("year"), int)
        and not isinstance(meta["year"], bool)
    ):
        meta["year"] = year  # as written: `_year` checks it (and a warning quotes it)
    return meta, body


# The text Jina Reader (r.jina.ai) makes of a web page, which clippers and RSS-to-Markdown
# tools save as it comes: 「Title: …」, 「URL Source: …」, 「Published Time: …」 when the page
# gives one, and 「Markdown Content:」 before the page itself.
_READER_HEADER = re.compile(
    r"\A\s*Title:[ \t]*(?P<title>[^\n]*)\n(?P<fields>(?:[^\n]*\n){0,20}?)"
    r"Markdown Content:[ \t]*(?:\n|\Z)"
)
_READER_FIELDS = {"URL Source": "source", "Published Time": "published"}
#: How a warning names what a tool's header gives: as the article carries it.
_READER_NAME = "Jina Reader's {}"
_PROPERTY_NAME = "Logseq property {}"
_READER_FIELD = re.compile(r"^(URL Source|Published Time):[ \t]*(\S[^\n]*)$", re.MULTILINE)
# Logseq's page properties, the 「key:: value」 lines a page opens with; clippers that save to
# Logseq write title::, source::, published:: and clipped:: (the day of the clip, never read).
# A key is word characters and hyphens, and a space or the line's end follows its ::, as
# Logseq writes them: a line of code opening an article (std::vector<int> v;) is no property.
_PAGE_PROPERTIES = re.compile(r"\A(?:[ \t]*[A-Za-z][\w-]{0,40}::(?:[ \t][^\n]*)?(?:\n|\Z))+")
_PAGE_PROPERTY = re.compile(r"^[ \t]*([A-Za-z][\w-]{0,40})::(?:[ \t]+([^\n]*))?$", re.MULTILINE)
_PROPERTY_LINK = re.compile(r"\A\[\[([^\[\]]*)\]\]\Z")  # a Logseq page link: [[2022-06-28]]
#: A wiki link, [[page]] or [[page|text]], as Obsidian's web clipper writes an author
#: (``author: ["[[36氪]]"]``) and Logseq a page: what it shows is its text.
_WIKI_LINK = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]+))?\]\]")
# A block's properties in a Logseq page, under the block (id:: once another block refers to
# it, collapsed:: when it is folded): no text of it.
_BLOCK_PROPERTY = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?[A-Za-z][\w-]{0,40}::(?:[ \t][^\n]*)?$\n?", re.M
)


def _page_header(
    meta: dict[str, object], body: str
) -> tuple[dict[str, object], str, dict[str, str]]:
    """The metadata a body opens with in a tool's own header rather than front matter (Jina
    Reader's 「Title:」 … 「Markdown Content:」 lines, Logseq's 「key:: value」 page
    properties), added to ``meta`` where it lacks the key; the body after the header; and,
    for each key added, how the article names it (``Jina Reader's Published Time``), for
    warnings."""
    found: dict[str, tuple[object, str]] = {}
    reader = _READER_HEADER.match(body)
    if reader is not None:
        found["title"] = (reader.group("title").strip(), _READER_NAME.format("Title"))
        for name, value in _READER_FIELD.findall(reader.group("fields")):
            found[_READER_FIELDS[name]] = (value.strip(), _READER_NAME.format(name))
        body = body[reader.end() :]
    else:
        properties = _PAGE_PROPERTIES.match(body)
        if properties is None:
            return meta, body, {}
        for name, value in _PAGE_PROPERTY.findall(properties.group()):
            key = _PROPERTY_KEYS.get(_property_key(name))
            if key is not None:
                link = _PROPERTY_LINK.match(value.strip())
                found[key] = (
                    (link.group(1) if link else value).strip(),
                    _PROPERTY_NAME.format(name),
                )
        body = _BLOCK_PROPERTY.sub("", body[properties.end() :])
    added = {
        k: v for k, v in found.items() if v[0] not in ("", "null") and meta.get(k) in (None, "")
    }
    return (
        {**meta, **{k: value for k, (value, _) in added.items()}},
        body,
        {k: name for k, (_, name) in added.items()},
    )


def _property_key(name: str) -> str:
    """A Logseq property's key as Logseq reads it: in lower case, with - for _ (its
    ``publishDate::`` is ``publishdate``, its ``date_published::`` ``date-published``)."""
    return name.lower().replace("_", "-")


def _toml_front_matter(text: str, path: str, warnings: list[str]) -> dict[str, object]:
    import tomllib

    try:
        meta = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem = str(exc)
    except RecursionError:  # tomllib recurses once per level of nested arrays
        problem = f"it nests deeper than {_YAML_DEPTH} levels"
    except ValueError:  # an int of more than 4,300 digits, which Python will not read
        problem = f"a number of more than {_YAML_NUMBER_CHARACTERS:,} digits"
    else:
        if _deeper_than(meta, _YAML_DEPTH):
            problem = f"it nests deeper than {_YAML_DEPTH} levels"
        elif _huge_int(meta):  # 0xFFFF…: read, but Python will not print it
            problem = f"a number of more than {_YAML_NUMBER_CHARACTERS:,} digits"
        else:
            return _year_as_written(meta, text, _TOML_YEAR)
    warnings.append(
        f"{path}: front matter is not valid TOML ({problem}); its title, date and author "
        "are ignored"
    )
    return {}


# The ``year:`` as written: YAML 1.1 and TOML read 0x7E7, 03747, 0b11111100111, 2_023 and
# +2023 as the int 2023 (YAML 1:13:43 as 4423, base 60), but a year is four digits. (YAML's
# is read from its node: `_written_year`.)
_TOML_YEAR = re.compile(r"^[ \t]*year[ \t]*=[ \t]*([^\s#]+)", re.MULTILINE)


def _year_as_written(meta: dict[str, object], text: str, key: re.Pattern[str]) -> dict[str, object]:
    """``meta`` with a whole-number ``year`` replaced by its text in the front matter, so that
    `_year` checks (and a warning quotes) what was written, not the number it stands for."""
    year = meta.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        written = key.search(text)
        if written is not None:
            return {**meta, "year": written.group(1)}
    return meta


def _written_year(root: Any) -> str | None:
    """The ``year:`` of front matter's root node as written, in block style or flow style
    (``{year: 0x7E7}``) alike (the last of two, as it is the one loaded), or None."""
    import yaml

    written = None
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "year":
                written = value.value if isinstance(value, yaml.ScalarNode) else None
    return written


def _load_yaml(text: str) -> tuple[Any, str | None]:
    """Front matter as Python values, and its ``year:`` as written (:func:`_written_year`);
    the errors are PyYAML's pure-Python loader's, whichever loader ran.

    libyaml reads it when PyYAML was built with it, anchors and aliases included (an & or a
    * anywhere sent front matter to the pure-Python loader, several times slower). What that
    loader refuses as it composes (nesting too deep, aliases that expand too far) is looked
    for in libyaml's nodes; where libyaml finds an error or such a node, the pure-Python
    loader reads the front matter again, to word the error the same on every machine.
    """
    import yaml

    fast = _fast_loader()
    if not issubclass(fast, yaml.SafeLoader):  # libyaml's
        try:
            return _read_yaml(fast, text, check=True)
        except yaml.YAMLError:
            pass
    return _read_yaml(_front_matter_loader(), text)


def _read_yaml(loader_class: type, text: str, *, check: bool = False) -> tuple[Any, str | None]:
    """Compose ``text`` with ``loader_class``, then construct its values. With ``check``, a
    YAML error where :func:`_front_matter_loader` would raise one as it composes."""
    import yaml

    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        if check and _refused(root):
            # (never shown: the caller reads the text again with the loader that words it)
            raise yaml.composer.ComposerError(None, None, "refused", root.start_mark)
        year = _written_year(root)  # before constructing, which merges << keys into nodes
        return loader.construct_document(root), year
    finally:
        loader.dispose()


def _refused(root: Any) -> bool:
    """Whether :func:`_front_matter_loader` may refuse YAML's nodes, composed by another
    loader: a node more than ``_YAML_DEPTH`` deep, or aliases that expand too far
    (:func:`_expansion_problem`). Where it would, True; True also where a node is first
    reached through an alias deeper than it is written (that loader counts where a node is
    written), and the caller lets that loader decide. Each node is read once."""
    import yaml

    seen: set[int] = set()
    aliased = False
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            aliased = True
            continue
        seen.add(id(node))
        if depth > _YAML_DEPTH:
            return True
        if isinstance(node, yaml.MappingNode):
            stack.extend((part, depth + 1) for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
    return aliased and _expansion_problem(root) is not None


def _deeper_than(value: object, limit: int) -> bool:
    """Whether YAML's value nests more than ``limit`` nodes deep (a scalar is one node)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def _huge_int(value: object) -> bool:
    """Whether TOML's value holds an int of more than :data:`_YAML_NUMBER_CHARACTERS` digits."""
    # (A bool is an int, of one digit.)
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, int) and abs(item) >= 10**_YAML_NUMBER_CHARACTERS:
            return True
    return False


def _expansion_problem(root: Any) -> str | None:
    """What is wrong with a YAML node graph once its aliases are expanded (more than
    ``_YAML_VALUES`` values or ``_YAML_ALIAS_CHARACTERS`` characters beyond those written,
    deeper than ``_YAML_DEPTH``, an alias inside the value it names), or None. Each node is
    read once, however many aliases name it. (Values as written are no matter: front matter
    of 20,000 keys and an ``A & B``, read by this loader for its ``&``, is no billion laughs.)"""
    import yaml

    def children(node: Any) -> list[Any]:
        if isinstance(node, yaml.MappingNode):
            return [part for pair in node.value for part in pair]
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        return []

    # id -> (values, depth, characters) with aliases expanded
    expanded: dict[int, tuple[int, int, int]] = {}
    nodes = written = 0  # the nodes, and the characters of their scalars, read so far, once
    inside: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            values = depth = characters = 0
            for child in children(node):
                v, d, c = expanded[id(child)]
                values, depth, characters = values + v, max(depth, d), characters + c
            values, depth = values + 1, depth + 1
            nodes += 1
            if values - nodes > _YAML_VALUES:
                return f"its aliases (*name) expand to more than {_YAML_VALUES:,} values"
            if characters - written > _YAML_ALIAS_CHARACTERS:
                # (9,000 aliases of a scalar of a megabyte are 9,000 values, and 9 GB.)
                return (
                    f"its aliases (*name) expand to more than {_YAML_ALIAS_CHARACTERS:,} characters"
                )
            if depth > _YAML_DEPTH:
                return f"it nests deeper than {_YAML_DEPTH} levels"
            expanded[key] = (values, depth, characters)
            inside.discard(key)
        elif key in inside:
            return "an alias (*name) names a value that holds it"
        elif key in expanded:
            continue
        elif isinstance(node, yaml.ScalarNode):
            # A scalar is done as soon as it is reached (it holds no node): one value, one
            # level, its characters; no limit can be passed by it.
            own = len(node.value)
            nodes, written = nodes + 1, written + own
            expanded[key] = (1, 1, own)
        else:
            inside.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children(node))
    return None


#: The tags with which Python 2's PyYAML wrote a string (``title: !!python/unicode '…'``, in
#: Jekyll archives of exported 公众号 posts): read as the string they tag. Every other
#: python/ tag (objects, calls, modules) is still refused, and the front matter with it.
_PYTHON_STRING_TAGS = ("tag:yaml.org,2002:python/unicode", "tag:yaml.org,2002:python/str")


#: The longest scalar read as a number: PyYAML turns a sexagesimal one (``1:2:3:…``, YAML 1.1's
#: base 60) into a number in time quadratic in its length (``!!float 1:1:…`` an
#: OverflowError), and a hex one of 4,000 digits (``0xFFFF…``) into an int Python will not
#: print (no more than 4,300 decimal digits): every later ``str()`` of the value would raise.
#: No front-matter number is this long.
_YAML_NUMBER_CHARACTERS = 1_000


def _checked(tag: str, construct: Any) -> Any:
    """PyYAML's constructor of ``tag`` (int, float, bool or timestamp), failing with a YAML
    error where PyYAML's fails with another (``!!timestamp soon``: AttributeError, ``!!bool
    maybe``: KeyError, ``!!int ''``: IndexError, ``!!int x``: ValueError), and refusing a
    number longer than :data:`_YAML_NUMBER_CHARACTERS`. A timestamp's ValueError (2022-13-45) is
    left as it is: the caller names it an impossible date."""
    import yaml

    def checked(loader: Any, node: Any) -> Any:
        if not isinstance(node, yaml.ScalarNode):  # PyYAML's error: "expected a scalar node"
            return construct(loader, node)
        shown = node.value[:40] + ("…" if len(node.value) > 40 else "")
        problem = f"{shown!r} is no !!{tag}"
        if tag in ("int", "float") and len(node.value) > _YAML_NUMBER_CHARACTERS:
            problem = f"a number of more than {_YAML_NUMBER_CHARACTERS:,} characters"
        else:
            try:
                return construct(loader, node)
            except (AttributeError, KeyError, IndexError, TypeError, OverflowError):
                pass
            except ValueError:
                if tag == "timestamp":
                    raise
        raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark)

    return checked


def _reading_python_strings(base: type) -> type:
    """``base``, a safe loader, that also reads :data:`_PYTHON_STRING_TAGS` as strings, and
    whose constructors of numbers, booleans and timestamps fail with YAML errors only."""
    import yaml

    loader: Any = type(base.__name__, (base,), {})
    for tag in _PYTHON_STRING_TAGS:
        loader.add_constructor(tag, yaml.constructor.SafeConstructor.construct_yaml_str)
    for name in ("int", "float", "bool", "timestamp"):
        tag = f"tag:yaml.org,2002:{name}"
        loader.add_constructor(tag, _checked(name, loader.yaml_constructors[tag]))
    return loader  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _fast_loader() -> type:
    """libyaml's safe loader when PyYAML was built with it, else the pure-Python one."""
    import yaml

    return _reading_python_strings(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


#: The most values aliases may add to front matter, expanded: PyYAML's own dumper writes an
#: anchor and an alias where two keys share a value (``keywords: &id001`` … ``tags: *id001``,
#: in Notion exports and archives of clipped posts), but a few nested aliases (a "billion
#: laughs") would expand to gigabytes.
_YAML_VALUES = 10_000
#: The most characters aliases may add to front matter, expanded: within ``_YAML_VALUES``, an
#: alias of a scalar of a megabyte, named 9,000 times, is 9 GB for whatever reads the value
#: as text (a ``title:`` list is joined, a ``date:`` list printed).
_YAML_ALIAS_CHARACTERS = 1_000_000


@lru_cache(maxsize=1)
def _front_matter_loader() -> type:
    """PyYAML's safe loader, no deeper than ``_YAML_DEPTH``, whose aliases add no more than
    ``_YAML_VALUES`` values and ``_YAML_ALIAS_CHARACTERS`` characters to what is written (the
    check reads each node once): composing recurses once per level (a thousand levels are a
    RecursionError), and a few nested aliases would expand to gigabytes."""
    import yaml

    class Loader(yaml.SafeLoader):
        depth = 0

        def compose_document(self) -> Any:
            node = super().compose_document()
            problem = _expansion_problem(node) if node is not None else None
            if node is not None and problem is not None:
                raise yaml.composer.ComposerError(None, None, problem, node.start_mark)
            return node

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.depth >= _YAML_DEPTH and not self.check_event(yaml.AliasEvent):
                problem = f"it nests deeper than {_YAML_DEPTH} levels"
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(None, None, problem, event.start_mark)
            self.depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return _reading_python_strings(Loader)


#: The front-matter keys that give the day an article came out, in the order they are read:
#: Jekyll's, Hexo's and Hugo's ``date``, Hugo's ``publishDate``, the Obsidian web clipper's
#: ``published``, an RSS item's ``pubDate``, JSON Feed's ``date_published``, and the
#: ``published_at`` / ``publish_date`` / ``publish_time`` / ``publishTime`` of CMS exports,
#: scrapers and archives of clipped 公众号 posts (``publish_time: "2026年6月24日 08:07"``), and
#: last the ``create_time`` of a WeChat post (its platform's name for the time the post went
#: out; archives of exported 公众号 posts keep it, some as ``createtime``). Not a clip's or a
#: fetch's day (the web clipper's ``created``, ``fetch_date``) nor an edit's (``lastmod``,
#: ``updated``): they can come years after the article. Then the Chinese labels of an
#: exporter's header, which some archives write as keys (``发布日期: 2025-05-23``).
DATE_KEYS = ("date", "publishDate", "published", "pubDate", "date_published", "published_at",
             "publish_date", "publish_time", "publishTime", "create_time", "createtime",
             *boilerplate.DATE_LABELS)  # fmt: skip


#: The front-matter keys a Logseq property stands for, by the key as Logseq reads it
#: (:func:`_property_key`): Logseq reads a key in any case and with - for _, where YAML front
#: matter is read as written, so ``publishDate::`` and ``publishdate::`` are publishDate.
_PROPERTY_KEYS = {_property_key(key): key for key in ("title", "author", *DATE_KEYS)}


def _publication_day(day: dt.date | None) -> TypeGuard[dt.date]:
    """Whether ``day`` can be the day an article came out: of a year from 1900 to 2099 (as
    ``year:``), and not the Unix epoch (:data:`~kg.lang.years.UNIX_EPOCH`)."""
    return day is not None and 1900 <= day.year <= 2099 and day != UNIX_EPOCH


def _date(
    meta: dict[str, object],
    path: str,
    warnings: list[str],
    names: Mapping[str, str] | None = None,
) -> str | None:
    """The day the front matter says the article came out (the first of :data:`DATE_KEYS`
    that holds one) as YYYY-MM-DD, of a year from 1900 to 2099 (as ``year:``). A key whose
    value is no such date is a warning naming it, and the next key is read (a five-digit
    year, 12023-05-01, is no 2023 date); Jekyll's ``published: false`` (a draft flag, not a
    day) is passed over in silence. A warning names a key as ``names`` does (what the article
    calls it: Jina Reader's Published Time), else as ``front matter KEY``."""
    for key in DATE_KEYS:
        value = meta.get(key)
        if value is None or value == "" or (isinstance(value, bool) and key != "date"):
            continue
        day = _day(value)
        if _publication_day(day):
            return day.isoformat()
        text = _NOT_CHARACTER.sub("\ufffd", _CONTROL.sub("", str(value))).strip()
        what = _named(key, names)
        if day == UNIX_EPOCH:
            warnings.append(
                f"{path}: {what} {_quoted(text)} is the Unix epoch, the day a lost or misread "
                "timestamp prints, not the day the article came out; it is ignored"
            )
        elif day is None:
            warnings.append(
                f"{path}: {what} {_quoted(text)} is not a date (write YYYY-MM-DD or RFC 2822); "
                "it is ignored"
            )
        else:
            warnings.append(
                f"{path}: {what} {_quoted(text)} is of the year {day.year}, not of 1900 to "
                "2099; it is ignored"
            )
    return None


def _quoted(text: str) -> str:
    """``text`` quoted for a warning: its first 100 characters, the rest as ``…``."""
    return repr(text) if len(text) <= 100 else f"{text[:100]!r}…"


def _day(value: object) -> dt.date | None:
    """The day a front-matter ``date:`` names (a YAML date, an RFC 2822 date or a text holding
    YYYY-MM-DD), or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _NOT_CHARACTER.sub("\ufffd", _CONTROL.sub("", str(value))).strip()
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    match = _TITLE_YEAR_DATE.search(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    return None


def _year(value: object, path: str, warnings: list[str]) -> int | None:
    """The front matter's ``year:``: four digits (``2023`` or ``'2023'``), else a warning."""
    if value is None or value == "":
        return None
    text = _NOT_CHARACTER.sub("\ufffd", _CONTROL.sub("", str(value))).strip()
    # YAML reads yes/no as booleans and 2023.0 as a float: neither is four digits as written.
    if not isinstance(value, (bool, float)) and re.fullmatch(r"(?:19|20)\d\d", text):
        return int(text)
    warnings.append(
        f"{path}: front matter year {_quoted(text)} is not a year (write four digits from 1900 "
        "to 2099, e.g. year: 2023); it is ignored"
    )
    return None


def _event(meta: dict[str, object], path: str, warnings: list[str]) -> str | None:
    """The front matter's ``event:``, one line of text naming an event (kg.match reads it)."""
    value = meta.get("event")
    if isinstance(value, (dict, list)):
        warnings.append(
            f"{path}: front matter event is not one line of text (write e.g. "
            "event: 2023微信公开课PRO); it is ignored"
        )
        return None
    return _meta(meta, "event", path, warnings)


def _str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (set, frozenset)):  # !!set: in an order no hash seed changes
        value = sorted(str(v) for v in value)
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    text = _SPACE.sub(" ", _CONTROL.sub("", str(value))).strip()
    return text or None


def _body_blocks(body: str, fmt: str, path: str, warnings: list[str]) -> list[_Block]:
    if fmt == "text":
        blocks = _text_blocks(body)
    elif fmt == "markdown":
        body = _DATA_IMAGE.sub("", body)
        found = _markdown_blocks(body)
        if found is None:
            warnings.append(
                f"{path}: the Markdown nests lists or quotes deeper than "
                f"{_markdown().options.maxNesting} "
                "levels; their text is read with the nesting flattened"
            )
            found = _markdown_blocks(_flatten_markdown(body))
        # (Flattened, no list or quote is left to nest; were one, the lines would do.)
        blocks = found if found is not None else _text_blocks(body)
    else:
        blocks = _html_blocks(body)
    end = next(
        (i for i, b in enumerate(blocks) if not b.heading and boilerplate.PAGE_END.match(b.text)),
        len(blocks),
    )
    return [
        b
        for b in blocks[:end]
        if b.heading or len(b.text) > BOILERPLATE_LONGEST or not _BOILERPLATE.search(b.text)
    ]


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


#: The block tokens whose content markdown-it parses one level deeper.
_NESTING_TOKENS = frozenset(("blockquote_open", "list_item_open"))
#: Inline tokens that carry no text of their own: emphasis and links keep the text inside.
_MARKUP_TOKENS = frozenset(("em_open", "em_close", "link_open", "link_close", "image"))


def _markdown_blocks(body: str) -> list[_Block] | None:
    """Markdown's blocks, read from markdown-it's tokens as from its HTML; None when the
    Markdown nests deeper than markdown-it reads (it drops what is inside, silently).

    The walk over the tokens drives the same :class:`_Walker` as the HTML tree, and gives
    the blocks that rendering the Markdown and reading the HTML would give (without making
    and parsing the HTML, which cost twice as much as parsing the Markdown). Markdown that
    holds raw HTML, or a token this walk does not know, is read through its HTML.
    """
    tokens = _markdown().parse(body)
    # markdown-it skips what is inside a quote or list item opened at its last level
    # (maxNesting, 20 in the commonmark preset), text and all: the tokens would lose it.
    deepest = _markdown().options.maxNesting - 1
    if any(t.level >= deepest and t.type in _NESTING_TOKENS for t in tokens):
        return None
    walker = _Walker()
    for token in tokens:
        kind = token.type
        if kind == "inline":
            for child in token.children or ():
                part = child.type
                if part in ("text", "code_inline"):
                    walker.text(child.content)
                elif part == "softbreak":
                    walker.text("\n")
                elif part == "hardbreak":  # <br />\n
                    walker.flush()
                    walker.text("\n")
                elif part in ("strong_open", "strong_close"):
                    walker.bold_depth += 1 if part == "strong_open" else -1
                elif part not in _MARKUP_TOKENS:
                    return _html_blocks(_markdown().render(body))
        elif kind in ("fence", "code_block"):  # <pre><code>…</code></pre>
            walker.open_block("pre")
            walker.text(token.content)
            walker.close_block()
        elif kind.endswith("_open") or kind.endswith("_close"):
            # A tight list's paragraphs are hidden: no <p> is written for them.
            if token.tag in _BLOCK_TAGS and not token.hidden:
                if token.nesting == 1:
                    walker.open_block(token.tag)
                else:
                    walker.close_block()
        elif kind != "hr":
            return _html_blocks(_markdown().render(body))
    walker.flush()
    return walker.blocks


def _flatten_markdown(body: str) -> str:
    """Markdown without its list and quote markers: each line as it reads inside them, a list
    item starting a paragraph of its own (a quote's lines run on, as they do quoted)."""
    lines = []
    for line in body.split("\n"):
        at, item = 0, False
        while (mark := _CONTAINER_MARK.match(line, at)) is not None and mark.end() > at:
            at, item = mark.end(), item or mark.group(1) is None
        if at:
            if item:
                lines.append("")
            line = line[at:].lstrip(" \t")
        lines.append(line)
    return "\n".join(lines)


def _html_blocks(html: str) -> list[_Block]:
    """Flatten HTML into blocks, the way a browser lays it out.

    Text is gathered into the block it sits in; a block element (or a ``<br>``) starting
    ends the text before it, so text beside a ``<p>``, in a bare ``<div>``, or in paragraphs
    that were never closed (which html.parser nests) is kept, in document order.
    """
    soup = _soup()(_parseable(html), "html.parser")
    walker = _Walker()
    walker.walk(soup)
    walker.flush()
    _dismantle(soup)
    return walker.blocks


def _dismantle(root: Any) -> None:
    """Empty each element of a read tree, so that nothing points back at its parent or its
    neighbours: the tree is freed as soon as it is dropped, not by the garbage collector's
    full passes (a page's tree is one big cycle; five or six full collections a build of
    1,000 articles, most of their time spent on trees already read)."""
    stack = [root]
    while stack:
        element = stack.pop()
        stack.extend(getattr(element, "contents", ()))
        element.__dict__.clear()


@lru_cache(maxsize=1)
def _soup() -> type:
    """BeautifulSoup, less the relinking of the tree's ``next_element`` chain after each
    string: that walks up to the root each time, so a page nested 100,000 deep took hours.
    The walk here reads each element's children, never that chain."""
    from bs4 import BeautifulSoup

    class Soup(BeautifulSoup):
        def _linkage_fixer(self, el: Any) -> None:
            pass

    return Soup


def _parseable(html: str) -> str:
    """HTML that html.parser reads in linear time and without raising, as a browser reads it.

    html.parser looks for the end of a tag, comment or ``<![`` section to the end of the page
    from each one left open, and then goes on one character later: 80 kB of ``<a `` took
    100 s. A tag left open at the end (a truncated download) is dropped; a ``<`` after the
    last ``>`` can close nothing and is text; a ``<!--`` after the last ``-->`` opens nothing.
    ``<![…`` is read as HTML5 reads it outside SVG, a bogus comment up to the next ``>``
    (html.parser looked for ``]]>`` and raised on a name it did not know: ``<![x[``).
    """
    html = _INCOMPLETE_TAG.sub("", html)
    last_close = 0
    for close in _COMMENT_CLOSE.finditer(html):
        last_close = close.end()
    if html.find("<!--", last_close) >= 0:
        html = html[:last_close] + html[last_close:].replace("<!--", "")
    last = html.rfind(">") + 1
    if html.find("<", last) >= 0:
        html = html[:last] + html[last:].replace("<", "&lt;")
    return html.replace("<![", "<!-[")  # each has a > after it now


class _Walker:
    """Collects blocks from a parsed tree or a token stream: one paragraph per run of
    inline text."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.parts: list[str] = []
        self.bold: list[str] = []
        self.bold_depth = 0
        self.kind = ""  # the tag of the block the text sits in
        self._outer: list[str] = []

    def text(self, text: str) -> None:
        self.parts.append(text)
        if self.bold_depth:
            self.bold.append(text)

    def open_block(self, name: str) -> None:
        self.flush()
        self._outer.append(self.kind)
        self.kind = name

    def close_block(self) -> None:
        self.flush()
        self.kind = self._outer.pop()

    def walk(self, node: Any) -> None:
        """Walk a BeautifulSoup tree, with a stack of its own: a page nested a thousand
        elements deep is read like any other."""
        from bs4.element import NavigableString, PreformattedString, Tag

        # Each open element: the rest of its children, and what leaving it undoes.
        stack: list[tuple[Iterator[Any], str]] = [(iter(node.children), "")]
        while stack:
            children, undo = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if undo == "block":
                    self.close_block()
                elif undo == "bold":
                    self.bold_depth -= 1
            elif isinstance(child, PreformattedString):
                continue  # comments, <!DOCTYPE>, CDATA, processing instructions
            elif isinstance(child, NavigableString):
                self.text(str(child))
            elif isinstance(child, Tag):
                name = child.name
                if name in _DROP_TAGS:
                    continue
                if name == "br":
                    self.flush()
                elif name in _BLOCK_TAGS:
                    self.open_block(name)
                    stack.append((iter(child.children), "block"))
                elif name in ("strong", "b"):
                    self.bold_depth += 1
                    stack.append((iter(child.children), "bold"))
                else:
                    stack.append((iter(child.children), ""))

    def flush(self) -> None:
        if not self.parts:  # a block opening or closing right after another (bold is empty too)
            return
        text = _clean("".join(self.parts))
        bold = _clean("".join(self.bold)) if self.bold else ""
        self.parts, self.bold = [], []
        if not text:
            return
        short = len(text) <= _BOLD_HEADING_MAX and text[-1] not in _NO_HEADING_END
        heading = self.kind in _HEADING_TAGS or (short and bold == text)
        heading = heading and len(text) <= _MAX_SENTENCE  # a heading is one sentence
        if heading:
            text = _HEADING_NUMBER.sub("", text) or text
        self.blocks.append(_Block(text, heading, title=heading and self.kind == "h1"))


def _text_blocks(body: str) -> list[_Block]:
    blocks = []
    for line in body.split("\n"):
        text = _clean(line)
        if text:
            blocks.append(_Block(text, heading=False))
    return blocks


def _clean(text: str) -> str:
    if _DROPPABLE.search(text) is not None:  # most blocks hold none
        text = _CJK_NBSP.sub("", _INVISIBLE.sub("", _CONTROL.sub("", text)))
    text = _SPACE.sub(" ", text).strip()
    return _BULLET.sub("", text, count=1) if text else text


def _first_heading(blocks: list[_Block]) -> str | None:
    return next((b.text for b in blocks if b.heading), None)


def _layout(
    blocks: list[_Block],
) -> tuple[str, tuple[Section, ...], tuple[Sentence, ...]]:
    """Join blocks into the clean text and record sections and sentences with offsets."""
    parts: list[str] = []
    sections: list[Section] = []
    sentences: list[Sentence] = []
    offset = 0
    section = -1
    # A Taiwan repost reads in mainland words, also in a line whose characters both scripts
    # share (「微信小程式」): the script is the document's, not the line's.
    traditional = is_traditional("".join(block.text for block in blocks))
    for paragraph, block in enumerate(blocks):
        if block.heading:
            if sections:
                last = sections[-1]
                sections[-1] = Section(last.index, last.heading, last.start, offset - 1)
            section = len(sections)
            sections.append(Section(section, block.text, offset, offset))
            spans = [(0, len(block.text))]
        else:
            spans = split_sentences(block.text)
        for a, b in spans:
            sentence = block.text[a:b]
            sentences.append(
                Sentence(
                    index=len(sentences),
                    text=sentence,
                    start=offset + a,
                    end=offset + b,
                    paragraph=paragraph,
                    section=section,
                    heading=block.heading,
                    norm=matching_form(sentence, traditional),
                )
            )
        parts.append(block.text)
        offset += len(block.text) + 1
    text = "\n".join(parts)
    if sections:
        last = sections[-1]
        sections[-1] = Section(last.index, last.heading, last.start, len(text))
    return text, tuple(sections), tuple(sentences)
