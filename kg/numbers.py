"""Read Chinese quantities in running text as exact decimals with a unit.

News text writes the same figure many ways: ``4.5 亿``, ``2.3w``, ``1800+``,
``１２．５％``, ``三倍``, ``上千亿元``, ``超过百万``. :func:`find_quantities`
finds them all in a sentence, :func:`parse_quantity` reads one, and
:func:`format_decimal` writes a value back as a plain decimal for the facts
table. Values are :class:`~decimal.Decimal` and never pass through ``float``,
so ``229 亿`` is exactly ``22900000000``.

What is *not* a quantity is decided here too: years (``2022年``,
``2011至2023``), dates and times (``1月6日``, ``2011.05``, ``2020-05-08``,
``08:55``), ordinals (``第二``), vague amounts (``数万``, ``几十``, ``十几``),
Chinese numerals that are words (``一个``, ``统一``, ``六大``), digits inside
latin tokens (``H5``, ``v2``), codes and fractions joined by a slash
(``4/5G``), and digits in URLs, paths and phone numbers.

A range is read as its lower bound (``3-5亿`` is 3 亿, ``30%-50%`` is 30 %),
other currencies keep their ISO code (``500万美元`` is 5000000 USD), a
percentage point is a percent, and ``翻倍``/``翻番`` are 2 times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from kg.errors import QuantityError
from kg.lang.numerals import (
    APPROXIMATE_JOINER,
    BARE_MAGNITUDE_ADVERB_FOLLOWERS,
    BARE_MAGNITUDES,
    CHANGE_FROM,
    CHANGE_FROM_WINDOW,
    CHINESE_DIGITS,
    CHINESE_NUMERAL_UNITS,
    DAY_WORDS,
    DOUBLING,
    DOUBLING_PARTICLE,
    DOUBLING_WORDS,
    EXCHANGE_SUFFIXES,
    FRACTION,
    JOINERS,
    LATIN_MAGNITUDE_EXPONENTS,
    MAGNITUDE_EXPONENTS,
    MONTH_WORD,
    MONTHS,
    QUALIFIER_BLOCKERS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    QUALIFIERS_BEFORE_MAGNITUDE,
    QUALIFIERS_BETWEEN,
    RANGE_DASHES,
    RANGE_WORDS,
    TENTHS,
    TENTHS_WORD_STARTS,
    UNIT_WORDS,
    VAGUE_MARKERS,
    YEAR_AFTER,
    YEAR_BEFORE,
    YEAR_RANGE,
)
from kg.lang.punctuation import FULL_WIDTH, FULL_WIDTH_TO_ASCII
from kg.vocabulary import UNITS, is_money

__all__ = [
    "UNITS",
    "Quantity",
    "find_quantities",
    "parse_quantity",
    "format_decimal",
]

# ---------------------------------------------------------------------------
# Tables. Everything the reader knows about Chinese numbers is in kg.lang.numerals.
# ---------------------------------------------------------------------------

# Full-width forms are normalised one character for one character, so offsets
# in the normalised text are offsets in the caller's text. Full-width latin is
# folded too, so Ｈ5 is treated like H5.
_FULLWIDTH: Final = FULL_WIDTH_TO_ASCII

# ---------------------------------------------------------------------------
# Patterns, compiled once.
# ---------------------------------------------------------------------------


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation that tries longer words first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _qualifier_pattern(words: tuple[str, ...]) -> str:
    """An alternation of qualifiers, each guarded by its blocker look-behind."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        blockers = QUALIFIER_BLOCKERS.get(word)
        guard = f"(?<![{blockers}])" if blockers else ""
        parts.append(guard + re.escape(word))
    return "|".join(parts)


# Spaces allowed inside a quantity ("4.5 亿", "3 分钟"); never a line break.
_SPACES = " \t\u00a0\u3000"
_SP = f"[{_SPACES}]"
_CN_DIGIT = "".join(CHINESE_DIGITS)
_CN_ALL = _CN_DIGIT + "十百千万亿"
_CN_DEC_DIGIT = _CN_DIGIT.replace("两", "")
# An ASCII number: 1,000 / 1，000 (groups of three only), 4.5, 1800. Atomic so
# that "3.5G" cannot back off to "3"; not followed by ".digit" (versions 1.2.3).
_NUM = (
    r"(?>[0-9]{1,3}(?:[,，][0-9]{3}(?![0-9]))+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    r"(?!\.[0-9])"
)
_CN_CORE = f"[{_CN_DIGIT}十][{_CN_DIGIT}十百千]*+"
_CN_DECIMAL = f"{_CN_CORE}(?:点[{_CN_DEC_DIGIT}]++)?"
_CN_NUM = f"{_CN_CORE}(?:点[{_CN_DEC_DIGIT}]++|(?:(?:万亿|万|亿){_CN_CORE})*)"
_CN_MAG = "万亿|万|亿"
# 百 before 分 is no magnitude: 3.6百分点 is a percentage point.
_MAG = "(?:[十百千]?万|[十百千])?亿|[十百千]?万|[百千](?!分)"
_UNIT = _alternation(list(UNIT_WORDS))
_QUAL = _qualifier_pattern(QUALIFIERS_BEFORE)
_QUAL_MAG = _qualifier_pattern(QUALIFIERS_BEFORE + QUALIFIERS_BEFORE_MAGNITUDE)
# After a number, "+" is a qualifier unless a digit follows: 1+1 is arithmetic.
_Q_WORDS = _alternation([w for w in QUALIFIERS_AFTER if w != "+"])
_Q_AFTER = f"{_Q_WORDS}|\\+(?![0-9])"
_Q_BETWEEN = _alternation(QUALIFIERS_BETWEEN)
_NOT_LATIN = "(?![A-Za-z0-9])"

# Every alternative below starts with one of these. Testing them in a leading
# look-ahead lets the engine skip other positions with one check instead of
# trying each alternative there (about four times faster on news text).
_STARTS = (
    "0-9"
    + _CN_ALL
    + "第"
    + DOUBLING
    + VAGUE_MARKERS
    + "".join(sorted({w[0] for w in QUALIFIERS_BEFORE + QUALIFIERS_BEFORE_MAGNITUDE}))
)


def _opening(chars: str) -> str:
    """A look-ahead for the characters an alternative of the pattern can start with: at any
    other place the engine gives the alternative up with one test, instead of entering its
    groups (the qualifier before it, with its look-behinds) to find that it does not match."""
    return "(?=[" + "".join(sorted({re.escape(c) for c in chars})) + "])"


# The first characters of the alternatives below (a qualifier before, else the number).
_Q_FIRST = "".join(w[0] for w in QUALIFIERS_BEFORE)
_QM_FIRST = _Q_FIRST + "".join(w[0] for w in QUALIFIERS_BEFORE_MAGNITUDE)
_ASCII_DIGITS = "0123456789"

_PATTERN: Final = re.compile(
    f"(?=[{_STARTS}])(?:"
    + "|".join(
        [
            # 第二, 第 3: ordinals, consumed so their digits are not read.
            _opening("第") + f"(?P<ordinal>第{_SP}*(?:[0-9]++|[{_CN_ALL}]++))",
            # 数万, 几十, 十几万, 20几万, 数倍: vague; consumed so 十万 inside is not read.
            _opening(_ASCII_DIGITS + _CN_ALL + VAGUE_MARKERS)
            + f"(?P<vague>(?<![0-9{_CN_ALL}])(?:[0-9]++|[{_CN_ALL}]++)几[十百千万亿]*+"
            f"|[{VAGUE_MARKERS}]{_SP}*(?:[十百千万亿]++|倍))",
            # 翻倍, 翻了一番 (2 times), 翻了两番 (4 times): each 番 doubles.
            _opening(_Q_FIRST + DOUBLING[0])
            + f"(?P<double>(?:(?P<d_pre>{_QUAL}){_SP}*)?{DOUBLING}{DOUBLING_PARTICLE}?"
            f"(?:一?{DOUBLING_WORDS[0]}|(?P<d_n>[{_CN_DIGIT}])?{DOUBLING_WORDS[1]}))",
            # 八成, 近三成, 超过8成: tenths, a percent.
            _opening(_Q_FIRST + _CN_DIGIT + "十" + _ASCII_DIGITS)
            + f"(?P<tenth>(?:(?P<t_pre>{_QUAL}){_SP}*)?"
            f"(?P<t_num>[{_CN_DIGIT}]|十|(?<![0-9.])[1-9]){TENTHS}"
            f"(?![{TENTHS_WORD_STARTS}])(?P<t_q>{_Q_AFTER})?)",
            # 三分之一, 近三分之二, 四分之一, 十分之一: a fraction, a percent (33.33).
            _opening(_Q_FIRST + _CN_ALL + _ASCII_DIGITS)
            + f"(?P<frac>(?!百{FRACTION})(?:(?P<f_pre>{_QUAL}){_SP}*)?"
            f"(?<![0-9.{_CN_ALL}])(?P<f_den>[{_CN_ALL}]++|[0-9]++){_SP}*{FRACTION}{_SP}*"
            f"(?P<f_num>[{_CN_ALL}]++|[0-9]++)(?![0-9.])(?P<f_q>{_Q_AFTER})?)",
            # 百分之五十, 百分之3.5, 百分之百.
            _opening(_Q_FIRST + "百") + f"(?P<pct>(?:(?P<p_pre>{_QUAL}){_SP}*)?百{FRACTION}"
            f"(?P<p_num>{_NUM}{_NOT_LATIN}|{_CN_DECIMAL}|百)(?P<p_q>{_Q_AFTER})?)",
            # 上千亿元, 超过百万, 近万: qualifier + magnitude with no number.
            _opening(_QM_FIRST)
            + f"(?P<bare>(?P<b_pre>{_QUAL_MAG}){_SP}*(?P<b_mag>[十百千]?(?:万亿|万|亿)|[百千])"
            f"(?!{FRACTION})(?P<b_q2>{_Q_AFTER})?(?P<b_unit>{_UNIT})?(?P<b_q3>{_Q_AFTER})?)",
            # 三倍, 十二万, 一点五亿, 两小时.
            _opening(_Q_FIRST + _CN_DIGIT + "十")
            + f"(?P<cn>(?:(?P<c_pre>{_QUAL}){_SP}*)?(?P<c_num>{_CN_NUM})(?!几)"
            f"(?:(?P<c_q1>{_Q_BETWEEN})(?={_CN_MAG}))?(?P<c_mag>{_CN_MAG})?"
            f"(?P<c_q2>{_Q_AFTER})?(?P<c_unit>{_UNIT})?(?P<c_q3>{_Q_AFTER})?)",
            # 百万名经销商: a set-phrase magnitude with nothing numeric before it.
            _opening("".join(w[0] for w in BARE_MAGNITUDES))
            + f"(?P<alone>(?<![0-9.{_CN_ALL}{VAGUE_MARKERS}])"
            f"(?P<l_mag>{_alternation(BARE_MAGNITUDES)})"
            f"(?!亿|{FRACTION}|[{BARE_MAGNITUDE_ADVERB_FOLLOWERS}])"
            f"(?P<l_q2>{_Q_AFTER})?(?P<l_unit>{_UNIT})?(?P<l_q3>{_Q_AFTER})?)",
            # 4.5 亿, 2.3w, 1800+, 3000多万元, 3 分钟, 97%.
            _opening(_Q_FIRST + _ASCII_DIGITS)
            + f"(?P<arabic>(?:(?P<a_pre>{_QUAL}){_SP}*)?(?<![A-Za-z0-9_.])(?P<a_num>{_NUM})(?!几)"
            f"(?:(?P<a_lmag>[{''.join(LATIN_MAGNITUDE_EXPONENTS)}]){_NOT_LATIN}|{_NOT_LATIN})"
            f"(?:{_SP}*(?P<a_q1>{_Q_BETWEEN})(?={_SP}*(?:{_MAG})))?"
            f"(?(a_lmag)|(?:{_SP}*(?P<a_mag>{_MAG}))?)"
            f"(?:{_SP}*(?P<a_q2>{_Q_WORDS})|(?P<a_plus>\\+(?![0-9])))?"
            f"(?:{_SP}*(?P<a_unit>{_UNIT}))?(?P<a_q3>{_Q_AFTER})?)",
        ]
    )
    + ")"
)

_HAS_FULLWIDTH: Final = FULL_WIDTH

# One cheap test before the big pattern: most sentences of a corpus have no figure.
_TRIGGER: Final = re.compile(f"[0-9０-９{_CN_ALL}{DOUBLING}]")

# Where digits are no quantity whatever their shape: URLs, paths, e-mail addresses, phone
# numbers written with their dashes (010-62671188, 400-820-8820), stock codes (00700.HK) and
# the quote a finance site writes after a listed company's name (言犀数字人(19.410, -1.24,
# -6.00%): price, change, change in per cent). Looked for only in a text that has one of
# their marks. (A mobile number's eleven digits alone are read: they cannot be told from a
# count written without separators.)
_CODE_TRIGGER: Final = re.compile(r"[/@-]|[0-9]\.[A-Z]|%\s*[)\uff09]")
_CODES: Final = re.compile(
    rf"(?<![A-Za-z0-9.])[0-9]{{4,6}}\.(?:{'|'.join(EXCHANGE_SUFFIXES)})(?![A-Za-z])"
    r"|[(\uff08]\s*[0-9]+\.[0-9]+\s*[,\uff0c]\s*[+-]?[0-9]+\.[0-9]+\s*[,\uff0c]\s*[+-]?[0-9]+\.[0-9]+%\s*[)\uff09]"
    r"|(?:https?://|www\.)[!-~]+"
    r"|(?<![A-Za-z0-9])/(?:[A-Za-z0-9_.~%-]+/)+[A-Za-z0-9_.~%-]*"
    r"|[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+"
    r"|(?<![0-9])(?:[0-9]{3,4}-[0-9]{7,8}|[0-9]{3}-[0-9]{3,4}-[0-9]{4})(?![0-9])"
)
_RANGE_DASHES: Final = frozenset(RANGE_DASHES)
# A decimal point with a space on each side, before a magnitude or percent, is a decimal cut
# by a machine translation (每月用户数为 8 . 46 亿): read as 8.46 亿, written in place of the
# same number of characters (8.46   亿) so that offsets still hold.
_SPACED_POINT: Final = re.compile(r"(?<=[0-9]) \. ([0-9]+)(?= ?[万亿%])")


# ---------------------------------------------------------------------------
# Public types.
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from text, normalised to a plain decimal with a unit."""

    value: Decimal  # exact and exponent-free: 4.5 亿 -> Decimal('450000000')
    unit: str  # one of UNITS, or a currency's ISO code (USD, HKD)
    start: int  # includes a leading qualifier (超过3亿)
    end: int  # includes trailing qualifiers and the unit word (10%+, 3000万元)
    text: str  # the caller's text[start:end], full-width forms and all
    qualifier: str | None  # the approximation word (超过, 近, +, 多 ...), None if exact

    @property
    def money(self) -> bool:
        """Whether it is an amount of money (CNY, USD …): its unit is a currency."""
        return is_money(self.unit)


@dataclass(frozen=True, slots=True)
class _Skip:
    """A span that looks numeric but is not a quantity, and why."""

    start: int
    end: int
    reason: str


# ---------------------------------------------------------------------------
# Exact decimal helpers.
# ---------------------------------------------------------------------------


def _canonical(d: Decimal) -> Decimal:
    """``d`` without an exponent or trailing fractional zeros, built exactly.

    Tuple surgery rather than ``quantize``/``normalize``: those round to the
    context precision (28 digits) and can raise on long inputs.
    """
    sign, digits, exponent = d.as_tuple()
    if not isinstance(exponent, int):  # NaN and infinities stay as they are
        return d
    if exponent == 0:
        return d
    if exponent > 0:
        return Decimal((sign, digits + (0,) * exponent, 0))
    kept = list(digits)
    while exponent < 0 and kept and kept[-1] == 0:
        kept.pop()
        exponent += 1
    return Decimal((sign, tuple(kept) or (0,), exponent))


def _scaled(d: Decimal, exponent: int, factor: int) -> Decimal:
    """``d * 10**exponent * factor`` exactly, in canonical form."""
    if not exponent and factor == 1:
        return _canonical(d)  # (most figures: 97%, 1800; no tuple taken apart and rebuilt)
    sign, digits, exp = d.as_tuple()
    assert isinstance(exp, int)  # only finite values are read from text
    if factor != 1:
        # Multiply the integer significand: exact whatever its length, where
        # Decimal arithmetic would round at the context precision.
        digits = Decimal(int(Decimal((0, digits, 0))) * factor).as_tuple().digits
    return _canonical(Decimal((sign, digits, exp + exponent)))


def _chinese_int(s: str) -> int | None:
    """The integer a Chinese numeral such as 一亿二千万 writes, or None if malformed.

    Colloquial abbreviations are read as speakers mean them: 一万二 is 12000
    and 两千五 is 2500. Two digits in a row (两三, 二〇二二) are a range or a
    year, not a number.
    """
    total = 0  # everything already multiplied by 亿
    wan = 0  # the part multiplied by 万, below 亿
    section = 0  # the part below 万
    digit = -1  # the pending digit, -1 when none
    scale = 1  # what a digit left at the end multiplies by (一百二 -> 2 x 10)
    cap = 10_000  # 十百千 inside a section must decrease
    wan_seen = yi_seen = False
    for ch in s:
        if ch in CHINESE_DIGITS:
            if digit > 0:
                return None
            digit = CHINESE_DIGITS[ch]
            if digit == 0:
                scale = 1
        elif ch in "十百千":
            unit = 10 ** MAGNITUDE_EXPONENTS[ch]
            if unit >= cap or digit == 0:
                return None
            section += (1 if digit < 0 else digit) * unit
            cap, scale, digit = unit, unit // 10, -1
        elif ch == "万":
            section += max(digit, 0) * scale
            if section == 0 or wan_seen:
                return None
            wan, section = section * 10_000, 0
            cap, scale, digit, wan_seen = 10_000, 1_000, -1, True
        elif ch == "亿":
            group = wan + section + max(digit, 0) * scale
            if group == 0 or yi_seen:
                return None
            total, wan, section = group * 10**8, 0, 0
            cap, scale, digit, wan_seen, yi_seen = 10_000, 10**7, -1, False, True
        else:
            return None
    return total + wan + section + max(digit, 0) * scale


def _chinese_value(s: str) -> Decimal | None:
    """A Chinese numeral, possibly with a 点 decimal part, as a Decimal."""
    whole, _, fraction = s.partition("点")
    integer = _chinese_int(whole)
    if integer is None:
        return None
    if not fraction:
        return Decimal(integer)
    return Decimal(f"{integer}.{''.join(str(CHINESE_DIGITS[c]) for c in fraction)}")


def _magnitude_exponent(word: str | None) -> int:
    """The power of ten a magnitude word such as 千亿 or w stands for (0 for None)."""
    if not word:
        return 0
    if word in LATIN_MAGNITUDE_EXPONENTS:
        return LATIN_MAGNITUDE_EXPONENTS[word]
    return sum(MAGNITUDE_EXPONENTS[c] for c in word)


# ---------------------------------------------------------------------------
# The scanner.
# ---------------------------------------------------------------------------


def _neighbour(norm: str, index: int, step: int) -> str:
    """The first non-space character from ``index`` going ``step`` (+1/-1), or ''."""
    while 0 <= index < len(norm):
        if norm[index] not in _SPACES:
            return norm[index]
        index += step
    return ""


def _calendar_reason(norm: str, start: int, end: int, number: str) -> str | None:
    """Why a bare number is a year, a date, a time, a code or a fraction rather than a
    quantity, else None."""
    # 2020/05/08, 08:55, 4/5G: digits joined to digits by a slash or a colon; 2020-05-08:
    # digits after a dash that follows digits (a range 3-5 has its bound read, not skipped).
    if end + 1 < len(norm) and norm[end] in JOINERS and norm[end + 1].isdigit():
        return "is part of a date, a time, a code or a fraction"
    if (
        start >= 2
        and norm[start - 2].isdigit()
        and (norm[start - 1] in JOINERS or norm[start - 1] in _RANGE_DASHES)
    ):
        return "is part of a date, a time, a code or a fraction"
    whole, dot, fraction = number.partition(".")
    if dot:
        year = int(whole) if whole.isdigit() and len(whole) == 4 else 0
        if YEAR_RANGE[0] <= year <= YEAR_RANGE[1] and len(fraction) <= 2:
            if int(fraction) in MONTHS:
                return "is a year and a month (a date)"
        return None
    if not number.isdigit() or len(number) > 4:
        return None  # (a year, a month, a day has at most four digits)
    n = int(number)
    after = _neighbour(norm, end, 1)
    before = _neighbour(norm, start - 1, -1)
    if len(number) == 4 and YEAR_RANGE[0] <= n <= YEAR_RANGE[1]:
        if after and after in YEAR_AFTER + RANGE_DASHES:
            return "is a year"
        if before and before in YEAR_BEFORE + RANGE_DASHES:
            return "is a year"
    if 1 <= n <= 12 and after == MONTH_WORD:
        return "is a month (a date)"
    if 1 <= n <= 31 and before == MONTH_WORD and after and after in DAY_WORDS:
        return "is a day of the month (a date)"
    return None


def _quantity(
    text: str,
    m: re.Match[str],
    value: Decimal,
    exponent: int,
    unit_word: str | None,
    qualifiers: tuple[str | None, ...],
) -> Quantity:
    """Build the Quantity for match ``m`` of the normalised text."""
    unit, factor = UNIT_WORDS[unit_word] if unit_word else ("count", 1)
    start, end = m.span()
    return Quantity(
        value=_scaled(value, exponent, factor),
        unit=unit,
        start=start,
        end=end,
        text=text[start:end],
        qualifier=next(filter(None, qualifiers), None),  # (the first that is there)
    )


_MALFORMED: Final = (
    "is not a well-formed Chinese numeral (two digits in a row, as in 两三万, are a vague range)"
)
_NUMERAL_AS_WORD: Final = (
    "is a Chinese numeral with neither 万/亿 nor one of "
    + ", ".join(sorted(CHINESE_NUMERAL_UNITS))
    + " after it, so it is read as a word"
)


#: The most digits a fraction's part is read with: a share's arithmetic keeps 28 digits.
_FRACTION_DIGITS: Final = 12


def _read(text: str, norm: str, m: re.Match[str]) -> Quantity | _Skip:
    """Turn one pattern match into a Quantity, or say why it is not one."""
    start, end = m.span()
    # Which alternative matched: its group closes last, so it is the match's last group.
    kind = m.lastgroup
    if kind == "ordinal":
        return _Skip(start, end, "is an ordinal (第…)")
    if kind == "tenth":
        digit = m["t_num"]
        tenths = 10 if digit == "十" else int(digit) if digit.isascii() else CHINESE_DIGITS[digit]
        return _quantity(text, m, Decimal(tenths * 10), 0, "%", (m["t_pre"], m["t_q"]))
    if kind == "frac":
        if max(len(m["f_den"]), len(m["f_num"])) > _FRACTION_DIGITS:
            return _Skip(start, end, _MALFORMED)
        den, num = (
            int(part)
            if part.isascii()
            else 10 ** MAGNITUDE_EXPONENTS[part]  # 万分之三, 千分之五
            if part in MAGNITUDE_EXPONENTS
            else _chinese_int(part)
            for part in (m["f_den"], m["f_num"])
        )
        if not den or not num:
            return _Skip(start, end, _MALFORMED)
        share = (Decimal(100 * num) / den).quantize(Decimal("0.01"), ROUND_HALF_UP)
        return _quantity(text, m, _canonical(share), 0, "%", (m["f_pre"], m["f_q"]))
    if kind == "double":
        doublings = 1 if m["d_n"] is None else CHINESE_DIGITS[m["d_n"]]
        if doublings == 0:
            return _Skip(start, end, _MALFORMED)
        return _quantity(text, m, Decimal(2**doublings), 0, "倍", (m["d_pre"],))
    if kind == "vague":
        return _Skip(start, end, "is vague: 数/几 stand for no definite number")
    if kind == "pct":
        raw = m["p_num"]
        if raw == "百":
            value: Decimal | None = Decimal(100)
        elif raw[0].isascii():
            value = Decimal(raw.replace(",", "").replace("，", ""))
        else:
            value = _chinese_value(raw)
        if value is None:
            return _Skip(start, end, _MALFORMED)
        return _quantity(text, m, value, 0, "%", (m["p_pre"], m["p_q"]))
    if kind == "bare":
        return _quantity(
            text,
            m,
            Decimal(1),
            _magnitude_exponent(m["b_mag"]),
            m["b_unit"],
            (m["b_pre"], m["b_q2"], m["b_q3"]),
        )
    if kind == "alone":
        return _quantity(
            text,
            m,
            Decimal(1),
            _magnitude_exponent(m["l_mag"]),
            m["l_unit"],
            (m["l_q2"], m["l_q3"]),
        )
    if kind == "cn":
        numeral, magnitude, unit_word = m["c_num"], m["c_mag"], m["c_unit"]
        if not (magnitude or "万" in numeral or "亿" in numeral) and (
            unit_word not in CHINESE_NUMERAL_UNITS
        ):
            return _Skip(start, end, _NUMERAL_AS_WORD)
        if "点" in numeral:
            value = _chinese_value(numeral)
            exponent = _magnitude_exponent(magnitude)
        else:
            # Read numeral and magnitude together: 一亿二千 + 万 is 一亿二千万.
            integer = _chinese_int(numeral + (magnitude or ""))
            value = None if integer is None else Decimal(integer)
            exponent = 0
        if value is None:
            return _Skip(start, end, _MALFORMED)
        return _quantity(
            text, m, value, exponent, unit_word, (m["c_pre"], m["c_q1"], m["c_q2"], m["c_q3"])
        )
    # The arabic alternative is the only one left.
    # (one call for its groups: the most common alternative, read for every plain number)
    number, lmag, mag, unit_word, *qualifiers = m.group(
        "a_num", "a_lmag", "a_mag", "a_unit", "a_pre", "a_q1", "a_q2", "a_plus", "a_q3"
    )
    magnitude = lmag or mag
    if not (magnitude or unit_word or any(qualifiers)):
        reason = _calendar_reason(norm, start, end, number)
        if reason is not None:
            return _Skip(start, end, reason)
    value = Decimal(number.replace(",", "").replace("，", ""))
    return _quantity(text, m, value, _magnitude_exponent(magnitude), unit_word, tuple(qualifiers))


def _scan(text: str) -> Iterator[Quantity | _Skip]:
    """Every numeric-looking span of ``text``, left to right, read or rejected; a range
    (3-5亿, 30%-50%, 18至29) is one span, read as its lower bound."""
    if _TRIGGER.search(text) is None:
        return
    # translate() costs more than the search; most text has no full-width form.
    norm = text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text
    if " . " in norm:
        norm = _SPACED_POINT.sub(lambda m: f".{m[1]}  ", norm)
    codes = [m.span() for m in _CODES.finditer(norm)] if _CODE_TRIGGER.search(norm) else []
    held: tuple[Quantity, re.Match[str]] | None = None  # may be a range's lower bound
    for m in _PATTERN.finditer(norm):
        if codes and any(a <= m.start() < b for a, b in codes):
            item: Quantity | _Skip = _Skip(
                m.start(), m.end(), "is part of a URL, path, phone number or stock code or quote"
            )
        else:
            item = _read(text, norm, m)
        if held is not None:
            if isinstance(item, Quantity):
                joined = _range(text, norm, held, (item, m))
                if joined is not None:
                    held = None
                    yield joined
                    continue
            yield held[0]
            held = None
        if isinstance(item, Quantity):
            held = (item, m)
        else:
            yield item
    if held is not None:
        yield held[0]


def _bare(m: re.Match[str]) -> bool:
    """Whether a match is a plain arabic number: no magnitude, unit or qualifier after it."""
    return m["arabic"] is not None and not any(
        m[g] for g in ("a_lmag", "a_mag", "a_unit", "a_q1", "a_q2", "a_plus", "a_q3")
    )


def _approximate_low(low: str, high: str) -> Decimal | None:
    """The lower bound of two neighbouring round numbers that write an approximate range,
    scaled to the higher one's order (3、400 -> 300, 7、8 -> 7, 100、200 -> 100), or None
    when they are two figures of a list."""
    if not (low.isdigit() and high.isdigit()) or low[1:].strip("0") or high[1:].strip("0"):
        return None
    if len(low) not in (1, len(high)) or int(high[0]) != int(low[0]) + 1:
        return None
    return Decimal(int(low[0]) * 10 ** (len(high) - 1))


#: A word that starts a change (CHANGE_FROM), not 增长率 (a rate's name).
_CHANGE_FROM: Final = re.compile("(?:" + "|".join(CHANGE_FROM) + ")(?!率)")
_CLAUSE_END: Final = re.compile(r"[，,。；;：:！？!?]")


def _changes_from(norm: str, start: int) -> bool:
    """Whether a word of change comes just before ``start`` in its clause: 从5.5亿元至…,
    提升2个百分点至30% tell a change, not a range."""
    before = _CLAUSE_END.split(norm[max(0, start - CHANGE_FROM_WINDOW) : start])[-1]
    return _CHANGE_FROM.search(before) is not None


def _range(
    text: str,
    norm: str,
    low: tuple[Quantity, re.Match[str]],
    high: tuple[Quantity, re.Match[str]],
) -> Quantity | None:
    """The range two neighbouring quantities write, as its lower bound, or None.

    A dash joins any two of one unit (30%-50%, 3亿-5亿), an amount to money after it that
    names its currency for both (270 亿-290 亿美元), and a bare number to the next,
    which lends it its magnitude and unit (3-5亿, 20-30元); 至/到 join a bare number
    (18至29岁) and two amounts of one unit (收入约为 48 亿元至 51 亿元, 70%到80%), but not
    after a word of change (从5.5亿元至…, 提升2个百分点至30%: a change, two figures); 、 joins
    only two neighbouring round numbers (7、8万, 3、400多), which list no two figures.
    """
    (lq, lm), (hq, hm) = low, high
    between = norm[lq.end : hq.start].strip(_SPACES)
    bare = _bare(lm)
    approximate = (
        bare
        and between == APPROXIMATE_JOINER
        and hm["arabic"] is not None
        and _approximate_low(lm["a_num"], hm["a_num"]) is not None
    )
    spans = between in RANGE_WORDS and (
        bare or (lq.unit == hq.unit and not _changes_from(norm, lq.start))
    )
    if not (between in _RANGE_DASHES or spans or approximate):
        return None
    if bare and hm["arabic"] is not None:
        number = Decimal(hm["a_num"].replace(",", "").replace("，", ""))
        if number.is_zero():
            return None
        lower = _approximate_low(lm["a_num"], hm["a_num"]) if approximate else None
        value = _canonical(
            (lower or Decimal(lm["a_num"].replace(",", "").replace("，", ""))) * (hq.value / number)
        )
        unit = hq.unit
    elif lq.unit == hq.unit and not bare:
        value, unit = lq.value, lq.unit
    elif lq.unit == "count" and is_money(hq.unit) and between in _RANGE_DASHES:
        value, unit = lq.value, hq.unit  # 270 亿-290 亿美元: the currency written once, last
    else:
        return None
    if value > hq.value:
        return None
    return Quantity(
        value=value,
        unit=unit,
        start=lq.start,
        end=hq.end,
        text=text[lq.start : hq.end],
        qualifier=lq.qualifier or hq.qualifier,
    )


# ---------------------------------------------------------------------------
# Public API.
# ---------------------------------------------------------------------------


def find_quantities(text: str) -> list[Quantity]:
    """All quantities in ``text``, left to right and non-overlapping.

    Parameters
    ----------
    text
        Any text; a sentence is the usual unit.

    Returns
    -------
    list[Quantity]
        Offsets refer to ``text``. Years, dates, ordinals, vague amounts and
        Chinese numerals used as words are left out. Never raises.

    Examples
    --------
    >>> found = find_quantities("有 2.3w 的服务商，97% 交易占比")
    >>> [(format_decimal(q.value), q.unit) for q in found]
    [('23000', 'count'), ('97', 'percent')]
    >>> q = find_quantities("已有超过3亿人次")[0]
    >>> q.text, q.qualifier
    ('超过3亿', '超过')
    """
    if _TRIGGER.search(text) is None:
        return []
    return [item for item in _scan(text) if isinstance(item, Quantity)]


def parse_quantity(s: str) -> Quantity:
    """Read ``s`` as exactly one quantity (surrounding whitespace allowed).

    Parameters
    ----------
    s
        The quantity alone, e.g. ``"4.5 亿"``, ``"超3亿"``, ``"2.64倍"``.

    Returns
    -------
    Quantity
        Offsets refer to ``s``.

    Raises
    ------
    QuantityError
        If ``s`` is empty, holds no quantity, more than one, anything else
        besides it, or something that is deliberately not read (a year, a
        vague amount such as 数万, a Chinese numeral without a unit).

    Examples
    --------
    >>> parse_quantity("4.5 亿").value
    Decimal('450000000')
    >>> parse_quantity("3 分钟").value, parse_quantity("3 分钟").unit
    (Decimal('180'), 'seconds')
    """
    stripped = s.strip()
    if not stripped:
        raise QuantityError(f"{s!r} is not a quantity: it is empty")
    first = s.index(stripped[0])
    last = first + len(stripped)
    items = list(_scan(s))
    for item in items:
        if isinstance(item, _Skip):
            whole = (item.start, item.end) == (first, last)
            subject = "it" if whole else repr(s[item.start : item.end])
            raise QuantityError(f"{s!r} is not a quantity: {subject} {item.reason}")
    if not items:
        raise QuantityError(f"{s!r} is not a quantity: it holds no number")
    if len(items) > 1:
        found = ", ".join(repr(q.text) for q in items if isinstance(q, Quantity))
        raise QuantityError(f"{s!r} is not one quantity: it holds {len(items)} ({found})")
    (quantity,) = items
    assert isinstance(quantity, Quantity)
    if (quantity.start, quantity.end) != (first, last):
        raise QuantityError(
            f"{s!r} is not a quantity: only {quantity.text!r} is; remove the text around it"
        )
    return quantity


def format_decimal(d: Decimal) -> str:
    """``d`` as a plain decimal: no exponent, no trailing fractional zeros.

    Raises
    ------
    QuantityError
        If ``d`` is NaN or infinite.

    Examples
    --------
    >>> [format_decimal(Decimal(s)) for s in ("4.5E+8", "2.640", "97", "0.50", "-0")]
    ['450000000', '2.64', '97', '0.5', '0']
    """
    if not d.is_finite():
        raise QuantityError(f"{d!r} is not a finite number and has no decimal form")
    if d.is_zero():
        return "0"
    return format(_canonical(d), "f")
