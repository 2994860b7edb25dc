"""The cue words and sentence shapes the customer rules (:mod:`kg.rules.customers`) read
``customer`` with.

They are about how Chinese news names the users of a product, not about any one article:

- a case list: 通过索菲亚、五菱宏光、大疆农业、湖北宜昌社区四个实际案例; 包括GUCCI、兰蔻、李宁、
  小米等12个品牌; 茶饮品牌（蜜雪冰城、CoCo、喜茶GO）; 客户包括…; 阿里云上的龙头企业（碧桂园、
  牧原集团、东方日升等）; a product's ranking
  (抖音品牌排行榜中，苹果、鸭鸭和雅鹿…; 快手上榜品牌中…; 苹果同时出现在抖音、快手的畅销品牌
  榜单中); a product's clients (Spotify 和星巴克等公司都是这款应用的客户);
- a brand doing something with a product: 海王星辰…通过企业微信, 通过企业微信，索菲亚…,
  在腾讯广告和群邑的协助下，智己汽车…, 壹窑茶业开始进入视频号, 老乡鸡在小程序里上线…,
  在微博上发…, 在其官方微博发布…, Uber推出微信小程序, 美团、美团优选，微信小程序带来的
  流量分别占比…;
- a brand's own account on it: 老乡鸡公众号, 五菱宏光的企业微信群, 朗姿的视频号, 草莓宇宙娃屋淘宝
  店铺.

And what is not a use: an investor (领投, 跟投), a rival (对标, 竞争), a partner (与…合作,
和…的合作), a maker (旗下, 推出的), a source quoted (本文来自…, 图源), brands that each use
their own (分别).
Extend these tables (not the rules) when a new outlet writes differently. (Patterns used
with ``match(text, pos)`` have no ``^``: it would anchor at the start of the text, not at
``pos``.)
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "LIST_JOIN",
    "CASE_NOUN",
    "CASE_TAIL",
    "CASE_NOUN_NEXT",
    "CASE_HEAD",
    "CASE_INCLUDES",
    "CASE_LEAD",
    "CLIENTS_INCLUDE",
    "CASE_ETC",
    "OWNER_TIE",
    "CLIENT_OF",
    "CLIENT_NOUN",
    "CLIENT_ANAPHOR",
    "NOT_CASE_BEFORE",
    "NOT_CASE_AFTER",
    "RANKING",
    "RANK_ENTRY",
    "RANKED_IN",
    "RANKED_LIST_END",
    "RANK_GAP",
    "LIST_STOP",
    "EXAMPLES",
    "USE_VERB",
    "USE_NEAR_VERB",
    "CLAUSE_ENDS",
    "LAUNCH_VERB",
    "LAUNCHED_END",
    "USE_GAP",
    "USE_OBJECT",
    "OWN_WORD",
    "USE_OPENER",
    "CLAUSE_LEAD_IN",
    "CARRIED_VERB",
    "PLACE_BEFORE",
    "PLACE_VERB",
    "HELP_OPENER",
    "HELP_TAIL",
    "TRAFFIC_SHARE",
    "ACCOUNT_GAP",
    "ACCOUNT_NOUN",
    "ACCOUNT_WORD",
    "APP_AND",
    "OWN_PLATFORM",
    "MAKER_GAP",
    "MAKER_NAMED",
    "IN_TITLE",
    "NOT_USE",
    "SERVES",
    "OTHER_PARTY",
    "LIST_TURN",
    "RESPECTIVELY",
    "SOURCE",
]

# ---------------------------------------------------------------- case lists

#: What joins the names of a list: 索菲亚、五菱宏光 / 喜茶和蜜雪冰城 / 李宁及安踏.
LIST_JOIN: Final = re.compile(r"\s*(?:、|和|及|以及|与)\s*")
#: The nouns that make a list of organisations cases of a product's use (品牌, 案例, 商家 …),
#: not its makers, rivals or service providers (服务商, 对手 are not here), nor its backers
#: (联合云锋基金、创新工场、元璟资本等机构: 机构 are most often investors), nor its partners
#: (合作伙伴: partners are no customers, docs/facts-format.md), nor the players of a market
#: (A、B等玩家: most often rivals; a ranking's TOP 10玩家 is read by :data:`RANKING`). No case
#: list of eval/tune needs either.
CASE_NOUN: Final = (
    r"(?:品牌|案例|商家|企业|客户|门店|零售商|车企|药企|房企|酒店|银行|医院|学校|高校|政府|"
    r"标杆)"
)
#: Names of the list that kg does not know, before its end: 包括GUCCI、兰蔻、李宁、小米等….
_MORE = r"(?:\s*(?:、|和|及|以及)\s*[\u4e00-\u9fffA-Za-z0-9·]{1,10}?)*"
#: A count: 12个, 四家, 多.
_COUNT = r"[0-9一二三四五六七八九十百千万几多数]+\s*(?:个|家|位|大|款)?"
#: ... and the spaces after it: where ``\s*`` follows a count, it takes them here, so that no
#: two ``\s*`` meet and a long run of spaces is read once (here and below: each optional word
#: takes the spaces after it; the same strings match).
_COUNT_SPACED = r"[0-9一二三四五六七八九十百千万几多数]+\s*(?:(?:个|家|位|大|款)\s*)?"
#: After the list, 等 or a count and the noun (等12个品牌, 四个实际案例, 等本土运动品牌) ...
CASE_TAIL: Final = re.compile(
    _MORE + r"\s*(?:(?:等|这些|这)\s*(?:" + _COUNT_SPACED + r")?|" + _COUNT_SPACED + r")"
    r"[\u4e00-\u9fffA-Za-z]{0,6}?" + CASE_NOUN
)
#: ... or, after a list of two or more, the noun itself (迪奥、路易威登、古驰品牌微信小程序).
CASE_NOUN_NEXT: Final = re.compile(r"\s*" + CASE_NOUN)
#: Before the list, in brackets: 茶饮品牌（蜜雪冰城、CoCo、喜茶GO）.
CASE_HEAD: Final = re.compile(CASE_NOUN + r"\s*[（(]\s*$")
#: 包括A、B、C等: the list after 包括 and closed by 等 names cases whatever noun follows
#: (客户包括广州潮生活、同道大叔、新榜等内容创业者; 包括美团外卖、同程旅行…等在内的14款应用;
#: 包括GUCCI、兰蔻、李宁、小米等12个品牌) ...
CASE_INCLUDES: Final = "包括"
#: ... with names kg does not know (or knows as another kind) between 包括 and the run, ...
_LEAD_NAMES = r"(?:[\u4e00-\u9fffA-Za-z0-9·]{1,10}\s*(?:、|和|及|以及)\s*)*"
CASE_LEAD: Final = re.compile(r"\s*" + _LEAD_NAMES)
#: 客户包括A、B、C等 (目前乐摇摇已经合作的公众号超过 100 个，客户包括广州潮生活、同道大叔、新榜等
#: 内容创业者，以及碧桂园、蜜芽等品牌公众号): the list names the customers of the product named
#: before it, the provider whose clients they are, besides any product named after it.
CLIENTS_INCLUDE: Final = re.compile(
    r"(?:客户|用户)\s*(?:(?:主要|还|也|则)\s*)?(?:包括|包含|涵盖|有)\s*(?:[：:]\s*)?"
)
#: A list that says its organisations are a product's clients, right after the list:
#: Spotify 和星巴克等公司都是这款应用的客户 (ithome-facebook-workplace-7m-paid; in other news:
#: Vivo、国家电网…等公司都是 MeterSphere 的用户, 腾讯、百度…等公司…都是 Flink 的使用者). The
#: product stands between it and :data:`CLIENT_NOUN`, or an anaphor (:data:`CLIENT_ANAPHOR`)
#: names the product of the sentence before.
CLIENT_OF: Final = re.compile(
    _MORE + r"\s*(?:等\s*(?:" + _COUNT_SPACED + r")?[\u4e00-\u9fff]{0,4}?"
    r"(?:公司|企业|品牌|机构|商家|客户|巨头|大厂)\s*)?"
    r"(?:(?:如今|目前|现在|已经|已|早已|也|都|均|同样|皆|先后)+\s*)?(?:是|成为|成了)\s*(?:了)?"
)
#: The clients' noun after the product: 的客户, 的用户, 的付费客户, 的首批用户, 的使用者, 其客户.
CLIENT_NOUN: Final = re.compile(
    r"\s*(?:的\s*)?[\u4e00-\u9fff]{0,4}?(?:客户|用户|使用者|采用者)"
    r"(?![\u4e00-\u9fff]{0,2}(?:数|量|规模|群|服务|经理))"
)
#: 这款应用, 该产品, 这项服务, 其: the product named before, in the sentence before.
CLIENT_ANAPHOR: Final = re.compile(
    r"\s*(?:(?:这|该|此)\s*(?:(?:款|个|项|种|家)\s*)?(?:应用|产品|服务|软件|工具|平台|系统|App|APP|app)"
    r"|其|它)"
)
#: ... and 等 after it, ...
CASE_ETC: Final = re.compile(_MORE + r"\s*等")
#: ... unless the list is of providers, backers, rivals or platform makers, named before 包括
#: or after 等 (服务商包括有赞、微盟等; 包括红杉、IDG等投资方; 包括阿里、字节等巨头).
_NOT_CASE_NOUN = (
    r"(?:服务商|供应商|提供商|开发商|厂商|投资方|投资人|投资者|投资机构|股东|对手|竞品|巨头|大厂|"
    r"平台)"
)
NOT_CASE_BEFORE: Final = re.compile(_NOT_CASE_NOUN + r"\s*(?:(?:主要|还|则|也)\s*)?$")
NOT_CASE_AFTER: Final = re.compile(
    r"\s*(?:在内的\s*)?(?:" + _COUNT_SPACED + r")?[\u4e00-\u9fffA-Za-z]{0,4}?" + _NOT_CASE_NOUN
)

#: A product before a case list whose noun is the product's (阿里云上的龙头企业（碧桂园、牧原集团、
#: 东方日升等）: 36kr-dingtalk-kuwei-coo; 入驻视频号的品牌包括A、B等): the
#: organisations listed use it, also when the sentence names another product after the list.
#: (Matched from the product's end to the list: no ``^``.)
OWNER_TIE: Final = re.compile(
    r"\s*(?:平台\s*)?(?:(?:上|里|中|内)\s*)?的\s*[^，,。；;：:（()）]{0,8}?"
    + CASE_NOUN
    + r"\s*(?:[（(]|[：:]|(?:(?:主要|还|也)\s*)?(?:包括|有|如|比如|例如|像))\s*(?:[：:]\s*)?"
    + _LEAD_NAMES
)

#: A ranking of a product's players right after it, up to the list it names (抖音品牌排行榜中，
#: 苹果、鸭鸭和雅鹿位列总榜前三; 微信小程序TOP 10玩家分别为…美团优选（1.36亿）…): the organisations
#: listed use the product. (包括A、B等 after it is read as a case list.)
RANKING: Final = re.compile(
    r"[^，,。；;：:！？!?]{0,10}?(?:排行榜|榜单|畅销榜|TOP\s*[0-9]+|Top\s*[0-9]+)"
    r"[^，,。；;：:！？!?]{0,6}?(?:中|里|上)?\s*[，,：:]?\s*(?:分别为|分别是|依次为|依次是|为|是)?"
    r"\s*[：:]?\s*"
)

#: A ranking named after a product that lists its brands without a word of ranking before
#: them: 快手上榜品牌中…如…黛莱皙、朵拉朵尚 (36kr-questmobile-livestream-ecommerce), 抖音品牌榜
#: 中, 带货榜. (A 热搜榜 ranks topics, not brands: not here.)
RANK_ENTRY: Final = re.compile(
    r"[^，,。；;：:！？!?]{0,6}?(?:上榜(?:品牌|商家|企业|公司)|(?:品牌|商家|带货|销售|销量)榜)"
    r"[^，,。；;：:！？!?]{0,6}?(?:中|里|上)?\s*[，,：:]?\s*(?:分别为|分别是|依次为|依次是|为|是)?"
    r"\s*[：:]?\s*"
)
#: A brand entering a product's ranking, right after the brand (苹果同时出现在抖音、快手的
#: 畅销品牌榜单中: 36kr-shipinhao-brand-livestream), the products before 的…榜 in its clause.
RANKED_IN: Final = re.compile(
    r"\s*(?:(?:同时|也|还|均|都|再次|连续|多次|一度)+\s*)?(?:出现在|登上|进入|入选|跻身|入围|位列|排在|霸占|登顶)"
)
#: The end of a ranking's products after :data:`RANKED_IN`: 的…榜 (抖音、快手的畅销品牌榜单).
RANKED_LIST_END: Final = re.compile(r"的?[^，,。；;：:！？!?]{0,8}?榜")
#: Between :data:`RANKED_IN` and the first product of its ranking: 登上了抖音, 进入 2021 年快手….
RANK_GAP: Final = re.compile(r"\s*(?:了\s*)?(?:[0-9]{4}\s*年\s*)?(?:[0-9]{1,2}\s*月\s*)?")
#: Where a list that gives examples ends: the sentence's next full stop or semicolon.
LIST_STOP: Final = re.compile(r"[。；;！？!?]")
#: Examples after a ranking (如, 例如, 比如, 包括): its list goes on past commas (快手上榜品牌
#: 中涌现了不少本土国货品牌，如美妆行业中的新生品牌黛莱皙、朵拉朵尚，食品饮料行业中的老牌食品品牌
#: 江中，…清承堂等).
EXAMPLES: Final = re.compile(r"[，,：:]\s*(?:如|例如|比如|诸如|包括)")

# ---------------------------------------------------------------- a brand using a product

#: A verb of using, between the brand and the product (海王星辰2万名店员通过企业微信连接…,
#: 壹窑茶业开始进入视频号, 字节跳动…先后试用过Skype、微信). Not 投入: most often money or
#: resources put into a business (阿里大力投入资源发展本地生活服务, 腾讯投入极大), not a use.
USE_VERB: Final = re.compile(
    r"(?:通过|借助|利用|使用|运用|采用|依托|基于|接入|入驻|开通|进入|入局|布局|试用|"
    r"选择|搭建|开设|启用|引入|部署)"
)
#: 用, the plainest verb of using, read only right after the brand or its list (茶百道、霸王茶姬、
#: 奈雪的茶等用飞书; 喜茶、古茗等内部用钉钉: woshipm-wecom-super-crm): further on it is most often
#: another's act (阿里后来也不至于用「来往」…, 拼多多的用户…用过淘宝). Not 用户, 用于, 用途, 用量.
USE_NEAR_VERB: Final = re.compile(r"用(?![户于途量])")
#: ... and what its product ends: the clause (阿里用饿了么牵制住美团 is an instrument, its own).
CLAUSE_ENDS: Final = re.compile(r"\s*(?:[，,。；;！!？?）)]|$)")
#: A brand launching something on a product (2025-infocast-uber-wechat-miniprogram-hk:
#: Uber推出微信小程序, Uber 正式推出官方微信小程序; layabox-netdragon-lol-minigame: 网龙重磅
#: 推出这个…微信小游戏): read only for a product of a known maker, as most things launched
#: are the brand's own.
LAUNCH_VERB: Final = re.compile(r"推出|上线")
#: After the product launched, what ends the thing launched: its name in quotes or brackets
#: (微信小游戏《决战巨神峰》), a break, the end; not a noun it modifies (Layabox推出小游戏流量共享
#: 平台, ObEN推出了一个…微信聊天服务短片: layabox-minigame-traffic-sharing, 36kr-tencent-oben-
#: investment).
LAUNCHED_END: Final = re.compile(r"\s*(?:[《“\"「『（(，,。；;：:！!？?\s]|$)")
#: What may stand between the verb and the product: 通过自有的公众号, 进入了视频号, an opening
#: quote (通过“超级推”产品的资源，智己汽车…).
USE_GAP: Final = re.compile(
    r"\s*(?:(?:了|过)\s*)?(?:(?:自有的|自家的|官方的?|其)\s*)?(?:[“\"「『]\s*)?"
)
#: From the verb to its object: :data:`USE_GAP`, then other names of a list the product
#: ends (通过朋友圈广告和视频号, 通过小程序、会员群, 试用过Skype、微信+微信企业号), but no
#: other words (Layabox基于在QQ轻游戏技术和商务上的优势: layabox-qq-light-games-250m).
#: (A name of spaces alone, which the pattern allowed, is an empty one after the spaces:
#: ``(?<=\s)(?!\s)``, so that the spaces are not shared between it and the ``\s*`` before. It
#: is read with ``fullmatch`` from a verb's end, never from after a space.)
_LISTED = (
    r"(?:(?:[^，,。；;：:、和及与/+＋\s][^，,。；;：:、和及与/+＋]{0,11}?|(?<=\s)(?!\s))"
    r"\s*(?:、|和|及|以及|与|/|\+|＋)\s*(?:[“\"「『]\s*)?)*"
)
USE_OBJECT: Final = re.compile(USE_GAP.pattern + _LISTED)
#: In :data:`USE_GAP`, the words that call the product the brand's own (基于其 ChatGPT: geekpark-
#: baidu-qujing-meituan-shenhuiyuan-2024; 通过自有的公众号: woshipm-wecom-4-0-datong): a product
#: of no known maker named so is the brand's own, not one it uses.
OWN_WORD: Final = re.compile(r"自有|自家|其")
#: A clause that opens with the verb and its product, the brand opening the next clause:
#: 通过企业微信，索菲亚… / 此外使用企业微信，大疆农业实现了….
USE_OPENER: Final = re.compile(
    r"\s*(?:(?:此外|同时|另外|而|并|还|也|则|就|是)\s*)?(?:通过|借助|利用|使用|运用|采用|依托|基于)\s*"
)
#: Words that may open a clause before its subject: 此外, 同时, 医药零售企业 (a kind), 新能源车企.
CLAUSE_LEAD_IN: Final = re.compile(
    r"\s*(?:(?:此外|同时|另外|而|并且|并|目前|如今|随后|之后|其中)\s*)?"
    r"(?:(?:[\u4e00-\u9fff]{0,6}?(?:企业|品牌|车企|药企|公司|商家)|[\u4e00-\u9fff]{1,8}?的)\s*)?"
)
#: A clause that opens with the verb and names no brand: its subject is the brand that
#: opened the clause before (字节跳动公司开始寻求…工具，先后试用过Skype、微信…; 壹窑茶业断掉了
#: 其它平台的直播，全力投入视频号).
CARRIED_VERB: Final = re.compile(
    r"\s*(?:(?:先后|全力|也|还|并|又|再|随后|开始|已经|已|正式|陆续|纷纷|都|则|便|就)+\s*)?"
    + USE_VERB.pattern
)
#: 在视频号上直播 / 在小程序里上线 / 在微博上发: the product as the place of the brand's act;
#: the brand's own account there too (茶颜悦色在其官方微博发布消息: huxiu-morning-douyin-xindong-
#: waimai; 在官方公众号、QQ群、官网等渠道 of layabox-minigame-traffic-sharing).
PLACE_BEFORE: Final = re.compile(r"在\s*(?:(?:其|自家|自己的)\s*)?(?:官方\s*)?$")
PLACE_VERB: Final = re.compile(
    r"(?:直播|开店|开播|带货|卖货|销售|发布|发|上线|推出|开设|开通|搭建|运营|经营|投放|举办|举行|"
    r"下了|做|提供)"
)

#: A clause that says a product helps, the brand opening the next clause (在腾讯广告和群邑的
#: 协助下，智己汽车通过…: liurun-tencent-progress; 在企业微信的帮助下，…).
HELP_OPENER: Final = re.compile(r"\s*(?:(?:此外|同时|另外|而|并|正是|也)\s*)?在\s*")
HELP_TAIL: Final = re.compile(
    r"(?:的)?\s*[\u4e00-\u9fff]{0,4}?(?:帮助|协助|助力|支持|加持|赋能|推动)(?:之)?下\s*$"
)

#: The share of a brand's traffic that a product brings, right after the product: 美团、美团优选、
#: 橙心优选，微信小程序带来的流量分别占比达到39.9%… (36kr-questmobile-miniprogram-traffic-h1,
#: which also has 淘特的阿里小程序流量占比); 像是猫眼电影或是同城旅游这样的应用，来自“小程序”的
#: 流量占比已经超过了80% (huxiu-internet-loses-exemption). The brands named before the
#: product, in its clause or the one before, get their users through it. (Matched at the
#: product's end: no ``^``; each optional word takes the spaces after it, so that no two
#: ``\s*`` meet and a long run of spaces is read once.)
TRAFFIC_SHARE: Final = re.compile(
    r"\s*(?:[”\"」』]\s*)?(?:(?:带来|贡献|导入|引入)\s*)?(?:的\s*)?(?:渠道\s*)?流量\s*(?:(?:分别|的)\s*)?占比"
)

# ---------------------------------------------------------------- a brand's own account

#: Between a brand and its account on a product: 老乡鸡公众号, 五菱宏光的企业微信群, 朗姿的视频号,
#: 老乡鸡官方公众号.
ACCOUNT_GAP: Final = re.compile(
    r"\s*(?:的\s*)?(?:(?:官方|品牌|门店|店长|旗舰店|员工|店员|账号)+\s*)?(?:的\s*)?"
)
#: :data:`ACCOUNT_GAP` names an account on another maker's product (朗姿的视频号, 老乡鸡公众号), but
#: on a product of no known maker most often the company's own: 苹果的imessage (36kr-facebook-
#: tiktok-wechat-moat), 旷视科技的 Face++技术 (techcrunch-zh-alipay-smile-to-pay-kfc), 腾讯光子的
#: 腾讯桌球 (2018-layabox-tencent-billiards-3d-minigames), 新浪其他业务 (36kr-weibo-2021-
#: results-2022), 阿里钉钉 (36kr-dingtalk-wuzhao-leaves). There it is read as an account only
#: when one is named, right after the product (草莓宇宙娃屋淘宝店铺: liurun-taobao-changes-2023;
#: A的抖音账号) ...
ACCOUNT_NOUN: Final = re.compile(
    r"\s*(?:官方\s*)?(?:账号|帐号|官方号|企业号|旗舰店|店铺|网店|小店|直播间|主页|官微|官博)"
)
#: ... or before it, in :data:`ACCOUNT_GAP`: 老乡鸡官方公众号, A账号.
ACCOUNT_WORD: Final = re.compile(r"官方|旗舰店|账号|门店|店长|员工|店员")
#: Between a brand and its product, its app named first: 美团外卖APP与小程序 (questmobile-
#: miniprogram-ecosystem), 同程旅行、携程旅行及去哪儿旅行APP及其关联小程序.
APP_AND: Final = re.compile(
    r"\s*(?:APP|App|app|应用)\s*(?:与|和|及其|及|以及)\s*(?:其\s*)?(?:(?:关联|自有|自己)\s*)?(?:的\s*)?"
)
#: After a company's product in its clause: the product is its own system or platform, made,
#: not used (谷歌的安卓系统; 百度小程序、支付宝小程序、抖音小程序…等平台).
OWN_PLATFORM: Final = re.compile(r"系统|平台")
#: The maker's own product, not one it uses: 字节跳动旗下的飞书, 腾讯推出的视频号.
MAKER_GAP: Final = re.compile(r"旗下|自家|自研|推出的|发布的|研发的|开发的|打造的")
#: A company's name right before a product's Latin name, nothing but a space between, names
#: the company's own product, not its account on another's: 苹果 iOS 新版微信 (woshipm-wechat-
#: 8022-perf-tool), 谷歌 Play 商店 (techcrunch-zh-wechat-mini-programs), 谷歌Project Starline
#: (2022-tencent-tech-quanzhen-hulian-roundtable). An account is named after a product of
#: another maker's (老乡鸡公众号, 屈臣氏小程序). (Matched at the company's end: no ``^``.)
MAKER_NAMED: Final = re.compile(r"\s*[A-Za-z]")
#: A product named in a person's title after the company (原阿里钉钉CEO无招, 原阿里钉钉市场部
#: 负责人甘聪, 原阿里钉钉首席架构师: 36kr, 2021-07-09): the company is the person's employer
#: and the product's maker, not a brand with an account on it. (Matched at the product: no
#: ``^``.)
IN_TITLE: Final = re.compile(
    r"[^，,。；;：:、（）()“”\s]{1,14}?"
    r"(?:首席[\u4e00-\u9fff]{1,4}官|CEO|CTO|COO|CFO|CMO|副?总裁|总经理|负责人|创始人|董事长|总监|"
    r"高管|架构师)"
)

# ---------------------------------------------------------------- what is no use

#: A clause that speaks of investing in, competing with or rivalling, or of a partnership
#: (深化和银联云闪付的合作: woshipm-q3-results-moats-tencent-alibaba-kuaishou; not 合作伙伴, a
#: noun of case lists): no customer in it.
NOT_USE: Final = re.compile(
    r"投资|领投|跟投|融资|入股|持股|股东|收购|对标|竞争|对手|竞品|抗衡|挑战|不如|超越|"
    r"(?:与|和|同|跟)[^，,。；;]{0,12}合作(?!伙伴)"
)
#: Between a brand and its verb: it serves others (有赞微商城可以为商家搭建…), a provider, not
#: a user.
SERVES: Final = re.compile(r"为(?:商家|客户|企业|品牌|用户|商户|零售商)|帮助|助力|赋能|服务")
#: Between the verb and the product: another party (阿拉丁研究院通过对同程旅行访谈): the
#: product is not what the brand uses.
OTHER_PARTY: Final = re.compile(r"对|向|与|跟|为|帮|替")
#: Between a list of brands and its verb: each does it with its own product (腾讯和阿里分别通过
#: 微信和手机淘宝…: woshipm-top10-internet-business-layout), not every product named.
RESPECTIVELY: Final = re.compile(r"分别|各自")
#: A sentence naming where the text comes from (本文来自, 图源, 头图来源于…): media quoted as
#: sources, not users of the product they publish on.
SOURCE: Final = re.compile(
    r"本文来自|本文来源|来源[:：]|来源于|转载|图源|图片来源|头图|作者[:：]|授权"
)
#: What ends the reach of a list of brands for the product named after it: a clause that
#: turns to something else (，而耐克供应商申洲国际跌幅超5%), or a semicolon.
LIST_TURN: Final = re.compile(r"[，,]\s*(?:而|但|但是|不过|然而|同时)|[；;]")
