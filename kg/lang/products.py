"""The cue words and sentence shapes the product rules (:mod:`kg.rules.products`) read
``offers``, ``involves`` and ``integrates`` with.

They are about how Chinese news writes of products, not about any one article: a product
announces or provides its features (微信推出“查看附近的人”功能, 飞书拥有进群管理、消息管理等),
owns them (飞书的“稍后处理”功能), hosts them (在小程序里可以直接点餐), and connects to
another product (企业微信与微信互通, 公众号文章底部广告可直跳淘宝, 视频号 + 微信支付).
Extend these tables (not the rules) when a new outlet writes differently; the punctuation
they share with the other families (clause breaks, brackets) is in :mod:`kg.lang.punctuation`.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "OFFER_VERB",
    "COMMON_WORD_LENGTH",
    "MEDIUM_WORDS",
    "NAMED_FEATURE",
    "QUOTED",
    "FIELD_AFTER",
    "LAUNCH_VERB",
    "AGENT_LAUNCH",
    "LIST_START",
    "PLACES_TAIL",
    "PLACES_OPENED",
    "PLACES_GAP",
    "LAUNCHED_TO",
    "LAUNCH_QUALIFIER",
    "LIST_GAP",
    "FEATURE_TAIL",
    "FEATURES_ALONE",
    "FEATURES_ALONE_REST",
    "COORDINATION",
    "POSSESSIVE_GAP",
    "HOST_BEFORE",
    "HOST_AFTER",
    "NOT_SUBJECT",
    "EDITION_AFTER",
    "MODIFIER_AFTER",
    "OWNER_AFTER",
    "NEGATED_BEFORE",
    "NEGATED_AFTER",
    "LACKED_BEFORE",
    "HEDGED_BEFORE",
    "LIKENED_BEFORE",
    "COMPARED_BEFORE",
    "COMPARED_AFTER",
    "COMPARED_WITH",
    "COMPARED_LATER",
    "COMPARING_CLAUSE",
    "REACH_NAME",
    "JOIN_PLUS",
    "JOIN_CONJ",
    "LIST_GOES_ON",
    "JOIN_VERB",
    "JOIN_SPAN",
    "LINK_VERB",
    "LINK_NEGATED",
    "ECOSYSTEM",
    "ECOSYSTEM_WORD",
    "ECOSYSTEM_PARTS",
    "ECOSYSTEM_WHOLE",
    "SUPPORT_VERB",
    "LAUNCHED_ON",
    "LAUNCHED_ON_VERB",
    "LAUNCHED_GAP",
    "BUILT_ON",
    "BUILT_HEAD",
    "COUNTED_SUBJECT",
    "BUILT_THING",
    "BUILT_GAP",
    "LINK_OBJECT_GAP",
    "BOTH_WAYS",
    "LIST_BEFORE_LINK",
    "DISPOSAL",
    "DISPOSAL_SPAN",
    "SCENE_LIST",
    "HEADING_NUMBER",
    "LEAD_MIN",
    "LEAD_RATIO",
    "LEAD_ORGANISATION_MIN",
    "SELF_DEFINED",
    "SELF_REFERENCE",
    "HEADING_AFTER_PRODUCT",
]

# ---------------------------------------------------------------- offers

#: Verbs with which a product announces, provides or holds its features: 微信推出…功能,
#: 飞书拥有进群管理…, 企业微信宣布推出…三大功能, 集成IM通讯、日程管理…的平台. The features
#: listed after one are offered by the verb's subject.
OFFER_VERB: Final = re.compile(
    r"推出|上线|发布|新增|增加|加入|开设|开通|开放|提供|支持|拥有|具备|集成|集合|承载|"
    r"包括|包含|涵盖|上架|测试|开发|研发|引入|配备|搭载|升级"
)
#: Of those, the verbs that launch something: what they list may be a product of its own
#: (微信推出了视频号, 微信正在测试“小程序”), which the subject then offers (not 上线 and
#: 加入: 上线微信小游戏 is to go live on it).
LAUNCH_VERB: Final = re.compile(r"推出|发布|新增|增加|开设|测试|研发")
#: Right after such a verb, the destination it publishes to (一键发布为小游戏, layabox-wechat-
#: minigame-launch): what follows is no launch. (Matched at the verb's end: no ``^``.)
LAUNCHED_TO: Final = re.compile(r"\s*(?:为|到|至)")
#: Right after a product the verb names, what makes it qualify the thing launched, not be it:
#: 视频号新增了企业微信的联动玩法 (36kr-shipinhao-brand-livestream), 新增支付宝小游戏适配及发布
#: (layabox-3d-minigames-2019-thousand), 增加视频号的内容创作. (Matched at an offset: no ``^``.)
LAUNCH_QUALIFIER: Final = re.compile(r"\s*(?:[”」』\"']\s*)?(?:的|适配|联动|打通|互通|接入)")
#: Right before a feature, in its clause, a verb of launching that a company is the subject of:
#: the company offers it (拼多多…同时推出“百亿补贴”, 美团…上线直播带货等新模式: woshipm-top10-
#: internet-business-layout, 2024-latepost-bytedance-ads-slowdown; 蘑菇街上线直播购物功能). No
#: other verb: 腾讯为…商家提供更多的入驻支持 is a platform's. (Searched up to the feature: ``$``.)
AGENT_LAUNCH: Final = re.compile(r"(?:推出|上线)了?[^，,。；;：:]{0,10}$")
#: A capability written in at most this many characters (游戏, 分享, 电商, IM) is a common
#: word: offered by no product unless the ontology gives it one (kg:featureOf).
COMMON_WORD_LENGTH: Final = 2
#: Longer words that name a medium or a market, not a feature, and are common words too: news
#: speaks of 短视频 (腾讯发展短视频, 抖音曾经能追上快手…短视频刚起步, QQ上线…观看短视频) far
#: more often than of a product providing it.
#: 直播间, the room a stream is watched in, is a place news names in passing (进入了直播间, 把直播间
#: 推给这些粉丝, 直播间挂的基本都是…链接: nine readings on tune, in seven articles, two right).
MEDIUM_WORDS: Final = frozenset({"短视频", "长视频", "中视频", "图文", "直播间"})
#: Right after a short capability, the head that names it as a feature (密聊功能, 群收款按钮,
#: “灵感”板块); (matched at an offset, so no ``^``) ...
NAMED_FEATURE: Final = re.compile(r"[”」』\"']?(?:功能|能力|服务|玩法|板块|按钮|入口|选项)")
#: ... or a quotation mark right before it.
QUOTED: Final = re.compile(r"[“「『\"']")
#: After a capability that names a field or a market, not a feature: 短视频领域, 短视频赛道,
#: 电商平台, 短视频社区, 直播电商行业, 协同办公类产品, 支付巨头. (Matched at an offset: no ``^``.)
FIELD_AFTER: Final = re.compile(
    r"\s*(?:领域|赛道|行业|市场|类产品|类应用|类平台|平台|社区|红利|巨头|厂商|玩家|格局|"
    r"生态|软件|APP|App|app)"
)
#: After the last item of a list, a head that makes the list places or partners, not features:
#: 在公众号…、朋友圈等多个微信场景内流转, 连接视频号、公众号、服务号等多个场景 (woshipm-wechat-
#: quanyu-xiaodian-daihuozhe), 视频号和公众号、朋友圈等组合 (woshipm-wechat-blue-packet-lottery),
#: 在官方公众号、QQ群、官网等渠道 (layabox-minigame-traffic-sharing): twelve readings on tune,
#: none right. (Matched at an offset: no ``^``.) ...
PLACES_TAIL: Final = re.compile(
    r"\s*(?:[”」』\"'）)]\s*)?等[^，,。；;、]{0,8}?(?:场景|渠道|载体|组合)"
)
#: ... the list going on over brackets (公众号（订阅号、服务号）、视频号（直播、短视频）) and over
#: the rest of a word an item's name starts (聊天会话、社群) ...
PLACES_GAP: Final = re.compile(
    r"^(?:[^，,。；;、：:（）()\s]{0,4}[\s、（）()“”「」『』\"']+|[\s、（）()“”「」『』\"']*)$"
)
#: ... unless a verb of announcing opens the list (开放更加多元的搜索场景，包括主界面-快速搜、…等
#: 场景: the seeds), with no 在 between (支持店铺及商品信息在公众号…等场景内: where it works).
#: (Searched up to the list's first item: ``$``.)
PLACES_OPENED: Final = re.compile(rf"(?:{OFFER_VERB.pattern})了?[^在，,。；;：:]{{0,10}}$")
#: Between the verb and the first feature it lists: an aspect particle, a count, a modifier
#: (增加了一项“加好友”按钮, 加入了全新缓存清理功能, 推出应用“快速上线”), no clause break.
LIST_START: Final = re.compile(r"^[^，,。；;！？!?：:]{0,10}$")
#: Between two features of one list: a separator (、 ， 和 及 以及 与 或), quotes, a head
#: noun (缓存清理功能、以及铃音历史记录), or one short item that is no term between two
#: separators of one kind (语音对话，朋友圈，支付，公众号; not 精选tab，采用和抖音).
LIST_GAP: Final = re.compile(
    r"^\s*(?:[”」』\"'）)]\s*)?(?:(?:功能|能力|服务|工具)\s*)?"
    r"(?:(?:[、，,/]|以及|还有|和|及|与|或|或者)\s*(?:[“「『\"']\s*)?"
    r"|(?P<sep>[、，,])\s*[“「『\"']?[^，,。；;、“”「」\s]{1,6}[”」』\"']?\s*(?P=sep)\s*(?:[“「『\"']\s*)?)?$"
)
#: (FEATURE_TAIL and HOST_AFTER are matched at an offset, so they have no ``^``.)
#: What follows the last item of a list of features: 等功能, 等新功能, 两大核心功能, 三大能力.
#: (Each optional word takes the spaces after it, so that no two ``\s*`` meet and a long run
#: of spaces is read once.)
FEATURE_TAIL: Final = re.compile(
    r"\s*(?:[”」』\"']\s*)?(?:(?:等等|等)\s*)?(?:[一两二三四五六七八九十几多]+[项个大款种]?)?"
    r"[^，,。；;]{0,4}?(?:功能|能力|服务|工具|玩法|特性)"
)
#: What may remain of a line beside the features it lists, for them to stand alone on it as
#: a product's features (群成员去重; 一是“群聊邀请确认”; 群关键词回复、关键词监控).
FEATURES_ALONE: Final = re.compile(
    r"[\s、，,和及与“”「」\"'*#：:。；;]*"
    r"(?:(?:[一二三四五六七八九十\d]{1,2}[是、.．）)]|[（(][一二三四五六七八九十\d]{1,2}[）)])"
    r"[\s、，,和及与“”「」\"'*#：:。；;]*)?"
)
#: ... and no more than this many characters of it.
FEATURES_ALONE_REST: Final = 12
#: Between coordinated products (飞书、企业微信、钉钉都…; 淘宝天猫): they share a verb.
COORDINATION: Final = re.compile(r"^\s*(?:(?:[、/]|和|及|以及)\s*)?$")
#: Between a product and a feature it owns: 飞书的“稍后处理”, 视频号独有的社交推荐功能,
#: 在老乡鸡公众号的菜单栏里.
POSSESSIVE_GAP: Final = re.compile(
    r"^\s*(?:独有的|自有的|自己的|的)\s*(?:全新|新版|新)?\s*[“「『\"']?\s*$"
)
#: 在X里/中/上 (X the product): the features of the rest of the clause are X's (在小程序里
#: 可以直接手机点餐, 在腾讯广告妙思上，提示的输入…).
HOST_BEFORE: Final = re.compile(r"在\s*$")
HOST_AFTER: Final = re.compile(r"\s*(?:的[^，,。；;]{0,8}?)?(?:里面|里|中|内|上|当中|下面|下方)")
#: A product right after these is no subject of its clause but what the clause speaks to:
#: 与微信的连接是企业微信的特色, 进入小程序, 在视频号的首页, 添加微信用户, 创建微信群,
#: 这个思路沿袭微信, a product bought (重金收购A站涉足二次元、上线快手直播PC平台: huxiu-kuaishou-
#: su-hua-steps-down; 10亿收购Instagram: 36kr-facebook-tiktok-wechat-moat), one developed
#: (快速开发小程序、小游戏、公众号网页等: 2022-kinghcj-mini-program-present-future;
#: 无缝开发微信小游戏项目; 开发了小程序和企业号团购后端的会员系统), and a product listed after
#: another (添加微信用户、微信群).
NOT_SUBJECT: Final = re.compile(
    r"(?:、|与|和|跟|同|对|向|给|为|比|像|从|到|至|在|进入|跳转到?|接入|连接|打通|替换了?|"
    r"添加|创建|使用|打开|关注|发送|搜索|扫描|下载|登录|沿袭|借助|利用|基于|依托|背靠|"
    r"离开|上线|收购了?|并购了?|开发|研发)\s*[“「\"']?\s*$"
)

#: After a product that names the edition of another (安卓版, iOS 版本, iOS 新版微信, 安卓端,
#: Android系统下) or the devices it runs on (只支持iOS设备: 36kr-wechat-secondary-device-login):
#: no subject, nor a product supported. (Matched at an offset, so no ``^``.)
EDITION_AFTER: Final = re.compile(r"\s*(?:新?版本?|端|系统|设备)")
#: After a product that qualifies the people of the clause, who are its agents, not the
#: product: 头部公众号主也尝试了直播带货, 九鼎装饰公众号粉丝用户. (Not 用户: 「淘宝用户，也可以
#: …选择使用“微信扫码支付”」 describes 淘宝's feature.) (Matched at an offset, so no ``^``.)
MODIFIER_AFTER: Final = re.compile(r"\s*(?:号?主(?![页要打流播题体动])|粉丝|博主)")
#: After a company that only qualifies what the clause speaks of, its owner (这个阿里旗下最知名的
#: 品牌之一, 腾讯的财报, 阿里系): no agent of the clause. (Matched at an offset, so no ``^``.)
OWNER_AFTER: Final = re.compile(r"\s*(?:旗下|的|系)")
#: A feature the clause says the product lacks is not offered: 视频号还未上线类似“dou+”的
#: 付费投流功能, 微信没有让用户设置…直播预约链接, 安卓版依旧没加入朋友圈转发功能, iOS暂不支持,
#: 飞书管理后台在客户管理…上还欠缺相应功能. Before the feature, in its clause: a negation right
#: before a verb of providing, 未 with any adverb (还未, 尚未, 始终未推出…抽奖功能: woshipm-wechat-
#: blue-packet-lottery) (searched from the clause's start to the feature; no ``^``) ...
NEGATED_BEFORE: Final = re.compile(
    r"(?:未|没有?|未能|暂不|还不|尚不|不再)\s*"
    r"(?:上线|推出|支持|开放|提供|开通|具备|拥有|发布|新增|加入|增加|让|允许)"
)
#: ... or, after it in its clause, a verb of lacking.
NEGATED_AFTER: Final = re.compile(r"欠缺|缺少|缺乏|暂不支持|尚不支持|还不支持|不支持")
#: ... or, right before it (a few words between at most), a verb of having negated: 没有分享按钮，
#: 没有广告 (layabox-3d-minigames-60), 没有独立加好友功能 (mydrivers-wechat-windows-360).
#: (Matched at the feature: ``$``.)
LACKED_BEFORE: Final = re.compile(r"(?:没有|并无|缺少|缺乏|不具备)[^，,。；;、]{0,4}$")
#: Nor is one the clause only wishes, plans or supposes, before the feature (no part of a name,
#: 光合计划, nor a noun, 商家激励计划的流量券): 企业微信可能在微信红包里申请自定义的红包皮肤
#: (2019-unknown-zhang-xiaolong-wechat-night-speech), 微信计划对短视频信息流广告进行测试
#: (36kr-shipinhao-qq-xiaoshijie), 腾讯云希望从数据库DevOps与数据洞察两大核心场景入手 (szqx-
#: tencent-cloud-tdai), 我们更期待将微信服务号…打通 (woshipm-shipinhao-prd), 哪怕微信把…CallKit
#: …加入 (woshipm-wechat-8022-perf-tool). Not 将 and 将会: news announces with them what the
#: product is to provide (视频号将会提供…), as the gold tables read it. (Searched from the
#: clause's start to the feature; no ``^``.)
HEDGED_BEFORE: Final = re.compile(
    r"(?<!尽)可能|打算|希望|期待|期望|哪怕|假如|倘若|"
    r"计划(?=对|在|于|将|把|推出|上线|开放|提供|测试|引入|接入|进行)"  # a verb, not 激励计划的…
)
#: A feature right after these is named to compare, as a likeness, not as the product's own:
#: 淘宝就会生成一个类似淘口令的邀请链接 (ithome-it-heibanbao-30-taobao-wechat-friends),
#: Facebook的主界面类似朋友圈 (36kr-facebook-tiktok-wechat-moat), 视频号还未上线类似“dou+”的
#: 付费投流功能 (36kr-shipinhao-brand-livestream). Not 像, which also introduces an example
#: (像Reels等新产品).
LIKENED_BEFORE: Final = re.compile(r"(?:类似于?|如同|不同于|区别于)\s*[“「\"']?\s*$")

# ---------------------------------------------------------------- integrates / involves

#: A product named to compare with is no product a capability reaches into: 类似抖音一方面
#: 推出“光合计划”, 与钉钉相比, 不同于钉钉的入口分类, 和微信非常相似, and one imitated
#: (模仿snapchat推出Stories、模仿Zoom推出Rooms: 36kr-facebook-tiktok-wechat-moat).
COMPARED_BEFORE: Final = re.compile(
    r"(?:类似于?|像|如同|不同于|区别于|相较于?|相比较?于?|相对于|比起|对比|模仿|效仿|仿照)"
    r"\s*[“「\"']?\s*$"
)
#: A clause that opens so sets up a comparison: the products it names are no subject (相比
#: 2020年初的“全员all in小程序”，…; 相比较钉钉，…). (Matched at the clause's start.)
COMPARING_CLAUSE: Final = re.compile(r"\s*(?:相比|相较|相对于|比起|对比|不同于|区别于)")
#: (Matched at an offset, so no ``^``.)
COMPARED_AFTER: Final = re.compile(r"\s*(?:相比|相较|不同|一样|一致|类似|相似|相同)")
#: ... or, after a conjunction right before it, a word of likeness or difference later in its
#: clause: 与微信小程序的开发工具类似 (2022-kinghcj-mini-program-present-future), 跟QQ是极其不一样
#: (21cto-zhang-xiaolong-profile), 与《彩色跑酷》核心玩法基本一致, 与《球球飞车》类似 (layabox-3d-
#: minigames-60), 与传统的LOL玩法有所不同 (layabox-netdragon-lol-minigame). The conjunction ...
COMPARED_WITH: Final = re.compile(r"(?:与|和|跟|同)\s*[《“「\"']?\s*$")
#: ... and the word, matched at the product's end (no ``^``), a few words on at most.
COMPARED_LATER: Final = re.compile(
    r"[^，,。；;！？!?、与和跟同]{0,12}?(?:一致|相同|相似|类似|一样|不同|相差无二|相比)"
)

#: In a capability's name, beside the product named inside it, the words that make it lead into
#: that product, a link between two (docs/facts-format.md, involves): a link, a card, a jump, an
#: adding, a payment, a plugin, a 去 opening it (公众号文章链接, 企业微信名片: 36kr-shipinhao-live-
#: booking-bug; 添加企业微信: woshipm-wecom-4-0-datong; 去微信找朋友帮我付, 微信扫码支付: 2023-
#: liurun-taobao-wechat-pay; 去微信添加更多好友: ithome-it-heibanbao-30-taobao-wechat-friends;
#: 小程序跳转小游戏: layabox-wechat-minigame-open-class; 连接视频号, 企业微信客服: the seeds). A
#: part of the product (QQ群, 微信游戏中心, 视频号广告, 企业微信助手, 我的小程序) leads nowhere
#: else. (Searched in the name without the product's.)
REACH_NAME: Final = re.compile(r"^去|链接|名片|跳转|直跳|添加|连接|插件|支付|付款|收款|分享到|客服")
#: 视频号 + 微信支付: two products joined by a plus.
JOIN_PLUS: Final = re.compile(r"^\s*[+＋]\s*$")
#: A和B…联动 / 与B互通: a conjunction before the second product (or a list of them), not
#: inside a word (共同, 同时, 参与, 相同, 跟进) ...
JOIN_CONJ: Final = re.compile(r"(?<![共相如不协参给])(?:和|与|同|跟)(?![时比样步期类谐平进踪随])")
#: ... in the clause of the verb, or in one that goes on with the list
#: (和通信、社交、公众号、小程序、支付，包括企业微信产生了…融合) ...
LIST_GOES_ON: Final = re.compile(r"[，,、]\s*(?:包括|以及|还有|乃至|甚至|及|和)")
#: ... how far the verb of connection may stand from the conjunction.
JOIN_SPAN: Final = 40
#: ... and a verb of connection later in the sentence (互动 and 交互 are nouns too often:
#: 从功能到交互).
JOIN_VERB: Final = re.compile(
    r"联动|融合|互通|打通|互联|联通|连接(?!器)|对接|合并|跳转|直通|关联|协同打通|集成|整合"
)
#: A VERB B: the product before the verb connects to the one after it (企业微信可以连接小程序,
#: 让钉钉融入阿里云, LayaAir引擎同步支持适配微信小游戏,
#: 等APP都正式接入了微信支付, 公众号文章底部广告可直跳淘宝, QQ更新内置虚幻引擎,
#: 百度如流集成了…CRM平台爱番番, 在直播间挂出企业微信名片, 主页都挂了视频号主页、小程序的下单链接,
#: 通过在公众号文章里内嵌小程序).
LINK_VERB: Final = re.compile(
    r"打通|互通|接入|连接(?!器)|跳转到|跳转至|跳转|直跳|一跳直达|直通|挂载|挂[出了上着]|嵌入|内嵌|内置|"
    r"关联|分享到|联动|通往|融入|适配|集成"
)
#: A product named as its whole ecosystem or the parts of it, no partner of a verb of
#: connection: 微信小店正在逐步连接微信生态中的各个场景 (woshipm-wechat-quanyu-xiaodian), 微信小店是
#: 连接微信生态各个部分的统一平台 (woshipm-wechat-xiaodian-slow-merchants), 与整个微信生态系统相
#: 连接 (woshipm-wechat-gift-group-lottery-door, woshipm-wechat-quanyu-xiaodian): the gold of
#: eval/tune reads none of them as integrating 微信. Not the ecosystem alone (加深与微信生态的
#: 互联互通: 企业微信 integrates 微信 in the seeds' gold). After the product, 生态 (unless its name
#: ends with it: 微信生态 is a name of 微信 in kg's ontology) ...
ECOSYSTEM_WORD: Final = "生态"
ECOSYSTEM: Final = re.compile(rf"\s*{ECOSYSTEM_WORD}")
#: ... and its parts or its system after it (生态中的各个场景, 生态各个部分, 生态系统) ...
ECOSYSTEM_PARTS: Final = re.compile(
    r"\s*(?:系统|(?:(?:中|里|内)\s*)?(?:的\s*)?(?:各个|各|所有|全部|每个))"
)
#: ... or 整个 before it.
ECOSYSTEM_WHOLE: Final = re.compile(r"整个\s*$")
#: Right before a verb of connection, a negation: the clause says the two are not connected
#: (编码模块不再内嵌到LayaAirIDE: layabox-3d-minigames-2019-thousand). (Searched up to the verb.)
LINK_NEGATED: Final = re.compile(r"(?:不再|不|没有?|未|无法|尚未|还未|还没)\s*(?:能|可以)?\s*$")
#: A supports B, B a product named alone (not a list of features: 支持语音、小程序等功能): A
#: works with B, integrates it (淘宝逐步支持微信支付, 2023-liurun-taobao-wechat-pay.md, six
#: times; LayaAir引擎支持小游戏一键发布, layabox-wechat-minigame-launch.md).
SUPPORT_VERB: Final = re.compile(r"(?:开始|逐步|全面|已经|已|也|均|都|正式)*支持(?:了)?")
#: A在P(平台)(上/中)上线/首发/推出: a product launched on a platform integrates it
#: (「每日必抢」小程序在支付宝上线, 2018-36kr-alipay-pintuan; 《雪鹰领主3D》在腾讯玩吧首发,
#: 2017-layabox-wanba-xueying-lingzhu-3d; 又在微信中推出了“鹅享团”小程序, 36kr-tencent-employees-
#: pay-rise). Matched right after the platform, which 在 stands right before (HOST_BEFORE).
#: (Each optional word takes the spaces after it, so that a long run of spaces is read once.)
LAUNCHED_ON: Final = re.compile(
    r"\s*(?:平台\s*)?(?:(?:上|中|内|里)\s*)?(?:(?:正式|首次|率先)\s*)?(?:上线|首发|推出)了?"
)
#: ... whose verb a sentence must hold for the rule to look (most hold none).
LAUNCHED_ON_VERB: Final = re.compile(r"上线|首发|推出")
#: ... and between the verb and what it launches, if it names it (推出了“鹅享团”小程序; not
#: 上线并获得优质位置…: a second verb).
LAUNCHED_GAP: Final = re.compile(
    r"^\s*(?:了\s*)?(?:(?:一[个款项种]|全新的?|新的?)\s*)?(?:[“「『\"'《]\s*)?$"
)
#: A built with B: a product made with an engine, a model or a cloud integrates it
#: (docs/facts-format.md): 《雪鹰领主3D》采用Layabox旗下的LayaAir引擎研发制作
#: (2017-layabox-wanba-xueying-lingzhu-3d), 腾讯桌球…运用了LayaAir引擎的3D技术
#: (2018-layabox-tencent-billiards-3d-minigames), 《圈羊大作战》…都是采用了LayaAir的3D引擎, and
#: as news writes it of models and clouds (基于混元大模型打造, 采用腾讯云开发). The verb ...
BUILT_ON: Final = re.compile(r"(?:采用|基于|运用|依托)了?")
#: ... and, right after the product it names, what says it is built with (an engine's,
#: model's or framework's head word, or a verb of making): 采用Layabox的X工具 is no more.
BUILT_HEAD: Final = re.compile(
    r"[^，,、。；;！？!?：:（(]{0,6}?(?:引擎|技术|大模型|模型|框架|内核|底座|开发|研发|制作|打造|构建|搭建)"
)
#: ... with at most a maker's name between the verb and the product (Layabox旗下的) ...
BUILT_GAP: Final = re.compile(r"^[^，,、。；;！？!?：:]{0,12}$")
#: ... and when 的 follows (采用LayaAir引擎开发的《全民大乐斗》: layabox-wechat-minigame-launch),
#: the product right after it, a title mark between or not, is the one built so, also after a
#: few words saying what it is, before its title (基于LayaAir引擎开发的3D微信小游戏《决战巨神峰》:
#: layabox-netdragon-lol-minigame).
BUILT_THING: Final = re.compile(r"的(?:[^，,。；;！？!?、《》]{0,10}(?=《))?(?P<mark>《)?")
#: A clause whose subject is a count of things (其中4款采用LayaAir引擎开发: four of the games
#: listed before, layabox-wechat-minigame-launch) says nothing of the product before it.
COUNTED_SUBJECT: Final = re.compile(
    r"(?:其中|共有|有)?\s*[\d一二三四五六七八九十几多]+\s*[款个家位]"
)
#: Between the verb of connection and the product it connects to (接入了多个通往小程序的入口).
#: No 、 in it: 「与APP数据互通、便于在微信内分享」 lists a second trait, not the object; nor 在,
#: which names where it works (简单集成后即可在 iPhone…平台下的应用中运行: 2022-kinghcj-mini-
#: program-present-future).
LINK_OBJECT_GAP: Final = re.compile(r"^[^，,、。；;！？!?：:在]{0,8}$")
#: Of the verbs of connection, those that link both ways and so give no direction: the text's
#: order is kept (「打通了公众号和视频号」: 公众号 integrates 视频号, also in an article on 视频号;
#: docs/facts-format.md), and products they list with no subject link one to the next.
BOTH_WAYS: Final = re.compile(r"打通|互通|联动|融合|互联|联通|对接|合并|关联|协同打通")
#: Products listed right before a verb of connection are connected one to the next
#: (腾讯文档，企业微信，腾讯会议三大协同工具打通).
LIST_BEFORE_LINK: Final = re.compile(r"^\s*(?:等|等等)?[^，,。；;！？!?：:]{0,8}$")
#: A将B(、C等产品)集成/打通 (飞书将…石墨文档、幕布等产品集成在产品中, 将微信服务号、公众号、
#: 视频号与直播的功能相互打通): the products between the particle and a verb of connection
#: that has no object after it are its objects, the clause's subject before the particle
#: its subject ...
DISPOSAL: Final = re.compile(r"将|把")
#: ... at most this many characters before the first of them (字节跳动收购的).
DISPOSAL_SPAN: Final = 12
#: 在公众号、视频号、小程序等场景: products listed as places where another one works.
SCENE_LIST: Final = re.compile(r"在([^，。；]{1,60}?)等?(?:场景|载体|入口)")

# ---------------------------------------------------------------- sections and articles

#: The product an article is about is the one it names most: at least this many times ...
LEAD_MIN: Final = 5
#: ... and this many times as often as any other product.
LEAD_RATIO: Final = 2
#: A company's own results release names it once, defining what it calls itself after
#: (腾讯控股有限公司（“腾讯”或“本公司”…）), and from then on writes 本公司 or 本集团: each of
#: those names the company it defines, when the article's lead is counted.
SELF_DEFINED: Final = re.compile(
    r"[（(][^（）()]{0,40}?[“「\"]\s*(?:本公司|本集团)\s*[”」\"][^（）()]{0,40}?[）)]"
)
SELF_REFERENCE: Final = re.compile(r"本公司|本集团")
#: The organisation an article is about is the one it names at least this many times and
#: LEAD_RATIO times as often as any other: one named in a short text alone is its subject
#: (腾讯 in two lines of its results), the first company of a day's roundup is not.
LEAD_ORGANISATION_MIN: Final = 1

#: Before the product a section's heading opens with: nothing or its number (01, （1）, 一、).
HEADING_NUMBER: Final = re.compile(
    r"\s*(?:(?:\d{1,2}|[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|第[一二三四五六七八九十\d]{1,2}[部章节])\s*)?"
)
#: After it: the end of the heading, or a colon after a few words (视频号两周年：…, 微信支付：…).
#: A product's own section is headed so; 微信小程序DAU4.1亿，分享成… is a headline.
HEADING_AFTER_PRODUCT: Final = re.compile(r"\s*(?:[^，,。；;：:！？!?]{0,6}[：:]|$)")
