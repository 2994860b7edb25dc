"""Products and capabilities: offers, involves and integrates.

Most articles are not laid out one product a section, so the clause decides who offers what
(README "The relation rules"):

- ``capability``: each capability named in a sentence is offered by, first, the product
  that owns it in the text (飞书的“稍后处理”; 在小程序里…点餐), then the section's product when
  the article is laid out one product a section (headings 「视频号：…」), then the subject of
  its clause (carried over the clauses that name none: 企业微信可以连接小程序，添加微信用户…;
  not an edition such as 安卓版, a product named to compare (相比…, 类似抖音, 模仿Zoom, 与B…
  基本一致), one bought (收购Instagram) nor one that qualifies the people who act (公众号主);
  where it is the platform, the one product of the platform's own that the sentence names
  outside a list: 微信…上线了“带货邀约”…，扶持视频号…;
  where a company is the clause's subject, the company for what it launches right after 推出 or
  上线 (拼多多…推出“百亿补贴”, 滴滴推出…花小猪打车: its app's), none for anything else, unless it
  makes the product; no other product offers it),
  then, for a list of features, the first product after it, unless a verb governs it
  (通过图生图、商品背景合成等功能，腾讯广告妙思就能…; not 扫码点餐、关注公众号), then the
  product its name starts with (for the platform's name, the article's product where that is the
  platform's own: 微信关系链分享 in an article about 小游戏), and, in a sentence naming no
  product, the article's product for features it announces (新增…、…; 支持…; a line of
  features alone). Features listed after an announcement verb share its subject
  (微信提供语音、朋友圈、小程序等功能), and a product in such a list is offered too
  (微信推出了视频号), not one that only qualifies what is launched (新增了企业微信的联动
  玩法) nor one published to (一键发布为小游戏). A capability with a kg:featureOf product
  (a common word such as 直播) is offered by that product only; one written as a bare common
  word (游戏, 搜索), also in a product's own section, or a medium (短视频) or naming a field
  (短视频领域) by none, nor is one the clause says the product lacks (还未上线…, 暂不支持,
  没有分享按钮, 始终未推出), only wishes, plans or supposes (可能, 计划对…, 希望, 哪怕) or names
  as a likeness (类似淘口令的邀请链接), nor one of a list of places or partners (在公众号、朋友圈
  等多个场景内流转, 视频号和公众号、朋友圈等组合), nor 直播间, a place.
  It involves a product named inside its own name where the name says it leads there
  (公众号文章链接, 企业微信名片, 添加企业微信 → 企业微信; not a part of that product: QQ群, 微信游戏
  中心; nor a product of the platform's maker in the platform's: 微信朋友圈广告), one it jumps
  to (朋友圈广告可以直跳淘宝),
  the partner of its product (A 与 B…互通, A + B) and, in a product's section, the other
  products of its sentence not listed with it; there (only) its product integrates those.
- ``plus``: 视频号 + 微信支付.
- ``joined``: A和B(、C…)…联动/融合/互通/打通/跳转/集成/整合 (与A和B的集成: A and B are both
  partners, neither integrates the other).
- ``linked``: A 接入/打通/直跳/内置/集成/挂了 B (B a product, or a feature listed with products:
  挂了视频号主页、小程序的下单链接), A 支持 B (one product, not a list of features), A将B、C…集成
  (the objects before the verb); products listed and then 打通 link one to the next, not those
  listed before a verb whose object is a feature (飞书、钉钉都是集成IM通讯…的平台); with no
  subject, the product it happens in (在LayaAirIDE里也集成了玩一玩); not where the clause negates
  the verb (不再内嵌到); A在P上线/首发 and 在P中推出了A (a product launched on a platform).
- ``scenes``: 在A、B等场景: the section's product works in A and B (laid-out articles only).

``joined`` and ``linked`` keep the text's direction, also for a verb that links both ways (打通,
互通, 联动), as the seeds' gold does (小程序和微信搜一搜的联动: 小程序 integrates 搜一搜), and
link no product named only as a platform's whole ecosystem or its parts (连接微信生态中的各个场景,
与整个微信生态系统相连接; 加深与微信生态的互联互通 still links 微信).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import cast

from kg.lang import products as cues
from kg.lang.punctuation import CLAUSE_BREAK, CLOSE_PARENS, OPEN_PARENS
from kg.records import Fact, Mention
from kg.rules.context import Context, in_parens
from kg.rules.registry import rule

__all__ = ["capability", "plus", "joined", "linked", "scenes"]

#: The classes of organisation that act for themselves in a clause (滴滴推出…).
AGENT_CLASSES = frozenset({"Company", "PublicBody"})


class _Reading:
    """What the product rules read of one sentence: its products and capabilities in order,
    its clauses, and which of them are listed together. Built once per sentence, for all
    the product rules (:func:`_reading`)."""

    __slots__ = (
        "ctx",
        "text",
        "items",
        "products",
        "agents",
        "clauses",
        "run",
        "_carried",
        "_hedges",
        "_compared",
    )

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.text
        #: The products and capabilities named (not those nested in a name), in order.
        self.items: list[Mention] = [
            m for m in ctx.mentions if ctx.kind(m) in ("Product", "Capability")
        ]
        self.products: list[Mention] = [m for m in self.items if ctx.kind(m) == "Product"]
        #: The companies and public bodies named, which may act in a clause (拼多多推出…).
        self.agents: list[Mention] = [m for m in ctx.of_kind("Organization") if _agent(ctx, m.term)]
        starts = [0] + [brk.end() for brk in CLAUSE_BREAK.finditer(self.text)]
        #: (start, end) of each clause.
        self.clauses = list(zip(starts, [*starts[1:], len(self.text) + 1], strict=True))
        #: The index of the first item of the list each item belongs to (its own if none).
        self.run: list[int] = []
        for i, m in enumerate(self.items):
            gap = self.text[ctx.end(self.items[i - 1]) : ctx.at(m)] if i else ""
            # A product right before a capability names its owner (微信朋友圈广告), no item.
            owned = not gap.strip() and self.products and self.items[i - 1] in self.products
            # Two names with nothing between are one compound (微信朋友圈广告), no list.
            if i and not owned and gap and cues.LIST_GAP.match(gap):
                self.run.append(self.run[i - 1])
            else:
                self.run.append(i)
        #: The subject carried into each clause from those before it, by ``hosts``: each
        #: clause is read once, however many capabilities and verbs ask.
        self._carried: dict[bool, list[tuple[str, ...]]] = {}
        #: Where the sentence's wishes and plans start (可能, 计划对…), by ``hedged``.
        self._hedges: list[int] | None = None
        #: The products named to compare with, by ``compared_terms``.
        self._compared: frozenset[str] | None = None

    def members(self, head: int) -> list[Mention]:
        """The items of the list that starts at item ``head``."""
        return [m for i, m in enumerate(self.items) if self.run[i] == head]

    def clause(self, at: int) -> tuple[int, int]:
        """The (start, end) of the clause holding offset ``at``."""
        for start, end in self.clauses:
            if start <= at < end:
                return start, end
        return self.clauses[-1]

    def group(self, first: Mention, limit: int) -> tuple[str, ...]:
        """A product and those coordinated with it before ``limit`` (飞书、企业微信、钉钉都…)."""
        ctx = self.ctx
        out = [first.term]
        end = ctx.end(first)
        for m in self.products:
            if ctx.at(m) < end:
                continue
            if ctx.at(m) >= limit or not cues.COORDINATION.match(self.text[end : ctx.at(m)]):
                break
            if self.edition(m):  # 微信 iOS 版本
                break
            if m.term not in out:
                out.append(m.term)
            end = ctx.end(m)
        return tuple(out)

    def hosted(self, m: Mention) -> bool:
        """Whether a product is written 在X里/中/上: the place the clause happens in."""
        ctx = self.ctx
        return bool(
            cues.HOST_BEFORE.search(self.text, 0, ctx.at(m))
            and cues.HOST_AFTER.match(self.text, ctx.end(m))
        )

    def edition(self, m: Mention) -> bool:
        """Whether a product names the edition of another (安卓版, iOS 版本, 安卓端的小游戏,
        Android系统下): a qualifier, not the subject of its clause."""
        return cues.EDITION_AFTER.match(self.text, self.ctx.end(m)) is not None

    def modifier(self, m: Mention) -> bool:
        """Whether a product qualifies the people the clause speaks of (公众号主, 安卓用户,
        公众号粉丝): they, not the product, act in it."""
        return cues.MODIFIER_AFTER.match(self.text, self.ctx.end(m)) is not None

    def negated(self, m: Mention) -> bool:
        """Whether the clause says its product lacks the capability ``m`` (还未上线…功能,
        没有让用户设置…, 没有分享按钮, 暂不支持, 还欠缺相应功能)."""
        ctx = self.ctx
        start, stop = self.clause(ctx.at(m))
        return bool(
            cues.NEGATED_BEFORE.search(self.text, start, ctx.at(m))
            or cues.LACKED_BEFORE.search(self.text, start, ctx.at(m))
            or cues.NEGATED_AFTER.search(self.text, ctx.end(m), stop)
        )

    def hedged(self, m: Mention) -> bool:
        """Whether the clause only wishes, plans or supposes the capability ``m`` (企业微信可能在
        微信红包里申请…红包皮肤, 微信计划对…信息流广告进行测试, 哪怕微信把…加入), or names it as
        a likeness (类似淘口令的邀请链接, 主界面类似朋友圈): no product offers it."""
        ctx = self.ctx
        hedges = self._hedges
        if hedges is None:  # the sentence's hedges, found once: most sentences have none
            hedges = self._hedges = [
                h.start()
                for h in cues.HEDGED_BEFORE.finditer(self.text)
                if not _inside(ctx, h.start())
            ]
        at = ctx.at(m)
        start, _ = self.clause(at)
        if any(start <= h < at for h in hedges):
            return True
        return cues.LIKENED_BEFORE.search(self.text, start, at) is not None

    def governed(self, m: Mention) -> bool:
        """Whether a verb or preposition of its clause governs a product (进入小程序, 关注公众号,
        在淘宝发布, 、腾讯云): it is what the clause speaks to, not its subject."""
        start, _ = self.clause(self.ctx.at(m))
        return cues.NOT_SUBJECT.search(self.text, start, self.ctx.at(m)) is not None

    def first_item(self, at: int) -> Mention | None:
        """The first product or capability named at ``at`` or after it."""
        return next((m for m in self.items if self.ctx.at(m) >= at), None)

    def compared(self, m: Mention) -> bool:
        """Whether a product is named to compare with (类似抖音, 与钉钉相比, 不同于钉钉, 与《球球
        飞车》类似, 跟QQ是极其不一样)."""
        ctx = self.ctx
        return bool(
            cues.COMPARED_BEFORE.search(self.text, 0, ctx.at(m))
            or cues.COMPARED_AFTER.match(self.text, ctx.end(m))
            or (
                cues.COMPARED_WITH.search(self.text, 0, ctx.at(m)) is not None
                and cues.COMPARED_LATER.match(self.text, ctx.end(m)) is not None
            )
        )

    def compared_terms(self) -> frozenset[str]:
        """The products the sentence names to compare with (:meth:`compared`), found once for
        all its capabilities."""
        found = self._compared
        if found is None:
            found = self._compared = frozenset(m.term for m in self.products if self.compared(m))
        return found

    def subject(self, at: int, *, hosts: bool, agents: bool = False) -> tuple[str, ...]:
        """The product(s) the clause holding ``at`` speaks of, before ``at``: the first product
        of the clause that no preposition or verb of connection governs (与微信的连接是企业
        微信的特色 → 企业微信), with those coordinated with it; carried over from the clauses
        before when it names none. With ``hosts``, 在X里 counts: what happens there is X's. A
        clause that opens with a capability named after a product (视频号主页，直通了销售企微)
        speaks of that product. A clause that names no product but a company acting in it
        (滴滴推出…, 拼多多…先是推出“拼小圈”) speaks of that company, which is returned only
        with ``agents`` (else none: no product is the subject)."""
        carried = self._carried.get(hosts)
        if carried is None:
            carried = self._carried[hosts] = [()]
            for start, end in self.clauses[:-1]:
                carried.append(self._own_subject(start, end, hosts, carried[-1]) or carried[-1])
        found = carried[-1]
        for index, (start, end) in enumerate(self.clauses):
            if start <= at < end:
                found = self._own_subject(start, at, hosts, carried[index]) or carried[index]
                break
        if not agents and any(_agent(self.ctx, x) for x in found):
            return ()
        return found

    def _own_subject(
        self, start: int, limit: int, hosts: bool, before: tuple[str, ...] = ()
    ) -> tuple[str, ...]:
        """The subject a clause names itself, before offset ``limit`` (see :meth:`subject`);
        ``before`` is the one carried into it, which a company that makes it (腾讯 of 视频号)
        speaks for: no new subject."""
        ctx = self.ctx
        if cues.COMPARING_CLAUSE.match(self.text, start):
            return ()  # 相比2020年初的“全员all in小程序”，…
        first = True
        for m in self.items:
            p = ctx.at(m)
            if p < start or p >= limit:
                continue
            if ctx.kind(m) == "Product":
                governed = cues.NOT_SUBJECT.search(self.text, start, p)
                if (governed and not (hosts and self.hosted(m))) or self.edition(m):
                    continue
                if self.compared(m) or self.modifier(m):
                    continue  # 类似抖音, 与钉钉相比; 公众号主, 安卓用户
                return self.group(m, limit)
            named = _named_after(ctx, m) if first else None
            first = False
            if (
                named is not None
                and not ctx.is_platform(named)
                and not cues.NOT_SUBJECT.search(self.text, start, p)
            ):
                return (named,)
        for m in self.agents:  # no product: a company announcing something (滴滴推出…)
            p = ctx.at(m)
            if p < start or p >= limit or cues.NOT_SUBJECT.search(self.text, start, p):
                continue
            if self.compared(m) or self.modifier(m) or _makes(ctx, m.term, before):
                continue
            if cues.OWNER_AFTER.match(self.text, ctx.end(m)):
                continue  # 淘宝，这个阿里旗下最知名的品牌之一，也开始逐步支持微信支付了
            if cues.OFFER_VERB.search(self.text, ctx.end(m)):
                return (m.term,)
        return ()


def _agent(ctx: Context, term: str) -> bool:
    """Whether a term is an organisation that acts for itself in a clause (a company, a public
    body), not a unit of a product's maker (微信团队) nor a medium reporting (36氪)."""
    return ctx.ontology.terms[term].cls in AGENT_CLASSES


def _makes(ctx: Context, org: str, products: tuple[str, ...]) -> bool:
    """Whether the organisation makes one of the products (kg:madeBy: 腾讯 of 视频号)."""
    return any(org in ctx.ontology.terms[p].made_by for p in products)


def _reading(ctx: Context) -> _Reading:
    """The product rules' reading of a sentence, made by the first of them that needs it."""
    reading = ctx.memo.get("products")
    if reading is None:
        reading = ctx.memo["products"] = _Reading(ctx)
    return cast(_Reading, reading)


def _layout(ctx: Context) -> str | None:
    """The product the sentence's section is about, in an article laid out one product a
    section (the seeds: 01 视频号…, 02 微信支付…); else None."""
    return ctx.topic if ctx.by_product else None


@rule("capability", emits=("offers", "involves", "integrates"))
def capability(ctx: Context) -> Iterator[Fact]:
    """A capability, the product that offers it and the other products it involves."""
    if not ctx.of_kind("Capability") and not _launched(ctx):
        return
    r = _reading(ctx)
    offered: dict[int, tuple[str, ...]] = {}
    explicit: dict[int, bool] = {}
    for i in range(len(r.items)):
        if r.run[i] == i:
            members = [j for j in range(i, len(r.items)) if r.run[j] == i]
            if all(ctx.kind(r.items[j]) == "Product" for j in members):
                continue  # a list of products only: what offers them is _launch_lists'
            owners, bound = _owners(r, i)
            for j in members:
                offered[j], explicit[j] = owners, bound
    launches = _launch_lists(r) if r.products else {}  # (it lists products only)
    common: dict[int, bool] = {}  # by list: whether all its capabilities are common words
    placing = cues.PLACES_TAIL.search(r.text) is not None  # (most sentences list no places)
    for i, m in enumerate(r.items):
        product = ctx.kind(m) == "Product"
        if product and i not in launches:
            continue  # a product nothing launches here offers nothing
        if r.negated(m) or r.hedged(m):
            continue  # 视频号还未上线类似“dou+”的付费投流功能; iOS暂不支持; 微信计划对…进行测试
        if product:
            owners = launches[i]
            for owner in owners:
                if owner != m.term:
                    yield ctx.fact(owner, "offers", m.term)
            continue
        if cues.FIELD_AFTER.match(r.text, ctx.end(m)):
            continue  # 短视频领域, 协同办公类产品: a field, no feature of a product
        head = r.run[i]
        if head not in common:
            common[head] = all(
                _common_word(ctx, x) for x in r.members(head) if ctx.kind(x) == "Capability"
            )
        if common[head]:
            continue  # 游戏, 分享: common words, unless listed with features (会话消息、群聊)
        if placing and _places(r, i):
            continue  # 在公众号、朋友圈等多个场景内流转: where it works, no feature
        owners = _featured(ctx, m, offered[i], explicit[i])
        for owner in owners:
            yield ctx.fact(owner, "offers", m.term)
        if not owners or in_parens(ctx, m):
            continue
        for other in sorted(_involved(r, i, owners)):
            yield ctx.fact(m.term, "involves", other)
            if _layout(ctx) is None:
                continue  # elsewhere, a link between products needs words of its own (linked)
            for owner in owners:
                if owner != other:
                    yield ctx.fact(owner, "integrates", other)


def _common_word(ctx: Context, cap: Mention) -> bool:
    """Whether a capability is written as a bare common word (游戏, 分享, 电商, 搜索, IM) and
    has no kg:featureOf product: news names such words in passing far more often than as a
    feature a product provides, so they are offered by no product, also in a product's own
    section of an article laid out so (《拇指射箭》游戏截图, 快手的定位为“内容/社交社区”: 16 such
    offers on tune, none right), but where the sentence joins two products by + (视频号 + 微信支付，
    未来就会让打赏成为可能: what the pair enables) or the text names it as a feature (钉钉开发了
    密聊功能, “好看”功能)."""
    if ctx.ontology.terms[cap.term].feature_of or ctx.plus_pairs:
        return False
    at, end = ctx.at(cap), ctx.end(cap)
    if end - at > cues.COMMON_WORD_LENGTH and ctx.text[at:end] not in cues.MEDIUM_WORDS:
        return False
    # Named as a feature: 密聊功能, “好看”功能, “灵感”板块.
    return not (cues.NAMED_FEATURE.match(ctx.text, end) or cues.QUOTED.match(ctx.text, at - 1))


def _places(r: _Reading, index: int) -> bool:
    """Whether item ``index`` is one of a list that names the places something works in or the
    partners it is combined with, not features (在公众号（订阅号、服务号）、视频号、朋友圈等多个
    微信场景内流转, 连接视频号、公众号、服务号等多个场景, 视频号和公众号、朋友圈等组合: twelve
    readings on tune, in three articles, none right), unless a verb of announcing opens it (开放…，
    包括主界面-快速搜、视频号评论区-边聊边搜等场景: the seeds). The list goes on over brackets
    (公众号（订阅号、服务号）、视频号) and over the rest of a word an item's name starts (聊天会话、
    社群)."""
    ctx, items, text = r.ctx, r.items, r.text

    def chained(a: int, b: int) -> bool:
        if r.run[a] == r.run[b]:
            return True
        return cues.PLACES_GAP.match(text[ctx.end(items[a]) : ctx.at(items[b])]) is not None

    first = last = index
    while first > 0 and chained(first - 1, first):
        first -= 1
    while last + 1 < len(items) and chained(last, last + 1):
        last += 1
    if first == last or not cues.PLACES_TAIL.match(text, ctx.end(items[last])):
        return False
    start, _ = r.clause(ctx.at(items[first]))
    return cues.PLACES_OPENED.search(text, start, ctx.at(items[first])) is None


def _launched(ctx: Context) -> bool:
    """Whether the sentence may launch a product (a verb of launching and two products)."""
    return len(ctx.of_kind("Product")) > 1 and cues.LAUNCH_VERB.search(ctx.text) is not None


def _owners(r: _Reading, head: int) -> tuple[tuple[str, ...], bool]:
    """The product(s) offering the list of features that starts with item ``head``, and
    whether the text binds them to it by its own words (a possessive, 在X里, A + feature, a
    name that starts with the product), which a section or a subject does not."""
    ctx = r.ctx
    m = r.items[head]
    at = ctx.at(m)
    before = [p for p in r.products if ctx.end(p) <= at]
    start, _ = r.clause(at)
    owner: Mention | None = None
    if before:
        gap = r.text[ctx.end(before[-1]) : at]
        if (
            not gap.strip() or cues.POSSESSIVE_GAP.match(gap) or cues.JOIN_PLUS.match(gap)
        ) and not cues.NOT_SUBJECT.search(r.text, start, ctx.at(before[-1])):
            owner = before[-1]  # 飞书的“稍后处理”, 微信朋友圈广告, 小程序+直播; not 与微信会话消息
    hosts = [p for p in before if ctx.at(p) >= start and r.hosted(p)]
    if owner is None and hosts:
        owner = hosts[-1]  # 在小程序里可以直接手机点餐
    # The platform (微信) owns everything of its own: in a product's section, 微信的跨境支付
    # is that product's.
    section = _layout(ctx)
    if owner is not None and not (section and ctx.is_platform(owner.term)):
        return (owner.term,), True
    if section is not None and not r.agents:
        # Only a company acting in the clause takes a feature from the section's product (below),
        # and the sentence names none: its subject, a product, would not count.
        return (section,), False
    subject = r.subject(at, hosts=True, agents=True)
    if subject and _agent(ctx, subject[0]):
        # A company acts in the clause (滴滴推出主打下沉市场的花小猪打车): not the section's nor
        # the article's product, unless the company makes it (腾讯 of 微信), nor the product the
        # feature's name starts with: the company's launch is no feature of it (Layabox提供的
        # 小程序适配库; wrong in four tune articles). The company itself offers what it launches
        # right after 推出 or 上线 (拼多多…同时推出“百亿补贴”, 美团此前上线了“春节送礼”板块,
        # 蘑菇街上线直播购物功能: its app, as the gold tables read it; eleven such readings on
        # tune, in eight articles, eight right), and nothing else (其核心收入是广告业务).
        default = section or ctx.lead
        if default is None or not _makes(ctx, subject[0], (default,)):
            if cues.AGENT_LAUNCH.search(r.text, start, at):
                return subject[:1], False  # 拼多多…同时推出“百亿补贴”: the company's own app's
            return (), False
        subject = ()
    if section is not None:
        return (section,), False
    if subject:
        if all(ctx.is_platform(x) for x in subject):
            own = _platform_product(r, subject)
            if own is not None:
                return (own,), False
        return subject, False
    members = r.members(head)
    after = [p for p in r.products if ctx.at(p) > ctx.at(members[-1])]
    after = [p for p in after if not r.edition(p) and not in_parens(ctx, p)]
    if after and len(members) > 1 and not r.governed(after[0]):
        # 通过图生图、商品背景合成…等功能，腾讯广告妙思就能…; not 扫码点餐、关注公众号, 通过
        # 视频号、订阅消息进入小程序, 开通并使用微信云开发, 商家在淘宝发布的图文、短视频, nor a
        # product listed itself (…位置、发送到桌面(安卓)、…、腾讯云、…): what a verb governs
        # is no subject (NOT_SUBJECT), here no more than in a clause.
        return r.group(after[0], len(r.text)), False
    named = _named_after(ctx, m)  # “同程旅行机票盲盒”激发了…
    if named is not None:
        lead = ctx.lead
        if ctx.is_platform(named) and lead is not None and _own_product(ctx, named, lead):
            # 微信关系链分享, 通过微信授权登录… in an article about 小游戏: the platform names the
            # feature of its own product the article is about (layabox-wechat-minigame-launch,
            # gameres-wechat-minigame-visual-tool).
            return (lead,), False
        return (named,), True
    if ctx.lead is not None and not ctx.products() and _announced(r, head):
        return (ctx.lead,), False  # 新增个人信息收集清单、第三方信息共享清单
    return (), False


def _own_product(ctx: Context, platform: str, product: str) -> bool:
    """Whether a product is the platform's own, named after it (视频号, also called 微信视频号;
    小游戏, 微信小游戏), not the platform itself nor another's (QQ)."""
    names = ctx.ontology.terms[platform].labels
    labels = ctx.ontology.terms[product].labels
    return product != platform and any(x.startswith(n) and x != n for x in labels for n in names)


def _platform_product(r: _Reading, platform: tuple[str, ...]) -> str | None:
    """The platform's own product that a feature the platform (微信) is said to provide is
    for, when the sentence names one such product alone, outside any list (微信又修订了私域激励
    计划，上线了“带货邀约”…，扶持视频号带货主播成长 → 视频号's; 微信让私密赞站在C位…习惯视频号吗).
    A platform's own product is one named after it (视频号, also called 微信视频号)."""
    ctx = r.ctx
    found = set()
    for k, m in enumerate(r.items):
        if ctx.kind(m) != "Product" or m.term in platform or ctx.is_platform(m.term):
            continue
        if not any(_own_product(ctx, p, m.term) for p in platform):
            continue  # QQ: no product of 微信's
        listed = r.run[k] != k or (k + 1 < len(r.items) and r.run[k + 1] == r.run[k])
        if listed or r.compared(m):
            return None  # 发朋友圈与视频号同步; 微信服务号、公众号、视频号
        found.add(m.term)
    return found.pop() if len(found) == 1 else None


def _announced(r: _Reading, head: int) -> bool:
    """Whether the list of features that starts with item ``head`` is announced as such: after
    a verb of announcing (新增, 支持, 推出…), before a head noun (等功能), or alone on its
    line (群成员去重; 一是“群聊邀请确认”)."""
    members = r.members(head)
    ctx = r.ctx
    start, end = ctx.at(members[0]), ctx.end(members[-1])
    if cues.OFFER_VERB.search(r.text, 0, start) or cues.FEATURE_TAIL.match(r.text, end):
        return True
    rest = r.text[:start] + r.text[end:]
    for m in members[1:]:
        rest = rest.replace(r.text[ctx.at(m) : ctx.end(m)], "", 1)
    return len(rest) <= cues.FEATURES_ALONE_REST and cues.FEATURES_ALONE.fullmatch(rest) is not None


def _named_after(ctx: Context, cap: Mention) -> str | None:
    """The product a capability's name starts with (同程旅行 in 同程旅行机票盲盒), if any."""
    surface = ctx.text[ctx.at(cap) : ctx.end(cap)].casefold()
    for iri in cap.nested:
        term = ctx.ontology.terms[iri]
        if term.kind == "Product" and any(surface.startswith(x.casefold()) for x in term.labels):
            return iri
    return None


def _featured(ctx: Context, cap: Mention, owners: tuple[str, ...], bound: bool) -> tuple[str, ...]:
    """The owners a capability may have: one with a kg:featureOf product (a common word such
    as 直播) is offered by that product, where it is the section's or named, unless its own
    clause binds it to another product (小程序+直播, 钉钉的文档; not the platform)."""
    homes = ctx.ontology.terms[cap.term].feature_of
    if not homes or (bound and not any(ctx.is_platform(o) for o in owners)):
        return owners
    kept = tuple(o for o in owners if o in homes)
    if kept:
        return kept
    named = {iri for _, iri in ctx.products()} | {_layout(ctx)}
    return next(((home,) for home in homes if home in named), ())


def _launch_lists(r: _Reading) -> dict[int, tuple[str, ...]]:
    """The products a product launches or lists among its features, by item index, with the
    subject offering them: 微信推出了视频号; 提供语音、朋友圈、小程序等功能."""
    ctx = r.ctx
    found: dict[int, tuple[str, ...]] = {}
    for verb in cues.OFFER_VERB.finditer(r.text):
        head = next((i for i, m in enumerate(r.items) if ctx.at(m) >= verb.end()), None)
        if head is None or not cues.LIST_START.match(r.text[verb.end() : ctx.at(r.items[head])]):
            continue
        if cues.LAUNCHED_TO.match(r.text, verb.end()):
            continue  # 一键发布为小游戏: the place it goes to
        members = [i for i in range(head, len(r.items)) if r.run[i] == r.run[head]]
        last = r.items[members[-1]]
        listed = cues.FEATURE_TAIL.match(r.text, ctx.end(last)) is not None
        if not listed and not cues.LAUNCH_VERB.fullmatch(verb.group()):
            continue
        subject = r.subject(verb.start(), hosts=False)
        if not subject:
            continue
        for i in members:
            item = r.items[i].term
            if ctx.kind(r.items[i]) == "Product" and item not in subject:
                if cues.LAUNCH_QUALIFIER.match(r.text, ctx.end(r.items[i])):
                    continue  # 新增了企业微信的联动玩法: what is launched is the feature
                if not ctx.is_platform(item):
                    found[i] = subject
    return found


def _involved(r: _Reading, index: int, owners: tuple[str, ...]) -> set[str]:
    """The products the capability that is item ``index`` reaches into, other than those
    offering it."""
    ctx = r.ctx
    cap = r.items[index]
    out: set[str] = set()
    for iri in cap.nested:  # 公众号文章链接 → 公众号
        if ctx.ontology.kind(iri) != "Product" or _brand(ctx, iri, owners):
            continue
        if _reaches(ctx, cap, iri):
            out.add(iri)
    out |= {b for a, b in ctx.plus_pairs if a in owners}  # 视频号 + 微信支付: 打赏
    at, end = ctx.at(cap), ctx.end(cap)
    start, stop = r.clause(at)
    for verb in cues.LINK_VERB.finditer(r.text, end, stop):  # 朋友圈广告可以直跳淘宝天猫
        if cues.LINK_OBJECT_GAP.match(r.text[end : verb.start()]):
            out |= set(_objects(r, verb.end(), stop))
        break
    head = next(m for m in r.members(r.run[index]) if ctx.kind(m) == "Capability")
    for conj in cues.JOIN_CONJ.finditer(r.text, start, at):  # 企业微信与微信会话消息…互通
        partner = next((p for p in r.products if ctx.at(p) == conj.end()), None)
        if (
            partner is not None
            and ctx.end(partner) <= ctx.at(head)
            and not r.text[ctx.end(partner) : ctx.at(head)].strip()  # its own, not a co-partner
            and cues.JOIN_VERB.search(r.text, end, stop)
        ):
            out.add(partner.term)
    section = _layout(ctx)
    if (
        section is not None and section in owners
    ):  # in 视频号's section: 视频号（…）添加企业微信客服
        compared = r.compared_terms()  # 类似抖音, 与钉钉相比
        # Nor a product listed with the capability, a member of its list, not a product it
        # reaches into (the seeds' 包括主界面-快速搜、视频号评论区-边聊边搜…: 快速搜 involves no
        # 视频号; docs/facts-format.md: a product named among features is offered).
        listed = {x.term for x in r.members(r.run[index]) if ctx.kind(x) == "Product"}
        left_out = compared | listed
        out |= {
            iri for _, iri in ctx.products() if not ctx.is_platform(iri) and iri not in left_out
        }
    return out - set(owners)


def _reaches(ctx: Context, cap: Mention, product: str) -> bool:
    """Whether a capability's name says it leads into the product named inside it (公众号文章链接,
    企业微信名片, 添加企业微信, 去微信找朋友帮我付, 小程序跳转小游戏), not that it is a part of that
    product (QQ群, 微信游戏中心, 视频号广告, 企业微信助手, 我的小程序: 15 such readings on tune, in
    eleven articles, none right): a name that only holds a product names where the capability
    lives."""
    surface = ctx.text[ctx.at(cap) : ctx.end(cap)]
    for label in sorted(ctx.ontology.terms[product].labels, key=len, reverse=True):
        if label in surface:
            surface = surface.replace(label, "", 1)
            break
    return cues.REACH_NAME.search(surface) is not None


def _brand(ctx: Context, product: str, owners: Sequence[str]) -> bool:
    """Whether a product named inside a capability's name is its brand, not a link: it is
    the capability's product, or is named in that product's own name (有赞 in 有赞新零售's
    有赞CRM); the platform (微信 in 微信客服) is the brand of its maker's products, and a
    link from another company's (淘宝's 微信扫码支付); a product of the platform's maker is
    part of the platform (朋友圈 in 微信's 朋友圈广告)."""
    ontology = ctx.ontology
    name = ontology.terms[product].label
    made = set(ontology.terms[product].made_by)
    for owner in owners:
        term = ontology.terms[owner]
        if owner == product or any(name in label for label in term.labels):
            return True
        # The platform and its maker's products are one family: 微信 in 企业微信's 微信客服,
        # 朋友圈 in 微信's 朋友圈广告.
        if (ctx.is_platform(product) or ctx.is_platform(owner)) and made & set(term.made_by):
            return True
    return False


def _objects(r: _Reading, at: int, stop: int) -> tuple[str, ...]:
    """The products a verb of connection at ``at`` names as its object, in its clause: the
    first product (or the products inside a capability) shortly after it, and those
    coordinated with it."""
    ctx = r.ctx
    first = r.first_item(at)
    if first is None or ctx.at(first) >= stop:
        return ()
    if not cues.LINK_OBJECT_GAP.match(r.text[at : ctx.at(first)]):
        return ()
    if ctx.kind(first) == "Product":
        return r.group(first, stop)
    nested = [
        iri
        for iri in first.nested
        if ctx.ontology.kind(iri) == "Product" and not ctx.is_platform(iri)
    ]
    # The products listed with it (挂了视频号主页、小程序的下单链接).
    listed = [m.term for m in r.members(r.run[r.items.index(first)]) if ctx.kind(m) == "Product"]
    return tuple(dict.fromkeys(nested + listed))


@rule("plus", emits=("integrates",))
def plus(ctx: Context) -> Iterator[Fact]:
    """Two products written A + B integrate: 视频号 + 微信支付."""
    for a, b in ctx.plus_pairs:
        yield ctx.fact(a, "integrates", b)


@rule("joined", emits=("integrates",))
def joined(ctx: Context) -> Iterator[Fact]:
    """A和B(、C…)…联动: the product before the conjunction integrates those listed after it;
    not a product named only as its whole ecosystem (与整个微信生态系统相连接)."""
    yield from _partners(ctx, _joined(ctx))


def _partners(ctx: Context, facts: Iterator[Fact]) -> Iterator[Fact]:
    """The facts that link no product the sentence names only as its whole ecosystem or the
    parts of it (微信生态中的各个场景). The ecosystems are worked out at the first fact only:
    most sentences give none."""
    ecosystems: frozenset[str] | None = None
    for fact in facts:
        if ecosystems is None:
            ecosystems = _ecosystems(ctx)
        if fact.subject not in ecosystems and fact.object not in ecosystems:
            yield fact


def _ecosystems(ctx: Context) -> frozenset[str]:
    """The products the sentence names only as their ecosystem, once at least as the whole of
    it or its parts (连接微信生态各个部分…，使得商品能在…等微信生态自由流动; 与整个微信生态系统
    相连接). Worked out once per sentence."""
    found = cast(frozenset[str] | None, ctx.memo.get("ecosystems"))
    if found is None:
        named: dict[str, tuple[bool, bool]] = {}  # by term: every name an ecosystem, one whole
        for m in ctx.of_kind("Product"):
            every, whole = named.get(m.term, (True, False))
            end = _ecosystem_end(ctx, m)
            named[m.term] = (
                every and end is not None,
                whole or (end is not None and _whole(ctx, m, end)),
            )
        found = frozenset(t for t, (every, whole) in named.items() if every and whole)
        ctx.memo["ecosystems"] = found
    return found


def _ecosystem_end(ctx: Context, m: Mention) -> int | None:
    """Where 生态 ends when the product is named as its ecosystem (微信生态; 微信生态 may be a
    name of 微信 itself); else None."""
    text, end = ctx.text, ctx.end(m)
    if text.endswith(cues.ECOSYSTEM_WORD, 0, end):
        return end
    eco = cues.ECOSYSTEM.match(text, end)
    return eco.end() if eco is not None else None


def _whole(ctx: Context, m: Mention, end: int) -> bool:
    """Whether the ecosystem named by ``m`` (生态 ending at ``end``) is named whole or by its
    parts (微信生态中的各个场景, 整个微信生态)."""
    return (
        cues.ECOSYSTEM_PARTS.match(ctx.text, end) is not None
        or cues.ECOSYSTEM_WHOLE.search(ctx.text, 0, ctx.at(m)) is not None
    )


def _joined(ctx: Context) -> Iterator[Fact]:
    products = ctx.of_kind("Product")
    section = _layout(ctx)
    if len(products) < 2 and not (products and section):
        return
    text = ctx.text
    r: _Reading | None = None
    partners: dict[int, set[Mention]] = {}  # by verb: the products listed after a conjunction
    for conj in cues.JOIN_CONJ.finditer(text):
        verb = cues.JOIN_VERB.search(text, conj.end(), conj.end() + cues.JOIN_SPAN)
        if verb is None or _inside(ctx, verb.start()) or _breaks(text, conj.end(), verb.start()):
            continue
        listed = [m for m in products if conj.end() <= ctx.at(m) < verb.start()]
        if not listed:
            continue
        seen = partners.setdefault(verb.start(), set())
        before = [m for m in products if ctx.end(m) <= conj.start()]
        if before and before[-1] in seen:
            continue  # 与微软 365 和谷歌的 G Suite…的集成: the second conjunction goes on the list
        seen.update(listed)
        r = r or _reading(ctx)
        if before and cues.COORDINATION.match(text[ctx.end(before[-1]) : conj.start()]):
            subjects: tuple[str, ...] = (before[-1].term,)  # 小程序和微信搜一搜的联动
        else:
            subjects = r.subject(conj.start(), hosts=False)
        if not subjects:
            # 与微信的连接是企业微信的特色: the product the clause goes on to name; not one of a
            # later clause (与 iPhone 的连接…，体验与支付宝支付类似).
            _, stop = r.clause(verb.start())
            after = [m.term for m in products if verb.end() <= ctx.at(m) < stop]
            subjects = (section,) if section else tuple(after[:1])
        for subject in subjects:
            for other in listed:
                if subject != other.term:
                    yield _link(ctx, subject, other.term)


def _breaks(text: str, start: int, end: int) -> bool:
    """Whether a clause ends between ``start`` and ``end``, other than to go on with a list,
    or an aside in brackets open at ``start`` closes (“一门三杰”（企业微信，腾讯会议和腾讯文档）
    代表的…能力，以及小程序连接的…: the conjunction is the aside's)."""
    opened = max(text.rfind(mark, 0, start) for mark in OPEN_PARENS)
    if opened > max(text.rfind(mark, 0, start) for mark in CLOSE_PARENS) and any(
        mark in text[start:end] for mark in CLOSE_PARENS
    ):
        return True
    return any(
        not cues.LIST_GOES_ON.match(text, brk.start())
        for brk in CLAUSE_BREAK.finditer(text, start, end)
    )


def _inside(ctx: Context, at: int) -> bool:
    """Whether offset ``at`` falls inside a term's name (连接 in 连接视频号)."""
    return any(ctx.at(m) <= at < ctx.end(m) for m in ctx.mentions)


def _verbs(ctx: Context, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The sentence's verbs of ``pattern`` that are no part of a term's name."""
    for verb in pattern.finditer(ctx.text):
        if not _inside(ctx, verb.start()):
            yield verb


@rule("linked", emits=("integrates",))
def linked(ctx: Context) -> Iterator[Fact]:
    """A 接入/打通/直跳/内置/支持 B: the subject of the verb integrates its object; products
    listed right before 打通 with no object link one to the next (腾讯文档，企业微信，腾讯会议…
    打通); not a product named only as its whole ecosystem (连接微信生态中的各个场景)."""
    yield from _partners(ctx, _linked(ctx))


def _linked(ctx: Context) -> Iterator[Fact]:
    if not ctx.of_kind("Product"):
        return
    if cues.SUPPORT_VERB.search(ctx.text) is not None:
        yield from _supported(ctx, _reading(ctx))
    if cues.BUILT_ON.search(ctx.text) is not None:
        yield from _built_on(ctx, _reading(ctx))
    if len(ctx.of_kind("Product")) > 1 and cues.LAUNCHED_ON_VERB.search(ctx.text):
        yield from _launched_on(ctx, _reading(ctx))
    if cues.LINK_VERB.search(ctx.text) is None:
        return  # (no verb of connection, nothing to read)
    r = _reading(ctx)
    for verb in _verbs(ctx, cues.LINK_VERB):
        start, stop = r.clause(verb.start())
        if cues.LINK_NEGATED.search(r.text, start, verb.start()):
            continue  # 编码模块不再内嵌到LayaAirIDE
        objects = _objects(r, verb.end(), stop)
        if objects:
            # With no subject, the product it happens in (在LayaAirIDE里也集成了玩一玩).
            subjects = r.subject(verb.start(), hosts=False) or r.subject(verb.start(), hosts=True)
        else:
            # (The verb's subject links only objects: most verbs here have none, and the
            # subject, searched for clause by clause, was worked out for nothing.)
            if _has_object(r, verb.end(), stop):
                continue  # 飞书、企业微信、钉钉都是集成IM通讯、日程管理…的平台: features
            subjects = ()
            placed, particle = _placed(r, start, verb.start())  # 飞书将…幕布等产品集成在产品中
            if placed:
                objects, subjects = placed, r.subject(particle, hosts=False)
        if objects and subjects:
            for a in subjects:
                for b in objects:
                    if a != b:
                        yield _link(ctx, a, b)
            continue
        # With no subject, products listed after 打通 link one to the next (打通了视频号、公众号、
        # 朋友圈等场景); after a verb with a direction (接入, 跳转) they link nothing.
        both_ways = cues.BOTH_WAYS.fullmatch(verb.group()) is not None
        chain = (objects if both_ways else ()) or _listed_before(r, verb.start())
        for a, b in zip(chain, chain[1:], strict=False):
            if a != b:
                yield _link(ctx, a, b)


def _supported(ctx: Context, r: _Reading) -> Iterator[Fact]:
    """淘宝逐步支持微信支付: the subject of 支持 integrates the one product it names, not
    negated (淘宝为什么还不支持微信支付) nor listed as features (支持小程序、公众号等功能)."""
    for verb in _verbs(ctx, cues.SUPPORT_VERB):
        start, _ = r.clause(verb.start())
        if cues.NEGATED_BEFORE.search(r.text, start, verb.end()):
            continue
        first = r.first_item(verb.end())
        if first is None or ctx.at(first) != verb.end() or ctx.kind(first) != "Product":
            continue
        i = r.items.index(first)
        if len(r.members(r.run[i])) > 1 or cues.FEATURE_TAIL.match(r.text, ctx.end(first)):
            continue
        if r.edition(first):
            continue  # 只支持iOS设备: what it runs on
        for a in r.subject(verb.start(), hosts=False):
            if a != first.term:
                yield _link(ctx, a, first.term)


def _launched_on(ctx: Context, r: _Reading) -> Iterator[Fact]:
    """「每日必抢」小程序在支付宝上线, 在微信中推出了“鹅享团”小程序: the product launched on a
    platform integrates it: the product right after the verb (a few words may stand between),
    else, when no feature follows it, the subject of the clause before 在."""
    for m in r.products:
        verb = cues.LAUNCHED_ON.match(r.text, ctx.end(m))
        if verb is None or not cues.HOST_BEFORE.search(r.text, 0, ctx.at(m)):
            continue
        _, stop = r.clause(verb.end())
        launched = r.first_item(verb.end())
        if (
            launched is not None
            and ctx.at(launched) < stop
            and cues.LAUNCHED_GAP.match(r.text[verb.end() : ctx.at(launched)])
        ):
            if ctx.kind(launched) != "Product":
                continue  # 在P上推出了…功能: a feature launched there, no product
            subjects: tuple[str, ...] = (launched.term,)
        else:
            subjects = r.subject(ctx.at(m), hosts=False)
        for a in subjects:
            if a != m.term:
                yield _link(ctx, a, m.term)


def _built_on(ctx: Context, r: _Reading) -> Iterator[Fact]:
    """《雪鹰领主3D》采用…LayaAir引擎研发制作: the subject of the clause integrates the engine,
    model or cloud it is built with, the product right after 采用/基于/运用 (a few words may
    stand between: Layabox旗下的) and before an engine's head word or a verb of making."""
    for verb in _verbs(ctx, cues.BUILT_ON):
        start, stop = r.clause(verb.start())
        if cues.COUNTED_SUBJECT.search(r.text, start, verb.start()):
            continue
        first = r.first_item(verb.end())
        if first is None or ctx.at(first) >= stop or ctx.kind(first) != "Product":
            continue
        if not cues.BUILT_GAP.match(r.text[verb.end() : ctx.at(first)]):
            continue
        head = cues.BUILT_HEAD.match(r.text, ctx.end(first), stop)
        if head is None:
            continue
        thing = cues.BUILT_THING.match(r.text, head.end())
        if thing is not None:
            # 采用LayaAir引擎开发的《全民大乐斗》, 基于LayaAir引擎开发的3D微信小游戏《决战巨神峰》:
            # the product named right after 的, or after the words saying what it is, is built
            # with it (its name may hold the title mark).
            title = thing.start("mark") if thing.group("mark") else thing.end()
            built = next((m for m in r.products if title <= ctx.at(m) <= thing.end()), None)
            subjects: tuple[str, ...] = (built.term,) if built is not None else ()
        else:
            subjects = r.subject(verb.start(), hosts=False)
        for a in subjects:
            if a != first.term:
                yield _link(ctx, a, first.term)


def _link(ctx: Context, a: str, b: str) -> Fact:
    """``a`` integrates ``b``, in the text's direction (docs/facts-format.md: a verb that
    links both ways, 打通 or 互通, gives no other)."""
    return ctx.fact(a, "integrates", b)


def _has_object(r: _Reading, at: int, stop: int) -> bool:
    """Whether a verb of connection at ``at`` has a capability for its object (集成IM通讯)."""
    ctx = r.ctx
    first = r.first_item(at)
    return (
        first is not None
        and ctx.at(first) < stop
        and cues.LINK_OBJECT_GAP.match(r.text[at : ctx.at(first)]) is not None
    )


def _placed(r: _Reading, start: int, at: int) -> tuple[tuple[str, ...], int]:
    """The products a particle 将/把 puts before a verb of connection at ``at`` that has no
    object after it (A将B、C等产品集成), and the particle's offset; none if no list of
    products ends right before the verb."""
    ctx = r.ctx
    for particle in cues.DISPOSAL.finditer(r.text, start, at):
        if _inside(ctx, particle.start()):
            continue
        listed = [m for m in r.products if particle.end() <= ctx.at(m) and ctx.end(m) <= at]
        if not listed or not cues.LIST_BEFORE_LINK.match(r.text[ctx.end(listed[-1]) : at]):
            continue
        # The list that ends before the verb (微信服务号、公众号、视频号: 微信 only names the
        # owner of 服务号), starting shortly after the particle.
        members = [m for m in r.members(r.run[r.items.index(listed[-1])]) if m in listed]
        if ctx.at(members[0]) - particle.end() > cues.DISPOSAL_SPAN:
            continue
        return tuple(dict.fromkeys(m.term for m in members)), particle.start()
    return (), 0


def _listed_before(r: _Reading, at: int) -> tuple[str, ...]:
    """The products of the list that ends right before offset ``at``, if all of it is."""
    ctx = r.ctx
    last = next((i for i in reversed(range(len(r.items))) if ctx.end(r.items[i]) <= at), None)
    if last is None or not cues.LIST_BEFORE_LINK.match(r.text[ctx.end(r.items[last]) : at]):
        return ()
    members = r.members(r.run[last])
    if len(members) < 2 or any(ctx.kind(m) != "Product" for m in members):
        return ()
    if cues.NOT_SUBJECT.search(r.text, 0, ctx.at(members[0])):
        return ()  # 小程序相继与公众号、视频号、企业微信连接: the list is the partner
    return tuple(m.term for m in members)


@rule("scenes", emits=("integrates",))
def scenes(ctx: Context) -> Iterator[Fact]:
    """在A、B等场景: the section's product integrates the products it works in, in an article
    laid out one product a section (elsewhere a heading's product is no subject)."""
    section = _layout(ctx)
    if section is None:
        return
    scene = cues.SCENE_LIST.search(ctx.text)
    if scene:
        for at, iri in ctx.products():
            if scene.start(1) <= at < scene.end(1) and iri != section:
                yield ctx.fact(section, "integrates", iri)
