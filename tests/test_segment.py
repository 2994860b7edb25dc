"""Tests for kg.segment: jieba with the ontology's labels as its user dictionary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.match import matcher
from kg.normalize import matching_form
from kg.ontology import Ontology, load_ontology
from kg.records import Document
from kg.segment import (
    _BLOCK,
    BlockCutter,
    Cutter,
    _Finder,
    _trie,
    cut,
    segment,
    tokenizer,
    trie_pattern,
)

__all__: list[str] = []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "值得期待的是，对于用户开启了腾讯视频等自动续费服务，却常常少看或没看的情况，"
            "未来微信支付分或许还将上线「不看不付」功能。",
            ["腾讯视频", "微信支付分", "不看不付"],
        ),
        (
            "微信团队会在这个活动上分享最新的数据，回顾了微信过去一年来的变化，也透露一些接下来会有的"
            "新动向，例如视频号未来将为每个视频号创作者提供红包封面，微信支付会依据支付分能力在未来"
            "推出「不看不付」功能等。",
            ["微信团队", "视频号", "红包封面", "微信支付", "支付分", "不看不付"],
        ),
        (
            "在即将到来的春节，微信就会支持每个视频号创作者创作自己的红包封面，"
            "让创作者也能给自己的粉丝发放红包封面。",
            ["视频号", "红包封面"],
        ),
        (
            "小程序和微信搜一搜的联动也让搜一搜的内容池有了更多内容。",
            ["小程序", "微信搜一搜", "搜一搜"],
        ),
        (
            "视频号 + 企业微信，视频号（包括直播）可以一键添加企业微信客服，助力商家社群运营。",
            ["视频号", "企业微信", "直播", "一键添加企业微信客服"],
        ),
        (
            "黄铁鸣还预告了一个值得期待的消息：下周，企业微信将推出全新版本，将发布连接视频号、"
            "微信客服两个全新能力，相关资讯 APPSO 也会第一时间报道，敬请期待。",
            ["黄铁鸣", "企业微信", "连接视频号", "微信客服", "APPSO"],
        ),
        (
            "微信支付分的存在就是为了避免这样的情况出现，为商户和品牌降低交易摩擦，让信任变得简单。",
            ["微信支付分"],
        ),
        (
            "同时，我们也希望这个创作收益是能够稳健地、健康地向上去生长。”——腾讯公司副总裁、"
            "视频号负责人张孝超",
            ["腾讯公司", "视频号", "张孝超"],
        ),
        ("作为微信生态的连接器，搜一搜将如何盘活整个生态的内容和服务？", ["微信生态", "搜一搜"]),
    ],
)
def test_terms_stay_whole(ontology: Ontology, sentence: str, words: list[str]) -> None:
    cut_words = cut(sentence, ontology)
    for word in words:
        assert word in cut_words, f"{word!r} not a word of {'|'.join(cut_words)}"
    assert "".join(cut_words) == sentence


@pytest.mark.parametrize(
    ("sentence", "not_words"),
    [
        # 微信 must not be cut out of the longer terms it starts.
        ("未来微信支付分或许还将上线「不看不付」功能。", ["微信", "微信支付", "支付", "不看"]),
        (
            "视频号 + 企业微信，视频号（包括直播）可以一键添加企业微信客服。",
            ["微信", "视频", "企业"],
        ),
    ],
)
def test_terms_are_not_cut_apart(ontology: Ontology, sentence: str, not_words: list[str]) -> None:
    cut_words = cut(sentence, ontology)
    for word in not_words:
        assert word not in cut_words


WHOLE_TERMS = [
    "视频号",
    "搜一搜",
    "不看不付",
    "红包封面",
    "企业微信",
    "微信支付分",
    "小程序",
    "张孝超",
]


@pytest.mark.parametrize("name", ["seed_2022", "seed_2023"])
@pytest.mark.parametrize("term", WHOLE_TERMS)
def test_no_word_boundary_falls_inside_a_term_in_the_seeds(
    request: pytest.FixtureRequest, ontology: Ontology, name: str, term: str
) -> None:
    doc: Document = request.getfixturevalue(name)
    seen = 0
    for sentence, words in zip(doc.sentences, segment(doc, ontology).words, strict=True):
        ends, pos = set(), 0
        for word in words:
            pos += len(word)
            ends.add(pos)
        i = sentence.text.find(term)
        while i >= 0:
            seen += 1
            inside = sorted(ends & set(range(i + 1, i + len(term))))
            assert not inside, f"{term!r} cut in {'|'.join(words)}"
            i = sentence.text.find(term, i + 1)
    # Every occurrence was checked: no sentence boundary falls inside a term either.
    assert seen == doc.text.count(term)


@pytest.mark.parametrize("name", ["seed_2022", "seed_2023"])
def test_segment_gives_one_word_tuple_per_sentence(
    request: pytest.FixtureRequest, ontology: Ontology, name: str
) -> None:
    doc: Document = request.getfixturevalue(name)
    segmented = segment(doc, ontology)
    assert segmented.document is doc
    assert len(segmented.words) == len(doc.sentences)
    for sentence, words in zip(doc.sentences, segmented.words, strict=True):
        assert isinstance(words, tuple)
        assert all(words)
        assert "".join(words) == sentence.text


def test_the_tokenizer_is_built_once_per_ontology(ontology: Ontology) -> None:
    assert tokenizer(ontology) is tokenizer(ontology)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["视频号", "微信", "支付分", "搜一搜", "VOIP", " ", "\n", "。", "——"]),
            st.text(max_size=4),
        ),
        max_size=12,
    ).map("".join)
)
def test_words_join_back_to_any_text(ontology: Ontology, text: str) -> None:
    words = cut(text, ontology)
    # Words are cut from the matching form (traditional and full-width folded), which is as
    # long as the text, so offsets carry over.
    assert "".join(words) == matching_form(text)
    assert len(matching_form(text)) == len(text)
    assert all(words)


def _mentions(ontology: Ontology, words: tuple[str, ...], text: str) -> list[tuple[str, int, int]]:
    return [(m.term, m.start, m.end) for m in matcher(ontology).find(words, 0, 0, text)]


@pytest.mark.parametrize("name", ["seed_2022", "seed_2023"])
def test_segmenting_only_where_a_label_occurs_finds_the_same_terms(
    request: pytest.FixtureRequest, ontology: Ontology, name: str
) -> None:
    doc: Document = request.getfixturevalue(name)
    skipped = 0
    for sentence, words in zip(doc.sentences, segment(doc, ontology).words, strict=True):
        everything = cut(sentence.text, ontology)
        skipped += len(everything) - len(words)
        assert _mentions(ontology, words, sentence.text) == _mentions(
            ontology, everything, sentence.text
        )
    assert skipped > 500  # words jieba was spared


@pytest.fixture(scope="module")
def spanning(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Ontology:
    """The ontology plus labels that reach across jieba's blocks (a space, a middle dot)."""
    folder = tmp_path_factory.mktemp("ontology")
    for ttl in (root / "ontology").glob("*.ttl"):
        (folder / ttl.name).write_bytes(ttl.read_bytes())
    (folder / "extra.ttl").write_text(
        "@prefix kg: <https://kg.example/schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix product: <https://kg.example/id/product/> .\n"
        'product:mini a kg:Product ; skos:prefLabel "迷你 程序"@zh ; '
        'skos:altLabel "Mini Program"@zh , "号·店"@zh .\n',
        encoding="utf-8",
    )
    return load_ontology(folder)


PIECES = [
    "视频号",
    "微信",
    "支付分",
    "搜一搜",
    "迷你",
    " ",
    "程序",
    "Mini",
    "program",
    "号",
    "·",
    "店",
    "小程序",
    "。",
    "，",
    "企业微信客服",
    "的",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=14).map("".join))
def test_the_cutter_finds_what_segmenting_everything_finds(spanning: Ontology, text: str) -> None:
    text = matching_form(text)
    words = Cutter(spanning)(text)
    assert "".join(words) == text
    assert _mentions(spanning, words, text) == _mentions(spanning, cut(text, spanning), text)


#: Characters whose casefolded form is longer (ß, ﬁ) or a Latin letter though they are not one
#: (the Kelvin sign, the long s): the casefolded sentence and its blocks no longer line up.
FOLDING = ["ß", "ﬁ", "\u212a", "ſ", "QQ", "Q", "mini", "i"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(PIECES + FOLDING), st.text(max_size=3)), max_size=14).map(
        "".join
    )
)
@example("ßßßß视频号，ﬁﬁﬁﬁﬁ的微信")  # (casefolded, the labels lie past their blocks)
@example("去看TikTo\u212a和视频号")  # (the Kelvin sign casefolds to k: tiktok runs past TikTo)
def test_the_cutter_cuts_the_blocks_that_hold_a_label_searched_one_by_one(
    spanning: Ontology, text: str
) -> None:
    """The Cutter searches the sentence for labels once, from block to block: it cuts the
    blocks that searching each block apart for a label would cut, and only those."""
    labels = sorted(matcher(spanning).labels)
    finder = _trie(labels)
    reaching = _trie([label for label in labels if not _BLOCK.fullmatch(label)])
    cutter = Cutter(spanning)
    folded = text.casefold()
    if finder.search(folded) is None:
        expected: tuple[str, ...] = (text,) if text else ()
    elif reaching.search(folded):
        expected = tuple(tokenizer(spanning).cut(text, HMM=False))
    else:
        expected = tuple(
            word
            for i, block in enumerate(_BLOCK.split(text))
            if block
            for word in (
                cutter.cut_block(block) if i % 2 and finder.search(block.casefold()) else [block]
            )
        )
    assert cutter(text) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*PIECES, "\r\n", "\t", "\u3000", "\xa0", "  "]), st.text(max_size=3)
        ),
        max_size=14,
    ).map("".join)
)
@example("Apple Music 和 App Store，\r\n\t视频号")
def test_a_sentence_with_a_label_across_blocks_is_cut_as_jieba_cuts_it(
    spanning: Ontology, text: str
) -> None:
    """A sentence where a label reaches across blocks is cut everywhere, word for word as
    jieba's ``cut(HMM=False)`` cuts it (its blocks by the BlockCutter)."""
    cutter = Cutter(spanning)
    assert cutter._everywhere(text) == tuple(tokenizer(spanning).cut(text, HMM=False))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("微信支付分号ab.", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text("微信支付分号ab.xyz", max_size=20),
)
def test_the_trie_regex_finds_a_word_wherever_one_occurs(words: list[str], text: str) -> None:
    found = _trie(words).search(text)
    assert (found is not None) == any(word in text for word in words)
    if found is not None:
        assert found.group() in words


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text("微信支付分号ab.-]^\\", max_size=5), max_size=8),
    st.text("微信支付分号ab.xyz-]^\\", max_size=20),
    st.integers(0, 21),
)
@example(["微信", "微信支付", "支付分"], "用微信支付分付款", 0)
@example(["", "微信"], "用微信", 1)
def test_the_label_finder_finds_what_the_trie_regex_finds(
    words: list[str], text: str, pos: int
) -> None:
    """The Cutter's finder (a class of first characters, then the trie of that character's
    words) finds the match of the one trie regex: the same start and the same end."""
    expected = _trie(words).search(text, pos)
    found = _Finder(words).search(text, pos)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text("微信支付分号aBb.-]^\\", max_size=5), max_size=8),
    st.text("微信支付分号abAB.xyz-]^\\", max_size=20),
    st.sampled_from(["", "(分|号)", "(?=a)"]),
)
@example(["微信", "微信支付", "支付分"], "用微信支付分付款", "(分|号)")
@example(["", "微信"], "用微信", "")
@example(["B", "bB"], "BB", "")  # (B's branch before b's matched B, and ended there)
def test_the_trie_pattern_matches_what_the_alternation_longest_first_matches(
    words: list[str], text: str, after: str
) -> None:
    """kg suggest builds its regexes of names on trie_pattern (then a head word, a look-ahead):
    they find what the alternation of the names, longest first, finds, case ignored."""
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    for flags in (0, re.I):
        expected = re.compile(f"(?:{alternation}){after}", flags) if words else None
        pattern = trie_pattern(words, ignore_case=bool(flags))
        found = re.compile(f"{pattern}{after}", flags) if words else None
        assert [m.span() for m in (found.finditer(text) if found else ())] == [
            m.span() for m in (expected.finditer(text) if expected else ())
        ]


BLOCK_PIECES = [
    "视频号",
    "微信",
    "支付分",
    "小程序",
    "程序员",
    "中国人民",
    "直播间",
    "搜一搜",
    "AI",
    "3",
    "PRO",
    "2023",
    "年",
    "的",
    "a",
    "Z",
    "_",
    "+",
    "%",
    "-",
    ".",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(BLOCK_PIECES),
            st.text(
                alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
                min_size=1,
                max_size=3,
            ),
        ),
        min_size=1,
        max_size=16,
    ).map("".join)
)
def test_the_block_cutter_cuts_as_jieba_does(ontology: Ontology, block: str) -> None:
    assert _BLOCK.fullmatch(block)
    assert BlockCutter(tokenizer(ontology))(block) == list(
        tokenizer(ontology).cut(block, HMM=False)
    )


@pytest.mark.parametrize("name", ["seed_2022", "seed_2023"])
def test_the_block_cutter_cuts_every_block_of_the_seeds_as_jieba_does(
    request: pytest.FixtureRequest, ontology: Ontology, name: str
) -> None:
    doc: Document = request.getfixturevalue(name)
    cut_block, jieba = BlockCutter(tokenizer(ontology)), tokenizer(ontology)
    blocks = [b for s in doc.sentences for b in _BLOCK.findall(s.matching)]
    assert len(blocks) > 300
    for block in blocks:
        assert cut_block(block) == list(jieba.cut(block, HMM=False)), block


def test_every_full_width_letter_and_digit_is_folded_anywhere_in_a_text() -> None:
    from kg.normalize import _WIDTH

    for code, ascii_code in _WIDTH.items():
        assert matching_form(f"视频号{chr(code)}") == f"视频号{chr(ascii_code)}"
    assert matching_form("視頻號，ＶＯＩＰ") == "视频号，VOIP"
    assert matching_form("，。：（）") == "，。：（）"  # punctuation keeps its width
