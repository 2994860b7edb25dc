"""Tests for kg.loaders: the seed articles read into Documents, sentence splitting, errors."""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from work import lines_run

from kg import loaders
from kg.errors import LoadError
from kg.loaders import (
    MAX_BYTES,
    _html_blocks,
    detect_format,
    display_path,
    document_id,
    iter_paths,
    load,
    load_text,
    read,
    split_sentences,
)
from kg.records import Document

__all__: list[str] = []

HEADINGS_2022 = [
    "视频号两周年：内容生态与创作激励",
    "微信支付：天下无欺",
    "微信小程序：触手可及，无处不在",
    "微信搜一搜：全场景触手可搜",
    "企业微信：连接创造价值",
]
HEADINGS_2023 = [
    "视频号：有收入创作者持续增长 新创作者分成计划将推出",
    "微信支付：技术助力商家精细化经营",
    "小程序：进一步完善基建 为用户创造长期价值",
    "企业微信：助力企业高效运营 私域成交达千亿元",
    "搜一搜：强化连接器与加速器角色 盘活微信生态内容与服务",
]


def _seed(request: pytest.FixtureRequest, name: str) -> Document:
    doc = request.getfixturevalue(name)
    assert isinstance(doc, Document)
    return doc


def _sentence(doc: Document, text: str) -> int:
    """The index of the one sentence of ``doc`` whose text is ``text``."""
    found = [s.index for s in doc.sentences if s.text == text]
    assert len(found) == 1, f"{text!r} is not one sentence of {doc.path}"
    return found[0]


# ---------------------------------------------------------------- metadata


def test_the_2022_seed_metadata_comes_from_its_front_matter(seed_2022: Document) -> None:
    assert seed_2022.title == "微信公开课PRO全汇总：视频号、微信支付、小程序，你想知道的都在这儿"
    # Written as RFC 2822 in the file: 'Thu, 06 Jan 2022 06:19:00 GMT'.
    assert seed_2022.date == "2022-01-06"
    assert seed_2022.author == "36kr"
    assert seed_2022.format == "html"
    assert seed_2022.id == "2022-wechat-open-class-pro-36kr"


def test_the_2023_seed_is_markdown_titled_by_its_heading(seed_2023: Document) -> None:
    assert seed_2023.format == "markdown"
    assert seed_2023.title == "最新最全！微信公开课全场干货来了"
    assert seed_2023.date is None
    assert seed_2023.author is None
    assert seed_2023.id == "2023-wechat-open-class-pro"
    # The '# ' line names the article: it is neither a section nor a sentence.
    assert seed_2023.title not in [s.heading for s in seed_2023.sections]
    assert seed_2023.sentences[0].text == "微信之约，如约而至。"


def test_sha256_is_the_hash_of_the_file_bytes(seed_paths: list[Path]) -> None:
    import hashlib

    for path in seed_paths:
        assert load(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- sections


@pytest.mark.parametrize(
    ("name", "headings"), [("seed_2022", HEADINGS_2022), ("seed_2023", HEADINGS_2023)]
)
def test_sections_are_the_articles_headings(
    request: pytest.FixtureRequest, name: str, headings: list[str]
) -> None:
    doc = _seed(request, name)
    assert [s.heading for s in doc.sections] == headings
    assert [s.index for s in doc.sections] == list(range(len(headings)))
    for section in doc.sections:
        assert doc.text[section.start :].startswith(section.heading)
        assert 0 <= section.start < section.end <= len(doc.text)
    assert all(a.end < b.start for a, b in zip(doc.sections, doc.sections[1:], strict=False))
    assert doc.sections[-1].end == len(doc.text)


@pytest.mark.parametrize(
    ("name", "sentence", "heading"),
    [
        (
            "seed_2022",
            "第二个微信公开课讲师张颖的讲述就生活化了不少，他用一个个故事串起了微信支付的各个阶段。",
            "微信支付：天下无欺",
        ),
        (
            "seed_2022",
            "黄铁鸣还预告了一个值得期待的消息：下周，企业微信将推出全新版本，将发布连接视频号、"
            "微信客服两个全新能力，相关资讯 APPSO 也会第一时间报道，敬请期待。",
            "企业微信：连接创造价值",
        ),
        (
            "seed_2023",
            "上线三年，视频号的内容生态发生了哪些变化？",
            "视频号：有收入创作者持续增长 新创作者分成计划将推出",
        ),
        (
            "seed_2023",
            "2022年，微信搜一搜用户量持续增长，月活增长至8亿，搜索量同比增长54%。",
            "搜一搜：强化连接器与加速器角色 盘活微信生态内容与服务",
        ),
    ],
)
def test_a_sentence_sits_in_the_section_of_its_heading(
    request: pytest.FixtureRequest, name: str, sentence: str, heading: str
) -> None:
    doc = _seed(request, name)
    s = doc.sentences[_sentence(doc, sentence)]
    section = doc.sections[s.section]
    assert section.heading == heading
    assert section.start <= s.start < s.end <= section.end
    assert not s.heading


def test_sentences_before_the_first_heading_have_no_section(seed_2022: Document) -> None:
    intro = _sentence(
        seed_2022,
        "在 2022 年的微信公开课 PRO 主论坛上，微信就介绍了视频号、微信支付、小程序、搜一搜、"
        "企业微信五大业务的最新进展，我们也在第一时间做了最全汇总。",
    )
    assert seed_2022.sentences[intro].section == -1
    assert seed_2022.sentences[intro + 1].text == HEADINGS_2022[0]


@pytest.mark.parametrize("name", ["seed_2022", "seed_2023"])
def test_each_heading_is_one_heading_sentence(request: pytest.FixtureRequest, name: str) -> None:
    doc = _seed(request, name)
    headings = [s for s in doc.sentences if s.heading]
    assert [s.text for s in headings] == [s.heading for s in doc.sections]
    assert [s.section for s in headings] == [s.index for s in doc.sections]
    assert [s.start for s in headings] == [s.start for s in doc.sections]


# ---------------------------------------------------------------- text and offsets


@pytest.mark.parametrize("name", ["seed_2022", "seed_2023"])
def test_every_sentence_is_its_span_of_the_text(request: pytest.FixtureRequest, name: str) -> None:
    doc = _seed(request, name)
    assert len(doc.sentences) > 100
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


@pytest.mark.parametrize("name", ["seed_2022", "seed_2023"])
def test_sentences_are_in_order_and_do_not_overlap(
    request: pytest.FixtureRequest, name: str
) -> None:
    doc = _seed(request, name)
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    for a, b in zip(doc.sentences, doc.sentences[1:], strict=False):
        assert a.end <= b.start
        assert a.paragraph <= b.paragraph
        assert a.section <= b.section


@pytest.mark.parametrize("name", ["seed_2022", "seed_2023"])
@pytest.mark.parametrize("url", ["http", "img.36krcdn", "inews.gtimg", "<", "!["])
def test_images_and_markup_are_dropped(request: pytest.FixtureRequest, name: str, url: str) -> None:
    assert url not in _seed(request, name).text


# Jina Reader's Markdown of a WeChat page: a lazy image's placeholder, an SVG as inline data
# (eval/tune/unknown-xiaomao-buguangdeng-xiaohongshu.md, six of them).
_SVG_PLACEHOLDER = (
    "![Image](data:image/svg+xml,%3C%3Fxml version='1.0' encoding='UTF-8'%3F%3E%3Csvg "
    "width='1px' height='1px' viewBox='0 0 1 1' version='1.1' "
    "xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'%3E"
    "%3Ctitle%3E%3C/title%3E%3Cg stroke='none' stroke-width='1' fill='none' "
    "fill-rule='evenodd' fill-opacity='0'%3E%3Cg transform='translate(-249.000000, "
    "-126.000000)' fill='%23FFFFFF'%3E%3Crect x='249' y='126' width='1' "
    "height='1'%3E%3C/rect%3E%3C/g%3E%3C/g%3E%3C/svg%3E)"
)


def test_an_image_of_inline_data_is_dropped_though_it_holds_spaces() -> None:
    # The placeholder between two paragraphs of the article, as it stands there.
    before = "这时我是立刻意识到这是个真实存在的且可能高频发生的需求了。"
    after = "所以，那就做吧。"
    doc = load_text(f"{before}\n\n{_SVG_PLACEHOLDER}\n\n{after}", path="a.md")
    assert [s.text for s in doc.sentences] == [before, after]
    # inside a paragraph too, and a link to data as well; what follows stays
    doc = load_text(f"{after}{_SVG_PLACEHOLDER[1:]}{before}", path="a.md")
    assert doc.text == after + before


def test_the_reposting_note_is_dropped(seed_2022: Document) -> None:
    # <p class="editor-note">本文来自微信公众号“APPSO”（ID:appsolution），
    # 作者：冷思真 刘凌歌，36氪经授权发布。</p>
    for part in ("本文来自", "经授权发布", "appsolution", "冷思真"):
        assert part not in seed_2022.text
    assert seed_2022.sentences[-1].text == (
        "从这些公布的数据中，我们也能看到微信过去这一年的变化，同时对来年微信的新功能，有更多的预测。"
    )


def test_a_block_that_opens_as_the_pages_lines_do_but_holds_the_article_is_kept() -> None:
    # A scraper that joined a repost's lines gives its whole text as one block after 原标题
    # (eval/years: thepaper-gionee-creditors-restructuring.txt, 3,010 characters on one line):
    # the article is kept, not lost; the page's own short line is still dropped.
    article = (
        "原标题：赌输的金立：主要债权人讨论破产重整，小供应商希望直接清算曾经风光一时的国产手机品牌金立已经倒下，"
        "现在各方开始收拾残局。 近日，隐匿香港十多个月的金立董事长刘立荣接受媒体采访，称自己已经从金立董事会出局，"
        "目前金立的重组思路是破产重整。 与此同时，金立其他股东推进的重整计划正在紧锣密鼓地展开。11月23日，金立金融"
        "债权人会议在深圳召开，据悉会上所有银行都支持了破产重整方案。11月28日，金立还将召开经营债权人会议，就"
        "金立破产重整方案进行讨论，金立给与会者设置了8000万元债务以上的债权人门槛。"
    )
    assert len(article) > 200
    doc = load_text(f"---\ntitle: 赌输的金立\n---\n\n{article}\n", path="x.txt")
    assert "据悉会上所有银行都支持了破产重整方案" in doc.text
    short = load_text("# 赌输的金立\n\n原标题：赌输的金立\n\n金立已经倒下。\n", path="x.md")
    assert "原标题" not in short.text
    assert short.sentences[-1].text == "金立已经倒下。"


# The end of a 公众号 post saved from its mp.weixin.qq.com page, as a converter writes it
# (eval/tune/geekpark-wenxin-yiyan-bilibili-double11-2024.md; 14 of the evaluation's articles).
_WECHAT_PAGE_TAIL = """马斯克：我不可能自己在家工作，却让员工来工厂上班。

预览时标签不可点

微信扫一扫
关注该公众号

继续滑动看下一个

轻触阅读原文

极客公园

向上滑动看下一个

知道了

微信扫一扫
使用小程序

视频
小程序
赞
，轻点两下取消赞
在看
，轻点两下取消在看
分享
留言
收藏
听过
"""


# The share buttons under a post on woshipm.com, as a converter writes them
# (eval/tune/woshipm-dingtalk-365-wuzhao-return.md; the link's title and address shortened).
_SHARE_BUTTONS = """更多精彩内容，请关注人人都是产品经理微信公众号或下载App

[分享到微博](https://service.weibo.com/share/share.php?appkey=2775287854)

微信扫一扫

![微信二维码](https://api.pwmqr.com/qrcode/create/?url=https://www.woshipm.com/it/6205374.html)
"""


@pytest.mark.parametrize(
    "block",
    [
        "微信扫一扫",
        # (a 公众号 page's, before the post's images: geekpark-baidu-qujing-meituan-shenhuiyuan-2024)
        "微信扫一扫可打开此内容，\n使用完整服务",
    ],
)
def test_a_share_buttons_caption_is_no_text(block: str) -> None:
    doc = load_text(_SHARE_BUTTONS.replace("微信扫一扫", block), path="post.md")
    assert "扫一扫" not in doc.text and "微信" in doc.text  # (the call to follow stays: a sentence)


def test_scanning_as_the_article_tells_it_stays() -> None:
    # layabox-netdragon-lol-minigame: an instruction of the article, not a button's caption
    doc = load_text("微信扫一扫小程序码进入游戏\n", path="post.md")
    assert doc.text == "微信扫一扫小程序码进入游戏"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("post.md", _WECHAT_PAGE_TAIL),
        ("post.html", "".join(f"<p>{line}</p>" for line in _WECHAT_PAGE_TAIL.split("\n\n"))),
    ],
)
def test_a_wechat_pages_own_lines_after_the_post_are_dropped(name: str, text: str) -> None:
    doc = load_text(text, path=name)
    assert [s.text for s in doc.sentences] == ["马斯克：我不可能自己在家工作，却让员工来工厂上班。"]
    assert "小程序" not in doc.text


@pytest.mark.parametrize(
    "phrase",
    [
        # <a ... data-name="企业微信">企业微信</a>五大业务
        "搜一搜、企业微信五大业务的最新进展",
        "打开电视观看开学第一课已经成了",
        # A word split over three links: <a>微信</a>公<a>开课</a> PRO
        "每年年初的微信公开课 PRO 也成了微信的保留项目。",
        "黄铁鸣通过索菲亚、五菱宏光、大疆农业、湖北宜昌社区四个实际案例",
    ],
)
def test_link_text_stays_in_the_text(seed_2022: Document, phrase: str) -> None:
    assert phrase in seed_2022.text


def test_markdown_bullets_and_escapes_are_cleaned(seed_2023: Document) -> None:
    # '\- 视频号使用时长…' and '●\n在创作者分成计划下…' in the file.
    _sentence(
        seed_2023,
        "视频号使用时长达去年同期的三倍，日活跃创作者数和日均视频上传量同比增长超过100%；",
    )
    assert any(s.text.startswith("在创作者分成计划下，") for s in seed_2023.sentences)
    assert "\\-" not in seed_2023.text
    assert "●" not in seed_2023.text


# ---------------------------------------------------------------- sentence splitting


def test_a_credited_quote_is_one_sentence(seed_2023: Document) -> None:
    text = (
        "同时，我们也希望这个创作收益是能够稳健地、健康地向上去生长。”"
        "——腾讯公司副总裁、视频号负责人张孝超"
    )
    s = seed_2023.sentences[_sentence(seed_2023, text)]
    assert s.text.endswith("向上去生长。”——腾讯公司副总裁、视频号负责人张孝超")
    assert seed_2023.sentences[s.index - 1].text.startswith("“好的创作者应该获得回报")


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "视频号上线三年。微信支付十年！小程序呢？",
            ["视频号上线三年。", "微信支付十年！", "小程序呢？"],
        ),
        ("第一；第二", ["第一；", "第二"]),
        ("Hello! World? Yes; ok", ["Hello!", "World?", "Yes;", "ok"]),
        ("真的吗？！是的。", ["真的吗？！", "是的。"]),
        ("没有结尾", ["没有结尾"]),
        ("   前后空格。  后一句  ", ["前后空格。", "后一句"]),
        ("", []),
        # closing quotes and brackets go with the sentence they close
        (
            "张小龙当时的反馈是「我们的目标是让微信支付成为微信用户的生活习惯。」然后呢。",
            ["张小龙当时的反馈是「我们的目标是让微信支付成为微信用户的生活习惯。」", "然后呢。"],
        ),
        ("“好的。”下一句", ["“好的。”", "下一句"]),
        ("（括号。）后面", ["（括号。）", "后面"]),
        # a —— attribution belongs to the quote before it
        ("好的。”——张颖。下一句", ["好的。”——张颖。", "下一句"]),
        ("“好的。”——张颖", ["“好的。”——张颖"]),
        ("前一句。——张颖", ["前一句。——张颖"]),
        # a dash inside a sentence does not end it
        (
            "不止是连接器，更是“加速器”——在公众号、视频号、小程序等场景下增长。",
            ["不止是连接器，更是“加速器”——在公众号、视频号、小程序等场景下增长。"],
        ),
        ("版本3.0发布。", ["版本3.0发布。"]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == sentences
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))


# ---------------------------------------------------------------- format detection


def test_markdown_is_detected_by_content_not_suffix(root: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes((root / "seeds" / "2023-wechat-open-class-pro.md").read_bytes())
    doc = load(path)
    assert doc.format == "markdown"
    assert doc.title == "最新最全！微信公开课全场干货来了"
    assert [s.heading for s in doc.sections] == HEADINGS_2023


def test_html_is_detected_by_content_not_suffix(root: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes((root / "seeds" / "2022-wechat-open-class-pro-36kr.html").read_bytes())
    doc = load(path)
    assert doc.format == "html"
    assert [s.heading for s in doc.sections] == HEADINGS_2022
    assert "<a" not in doc.text


def test_plain_text_is_text(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("视频号上线三年。\n微信支付十年了！\n", encoding="utf-8")
    doc = load(path)
    assert doc.format == "text"
    assert [s.text for s in doc.sentences] == ["视频号上线三年。", "微信支付十年了！"]
    assert [s.paragraph for s in doc.sentences] == [0, 1]
    assert doc.sections == ()
    assert doc.title == "视频号上线三年。"  # from the text, never the file name


@pytest.mark.parametrize(
    ("body", "suffix", "fmt"),
    [
        ("<p>视频号</p>", "", "html"),
        ("<div>视频号</div>", ".txt", "html"),
        ("**01 视频号**\n\n正文", ".txt", "markdown"),
        ("# 标题\n\n正文", ".html", "markdown"),
        ("![](https://inews.gtimg.com/x/1000)\n微信之约，如约而至。", "", "markdown"),
        ("视频号上线三年。", "", "text"),
        ("视频号上线三年。", ".html", "text"),
        # no markup at all: the suffix breaks the tie
        ("视频号上线三年。", ".md", "markdown"),
        ("视频号上线三年。", ".MARKDOWN", "markdown"),
    ],
)
def test_detect_format(body: str, suffix: str, fmt: str) -> None:
    assert detect_format(body, suffix=suffix) == fmt


# ---------------------------------------------------------------- document ids


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("seeds/2023-wechat-open-class-pro.md", "2023-wechat-open-class-pro"),
        ("seeds/2022-wechat-open-class-pro-36kr.html", "2022-wechat-open-class-pro-36kr"),
        ("/a/b/WeChat Open_Class.HTML", "wechat-open-class"),
        ("--x--.txt", "x"),
        ("文章.md", "doc-abababababab"),
        ("微信公开课.html", "doc-abababababab"),
    ],
)
def test_document_id(path: str, expected: str) -> None:
    assert document_id(path, "ab" * 32) == expected


def test_document_id_of_a_non_ascii_stem_is_its_hash(tmp_path: Path) -> None:
    path = tmp_path / "微信公开课全汇总.md"
    path.write_text("视频号上线三年。", encoding="utf-8")
    doc = load(path)
    assert doc.id == f"doc-{doc.sha256[:12]}"
    assert load(path).id == doc.id


# ---------------------------------------------------------------- errors


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.md", b"", "the file is empty"),
        ("blank.md", b"  \n\t\r\n\n", "the file is empty"),
        ("bom-only.md", b"\xef\xbb\xbf\n", "the file is empty"),
        ("img.html", b"<div><img src=x></div>", "no text found in the html body"),
        (
            "script.html",
            b"<div><script>var a = 1;</script></div>",
            "no text found in the html body",
        ),
        ("only-front-matter.md", b"---\ntitle: t\n---\n", "no text found"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(64), "this is a PNG image, not an article"),
        ("photo.md", b"\xff\xd8\xff\xe0" + bytes(64), "this is a JPEG image, not an article"),
        ("doc.txt", b"%PDF-1.7\n" + bytes(range(256)), "this is a PDF document, not an article"),
        (
            "nul.md",
            b"\x00\x01\x02\x03garbage\x00\xff\xfe\x80\x00\x90",
            "a binary file (it holds NUL bytes), not an article",
        ),
        ("bytes.md", bytes(range(256)), "a binary file (it holds NUL bytes), not an article"),
    ],
)
def test_load_errors_name_the_file_and_the_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(LoadError) as info:
        load(path)
    assert info.value.path == str(path)
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{path}: ")


def test_undecodable_bytes_say_how_to_fix_it(tmp_path: Path) -> None:
    # C1 control bytes: not UTF-8, and nothing charset-normalizer knows reads them as text.
    path = _write(tmp_path, "c1.md", bytes(range(0x80, 0xA0)) * 3)
    with pytest.raises(LoadError) as info:
        load(path)
    assert info.value.reason == (
        "not text: no encoding kg knows (UTF-8, UTF-16, GB18030, Big5 …) reads it; "
        "if it is an article, convert it to UTF-8"
    )


# Several whole lines of the 2023 seed: charset detection needs more than a few characters.
GBK_TEXT = (
    "上线三年，视频号的内容生态发生了哪些变化？\n"
    "2022年，视频号团队通过一系列数据，让外界看到了这个产品正在发生的变化。\n"
    "随着视频号用户时长快速增长，创作者们也迎来了更多变现可能。\n"
)


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_non_utf8_text_is_decoded(tmp_path: Path, codec: str) -> None:
    path = _write(tmp_path, f"{codec}.txt", GBK_TEXT.encode(codec))
    doc = load(path)
    assert doc.text == GBK_TEXT.strip()
    assert doc.warnings == ()
    # The hash is of the bytes on disk, not of the decoded text.
    import hashlib

    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_broken_yaml_front_matter_is_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.md", "---\ntitle: [unclosed\n---\n视频号上线三年。".encode())
    doc = load(path)
    # The article is kept; the front matter's title is not used.
    assert [s.text for s in doc.sentences] == ["视频号上线三年。"]
    assert doc.title == "视频号上线三年。"
    (warning,) = doc.warnings
    # Line 2 of the file: the front matter's first line, after '---'.
    assert warning.startswith(f"{path}: front matter is not valid YAML at line 2 (")
    assert warning.endswith("its title, date and author are ignored")


def test_front_matter_that_is_a_list_is_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, "list.md", "---\n- a\n- b\n---\n正文。".encode())
    doc = load(path)
    assert doc.text == "正文。"
    assert doc.warnings == (
        f"{path}: front matter is not a YAML mapping (key: value lines); it is ignored",
    )


@pytest.mark.parametrize(
    "text",
    [
        # Pandoc's and R Markdown's YAML metadata block, which Jekyll reads too, may end with
        # YAML's document end, `...`: kg looked on for a `---` and took the article's text up
        # to its first horizontal rule for front matter (or, with none, the front matter for
        # text).
        "---\ntitle: 微信支付\ndate: 2021-05-01\n...\n\n微信支付上线三年。\n\n---\n\n用户超过八亿。\n",
        "---\ntitle: 微信支付\ndate: 2021-05-01\n...\n微信支付上线三年。\n\n用户超过八亿。\n",
    ],
)
def test_front_matter_may_end_with_yamls_document_end(text: str) -> None:
    doc = load_text(text, path="x.md")
    assert (doc.title, doc.date, doc.warnings) == ("微信支付", "2021-05-01", ())
    assert doc.text == "微信支付上线三年。\n用户超过八亿。"


@pytest.mark.parametrize(
    "text",
    [
        # An article that opens with its lead between two horizontal rules: no key, so no
        # front matter, but the lead was dropped as "not a YAML mapping".
        "---\n微信支付上线三年，用户超过八亿。\n---\n商家数量增长了两倍。\n",
        "---\n\n微信支付上线三年，用户超过八亿。\n\n---\n\n商家数量增长了两倍。\n",
    ],
)
def test_text_between_two_rules_opening_an_article_is_no_front_matter(text: str) -> None:
    doc = load_text(text, path="x.md")
    assert (doc.text, doc.warnings) == (
        "微信支付上线三年，用户超过八亿。\n商家数量增长了两倍。",
        (),
    )


def test_a_wiki_link_in_front_matter_is_its_text() -> None:
    # The Obsidian Web Clipper writes the author as a list of wiki links (`- "[[36氪]]"`), and
    # the link's brackets were the author's name in the graph (dcterms:creator "[[36氪]]").
    text = (
        '---\ntitle: "微信支付上线三年"\nsource: "https://36kr.com/p/1"\nauthor:\n  - "[[36氪]]"\n'
        '  - "[[张三|三哥]]"\npublished: 2021-05-01\ncreated: 2024-01-01\ntags:\n  - "clippings"\n'
        "---\n微信支付上线三年。\n"
    )
    doc = load_text(text, path="x.md")
    assert (doc.title, doc.author, doc.date, doc.warnings) == (
        "微信支付上线三年",
        "36氪 三哥",
        "2021-05-01",
        (),
    )


def test_logseq_block_properties_are_no_text() -> None:
    # A Logseq page keeps a block's properties under it (`id::` once another block refers to
    # it, `collapsed::` when it is folded): they were read as the block's words.
    text = (
        "title:: 微信支付\npublished:: [[2021-05-01]]\n\n- 微信支付上线三年。\n"
        "  id:: 64f1c0de-1234-4cde-9abc-0123456789ab\n- 用户超过八亿。\n  collapsed:: true\n"
        "\t- 商家数量增长了两倍。\n"
    )
    doc = load_text(text, path="x.md")
    assert (doc.title, doc.date, doc.warnings) == ("微信支付", "2021-05-01", ())
    assert doc.text == "微信支付上线三年。\n用户超过八亿。\n商家数量增长了两倍。"
    # ... in a Logseq page; elsewhere such a line is what the article says.
    doc = load_text("- 微信支付上线三年。\n  note:: 用户超过八亿。\n", path="x.md")
    assert doc.text == "微信支付上线三年。 note:: 用户超过八亿。"


@pytest.mark.parametrize("date", ["next week", "2022-99", "06/01/22 ish"])
def test_a_date_that_is_not_a_date_is_dropped_with_a_warning(tmp_path: Path, date: str) -> None:
    path = _write(tmp_path, "date.md", f"---\ntitle: 标题\ndate: {date}\n---\n正文。".encode())
    doc = load(path)
    assert doc.date is None
    assert doc.title == "标题"  # only the date is lost
    (warning,) = doc.warnings
    assert warning.startswith(f"{path}: front matter date {date!r} is not a date")
    assert "YYYY-MM-DD" in warning


@pytest.mark.parametrize(
    ("date", "problem"),
    [
        ("2022-13-45", "month must be in 1..12"),
        ("2022-02-30", "day is out of range for month"),
        ("2022-01-06T25:00:00", "hour must be in 0..23"),
    ],
)
def test_an_impossible_yaml_date_is_a_warning(tmp_path: Path, date: str, problem: str) -> None:
    path = _write(tmp_path, "date.md", f"---\ntitle: 标题\ndate: {date}\n---\n正文。".encode())
    doc = load(path)
    assert doc.date is None
    assert doc.text == "正文。"
    assert doc.title == "正文。"  # the whole front matter is lost, not just its date
    (warning,) = doc.warnings
    assert warning.startswith(f"{path}: front matter holds an impossible date ({problem})")
    assert "YYYY-MM-DD" in warning


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2022-01-06", "2022-01-06"),
        ("2022-01-06 06:19:00", "2022-01-06"),
        ("'2022/1/6'", "2022-01-06"),
        ("2022年1月6日", "2022-01-06"),
        ("Thu, 06 Jan 2022 06:19:00 GMT", "2022-01-06"),
        ("''", None),
    ],
)
def test_front_matter_dates(written: str, iso: str | None) -> None:
    doc = load_text(f"---\ndate: {written}\n---\n正文。", path="x.md")
    assert doc.date == iso


@pytest.mark.parametrize(
    ("front", "iso"),
    [
        # Hugo's key (a games site's news posts carry it, their text naming months without a
        # year: 「即将在7月26日和7月29日之间…举办」).
        ('title: "2024 ChinaJoy，腾讯又有猛料了！"\npublishDate: 2024-07-18', "2024-07-18"),
        ("published: 2025-03-10T23:03:00+08:00", "2025-03-10"),  # the Obsidian web clipper's
        ("pubDate: Thu, 06 Jan 2022 06:19:00 GMT", "2022-01-06"),  # an RSS item's
        ("date_published: 2019-04-28", "2019-04-28"),
        ("published_at: 2020-08-12 10:00", "2020-08-12"),
        ("publish_date: 2018/01/12", "2018-01-12"),
        ("publishTime: '2018-11-28 08:21'", "2018-11-28"),  # a scraper's (eval/years: thepaper-…)
        # An archive of exported 公众号 posts (caoz的梦呓's 「闲扯一下美团和滴滴」): WeChat's time
        # of posting, the only date such a post has.
        ("channel_name: caoz的梦呓\ncreatetime: 2018-03-28 10:30:00+00:00", "2018-03-28"),
        ("create_time: 2018-12-21 11:42:43", "2018-12-21"),
        # A wiki of clipped 公众号 posts (「单篇知识卡：Self-Harness，让 Agent 自己改自己的
        # Harness」) and a clipper's archive (「精华：去哪儿网AI Coding研发平台实践…」).
        ("updated: 2026-06-15\naccount: AutoML机器学习\npublish_time: 2026-06-12", "2026-06-12"),
        (
            'publish_time: "2026年6月24日 08:07"\nfetched_at: "2026-06-25T16:14:13.865Z"',
            "2026-06-24",
        ),
        # A knowledge base of 公众号 posts (「现在，你终于可以用飞书搭自己的AI知识库了。」): the
        # exporter header's label as a key.
        (
            'title: "现在，你终于可以用飞书搭自己的AI知识库了。"\n发布日期: 2025-05-23\n来源: "微信公众号"',
            "2025-05-23",
        ),
        ("发布时间: 2021-03-05 08:00", "2021-03-05"),
        # date: comes first; Jekyll's published: true is a draft flag, not a day.
        ("published: true\ndate: 2021-05-01\npublishDate: 2021-06-01", "2021-05-01"),
        # A clip's or fetch's day, or an edit's, can come years after the article.
        ("created: 2025-01-02\nfetch_date: 2025-01-02\nlastmod: 2024-01-01", None),
    ],
)
def test_front_matter_keys_that_give_the_publication_day(front: str, iso: str | None) -> None:
    doc = load_text(f"---\n{front}\n---\n正文。", path="x.md")
    assert (doc.date, doc.warnings) == (iso, ())


def test_python_2_string_tags_in_front_matter_are_read_as_strings() -> None:
    # A Jekyll archive of exported 公众号 posts, written by Python 2's PyYAML (caoz的梦呓's
    # 「闲扯一下美团和滴滴」): the safe loader refused the whole front matter, date and title.
    front = (
        "categories: !!python/unicode 'caozsay'\nchannel_name: caoz的梦呓\n"
        "createtime: 2018-03-28 10:30:00+00:00\nkeywords: !!python/str 'caoz的梦呓,caozsay'\n"
        "title: 闲扯一下美团和滴滴"
    )
    for extra in ("", "\ndescription: A & B"):  # an & makes the pure-Python loader read it
        doc = load_text(f"---\n{front}{extra}\n---\n正文。", path="x.md")
        assert (doc.title, doc.date, doc.warnings) == ("闲扯一下美团和滴滴", "2018-03-28", ())


def test_the_unix_epoch_is_no_publication_day() -> None:
    # An archive of exported 公众号 posts (「微软开源VibeVoice：25K星标的语音AI神器项目解读」):
    # the exporter printed a lost timestamp, and the article was dated 1970.
    front = 'title: "微软开源VibeVoice"\n公众号: "世界那么哒"\ndate: "1970-01-01 08:33"'
    doc = load_text(f"---\n{front}\n---\n正文。", path="x.md")
    assert (doc.title, doc.date) == ("微软开源VibeVoice", None)
    assert doc.warnings == (
        "x.md: front matter date '1970-01-01 08:33' is the Unix epoch, the day a lost or "
        "misread timestamp prints, not the day the article came out; it is ignored",
    )


@pytest.mark.parametrize(
    "front",
    [
        # A Notion export dumped by PyYAML, which anchors a value two keys share
        # (「[SQL] 데이터 기간 한정 할때 between이 시간일 경우…」).
        "author: Gunn Kim\ndate: '2025-03-16T19:10:00.000Z'\nkeywords: &id001\n- Uncategorized\n"
        "tags: *id001\ntitle: '[SQL] between'",
        # A site's review page, its date anchored for modified: (「Deep Review - Retrocausality」).
        "created: 2025-03-16\ndate: &id001 2025-03-16\nmodified: *id001\ntitle: '[SQL] between'",
    ],
)
def test_front_matter_with_pyyaml_anchors_and_aliases_is_read(front: str) -> None:
    doc = load_text(f"---\n{front}\n---\n正文。", path="x.md")
    assert (doc.title, doc.date, doc.warnings) == ("[SQL] between", "2025-03-16", ())


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        (  # a "billion laughs": 10 ** 9 values from ten lines
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{c}: &{c} [{', '.join([f'*{p}'] * 10)}]\n"
                for p, c in zip("abcdefgh", "bcdefghi", strict=True)
            ),
            "its aliases (*name) expand to more than 10,000 values",
        ),
        ("a: &a [x, *a]", "an alias (*name) names a value that holds it"),
        (
            "a0: &a0 [x]\n" + "".join(f"a{i}: &a{i} [*a{i - 1}]\n" for i in range(1, 60)),
            "it nests deeper than 50 levels",
        ),
    ],
)
def test_front_matter_whose_aliases_expand_too_far_is_refused(front: str, problem: str) -> None:
    doc = load_text(f"---\ntitle: t\n{front}\ndate: 2023-01-01\n---\n正文。", path="x.md")
    assert (doc.title, doc.date) == ("正文。", None)
    assert doc.warnings == (
        f"x.md: front matter is not valid YAML at line 2 ({problem}); its title, date and "
        "author are ignored",
    )


def test_a_jina_reader_page_gives_its_title_address_and_date() -> None:
    # A page read by Jina Reader (r.jina.ai) and saved as it came, a 量子位 post (「DeepSeek今日
    # 连开3源！…」): its header lines were the text, its byline the title.
    text = (
        "Title: DeepSeek今日连开3源！针对优化的并行策略\n\n"
        "URL Source: https://mp.weixin.qq.com/s/GXIvj1omweDu3_DZjo6sVg\n\n"
        "Published Time: 2025-02-27T08:00:00.000Z\n\n"
        "Markdown Content:\n##### 衡宇 梦晨 发自 凹非寺  \n量子位 | 公众号 QbitAI\n\n按时整活！\n"
    )
    doc = load_text(text, path="x.md")
    assert (doc.title, doc.date, doc.source, doc.warnings) == (
        "DeepSeek今日连开3源！针对优化的并行策略",
        "2025-02-27",
        "https://mp.weixin.qq.com/s/GXIvj1omweDu3_DZjo6sVg",
        (),
    )
    assert doc.text.startswith("衡宇 梦晨 发自 凹非寺")
    assert "Markdown Content" not in doc.text


@pytest.mark.parametrize(
    ("text", "date", "opening"),
    [
        (  # a 公众号 post exported to Markdown (「告别按 Token 付费焦虑，CodeBuddy 自定义模型…」)
            "# 告别按 Token 付费焦虑\n\n> 公众号: 腾讯CodeBuddy\n> 发布时间: 2026-03-06 21:36\n"
            "> 原文链接: https://mp.weixin.qq.com/s/i1KL4QIXQWbFLiQB3mru9A\n\n---\n"
            "国内多家 AI 大模型厂商陆续推出了面向开发者的 Coding Plan。",
            "2026-03-06",
            "国内多家",
        ),
        (  # a clipper's archive (「精华：去哪儿网AI Coding研发平台实践，值得读三遍的样本」)
            "# 精华：去哪儿网AI Coding研发平台实践\n\n- 作者: 无处不在的技术\n"
            "- 发布时间: 2026年6月24日 08:07\n- 原文链接: https://mp.weixin.qq.com/s/Ug_fMuGkQmM4t\n"
            "\n---\n\n去哪儿网AI Coding 研发平台实践。",
            "2026-06-24",
            "去哪儿网",
        ),
        (  # a CSDN post exported to Jekyll (「spring--hello~!(如何搭建一个spring项目)」)
            "> **文章信息**\n> - 原文链接：https://jiayq.blog.csdn.net/article/details/87110126\n"
            "> - 发布时间：2019-02-12 19:40:50\n> - 阅读量：551\n\n## 摘要\n\n文章浏览阅读551次。",
            "2019-02-12",
            "摘要",
        ),
        (  # an archive of 虎嗅 posts (「程序员利用Claude Code自动化养龟监测系统…」): 抓取于 is the
            # fetch, no publication day
            "# 养龟\n\n> 原链: https://www.huxiu.com/article/4849810.html?f=rss  \n"
            "> 来源: 叶水水 · 归档自 EP.52 · 抓取于 2026-08-05  \n\n---\n\n## ▍背景\n\n最近对养龟产生了兴趣。",
            None,
            "▍背景",
        ),
        (  # the exporter's lost timestamp (「Android×鸿蒙×AI 周刊#7」)
            "# 周刊#7\n\n> 公众号: 鸿洋\n> 发布时间: 1970-01-01 08:33:45\n\n---\n本周技术周刊上线。",
            None,
            "本周",
        ),
        # A credit line alone is the article's, as it was (36kr's 「作者：…」 lines).
        ("作者：老狐\n\n微信今天上线了新功能。", None, "作者：老狐"),
    ],
)
def test_an_export_header_is_no_text_and_gives_its_date(
    text: str, date: str | None, opening: str
) -> None:
    doc = load_text(text, path="x.md")
    assert (doc.date, doc.warnings) == (date, ())
    assert doc.text.startswith(opening)


@pytest.mark.parametrize(
    ("page", "date"),
    [
        (  # Open Graph, as a saved news page has it (FiveThirtyEight's, 2019-01-16)
            '<html><head><meta property="og:type" content="article"><meta property="article:'
            'published_time" content="2019-01-16T04:00:00-05:00"><meta property="article:modified'
            '_time" content="2019-02-01T04:00:00-05:00"></head><body><p>正文。</p></body></html>',
            "2019-01-16",
        ),
        (  # Hexo's NexT theme (zhaojun.im's 「Hexo 优化 --- 支持邮件通知的评论 Valine 增强版」)
            '<div class="post-meta"><span class="post-meta-item-text">发表于</span> <time title="'
            '创建时间：2018-01-11 18:15:21" itemprop="dateCreated datePublished" datetime="2018-01-11'
            'T18:15:21+08:00">2018-01-11</time> <span class="post-meta-item-text">更新于</span> <time'
            ' title="修改时间：2018-10-06 14:17:08" itemprop="dateModified" datetime="2018-10-06T14:17'
            ':08+08:00">2018-10-06</time></div><p>此项目是一个对 Valine 评论系统的拓展应用。</p>',
            "2018-01-11",
        ),
        (  # a saved 公众号 page, whose #publish_time a script fills from var ct (a trimmed copy
            # of one, 「苹果子公司因违反对俄制裁受到英国处罚」, kept by a tool that reads such pages)
            '<h1 class="rich_media_title " id="activity-name">苹果子公司因违反对俄制裁受到英国处罚</h1>'
            '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em><div class='
            '"rich_media_content" id="js_content"><p>正文内容。</p></div><script type="text/javascript">'
            'var ct = "1774922192";\nvar nickname = htmlDecode("合规小叨客");</script>',
            "2026-03-31",
        ),
        ("<script>var createTime = '2020-07-18';</script><p>正文。</p>", "2020-07-18"),
        # HTML's tag and attribute names are read in any case.
        (
            '<TIME ItemProp="datePublished" DateTime="2018-01-11T18:15:21">x</TIME><p>正文。</p>',
            "2018-01-11",
        ),
        (
            '<META Property="article:published_time" Content="2019-01-16"><p>正文。</p>',
            "2019-01-16",
        ),
        (
            '<script type="application/ld+json">{"datePublished": "1970-01-01"}</script><p>正文。</p>',
            None,
        ),
    ],
)
def test_a_web_page_is_dated_by_its_own_markup(page: str, date: str | None) -> None:
    doc = load_text(page, path="x.html")
    assert (doc.date, doc.warnings) == (date, ())
    assert load_text(f"---\ndate: 2021-05-01\n---\n{page}", path="x.html").date == "2021-05-01"


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # One tag of many published-time attributes: each pattern over the page read the rest
        # of the tag again after each of them (168 kB took 28 s; bench/complexity.py times
        # these). Each tag's attributes are now read once.
        ("<meta " + 'name="pubdate" ' * 100_000 + 'content="2019-01-16T04:00:00">', "2019-01-16"),
        ("<meta " + 'content="2019-01-16" ' * 100_000 + 'name="pubdate">', "2019-01-16"),
        ("<meta " + 'property="article:published_time" ' * 100_000, None),
        ("<time " + 'itemprop="datePublished" ' * 100_000 + ">", None),
        ("<em " + 'id="publish_time" ' * 100_000 + "<p>2018-03-05</em>", None),
        ("<em " + 'id="publish_time" ' * 100_000 + "> 2018-03-05 </em>", "2018-03-05"),
        ('<em id="publish_time" class="x">2018-03-05</em>', "2018-03-05"),
        # A <meta> that names the day before its content comes first, as it did.
        (
            '<meta content="2018-02-02" name="pubdate"><meta name="pubdate" content="2019-03-03">',
            "2019-03-03",
        ),
        # An unclosed <meta, a JSON-LD script of a megabyte, 100,000 <meta> tags.
        ('<meta name="pubdate" content="2017-04-04"', "2017-04-04"),
        ('{"x": "' + "a" * 1_000_000 + '", "datePublished": "2019-05-05"}', "2019-05-05"),
        ('<meta name="x" content="y">' * 100_000, None),
        # A 公众号 page's var ct: ten digits at most, of 1990 to 2099.
        ('var ct = "1000000000000";', None),
        ('var ct = "-1000000000";', None),
        ('var ct = "9999999999";', None),
    ],
)
def test_a_web_pages_markup_is_read_once_whatever_it_repeats(page: str, date: str | None) -> None:
    assert loaders._page_date(page) == date


def test_an_export_header_line_of_many_address_cues_is_read_once() -> None:
    # SOURCE_ADDRESS read to the line's next space from each cue (96 kB took 6.6 s).
    text = "> 公众号: a\n\n> 作者: " + "原文:https://a" * 20_000 + "\n\n微信支付上线三年。\n"
    doc = load_text(text, path="x.md")
    assert (doc.text, doc.date, doc.warnings) == ("微信支付上线三年。", None, ())


def test_logseq_page_properties_are_metadata_and_a_clip_day_is_no_date() -> None:
    # A CSDN post clipped to Logseq (「iOS 审核被拒记录 Guideline 2.5.1 …」): the properties were
    # read as text, and clipped:: dated it 2022; the post is of 2021 (its byline, in the text).
    text = (
        "author:: null\nsource:: [iOS 审核被拒记录_时光不染的博客-CSDN博客](https://blog.csdn.net/x)\n"
        "clipped:: [[2022-06-28]]\npublished:: \n\n#iOS #审核\n\n"
        "[时光不染](https://blog.csdn.net/hzhnzmyz) 于 2021-09-05 15:03:36 发布 899 收藏  6 \n"
    )
    doc = load_text(text, path="x.md")
    assert (doc.date, doc.author, doc.warnings) == (None, None, ())
    assert doc.text.startswith("#iOS #审核")
    doc = load_text("title:: 微信公开课\ndate-published:: [[2023-01-11]]\n\n正文。", path="x.md")
    assert (doc.title, doc.date, doc.text) == ("微信公开课", "2023-01-11", "正文。")


@pytest.mark.parametrize(
    ("opening", "shown"),
    [
        # A C++ post saved as Markdown (「std::vector 的扩容」) whose first line is code, not a
        # Logseq property: its `std::` was a key, and the line was dropped from the text. (Its
        # <int> is an HTML tag to Markdown, which a browser does not show.)
        ("std::vector<int> v;", "std::vector v;"),
        ('std::cout << "hello" << std::endl;', 'std::cout << "hello" << std::endl;'),
        ("Foo::Bar::baz();", "Foo::Bar::baz();"),
        ("`std::vector<int>`::iterator", "std::vector<int>::iterator"),
    ],
)
def test_a_line_of_code_is_no_logseq_property(opening: str, shown: str) -> None:
    text = f"{opening}\n\n这段代码声明了一个 vector，扩容时会重新分配内存。\n"
    doc = load_text(text, path="x.md")
    assert doc.text.startswith(f"{shown}\n")
    assert doc.warnings == ()


@pytest.mark.parametrize(
    "header",
    [
        "title:: 微信公开课\ntags::\n",
        "title::微信公开课\n",
        "title:: 微信公开课\nstd::vector<int> v;\n",
    ],
)
def test_logseq_properties_are_key_colons_and_a_space(header: str) -> None:
    doc = load_text(f"{header}\n正文。", path="x.md")
    if header.startswith("title:: "):  # a property: a space (or the line end) after ::
        assert doc.title == "微信公开课"
        assert doc.text.endswith("正文。")
        assert "title::" not in doc.text
    else:
        assert doc.text.startswith("title::微信公开课")
    assert ("std::vector v;" in doc.text) == ("std::" in header)


# (A Logseq property's key opens with a Latin letter, as kg reads one: not the Chinese labels.)
@pytest.mark.parametrize("key", [key for key in loaders.DATE_KEYS if key.isascii()])
@pytest.mark.parametrize("spelling", [str, str.lower, lambda key: key.replace("_", "-")])
def test_the_front_matter_date_keys_are_logseq_properties_too(
    key: str, spelling: Callable[[str], str]
) -> None:
    # Logseq reads a property's key in any case and with - for _ (publishDate:: is its
    # publishdate); kg lower-cased the key and looked it up among the front matter's keys,
    # in which publishDate and pubDate are not in lower case: neither dated the article.
    doc = load_text(f"title:: 微信公开课\n{spelling(key)}:: 2021-05-01\n\n正文。", path="x.md")
    assert (doc.title, doc.date, doc.text, doc.warnings) == (
        "微信公开课",
        "2021-05-01",
        "正文。",
        (),
    )


@pytest.mark.parametrize(
    ("header", "warning"),
    [
        (
            "Title: 微信公开课\n\nURL Source: https://example.com/a\n\nPublished Time: soon\n\n"
            "Markdown Content:\n",
            "x.md: Jina Reader's Published Time 'soon' is not a date (write YYYY-MM-DD or RFC "
            "2822); it is ignored",
        ),
        (
            "Title: 微信公开课\nPublished Time: 1970-01-01T00:00:00Z\nMarkdown Content:\n",
            "x.md: Jina Reader's Published Time '1970-01-01T00:00:00Z' is the Unix epoch, the day "
            "a lost or misread timestamp prints, not the day the article came out; it is ignored",
        ),
        (
            "title:: 微信公开课\npublishDate:: 2021-13-45\n",
            "x.md: Logseq property publishDate '2021-13-45' is not a date (write YYYY-MM-DD or "
            "RFC 2822); it is ignored",
        ),
        (
            f"Title: {'微信' * 600}\nMarkdown Content:\n",
            "x.md: Jina Reader's Title is 1,200 characters long; kg reads its first 1,000",
        ),
        (
            f"title:: {'微信' * 600}\n",
            "x.md: Logseq property title is 1,200 characters long; kg reads its first 1,000",
        ),
    ],
)
def test_a_warning_names_the_tool_header_the_value_came_from(header: str, warning: str) -> None:
    # Jina Reader's Published Time was warned of as "front matter published", a key the
    # article does not have.
    doc = load_text(f"{header}\n正文。", path="x.md")
    assert doc.warnings == (warning,)
    assert doc.text == "正文。"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ('!!python/object/apply:os.system ["echo"]', "could not determine a constructor"),
        ("!!python/unicode [a, b]", "expected a scalar node, but found sequence"),
    ],
)
def test_other_python_tags_in_front_matter_are_still_refused(value: str, problem: str) -> None:
    doc = load_text(f"---\ntitle: {value}\ndate: 2018-03-28\n---\n正文。", path="x.md")
    assert doc.date is None
    (warning,) = doc.warnings
    assert warning.startswith("x.md: front matter is not valid YAML at line 2 (")
    assert problem in warning


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        # PyYAML's own constructors failed on these with errors of Python's (AttributeError,
        # KeyError, IndexError): the article was an internal error of kg, not built.
        ("!!timestamp soon", "'soon' is no !!timestamp"),
        ("!!timestamp 99999-01-01", "'99999-01-01' is no !!timestamp"),
        ("!!bool maybe", "'maybe' is no !!bool"),
        ("!!int ''", "'' is no !!int"),
        ("!!float ''", "'' is no !!float"),
        ("!!int x", "'x' is no !!int"),  # was "an impossible date (invalid literal …)"
        ("!!timestamp [1]", "expected a scalar node, but found sequence"),
        # An int Python will not print (more than 4,300 digits): the date's, title's or key's
        # str() raised ValueError. A sexagesimal one took time quadratic in its length.
        ("0x" + "F" * 5_000, "a number of more than 1,000 characters"),
        ("[0x" + "F" * 5_000 + "]", "a number of more than 1,000 characters"),
        ("{? 0x" + "F" * 5_000 + " : 1}", "a number of more than 1,000 characters"),  # a key
        ("9" * 5_000, "a number of more than 1,000 characters"),
        ("1" + ":1" * 20_000, "a number of more than 1,000 characters"),
        ("!!float 1" + ":1" * 600, "a number of more than 1,000 characters"),  # OverflowError
    ],
)
def test_front_matter_values_pyyaml_cannot_read_are_broken_yaml(value: str, problem: str) -> None:
    for extra in ("", "\ndescription: A & B"):  # the libyaml and the pure-Python loader
        doc = load_text(f"---\ntitle: t\ndate: {value}{extra}\n---\n正文。", path="x.md")
        assert (doc.title, doc.date, doc.warnings) == (
            "正文。",
            None,
            (
                f"x.md: front matter is not valid YAML at line 3 ({problem}); its title, date "
                "and author are ignored",
            ),
        )


@pytest.mark.parametrize("number", ["0x" + "F" * 5_000, "9" * 5_000])
def test_a_toml_number_python_will_not_print_is_broken_front_matter(number: str) -> None:
    # The first was read, and its str() raised ValueError; tomllib raised on the second.
    doc = load_text(f"+++\ntitle = 't'\ndate = {number}\n+++\n正文。", path="x.md")
    assert (doc.title, doc.date, doc.warnings) == (
        "正文。",
        None,
        (
            "x.md: front matter is not valid TOML (a number of more than 1,000 digits); its "
            "title, date and author are ignored",
        ),
    )


@pytest.mark.parametrize("key", ["title", "date", "year", "source", "event"])
def test_aliases_of_a_long_value_are_refused_before_it_is_copied(key: str) -> None:
    # 9,000 aliases of a scalar of 10,000 characters are 9,001 values, within the limit, but
    # 90 MB once the title is joined or the date printed (300 MB and 12 s for these 100 kB; a
    # scalar of a megabyte would be 9 GB).
    big = "x" * 10_000
    aliases = ", ".join(["*a"] * 9_000)
    doc = load_text(f"---\na: &a {big}\n{key}: [{aliases}]\n---\n正文。", path="x.md")
    assert (doc.title, doc.date, doc.warnings) == (
        "正文。",
        None,
        (
            "x.md: front matter is not valid YAML at line 2 (its aliases (*name) expand to "
            "more than 1,000,000 characters); its title, date and author are ignored",
        ),
    )
    # ... a few aliases of it are read (99: 990,000 characters).
    few = ", ".join(["*a"] * 99)
    doc = load_text(f"---\na: &a {big}\ntitle: [{few}]\n---\n正文。", path="x.md")
    assert doc.title == "x" * 1_000


def test_front_matter_of_many_values_and_no_alias_is_read() -> None:
    # Its & sends it to the loader that counts aliases, which counted the values as written
    # too: 10,001 keys were "aliases (*name) that expand to more than 10,000 values".
    keys = "".join(f"k{i}: v\n" for i in range(10_001))
    doc = load_text(f"---\ntitle: A & B\n{keys}date: 2023-01-01\n---\n正文。", path="x.md")
    assert (doc.title, doc.date, doc.warnings) == ("A & B", "2023-01-01", ())
    # ... and 10,001 aliases of a value are 10,001 values more than written.
    aliases = ", ".join(["*a"] * 10_001)
    doc = load_text(f"---\na: &a x\ntitle: [{aliases}]\n---\n正文。", path="x.md")
    assert doc.warnings == (
        "x.md: front matter is not valid YAML at line 2 (its aliases (*name) expand to more "
        "than 10,000 values); its title, date and author are ignored",
    )


def test_a_long_value_is_quoted_in_part_in_its_warning() -> None:
    doc = load_text(f"---\ndate: {'x' * 300}\nyear: {'9' * 300}\n---\n正文。", path="x.md")
    assert doc.warnings == (
        f"x.md: front matter date '{'x' * 100}'… is not a date (write YYYY-MM-DD or RFC 2822); "
        "it is ignored",
        f"x.md: front matter year '{'9' * 100}'… is not a year (write four digits from 1900 to "
        "2099, e.g. year: 2023); it is ignored",
    )


def test_a_set_in_front_matter_is_read_in_one_order() -> None:
    # A !!set's order is its hash's: the title changed with PYTHONHASHSEED.
    doc = load_text("---\ntitle: !!set {微信, 视频号, 小程序}\n---\n正文。", path="x.md")
    assert doc.title == "小程序 微信 视频号"


def test_a_publication_key_that_is_no_date_is_a_warning_naming_it() -> None:
    doc = load_text("---\npublishDate: soon\npubDate: 2022-01-06\n---\n正文。", path="x.md")
    assert doc.date == "2022-01-06"
    assert doc.warnings == (
        "x.md: front matter publishDate 'soon' is not a date (write YYYY-MM-DD or RFC 2822); "
        "it is ignored",
    )


@pytest.mark.parametrize(("written", "year"), [("2023", 2023), ("'2023'", 2023), ("''", None)])
def test_front_matter_year(written: str, year: int | None) -> None:
    doc = load_text(f"---\nyear: {written}\n---\n正文。", path="x.md")
    assert (doc.meta_year, doc.warnings) == (year, ())


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("22", "22"),
        ("2023年", "2023年"),
        ("next year", "next year"),
        ("yes", "True"),
        ("2023.0", "2023.0"),
        ("1850", "1850"),
        ("2023-01-10", "2023-01-10"),
        ("[2022, 2023]", "[2022, 2023]"),
    ],
)
def test_a_front_matter_year_that_is_no_year_is_a_warning(written: str, shown: str) -> None:
    doc = load_text(f"---\nyear: {written}\n---\n正文。", path="x.md")
    assert doc.meta_year is None
    assert doc.warnings == (
        f"x.md: front matter year {shown!r} is not a year (write four digits from 1900 to "
        "2099, e.g. year: 2023); it is ignored",
    )


@pytest.mark.parametrize(
    "text",
    [
        # Hostile round 8, item 1: YAML 1.1 and TOML read these as the int 2023 (and 1:13:43
        # as 4423, base 60); a year is four digits as written.
        "---\nyear: 0x7E7\n---\n",
        "---\nyear: 03747\n---\n",
        "---\nyear: 0b11111100111\n---\n",
        "---\nyear: 2_023\n---\n",
        "---\nyear: +2023  # a comment\n---\n",
        "---\nyear: 1:13:43\n---\n",
        "+++\nyear = 0x7E7\n+++\n",
        "+++\nyear = 2_023\n+++\n",
        "+++\nyear = +2023\n+++\n",
    ],
)
def test_a_front_matter_year_not_in_decimal_digits_is_a_warning_quoting_it(text: str) -> None:
    doc = load_text(text + "视频号推出了直播。", path="x.md")
    written = re.search(r"year.*?[:=] (\S+)", text)
    assert written is not None
    assert doc.meta_year is None
    assert doc.warnings == (
        f"x.md: front matter year {written.group(1)!r} is not a year (write four digits from "
        "1900 to 2099, e.g. year: 2023); it is ignored",
    )


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # Hostile round 10, item 3: a flow mapping is read as block style is.
        ("---\n{year: 0x7E7}\n---\n", "0x7E7"),
        ("---\n{title: 标题, year: 2_023}\n---\n", "2_023"),
        ("---\n{title: 标题,\n year: +2023 }\n---\n", "+2023"),
        ('---\n{"year": 03747}\n---\n', "03747"),
        ("---\n? year\n: 0b11111100111\n---\n", "0b11111100111"),
        # the year of the mapping, not one nested in another key's value
        ("---\n{meta: {year: 2023}, year: 0x7E7}\n---\n", "0x7E7"),
    ],
)
def test_a_year_not_in_decimal_digits_warns_in_flow_style_too(text: str, written: str) -> None:
    doc = load_text(text + "视频号推出了直播。", path="x.md")
    assert doc.meta_year is None
    assert doc.warnings == (
        f"x.md: front matter year {written!r} is not a year (write four digits from "
        "1900 to 2099, e.g. year: 2023); it is ignored",
    )


@pytest.mark.parametrize(
    "text", ["---\n{year: 2023}\n---\n", "---\n{title: 标题, year: '2023'}\n---\n"]
)
def test_a_year_in_flow_style_is_read(text: str) -> None:
    doc = load_text(text + "视频号推出了直播。", path="x.md")
    assert (doc.meta_year, doc.warnings) == (2023, ())


def test_toml_front_matter_is_read_as_hugo_writes_it() -> None:
    # 21CTO's profile of 张小龙, clipped to a Hugo blog (eval/tune).
    text = (
        "+++\ntitle = '张小龙：年薪近3亿微信之父他是如何做到的'\n"
        'date = 2025-04-02T11:20:49+08:00\ndraft = false\nauthor = "simons"\n'
        'tags = ["张小龙", "腾讯"]\nyear = 2019\n+++\n\n张小龙生于湖南邵东魏家桥镇。'
    )
    doc = load_text(text, path="x.md")
    assert (doc.title, doc.date, doc.author, doc.meta_year) == (
        "张小龙：年薪近3亿微信之父他是如何做到的",
        "2025-04-02",
        "simons",
        2019,
    )
    assert doc.text == "张小龙生于湖南邵东魏家桥镇。"
    assert doc.warnings == ()


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("title = '视频号", """Expected "'" (at end of document)"""),
        ("title = " + "[" * 60 + "]" * 60, "it nests deeper than 50 levels"),
        ("title = " + "[" * 5000 + "]" * 5000, "it nests deeper than 50 levels"),
    ],
    ids=["unterminated", "deep", "very-deep"],
)
def test_broken_toml_front_matter_is_a_warning(front: str, problem: str) -> None:
    doc = load_text(f"+++\n{front}\n+++\n正文。", path="x.md")
    assert (doc.title, doc.text) == ("正文。", "正文。")
    assert doc.warnings == (
        f"x.md: front matter is not valid TOML ({problem}); its title, date and author are ignored",
    )


def test_front_matter_event() -> None:
    doc = load_text("---\nevent: 2023微信公开课PRO\n---\n正文。", path="x.md")
    assert (doc.meta_event, doc.meta_year, doc.warnings) == ("2023微信公开课PRO", None, ())
    assert load_text("正文。", path="x.md").meta_event is None


@pytest.mark.parametrize("written", ["[2023微信公开课PRO]", "{name: 微信公开课PRO}"])
def test_a_front_matter_event_that_is_no_line_of_text_is_a_warning(written: str) -> None:
    doc = load_text(f"---\nevent: {written}\n---\n正文。", path="x.md")
    assert doc.meta_event is None
    assert doc.warnings == (
        "x.md: front matter event is not one line of text (write e.g. "
        "event: 2023微信公开课PRO); it is ignored",
    )


# ---------------------------------------------------------------- iter_paths


def test_iter_paths_walks_a_directory_in_sorted_order(tmp_path: Path) -> None:
    names = ["b.md", "a.html", "c.htm", "sub/d.markdown", "e.txt", "F.MD", "g.pdf", "h", "i.json"]
    for name in names:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["F.MD", "a.html", "b.md", "c.htm", "e.txt", "sub/d.markdown"]


def test_iter_paths_yields_a_named_file_whatever_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    path.write_text("x", encoding="utf-8")
    assert list(iter_paths([path, tmp_path])) == [path]


def test_iter_paths_on_the_seeds(root: Path, seed_paths: list[Path]) -> None:
    assert list(iter_paths([root / "seeds"])) == seed_paths


def test_iter_paths_names_a_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(LoadError) as info:
        list(iter_paths([missing]))
    assert info.value.path == str(missing)
    assert info.value.reason == "no such file or directory"


def test_load_names_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    with pytest.raises(LoadError, match=r"nope\.md: cannot read the file"):
        load(missing)


def test_iter_paths_accepts_one_path_as_a_str(
    root: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Relative on purpose: with an absolute str the first 'path' walked would be '/'.
    monkeypatch.chdir(root)
    found = list(iter_paths("seeds"))
    assert [p.resolve() for p in found] == seed_paths


# ---------------------------------------------------------------- property


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(st.characters(exclude_categories=())))  # lone surrogates too
def test_any_text_loads_or_raises_load_error(text: str) -> None:
    try:
        doc = load_text(text, path="x.md")
    except LoadError as exc:
        assert exc.path == "x.md"
        return
    assert doc.sentences
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    assert_writable(doc)


MARKDOWN_PIECES = [
    "# 视频号\n\n",
    "## **01 微信支付**\n\n",
    "**02 小程序：触手可及**\n\n",
    "- 一项\n",
    "- **加粗**项\n",
    "1. 第一\n",
    "   - 嵌套\n",
    "> 引用的话。\n\n",
    "```\n代码 <b>\n```\n\n",
    "    缩进代码\n\n",
    "![图](a.png)",
    "[链接](https://36kr.com)",
    "`code`",
    "**粗**",
    "*斜*",
    "  \n",
    "\n",
    "\n\n",
    "---\n\n",
    "&amp; &lt;b&gt; &nbsp;",
    "\\*",
    "<b>raw</b>",
    "<div>\n块\n</div>\n\n",
    "视频号上线了。",
    "2023年，",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(MARKDOWN_PIECES), st.text(max_size=4)), max_size=14))
def test_markdown_tokens_give_the_blocks_of_its_html(pieces: list[str]) -> None:
    from kg.loaders import _html_blocks, _markdown, _markdown_blocks

    body = "".join(pieces)
    assert _markdown_blocks(body) == _html_blocks(_markdown().render(body))


# ---------------------------------------------------------------- hostile input (issue 12)

#: A character any output (UTF-8 text, Turtle, XML 1.0: GraphML, GEXF) can hold and show:
#: no C0/C1 control but tab and line ends, no DEL, no surrogate, no noncharacter.
_UNWRITABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)


def _strings(doc: Document) -> list[str]:
    """Every string a Document carries into the outputs."""
    return [
        doc.path,
        doc.id,
        doc.title,
        doc.author or "",
        doc.source or "",
        doc.date or "",
        doc.text,
        *(s.heading for s in doc.sections),
        *(s.text for s in doc.sentences),
        *(s.norm for s in doc.sentences),
        *doc.warnings,
    ]


def assert_writable(doc: Document) -> None:
    """Every string of ``doc`` encodes as UTF-8 and holds only characters XML can hold."""
    for text in _strings(doc):
        text.encode("utf-8")
        found = _UNWRITABLE.search(text)
        assert found is None, f"{found.group()!r} in {text[:80]!r}"


@pytest.mark.parametrize(
    ("front", "key", "code"),
    [
        ('title: "a\\uD800b"', "title", "D800"),
        ('author: "a\\uDFFFb"', "author", "DFFF"),
        ('source: "a\\ud800"', "source", "D800"),
        ('title: ["a", "\\uD800"]', "title", "D800"),
        ('title: "a\\uFFFF"', "title", "FFFF"),
    ],
)
def test_a_lone_surrogate_in_front_matter_is_replaced_with_a_warning(
    front: str, key: str, code: str
) -> None:
    doc = load_text(f"---\n{front}\n---\n视频号上线三年。", path="x.md")
    assert_writable(doc)
    assert "\ufffd" in getattr(doc, key)
    assert doc.text == "视频号上线三年。"
    assert doc.warnings == (
        f"x.md: front matter {key} holds U+{code}, which no output can hold (a lone surrogate "
        "or a noncharacter); such code points are replaced with U+FFFD",
    )


def test_a_lone_surrogate_in_a_front_matter_date_is_a_writable_warning() -> None:
    doc = load_text('---\ndate: "2022\\uD800"\n---\n视频号上线三年。', path="x.md")
    assert doc.date is None
    assert_writable(doc)
    assert doc.warnings == (
        "x.md: front matter date '2022\ufffd' is not a date (write YYYY-MM-DD or RFC 2822); "
        "it is ignored",
    )


@pytest.mark.parametrize("fmt", ["html", "markdown", "text"])
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("\ud800", "\ufffd"),  # a lone surrogate given as text (load_text's callers)
        ("\uffff", "\ufffd"),
        ("\U0010fffe", "\ufffd"),
        ("\ufdd0", "\ufffd"),
        ("\x00", ""),
        ("\x01", ""),
        ("\x1b[31m", ""),  # an ANSI escape sequence, whole
        ("\x1b", ""),
        ("\x9b2J", ""),
        ("\x7f", ""),
        ("\x80", ""),
        ("\x9f", ""),
    ],
)
def test_characters_no_output_can_hold_never_reach_a_document(
    fmt: str, written: str, read: str
) -> None:
    body = f"视频号{written}上线三年。"
    if fmt == "html":
        body = f"<p>{body}</p>"
    doc = load_text(body, path=f"x.{'md' if fmt == 'markdown' else 'txt'}")
    assert doc.format == fmt
    assert doc.text == f"视频号{read}上线三年。"
    assert_writable(doc)


@pytest.mark.parametrize("fmt", ["html", "markdown"])
@pytest.mark.parametrize(
    "entity",
    ["&#xD800;", "&#xDFFF;", "&#0;", "&#1;", "&#x1B;", "&#x7F;", "&#x9F;", "&#xFFFF;",
     "&#xFFFE;", "&#xFDD0;", "&#x10FFFF;", "&#x110000;", "&#99999999999;", "&#x1FFFE;"],
)  # fmt: skip
def test_numeric_entities_never_put_unwritable_text_in_a_document(fmt: str, entity: str) -> None:
    body = (
        f"<p>视频号{entity}上线三年。</p>"
        if fmt == "html"
        else f"# 标题\n\n视频号{entity}上线三年。"
    )
    doc = load_text(body, path="x.md")
    assert doc.format == fmt
    assert doc.text.startswith("视频号") and doc.text.endswith("上线三年。")
    assert_writable(doc)


def test_replaced_code_points_are_named_in_a_warning() -> None:
    doc = load_text("<p>视频号&#xFFFF;上线三年。</p><p>&#xFDD0;</p>", path="x.html")
    assert doc.text == "视频号\ufffd上线三年。\n\ufffd"
    assert doc.warnings == (
        "x.html: the text holds U+FFFF, which no output can hold (a lone surrogate or a "
        "noncharacter); such code points are replaced with U+FFFD",
    )


def test_a_nul_byte_in_utf8_is_dropped_not_read_as_utf16(tmp_path: Path) -> None:
    path = _write(tmp_path, "nul.md", "视频号上线三年。\x00微信支付十年。".encode())
    doc = load(path)
    assert doc.text == "视频号上线三年。微信支付十年。"
    assert doc.warnings == (f"{path}: the file holds 1 NUL byte(s); they are dropped",)


def test_an_ascii_file_with_a_nul_byte_is_utf8(tmp_path: Path) -> None:
    path = _write(tmp_path, "nul.txt", b"WeChat Pay turns ten.\x00 Channels are three.\n")
    doc = load(path)
    assert doc.text == "WeChat Pay turns ten. Channels are three."


def test_a_gbk_file_with_a_nul_byte_is_not_read_as_utf16(tmp_path: Path) -> None:
    path = _write(tmp_path, "nul.txt", GBK_TEXT.encode("gbk").replace(b"\n", b"\x00\n", 1))
    try:
        doc = load(path)
    except LoadError as exc:
        assert exc.reason == "a binary file (it holds NUL bytes), not an article"
    else:
        assert doc.text == GBK_TEXT.strip()


DEEP = 1000


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * DEEP + "视频号上线三年。" + "</div>" * DEEP,
        "<div>" * DEEP + "视频号上线三年。",  # never closed
        "<p>" + "<b><span>" * DEEP + "视频号上线三年。" + "</span></b>" * DEEP + "</p>",
        "<ul>" + "<li><ul>" * DEEP + "<li>视频号上线三年。",
        "<blockquote>" * DEEP + "<p>视频号上线三年。" + "<td>" * DEEP,
    ],
)
def test_html_nested_a_thousand_deep_is_read(html: str) -> None:
    doc = load_text(html + "<p>微信支付十年。</p>", path="x.html")
    assert [s.text for s in doc.sentences] == ["视频号上线三年。", "微信支付十年。"]


@pytest.mark.parametrize("depth", [9, 19, 25, DEEP])
@pytest.mark.parametrize(
    ("marker", "levels"), [("> ", 1), ("- ", 2), ("1. ", 2), ("* > ", 3)]
)  # markdown-it counts a quote as one level, a list item as two (the list and the item)
def test_markdown_nested_past_markdown_its_limit_loses_no_text(
    depth: int, marker: str, levels: int
) -> None:
    lines = [marker * depth + "视频号上线三年。", "", marker * depth + "微信支付十年。"]
    doc = load_text("# 标题\n\n" + "\n".join(lines) + "\n\n小程序也在。", path="x.md")
    assert [s.text for s in doc.sentences] == ["视频号上线三年。", "微信支付十年。", "小程序也在。"]
    if depth * levels < 20:
        assert doc.warnings == ()
    else:
        assert doc.warnings == (
            "x.md: the Markdown nests lists or quotes deeper than 20 levels; their text is read "
            "with the nesting flattened",
        )


def test_markdown_list_nested_a_thousand_deep_keeps_every_item() -> None:
    body = "".join("  " * i + f"- 第{i}项。\n" for i in range(DEEP))
    doc = load_text(body, path="x.md")
    assert [s.text for s in doc.sentences] == [f"第{i}项。" for i in range(DEEP)]


@pytest.mark.parametrize(
    "front",
    [
        "title: " + "[" * DEEP + "]" * DEEP,
        "title: " + "{a: " * DEEP + "1" + "}" * DEEP,
        # (Indented a thousand levels deep, front matter is 0.5 MB, over its size limit.)
        "".join(" " * i + "a:\n" for i in range(400)),
        "".join(" " * i + "- \n" for i in range(400)),
        "title: &x " + "[" * 200 + "]" * 200,  # the pure-Python loader (an anchor)
        "title: " + "[" * 60 + "]" * 60,
    ],
)
def test_front_matter_nested_deep_is_a_warning_and_the_article_is_kept(front: str) -> None:
    doc = load_text(f"---\n{front}\n---\n视频号上线三年。", path="x.md")
    assert doc.text == "视频号上线三年。"
    assert doc.title == "视频号上线三年。"
    (warning,) = doc.warnings
    assert warning.startswith("x.md: front matter is not valid YAML at line ")
    assert warning.endswith(
        "(it nests deeper than 50 levels); its title, date and author are ignored"
    )


def test_front_matter_nested_a_little_is_read() -> None:
    doc = load_text("---\ntitle: 视频号\nx: " + "[" * 40 + "]" * 40 + "\n---\n正文。", path="x.md")
    assert doc.title == "视频号"
    assert doc.warnings == ()


# ---------------------------------------------------------------- linear time
#
# Each worst case below once took hundreds of times as long as a plain text of its length (a
# regex or a loop that read the rest of the text again from each of a thousand starts). The
# tests check what keeps them linear without timing anything: the patterns' shape (a scan
# stops where another match could start), a count of the Python lines run (the same on any
# machine), the characters copied, and what each worst case reads as. bench/complexity.py
# times every case against its plain text.


_CATEGORIES = {
    _constants.CATEGORY_DIGIT: re.compile(r"\d"),
    _constants.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    _constants.CATEGORY_SPACE: re.compile(r"\s"),
    _constants.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    _constants.CATEGORY_WORD: re.compile(r"\w"),
    _constants.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
_ONE_CHARACTER = (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_Item = tuple[Any, Any]  # a parsed one-character item: (opcode, argument)


def _takes(item: _Item, flags: int) -> Callable[[str], bool]:
    """Whether a one-character item of a parsed pattern takes a character."""
    op, av = item
    if op is _constants.LITERAL:
        return lambda ch: ord(ch) == av
    if op is _constants.NOT_LITERAL:
        return lambda ch: ord(ch) != av
    if op is _constants.ANY:
        return lambda ch: bool(flags & re.S) or ch != "\n"
    negate = av[:1] == [(_constants.NEGATE, None)]
    members = av[1:] if negate else av

    def inside(ch: str) -> bool:
        for kind, value in members:
            if kind is _constants.LITERAL and ord(ch) == value:
                return True
            if kind is _constants.RANGE and value[0] <= ord(ch) <= value[1]:
                return True
            if kind is _constants.CATEGORY and _CATEGORIES[value].match(ch):
                return True
        return False

    return (lambda ch: not inside(ch)) if negate else inside


def _listed(item: _Item, flags: int) -> set[str] | None:
    """The characters of a literal or of a class of literals and ranges; None for others."""
    op, av = item
    if op is _constants.LITERAL:
        chars = {chr(av)}
    elif op is _constants.IN and av[:1] != [(_constants.NEGATE, None)]:
        chars = set()
        for kind, value in av:
            if kind is _constants.LITERAL:
                chars.add(chr(value))
            elif kind is _constants.RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None
    else:
        return None
    return chars | {ch.swapcase() for ch in chars} if flags & re.I else chars


def _disjoint(one: _Item, other: _Item, flags: int) -> bool:
    """Whether no character is taken by both items (False when that cannot be told)."""
    for listed, test in ((one, other), (other, one)):
        chars = _listed(listed, flags)
        if chars is not None:
            takes = _takes(test, flags)
            return not any(takes(ch) for ch in chars)
    return False


def runaway_scans(pattern: re.Pattern[str]) -> list[str]:
    """The unbounded runs of one character (``[^<>]*``, ``\\s*``) of ``pattern`` that a
    ``search`` or ``findall`` may read again from each of many starts.

    A run is safe when a character it cannot take must come before it in every match (the
    ``<`` before ``[^<>]*``, or a ``\\n`` before a line start under ``re.M``, or the class of
    a lookbehind): the run from one start then stops where a later start's match begins, and
    each character is read a bounded number of times. A pattern anchored at ``\\A`` has one
    start. A repeated group is listed too: this check does not read inside one.
    """
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    flags = parsed.state.flags
    found: list[str] = []

    def alternatives(branches: list[Any]) -> list[list[_Item]]:
        return [[i for i in branch if i[0] in _ONE_CHARACTER] for branch in branches]

    def stopped(run: _Item, before: list[list[list[_Item]]]) -> bool:
        # Some earlier part, whichever of its alternatives matched, holds a character the run
        # cannot take.
        return any(
            all(any(_disjoint(run, item, flags) for item in branch) for branch in part)
            for part in before
        )

    def walk(items: Any, before: list[list[list[_Item]]]) -> None:
        before = list(before)
        for op, av in items:
            if op is _constants.AT:
                if av is _constants.AT_BEGINNING_STRING or (
                    av is _constants.AT_BEGINNING and not flags & re.M
                ):
                    return  # one start
                if av is _constants.AT_BEGINNING:
                    before.append([[(_constants.LITERAL, ord("\n"))]])
            elif op in _ONE_CHARACTER:
                before.append([[(op, av)]])
            elif op is _constants.ASSERT and av[0] < 0 and len(av[1]) == 1:
                if av[1][0][0] in _ONE_CHARACTER:  # a lookbehind of one character
                    before.append([[av[1][0]]])
            elif op is _constants.BRANCH:
                for branch in av[1]:
                    walk(branch, before)
                before.append(alternatives(av[1]))
            elif op is _constants.SUBPATTERN:
                walk(av[3], before)
                inner = list(av[3])
                if len(inner) == 1 and inner[0][0] is _constants.BRANCH:
                    before.append(alternatives(inner[0][1][1]))
                elif len(inner) == 1 and inner[0][0] in _ONE_CHARACTER:
                    before.append([[inner[0]]])
            elif op in _REPEATS:
                low, high, sub = av
                one = len(sub) == 1 and sub[0][0] in _ONE_CHARACTER
                if high is not _constants.MAXREPEAT:
                    walk(sub, before)
                elif not one:
                    found.append(f"a repeated group {list(sub)}")
                elif not stopped(sub[0], before):
                    found.append(f"a run of {sub[0]}")
                if one and low >= 1:
                    before.append([[sub[0]]])

    walk(parsed.data, [])
    return found


@pytest.mark.parametrize(
    ("pattern", "runs"),
    [
        (r"!\[[^\]]*\]\(", ["a run of (NOT_LITERAL, 93)"]),  # an image before the fix
        (r"<(?:p|div)\b[^>]*>", ["a run of (NOT_LITERAL, 62)"]),  # a block tag before it
        (r"\s*——", ["a run of (IN, [(CATEGORY, CATEGORY_SPACE)])"]),  # nothing before the run
        (r"!\[[^\[\]]*\]\(", []),
        (r"(?<=[\u3400-\u9fff])[\u00a0\u3000]+", []),
        (r"\A\s*---(.*?)---", []),
        (r"^\d+\.\s", []),  # under re.M: a digit run stops at a line's end
    ],
)
def test_runaway_scans_finds_a_run_that_crosses_the_next_start(
    pattern: str, runs: list[str]
) -> None:
    assert runaway_scans(re.compile(pattern, re.M)) == runs


@pytest.mark.parametrize(
    "name",
    [
        "_HTML_BLOCK",
        "_MARKDOWN_HINT",
        "_INCOMPLETE_TAG",
        "_FRONT_MATTER",
        "_TOML_FRONT_MATTER",
        "_BOILERPLATE",
        "_CJK_NBSP",
        "_COMMENT_CLOSE",
        "_CONTROL",
        "_READER_HEADER",
        "_READER_FIELD",
        "_PAGE_PROPERTIES",
        "_PAGE_PROPERTY",
        "boilerplate.HEADER_FIELD",  # kg.lang.boilerplate's, an export header's labels
        "boilerplate.HEADER_DATE",
        "_WECHAT_SECONDS",
        "_PAGE_TAG",
        "_PAGE_ATTRIBUTE",
        "_JSON_LD_DATE",
        "_CREATE_TIME",
        "_EM_TEXT",
        "SOURCE_ADDRESS",  # kg.lang.years's, read over an export header's lines
    ],
)
def test_the_loaders_patterns_read_each_character_a_bounded_number_of_times(name: str) -> None:
    # What kg/loaders.py promises of a pattern over article text: a scan for a closing
    # character also stops at the character its matches start with ([^<>]*, not [^>]*).
    base, _, index = name.partition("[")
    pattern = functools.reduce(getattr, base.split("."), loaders)
    assert runaway_scans(pattern[int(index[:-1])] if index else pattern) == []


#: Worst cases of 200,000 characters: a super-linear regex took minutes on them.
SIZE = 200_000


@pytest.mark.parametrize(
    ("worst", "text", "markdown"),
    [
        ("![" * (SIZE // 2), "text", "markdown"),  # _MARKDOWN_HINT's image: rescanned from each ![
        ("](" * (SIZE // 2), "text", "markdown"),  # ... and its link target
        ("<p " * (SIZE // 3), "text", "markdown"),  # _HTML_BLOCK: a tag never closed
        ("<div" * (SIZE // 4), "text", "markdown"),
        ("**" + "a" * SIZE, "text", "markdown"),
        (("1" * 1000 + "\n") * (SIZE // 1001), "text", "markdown"),
        (("#" * 6 + " " * 1000 + "\n") * (SIZE // 1007), "markdown", "markdown"),
        ("\n---   " * (SIZE // 7), "text", "markdown"),
    ],
)
def test_format_detection_reads_its_worst_cases(worst: str, text: str, markdown: str) -> None:
    assert (detect_format(worst), detect_format(worst, suffix=".md")) == (text, markdown)


@pytest.mark.parametrize(
    ("worst", "length", "sentences"),
    [
        ("<a" * (SIZE // 2), SIZE, 200),  # _INCOMPLETE_TAG
        ("---\n" + "\n--- x" * (SIZE // 6), 166_667, 33_334),  # _FRONT_MATTER, never closed
        ("点击" * (SIZE // 2), SIZE, 200),  # _BOILERPLATE
        ("视\u00a0" * (SIZE // 2), SIZE // 2, 100),  # _CJK_NBSP: the spaces go
    ],
)
def test_loading_reads_its_worst_cases(worst: str, length: int, sentences: int) -> None:
    doc = load_text(worst, path="x.txt")
    assert (len(doc.text), len(doc.sentences), doc.warnings) == (length, sentences, ())
    assert max(len(s.text) for s in doc.sentences) <= 1000


#: HTML that html.parser or BeautifulSoup read in quadratic time: constructs left open (each
#: rescanned to the end of the page: 30 kB of them took seconds), and deep nesting with text
#: after a child (BeautifulSoup relinked its element chain up to the root after each string:
#: 170 kB took ten seconds).
OPEN = ["<a ", "<p ", "<a b='", "</a", "<?", "<!--", "<!-- x >", "<![CDATA[ x >", "<![if x", "<a\n"]
NESTED = ["<div><b>x</b>y", "<p><br>a", "<span><i></i>a", "<p>a<!x>b", "<div><!--c-->a"]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(
    ("unit", "blocks", "length"),
    [
        ("<a ", 1, 29_996),
        ("<p ", 1, 29_996),
        ("<a b='", 1, 29_994),
        ("</a", 1, 29_997),
        ("<?", 1, 30_000),
        ("<!--", 0, 0),
        ("<!-- x >", 1, 14_999),
        ("<![CDATA[ x >", 0, 0),
        ("<![if x", 1, 29_995),
        ("<a\n", 1, 29_996),
    ],
)
def test_html_left_open_reaches_the_parser_closed(unit: str, blocks: int, length: int) -> None:
    # html.parser looks for the end of a construct left open to the end of the page, from
    # each one: _parseable closes or escapes them all before it reads the page.
    worst = _repeat(unit, 30_000)
    parseable = loaders._parseable(worst)
    last = parseable.rfind(">") + 1
    assert "<" not in parseable[last:]
    assert "<!--" not in parseable[parseable.rfind("-->") + 1 :]
    assert "<![" not in parseable
    read = _html_blocks(worst)
    assert (len(read), sum(len(b.text) for b in read)) == (blocks, length)


@pytest.mark.parametrize(
    ("unit", "blocks", "length"),
    [
        ("<div><b>x</b>y", 12_143, 24_285),
        ("<p><br>a", 21_250, 21_250),
        ("<span><i></i>a", 1, 12_142),
        ("<p>a<!x>b", 18_889, 37_777),
        ("<div><!--c-->a", 12_142, 12_142),
    ],
)
def test_html_nested_deep_is_read_in_linear_work(unit: str, blocks: int, length: int) -> None:
    read = _html_blocks(_repeat(unit, 170_000))
    assert (len(read), sum(len(b.text) for b in read)) == (blocks, length)
    # Twice the page, twice the work: relinking up to the root after each string was 2.9
    # times (4 times on a longer page).
    small, large = (lines_run(lambda n=n: _html_blocks(_repeat(unit, n))) for n in (2000, 4000))
    assert large < 2.2 * small


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a</p><![foo[ x ]]><p>b</p>", "a\nb"),  # html.parser raised on 'foo'
        ("<p>a<![ x</p><p>b</p>", "a\nb"),  # ... and on a section with no name
        ("<p>a</p><![CDATA[ x ]]><p>b</p>", "a\nb"),
        ("<p>a</p><![if !IE]><p>b</p><![endif]>", "a\nb"),
        ("<p>a</p><!-- x --><p>b</p>", "a\nb"),
        ("<p>a</p><p>b <!-- never closed", "a\nb"),  # cut off by the end of the file
        ("<p>a</p><p>b <!-- never > closed", "a\nb never > closed"),  # no markup in the text
        ("<p>a</p><p>b < c <d", "a\nb < c"),  # after the last >, a < is text
    ],
)
def test_sections_comments_and_open_tags_read_as_a_browser_reads_them(html: str, text: str) -> None:
    assert load_text(html, path="x.html").text == text


@pytest.mark.parametrize(
    "page",
    [
        # A page saved without <body> (a clipper that keeps <head> for its charset): what
        # follows the head is the body, as a browser reads it ...
        '<html><head><meta charset="utf-8"></head><p>微信支付上线三年。</p><p>用户超过八亿。',
        "<html><p>微信支付上线三年。</p><p>用户超过八亿。</p></html>",
        # ... also where </head> is left out: the first tag that has no place in a head (a
        # <p>, a <div>, text) ends it. The head's own title, style and script are no text.
        '<html><head><meta charset="utf-8"><title>标题</title><p>微信支付上线三年。<p>用户超过八亿。',
        "<head><style>p {}</style><script>var a = 1;</script><div>微信支付上线三年。</div>"
        "<div>用户超过八亿。</div>",
        '<HTML><HEAD><META CHARSET="utf-8"><LINK REL="stylesheet" HREF="a.css">'
        "<P>微信支付上线三年。<P>用户超过八亿。",
        "<html><head><title>标题</title>\n微信支付上线三年。<br>用户超过八亿。",
    ],
)
def test_the_body_of_a_page_without_a_body_tag_is_read(page: str) -> None:
    doc = load_text(page, path="x.html")
    assert (doc.text, doc.format, doc.warnings) == (
        "微信支付上线三年。\n用户超过八亿。",
        "html",
        (),
    )


class _Copies(str):
    """A text that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key: Any) -> str:
        item = str.__getitem__(self, key)
        if isinstance(key, slice):
            _Copies.copied += len(item)
        return item


def test_splitting_one_long_paragraph_is_linear() -> None:
    # One paragraph of 100,000 sentences: a copy of the rest of it per sentence (to look
    # for an attribution after each) made it quadratic.
    text = ("视频号上线三年。" * 100_000)[:800_000]
    spans = split_sentences(text)
    assert len(spans) == 100_000
    assert {text[a:b] for a, b in spans} == {"视频号上线三年。"}
    _Copies.copied = 0
    assert split_sentences(_Copies(text)) == spans
    assert _Copies.copied == 0
    # ... and the same work as the sentences one paragraph each, on a shorter text.
    short = text[:80_000]
    lines = short.replace("。", "。\n").split("\n")
    assert lines_run(lambda: split_sentences(short)) < 1.1 * lines_run(
        lambda: [split_sentences(x) for x in lines]
    )


# ---------------------------------------------------------------- reading a file


def test_read_refuses_a_fifo_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    outcome: list[BaseException | bytes] = []

    def attempt() -> None:
        try:
            outcome.append(read(fifo, MAX_BYTES))
        except BaseException as exc:  # noqa: BLE001 - the test reports what it was
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock it: a writer that closes at once
        os.close(os.open(fifo, os.O_WRONLY))
        worker.join(10)
        pytest.fail("read() waited for a writer on a FIFO")
    (error,) = outcome
    assert isinstance(error, LoadError)
    assert error.reason == "a pipe, socket or device, not a file"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_read_refuses_a_link_to_a_device(tmp_path: Path) -> None:
    link = tmp_path / "x.md"
    link.symlink_to("/dev/zero")
    with pytest.raises(LoadError) as info:
        read(link, MAX_BYTES)
    assert info.value.reason == "a pipe, socket or device, not a file"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc")
def test_read_stops_at_the_limit_when_the_size_was_not_known(tmp_path: Path) -> None:
    # A /proc file says it is empty and holds more: as a file that grows while it is read.
    link = tmp_path / "x.md"
    link.symlink_to("/proc/self/status")
    with pytest.raises(LoadError) as info:
        read(link, 100)
    assert info.value.reason == (
        "the file grew past the 0.1 kB limit for one article while it was read "
        "(kg build --max-mb raises the limit)"
    )
    assert len(read(link, MAX_BYTES)) > 100


def test_read_reads_a_file_up_to_the_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.md", b"x" * 100)
    assert read(path, 100) == b"x" * 100
    with pytest.raises(LoadError, match="the file is 0.1 kB, over the 0.1 kB limit"):
        read(path, 99)


def test_read_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        read(tmp_path, MAX_BYTES)
    assert info.value.reason == "a directory, not a file"


def test_read_names_a_link_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to("loop.md")
    with pytest.raises(LoadError) as info:
        read(loop, MAX_BYTES)
    assert info.value.reason == "cannot read the file (Too many levels of symbolic links)"


# ---------------------------------------------------------------- file names


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a\nerror: forged.md", "a\\nerror: forged.md"),
        ("\x1b[31mred.md", "\\x1b[31mred.md"),
        ("tab\there.md", "tab\\there.md"),
        ("cr\r.md", "cr\\r.md"),
        ("del\x7f.md", "del\\x7f.md"),
        ("c1\x9b2J.md", "c1\\x9b2J.md"),
        ("line\u2028sep.md", "line\\u2028sep.md"),
        ("rtl\u202egnp.md", "rtl\\u202egnp.md"),
        ("视频号.md", "视频号.md"),
        ("back\\slash.md", "back\\slash.md"),
    ],
)
def test_display_path_escapes_what_would_move_the_terminal(name: str, shown: str) -> None:
    assert display_path(name) == shown
    assert display_path(Path("dir") / name) == f"dir/{shown}"


def test_display_path_of_undecodable_bytes_and_lone_surrogates() -> None:
    assert display_path(os.fsdecode(b"\xff\xfe.md")) == "\ufffd\ufffd.md"
    assert display_path("a\ud800.md") == "a\ufffd.md"


# ---------------------------------------------------------------- overlong sentences


def test_a_sentence_over_the_limit_is_cut_after_its_last_comma() -> None:
    clause = "视频号月活增长至8亿，"  # 11 characters, no sentence end
    text = clause * 200
    spans = split_sentences(text)
    assert [b - a for a, b in spans] == [990, 990, 220]
    assert all(text[b - 1] == "，" for _, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text


def test_a_sentence_with_no_break_is_cut_at_the_limit() -> None:
    text = "视" * 2500 + "。后面"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "视" * 1000,
        "视" * 1000,
        "视" * 500 + "。",
        "后面",
    ]


def test_pieces_of_a_long_sentence_lose_their_outer_spaces() -> None:
    text = ("a" * 999 + " ") * 3
    assert [text[a:b] for a, b in split_sentences(text)] == ["a" * 999] * 3


def test_sentences_up_to_the_limit_are_kept_whole(seed_2023: Document) -> None:
    text = "视" * 999 + "。"
    assert split_sentences(text) == [(0, 1000)]
    assert max(len(s.text) for s in seed_2023.sentences) < 200


def test_a_heading_over_the_limit_is_a_paragraph() -> None:
    doc = load_text("<h1>" + "视频号，" * 300 + "</h1><h2>小程序</h2><p>正文。</p>", path="x.html")
    assert [s.heading for s in doc.sections] == ["小程序"]
    assert doc.title == "小程序"
    assert len(doc.sentences) == 2 + 2  # the long heading's two pieces, 小程序, 正文。
    assert max(len(s.text) for s in doc.sentences) <= 1000


def test_doctests() -> None:
    import doctest

    import kg.loaders

    assert doctest.testmod(kg.loaders).failed == 0


def test_a_markdown_clip_holding_a_line_break_tag_is_read_as_markdown(root: Path) -> None:
    """eval/tune/qbitai-ima-copilot-gongzhonghao.md, a Cubox clip, holds one ``<br />``:
    read as HTML, its setext title, headings and image lines came through as raw text."""
    doc = load(root / "eval" / "tune" / "qbitai-ima-copilot-gongzhonghao.md")
    assert doc.format == "markdown"
    assert doc.title == "鹅厂版AI笔记悄悄上线，微信公众号优质内容秒变专属知识库，实测在此"
    assert "=====" not in doc.text and "#####" not in doc.text and "imageUrl" not in doc.text
    # A .md post that stores a page's HTML, as the RSS mirrors do, is still HTML.
    page = "<p>视频号上线了直播。</p>\n<p>微信支付推出了新功能。</p>\n<div><p>小程序。</p></div>\n"
    assert detect_format(page, suffix=".md") == "html"


def test_the_fast_checks_cover_every_character_their_passes_change() -> None:
    """The loader searches a cheap class before its slow passes and skips them where it finds
    nothing (bench/README.md, round 5): each class must hold every code point the passes
    behind it would find, drop or replace, or a text would keep what they remove."""
    import kg.loaders as loaders

    missed: dict[str, list[str]] = {"noncharacter": [], "control": [], "dropped": []}
    for code in range(0x110000):
        char = chr(code)
        if loaders._NOT_CHARACTER.match(char) and not loaders._MAYBE_NOT_CHARACTER.match(char):
            missed["noncharacter"].append(hex(code))
        changed = loaders._CONTROL.match(char) or loaders._LINE_CONTROL.match(char)
        if changed and not loaders._ANY_CONTROL.match(char):
            missed["control"].append(hex(code))
        # _CJK_NBSP drops a space only between two Chinese characters.
        dropped = (
            loaders._CONTROL.match(char)
            or loaders._INVISIBLE.match(char)
            or loaders._CJK_NBSP.search(f"中{char}文")
        )
        if dropped and not loaders._DROPPABLE.match(char):
            missed["dropped"].append(hex(code))
    assert missed == {"noncharacter": [], "control": [], "dropped": []}
    # An escape sequence is dropped whole; its first character is what is searched for.
    assert loaders._ANY_CONTROL.match("\x1b[31m") and loaders._DROPPABLE.match("\x9b1m")
    # Past the first possible position, the exact search still finds the first noncharacter.
    assert loaders._non_character("视频号😀…\ufffe…\uffff").group() == "\ufffe"
    assert loaders._non_character("视频号😀上线") is None


# Breaks found by a hostile-input audit (2026-12-06): each a test first.

_ARTICLE = "微信公开课PRO在广州举行，视频号的日活用户超过了4.5亿。\n"


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ("12023-05-01", "is not a date (write YYYY-MM-DD"),
        ("99999-01-01", "is not a date (write YYYY-MM-DD"),
        ("2150-01-01", "is of the year 2150, not of 1900 to 2099"),
        ("1850-01-01", "is of the year 1850, not of 1900 to 2099"),
    ],
)
def test_a_front_matter_date_out_of_1900_to_2099_dates_nothing(
    tmp_path: Path, date: str, reason: str
) -> None:
    # 12023-05-01 was read as 2023-05-01 (its last four digits), 9999-01-01 as the year 9999.
    path = _write(tmp_path, "a.md", f"---\ndate: {date}\n---\n{_ARTICLE}".encode())
    doc = load(path)
    assert doc.date is None
    assert any(reason in w and date in w for w in doc.warnings), doc.warnings


def test_a_front_matter_date_in_range_still_dates(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "a.md", f"---\ndate: '发布于2023-05-01 10:00'\n---\n{_ARTICLE}".encode()
    )
    assert load(path).date == "2023-05-01"


def test_a_utf16_mark_before_utf8_text_is_refused_with_the_fix(tmp_path: Path) -> None:
    # It was decoded as UTF-16: private-use characters and Hangul, with no word of warning.
    path = _write(tmp_path, "a.md", b"\xff\xfe" + _ARTICLE.encode())
    with pytest.raises(LoadError) as info:
        load(path)
    assert "utf-16-le byte-order mark, but what follows is UTF-8 text" in info.value.reason
    assert "remove the first 2 bytes" in info.value.reason
    # Real UTF-16 (NUL bytes in its ASCII) still reads.
    real = _write(tmp_path, "b.md", b"\xff\xfe" + _ARTICLE.encode("utf-16-le"))
    assert "视频号" in load(real).text


def test_a_long_front_matter_value_is_cut_with_a_warning(tmp_path: Path) -> None:
    # 20,000 repetitions of an event name in `event:` held one article for 23 s (the event
    # finder compares what it finds there pairwise); 5,000 are within the size of front matter.
    event = "2023微信公开课" * 5_000
    path = _write(tmp_path, "a.md", f"---\nevent: {event}\ntitle: t\n---\n{_ARTICLE}".encode())
    doc = load(path)
    assert doc.meta_event is not None and len(doc.meta_event) == 1000
    assert any("front matter event is 45,000 characters long" in w for w in doc.warnings)


#: Pieces of YAML that libyaml and PyYAML's pure-Python loader might read differently.
YAML_PIECES = (
    *("a", "title", "year", ":", ": ", "- ", "\n", "\n  ", "\n    ", "&x ", "*x", "&y ", "*y"),
    *("[", "]", "{", "}", ", ", "'", '"', "!!int ", "!!str ", "? ", "#", "|", ">", "<<: "),
    *("2023", "0x7E7", "2022-13-45", "\t", "...", "---", " ", "!!python/unicode ", "%", "@"),
)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML without libyaml")
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(YAML_PIECES), min_size=1, max_size=16))
def test_front_matter_reads_as_the_pure_python_loader_reads_it(pieces: list[str]) -> None:
    # libyaml reads front matter (anchors and aliases too), and kg checks its nodes as the
    # pure-Python loader does as it composes. Where that loader reads the YAML, kg reads the
    # same values and year; where libyaml finds an error, kg gives that loader's. (libyaml
    # also reads what the pure-Python loader refuses: a tab inside a plain value.)
    text = "".join(pieces)

    def outcome(read: Callable[[], object]) -> object:
        try:
            return repr(read())
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            return (type(exc).__name__, getattr(exc, "problem", None), mark and mark.line)
        except ValueError as exc:  # an impossible date: a warning of its own
            return str(exc)

    python = outcome(lambda: loaders._read_yaml(loaders._front_matter_loader(), text))
    libyaml = outcome(lambda: loaders._read_yaml(loaders._fast_loader(), text, check=True))
    if not isinstance(python, tuple) or isinstance(libyaml, tuple):
        assert outcome(lambda: loaders._load_yaml(text)) == python


@pytest.mark.parametrize(("fence", "colon", "size"), [("---", ":", "3.2"), ("+++", " =", "3.3")])
def test_front_matter_over_its_size_limit_is_ignored_with_a_warning(
    fence: str, colon: str, size: str
) -> None:
    # A WordPress post exported to Jekyll with its page builder's data in the front matter
    # (3 MB of `_elementor_data` values): YAML read it for 7 s, 17 s with an & in it.
    meta = "".join(
        f'e{i}{colon} "{{&quot;id&quot;:{i},&quot;elType&quot;:1}}"\n' for i in range(60_000)
    )
    front = f'title{colon} "微信支付"\ndate{colon} 2021-05-01\n{meta}'
    doc = load_text(f"{fence}\n{front}{fence}\n{_ARTICLE}", path="x.md")
    assert (doc.title, doc.date, doc.text) == (_ARTICLE.strip(), None, _ARTICLE.strip())
    assert doc.warnings == (
        f"x.md: front matter is {size} MB, over the 100 kB limit for front matter (a few lines of "
        "metadata); its title, date and author are ignored",
    )
    # It is refused before it is read: as much work as the article without it.
    assert lines_run(lambda: load_text(f"{fence}\n{front}{fence}\n{_ARTICLE}", path="x.md")) < (
        1.1 * lines_run(lambda: load_text(f"{fence}\nx{colon} 1\n{fence}\n{_ARTICLE}", path="x.md"))
    )
    # Up to the limit, front matter is read.
    summary = "微信支付" * ((loaders.MAX_FRONT_MATTER_BYTES - 100) // 12)
    doc = load_text(f"{fence}\ntitle{colon} '{summary}'\n{fence}\n{_ARTICLE}", path="x.md")
    assert (len(doc.title), len(doc.warnings)) == (1000, 1)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML without libyaml")
@pytest.mark.parametrize(
    ("written", "title", "work"),
    [
        ("A & B", "A & B", 1.1),
        ("'*.md'", "*.md", 1.1),
        ("&x 微信\nsee: *x", "微信", 1.5),  # (an alias: what it expands to is counted)
    ],
)
def test_front_matter_with_an_anchor_mark_is_read_by_libyaml(
    written: str, title: str, work: float
) -> None:
    # An & or * anywhere (an alias could hide behind it) sent front matter to the pure-Python
    # loader, which reads some 70 kB a second: libyaml reads it, and kg checks its nodes.
    keys = "".join(f"k{i}: v{i}\n" for i in range(2_000))
    doc = load_text(f"---\ntitle: {written}\n{keys}date: 2021-05-01\n---\n正文。", path="x.md")
    assert (doc.title, doc.date, doc.warnings) == (title, "2021-05-01", ())
    assert lines_run(
        lambda: load_text(f"---\ntitle: {written}\n{keys}---\n正文。", path="x.md")
    ) < work * lines_run(lambda: load_text(f"---\ntitle: plain\n{keys}---\n正文。", path="x.md"))


def test_the_walk_skips_what_kg_wrote_into_a_build_folder_inside_the_input(tmp_path: Path) -> None:
    # kg build in -o in -f html, twice: the second build read the first's kg.html as an article.
    (tmp_path / "a.md").write_text(_ARTICLE, encoding="utf-8")
    (tmp_path / "kg.html").write_text("<p>微信</p>", encoding="utf-8")
    assert sorted(p.name for p in iter_paths(tmp_path)) == ["a.md", "kg.html"]
    (tmp_path / ".kg-lock").write_text("", encoding="utf-8")
    assert [p.name for p in iter_paths(tmp_path)] == ["a.md"]
    # Named directly, it is read: the user asked for it.
    assert [p.name for p in iter_paths(tmp_path / "kg.html")] == ["kg.html"]


def test_the_dated_addresses_an_article_links_to_are_kept_once_each() -> None:
    text = (
        "[甲](https://a.com/2022/10/07/x/) ![图](https://img.b.com/2021-09-20/y.png) "
        "[乙](https://a.com/2022/10/07/x/) [丙](https://c.com/about/) "
        "https://d.com/news/2019/13/45/z https://web.archive.org/web/20221206083149/\n"  # no days
    )
    assert load_text(text, path="x.md").links == (
        "https://a.com/2022/10/07/x/",
        "https://img.b.com/2021-09-20/y.png",
    )
    # A hostile run of address characters is read once, 300 characters of each at most.
    long = "https://e.com/" + "a" * 100_000 + "/2020/01/02/"
    assert load_text(long, path="x.txt").links == ()
