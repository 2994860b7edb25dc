"""The input corpus of tests/test_inputs.py, made from the 2023 seed.

Run ``.venv/bin/python tests/data/inputs/make.py`` from the repository after changing it.

Every file here is written by this script from sentences of
``seeds/2023-wechat-open-class-pro.md``, so the facts they yield can be checked, and is
committed with it. It rewrites every file byte for byte the same on every run, and
tests/test_inputs.py checks that the committed files are what it makes. Symbolic links,
unreadable and oversized files and big directories are made by the tests, at test time.

The source text, ``channels.md``, is the seed from its lead (「昨晚，视频号、微信支付……」,
whose bullets hold 三倍, 8亿 and 54%) through the end of its 视频号 section (the credit
「——腾讯公司副总裁、视频号负责人张孝超」), unchanged: UTF-8, ``\\n`` line ends.

========================== ==============================================================
file                       how it was made from ``channels.md``
========================== ==============================================================
channels-hant.md           traditional script: ``zhconv.convert(text, "zh-tw")``, which maps
                           character for character here (视频号 -> 視頻號, “” -> 「」)
encodings/*.gbk.md         ``text.encode("gbk")``
encodings/*.gb18030.md     ``text.encode("gb18030")``
encodings/*.big5.md        channels-hant.md's text, ``.encode("big5")``
encodings/*.utf8-bom.md    ``b"\\xef\\xbb\\xbf" + text.encode("utf-8")``
encodings/*.utf16le.md     ``b"\\xff\\xfe" + text.encode("utf-16-le")`` (BOM, little-endian)
encodings/*.utf16be.md     ``b"\\xfe\\xff" + text.encode("utf-16-be")`` (BOM, big-endian)
encodings/*.mixed-eol.md   line ends ``\\r\\n``, ``\\r`` and ``\\n`` in turn, paragraph by paragraph
text/fullwidth.md          ASCII digits, ``%`` and the decimal point made full-width
                           (2023 -> ２０２３, 54% -> ５４％, 1.9 -> １．９, the section
                           number 01 -> ０１), and 亿 -> 億
text/invisible.md          zero-width characters inside terms and numbers (视\\u200b频号,
                           微\\u200d信支付, 小\\ufeff程序, 5\\u200b4%) and non-breaking
                           spaces inside numbers (8\\u00a0亿, 800\\u3000%)
html/fragment.html         the paragraphs as <h2>/<p>, no <html>, <head> or <body>
html/scripts.html          a whole page whose <head> and body hold <script>, <style>,
                           <noscript> and JSON-LD full of ontology words (视频号, 张颖 …)
html/bare-div.html         every paragraph a bare <div>, the heading a <div><strong>
html/br-lines.html         one <div> whose paragraphs end in <br>, <br/> or <br />
html/malformed.html        closed <p>s, but unclosed <b>/<span>/<font>/<i>/<u>, stray
                           </div>, </span>, </em>, </td>, </li> and </h3>, unquoted
                           attributes, an unknown <blink>, no <html> and no closing tags
html/unclosed-p.html       every <p> opened and never closed, as old pages write them
html/truncated.html        fragment.html cut off inside an <a href="… tag of its last
                           paragraph, as an interrupted download leaves it
markdown/front-matter.md   YAML front matter (title, date, author) over the Markdown
markdown/broken-yaml.md    front matter that is not YAML (an unclosed ``[``)
markdown/bad-date.md       front matter whose date is ``next Tuesday``
markdown/undated-2023.md   sentences of the section with no year in them, no front
                           matter; the file name has a year inside it, which must not be
                           used (only one that starts a name dates an article)
bad/empty.md               zero bytes
bad/blank.txt              only whitespace and line ends
bad/image.html             a real 16x16 PNG (zlib-compressed RGB rows), named .html
hostile/nul-byte.md        one NUL byte in UTF-8 text (上线\\x00三年), not UTF-16
hostile/controls.md        raw control characters inside words: C0 (视\\x01频号), an ANSI
                           escape (微信\\x1b[31m支付 … \\x1b[0m), DEL and C1 (\\x9b)
hostile/entities.html      fragment.html with control characters as numeric entities inside
                           words (视&#x1B;频号, &#1;, &#x7F;, &#x8D;), then a paragraph of
                           entities no output can hold: &#xD800; &#xFFFF; &#xFDD0;
                           &#x1FFFE; &#x110000; &#0;
hostile/surrogate-title.md front matter whose title and author hold YAML escapes of lone
                           surrogates ("视频号\\uD800…", "微信\\uDFFF公开课")
hostile/deep-divs.html     fragment.html inside 1,000 nested <div>s, its last paragraph
                           inside 1,000 nested <span>s
hostile/deep-quotes.md     every line of channels.md quoted 30 levels deep (``> `` * 30),
                           past markdown-it's limit of 20
hostile/deep-yaml.md       front matter whose tags nest 1,000 lists deep, over the Markdown
========================== ==============================================================
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[2] / "seeds" / "2023-wechat-open-class-pro.md"

FIRST = "昨晚，视频号、微信支付、小程序、企业微信、搜一搜等生态产品悉数“在场”"
LAST = "——腾讯公司副总裁、视频号负责人张孝超"


def source() -> str:
    """The seed's lead and 视频号 section, as written."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(FIRST))
    end = next(i for i, line in enumerate(lines) if line.endswith(LAST))
    return "\n".join(lines[start : end + 1]) + "\n"


def paragraphs(text: str) -> tuple[int, list[str]]:
    """The paragraphs of the Markdown source, markup removed, and the index of its heading."""
    heading = -1
    found: list[str] = []
    for block in text.split("\n\n"):
        lines = [line for line in block.split("\n") if not line.startswith("![")]
        line = "".join(line for line in lines if line != "●").strip()
        if not line:
            continue
        if line.startswith("**"):
            heading = len(found)
            line = line.strip("*").removeprefix("01 ")
        found.append(line.removeprefix("\\- "))
    return heading, found


def traditional(text: str) -> str:
    import zhconv

    converted = zhconv.convert(text, "zh-tw")
    assert len(converted) == len(text)
    return converted


def fullwidth(text: str) -> str:
    table = {ord(c): ord(c) + 0xFEE0 for c in "0123456789%"}
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return text.translate(table).replace("亿", "億")


def invisible(text: str) -> str:
    swaps = [
        ("上线三年，视频号", "上线三年，视\u200b频号"),
        ("微信支付助力", "微\u200d信支付助力"),
        ("小程序交易生态", "小\ufeff程序交易生态"),
        ("月活增长至8亿", "月活增长至8\u00a0亿"),
        ("搜索量增长54%", "搜索量增长5\u200b4%"),
        ("800%的直播带货", "800\u3000%的直播带货"),
    ]
    for old, new in swaps:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def mixed_eol(text: str) -> str:
    """Each paragraph's line ends (and the blank line after it) use \\r\\n, \\r, \\n in turn.

    Per paragraph, not per line: a lone \\r followed by an empty \\n line would read as
    one \\r\\n, in any reader.
    """
    ends = ["\r\n", "\r", "\n"]
    blocks = text.rstrip("\n").split("\n\n")
    return "".join(ends[i % 3].join([*block.split("\n"), "", ""]) for i, block in enumerate(blocks))


def html_fragment(heading: int, paras: list[str]) -> str:
    return "".join(
        f"<h2>{p}</h2>\n" if i == heading else f"<p>{p}</p>\n" for i, p in enumerate(paras)
    )


def html_scripts(heading: int, paras: list[str]) -> str:
    noise = "视频号 微信支付 张颖 腾讯公司副总裁 小程序 2022年 8亿"
    body = []
    for i, p in enumerate(paras):
        if i == heading:
            body.append(f"<h2>{p}</h2>\n")
            continue
        body.append(f"<p>{p}</p>\n<script>track('{noise}', {i})</script>\n")
        if i % 2:
            body.append(f"<style>.p{i} {{ color: red }} /* {noise} */</style>\n")
    return (
        "<!DOCTYPE html>\n<html lang=zh>\n<head>\n<meta charset=utf-8>\n"
        f"<title>{paras[heading]}</title>\n"
        f"<style>body {{ font: 16px sans-serif }} /* {noise} */ "
        f"p::before {{ content: '{noise}' }}</style>\n"
        f"<script>var channels = '{noise}'; "
        f"if (a < b && c > d) {{ document.write('<p>{noise}</p>') }}</script>\n"
        f'<script type="application/ld+json">{{"headline": "{noise}"}}</script>\n'
        "</head>\n<body>\n"
        f"<noscript><p>{noise}</p></noscript>\n"
        + "".join(body)
        + f"<script>\n// {noise}\n</script>\n</body>\n</html>\n"
    )


def html_bare_div(heading: int, paras: list[str]) -> str:
    return "".join(
        f"<div><strong>{p}</strong></div>\n" if i == heading else f"<div>{p}</div>\n"
        for i, p in enumerate(paras)
    )


def html_br_lines(heading: int, paras: list[str]) -> str:
    breaks = ["<br>", "<br/>", "<br />"]
    lines = "".join(p + breaks[i % 3] + "\n" for i, p in enumerate(paras))
    return f"<div>{lines}</div>\n"


def html_malformed(heading: int, paras: list[str]) -> str:
    openers = ["<b>", "<span class=x>", "<font color=red>", "<i>", "", "<u>", "<blink>", ""]
    closers = ["</div>", "</span>", "", "</em>", "</span>", "", "</td>", "</li>"]
    out = ["<body bgcolor=white>\n<div class=article>\n"]
    for i, p in enumerate(paras):
        if i == heading:
            out.append(f"<h2 class=title>{p}</h2></h3>\n")
        else:
            out.append(f"<p align=left>{openers[i % 8]}{p}</p>{closers[i % 8]}\n")
    return "".join(out)


def html_unclosed_p(heading: int, paras: list[str]) -> str:
    return (
        "<html><body>\n"
        + "".join(f"<h2>{p}</h2>\n" if i == heading else f"<p>{p}\n" for i, p in enumerate(paras))
        + "</body></html>\n"
    )


def html_truncated(heading: int, paras: list[str]) -> str:
    assert paras[-1].startswith("“好的创作者应该获得回报，")
    page = html_fragment(heading, paras[:-1])
    return page + '<p>“好的创作者应该获得回报，<a href="https://mp.weixin.qq.com/s?__biz=Mz'


def undated(text: str) -> str:
    keep = [
        "上线三年，视频号的内容生态发生了哪些变化？",
        "今年，视频号将进一步帮助创作者增收",
        "付费订阅功能将支持创作者设立付费内容专区",
        "“好的创作者应该获得回报",
    ]
    lines = [line for line in text.split("\n") if any(line.startswith(k) for k in keep)]
    assert len(lines) == len(keep)
    body = "\n\n".join(lines) + "\n"
    assert not re.search(r"\d", body)
    return body


def one_swap(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def controls(text: str) -> str:
    text = one_swap(text, "上线三年，视频号", "上线三年，视\x01频号")
    text = one_swap(text, "微信支付助力", "微信\x1b[31m支付\x1b[0m助力")
    text = one_swap(text, "小程序交易生态", "小程序\x7f交易\x9b生态")
    return text


def html_entities(heading: int, paras: list[str]) -> str:
    page = html_fragment(heading, paras)
    page = one_swap(page, "上线三年，视频号", "上线三年，视&#x1B;频号")
    page = one_swap(page, "微信支付助力", "微信&#1;支付&#x7F;助力")
    page = one_swap(page, "小程序交易生态", "小程序&#x8D;交易生态")
    return page + "<p>&#xD800;&#xFFFF;&#xFDD0;&#x1FFFE;&#x110000;&#0;</p>\n"


def html_deep(heading: int, paras: list[str]) -> str:
    *head, last = html_fragment(heading, paras).rstrip("\n").split("\n")
    last = last.replace("<p>", "<p>" + "<span>" * 1000).replace("</p>", "</span>" * 1000 + "</p>")
    return "<div>" * 1000 + "\n".join([*head, last]) + "</div>" * 1000 + "\n"


def png() -> bytes:
    """A valid 16x16 RGB PNG: signature, IHDR, one IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 16, y * 16, 128)) for x in range(16)) for y in range(16)
    )
    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def files() -> dict[str, bytes]:
    """Every file of the corpus by its path under tests/data/inputs/."""
    text = source()
    hant = traditional(text)
    heading, paras = paragraphs(text)
    front = (
        "---\ntitle: 视频号：有收入创作者持续增长\ndate: 2023-01-11\nauthor: 微信公开课\n---\n\n"
    )
    out = {
        "channels.md": text.encode("utf-8"),
        "channels-hant.md": hant.encode("utf-8"),
        "encodings/channels.gbk.md": text.encode("gbk"),
        "encodings/channels.gb18030.md": text.encode("gb18030"),
        "encodings/channels.big5.md": hant.encode("big5"),
        "encodings/channels.utf8-bom.md": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "encodings/channels.utf16le.md": b"\xff\xfe" + text.encode("utf-16-le"),
        "encodings/channels.utf16be.md": b"\xfe\xff" + text.encode("utf-16-be"),
        "encodings/channels.mixed-eol.md": mixed_eol(text).encode("utf-8"),
        "text/fullwidth.md": fullwidth(text).encode("utf-8"),
        "text/invisible.md": invisible(text).encode("utf-8"),
        "html/fragment.html": html_fragment(heading, paras).encode("utf-8"),
        "html/scripts.html": html_scripts(heading, paras).encode("utf-8"),
        "html/bare-div.html": html_bare_div(heading, paras).encode("utf-8"),
        "html/br-lines.html": html_br_lines(heading, paras).encode("utf-8"),
        "html/malformed.html": html_malformed(heading, paras).encode("utf-8"),
        "html/unclosed-p.html": html_unclosed_p(heading, paras).encode("utf-8"),
        "html/truncated.html": html_truncated(heading, paras).encode("utf-8"),
        "markdown/front-matter.md": (front + text).encode("utf-8"),
        "markdown/broken-yaml.md": (
            "---\ntitle: [视频号\ndate: 2023-01-11\n---\n\n" + text
        ).encode(),
        "markdown/bad-date.md": ("---\ntitle: 视频号\ndate: next Tuesday\n---\n\n" + text).encode(),
        "markdown/undated-2023.md": undated(text).encode("utf-8"),
        "bad/empty.md": b"",
        "bad/blank.txt": b"  \n\t\r\n\n",
        "bad/image.html": png(),
        "hostile/nul-byte.md": one_swap(text, "上线三年，", "上线\x00三年，").encode("utf-8"),
        "hostile/controls.md": controls(text).encode("utf-8"),
        "hostile/entities.html": html_entities(heading, paras).encode("utf-8"),
        "hostile/surrogate-title.md": (
            '---\ntitle: "视频号\\uD800：有收入创作者持续增长"\nauthor: "微信\\uDFFF公开课"\n'
            "date: 2023-01-11\n---\n\n" + text
        ).encode("utf-8"),
        "hostile/deep-divs.html": html_deep(heading, paras).encode("utf-8"),
        "hostile/deep-quotes.md": "".join(
            ("> " * 30 + line).rstrip(" ") + "\n" for line in text.rstrip("\n").split("\n")
        ).encode("utf-8"),
        "hostile/deep-yaml.md": (
            "---\ntitle: 视频号\ntags: " + "[" * 1000 + "]" * 1000 + "\n---\n\n" + text
        ).encode("utf-8"),
    }
    return out


def main() -> None:
    for name, data in files().items():
        path = HERE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{len(data):>6}  {name}")


if __name__ == "__main__":
    main()
