"""Customers: an organisation named as using a product.

A company named in a sentence with a product is not its customer by that alone (an investor,
a rival, the maker, a source quoted are named so too): each rule reads a shape that says so.
Customers are companies, public bodies and organisations kg suggest adds (kg:Company,
kg:PublicBody, kg:Organization), never media, groups or a maker's units, never the product's
maker (kg:madeBy, or a product named after it: 有赞 and 有赞CRM, 苹果 iOS, 谷歌 Play 商店) nor a
maker of the ontology's products (腾讯, of QQ too), never in a clause about
investing or rivalry, never in a sentence naming a source (本文来自…, 图源…).

- ``case_list``: organisations listed as cases or brands (通过索菲亚、五菱宏光…四个实际案例,
  包括GUCCI、兰蔻、李宁等12个品牌, 茶饮品牌（蜜雪冰城、CoCo、喜茶GO）), or after 包括 and
  closed by 等 (客户包括广州潮生活、同道大叔、新榜等内容创业者; not 服务商包括…) are customers of
  the product the list is about: the first named after it in the sentence, else the last
  before it in the list's clause (not one of the clause before: 第二梯队的…抖音，包括京东、
  拼多多等都…); the one before it whose noun the list's is too (阿里云上的龙头企业（碧桂园、…等）
  接受了钉钉的服务: both); after 客户包括, of the sentence's subject too, whose clients they
  are (乐摇摇…，客户包括…; 企业微信的客户包括A、B).
  Organisations listed in a product's ranking (抖音品牌排行榜中，苹果、鸭鸭和雅鹿…; 微信小程序
  TOP 10玩家分别为…; 快手上榜品牌中…如A、B，C等) or entering it (苹果同时出现在抖音、快手的
  畅销品牌榜单中) are its customers too; so are those said to be its clients (A和B等公司都是
  P的客户, or 这款应用的客户 after a sentence that names it), and those after 客户包括 or
  客户有 with no 等 (企业微信的客户包括A、B).
- ``uses``: a brand doing something with a product: ORG…通过/借助/接入/入驻/进入/部署…P in one
  clause, P the verb's object (right after it, or in a list right after it: not 基于在P…上的
  优势; not its own, of no known maker: 基于其 ChatGPT), 通过P，ORG… or 在P的协助下，ORG…
  across two, ORG…在P上直播/上线/发… (在P、Q开设…: every product of the list; 在其官方P发布…);
  ORG推出/上线 a product of a known maker, ending what is launched (Uber推出微信小程序; not
  Layabox推出小游戏流量共享平台, nor 京东推出了…小易, its own). A list of brands (A、B等公司
  已经接入P) does what its last does, unless each does its own (腾讯和阿里分别通过微信和手机淘宝…).
  Brands named before a product whose share of their traffic is given, in its clause or the
  one before (A、B，微信小程序带来的流量分别占比…; 来自“小程序”的流量占比).
- ``brand_account``: a brand's own account on a product: 老乡鸡公众号, 五菱宏光的企业微信群, a
  brand's app and its product (美团外卖APP与小程序, A、B及C APP及其关联小程序);
  not a company's own system or platform (谷歌的安卓系统, 百度小程序…等平台), nor A的P or AP of
  a product of no known maker unless an account on it is named (苹果的imessage, 新浪其他业务:
  its own; 草莓宇宙娃屋淘宝店铺: an account), nor names run together (阿里美团京东抖音).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import cast

from kg.lang import customers as cues
from kg.lang.punctuation import CLAUSE_BREAK
from kg.ontology import Ontology
from kg.records import Fact, Mention
from kg.rules.context import Context, clause_of
from kg.rules.registry import rule

__all__ = ["case_list", "uses", "brand_account"]

# The organisations that can be customers: kg:Unit (the maker's own department), kg:Media
# and kg:Group (a band) are only mentioned.
_CUSTOMER_CLASSES = frozenset({"Company", "PublicBody", "Organization"})
# How far a brand may stand before its verb (海王星辰2万名店员通过企业微信), and a verb of
# place after its product (在公众号和服务号上下了…).
_AGENT_SPAN = 24
_PLACE_SPAN = 12
# How far after a brand (or its list) 用 may stand: 茶百道、霸王茶姬、奈雪的茶等用飞书,
# 古茗等内部用钉钉.
_NEAR_SPAN = 5
# How far before a list its 包括 may stand (包括美团外卖、同程旅行、京喜、饿了么、百度网盘等).
_LEAD_SPAN = 40
# How far before 包括 the noun of what is listed may stand (服务商主要包括…).
_NOUN_SPAN = 8


def _customers(ctx: Context) -> list[Mention]:
    """The organisations of the sentence that can be customers; none in a source line
    (asked by each rule of customers: worked out once per sentence)."""
    found = cast(list[Mention] | None, ctx.memo.get("customers"))
    if found is None:
        found = ctx.memo["customers"] = _find_customers(ctx)
    return found


def _find_customers(ctx: Context) -> list[Mention]:
    organisations = ctx.of_kind("Organization")
    if not organisations or not ctx.products() or cues.SOURCE.search(ctx.text):
        return []
    makers = _makers(ctx.ontology)
    return [
        m
        for m in organisations
        if ctx.ontology.terms[m.term].cls in _CUSTOMER_CLASSES and m.term not in makers
    ]


# The makers of each ontology (by its fingerprint): computed once, not per sentence.
_MAKERS: dict[str, frozenset[str]] = {}


def _makers(ontology: Ontology) -> frozenset[str]:
    """The organisations that make products of the ontology (kg:madeBy: 腾讯). A platform's
    maker names its products, new ones too (腾讯…利用好微信、QQ这两大…产品, 腾讯QQ小程序,
    with QQ a term kg suggest adds, no kg:madeBy): it is no customer of a product."""
    found = _MAKERS.get(ontology.fingerprint)
    if found is None:
        found = frozenset(org for term in ontology.of_kind("Product") for org in term.made_by)
        _MAKERS[ontology.fingerprint] = found
    return found


def _made_by(ctx: Context, org: str, product: str) -> bool:
    """Whether the organisation makes the product: kg:madeBy, or the product is named after
    it (有赞 and 有赞CRM, 腾讯 and 腾讯会议), which a term kg suggest adds shows alone."""
    made = ctx.ontology.terms[product]
    if org in made.made_by:
        return True
    names = ctx.ontology.terms[org].labels
    return any(label.casefold().startswith(n.casefold()) for label in made.labels for n in names)


def _no_use(ctx: Context, at: int) -> bool:
    """Whether the clause at ``at`` speaks of investing or rivalry (该轮融资由腾讯领投…)."""
    start, end = clause_of(ctx.text, at)
    return cues.NOT_USE.search(ctx.text, start, end) is not None


def _customer(ctx: Context, org: Mention, product: str) -> Iterator[Fact]:
    if (
        org.term != product
        and not _made_by(ctx, org.term, product)
        and (org.term, product) not in _named_makers(ctx)
    ):
        yield ctx.fact(org.term, "customer", product)


def _named_makers(ctx: Context) -> frozenset[tuple[str, str]]:
    """(company, product) of each product the sentence names after its maker, in Latin letters
    right after the company's name (苹果 iOS, 谷歌 Play 商店): the product is of no known maker
    (kg:madeBy), or a product named so (老乡鸡公众号, 腾讯's) would be an account on it. Worked
    out once per sentence, for every rule of customers."""
    found = cast(frozenset[tuple[str, str]] | None, ctx.memo.get("named makers"))
    if found is None:
        pairs = set()
        for org in ctx.of_kind("Organization"):
            end = ctx.end(org)
            for m in ctx.of_kind("Product"):
                at = ctx.at(m)
                if (
                    at >= end
                    and cues.MAKER_NAMED.fullmatch(ctx.text, end, at + 1) is not None
                    and not ctx.ontology.terms[m.term].made_by
                ):
                    pairs.add((org.term, m.term))
        found = ctx.memo["named makers"] = frozenset(pairs)
    return found


# ---------------------------------------------------------------- case_list


@rule("case_list", emits=("customer",), needs=("Organization",))
def case_list(ctx: Context) -> Iterator[Fact]:
    """Organisations listed as cases or brands (A、B、C等品牌/案例) use the product named."""
    orgs = _customers(ctx)
    if not orgs:
        return
    text = ctx.text
    for run in _runs(ctx, orgs):
        first, last = run[0], run[-1]
        tail = cues.CASE_TAIL.match(text, ctx.end(last))
        if tail is None and len(run) > 1:
            tail = cues.CASE_NOUN_NEXT.match(text, ctx.end(last))
        if tail is None:
            tail = _included(ctx, first, last)
        if tail is not None:
            after = tail.end()
        elif (
            cues.CASE_HEAD.search(text, 0, ctx.at(first)) is not None
            or _clients_lead(ctx, ctx.at(first)) is not None
        ):
            after = ctx.end(last)
        else:
            continue
        if _no_use(ctx, ctx.at(first)):
            continue
        # The product named after the list; after 客户包括 the one whose clients they are,
        # before it; before the list in its clause, the one its noun is of (阿里云上的龙头企业
        # （A、B等）), and the one there when none is named after it. Not a product of the
        # clause before (第二梯队的快手直播和抖音，包括京东、拼多多、小红书等都利用起了…: rivals
        # listed, not 抖音's users).
        product = _product_after(ctx, after)
        provider = _provider(ctx, ctx.at(first))
        owner, tied = _product_before(ctx, ctx.at(first))
        if product is None and provider is None:
            product = owner
        for used in dict.fromkeys(p for p in (product, provider, tied) if p is not None):
            for org in run:
                yield from _customer(ctx, org, used)
    yield from _ranked(ctx, orgs)
    yield from _clients_of(ctx, orgs)


def _clients_lead(ctx: Context, at: int) -> re.Match[str] | None:
    """客户包括A、B / 客户有A、B: the 客户包括 of the list at ``at`` (names kg does not know may
    stand between), which makes it a list of clients with no 等 after it; or None."""
    start, _ = clause_of(ctx.text, at)
    found = None
    for m in cues.CLIENTS_INCLUDE.finditer(ctx.text, max(start, at - _LEAD_SPAN), at):
        found = m
    if found is None or not cues.CASE_LEAD.fullmatch(ctx.text, found.end(), at):
        return None
    return found


def _clients_of(ctx: Context, orgs: Sequence[Mention]) -> Iterator[Fact]:
    """A、B等公司都是P的客户 (or 这款应用的客户, the product of the sentence before): the
    organisations listed are the product's clients."""
    text = ctx.text
    for run in _runs(ctx, orgs):
        lead = cues.CLIENT_OF.match(text, ctx.end(run[-1]))
        if lead is None or _no_use(ctx, ctx.at(run[0])):
            continue
        named = next((m for m in ctx.of_kind("Product") if ctx.at(m) >= lead.end()), None)
        if named is not None and cues.USE_GAP.fullmatch(text, lead.end(), ctx.at(named)):
            product, end = named.term, ctx.end(named)
        else:
            anaphor = cues.CLIENT_ANAPHOR.match(text, lead.end())
            if anaphor is None or ctx.named is None or ctx.ontology.kind(ctx.named) != "Product":
                continue
            product, end = ctx.named, anaphor.end()
        if cues.CLIENT_NOUN.match(text, end) is None:
            continue
        for org in run:
            yield from _customer(ctx, org, product)


def _ranked(ctx: Context, orgs: Sequence[Mention]) -> Iterator[Fact]:
    """抖音品牌排行榜中，苹果、鸭鸭和雅鹿位列总榜前三: the organisations listed in a product's
    ranking, up to the end of the list's clause, use the product."""
    text = ctx.text
    for m in ctx.of_kind("Product"):
        rank = cues.RANKING.match(text, ctx.end(m)) or cues.RANK_ENTRY.match(text, ctx.end(m))
        if rank is None or text.startswith(cues.CASE_INCLUDES, rank.end()):
            continue
        end = _list_end(text, rank.end())
        for org in orgs:
            if rank.end() <= ctx.at(org) < end and not _no_use(ctx, ctx.at(org)):
                yield from _customer(ctx, org, m.term)
    for run in _runs(ctx, orgs):
        entered = cues.RANKED_IN.match(text, ctx.end(run[-1]))
        if entered is None or _no_use(ctx, ctx.at(run[0])):
            continue
        # The products listed right after the verb, then its ranking (抖音、快手的畅销品牌榜单).
        listed: list[Mention] = []
        at = entered.end()
        for m in ctx.of_kind("Product"):
            if ctx.at(m) < at:
                continue
            gap = cues.LIST_JOIN if listed else cues.RANK_GAP
            if gap.fullmatch(text, at, ctx.at(m)) is None:
                break
            listed.append(m)
            at = ctx.end(m)
        if listed and cues.RANKED_LIST_END.match(text, at) is not None:
            for m in listed:
                for org in run:
                    yield from _customer(ctx, org, m.term)


def _list_end(text: str, at: int) -> int:
    """Where the list of a ranking that starts at ``at`` ends: its clause, or past commas up
    to the sentence's next full stop when it gives examples (…品牌，如A、B，C等)."""
    full = cues.LIST_STOP.search(text, at)
    full_end = full.start() if full else len(text)
    if cues.EXAMPLES.search(text, at, full_end) is not None:
        return full_end
    stop = CLAUSE_BREAK.search(text, at)
    return stop.start() if stop else len(text)


def _provider(ctx: Context, at: int) -> str | None:
    """客户包括A、B…: the product whose clients the list at ``at`` names, the first of the
    sentence before 客户包括, its subject (目前乐摇摇已经合作的公众号超过 100 个，客户包括…; the
    list may go on past a comma: …新榜等内容创业者，以及碧桂园、蜜芽等品牌公众号)."""
    clients = cues.CLIENTS_INCLUDE.search(ctx.text, max(0, at - _LEAD_SPAN), at)
    if clients is None:
        return None
    before = [iri for offset, iri in ctx.products() if offset < clients.start()]
    own = [iri for iri in before if not ctx.is_platform(iri)]
    found = own or before
    return found[0] if found else None


def _included(ctx: Context, first: Mention, last: Mention) -> re.Match[str] | None:
    """包括A、B、C等: the run after 包括 in its clause (names kg does not know as organisations
    may stand between) and 等 after it, not a list of providers, backers or rivals; the match
    of its 等, or None."""
    text = ctx.text
    at = ctx.at(first)
    start, _ = clause_of(text, at)
    head = text.rfind(cues.CASE_INCLUDES, max(start, at - _LEAD_SPAN), at)
    if head < 0 or not cues.CASE_LEAD.fullmatch(text, head + len(cues.CASE_INCLUDES), at):
        return None
    etc = cues.CASE_ETC.match(text, ctx.end(last))
    if (
        etc is None
        or cues.NOT_CASE_BEFORE.search(text, max(start, head - _NOUN_SPAN), head) is not None
        or cues.NOT_CASE_AFTER.match(text, etc.end()) is not None
    ):
        return None
    return etc


def _runs(ctx: Context, names: Sequence[Mention]) -> Iterator[list[Mention]]:
    """The names (organisations, products) listed together (A、B和C), as runs in sentence
    order; none for no names."""
    if not names:
        return
    run = [names[0]]
    for prev, m in zip(names, names[1:], strict=False):
        if cues.LIST_JOIN.fullmatch(ctx.text, ctx.end(prev), ctx.at(m)):
            run.append(m)
        else:
            yield run
            run = [m]
    yield run


def _product_after(ctx: Context, at: int) -> str | None:
    """The first product named after ``at``; a platform (微信) only when no other is."""
    turn = cues.LIST_TURN.search(ctx.text, at)
    end = turn.start() if turn else len(ctx.text)
    after = [iri for offset, iri in ctx.products() if at <= offset < end]
    own = [iri for iri in after if not ctx.is_platform(iri)]
    found = own or after
    return found[0] if found else None


def _product_before(ctx: Context, at: int) -> tuple[str | None, str | None]:
    """The product named last before the list at ``at`` in the list's own clause, not one of
    the clause before (第二梯队的快手直播和抖音，包括京东、拼多多…: rivals listed) nor the maker's
    own (旗下的A、B等品牌); and that product again when the list's noun is its (阿里云上的龙头企业
    （碧桂园、牧原集团、东方日升等）, 入驻视频号的品牌包括A、B), else None."""
    start, _ = clause_of(ctx.text, at)
    before = [(offset, iri) for offset, iri in ctx.products() if start <= offset < at]
    if not before or cues.MAKER_GAP.search(ctx.text, before[-1][0], at) is not None:
        return None, None
    own = [(offset, iri) for offset, iri in before if not ctx.is_platform(iri)]
    offset, iri = (own or before)[-1]
    tie = cues.OWNER_TIE.fullmatch(ctx.text, _end_at(ctx, offset), at)
    return iri, iri if tie is not None else None


# ---------------------------------------------------------------- uses


@rule("uses", emits=("customer",), needs=("Organization",))
def uses(ctx: Context) -> Iterator[Fact]:
    """A brand doing something with a product: ORG通过/入驻/进入P, 通过P，ORG…, ORG在P上直播."""
    orgs = _customers(ctx)
    if not orgs:
        return
    text = ctx.text
    products = ctx.products()
    for run in _runs(ctx, orgs):
        # A list of brands (小米、李宁等公司已经接入…, A、B都在使用…) does what its last does.
        end = ctx.end(run[-1])
        if _no_use(ctx, ctx.at(run[0])):
            continue
        _, clause_end = clause_of(text, end)
        # The brand's verb: within reach, before another organisation of the clause.
        others = [ctx.at(m) for m in orgs if end <= ctx.at(m) < clause_end]
        reach = min([end + _AGENT_SPAN, clause_end, *others])
        verbs = list(cues.USE_VERB.finditer(text, end, reach))
        near = not verbs
        if near:
            verbs = list(cues.USE_NEAR_VERB.finditer(text, end, min(end + _NEAR_SPAN, reach)))
        if verbs and cues.SERVES.search(text, end, verbs[0].start()):
            verbs = []
        if verbs and cues.RESPECTIVELY.search(text, end, verbs[0].start()):
            continue
        for offset, product in products:
            if not end < offset < clause_end or (others and offset > others[0]):
                continue
            if cues.MAKER_GAP.search(text, end, offset) is not None:
                continue
            if verbs and offset >= verbs[0].end():
                if cues.OTHER_PARTY.search(text, verbs[0].end(), offset):
                    continue
                # The verb's object: the product right after it, or in a list right after
                # it (通过朋友圈广告和视频号), not one named further on (Layabox基于在QQ轻
                # 游戏…上的优势), unless it is the place of the brand's act (通过直播在P上…).
                used = any(
                    offset >= v.end()
                    and cues.USE_OBJECT.fullmatch(text, v.end(), offset) is not None
                    and not _own(ctx, v.end(), offset, product)
                    for v in verbs
                ) and (not near or cues.CLAUSE_ENDS.match(text, _end_at(ctx, offset)) is not None)
            else:
                used = False
            if used or (offset <= reach and _placed(ctx, offset, clause_end)):
                for org in run:
                    yield from _customer(ctx, org, product)
    yield from _launched(ctx, orgs)
    yield from _opened(ctx, orgs)
    yield from _helped(ctx, orgs)
    yield from _carried(ctx, orgs)
    yield from _traffic(ctx, orgs)


def _own(ctx: Context, start: int, at: int, product: str) -> bool:
    """Whether the verb's object at ``at`` is called the brand's own (基于其, 通过自有的) and is
    of no known maker (kg:madeBy) with no account on it named: then it is the brand's own
    product (OpenAI 正开发一款基于其 ChatGPT…的产品), not one it uses; on another maker's
    product, or with its account named (通过其抖音账号), it is the brand's account there
    (通过自有的公众号粉丝量), as :func:`brand_account` reads 苹果的imessage and 老乡鸡公众号."""
    gap = ctx.text[start:at]
    return (
        cues.OWN_WORD.search(gap) is not None
        and not ctx.ontology.terms[product].made_by
        and not _account_named(ctx, gap, at)
    )


def _launched(ctx: Context, orgs: Sequence[Mention]) -> Iterator[Fact]:
    """Uber 正式推出官方微信小程序 / 网龙重磅推出这个…微信小游戏《决战巨神峰》: a brand launching
    its own mini program, game or account on a product of a known maker (kg:madeBy) uses that
    product, when the product ends what is launched (not 推出小游戏流量共享平台, 推出了…微信聊天服务
    短片); what it launches of no known maker is its own (京东推出了智慧办公平台小易)."""
    text = ctx.text
    for org in orgs:
        end = ctx.end(org)
        _, clause_end = clause_of(text, end)
        stop = min([clause_end, *(ctx.at(m) for m in orgs if end <= ctx.at(m) < clause_end)])
        verb = cues.LAUNCH_VERB.search(text, end, min(end + _AGENT_SPAN, stop))
        if verb is None or _no_use(ctx, end) or cues.SERVES.search(text, end, verb.start()):
            continue
        for m in ctx.of_kind("Product"):
            if (
                verb.end() <= ctx.at(m) < stop
                and ctx.ontology.terms[m.term].made_by
                and cues.LAUNCHED_END.match(text, ctx.end(m)) is not None
                and cues.MAKER_GAP.search(text, end, ctx.at(m)) is None
            ):
                yield from _customer(ctx, org, m.term)


def _placed(ctx: Context, at: int, clause_end: int) -> bool:
    """在P上直播: the product right after 在, a verb of the brand's act soon after it. A list
    of products after 在 is read whole (在抖音、快手开设…: both), as 入驻了抖音和快手 is."""
    text = ctx.text
    start, end = at, at
    listed = ctx.of_kind("Product")
    run = next((r for r in _runs(ctx, listed) if any(ctx.at(m) == at for m in r)), None)
    if run is not None:
        start, end = ctx.at(run[0]), ctx.end(run[-1])
    if not cues.PLACE_BEFORE.search(text, 0, start):
        return False
    return cues.PLACE_VERB.search(text, at, min(clause_end, end + _PLACE_SPAN)) is not None


def _opened(ctx: Context, orgs: Sequence[Mention]) -> Iterator[Fact]:
    """通过企业微信，索菲亚… / 此外使用企业微信，大疆农业…: the clause that opens with the verb
    and its product, the brand opening the next clause."""
    text = ctx.text
    starts = [0] + [brk.end() for brk in CLAUSE_BREAK.finditer(text)]
    for start, nxt in zip(starts, starts[1:], strict=False):
        opener = cues.USE_OPENER.match(text, start)
        if opener is None:
            continue
        used = [
            iri
            for offset, iri in ctx.products()
            if opener.end() <= offset < nxt
            and cues.USE_GAP.fullmatch(text, opener.end(), offset) is not None
        ]
        if not used:
            continue
        brand = _next_clause_brand(ctx, orgs, nxt)
        if brand is not None:
            for product in used:
                yield from _customer(ctx, brand, product)


def _next_clause_brand(ctx: Context, orgs: Sequence[Mention], nxt: int) -> Mention | None:
    """The brand that opens the clause starting at ``nxt`` (after its lead-in words), when
    that clause does not say it does not use the product."""
    brand = next((m for m in orgs if ctx.at(m) >= nxt), None)
    if brand is None or not cues.CLAUSE_LEAD_IN.fullmatch(ctx.text, nxt, ctx.at(brand)):
        return None
    return None if _no_use(ctx, ctx.at(brand)) else brand


def _helped(ctx: Context, orgs: Sequence[Mention]) -> Iterator[Fact]:
    """在腾讯广告和群邑的协助下，智己汽车…: a clause that says the products named in it help,
    the brand opening the next clause."""
    text = ctx.text
    breaks = list(CLAUSE_BREAK.finditer(text))
    starts = [0] + [brk.end() for brk in breaks]
    stops = [brk.start() for brk in breaks]
    for start, stop, nxt in zip(starts, stops, starts[1:], strict=False):
        opener = cues.HELP_OPENER.match(text, start, stop)
        if opener is None:
            continue
        tail = cues.HELP_TAIL.search(text, opener.end(), stop)
        if tail is None:
            continue
        used = [iri for offset, iri in ctx.products() if opener.end() <= offset < tail.start()]
        if not used:
            continue
        first = min(offset for offset, _ in ctx.products() if offset >= opener.end())
        if cues.USE_GAP.fullmatch(text, opener.end(), first) is None:
            continue
        brand = _next_clause_brand(ctx, orgs, nxt)
        if brand is not None:
            for product in used:
                yield from _customer(ctx, brand, product)


def _carried(ctx: Context, orgs: Sequence[Mention]) -> Iterator[Fact]:
    """字节跳动公司开始寻求…，先后试用过Skype、微信…: a clause that opens with the verb and names
    no brand is the act of the brand that opened the clause before it."""
    text = ctx.text
    starts = [0] + [brk.end() for brk in CLAUSE_BREAK.finditer(text)]
    ends = [*starts[1:], len(text)]
    for k in range(1, len(starts)):
        verb = cues.CARRIED_VERB.match(text, starts[k])
        if verb is None or any(starts[k] <= ctx.at(m) < ends[k] for m in orgs):
            continue
        brand = next((m for m in orgs if starts[k - 1] <= ctx.at(m) < ends[k - 1]), None)
        if brand is None or not cues.CLAUSE_LEAD_IN.fullmatch(text, starts[k - 1], ctx.at(brand)):
            continue
        if _no_use(ctx, ctx.at(brand)) or _no_use(ctx, verb.end()):
            continue
        for offset, product in ctx.products():
            if (
                verb.end() <= offset < ends[k]
                and cues.USE_OBJECT.fullmatch(text, verb.end(), offset) is not None
            ):
                yield from _customer(ctx, brand, product)


def _traffic(ctx: Context, orgs: Sequence[Mention]) -> Iterator[Fact]:
    """美团、美团优选、橙心优选，微信小程序带来的流量分别占比… / 来自“小程序”的流量占比: the
    brands named before a product whose share of their traffic is given, in its clause or the
    one before it, get their users through it; not a company glued to it (阿里小程序)."""
    text = ctx.text
    for m in ctx.of_kind("Product"):
        if cues.TRAFFIC_SHARE.match(text, ctx.end(m)) is None:
            continue
        start, _ = clause_of(text, ctx.at(m))
        if start > 0:
            start, _ = clause_of(text, start - 1)
        for org in orgs:
            # Not a company glued to the product, which names its maker (淘特的阿里小程序).
            if (
                start <= ctx.at(org)
                and ctx.end(org) < ctx.at(m)
                and not _no_use(ctx, ctx.at(org))
                and cues.MAKER_GAP.search(text, ctx.end(org), ctx.at(m)) is None
            ):
                yield from _customer(ctx, org, m.term)


# ---------------------------------------------------------------- brand_account


@rule("brand_account", emits=("customer",), needs=("Organization",))
def brand_account(ctx: Context) -> Iterator[Fact]:
    """A brand's own account on a product: 老乡鸡公众号, 五菱宏光的企业微信群, 朗姿的视频号; a
    brand's app and its product: 美团外卖APP与小程序. Not in a person's title (阿里钉钉CEO)."""
    orgs = _customers(ctx)
    if not orgs:
        return
    text = ctx.text
    for run in _runs(ctx, orgs):
        end = ctx.end(run[-1])
        for offset, product in ctx.products():
            if offset < end:
                continue
            gap = cues.ACCOUNT_GAP.fullmatch(text, end, offset)
            if gap is not None:
                if not ctx.ontology.terms[product].made_by and not _account_named(
                    ctx, gap.group(), offset
                ):
                    # A的P or AP of a product of no known maker names the company's own (苹果的
                    # imessage, 旷视科技的 Face++, 新浪其他业务, 阿里钉钉), unless the brand's
                    # account on it is named (草莓宇宙娃屋淘宝店铺); on another maker's product
                    # it is an account (朗姿的视频号, 老乡鸡公众号).
                    break
                if not gap.group().strip() and _glued(ctx, run[-1]):
                    # 阿里美团京东抖音快手都在激战: names run together are a list, not a brand
                    # and its account.
                    break
                owners = run[-1:]
            elif cues.APP_AND.fullmatch(text, end, offset) is not None:
                # 同程旅行、携程旅行及去哪儿旅行APP及其关联小程序: every brand of the list.
                owners = run
            else:
                break
            if (
                not _no_use(ctx, end)
                and not _own_platform(ctx, offset)
                and cues.IN_TITLE.match(text, offset) is None
            ):
                for org in owners:
                    yield from _customer(ctx, org, product)
            break


def _account_named(ctx: Context, gap: str, at: int) -> bool:
    """Whether a brand's account on the product named at ``at`` is named: an account noun
    right after the product (淘宝店铺, 抖音账号, 快手直播间) or in the gap before it (官方)."""
    return (
        cues.ACCOUNT_WORD.search(gap) is not None
        or cues.ACCOUNT_NOUN.match(ctx.text, _end_at(ctx, at)) is not None
    )


def _end_at(ctx: Context, at: int) -> int:
    """Where the name at ``at`` ends (a product's, or the capability's it is named inside)."""
    return max((ctx.end(m) for m in ctx.mentions if ctx.at(m) == at), default=at)


def _glued(ctx: Context, org: Mention) -> bool:
    """Whether another organisation or product ends right where the organisation starts."""
    return any(
        m.end == org.start for kind in ("Organization", "Product") for m in ctx.of_kind(kind)
    )


def _own_platform(ctx: Context, at: int) -> bool:
    """Whether the clause calls the product at ``at`` a system or platform: the company's own
    (谷歌的安卓系统, 百度小程序、支付宝小程序…等平台), not an account on another's."""
    _, end = clause_of(ctx.text, at)
    return cues.OWN_PLATFORM.search(ctx.text, at, end) is not None
