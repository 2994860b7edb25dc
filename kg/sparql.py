"""Read a SPARQL request before Oxigraph runs it: its kind, and whether it calls SERVICE.

Oxigraph has no parse-only entry point in Python: ``Store.query`` parses *and runs*, and a
SERVICE clause in it sends requests to any address. rdflib's parser is exact but takes
seconds for an 80 kB query (pyparsing). So kg reads the query itself, with a tokenizer that
follows the terminals of the SPARQL grammar (IRIs, the four kinds of strings, comments,
variables, prefixed names, words), in one linear pass. That is all the grammar needs for the
kind: a query or an update is its prologue (``BASE``, ``PREFIX``, ``VERSION``) and then the
keyword that names it. And it finds every SERVICE keyword, whatever the spelling, and
none in a string, an IRI or a comment.

Oxigraph, which then parses the text for real, could read some characters differently from
kg, and the difference could hide a SERVICE from kg:

- Oxigraph matches keywords without a word boundary: ``trueSERVICE<…>{…}`` is ``true``
  followed by ``SERVICE``. So a word, a prefix or a language tag that *contains* SERVICE
  counts as one (no keyword or function of SPARQL does).
- A ``<`` that kg reads as the start of an IRI can be Oxigraph's less-than, and a quote or a
  ``#`` inside that "IRI" then opens a string or a comment for Oxigraph and not for kg: the
  two readers fall out of step, and what kg read as a string Oxigraph reads as code. So kg
  does not give Oxigraph the text as it came but :attr:`Query.text`: the comments blanked
  out, and each string that holds a quote, a brace, ``#``, ``<``, ``>``, a backslash or a
  line break written with ``\\uXXXX`` escapes (the same value for Oxigraph). Whatever
  Oxigraph reads as code in that text, kg read as code too, or it is a run of characters
  without spaces or braces, in which no SERVICE pattern fits.

Only the positions in Oxigraph's error messages change with the text; :meth:`Query.locate`
turns them back into the line and column of the text the user wrote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.errors import QueryError

__all__ = ["QUERY_FORMS", "UPDATE_FORMS", "Query", "read"]

#: The keywords that open a query, and the kind each makes.
QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
#: The keywords that open an update operation (SPARQL 1.1 Update).
UPDATE_FORMS = (
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "CREATE",
    "DROP",
    "COPY",
    "MOVE",
    "ADD",
    "WITH",
)

# The character classes of the SPARQL 1.1 grammar (section 19.8).
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U = _BASE + "_"
_CHARS = _U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"\\[tbnrf\\\"']"
_ESCAPE = f"{_ECHAR}|{_UCHAR}"
_PREFIX = f"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = f"(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"

# The text in pieces that matter for what hides code: comments, IRIs, strings, runs of
# everything else ("code"), and single characters that begin none of those. Each
# alternative is unambiguous (no two ways to match the same characters), so a failed match
# costs one scan of its text, and the whole text is read once.
_PIECE = re.compile(
    "|".join(
        [
            r"(?P<comment>#[^\r\n]*)",
            f'(?P<iri><(?:[^<>"{{}}|^`\\\\\\x00-\\x20]|{_UCHAR})*>)',
            f'(?P<long2>"""(?:(?:"|"")?(?:[^"\\\\]|{_ESCAPE}))*""")',
            f"(?P<long1>'''(?:(?:'|'')?(?:[^'\\\\]|{_ESCAPE}))*''')",
            f'(?P<string2>"(?:[^"\\\\\\n\\r]|{_ESCAPE})*")',
            f"(?P<string1>'(?:[^'\\\\\\n\\r]|{_ESCAPE})*')",
            # \' and \# belong to a prefixed name (ex:it\'s), not to a string or a comment
            r"(?P<code>(?:[^<\"'#\\]|\\[_~.\-!$&'()*+,;=/?#@%])+)",
            r"(?P<other>.)",
        ]
    ),
    re.DOTALL,
)
# The tokens of a run of code, read only where they matter: in the prologue, and where the
# run holds the letters "service".
_TOKEN = re.compile(
    "|".join(
        [
            r"(?P<space>[ \t\r\n]+)",
            f"(?P<var>[?$][{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)",
            f"(?P<bnode>_:[{_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?)",
            f"(?P<pname>(?P<prefix>{_PREFIX})?:(?:{_LOCAL})?)",
            r"(?P<lang>@[A-Za-z0-9-]+)",
            f"(?P<word>[{_BASE}][{_CHARS}]*)",
            r"(?P<number>[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)",
            r"(?P<other>.)",
        ]
    ),
    re.DOTALL,
)
_UNSPACED = re.compile(r"[^ \t\r\n]*")
_STRINGS = ("long2", "long1", "string2", "string1")
# Oxigraph compares keywords in ASCII only, whatever the case.
_SERVICE = re.compile("service", re.IGNORECASE | re.ASCII)
# Characters a string may hold as they are: nothing in them can end a string, open a
# comment or an IRI, or give a SERVICE clause its braces.
_PLAIN = re.compile(r"[^{}#'\"\\<>\r\n]*")
# What a rewritten string writes as \uXXXX: ASCII but letters, digits and _, and the lone
# surrogates a \uD800 escape makes (Oxigraph's to refuse).
_RISKY = re.compile("[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f\ud800-\udfff]")
_UNESCAPE = re.compile(f"{_ECHAR}|{_UCHAR}")
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_ERROR_AT = re.compile(r"^error at (\d+):(\d+)")


@dataclass(frozen=True, slots=True)
class Query:
    """A SPARQL request as kg read it, and the text Oxigraph is to run."""

    #: SELECT, CONSTRUCT, DESCRIBE, ASK, or UPDATE for anything that changes data.
    kind: str
    #: Where the first SERVICE is (line, column, and the word that holds it), if any.
    service: tuple[int, int, str] | None
    #: The text for Oxigraph: the source with comments blanked and risky strings escaped.
    text: str
    #: The text as given, for positions in messages.
    source: str
    #: Where :attr:`text` and :attr:`source` part: (start in text, end in text, start in
    #: source, end in source) of each string that was written again.
    rewritten: tuple[tuple[int, int, int, int], ...] = ()

    def locate(self, message: str) -> str:
        """An Oxigraph message with its ``error at LINE:COLUMN`` moved from :attr:`text` to
        the same place in :attr:`source` (inside a rewritten string: that string's start)."""
        found = _ERROR_AT.match(message)
        if found is None or not self.rewritten:
            return message
        line, column = int(found.group(1)), int(found.group(2))
        offset = _offset(self.text, line, column)
        starts = [r[0] for r in self.rewritten]
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0:
            source_offset = offset
        else:
            start, end, source_start, source_end = self.rewritten[index]
            source_offset = source_start if offset < end else source_end + offset - end
        line, column = _position(self.source, source_offset)
        return f"error at {line}:{column}" + message[found.end() :]


def read(text: str) -> Query:
    """Read a SPARQL query or update: its kind, its first SERVICE, and the text to run.

    Raises :class:`QueryError` for text that is no SPARQL request: nothing but comments, a
    string or an IRI left open, or a first keyword that names no query (``SELCT``), with the
    line and column as Oxigraph gives them (``error at 1:1: ...``).
    """
    if _SURROGATE.search(text):
        raise QueryError("the query is not valid UTF-8 text; save it as UTF-8")
    scan = _Scan(text)
    for piece in _PIECE.finditer(text):
        scan.piece(piece)
    return Query(
        _kind(text, scan.head), scan.service, "".join(scan.pieces), text, tuple(scan.rewritten)
    )


class _Scan:
    """What :func:`read` gathers in its one pass over a text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[str] = []  # of the text for Oxigraph
        self.length = 0  # of the pieces so far
        self.rewritten: list[tuple[int, int, int, int]] = []
        self.service: tuple[int, int, str] | None = None
        #: The prologue's tokens and the keyword after it, with their groups and offsets.
        self.head: list[tuple[str, str, int]] = []
        self.heading = True
        self.arguments = 0  # still to come of the last BASE, PREFIX or VERSION

    def piece(self, piece: re.Match[str]) -> None:
        group, value, start = piece.lastgroup or "other", piece.group(), piece.start()
        if group == "code":
            if self.heading or (self.service is None and _SERVICE.search(value)):
                self._code(value, start)
        elif group == "comment":
            value = " " * len(value)
        elif group in _STRINGS:
            if len(value) == 2 and self.text.startswith(value[0], piece.end()):
                self._unclosed(start)  # "" right before ": a long string left open
            self._note(group, value, start)
            if not _PLAIN.fullmatch(value, _quotes(group), len(value) - _quotes(group)):
                self._check_escapes(value, group, start)
                written = _escape(_content(value, group))
                self.rewritten.append((self.length, self.length + len(written), start, piece.end()))
                value = written
        else:
            if value in "\"'":
                self._unclosed(start)
            self._note(group, value, start)
        self.pieces.append(value)
        self.length += len(value)

    def _code(self, run: str, start: int) -> None:
        position = 0
        if self.heading:
            for token in _TOKEN.finditer(run):
                self._token(token, start)
                if not self.heading:
                    position = token.end()
                    break
            else:
                return
        # Spaces end every token of code, so only the words around each "service" are read.
        for hit in _SERVICE.finditer(run, position):
            if self.service is not None:
                return
            if hit.start() < position:
                continue  # in a word already read
            begin = hit.start()
            while begin > position and run[begin - 1] not in " \t\r\n":
                begin -= 1
            rest = _UNSPACED.match(run, hit.end())
            end = rest.end() if rest else len(run)  # it always matches, if only ""
            for token in _TOKEN.finditer(run, begin, end):
                self._token(token, start)
            position = end

    def _token(self, token: re.Match[str], start: int) -> None:
        group = token.lastgroup or "other"
        if group == "space":
            return
        value, offset = token.group(), start + token.start()
        if self.service is None and _calls_service(group, value, token.group("prefix")):
            self.service = (*_position(self.text, offset), value)
        self._note(group, value, offset)

    def _note(self, group: str, value: str, offset: int) -> None:
        """Keep a token while the prologue and the keyword after it are still being read."""
        if not self.heading:
            return
        self.head.append((group, value, offset))
        if self.arguments:
            self.arguments -= 1
            return
        keyword = value.upper() if group == "word" else ""
        self.arguments = {"BASE": 1, "PREFIX": 2, "VERSION": 1}.get(keyword, 0)
        self.heading = bool(self.arguments)

    def _check_escapes(self, token: str, group: str, start: int) -> None:
        """QueryError for a ``\\uD800`` or ``\\U00110000`` in a string, which is no
        character: Oxigraph says "expected ENCODE_FOR_URI" past the string, and ``chr``
        fails."""
        quote = _quotes(group)
        for escape in _UNESCAPE.finditer(token, quote, len(token) - quote):
            text = escape.group()
            code = int(text[2:], 16) if text[1] in "uU" else 0
            if 0xD800 <= code <= 0xDFFF:
                why = "is half of a UTF-16 surrogate pair"
            elif code > 0x10FFFF:
                why = "is past U+10FFFF, the last code point"
            else:
                continue
            line, column = _position(self.text, start + escape.start())
            raise QueryError(
                f"SPARQL syntax error: error at {line}:{column}: the escape {text} {why}, no "
                "character; write the character itself (or \\U0001F600 for one past U+FFFF)"
            )

    def _unclosed(self, offset: int) -> None:
        line, column = _position(self.text, offset)
        raise QueryError(
            f"SPARQL syntax error: error at {line}:{column}: a string that is not closed "
            "(or holds an escape other than \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX)"
        )


def _calls_service(group: str, value: str, prefix: str | None) -> bool:
    if group in ("word", "lang"):
        return _SERVICE.search(value) is not None
    # A prefix kg cannot see declared may be Oxigraph's keywords glued together
    # (``trueSERVICEex:x``), so any prefix that holds the word counts.
    return group == "pname" and prefix is not None and _SERVICE.search(prefix) is not None


def _kind(text: str, words: list[tuple[str, str, int]]) -> str:
    """The kind the first keyword after the prologue names (Oxigraph, too, reads a keyword
    glued to what follows: ``INSERTDATA`` is an update)."""
    index = 0
    while index < len(words):
        group, value, _ = words[index]
        keyword = value.upper() if group == "word" else ""
        if keyword == "BASE":
            index = _expect(text, words, index + 1, ("iri",), "an IRI <...> after BASE")
        elif keyword == "PREFIX":
            index = _expect(text, words, index + 1, ("pname",), "a prefix (name:) after PREFIX")
            index = _expect(text, words, index, ("iri",), "an IRI <...> after PREFIX")
        elif keyword == "VERSION":
            index = _expect(text, words, index + 1, _STRINGS, 'a version ("1.2") after VERSION')
        else:
            break
    if index == len(words):
        if index == 0:
            raise QueryError("no query given: the text holds only comments and spaces")
        line, column = _position(text, len(text))
        raise QueryError(
            f"SPARQL syntax error: error at {line}:{column}: expected SELECT, CONSTRUCT, "
            "DESCRIBE or ASK, found the end of the query"
        )
    group, value, offset = words[index]
    head = value.upper()
    for form in QUERY_FORMS:
        if head.startswith(form):
            return form
    if any(head.startswith(form) for form in UPDATE_FORMS):
        return "UPDATE"
    line, column = _position(text, offset)
    raise QueryError(
        f"SPARQL syntax error: error at {line}:{column}: expected SELECT, CONSTRUCT, DESCRIBE "
        f"or ASK, found {value[:40]!r}"
    )


def _expect(
    text: str, words: list[tuple[str, str, int]], index: int, groups: tuple[str, ...], what: str
) -> int:
    """The index after ``words[index]``, which must be one of ``groups``."""
    if index < len(words) and words[index][0] in groups:
        return index + 1
    offset = words[index][2] if index < len(words) else len(text)
    line, column = _position(text, offset)
    raise QueryError(f"SPARQL syntax error: error at {line}:{column}: expected {what}")


def _quotes(group: str) -> int:
    """How many quotes open and close a string of this group."""
    return 3 if group.startswith("long") else 1


def _content(token: str, group: str) -> str:
    """The value of a string token (escapes read as Oxigraph reads them)."""
    quote = _quotes(group)
    return _UNESCAPE.sub(_unescape, token[quote:-quote])


def _unescape(escape: re.Match[str]) -> str:
    text = escape.group()
    if text[1] in "uU":
        return chr(int(text[2:], 16))
    return _ECHARS[text[1]]


def _escape(value: str) -> str:
    """A short string with the same value, in which only ASCII letters, digits, ``_`` and
    characters past ASCII stand as they are."""
    return '"' + _RISKY.sub(lambda char: f"\\u{ord(char.group()):04X}", value) + '"'


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line and column (from 1, in characters, lines broken at LF) as Oxigraph counts them."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _offset(text: str, line: int, column: int) -> int:
    """The offset of a line and column of :func:`_position`."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return len(text)
    return min(start + column - 1, len(text))
