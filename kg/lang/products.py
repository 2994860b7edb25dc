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
    "LAUNCH_VERB",
    "LIST_START",
    "LIST_GAP",
    "FEATURE_TAIL",
    "COORDINATION",
    "POSSESSIVE_GAP",
    "HOST_BEFORE",
    "HOST_AFTER",
    "NOT_SUBJECT",
    "COMPARED_BEFORE",
    "COMPARED_AFTER",
    "JOIN_PLUS",
    "JOIN_CONJ",
    "LIST_GOES_ON",
    "JOIN_VERB",
    "JOIN_SPAN",
    "LINK_VERB",
    "LINK_OBJECT_GAP",
    "LIST_BEFORE_LINK",
    "SCENE_LIST",
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
#: Between the verb and the first feature it lists: an aspect particle, a count, a modifier
#: (增加了一项“加好友”按钮, 加入了全新缓存清理功能, 推出应用“快速上线”), no clause break.
LIST_START: Final = re.compile(r"^[^，,。；;！？!?：:]{0,10}$")
#: Between two features of one list: a separator (、 ， 和 及 以及 与 或), quotes, a head
#: noun (缓存清理功能、以及铃音历史记录), or one short item that is no term between two
#: separators of one kind (语音对话，朋友圈，支付，公众号; not 精选tab，采用和抖音).
LIST_GAP: Final = re.compile(
    r"^\s*[”」』\"'）)]?\s*(?:功能|能力|服务|工具)?\s*"
    r"(?:(?:[、，,/]|以及|还有|和|及|与|或|或者)\s*[“「『\"']?\s*"
    r"|(?P<sep>[、，,])\s*[“「『\"']?[^，,。；;、“”「」\s]{1,6}[”」』\"']?\s*(?P=sep)\s*[“「『\"']?\s*)?$"
)
#: (FEATURE_TAIL and HOST_AFTER are matched at an offset, so they have no ``^``.)
#: What follows the last item of a list of features: 等功能, 等新功能, 两大核心功能, 三大能力.
FEATURE_TAIL: Final = re.compile(
    r"\s*[”」』\"']?\s*(?:等等|等)?\s*(?:[一两二三四五六七八九十几多]+[项个大款种]?)?"
    r"[^，,。；;]{0,4}?(?:功能|能力|服务|工具|玩法|特性)"
)
#: Between coordinated products (飞书、企业微信、钉钉都…; 淘宝天猫): they share a verb.
COORDINATION: Final = re.compile(r"^\s*(?:[、/]|和|及|以及)?\s*$")
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
#: 这个思路沿袭微信, and a product listed after another (添加微信用户、微信群).
NOT_SUBJECT: Final = re.compile(
    r"(?:、|与|和|跟|同|对|向|给|为|比|像|从|到|至|在|进入|跳转到?|接入|连接|打通|替换了?|"
    r"添加|创建|使用|打开|关注|发送|搜索|扫描|下载|登录|沿袭|借助|利用|基于|依托|背靠|"
    r"离开|上线)\s*[“「\"']?\s*$"
)

# ---------------------------------------------------------------- integrates / involves

#: A product named to compare with is no product a capability reaches into: 类似抖音一方面
#: 推出“光合计划”, 与钉钉相比, 不同于钉钉的入口分类, 和微信非常相似.
COMPARED_BEFORE: Final = re.compile(r"(?:类似于?|像|如同|不同于|区别于|相较于?|比起|对比)\s*$")
#: (Matched at an offset, so no ``^``.)
COMPARED_AFTER: Final = re.compile(r"\s*(?:相比|相较|不同|一样|一致|类似|相似|相同)")

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
    r"联动|融合|互通|打通|互联|联通|连接(?!器)|对接|合并|跳转|直通|关联|协同打通"
)
#: A VERB B: the product before the verb connects to the one after it (企业微信可以连接小程序,
#: 等APP都正式接入了微信支付, 公众号文章底部广告可直跳淘宝, QQ更新内置虚幻引擎).
LINK_VERB: Final = re.compile(
    r"打通|互通|接入|连接(?!器)|跳转到|跳转至|跳转|直跳|一跳直达|直通|挂载|嵌入|内置|关联|"
    r"分享到|联动|通往"
)
#: Between the verb of connection and the product it connects to (接入了多个通往小程序的入口).
LINK_OBJECT_GAP: Final = re.compile(r"^[^，,。；;！？!?：:]{0,8}$")
#: Products listed right before a verb of connection are connected one to the next
#: (腾讯文档，企业微信，腾讯会议三大协同工具打通).
LIST_BEFORE_LINK: Final = re.compile(r"^\s*(?:等|等等)?[^，,。；;！？!?：:]{0,8}$")
#: 在公众号、视频号、小程序等场景: products listed as places where another one works.
SCENE_LIST: Final = re.compile(r"在([^，。；]{1,60}?)等?(?:场景|载体|入口)")
