"""People: presents, leads and role, from how a person is introduced or credited.

- ``speaker``: a person introduced as a speaker (讲师X, 据X介绍, X表示/说/认为/宣布, an
  interview's ``X：``, a ——X credit after a quote, 「P之父」X, a speech's 大家好，我是X) presents
  a product: the section's product in an article laid out one product a section, else the
  product the person speaks of (named after the cue; a platform such as 微信 only when no other
  is named), else the product of the title before the name (腾讯云数据库副总经理罗云告诉…), else
  the section's product (the article's, for one who introduces themselves); one whose title
  names an organisation or product, only a product of theirs (made by it, named after it), not a
  rival's or partner's they talk about; one whose title names what kg does not know
  (MakerMaker.AI 公司 CEO), or a source telling a reporter (冯国超告诉深燃), none; nor does one
  whose title is an analyst's, a scholar's or an official's (分析师, 教授, 局长).
- ``credit``: the titles of a person, before the name (腾讯公司副总裁、视频号负责人张孝超,
  美团创始人王兴), in brackets after it (王巨宏（腾讯公司副总裁）) or set off by a comma
  (汤道生，腾讯高级副总裁、腾讯云与智慧产业事业群总裁，…), a product or organisation in quotes
  part of it (公众号“夜听”创始人刘筱), held after it (X历任…, X出任…, X成为…) or opening the
  clause before it with 作为 (作为Facebook的掌门人，…扎克伯格), and the offices a 他/她 opening a
  clause holds (加入阿里前，他曾任…: the one person named before it): a ``role`` for each title as
  written, without the name and the words of the clause before it, but X负责人 (of a product, a
  unit or a company) is read as ``leads`` alone; ``leads`` for it and for a head's title (创始人,
  董事长, CEO …; not 联合创始人) right after an organisation or product, or, with nothing before the
  title, the organisation or product the sentence names last before it (但拼多多上市当天，
  创始人黄峥…), else the one organisation the sentence names (董事长束从轩喊话…老乡鸡),
  else its one product (新任掌门人叶军给了钉钉…), else, when it names none, the one the
  article names first (当时总裁马云…); a name after a verb of succession is the one succeeded
  (蒂姆·库克接手史蒂夫·乔布斯成为…: the office after it is 库克's).
- ``hand_over``: who is put in charge: 把X交给Y (or the person a 他/她 points back to),
  Y负责X, 负责X的Y, X…由Y负责 (由阿里云智能总裁张建锋直接管理), Y从Z手中接过X (both lead
  it); whose it is: 马云的阿里巴巴, 张小龙的微信 (not 邓刚的抖音橱窗, an account); and who
  founded it: 王学集创办的涂鸦智能, 一手缔造了钉钉的陈航, 一手带起钉钉的无招.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from kg.lang import people as cues
from kg.lang.punctuation import (
    CLAUSE_BREAK,
    CLOSE_PARENS,
    ENUMERATION_COMMA,
    FULL_STOP,
    OPEN_PARENS,
)
from kg.records import Fact, Mention
from kg.rules.context import Context, clause_of
from kg.rules.registry import rule

__all__ = ["speaker", "credit", "hand_over"]

# What a person may lead: a product, or an organisation or its unit.
_LED = ("Product", "Organization")
# Organisations that a head's title with no organisation of its own may point to: not media
# quoted as sources, nor groups (a band), nor a unit.
_HEADED_CLASSES = frozenset({"Company", "PublicBody", "Organization"})


# ---------------------------------------------------------------- speaker


@rule("speaker", emits=("presents",), needs=("Person",))
def speaker(ctx: Context) -> Iterator[Fact]:
    """A person introduced as a speaker presents the product spoken for (讲师X, X表示 …)."""
    persons = ctx.of_kind("Person")
    if not persons:
        return
    yield from _fathers(ctx, persons)
    text = ctx.text
    credit_line = cues.ATTRIBUTION.search(text)
    cues_end = [_speaker_cue(ctx, p, ctx.at(p), ctx.end(p)) for p in persons]
    for person, cue_end in zip(persons, cues_end, strict=True):
        at, end = ctx.at(person), ctx.end(person)
        if (
            credit_line is not None
            and credit_line.start(1) <= at
            and end == len(text.rstrip(FULL_STOP))
        ):
            # A credit after a quote: the quote is the sentence, its product the topic.
            product = ctx.topic or _first_product(ctx, 0, at) or _first_product(ctx, 0)
        else:
            if cue_end is None or any(
                ctx.end(other) <= at and other_end is not None and other_end >= end
                for other, other_end in zip(persons, cues_end, strict=True)
            ):
                # No cue, or the person is named inside another's (俞敏洪在介绍直播搭档孙东旭时
                # 称: ithome-dongfang-zhenxuan-first-livestream): the other one speaks.
                continue
            product = _spoken_of(ctx, person, cue_end)
            if product is None and _self_introduced(ctx, at):
                product = ctx.lead  # 大家好，我是张小龙。: the speech is on what the article is
        if product is not None:
            yield ctx.fact(person.term, "presents", product)


def _speaker_cue(ctx: Context, person: Mention, at: int, end: int) -> int | None:
    """Where the cue that makes the person a speaker ends, or None when there is none."""
    text = ctx.text
    before = text[max(0, at - 4) : at]
    after = text[end : end + 40]
    said = cues.SPEAKER_AFTER.match(after)
    if said is not None:
        return end + said.end()
    if cues.SPEAKER_BEFORE.search(before) is not None:
        return end
    if _self_introduced(ctx, at):
        return end
    if ctx.mentions[0] is person and cues.SPEAKER_COLON.match(after) is not None:
        # 雷军：… / Q1、司晓：… — only the sentence's first name: an interview's turn.
        return end + 1
    return None


def _self_introduced(ctx: Context, at: int) -> bool:
    """Whether the name at ``at`` follows 我是 as a speech opens (大家好，我是张小龙), at the
    start of its sentence (``^`` matches there only, wherever the search starts) or after a
    greeting."""
    return cues.SELF_INTRODUCED.search(ctx.text, max(0, at - 10), at) is not None


def _spoken_of(ctx: Context, person: Mention, cue_end: int) -> str | None:
    """The product a speaker speaks for: the section's, in an article laid out one product a
    section; else the first named after the cue (马化腾宣布微信…); else the one of the title
    before the name (腾讯云数据库副总经理罗云告诉数智前线); else the section's.

    A speaker whose title names an organisation or product speaks for their own: of the
    products named after the cue, the first that is theirs (:func:`_is_own`), else none (with
    none named, the title's, else the section's if theirs); not a rival's, a partner's or an
    investee's they talk about (MakerMaker.AI 公司 CEO 达瓦尔·阿乔达指出：“DeepSeek…:
    simons-deepseek-big-tech-innovation; 腾讯投资的执行董事姚磊文说道，ObEN将…:
    36kr-tencent-oben-investment). One whose products are unknown speaks for none: a title of
    what kg does not know (:func:`_of_unknown`), or no title and a reporter told
    (:data:`~kg.lang.people.TOLD`)."""
    at = ctx.at(person)
    if _onlooker(ctx, at):
        return None
    if ctx.topic is not None and ctx.by_product:
        return ctx.topic
    own = _title_terms(ctx, at)
    if not own:
        if _of_unknown(ctx, at) or cues.TOLD.search(ctx.text[ctx.end(person) : cue_end]):
            # Whose products the speaker's are is unknown: a title of an organisation kg
            # does not know, or a source telling a reporter (冯国超告诉深燃，“…字节跳动游戏团队…”:
            # gameres-tencent-bytedance-games-battle).
            return None
        return _first_product(ctx, cue_end, own=True) or _titled(ctx, at) or ctx.topic
    after = [iri for offset, iri in ctx.products() if offset >= cue_end]
    if not after:
        # Nothing named after the cue: the title's product, or the section's if it is theirs
        # (百度 CEO 李彦宏…宣布推出轻应用开放平台 in a section on 小程序: 2022-kinghcj-mini-
        # program-present-future).
        topic = ctx.topic
        return _titled(ctx, at) or (topic if topic and _is_own(ctx, topic, own) else None)
    theirs = [iri for iri in after if _is_own(ctx, iri, own)]
    # A platform (微信) only when no other product is theirs, and only as the title's own or
    # made by an organisation it names (腾讯公司董事会主席…马化腾…说，…微信…), not one a
    # product or unit of the title is named after: 微信支付國際業務總裁李培庫表示：「Uber 微信小程序
    # …」 (2025-infocast-uber-wechat-miniprogram-hk) does not speak for 微信.
    orgs = {o for o in own if ctx.ontology.kind(o) == "Organization"}
    return next(
        (iri for iri in theirs if not ctx.is_platform(iri)),
        next(
            (
                iri
                for iri in theirs
                if iri in own or orgs.intersection(ctx.ontology.terms[iri].made_by)
            ),
            None,
        ),
    )


def _title_span(ctx: Context, at: int) -> tuple[int, int] | None:
    """Where the title right before the name at ``at`` starts (back to the mark it starts
    after) and where its words end (before the gap to the name); None when no title ends at
    the name."""
    text = ctx.text
    start = _credit_start(ctx, at, max(0, at - cues.ROLE_SPAN))
    gap = cues.TITLE_AT_NAME.search(text, start, at)
    if gap is None or cues.TITLE.search(text, start, gap.start()) is None:
        return None
    return start, gap.start()


def _onlooker(ctx: Context, at: int) -> bool:
    """Whether the title right before the name at ``at`` is a commentator's or an official's
    (:data:`~kg.lang.people.ONLOOKER_TITLE`: 分析师, 教授, 局长 …): one who speaks of a market,
    not for a product."""
    span = _title_span(ctx, at)
    return span is not None and cues.ONLOOKER_TITLE.search(ctx.text, span[0], span[1]) is not None


def _of_unknown(ctx: Context, at: int) -> bool:
    """Whether the title right before the name at ``at`` names what kg does not know: words
    before its title word (MakerMaker.AI 公司 CEO, 某游戏公司CEO), or a name in quotes (据“外卖
    团购榜”负责人冯博), none of them an organisation or product kg knows. Such a speaker's own
    products are unknown, and the first named after the cue is a rival's or a partner's as
    often as theirs: the speaker presents none."""
    span = _title_span(ctx, at)
    if span is None:
        return False
    text = ctx.text
    start, end = span
    title = cues.TITLE.search(text, start, end)
    if title is None:
        return False
    begin = _role_start(ctx, start, title.start(), strict=False)
    if begin is None:
        return False
    if cues.QUOTED_NAME.search(text, max(0, begin - cues.ROLE_SPAN), begin) is not None:
        return True
    # Titles held together (董事长兼首席执行官马化腾…说) start with the first.
    title_start = title.start()
    while text[begin:title_start].rstrip().endswith(cues.TITLE_JOINER):
        before = cues.TITLE.search(text, begin, text.rindex(cues.TITLE_JOINER, begin, title_start))
        if before is None:
            break
        title_start = before.start()
    # 部门负责人 names no unit.
    return (
        bool(text[begin:title_start].strip(cues.ROLE_TRIM))
        and cues.LEAD_MARKER.fullmatch(text, begin, title.end()) is None
    )


def _title_terms(ctx: Context, at: int) -> frozenset[str]:
    """The organisations and products the title right before the name at ``at`` names
    (有赞COO黄晓鸣: 有赞); empty when there is no title."""
    span = _title_span(ctx, at)
    if span is None:
        return frozenset()
    start, end = span
    return frozenset(
        m.term
        for m in ctx.mentions
        if start <= ctx.at(m) and ctx.end(m) <= end and ctx.kind(m) in _LED
    )


def _is_own(ctx: Context, iri: str, own: frozenset[str]) -> bool:
    """Whether a product is one of a speaker's whose title names ``own``: named there, made
    by an organisation named there or by the maker of a product named there (微信游戏产品总监
    and 小游戏, both 腾讯's), or named after one (有赞COO and 有赞新零售, Facebook 首席执行官 and
    Facebook Workplace) or the one a unit there is named after (小红书商业生活服务行业群总经理
    and 小红书). Not a product of unknown maker otherwise: 阿里CFO武卫说，阿里云的增速…
    (woshipm-q3-results-moats-tencent-alibaba-kuaishou) is a figure told, not a speech for it."""
    if iri in own:
        return True
    terms = ctx.ontology.terms
    term = terms.get(iri)
    if term is None:
        return False
    makers = {m for o in own if o in terms for m in (o, *terms[o].made_by)}
    if makers.intersection(term.made_by):
        return True
    names = [terms[o].label for o in makers if o in terms]
    return any(
        label.startswith(name) or name.startswith(label) for label in term.labels for name in names
    )


def _titled(ctx: Context, at: int) -> str | None:
    """The product named in the title right before the name at ``at`` (腾讯云数据库副总经理,
    有赞COO); None when no title ends at the name (:func:`_title_span`)."""
    span = _title_span(ctx, at)
    return None if span is None else _first_product(ctx, span[0], at, own=True)


def _first_product(
    ctx: Context, start: int, end: int | None = None, *, own: bool = False
) -> str | None:
    """The first product named in ``text[start:end]``; with ``own``, a platform (微信) only
    when no other product is named there: 孙春光还提到，H5游戏在微信里…而小游戏… speaks for
    小游戏, the platform being where it lives."""
    found = [
        iri for offset, iri in ctx.products() if offset >= start and (end is None or offset < end)
    ]
    if own:
        found = [iri for iri in found if not ctx.is_platform(iri)] or found
    return found[0] if found else None


def _fathers(ctx: Context, persons: Sequence[Mention]) -> Iterator[Fact]:
    """「微信之父」张小龙: the person nearest the cue presents the product."""
    for m in ctx.mentions:
        if ctx.kind(m) != "Product":
            continue
        father = cues.FATHER.match(ctx.text, ctx.end(m))
        if father is None:
            continue
        at = ctx.end(m) + father.end()
        nearest = min(persons, key=lambda p: abs(ctx.at(p) - at))
        yield ctx.fact(nearest.term, "presents", m.term)


# ---------------------------------------------------------------- credit


@rule("credit", emits=("role", "leads"), needs=("Person",))
def credit(ctx: Context) -> Iterator[Fact]:
    """A person's titles, before the name, in brackets or set off after it, held after it
    (X历任…, X出任…, and 他曾任… of the person a pronoun stands for), or opening the clause
    before it with 作为 (role, leads)."""
    persons = ctx.of_kind("Person")
    for stand_in in _stand_ins(ctx):
        yield from _office(ctx, stand_in, _with(persons, stand_in))
    if not persons:
        return
    text = ctx.text
    for i, person in enumerate(persons):
        at, end = ctx.at(person), ctx.end(person)
        # Before the name: back to a mark, or to the person named before (…刘炽平和首席运营官).
        start = _credit_start(ctx, at, ctx.end(persons[i - 1]) if i else 0)
        gap = cues.TITLE_AT_NAME.search(text, start, at)
        yield from _title_parts(ctx, person, start, gap.start() if gap else at, strict=False)
        # Right after it, a title said as a form of address (周为民教授, 李文亮醫生).
        honorific = cues.HONORIFIC.match(text, end)
        if honorific is not None:
            yield ctx.fact(person.term, "role", honorific.group())
        # After it: 王巨宏（腾讯公司副总裁） or 汤道生，腾讯高级副总裁、…总裁，
        after = text[end : end + 1]
        if after in OPEN_PARENS:
            close = min(
                (i for i in (text.find(mark, end) for mark in CLOSE_PARENS) if i > end),
                default=-1,
            )
            if 0 < close - end <= cues.APPOSITION_SPAN:
                yield from _title_parts(ctx, person, end + 1, close, strict=True)
        elif after and CLAUSE_BREAK.match(after) and after not in FULL_STOP:
            stop = CLAUSE_BREAK.search(text, end + 1)
            close = stop.start() if stop else len(text)
            # ... or to the bracket the name and title stand in (jonathan(何毅进，腾讯新闻负责人)).
            close = min(
                (i for i in (text.find(m, end, close) for m in CLOSE_PARENS) if i > 0),
                default=close,
            )
            if close - end <= cues.APPOSITION_SPAN and not any(
                end < ctx.at(p) < close for p in persons
            ):
                yield from _title_parts(ctx, person, end + 1, close, strict=True)
        yield from _office(ctx, person, persons)
    yield from _as_title(ctx, persons)


def _stand_ins(ctx: Context) -> list[Mention]:
    """A mention, at the pronoun, of the person each 他 or 她 opening a clause stands for: the
    one person the sentence names before it, else the one the sentences before name
    (:attr:`~kg.rules.context.Context.referent`); none where two are named there."""
    persons = ctx.of_kind("Person")
    if not persons and ctx.referent is None:
        return []  # (most sentences)
    found: list[Mention] = []
    text = ctx.text
    for opening in cues.PRONOUN_OPENING.finditer(text):
        at, end = opening.span(1)
        if any(ctx.at(m) <= at < ctx.end(m) for m in ctx.mentions):
            continue  # part of a name
        before = {p.term for p in persons if ctx.end(p) <= at}
        term = before.pop() if len(before) == 1 else None if before else ctx.referent
        if term is not None:
            base = ctx.base
            found.append(Mention(term, text[at:end], base + at, base + end, ctx.sentence.index))
    return found


def _with(persons: Sequence[Mention], stand_in: Mention) -> list[Mention]:
    """The persons with a stand-in among them, in sentence order."""
    return sorted((*persons, stand_in), key=lambda m: m.start)


def _credit_start(ctx: Context, at: int, floor: int) -> int:
    """Where the credit line before the name at ``at`` starts: back to a mark, or to ``floor``.
    A product or organisation in quotes is part of it (公众号“夜听”创始人刘筱:
    36kr-shipinhao-brand-livestream; 据“外卖团购榜”负责人冯博: 36kr-douyin-local-life-tandian),
    not the mark of a quotation."""
    text = ctx.text
    start = at
    while True:
        while start > floor and not cues.CREDIT_START.match(text[start - 1]):
            start -= 1
        if start <= floor or text[start - 1] not in cues.CLOSE_QUOTES:
            return start
        quoted = next(
            (
                m
                for m in ctx.mentions
                if ctx.kind(m) in _LED
                and ctx.end(m) == start - 1
                and ctx.at(m) - 1 > floor
                and text[ctx.at(m) - 1] in cues.OPEN_QUOTES
            ),
            None,
        )
        if quoted is None:
            return start
        start = ctx.at(quoted) - 1


def _as_title(ctx: Context, persons: Sequence[Mention]) -> Iterator[Fact]:
    """作为Facebook的掌门人，见惯了大风大浪的扎克伯格…: the title a clause opens with 作为 is the
    title of the person the next clause names first, a few words into it; not when a person
    is named before 作为 in its clause (程一笑作为首席执行官，…: his own)."""
    text = ctx.text
    for opening in cues.AS_TITLE.finditer(text):
        start, end = opening.span(1)
        if cues.TITLE.search(text, start, end) is None:
            continue
        clause_start, _ = clause_of(text, opening.start())
        if any(clause_start <= ctx.at(p) < opening.start() for p in persons):
            continue
        stop = CLAUSE_BREAK.search(text, opening.end())
        close = stop.start() if stop else len(text)
        holder = next((p for p in persons if opening.end() <= ctx.at(p) < close), None)
        if holder is not None and ctx.at(holder) - opening.end() <= cues.AS_TITLE_GAP:
            yield from _title_parts(ctx, holder, start, end, strict=False)


def _office(ctx: Context, person: Mention, persons: Sequence[Mention]) -> Iterator[Fact]:
    """易统历任钉钉硬件负责人、开放平台与商业化总经理: the titles a verb of holding office after
    the name gives, up to the end of its clause, each a title of something named (else the
    clause is no list of offices, or the title is of what another sentence names: 出任董事);
    等职 closing the list is dropped. A name that follows a verb of succession is the one
    succeeded, the office its successor's: the person right before the verb (蒂姆·库克接手史蒂夫·
    乔布斯成为苹果公司 CEO: geekpark-baidu-qujing-meituan-shenhuiyuan-2024), else no one."""
    text = ctx.text
    end = ctx.end(person)
    verb = cues.OFFICE_AFTER.match(text, end)
    if verb is None:
        return
    succeeded = cues.SUCCEEDED.search(text, max(0, ctx.at(person) - 4), ctx.at(person))
    if succeeded is not None:
        successor = next((p for p in persons if ctx.end(p) == succeeded.start()), None)
        if successor is None:
            return
        person = replace(person, term=successor.term)
    # The person's alias in brackets (朱鸿（一粟）曾历任…) is no other person before the verb.
    others = [p for p in persons if p.term != person.term]
    if any(end < ctx.at(p) < verb.end() for p in others):
        return
    # Held at a place the sentence names (加入Netflix担任…): a title alone is its.
    place = verb.group("place") is not None and any(
        verb.start("place") <= ctx.at(m) < verb.end("place") and ctx.kind(m) in _LED
        for m in ctx.mentions
    )
    stop = CLAUSE_BREAK.search(text, verb.end())
    close = stop.start() if stop else len(text)
    # A note in brackets after the titles is none of them (担任快手国际化业务商业化负责人（这里的
    # 商业化主要是广告业务）: 36kr-kuaishou-overseas-kwai-commercialization).
    close = min(
        (i for i in (text.find(m, verb.end(), close) for m in OPEN_PARENS) if i > 0), default=close
    )
    if close - verb.end() > cues.APPOSITION_SPAN or any(
        verb.end() <= ctx.at(p) < close for p in others
    ):
        return
    tail = cues.OFFICE_END.search(text, verb.end(), close)
    if tail is not None:
        close = tail.start()
    cut = verb.end()
    for piece in text[verb.end() : close].split(ENUMERATION_COMMA):
        title = cues.TITLE.search(text, cut, cut + len(piece.rstrip(cues.ROLE_TRIM)))
        if title is None or not place and not text[cut : title.start()].strip(cues.ROLE_TRIM):
            # A title word alone (出任董事) is told of what the text names elsewhere (搜狗).
            return
        cut += len(piece) + len(ENUMERATION_COMMA)
    yield from _title_parts(ctx, person, verb.end(), close, strict=True)


def _title_parts(
    ctx: Context, person: Mention, start: int, end: int, *, strict: bool
) -> Iterator[Fact]:
    """The titles of ``text[start:end]``, parts joined by 、; after a name (``strict``) every
    part must be a title, or the text is no apposition."""
    text = ctx.text
    if strict and CLAUSE_BREAK.search(text, start, end) is not None:
        # A clause, no title: a name with its own titles (jonathan(何毅进，腾讯新闻负责人)) is
        # read after that name.
        return
    parts = []
    cut = start
    for piece in text[start:end].split(ENUMERATION_COMMA):
        parts.append((cut, cut + len(piece)))
        cut += len(piece) + len(ENUMERATION_COMMA)
    read = []
    for p_start, p_end in parts:
        p_end = p_start + len(text[p_start:p_end].rstrip(cues.ROLE_TRIM))
        title = cues.TITLE.search(text, p_start, p_end)
        if title is None or title.end() != p_end:
            if strict:
                return
            continue
        read.append((p_start, p_end, title.start()))
    if strict and len(read) != len(parts):
        return
    for p_start, p_end, t_start in read:
        role_start = _role_start(ctx, p_start, t_start, strict=strict)
        if role_start is None:
            if strict:
                return
            continue
        role = cues.ROLE_NUMBERING.sub("", text[role_start:p_end]).strip(cues.ROLE_TRIM)
        if len(role) > cues.ROLE_SPAN:
            role = text[t_start:p_end].strip(cues.ROLE_TRIM)
        led = _led(ctx, role_start, p_end, t_start)
        # X负责人 is said by leads alone, of a product (视频号负责人, as the seeds' gold reads
        # it), a unit (钉钉国际化团队负责人, 部门负责人), a company (壹窑茶业负责人) or one held
        # before (原阿里钉钉市场部负责人): docs/facts-format.md; the gold of eval/tune has no
        # 负责人 role in 118 articles.
        if cues.LEAD_MARKER.search(text, role_start, p_end) is None:
            yield ctx.fact(person.term, "role", role)
        if led is not None:
            yield ctx.fact(person.term, "leads", led)


def _role_start(ctx: Context, start: int, title: int, *, strict: bool) -> int | None:
    """Where a title begins: after the last word of the clause before it (是, 了, 以及 …) that
    is no part of a name, and after a filler (一个, 现任 …). None when a title set off after a
    name (``strict``) holds such a word: then it is a clause, not a title."""
    text = ctx.text
    names = [(ctx.at(m), ctx.end(m)) for m in ctx.mentions if start <= ctx.at(m) < title]
    begin = start
    for brk in cues.ROLE_BREAK.finditer(text, start, title):
        if any(a <= brk.start() < b for a, b in names):
            continue
        if strict:
            return None
        begin = brk.end()
    # A 的 phrase before the title describes the holder: the title starts after it
    # (在小米共事的谷歌前高管 → 谷歌前高管), or at the name 的 follows (曾空降TikTok的CEO →
    # TikTok的CEO, 腾讯投资的执行董事).
    of = text.rfind(cues.ROLE_OF, begin, title)
    if of >= 0 and not any(a <= of < b for a, b in names):
        owner = [a for a, b in names if a >= begin and cues.OWNER_GAP.fullmatch(text, b, of + 1)]
        begin = owner[-1] if owner else of + len(cues.ROLE_OF)
    filler = cues.ROLE_FILLER.match(text, begin, title)
    return filler.end() if filler else begin


def _led(ctx: Context, start: int, end: int, title: int) -> str | None:
    """What a title makes its holder lead: X of X负责人; the organisation or product right
    before a head's title (美团创始人); with none in the title, the organisation or product
    (no platform) the sentence names last before it (但拼多多上市当天，创始人黄峥), else the
    sentence's one organisation (董事长束从轩…老乡鸡), else its one product that is no platform
    (新任掌门人叶军给了钉钉…), else, when it names none, the one the article names first."""
    text = ctx.text
    inside = [m for m in ctx.mentions if start <= ctx.at(m) < title and ctx.kind(m) in _LED]
    marker = cues.LEAD_MARKER.search(text, start, end)
    if marker is not None:
        if inside:
            # Words between name what is headed, a unit kg does not know (钉钉硬件负责人,
            # 原阿里钉钉市场部负责人: 36kr-dingtalk-wuzhao-leaves): not the product before it.
            last = inside[-1]
            gap = text[ctx.end(last) : marker.start()]
            return last.term if cues.LEAD_GAP.match(gap) else None
    else:
        # Titles held together (董事会主席兼首席执行官) give leads when one is a head's: the first
        # or a later one (快手联合创始人兼CEO: docs/facts-format.md).
        held = [(cues.TITLE.search(text, a, b), b) for a, b in _joined_parts(text, start, end)]
        first = held[0][0]
        if first is None or not any(
            t is not None and cues.HEAD_TITLE.match(text, t.start(), b) for t, b in held
        ):
            return None
        if inside:
            last = inside[-1]
            gap = text[ctx.end(last) : first.start()]
            return last.term if cues.HEAD_GAP.match(gap) else None
    if (
        inside
        or start < (title if marker is None else marker.start())
        or cues.QUOTED_NAME.search(text, max(0, start - cues.ROLE_SPAN), start) is not None
    ):
        # Words before the title name what is headed, but kg does not know it (腾讯云与
        # 智慧产业事业群总裁, or a name in quotes: 据“外卖团购榜”负责人冯博介绍，…抖音本地生活…):
        # not the sentence's organisation. 部门负责人 names none.
        return None
    # A head's title alone: what the sentence named last before it (但拼多多上市当天，创始人
    # 黄峥; 快手联合创始人宿华持股12.65%，创始人程一笑持股…), else its one organisation, else its
    # one product.
    named = [
        m.term
        for m in ctx.mentions
        if ctx.end(m) <= start
        and (
            ctx.kind(m) == "Organization"
            and ctx.ontology.terms[m.term].cls in _HEADED_CLASSES
            or ctx.kind(m) == "Product"
            and not ctx.is_platform(m.term)
        )
    ]
    if named:
        return named[-1]
    # Not where the person worked before (创始人陈耿豪曾在联合利华和惠普有 3 年营销工作经验:
    # 36kr-leyaoyao-gongzhonghao-ads).
    organisations = {
        m.term
        for m in ctx.of_kind("Organization")
        if ctx.ontology.terms[m.term].cls in _HEADED_CLASSES
        and cues.WORKED_AT.search(text, max(0, ctx.at(m) - 2), ctx.at(m)) is None
    }
    if organisations:
        return organisations.pop() if len(organisations) == 1 else None
    products = {iri for _, iri in ctx.products() if not ctx.is_platform(iri)}
    if products:
        return products.pop() if len(products) == 1 else None
    # A sentence that names nothing: the organisation or product the article names first
    # (当时总裁马云展示了… in an article opening on 阿里巴巴: techcrunch-zh-alipay-smile-to-
    # pay-kfc), when that is one a head's title may point to: not a media outlet quoted as a
    # source (36氪获悉…), nor a platform.
    earliest = ctx.first_named
    if earliest is None or any(ctx.kind(m) in _LED for m in ctx.mentions):
        # (Not where the one it names was set aside: 创始人陈耿豪曾在联合利华…)
        return None
    term = ctx.ontology.terms[earliest]
    if term.kind == "Organization" and term.cls in _HEADED_CLASSES:
        return earliest
    return earliest if term.kind == "Product" and not ctx.is_platform(earliest) else None


def _joined_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between the joiners of titles held together (兼)."""
    parts = []
    while (joined := text.find(cues.TITLE_JOINER, start, end)) >= 0:
        parts.append((start, joined))
        start = joined + len(cues.TITLE_JOINER)
    parts.append((start, end))
    return parts


# ---------------------------------------------------------------- hand_over


@rule("hand_over", emits=("leads",), needs=("Person",))
def hand_over(ctx: Context) -> Iterator[Fact]:
    """Who is put in charge: 把X交给Y, Y负责X, 负责X的Y, X…由Y负责; whose it is: Y的X.

    And who founded it: Y创办的X, 创办了X的Y. (Not of a 他 standing for a person: 他负责X,
    他创办的X are not written in eval/tune, and 他的X is his account on X as often.)"""
    persons = ctx.of_kind("Person")
    if not persons:
        return
    text = ctx.text
    for m in ctx.mentions:
        if ctx.kind(m) not in _LED:
            continue
        at, end = ctx.at(m), ctx.end(m)
        if cues.HAND_OVER.search(text[max(0, at - 2) : at]):
            verb = cues.HAND_OVER_VERB.match(text[end:])
            if verb:
                after = end + verb.end()
                named = [p for p in persons if ctx.at(p) == after]
                if named:
                    yield ctx.fact(named[0].term, "leads", m.term)
                elif verb.group(1):
                    before = [p for p in persons if ctx.end(p) <= at]
                    if before:
                        yield ctx.fact(before[-1].term, "leads", m.term)
            continue
        for head in _in_charge(ctx, persons, m):
            yield ctx.fact(head.term, "leads", m.term)
    for person, nxt in zip(ctx.mentions, ctx.mentions[1:], strict=False):
        # 马云的阿里巴巴, 张小龙的微信: the person's own product or company.
        if (
            ctx.kind(person) == "Person"
            and ctx.kind(nxt) in _LED
            and cues.OWNER_GAP.fullmatch(text, ctx.end(person), ctx.at(nxt)) is not None
            and cues.OWNED_ACCOUNT.match(text, ctx.end(nxt)) is None
        ):
            yield ctx.fact(person.term, "leads", nxt.term)
    yield from _founded(ctx, persons)
    for person in persons:
        # X…由Y负责 at the end of a clause: the product named last before it. A title may
        # stand between 由 and the name (由阿里云智能总裁张建锋（行癫）直接管理: what 由 follows
        # is headed, not the title's 阿里云).
        at, end = ctx.at(person), ctx.end(person)
        by = _by(ctx, at)
        if by is not None and cues.BY_AFTER.match(text, end):
            led = [m for m in ctx.mentions if ctx.end(m) <= by and ctx.kind(m) in _LED]
            if led:
                yield ctx.fact(person.term, "leads", led[-1].term)


def _by(ctx: Context, at: int) -> int | None:
    """Where the 由 before the name at ``at`` starts, right before it or before its title
    (由阿里云智能总裁张建锋); None when there is none."""
    text = ctx.text
    by = cues.BY_BEFORE.search(text, max(0, at - 2), at)
    if by is not None:
        return by.start()
    start = _credit_start(ctx, at, max(0, at - cues.ROLE_SPAN))
    title = cues.TITLE.search(text, start, at)
    by = cues.BY_TITLE.match(text, start)
    if title is None or by is None or by.end() > title.start():
        return None
    return by.start(1)


def _founded(ctx: Context, persons: Sequence[Mention]) -> Iterator[Fact]:
    """Y创办的X, Y…曾创立X, 创办了X的Y: the founder leads what was founded. The founder is the
    person right after X and 的, else the person named last before the verb, with no
    organisation or product before the verb in its clause (腾讯创立的… is the company's)."""
    text = ctx.text
    for verb in cues.FOUNDED_VERB.finditer(text):
        founded = next(
            (
                m
                for m in ctx.mentions
                if ctx.kind(m) in _LED
                and ctx.at(m) >= verb.end()
                and cues.FOUNDED_GAP.fullmatch(text, verb.end(), ctx.at(m)) is not None
            ),
            None,
        )
        if founded is None:
            continue
        of = cues.OWNER_GAP.match(text, ctx.end(founded))
        after = [p for p in persons if of is not None and ctx.at(p) == of.end()]
        if after:
            yield ctx.fact(after[0].term, "leads", founded.term)
            continue
        before = [p for p in persons if ctx.end(p) <= verb.start()]
        if not before:
            continue
        clause_start, _ = clause_of(text, verb.start())
        since = max(clause_start, ctx.end(before[-1]))
        if not any(since <= ctx.at(m) < verb.start() and ctx.kind(m) in _LED for m in ctx.mentions):
            yield ctx.fact(before[-1].term, "leads", founded.term)


def _in_charge(ctx: Context, persons: Sequence[Mention], m: Mention) -> list[Mention]:
    """The persons in charge of ``m`` by Y负责X (the person right before the verb; Y从Z手中接过X:
    both) or 负责X的Y (the person right after it)."""
    text = ctx.text
    at, end = ctx.at(m), ctx.end(m)
    if cues.LEAD_OBJECT_END.match(text, end):
        heads = [
            p
            for p in persons
            if ctx.end(p) <= at and cues.LEAD_VERB.match(text[ctx.end(p) : at]) is not None
        ]
        if heads:
            return heads
    relative = cues.LEAD_RELATIVE.match(text, end)
    if relative is not None:
        # 全面负责腾讯游戏发行业务的马晓轶: the verb before the product, the person after 的.
        lead_in = text[max(0, at - 8) : at]
        if cues.LEAD_VERB_BEFORE.search(lead_in):
            return [p for p in persons if ctx.at(p) == relative.end()][:1]
    return []
