"""The cue words and sentence shapes the people rules (:mod:`kg.rules.people`) read
``presents``, ``leads`` and ``role`` with.

They are about how Chinese news introduces a person, not about any one article:

- a title before the name (腾讯公司副总裁栾娜, 美团创始人王兴, 有赞COO兼联席总裁浣昉), in
  brackets after it (王巨宏（腾讯公司副总裁）) or set off by a comma (他叫汤道生，腾讯高级副总裁、
  腾讯云与智慧产业事业群总裁，…), or in a credit after a quote (——腾讯公司副总裁、视频号负责人
  张孝超);
- a speaker (讲师张颖, 据张颖介绍, 马化腾宣布…, 张军认为…, 雷军：…) and 「X之父」;
- who heads what (视频号负责人张孝超, 金山软件CEO雷军, 张三负责微信支付, 把微信支付交给他).

Extend these tables (not the rules) when a new outlet writes differently.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "SPEAKER_BEFORE",
    "SELF_INTRODUCED",
    "SPEAKER_AFTER",
    "SPEAKER_COLON",
    "TOLD",
    "ONLOOKER_TITLE",
    "FATHER",
    "ATTRIBUTION",
    "CREDIT_START",
    "OPEN_QUOTES",
    "CLOSE_QUOTES",
    "QUOTED_NAME",
    "TITLE",
    "TITLE_WORDS",
    "TITLE_JOINER",
    "TITLE_AT_NAME",
    "HONORIFIC",
    "ROLE_BREAK",
    "ROLE_FILLER",
    "ROLE_OF",
    "ROLE_SPAN",
    "ROLE_TRIM",
    "ROLE_NUMBERING",
    "HEAD_TITLE",
    "HEAD_GAP",
    "WORKED_AT",
    "LEAD_GAP",
    "LEAD_MARKER",
    "LEAD_VERB",
    "LEAD_OBJECT_END",
    "LEAD_VERB_BEFORE",
    "LEAD_RELATIVE",
    "BY_BEFORE",
    "BY_TITLE",
    "BY_AFTER",
    "OWNER_GAP",
    "OWNED_ACCOUNT",
    "FOUNDED_VERB",
    "FOUNDED_GAP",
    "HAND_OVER",
    "HAND_OVER_VERB",
    "PRONOUNS",
    "PRONOUN_OPENING",
    "APPOSITION_SPAN",
    "OFFICE_AFTER",
    "OFFICE_END",
    "AS_TITLE",
    "AS_TITLE_GAP",
    "SUCCEEDED",
]

# ---------------------------------------------------------------- speakers: presents

#: Words right before a name that make the person a speaker: 讲师张颖, 据张颖介绍.
SPEAKER_BEFORE: Final = re.compile(r"(?:讲师|嘉宾|演讲人|主讲人|据)\s*$")
#: A speaker introducing themselves, as a speech's transcript opens (大家好，我是张小龙; 我是张涛，
#: 大众点评创始人): at the start of a sentence or after a greeting.
SELF_INTRODUCED: Final = re.compile(r"(?:^|(?:大家|各位|你们)好\s*[，,！!]?)\s*我是\s*$")
#: A verb of saying shortly after a name (张颖介绍, 马化腾宣布, 张军认为, 雷军略有怨气地说道,
#: 黄晓鸣在回复界面新闻时表示), after at most a short adverbial that is no clause of its own
#: (no punctuation, no 的: 张小龙的表哥如是说 is the cousin speaking), or after the occasion,
#: 的 and a comma allowed (浣昉在MENLO有赞新零售见面会上，宣布…; 白鸦曾在2018年3月1日的内部
#: 全员邮件中透露; 张小龙曾在2021年的微信公开课上强调). 说 is not 说明/小说 nor 来说 (相对来说:
#: 21cto-zhang-xiaolong-profile) nor 说法 (否认了这个说法: 2018-36kr-alipay-pintuan; 说法是钉钉
#: 的…: 36kr-online-office-wecom-dingtalk), 称 not 称为, 宣布 not 宣布离职 (a leaving, no word
#: for a product: shijie-zhou-shouzi-tiktok-ceo, 36kr-online-office-wecom-dingtalk). An alias
#: or title in brackets may follow the name (钉钉总裁叶军（花名：不穷）此前接受采访时对 36 氪
#: 表示: 36kr-dingtalk-kuwei-coo), as it may before a verb of office (:data:`OFFICE_AFTER`).
#: 提到, 谈到 and 谈及 only before what is said (孙春光还提到，H5游戏…; 张小龙在演讲中提到：微信…),
#: not before their object: what is mentioned is a topic, a rival's product as often as not
#: (是扎克伯格在2022年首次财报电话会议上提到TikTok的次数: 36kr-facebook-tiktok-wechat-moat;
#: 李文亮醫生在社交媒體提到出現疫情後…YY就在黑名單加了45個詞: hkcnews-citizen-lab-wechat-covid-
#: censorship).
SPEAKER_AFTER: Final = re.compile(
    r"^\s*(?:[（(][^（）()，,。]{1,24}[）)]\s*)?"
    r"(?:(?:(?:曾经?|也|还|则|又|就|更)\s*)?在[^，,。；;：:“”「」]{1,24}?"
    r"(?:上|中|时|期间|之际|现场)\s*(?:[，,]\s*)?|[^，,。；;：:“”「」的]{0,16}?)"
    r"(?:介绍|表示|分享|讲解|讲述|(?:谈到|谈及|提到)(?=\s*[：:，,“\"「])|透露|披露|指出|预告|演讲|"
    r"宣布(?!离职|辞职|卸任|退休)|宣称|发布|公布|告诉|认为|强调|"
    r"讲话|坦言|直言|回应|解释|表态|致辞|说道|(?<!来)说(?![明服法])|称(?![为作号赞]))"
)
# 在X看来 is no cue: a view, more often of a rival or the market than of the person's own
# product (在马云看来，eBay强大的实力…: 2023-liurun-taobao-wechat-pay; 在冯博看来，美团早期…而抖音…:
# 36kr-douyin-local-life-tandian), and those who speak for one are quoted so elsewhere too
# (在白鸦看来 and 白鸦…透露, 在罗云看来 and 罗云告诉). Nor is a 在 before the name alone:
# 在无招逐步脱离钉钉后 (36kr-dingtalk-wuzhao-leaves), 在浦燕子接任的同期
# (2024-latepost-bytedance-ads-slowdown) are times.
#: Between a name and its verb of saying, a reporter told (冯国超告诉深燃, 李伟告诉深燃:
#: gameres-tencent-bytedance-games-battle; 宋晓慧向连线Insight进一步解释: 36kr-youzan-wechat-
#: ecosystem; 易统曾对 36 氪透露: 36kr-dingtalk-wuzhao-leaves): the person is a source, who
#: speaks for no product unless a title says whose (钉钉总裁叶军…对 36 氪表示). Not 对此, 对于,
#: nor 对外 (publicly: an announcement).
TOLD: Final = re.compile(
    r"告诉|^\s*(?:[（(][^（）()]*[）)]\s*)?(?:(?:曾经?|也|还|又|此前|则|进一步)+\s*)?(?:向|对)(?![此于这那其外])"
)
#: Titles of those who comment on a market rather than speak for a product: an analyst, a
#: scholar, a public official (分析师马阿鑫表示: gameres-tencent-bytedance-games-battle; 国家统计局
#: 局长宁吉喆曾表示, 研究所所长杨宜勇认为, 美国中央司令部司令肯尼斯·麦肯齐表示: huxiu-morning-tme-
#: drops-exclusive-licences; 时任美国总统特朗普: shijie-zhou-shouzi-tiktok-ceo). A speaker with such
#: a title right before the name presents nothing. Not a spokesperson (发言人), who may speak for
#: a company's product.
ONLOOKER_TITLE: Final = re.compile(
    r"(?:分析师|研究员|教授|院士|学者|专家|所长|局长|总统|总理|特首|市长|省长|司令)$"
)
#: A name opening the sentence and followed by a colon is an interview's speaker
#: (雷军：有没有可能卖给金山吗？ Q1、司晓：…): list marks and emphasis before it are allowed.
SPEAKER_COLON: Final = re.compile(r"^\s*[：:]")
#: 「微信之父」张小龙, 张小龙被称为“微信之父”: the product the person is the father of.
FATHER: Final = re.compile(r"\s*之父")

# ---------------------------------------------------------------- titles: role, leads

#: A quote credited to its speaker: 「…。」——腾讯公司副总裁、视频号负责人张孝超
ATTRIBUTION: Final = re.compile(r"——\s*([^——]{0,60})$")
#: The mark a credit line before a name starts after (——腾讯公司副总裁、…负责人张孝超).
#: 【】 open and close a roundup's headline or its source (@Tech星球【传原阿里音乐董事长、著名音乐人
#: 高晓松…】: huxiu-morning-tme-drops-exclusive-licences), as a bracket does.
CREDIT_START: Final = re.compile(r"[，,；;：:“”「」（）()【】。｜|]|—")
#: The quotes a product or organisation named in a credit line may stand in (公众号“夜听”创始人).
OPEN_QUOTES: Final = "“「『"
CLOSE_QUOTES: Final = "”」』"
#: A name in quotes ending where a title starts (据“外卖团购榜”负责人冯博), not the end of a
#: quotation (“……。”创始人…说): a few words, no mark of a clause.
QUOTED_NAME: Final = re.compile(r"[“「『][^“”「」『』，,。；;：:！？!?]{1,16}[”」』]\s*$")
#: The words that are a person's title, for kg's role rules and for kg suggest alike: heads'
#: and officers' titles (首席执行官 and the other 首席…官 written out, though the rules read any),
#: a researcher's, an investor's (真格基金投资人刘元: latepost-manus-founders-wechat-tools;
#: 游戏行业资深投资人冯国超: gameres-tencent-bytedance-games-battle), officers of a state (美国中央
#: 司令部司令, 时任美国总统, 香港特首, 中国外交部发言人: huxiu-morning-tme-drops-exclusive-licences,
#: shijie-zhou-shouzi-tiktok-ceo, hkcnews-citizen-lab-wechat-covid-censorship, hkcnews-trump-order-
#: bytedance-tencent), who hold roles as anyone does, and 法定代表人, a company's legal
#: representative as registries (企查查, 天眼查) report it, a role and no head's title
#: (优酷电影有限公司成立于2014年8月，法定代表人李捷: niaogebiji-weekly-2022-01-10).
TITLE_WORDS: Final = (
    *("董事会主席", "董事局主席", "董事长", "首席执行官", "首席战略官", "首席技术官"),
    *("首席运营官", "首席财务官", "首席营销官", "首席产品官", "首席商业官", "首席信息官"),
    *("首席科学家", "联合创始人", "创始人", "创办人", "总裁", "总经理", "经理", "总监"),
    *("总编辑", "主编", "主席", "执行董事", "董事", "合伙人", "负责人", "掌门人", "话事人"),
    *("操盘手", "一把手", "高管", "院士", "教授", "研究员", "分析师", "投资人"),
    *("院长", "校长", "行长", "部长", "局长", "主任", "秘书长", "会长", "理事长", "所长"),
    *("总统", "总理", "特首", "市长", "省长", "议员", "发言人", "司令", "总工程师", "架构师"),
    *("科学家", "顾问", "店长", "人大代表", "政协委员", "法定代表人"),
    *("CEO", "CTO", "COO", "CFO", "CMO", "CIO", "CPO", "CSO", "VP", "SVP", "EVP"),
)
#: A title, at the end of the text before a name (腾讯公司副总裁, 有赞COO兼联席总裁, 首席战略官,
#: 董事长, 壹窑茶业负责人): a title word, with the grades that may stand before it.
#: Longer words first, so the whole word is found (副总经理, not 总经理).
TITLE: Final = re.compile(
    r"(?:高级|资深|常务|执行|联席|副)*(?:首席[\u4e00-\u9fff]{1,4}官|"
    + "|".join(map(re.escape, sorted(TITLE_WORDS, key=len, reverse=True)))
    + ")$"
)
#: A title right after the name, as a form of address: the person's role (社科院经济研究所刊发了
#: 周为民教授起草的报告: huxiu-internet-loses-exemption; 李文亮醫生在社交媒體提到…, four times:
#: hkcnews-citizen-lab-wechat-covid-censorship; the rules read simplified characters). Not 博士,
#: a degree as often (博士毕业).
HONORIFIC: Final = re.compile(r"教授|院士|医生")
#: Titles held together (董事会主席兼首席执行官, COO兼联席总裁) are one role.
TITLE_JOINER: Final = "兼"
#: What may stand between a title and the name: spaces, an @ (虎拾文化创始人@孙平), and 为 or
#: 是, as company registries name the holder (长沙市采晴饮品有限公司成立，法定代表人为孙翠英:
#: niaogebiji-weekly-2022-01-10; 公司法定代表人正是孙东旭: ithome-dongfang-zhenxuan-first-
#: livestream), or 的, as news writes a former or new office (时任阿里云总裁的张建锋, 新接任阿里本地
#: 生活CEO的俞永福, 现熊猫直播副总裁的庄明浩: six such in eval/tune; on eval/test role +6 right,
#: leads +5, one wrong each).
TITLE_AT_NAME: Final = re.compile(r"[\s@]*(?:(?:正|则|就)?(?:为|是)\s*|的\s*)?$")
#: Words that end a clause's own words before a title: the title starts after the last one
#: when no organisation or product names its start (用CEO梅格·惠特曼 → CEO; 并未按照创始人白鸦
#: → 创始人; 尝试着回答了一个美团创始人王兴 → 美团创始人), and a board's decisions
#: (董事会已同意公司联合创始人宿华辞去…，并已批准联合创始人程一笑担任该职务:
#: huxiu-kuaishou-su-hua-steps-down), and 于 ending a verb (在蔚来的投票权仅次于创始人李斌 → 创始人:
#: 36kr-luoke-auto-tencent-leads-round; 毕业于, 位于, 属于 alike), 包括 opening a list (买家包括前任
#: 美国财政部长) and 靠 (TikTok 靠临时一把手瓦妮莎·帕帕斯运营: latepost-tiktok-four-years-showdown).
ROLE_BREAK: Final = re.compile(
    r"是|了|在(?!线)|说|表示|认为|对话|专访|采访|把|被|对|向|给|让|由|用(?!户)|按照|"
    r"(?:转|出|升|接|调|曾)任|同意|批准|任命|委任|宣布|于|包括|靠"
)
#: (Patterns used with ``match(text, pos)`` have no ``^``: it would anchor at the start of
#: the text, not at ``pos``.)
#: Words that may open a title and are no part of it: 以及腾讯广告…副总经理, 一个美团创始人,
#: 现任…, a time word (当时总裁马云: techcrunch-zh-alipay-smile-to-pay-kfc; the spec's 时任TikTok
#: CEO), 比如原 UC 创始人何小鹏, 根据抖音电商总裁魏雯雯…, 据悉阿里大文娱总裁樊路远 (36kr-big-
#: tech-unrequited-businesses-2022: 据悉 whole, not 据) (a conjunction only here: 腾讯云与
#: 智慧产业事业群总裁 holds one), and 公司 opening it, the company the text is about (公司董事长兼
#: 首席执行官马克・扎克伯格: ithome-meta-q4-2021-call-tiktok; 同意公司联合创始人宿华:
#: huxiu-kuaishou-su-hua-steps-down; 腾讯公司副总裁 names its company first), and a word that
#: opens the clause (尽管首席执行官马化腾…: techcrunch-zh-tencent-record-profit-mobile-games;
#: 连特斯拉前AI总监、OpenAI创始成员Andrej Karpathy都…: qbitai-ima-copilot-gongzhonghao; not 连锁),
#: 继 (following: 继百度创始人李彦宏宣布…，王海峰公布…: geekpark-wenxin-yiyan-
#: bilibili-double11-2024; not 继续, 继承, 继任), a day (这与昨天其公司董事会主席马化腾:
#: 36kr-tencent-employees-pay-rise; not 今日, as in 今日头条), and the words of a clause that
#: joins the person in (李志飞将与极客公园创始人 & 总裁张鹏, 进入榜单前十的还有腾讯董事会主席兼
#: 首席执行官马化腾: geekpark-tencent-2022-results-tiktok-2023), a conjunction or an 'as'
#: (而委员会主席, 诚如腾讯总裁刘炽平: woshipm-tencent-quanyu-daihuo-own-road) and a hearsay 传
#: before a former title (传原阿里音乐董事长高晓松: huxiu-morning-tme-drops-exclusive-licences;
#: not 传音), and 以 (以创始人侯永璞的名字命名: woshipm-wechat-group-fold-private-domain-ip; not
#: 以色列).
ROLE_FILLER: Final = re.compile(
    r"(?:以及|和|与|及|或|一个|一位|这位|那位|该|其|时任|现任|新任|当时|彼时|目前|如今|此前|担任|作为|身为|"
    r"比如|例如|根据|据悉|据了解|据报道|据|昨天|今天|当天|近日|日前|还有|[这将并也还](?=\s*[与和])|"
    r"尽管|虽然|但是|甚至|就连|连(?![锁续接])|继(?![续承任])|公司|而|诚如|正如|据?传(?=\s*[原前])|以(?!色列)|\s)+"
)
#: 的 before a title: what comes before it describes the holder, and the title starts after
#: it, or at the organisation or product right before it (曾空降TikTok的CEO朱骏 → TikTok的CEO;
#: 曾与周受资在小米共事的谷歌前高管雨果·巴拉 → 谷歌前高管: shijie-zhou-shouzi-tiktok-ceo;
#: 腾讯投资的执行董事姚磊文: 36kr-tencent-oben-investment).
ROLE_OF: Final = "的"
#: A title longer than this is a clause read wrongly: its title word alone is kept.
ROLE_SPAN: Final = 24
#: A page or list number the sentence was joined to (「2 腾讯主席兼首席执行官马化腾表示」 of a
#: results release read from a PDF): a number alone, set off by a space, opens no title; nor
#: does a date (榜单显示，2023 年比亚迪股份有限公司董事长兼总裁王传福…: geekpark-tencent-2022-
#: results-tiktok-2023), a time word as the spec's 时任 is (not 号: 1号店 is a name), also a
#: year told from now (去年 11 月京东集团董事局主席刘强东: latepost-alibaba-taobao-2023-five-
#: strategies).
ROLE_NUMBERING: Final = re.compile(
    r"^\s*(?:(?:[0-9]+\s*(?:年|月|日)|去年|今年|前年)\s*)+|^\s*[0-9]+\s+"
)
#: Marks trimmed from both ends of a role.
ROLE_TRIM: Final = " \t@、，,—-.。"  # 「…壁壘。. 微信支付國際業務總裁李培庫」: 2025-infocast-uber-…
#: Titles of the person at the head (美团创始人, 金山软件CEO, CMC董事长, 壹窑茶业负责人; 董事局主席,
#: the board's chair as Hong Kong-listed companies call it: 京东集团董事局主席刘强东; the heads of
#: an office or a bureau, as of an institute: 主任 (docs/facts-format.md), 国家统计局局长宁吉喆:
#: huxiu-morning-tme-drops-exclusive-licences): with the
#: organisation or product right before them, the person leads it. Not a deputy's (副总裁,
#: 联席总裁) nor a department head's (腾讯公关总经理: words stand between), nor a co-founder's
#: (docs/facts-format.md: 原阿里巴巴联合创始人吴泳铭 is no head of 阿里巴巴, as the gold of
#: 36kr-dingtalk-wuzhao-leaves reads it; 联合创始人宿华 leads 快手 as its CEO).
HEAD_TITLE: Final = re.compile(
    r"(?:董事会主席|董事局主席|董事长|主席|首席执行官|创始人|创办人|总裁|总经理|"
    r"(?:业务|团队|总)?负责人|掌门人|CEO|主任|院长|校长|行长|会长|理事长|所长|局长)"
)
#: 曾在X, 在X: where a person works or worked, not what a head's title alone heads.
WORKED_AT: Final = re.compile(r"在\s*$")
#: What may stand between the organisation and its head's title: 腾讯公司董事会主席,
#: 腾讯集团董事会主席, 有赞的创始人, a company's legal form (格力电器股份有限公司董事长,
#: 腾讯公司控股董事会主席: xinhuanet-wuzhen-world-internet-conference; geekpark-tencent-2022-
#: results-tiktok-2023), and a word of time (字节跳动现任CEO梁汝波, 抖音集团原CEO张楠,
#: 谷歌前CEO 埃里克•施密特: shijie-zhou-shouzi-tiktok-ceo; 特斯拉前AI总监: qbitai-ima-copilot-
#: gongzhonghao, a deputy's): a former head's title still gives leads (docs/facts-format.md).
_ORG_FORM = r"(?:(?:(?:股份)?(?:有限)?(?:责任)?公司|集团|控股|的)\s*){0,3}"
HEAD_GAP: Final = re.compile(rf"^\s*(?:[”\"」』]\s*)?{_ORG_FORM}(?:(?:原|前|现任|时任)\s*)?$")
#: ... and between what is headed and 负责人, a closing quote too (“智能协同与视频云事业部”负责人).
LEAD_GAP: Final = re.compile(rf"^\s*(?:[”\"」』]\s*)?{_ORG_FORM}$")
#: The title kg diff shows for a person who leads X (kg keeps 视频号负责人 as leads, not role).
HEAD_SHOWN: Final = "负责人"
#: X负责人 / X业务负责人 / X总负责人: the person after it leads X, and X负责人 is no role of theirs
#: (docs/facts-format.md: the gold of eval/tune reads none as a role).
LEAD_MARKER: Final = re.compile(r"(?:业务|团队|部门|总)?负责人\s*$")
#: How far after a name a title set off by a comma or in brackets may reach (他叫汤道生，
#: 腾讯高级副总裁、腾讯云与智慧产业事业群总裁，…).
APPOSITION_SPAN: Final = 40
#: After a name, a verb of holding office, and the titles held up to the end of the clause
#: (库伟已出任钉钉COO; 易统历任钉钉硬件负责人、开放平台与商业化总经理; 朱鸿（一粟）曾历任钉钉国际化
#: 团队负责人、…负责人; 库伟加入阿里巴巴，历任阿里云IoT总经理、天猫精灵总经理等职; 周受资出任了
#: 小米国际部总裁: shijie-zhou-shouzi-tiktok-ceo), also one taken (周受资成为小米最年轻的集团
#: 合伙人, 瓦妮莎·帕帕斯成为过渡CEO: the same article; 朱鸿被任命为国际化负责人:
#: 36kr-dingtalk-wuzhao-leaves; 成为 what ends in no title is none: 刘筱成为第一个吃螃蟹的人):
#: an alias in brackets and one short clause of the person's (加入阿里巴巴，) may stand before
#: the verb.
#: (Matched at the name's end: no ``^``. Each optional part takes the spaces after it, so
#: that no two ``\s*`` meet and a long run of spaces is read once, here and below.)
_ALIAS = r"[（(][^（）()，,。]{1,12}[）)]"
_CLAUSE = r"[^，,。；;：:！？!?“”「」]{1,12}[，,]"
#: The place an office is held at may stand before the verb, with no comma (Mike Verdu将加入
#: Netflix担任负责游戏开发的副总裁: huxiu-morning-douyin-xindong-waimai; 邹衍此前在淘特担任
#: 产品负责人: latepost-alibaba-taobao-2023-five-strategies): a title alone is the place's.
_PLACE = (
    r"(?:(?:将|已经?|此前|曾经?|正)\s*)?(?:加入|在)(?P<place>[^，,。；;：:！？!?“”「」]{1,12}?)"
)
OFFICE_AFTER: Final = re.compile(
    rf"\s*(?:{_ALIAS}(?:{_CLAUSE}\s*|\s*)|{_CLAUSE}\s*|{_PLACE}\s*)?"
    r"(?:(?:曾经?|已经?|先后|相继|还|也|又|正式|将)+\s*)?"
    r"(?:曾?历任|曾任|出任|担任|现任|升任|转任|接任|兼任|曾经?是|成为|被任命为)\s*(?:了\s*)?"
    # ... or 是/为 right after the name (张杰波是平安保险高管, 吴泳铭为原阿里巴巴联合创始人).
    rf"|\s*(?:{_ALIAS}\s*)?(?:是|为)\s*"
)
#: A verb of succession right before a name: the person named is the one succeeded, and an
#: office the verb of holding after the name gives is the successor's (蒂姆·库克接手史蒂夫·乔布斯
#: 成为苹果公司 CEO; 接班库克成为苹果 CEO: geekpark-baidu-qujing-meituan-shenhuiyuan-2024).
SUCCEEDED: Final = re.compile(r"(?:接手|接班|接替|取代|替代)\s*$")
#: A clause opened by 作为 and a title, the title of the person the next clause names
#: (作为Facebook的掌门人，见惯了大风大浪的扎克伯格…; 作为FAANG中唯一还在打工的创始人，扎克伯格…:
#: 36kr-facebook-tiktok-wechat-moat; 作为TikTok CEO，受资将…: shijie-zhou-shouzi-tiktok-ceo) ...
AS_TITLE: Final = re.compile(r"作为\s*([^，,。；;：:！？!?]{1,24}?)\s*[，,]")
#: ... a few words into it at most (见惯了大风大浪的).
AS_TITLE_GAP: Final = 12
#: What closes the titles held: 等职, 一职, 职务 (…天猫精灵总经理等职).
OFFICE_END: Final = re.compile(r"\s*(?:(?:等职务?|等职位|一职|职务|职位)\s*)?$")

# ---------------------------------------------------------------- verbs of heading: leads

#: Y负责X / Y执掌X: the person in charge of a product; Y接过X / Y接管了X, one who takes it
#: over, and the one it is taken from (浦燕子从朱时雨手中接过生服业务: 2024-latepost-bytedance-
#: ads-slowdown; 朱鸿接管了“智能协同与视频云事业部”: 36kr-dingtalk-wuzhao-leaves).
LEAD_VERB: Final = re.compile(
    r"^\s*(?:团队)?(?:全面|主要|具体|一直|曾经?|也|还)?"
    r"(?:负责|执掌|掌管|主管|分管|操盘|"
    r"(?:从[^，,。；;：:“”「」]{1,12}?)?(?:手中|手里)?(?:接过|接手|接管)(?:了)?(?:\s*[“\"「])?)\s*$"
)
#: ... the product is what is headed only when it ends the phrase (负责微信支付, 负责视频号业务),
#: not a part of it (负责微信支付的订单系统: an engineer's work).
LEAD_OBJECT_END: Final = re.compile(
    r"[”\"」]?\s*(?:(?:业务|团队|产品|项目|部门|事业部)\s*)?(?:[，,。；;、）)]|和|与|及|$)"
)
#: 负责腾讯游戏发行业务的马晓轶: the verb before the product ...
LEAD_VERB_BEFORE: Final = re.compile(r"(?:负责|执掌|掌管|主管|分管|操盘)\s*$")
#: ... and the person after it and 的.
LEAD_RELATIVE: Final = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:业务|团队|产品|项目|部门|事业部)\s*)?的\s*"
)
#: 腾讯微信正式立项，由张小龙负责: the person after 由 ...
BY_BEFORE: Final = re.compile(r"由\s*$")
#: ... or after 由 and the person's title (由阿里云智能总裁张建锋（行癫）直接管理:
#: 36kr-dingtalk-wuzhao-leaves), 由 opening the clause.
BY_TITLE: Final = re.compile(r"\s*(由)")
#: ... and 负责 ending the clause: the product named last before leads. An alias in brackets
#: may follow the name.
BY_AFTER: Final = re.compile(
    rf"\s*(?:{_ALIAS}\s*)?(?:全面|直接)?"
    r"(?:负责|执掌|掌管|主管|操盘|管理)\s*(?:[，,。；;！!]|$)"
)
#: Y的X, a person's product or company (马云的阿里巴巴, 张小龙的微信, 属于陈航的钉钉时代): the
#: person leads it.
OWNER_GAP: Final = re.compile(r"\s*的\s*")
#: ... unless an account or shop on the product follows (邓刚的抖音橱窗: huxiu-douyin-ecommerce-
#: creators): the person sells or posts there, a user, not its head.
OWNED_ACCOUNT: Final = re.compile(r"\s*(?:橱窗|账号|帐号|直播间|店铺|小店|主页)")
#: Who founded what: 王学集创办的涂鸦智能 (36kr-dingtalk-wuzhao-leaves), 陈耿豪…，2011 年曾创立
#: 营销互动公司微电互动 (36kr-leyaoyao-gongzhonghao-ads), 一手缔造了钉钉的陈航 (36kr-online-office-
#: wecom-dingtalk): the founder leads it. Not 创建 (创建群聊, 创建了一个公众号: an account) nor 成立
#: (腾讯成立了PCG: a company's unit); but 一手 (single-handedly) makes a verb of building one a
#: founding (一手带起钉钉的无招, 其一手创建的钉钉: 36kr-dingtalk-wuzhao-leaves).
FOUNDED_VERB: Final = re.compile(r"(?:一手)?(?:创办|创立|缔造)|一手(?:创建|打造|带起)")
#: ... what may stand between the verb and what was founded: 了, 的, a kind (营销互动公司).
FOUNDED_GAP: Final = re.compile(
    r"\s*(?:(?:了|过)\s*)?(?:的\s*)?"
    r"(?:[\u4e00-\u9fff]{0,6}?(?:公司|品牌|企业|平台|产品|项目|机构)\s*)?(?:[“\"「『]\s*)?"
)
#: 把X交给他: the person it is handed to leads X.
HAND_OVER: Final = re.compile(r"把\s*$")
#: The pronouns that point back to the last person named (他 in 把X交给他).
PRONOUNS: Final = ("他", "她")
HAND_OVER_VERB: Final = re.compile(rf"^\s*(?:交给|交由|交到)\s*(?:了)?\s*({'|'.join(PRONOUNS)})?")
#: A 他 or 她 opening a clause: it stands for the person named last before it (加入阿里前，他曾任
#: 中国联通市场部副总经理、联通华盛总经理: 36kr-dingtalk-kuwei-coo), whose titles a verb of office
#: after it gives. Not 他们, 他人; nor 其, which opens a clause about a company as often as
#: about a person (其营收, 其股价, 其核心电商SaaS产品: 36kr-youzan-wechat-ecosystem; 其创始人
#: 吴泳铭, 元璟资本's: 36kr-dingtalk-wuzhao-leaves).
PRONOUN_OPENING: Final = re.compile(
    rf"(?:^|[，,；;：:。！？!?])\s*({'|'.join(PRONOUNS)})(?![们人])"
)
