"""The cue words :mod:`kg.suggest` finds new terms with: titles and speech verbs beside
people's names, heads of organisation and product names, announcement verbs before lists
of features, and the generic words that are never a term.

They describe how Chinese news names people, companies, products and features, not any one
article: extend these tables (not the code) when an outlet writes differently.
"""

from __future__ import annotations

from types import MappingProxyType

from kg.lang.people import TITLE_WORDS

__all__ = [
    "GENERIC",
    "LATIN_GENERIC",
    "SURNAMES",
    "COMPOUND_SURNAMES",
    "SURNAME_READINGS",
    "PERSON_TITLES",
    "SPEECH_VERBS",
    "SPEECH_VERB_CHARS",
    "ACCORDING_TO",
    "NAME_FOLLOWERS",
    "FATHER_OF",
    "ORG_HEADS",
    "ORG_GENERIC_PARTS",
    "KIND_HEADS",
    "NOT_FEATURE_ENDS",
    "DESCRIPTIVE_ENDS",
    "DESCRIPTIVE_END_WORDS",
    "LOOSE_HEADS",
    "SOURCE_BEFORE",
    "NOT_SOURCE_BEFORE",
    "SOURCE_WORDS",
    "SOURCE_LINKS",
    "SOURCE_KINDS",
    "WORKPLACE_VERBS",
    "PUBLIC_BODY_ENDS",
    "TRADE_HEADS",
    "REGIONS",
    "GOODS_HEADS",
    "LIST_HEADS",
    "LIST_DIRECT_HEADS",
    "LIST_STARTERS",
    "LIST_CLOSERS",
    "LIST_ENDERS",
    "REPRESENTED_BY",
    "EXAMPLE_STARTERS",
    "EXAMPLE_HEADS",
    "LIST_INTRODUCERS",
    "ANNOUNCE_VERBS",
    "BARE_LIST_VERBS",
    "HAVING_VERBS",
    "ABILITY_HEADS",
    "OBJECT_VERBS",
    "DESCRIBED_OBJECT_VERBS",
    "DESCRIPTION_OPENERS",
    "TIME_WORDS",
    "MAKER_PRONOUNS",
    "EVENT_ENDS",
    "DOCUMENT_ENDS",
    "ORDINAL_LEADS",
    "LATIN_NAME_HEADS",
    "CAPABILITY_HEADS",
    "NAMING_HEADS",
    "COUNTED_HEADS",
    "COUNT_CLASSIFIERS",
    "COUNT_POINTER",
    "JOINERS",
    "COUNTED_LEAD_WORDS",
    "CARRIED_OPENERS",
    "CARRIED_ADVERBS",
    "PRODUCT_AGENT_HEADS",
    "CAPABILITY_LEFT_STOP",
    "ITEM_TRIM_HEAD",
    "PRODUCT_NOUNS",
    "DEFINITION_HEADS",
    "DEFINITION_POINTERS",
    "DEFINITION_INTRODUCERS",
    "SUBSIDIARY",
    "COMPOUND_HEADS",
    "QUOTES",
    "QUOTED_CAPABILITY_AFTER",
    "QUOTED_PRODUCT_AFTER",
    "QUOTED_KIND_BEFORE",
    "QUOTED_ACCOUNT_HOSTS",
    "QUOTED_PROGRAMME_ENDS",
    "PASSIVE_MARKS",
    "QUOTED_NAMING_BEFORE",
    "QUOTE_GOES_ON_TAGS",
    "WORK_TITLE_ENDS",
    "LAUNCH_VERBS",
    "COMPANY_TITLES",
    "UNIT_HEADS",
    "GAME_AFTER",
    "GAME_BEFORE",
    "USER_VERBS",
    "BRAND_CHANNELS",
    "CLIENT_LISTS",
    "ADVERBS",
    "PROPER_TAGS",
    "NAME_STOP_TAGS",
    "ORG_STOP_TAGS",
    "ITEM_STOP_TAGS",
    "FUNCTION_CHARS",
    "GRAMMAR_CHARS",
    "MODAL_WORDS",
    "NAME_STOP",
    "NAME_LEAD_STOP",
    "TRAILING_ADVERBS",
    "NOT_A_DEFINITION",
    "COMMON_FREQUENCY",
    "WORD_CHAR_FREQUENCY",
]

#: Words that are never proposed, whatever cues them: what every article says of every
#: product. (``tests/test_suggest.py`` checks that none ever is.)
GENERIC = frozenset(
    """
    功能 新功能 能力 新能力 服务 计划 工具 用户 新用户 平台 数据 内容 产品 新产品 公司 品牌 商家
    企业 机构 客户 组织 团队 部门 行业 市场 业务 模式 方案 解决方案 技术 系统 应用 软件 程序
    场景 入口 生态 流量 私域 公域 运营 营销 体验 价值 模块 板块 栏目 页面 界面 按钮 菜单 设置
    版本 新版 新版本 账号 帐号 消息 通知 聊天 社交 通信 通讯 沟通 协作 协同 办公 管理 支付
    搜索 视频 图文 文章 图片 音频 短视频 长视频 好友 朋友 粉丝 会员 员工 玩家
    创作者 开发者 服务商 合作伙伴 消费者 顾客 商户 门店 店铺 电商 零售 餐饮 旅游 教育 医疗 金融
    汽车 美妆 服饰 食品 游戏 小游戏 手游 网站 网页 链接 二维码 短信 邮件 电话 手机 电脑 设备
    硬件 网络 互联网 移动互联网 人工智能 大模型 模型 算法 云计算 基础设施 商业化 数字化
    智能化 线上 线下 全新 核心 基础 基本 特色 重要 更多 其他 其它 官方 第三方 头部 中小企业
    广告 收入 营收 利润 增长 规模 时长 日活 月活 活跃用户 成本 效率 安全 隐私 信息
    资讯 新闻 媒体 社区 社群 城市 政府 国家 中国 全国 全球 海外 国内 国外 今年 去年 明年 目前 未来
    过去 时代 趋势 机会 问题 需求 痛点 策略 战略 布局 资源 资产 资金 交易 订单 商品
    上线 推出 发布 更新 升级 物流 配送 外卖 支付方式 优惠 福利 权益 活动 任务 售后 客服 售前
    自媒体 主播 达人 博主 作者 编辑 记者 小编 网友 专家 老板 领导 高管 股东 投资人 创始人
    此外 同时 其中 例如 比如 包括 以及 还有 这些 那些 各类 各种 多种 多个 部分 全部 所有
    App APP app 应用程序 客户端 小店 商城 平台化 工作人员
    移动端 PC端 电脑端 手机端 物联网 增强现实 虚拟现实 智能设备 智能硬件 元宇宙 区块链 大数据
    信息存储空间 云服务 增值服务 生活服务 金融服务 政务服务 企业服务 解决方案
    变现 战报 竞品 类目 品类
    """.split()
)

#: Latin words that are abbreviations of common nouns, not names (a list of them is no brand).
LATIN_GENERIC = frozenset(
    """
    APP App app APPs Apps AI VR AR XR MR IM OA CRM SCRM ERP SaaS PaaS IaaS API APIs SDK H5
    PC IT CT OT ICT IDC CEO CTO COO CFO CMO CIO VP HR PM PR BA KOL KOC MCN UGC PGC OGC DAU MAU
    WAU GMV GPM ROI CPM CPC CPS CTR PCU IP ID QR LBS SQL DBA DevOps NL2SQL Agent Agents AIGC
    LLM GPU CPU FPS ARPG MOBA RPG IO OS iOS PRO Pro pro VIP OK TOP TOB ToB ToC B2B B2C C2C
    O2O DTC ISV OEM BUG Bug bug Tab tab TAB Pin Web URL HTTP HTTPS WiFi Wi-Fi GPS AB AA Q1 Q2
    Q3 Q4 H1 H2 YoY QoQ USD CNY RMB HKD IPO VC PE CPU 5G 4G 3G 6G IPv6 NFC UI UX Beta beta
    Demo demo Plus Max Mini Lite Logo logo Vlog vlog vlogs PK pk Office office Online online
    """.split()
)

# ---------------------------------------------------------------- people

#: A noun that a Latin name right after it is one of, and the class it gives: 初创公司ObEN (in
#: 36kr-tencent-oben-investment), 企业办公产品WeLink (36kr-online-office-wecom-dingtalk),
#: 交易SaaS类产品Shopify (36kr-youzan-wechat-ecosystem), 直播应用程序 NOW (tencent-2016-q2),
#: 社交软件Blued, 推理芯片 Inferentia, 大模型 Step-2, 微服务引擎 TSE. Not the Latin heads App and
#: APP (App Annie, APPSO, Amazon App Studio: the head is part of a name) nor 媒体 (科技媒体
#: Engadget is an outlet, 语音社交媒体Yalla an app).
LATIN_NAME_HEADS: MappingProxyType[str, str] = MappingProxyType(
    {
        "公司": "Company",
        "企业": "Company",
        "品牌": "Company",
        "厂商": "Company",
        "机构": "Company",
        "平台": "Product",
        "产品": "Product",
        "应用程序": "Product",
        "应用": "Product",
        "软件": "Product",
        "工具": "Product",
        "系统": "Product",
        "引擎": "Product",
        "芯片": "Product",
        "处理器": "Product",
        "模型": "Product",
        "助手": "Product",
    }
)

#: Single-character family names a person's name may start with. Characters that are far
#: more often words of their own (和, 但, 由, 向, 与 ...) are left out on purpose: a name
#: after a title is then never read out of 「负责人和……」.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧"
    "耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍"
    "喻祁蒲房滕屈饶解牟艾尤穆农卓古吉缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝谈匡鞠惠荆乐冀郁"
    "胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘闻厉伊仝区郜阚帅屠朴盖练廉禹井祖漆巴卿狄宣晋芮浦戈"
    "伏鹿薄邸雍辜裘亓邰赫杭逯茹嵇湛揭昝衡束檀浣蔚司库"
)
#: Two-character family names, tried before the single ones.
COMPOUND_SURNAMES = frozenset(
    """
    欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 端木 独孤 南宫
    西门 轩辕 澹台 万俟 呼延 申屠 闻人 太史 钟离 宗政 濮阳 淳于 单于 公冶 赫连 东郭 百里
    左丘 拓跋
    """.split()
)
#: Family names read otherwise than the character's usual reading (曾 is zeng, not ceng):
#: the pinyin of a person's IRI uses these.
SURNAME_READINGS: MappingProxyType[str, str] = MappingProxyType(
    {
        "曾": "zeng",
        "单": "shan",
        "解": "xie",
        "仇": "qiu",
        "朴": "piao",
        "区": "ou",
        "查": "zha",
        "盖": "ge",
        "乐": "yue",
        "缪": "miao",
        "覃": "qin",
        "翟": "zhai",
        "柏": "bai",
        "薄": "bo",
        "沈": "shen",
        "燕": "yan",
        "冼": "xian",
        "谌": "chen",
        "阚": "kan",
        "蔚": "yu",
        "任": "ren",
        "华": "hua",
        "尉迟": "yuchi",
        "万俟": "moqi",
        "长孙": "zhangsun",
        "单于": "chanyu",
    }
)
#: Titles that a name follows directly (腾讯公司副总裁栾娜, 董事长束从轩, 创始人王兴): the words
#: kg's role rules read as titles (:data:`kg.lang.people.TITLE_WORDS`), a deputy's too, and
#: 讲师, which names a person and is no role of theirs (第二个微信公开课讲师张颖: the seeds' gold
#: reads no role there).
PERSON_TITLES = (*TITLE_WORDS, "副董事长", "副总裁", "副总经理", "副总监", "讲师")
#: What names a 花名 in brackets after a person's name: 任卿（花名：易统）, 朱鸿（花名：一粟）,
#: 陈航（花名：无招） (36kr-dingtalk-wuzhao-leaves), 叶军（花名：不穷） (36kr-dingtalk-kuwei-coo).
NICKNAME_MARKS = ("花名",)
#: Titles of respect after a name: 周为民教授起草的报告 (huxiu-internet-loses-exemption), 李文亮醫生
#: (hkcnews-citizen-lab-wechat-covid-censorship, twice), 薛兆丰老师, 于冬琪老师说
#: (liurun-xiaohongshu-doraemon-business), 马云老师 (2020-36kr-zhang-tao-dianping-founders-advice).
HONORIFICS = ("教授", "医生", "老师")
#: The mark of a plural after a title (分析师们认为): no name follows.
PLURAL_MARKS = frozenset("们")
#: jieba's tags of a person's name (特朗普 nr, 拜登 nrt).
PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
#: Verbs of saying after a name (张颖表示, 罗云告诉数智前线, 姚磊文说道).
SPEECH_VERBS = (
    "表示",
    "说道",
    "说",
    "介绍",
    "透露",
    "指出",
    "告诉",
    "认为",
    "坦言",
    "回应",
    "提到",
    "谈到",
    "强调",
    "宣布",
    "解释",
    "直言",
    "感叹",
    "补充",
    "预告",
    "讲述",
    "回忆",
    "称",
    "披露",
)
#: The verbs of saying of one character: a name a character longer that ends with one is the
#: name and its verb (阿里巴巴集团首席财务官徐宏说：, which jieba cuts 徐宏说) ...
SPEECH_VERB_CHARS = frozenset(verb for verb in SPEECH_VERBS if len(verb) == 1)
#: ... and so are these words of one character, that go on after a name and seldom end one
#: (腾讯云 Serverless 产品总监张浩在《…》中: serverlesscn-mgtv-serverless-transcoding-2021, which
#: jieba cuts 张浩在).
NAME_FOLLOWER_CHARS = frozenset("在也还就曾又都已将的对向把被于从给让等")
#: Phrases that end with a verb of saying and say how, not who speaks: 简单来说 (in
#: 36kr-online-office-wecom-dingtalk: no 简单来 says it), 总体来说, 对用户来说 (22 sentences of
#: eval/tune).
NOT_SPEECH = ("来说",)
#: 据张颖介绍: the name after it is a source.
ACCORDING_TO = ("据",)
#: What may follow a name (besides punctuation): how the length of a name is told apart
#: from the word after it (张颖介绍 against 张孝超介绍).
NAME_FOLLOWERS = (
    *SPEECH_VERBS,
    "在",
    "也",
    "还",
    "则",
    "就",
    "曾",
    "又",
    "都",
    "已",
    "将",
    "是",
    "和",
    "与",
    "及",
    "以及",
    "等",
    "的",
    "对",
    "向",
    "为",
    "把",
    "被",
    "于",
    "从",
    "给",
    "让",
    "带领",
    "率领",
    "先生",
    "女士",
    "博士",
    "首次",
    "亲自",
    "再次",
    "随后",
    "当时",
    "此前",
    "曾经",
    "本人",
    "这",
    "那",
    "用",
    "通过",
    "提出",
    "发出",
    "喊话",
    "参加",
    "出席",
    "做",
    "找",
    "兼",
    "成为",
    "仅",
    # 行业群总经理觅阳分享了一个重要洞察 (liurun-xiaohongshu-doraemon-business), 负责人圣香提及
    # (niaogebiji-xiaohongshu-private-domain), 李卿分享了 (layabox-wechat-minigame-open-class)
    "分享",
    "提及",
    # Adverbs and a verb of thinking that open the predicate (fresh batch C's 36氪 piece on live
    # streaming: 战旗直播CEO陈悠悠觉得, 奉佑生甚至希望; 晚点's 负责人闫小兵均向集团CEO许冉汇报).
    "觉得",
    "均",
    "几乎",
    "甚至",
    "仍",
    "亦",
    # Posting (Tinder 前副总裁杰夫·莫里斯发推称: latepost-tiktok-four-years-showdown; 发文, 发帖
    # and 发博 as news writes them).
    "发推",
    "发文",
    "发帖",
    "发博",
    # Reporting to one (向该中心负责人王明强汇报: qqnews-latepost-aliyun-public-cloud-first;
    # 负责人闫小兵均向集团CEO许冉汇报: the same outlet's JD piece).
    "汇报",
)
#: Verbs between a name and the post it holds, which a title ends: 孙东旭为新东方在线执行董事
#: (ithome-dongfang-zhenxuan-first-livestream), 周受资出任了小米国际部总裁 and
#: 周受资成为小米最年轻的集团合伙人 (2024-shijie-zhou-shouzi-tiktok-ceo), 朱鸿被任命为国际化负责人
#: (36kr-dingtalk-wuzhao-leaves: the passive names the one given it).
POST_VERBS = ("被任命为", "出任", "担任", "兼任", "升任", "就任", "成为", "任", "为", "是")
#: What may follow the title of such a post: it ends the clause, or another post follows.
POST_FOLLOWERS = ("、", "和", "兼", "及", "与", "并")
#: 「微信之父」张小龙: a person named as the father of something.
FATHER_OF = ("之父", "之母")

# ---------------------------------------------------------------- organisations

#: The last word of an organisation's name, and the class it makes. kg:Organization is the
#: class when the head does not say whether it is a company or a public body.
ORG_HEADS: MappingProxyType[str, str] = MappingProxyType(
    {
        "有限责任公司": "Company",
        "股份有限公司": "Company",
        "有限公司": "Company",
        "公司": "Company",
        "集团": "Company",
        "控股": "Company",
        "科技": "Company",
        "银行": "Company",
        "资本": "Company",
        "证券": "Company",
        "保险": "Company",
        "传媒": "Company",
        "娱乐": "Company",
        "基金": "Company",
        "影业": "Company",
        "茶业": "Company",
        "装饰": "Company",
        # 智己汽车, 小鹏汽车 (liurun-tencent-progress, 36kr-shipinhao-brand-livestream)
        "汽车": "Company",
        # 瑞幸咖啡 (woshipm-luckin-private-domain, liurun-tencent-quanyu-report)
        "咖啡": "Company",
        "大学": "PublicBody",
        "学院": "PublicBody",
        "医院": "PublicBody",
        "协会": "PublicBody",
        "委员会": "PublicBody",
        "基金会": "PublicBody",
        "研究院": "Organization",
        "研究所": "Organization",
        "研究中心": "Organization",
        "实验室": "Organization",
        "工作室": "Organization",
    }
)
#: Heads of :data:`ORG_HEADS` that name a trade too: after a place's name alone they name the
#: trade there, no company (中东科技盛会 and 俄罗斯基金DST in 2024-shijie-zhou-shouzi-tiktok-ceo,
#: 美国科技巨头 in simons-deepseek-big-tech-innovation, 【Credit: 亚洲科技 in
#: techcrunch-zh-wechat-mini-programs), where a place's 集团 or 银行 is one (蜀道集团).
TRADE_HEADS = frozenset(
    {"科技", "资本", "基金", "证券", "保险", "传媒", "娱乐", "影业", "茶业", "装饰", "汽车", "咖啡"}
)
#: Countries and regions: before a trade word of :data:`TRADE_HEADS` alone they name the
#: trade there (美国科技巨头, 中东科技盛会), where a city's or an old name's company is one
#: (华夏保险, 长城汽车, 北京汽车: jieba tags 华夏 and 长城 as places too).
REGIONS = frozenset(
    """
    中国 美国 日本 韩国 英国 法国 德国 俄罗斯 印度 新加坡 加拿大 澳大利亚 以色列 欧洲 亚洲 非洲 美洲
    北美 南美 拉美 中东 东南亚 东亚 南亚 欧美 全球 海外 国内 国际 西方
    """.split()
)
#: Heads that are also the goods a verb takes (买汽车, 喝咖啡, 20度发冰咖啡): the name before
#: them does not start with a verb of one character.
GOODS_HEADS = frozenset({"汽车", "咖啡"})
#: What a number is counted in (a date, a time, an age): a name after a number does not start
#: with one of these (2017年瑞幸咖啡 names 瑞幸咖啡; 15秒或30秒短视频功能 in
#: cnbeta-tiktok-facebook-metaverse names no 秒短视频).
DATE_UNITS = frozenset("年月日号秒分时天周岁")
#: Words before a head that make no name of it (一家投资公司, 初创公司, 上市公司; the kinds of
#: financial companies that bank and insurance news name: 寿险公司, 理财子公司, 信托公司).
ORG_GENERIC_PARTS = frozenset(
    """
    一家 这家 那家 该 本 其 某 我们 他们 自己 大 小 新 老 母 子 总 分 上市 投资 初创 创业 经纪
    合资 独资 外资 国有 民营 私营 互联网 科技 金融 电脑 网络 软件 游戏 咨询 媒体 广告 电商 零售
    管理 服务 技术 信息 数据 文化 贸易 实业 发展 控股 集团 中国 全国 全球 国际 各大 头部 龙头
    大型 中型 小型 中小 知名 著名 多家 几家 两家 三家 优质 未上市 被投 联营 单独 更具象 其他
    其它 所有 部分 整个 全部 这些 那些 大量 公立 私立 北京 上海 广州 深圳 杭州 的 了
    保险 寿险 财险 产险 信托 理财 银行 证券 券商 基金 期货 支付
    投资方 对方 双方 我方 风险投资 参投 独角兽
    """.split()
    # the last line: a party to a deal (投资方元璟资本 in 36kr-dingtalk-wuzhao-leaves, 参投公司 in
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou, 风险投资公司 in
    # 36kr-tencent-oben-investment), and a start-up's rank (中国大的独角兽公司 in
    # 2020-36kr-zhang-tao-dianping-founders-advice)
)
#: The last character of a public body's name (公安局, 国家统计局, 工信部, 网信办, 发改委): an
#: item of this ending, listed with known organisations, is a public body, not a company
#: (包括公安局、网信办等在内的16个机构 in woshipm-diantao-vs-douyin-live-commerce,
#: 国家市场监督管理总局、国家统计局 in liurun-tencent-quanyu-report).
PUBLIC_BODY_ENDS = ("局", "部", "委", "办", "署", "厅")
#: Where a figure or a claim comes from: a name after one of these (据视灯研究院发布的……, 根据) or
#: before one of :data:`SOURCE_WORDS` (国信证券数据, 天风证券在研报中表示, 英国广播公司网站报道,
#: 投融资信息平台crunchbase的数据显示: woshipm-top10-internet-business-layout,
#: 36kr-shipinhao-qq-xiaoshijie, cnbeta-tiktok-facebook-metaverse, 36kr-tencent-oben-investment)
#: is an analyst's or an outlet's, not an organisation the article's facts are about.
SOURCE_BEFORE = ("据",)
#: ... but not the 据 of these words (数据, 占据: 大数据公司 names a kind).
NOT_SOURCE_BEFORE = ("数据", "占据")
SOURCE_WORDS = ("数据", "报道", "研报", "报告", "调查", "统计")
#: What may stand between a source's name and :data:`SOURCE_WORDS` (的数据, 在研报中, 网站报道).
SOURCE_LINKS = ("的", "在", "网站", "最新")
#: Kinds of firm that measure others (数据分析公司SuperData in
#: jianshu-honor-of-kings-tencent-q1-2017, 市场情报机构 Measurable AI in
#: latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup, 研究公司 QuestMobile in
#: 2022-kinghcj-mini-program-present-future): a Latin name after one of these and its head
#: (公司, 机构) is a source of figures, not an organisation the facts are about.
SOURCE_KINDS = ("数据", "分析", "研究", "调研", "情报", "咨询", "统计")
#: Verbs whose object is a workplace: an organisation's name starts after them, never before
#: (孟凡刚曾任会友科技 CEO in 36kr-mentingguandian-beauty-saas names 会友科技).
WORKPLACE_VERBS = frozenset({"曾任", "任职于", "就职于", "曾就职于", "担任", "出任", "加盟"})
#: Heads that a word of :data:`ORG_GENERIC_PARTS`, a region or a pronoun right before them
#: makes a kind, not a name (上市公司 and 对方公司 in 36kr-facebook-tiktok-wechat-moat and
#: woshipm-wecom-4-0-datong, 美国公司 in 2020-36kr-zhang-tao-dianping-founders-advice, 本公司 in
#: woshipm-top10-internet-business-layout). Not 有限公司 and the like: 支付科技有限公司 is a name.
KIND_HEADS = frozenset({"公司"})

# ---------------------------------------------------------------- lists (通过A、B、C等品牌)

#: The noun after an enumeration, and the class of its items.
LIST_HEADS: MappingProxyType[str, str] = MappingProxyType(
    {
        "品牌": "Company",
        "企业": "Company",
        "商家": "Company",
        "公司": "Company",
        "客户": "Company",
        "厂商": "Company",
        "服务商": "Company",
        "车企": "Company",
        "银行": "Company",
        "机构": "Organization",
        "案例": "Company",
        "平台": "Product",
        "产品": "Product",
        "应用": "Product",
        "App": "Product",
        "APP": "Product",
        "app": "Product",
        "软件": "Product",
        "社交媒体": "Product",
        "短视频平台": "Product",
        "功能": "Capability",
        "新功能": "Capability",
        "能力": "Capability",
        "服务": "Capability",
        "权益": "Capability",
        "玩法": "Capability",
        "入口": "Capability",
        "组件": "Capability",
    }
)
#: The heads that may follow a list's last item directly (古驰品牌微信小程序); the others
#: must come after 等 or a count, or they belong to the last item (中小商家, 营销服务).
LIST_DIRECT_HEADS = ("品牌",)
#: Words an enumeration starts after (通过索菲亚、五菱宏光……).
LIST_STARTERS = (
    "通过",
    "包括",
    "包含",
    "例如",
    "比如",
    "譬如",
    "诸如",
    "如",
    "像",
    "从",
    "有",
    "与",
    "和",
    "是",
    "在",
    "为",
    "将",
    "让",
    "对",
    "了",
    "的",
    "以",
    "即",
    "选择",
    "还有",
    "除了",
    "涵盖",
    "覆盖",
    "入驻",
    "开通",
    "接入",
    "借助",
    "支持",
    "推出",
    "上线",
    "集成",
    "提供",
    "开放",
    "新增",
    "增加",
    "加入",
    "打通",
)
#: What closes a list: its last item ends before it (（碧桂园、牧原集团、东方日升等）).
LIST_CLOSERS = ("等等", "等")
#: Words an enumeration's last item ends before (……盒马等等APP).
LIST_ENDERS = (*LIST_CLOSERS, "这样", "这些", "都", "均", "也", "纷纷", "先后", "相继", "分别")
#: ……工具，比如A、B、C等: a list that gives examples of the noun before it.
EXAMPLE_STARTERS = frozenset({"比如", "例如", "譬如", "诸如", "比如说", "例如说"})
#: 主要功能有A、B、C / 服务包括A、B: what follows a head noun and opens its list, in one clause.
LIST_INTRODUCERS = ("主要有", "有", "包括", "包含", "涵盖", "：", ":")
#: Heads of a list of examples besides :data:`LIST_HEADS` (百余个营销获客工具，比如多人拼团……).
#: After a list, 工具 is as often a kind of product (钉钉、飞书等办公工具) and is no head there.
EXAMPLE_HEADS: MappingProxyType[str, str] = MappingProxyType({"工具": "Capability"})
#: 以A、B为代表的……服务商: the items are examples of the head.
REPRESENTED_BY = ("为代表的", "为代表")

# ---------------------------------------------------------------- capabilities and products

#: Verbs that announce what a product offers (推出/上线/支持/开放/提供 … 功能).
ANNOUNCE_VERBS = (
    "宣布推出",
    "正式推出",
    "推出",
    "上线",
    "支持",
    "开放",
    "提供",
    "新增",
    "增加",
    "加入",
    "发布",
    "开通",
    "集成",
    "具备",
    "拥有",
    "开启",
    "升级",
    "完善",
    "更新",
    "带来",
    "开设",
    "内置",
)
#: Verbs of having, and the head they make no feature of: 具备/拥有/具有……X能力 says what
#: something can do, not a feature it launches (具备意图识别能力 in szqx-tencent-cloud-tdai, 具备
#: 纠错能力 in 2019-unknown-zhang-xiaolong-wechat-night-speech, 具有一定的抗压能力 in
#: woshipm-top10-internet-business-layout, 拥有不同程度的支付能力 in
#: 36kr-wechat-secondary-device-login: seven sentences of eval/tune, none naming a feature).
HAVING_VERBS = frozenset({"具备", "拥有", "具有"})
ABILITY_HEADS = frozenset({"能力"})
#: Verbs by which a product announces a list of its features with no head word after it
#: (集成IM通讯、日程管理和办公协同的……平台, 支持车机运行小程序、同一ID多端运行). Not 包括: what a
#: text includes is as often industries or technologies (包括施工、清洁能源……).
BARE_LIST_VERBS = (
    "集成",
    "集合",
    "整合",
    "支持",
    "提供",
    "新增",
    "上线",
    "推出",
    "内置",
    "具备",
    "拥有",
    "加入",
    "包含",
)
#: Phrases that hold an announcement verb and are none (线上线下 holds 上线: 打通线上线下一体化经营
#: in the 2023 seed; nine sentences of eval/tune and the seeds say 线上线下).
VERB_HOLDERS = ("线上线下",)
#: Verbs by which a product launches one thing, named at the end of the clause (抖音开设了商品橱窗,
#: 小程序进一步放开了外部跳转).
OBJECT_VERBS = (
    "开设",
    "推出",
    "上线",
    "新增",
    "增加",
    "加入",
    "开放",
    "放开",
    "开通",
    "发布",
    "引入",
    "内置",
    # LayaAir2.2将引擎源码全面切换至TypeScript，支持WebGL2.0 (layabox-3d-dress-up-minigames,
    # layabox-3d-minigames-2019-thousand), LayaAir2.4……，支持微信引擎插件
    "支持",
)
#: Verbs of :data:`OBJECT_VERBS` that launch something new, whose object may be described
#: before 的 (新增了面向老年用户的客服热线 in 36kr-wechat-android-8018, 新增以优质视频为主的精选tab
#: in woshipm-shipinhao-prd, 推出了流量扶持的“秋实计划” in 36kr-online-office-wecom-dingtalk,
#: 推出全新的创作者分成计划 in the 2023 seed). Not 支持, 开放, 发布: what they take with 的 is as
#: often no feature (开放包括搜索在内的全域流量, 提供一站式的最佳实践).
DESCRIBED_OBJECT_VERBS = frozenset({"推出", "上线", "新增", "增加", "加入", "开设"})
#: The words a description of a launched object opens with, before its 的: whom or what it is
#: for or made of (面向老年用户的客服热线, 以优质视频为主的精选tab, 主打下沉市场的花小猪打车 in
#: woshipm-top10-internet-business-layout: the three sentences of eval/tune with the shape; the
#: last has a company, 滴滴, as its agent, so no feature). Another word before 的 is the
#: verb's own object (上线新功能的时间点).
DESCRIPTION_OPENERS = ("面向", "针对", "专为", "基于", "以", "主打")
#: Words that end a clause of time, not a name (淘宝真的开始支持微信支付时, 上线后).
TIME_WORDS = frozenset({"时", "后", "前", "之后", "以后", "之前", "以前", "时候", "期间"})
#: A pronoun by which a product's maker speaks of itself: before a verb of :data:`OBJECT_VERBS`,
#: as good as the product's name (我们推出了首页下拉 and 我们推出了时刻视频 in
#: 2019-unknown-zhang-xiaolong-wechat-night-speech, 我们正式发布了腾讯广告如翼 in
#: liurun-tencent-progress).
MAKER_PRONOUNS = ("我们",)
#: What opens a line of a numbered list written out in words (一是SQL事前风险预测智能体。 in
#: szqx-tencent-cloud-tdai, 一是“群聊邀请确认” in chinaz-wechat-group-features): an ordinal
#: numeral, then 是.
ORDINAL_LEADS = tuple(f"{n}是" for n in "一二三四五六七八九十")
#: What a product's launch that is an event ends with (新品发布会, 节日活动): no feature.
EVENT_ENDS = ("发布会", "大会", "峰会", "论坛", "活动", "晚会", "直播间")
#: ... and a document it publishes (我们发布了财报, 年度报告, 白皮书): no feature either.
DOCUMENT_ENDS = ("报告", "财报", "白皮书", "公告", "报表", "榜单", "邮件", "内部信", "声明")
#: A verb of saying that ends a launch verb's object reports what was published (发布消息称 in
#: huxiu-morning-douyin-xindong-waimai, 发布声明称 and 发布公告称 in
#: huxiu-kuaishou-su-hua-steps-down, 36kr-tencent-results-vc and
#: huxiu-morning-tme-drops-exclusive-licences): whatever the document, no feature.
REPORTED_ENDS = ("称",)
#: The noun a feature's name ends with (付费订阅功能 -> 付费订阅), and its class. 工具 and 入口:
#: 性能检测工具 (woshipm-wechat-8022-perf-tool), 营销获客工具 (36kr-youzan-wechat-ecosystem),
#: 小程序入口 (layabox-wechat-minigame-launch), 添加企业微信的入口 (woshipm-wecom-4-0-datong).
CAPABILITY_HEADS: MappingProxyType[str, str] = MappingProxyType(
    {
        "功能": "Capability",
        "能力": "Capability",
        "服务": "Capability",
        "计划": "Capability",
        "按钮": "Capability",
        "玩法": "Capability",
        "入口": "Capability",
        "工具": "Capability",
    }
)
#: The heads a counted list of features ends with (相簿选取和使用秒剪制作三种模式): a feature's
#: head words, and 模式 and 权益, which name features only after a count that confirms the list.
COUNTED_HEADS = ("功能", "新功能", "能力", "服务", "玩法", "按钮", "模式", "权益", "工具")
#: Classifiers of a count of features (三种模式, 两个功能, 三大核心能力), and the word that may
#: point back at the list before the count (……，这三大核心能力).
COUNT_CLASSIFIERS = ("个", "项", "种", "大", "款", "类")
COUNT_POINTER = "这"
#: What joins the names of a list or of names that share a head word (多人活码和群活码功能).
JOINERS = ("以及", "和", "与", "及", "、")
#: The last words of a clause before the first item of a counted list (视频号的视频发布有 |
#: 直接拍摄).
COUNTED_LEAD_WORDS = (
    "有",
    "是",
    "包括",
    "包含",
    "提供",
    "支持",
    "推出",
    "上线",
    "新增",
    "加入",
    "的",
    "了",
)
#: What a clause may open with that names no subject of its own, so that it goes on with the
#: sentence's (……，并推出电子会员卡): a conjunction, then an adverb.
CARRIED_OPENERS = ("并且", "并", "而且", "同时", "随后", "还", "也", "又", "再")
CARRIED_ADVERBS = ("还", "也", "又", "已", "已经", "正式")
#: Heads that are a part of the feature's name (私域激励计划, 光合计划: a plan is called so).
NAMING_HEADS = ("计划",)
#: Heads that the gold keeps in a feature's name, unlike 功能 (营销获客工具 in
#: 36kr-youzan-wechat-ecosystem, 私域运营咨询服务 in 2023-latepost-temu-factories, 地图服务 in
#: 36kr-douyin-local-life-tandian, 小程序入口 and 下拉入口: 16 features of eval/tune's gold keep
#: 服务, 工具 or 入口 alone, 5 give the bare name first). Where the bare name is proposed too,
#: the name with its head is its altLabel (:func:`kg.suggest._merge_short_forms`).
KEPT_HEADS = ("服务", "工具", "入口")
#: Ends of a name that make it no feature inside a product (docs/facts-format.md's capability):
#: a line of business (电商业务, 教育业务线), matched as a term wherever an article speaks of a
#: company's business (阿里国内电商业务, 抖音等产品直播电商业务 in woshipm-diantao-vs-douyin-live-
#: commerce, 视频号's and TikTok's 电商业务 in four more articles of eval/tune: 12 facts, one of
#: them the gold's), where the gold reads a business as a unit someone leads or as the subject
#: of figures, and as a feature only under another name (广告业务 of 广告, 生服业务 of 生活服务);
#: a side of a product or of a market (App端 in 36kr-wechat-secondary-device-login, PC端, B端
#: and C端 in 31 articles of eval/tune), which no label of the gold ends with.
NOT_FEATURE_ENDS = ("业务", "业务线", "端")
#: Ends of a word that describes rather than names (内容化 in latepost-alibaba-taobao-2023-five-
#: strategies, “网盘式”产品 in woshipm-dingtalk-365-wuzhao-return, “服务化”的战略 in
#: 36kr-miniprogram-dau-aladdin): -isation and -style make an adjective or a trend of a noun.
#: No feature or product of eval/tune's gold ends so, bar the words of
#: :data:`DESCRIPTIVE_END_WORDS`.
DESCRIPTIVE_ENDS = ("化", "式")
#: Nouns that end with a character of :data:`DESCRIPTIVE_ENDS` and describe nothing (青少年模式,
#: 全托管模式: a mode is a feature; SOP标准转化 in 36kr-scrm-li-jiaqi-private-traffic: a
#: conversion).
DESCRIPTIVE_END_WORDS = (
    "文化",
    "变化",
    "模式",
    "方式",
    "形式",
    "格式",
    "样式",
    "公式",
    "仪式",
    "程式",
    "正式",
    "版式",
    "转化",
)
#: Heads after which an announcement verb or a product before the name says half what it says
#: before 功能, unless both are in the clause (企业微信提供……三大群发工具 in woshipm-wecom-account-
#: guide): 提供……服务 and 推出……工具 describe what is offered as often as they name it (交通接驳保障
#: 服务 in niaogebiji-weekly-2022-01-10, 一站式人力资源SaaS服务 in doit-dingtalk-renlijia-hr-saas,
#: 全面AI助理服务 in woshipm-dingtalk-365-wuzhao-return, 数码化服务 in 2025-infocast-uber-wechat-
#: miniprogram-hk: of 18 names so read in eval/tune, 4 the gold's; none of 5 in the articles it
#: was tuned on least). A name cued so in two sentences, or by another rule too, is still
#: proposed. The heads of :data:`KEPT_HEADS`, for the same reason.
LOOSE_HEADS = KEPT_HEADS
#: Heads after which a product before the name, in its clause, makes a feature as sure as an
#: announcement would (钉钉开发了密聊功能). Not 能力: a game that 考验玩家预判反应能力 tests a
#: player's ability, not a feature.
PRODUCT_AGENT_HEADS = ("功能", "服务", "计划", "按钮", "玩法")
#: Words a feature's name never reaches back over, left of its head: function words,
#: announcement verbs, counts and praise (全新, 核心, 特色 …).
CAPABILITY_LEFT_STOP = frozenset(
    """
    的 了 在 和 与 及 以及 或 或者 等 等等 对 为 把 被 从 向 给 让 使 将 已 也 还 都 就 又 再 并
    而 但 但是 这 那 该 其 此 每 各 某 一 一个 一项 一种 一款 这个 这项 这款 这种 这些 那些 多项
    多个 多种 两个 两项 两大 三大 四大 五大 六大 各种 各项 更多 很多 许多 所有 全部 部分 相关 类似
    相应 同样 其他 其它 整体 原有 现有 已有 自带 内置 官方 免费 主要 重要 核心 基础 基本 特色 常用
    亮点 差异化 独有 独特 强大 实用 专业 完整 完善 全新 新版 最新 新 新的 旧 老 好 更好 一些 有
    没有 无 是 不 能 能够 可以 可 会 要 需要 让 即 如 例如 比如 包括 包含 通过 借助 利用 基于 使用
    用 推出 上线 新增 增加 加入 开放 支持 提供 发布 开通 升级 集成 具备 拥有 带来 打造 实现 开启
    关闭 取消 设置 体验 测试 内测 公测 更新 迭代 优化 改进 强化 加强 释放 叫 名为 称为 这一 这一项
    该项 本次 此次 本 多 少 大 小 次 了解 什么 哪些 怎样 如何 之 所 各自 自己 我们 他们 它们
    商业 商业化 服务 功能 能力 产品 平台 用户 奇葩 鸡肋 好用 贴心 神奇 隐藏 有趣 重磅 热门 新奇 实用
    标配
    """.split()
    # 标配: what everything has (智能手表、手环的标配功能 in 36kr-wechat-pay-apple-watch; five
    # sentences of eval/tune in four articles say 标配, none naming a feature)
)
#: Words stripped from the front of a listed item (全新缓存清理功能, 以及铃音历史记录).
ITEM_TRIM_HEAD = (
    "以及",
    "还有",
    "或者",
    "全新的",
    "全新",
    "新版的",
    "新版",
    "最新",
    "新增",
    "和",
    "及",
    "与",
    "或",
    "等",
    "的",
    "了",
)
#: Characters after which a number is a quantity, a date or a rank, not a part of a brand's
#: name as in 360织语 (niaogebiji-collaboration-office-two-camps: 14 rows of its gold, 11
#: sentences; 36氪 is a name too): 45个词, 3亿用户, 12月, 20家门店, 48小时, 90后, 100多家, 500强.
QUANTITY_CHARS = frozenset(
    "个项家款种大位名类条年月日号秒分时天周岁万亿千百十元块次倍人台张件期版代级届色寸度"
    "小后多余来强米克斤公港美层楼座辆部集轮场份首路点成折"
)
#: Nouns after a product's name (支付宝APP, 钉钉客户端).
PRODUCT_NOUNS = ("APP", "App", "app", "客户端", "网页版", "电脑版", "桌面版", "安卓版", "引擎")
#: X是(一款)……<noun>: what the noun makes X (飞书是字节跳动旗下的移动办公产品).
DEFINITION_HEADS: MappingProxyType[str, str] = MappingProxyType(
    {
        "产品": "Product",
        "软件": "Product",
        "应用": "Product",
        "App": "Product",
        "APP": "Product",
        "平台": "Product",
        "游戏": "Product",
        "工具": "Product",
        "小程序": "Product",
        "公司": "Company",
        "企业": "Company",
        "品牌": "Company",
        "服务商": "Company",
        "独角兽": "Company",
        # 日式搬家服务供应商 (liurun-xiaohongshu-doraemon-business), 主营鲜花的淘宝店铺
        # (liurun-taobao-changes-2023): a business
        "供应商": "Company",
        "店铺": "Company",
    }
)
#: 这是一家……: a pronoun subject of a definition, which points back at a name ending the
#: clause before it (武汉天元渔具的合伙人，这是一家成立近20年的渔具销售公司 in
#: huxiu-douyin-ecommerce-creators; 是易丰搬家，这是一家日式搬家服务供应商).
DEFINITION_POINTERS = frozenset({"这", "它", "这家", "其"})
#: What introduces the name in the clause before a definition (是易丰搬家, 叫：花点时间).
DEFINITION_INTRODUCERS = ("就是", "是", "叫做", "叫作", "名叫", "叫")
#: 字节跳动旗下的飞书: a company, then its product.
SUBSIDIARY = ("旗下的", "旗下")
#: A known product's or organisation's name, then one of these, names a term of its own
#: (视频号 + 小店, 腾讯 + 会议, 微信 + 读书, 微信 + 群: a feature), of this class.
COMPOUND_HEADS: MappingProxyType[str, str] = MappingProxyType(
    {
        "小商店": "Product",
        "小店": "Product",
        "商城": "Product",
        "读书": "Product",
        "会议": "Product",
        "云": "Product",
        "地图": "Product",
        "音乐": "Product",
        "邮箱": "Product",
        "浏览器": "Product",
        "输入法": "Product",
        "钱包": "Product",
        "游戏": "Product",
        "新闻": "Product",
        "动漫": "Product",
        "体育": "Product",
        "课堂": "Product",
        "翻译": "Product",
        "乘车码": "Product",
        "城市服务": "Product",
        "群": "Capability",
        "广告": "Organization",
        "投资": "Organization",
    }
)
#: A known product's or feature's name, then one of these, names a feature of it (朋友圈广告 in
#: 2023-liurun-taobao-wechat-pay and 21cto-zhang-xiaolong-profile, 小程序广告 and 公众号广告 in
#: questmobile-miniprogram-ecosystem, 企业微信名片 in 36kr-shipinhao-live-booking-bug; 小程序优惠券
#: and 搜一搜优惠券 in the seeds, 红包封面 in the 2022 seed). After an organisation's name, 广告
#: names its advertising arm (腾讯广告): see COMPOUND_HEADS.
FEATURE_COMPOUND_HEADS = ("广告", "名片", "优惠券", "封面")
#: Of those, the heads that after a product's own name (no kind of feature between) name its
#: line of business rather than a feature, except in a list of features (广告体系（微信朋友圈
#: 广告、小程序广告、公众号广告） in questmobile-miniprogram-ecosystem): 微博广告和营销营收 and
#: 微博广告业务 (36kr-weibo-2021-results-2022), Facebook广告收入
#: (36kr-facebook-tiktok-wechat-moat), 用户吐槽知乎广告
#: (woshipm-q3-results-moats-tencent-alibaba-kuaishou), 抖音电商广告销售人员
#: (woshipm-wechat-gift-group-lottery-door): the gold reads them as the product's metrics or as
#: nothing, and a proposal took those metrics from the product.
BUSINESS_COMPOUND_HEADS = ("广告",)
#: Words that say a list of quotes lists words (keywords, blocked terms), not features: in the
#: sentence before the list or as its head (YY就在黑名单加了45个词，包括「武汉不明肺炎」、……
#: and 遭屏蔽的关键词组合，包括「……」 in hkcnews-citizen-lab-wechat-covid-censorship; 包含“返利”、
#: “红包”、“优惠券”、“签到”等关键词 in woshipm-wecom-account-guide).
WORD_LIST_MARKS = ("词", "字眼")
#: Quotation marks, opening -> closing. 【】 marks a button's, tab's or mode's name in reviews
#: of apps as quotes do: 【看讲解】按钮, 【求讲解】, 【购物车】的功能 (woshipm-diantao-vs-douyin-
#: live-commerce), 【单人冒险】【好友爬塔】两种模式 (layabox-netdragon-lol-minigame), 【接口广场】
#: (woshipm-wecom-4-0-datong): six features of the gold in three articles. The rules that read a
#: quote still want its head word, its product or its announcement, which a column's or a
#: guide's name in 【】 has none of (【IT 黑板报】, 【瑞幸福利社入群指南】).
QUOTES: MappingProxyType[str, str] = MappingProxyType(
    {"「": "」", "“": "”", '"': '"', "『": "』", "‘": "’", "【": "】"}
)
#: A quoted name before one of these is a feature (“加好友”按钮, “自立小店”计划).
QUOTED_CAPABILITY_AFTER = (
    "功能",
    "能力",
    "服务",
    "计划",
    "按钮",
    "玩法",
    "工具",
    "入口",
    "组件",
    "板块",
    "模块",
    # the page or option a feature has in an app: "团购" 页面 (2024-latepost-bytedance-
    # ads-slowdown), “场景群”页面 (woshipm-feishu-dingtalk-wecom), “ 77 会员卡”页面
    # (36kr-laoxiangji-private-domain), “作为副设备登录”选项 (36kr-wechat-secondary-device-login);
    # not tab: “通讯录”tab names a known part of an app's frame, no feature of its own
    "页面",
    "界面",
    "选项",
)
#: “X”的新功能, “X”的按钮: the heads that 的 may join to a quoted name
#: (36kr-shipinhao-qq-xiaoshijie, woshipm-feishu-dingtalk-wecom, qbitai-ima-copilot-gongzhonghao,
#: 2019-unknown-zhang-xiaolong-wechat-night-speech), the words of newness that may come between, and
#: the tags of a quote that describes the feature instead of naming it (「时有时无」的功能: an
#: idiom; 好看, 简单).
QUOTED_OF_HEADS = ("功能", "按钮", "玩法", "入口", "服务", "板块")
QUOTED_OF_DESCRIPTIONS = ("全新", "新")
QUOTED_OF_STOP_TAGS = frozenset({"a", "ad", "an", "ag", "d", "i", "l", "v", "vd", "vi", "z"})
#: A quoted name right after a known product's name is something that product carries: a
#: feature or a programme (微信支付“爱心餐” in the 2023 seed, QQ“小世界” in
#: 36kr-shipinhao-qq-xiaoshijie, 小程序“ 77 会员卡” in 36kr-laoxiangji-private-domain); after
#: one of these, an account it hosts, a product of its own (公众号“夜听” in
#: 36kr-shipinhao-brand-livestream).
QUOTED_ACCOUNT_HOSTS = ("公众号", "订阅号", "服务号", "视频号")
#: A quoted name that ends with one of these names a programme (“春雨计划” and “秋实计划” in
#: 36kr-online-office-wecom-dingtalk, “光合计划” in woshipm-shipinhao-prd).
QUOTED_PROGRAMME_ENDS = ("计划",)
#: A quoted name before one of these is a product (通过“超级推”产品的资源, “羊了个羊”小程序).
QUOTED_PRODUCT_AFTER = ("产品", "小程序", "App", "APP", "app", "客户端", "平台")
#: A kind of thing right before a quoted name says what the name is: a product (社交电商平台
#: “小鹅拼拼” in 36kr-tencent-employees-pay-rise, 游戏发行平台“Ohayoo” in
#: gameres-tencent-bytedance-games-battle, 直播带货平台“东方甄选” in
#: ithome-dongfang-zhenxuan-first-livestream, 办公IM产品“大象” in
#: 36kr-online-office-wecom-dingtalk, 排版工具 “壹伴” in latepost-manus-founders-wechat-tools,
#: 编程工具「Copilot X」 in geekpark-tencent-2022-results-tiktok-2023, 图片软件“GIF快手” in
#: huxiu-kuaishou-su-hua-steps-down) or a feature (新店铺模式“视频内容店” in
#: liurun-taobao-changes-2023, 隐私新特性“记录App活动” in huxiu-morning-meituan-fine-wechat-album).
#: Not 应用 (also a verb: 应用“X”技术) nor 体系 (one sentence). The quote must end the noun
#: phrase (电商平台“二选一”的问题 describes a problem), and a word of jieba's dictionary in it,
#: but a name, only stresses it (为当地产品“代言” in woshipm-diantao-vs-douyin-live-commerce).
QUOTED_KIND_BEFORE: MappingProxyType[str, str] = MappingProxyType(
    {
        "产品": "Product",
        "平台": "Product",
        "工具": "Product",
        "软件": "Product",
        "应用程序": "Product",
        # 英国外卖公司 “户户送” in latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup (twice),
        # TikTok母公司「字節跳動」 in hkcnews-trump-order-bytedance; a Latin name after 公司 is
        # head-before-name's (初创公司ObEN)
        "公司": "Company",
        "功能": "Capability",
        "特性": "Capability",
        "模式": "Capability",
    }
)
#: A quoted name after one of these is being introduced (推出“视频号小店”, 名为“口袋通”). Not
#: 叫 or 叫做 alone: in eval/tune they name a notion the writer explains, six sentences in two
#: articles and no entity (这就叫“横向溢出”, 有一种东西叫做“电热披肩”, 什么叫“线索行业”); a
#: name given with 叫做 and what it names (叫做“八即是美”的小微企业) is the rule ``named``'s.
#: Nor 称为: what a writer or others call something is an epithet, seven sentences of eval/tune
#: in six articles and no entity (将视频号的深度用户称为“人群新空间” in
#: woshipm-morketing-wechat-content-marketing, 被称为“中国的谷歌”, 被员工称为“华哥”).
QUOTED_NAMING_BEFORE = (
    "推出了",
    "推出",
    "上线了",
    "上线",
    "新增了",
    "新增",
    "增加了",
    "加入了",
    "发布了",
    "发布",
    "开通了",
    "名为",
    "更名为",
    "改名为",
    # a new name for an old thing, as 更名为 (将“视频号带货者”升级为“微信小店带货者” in
    # woshipm-wechat-quanyu-xiaodian-daihuozhe, 将“好物联盟”升级为“快分销”)
    "升级为",
)
#: The tags (jieba's) of a word after an announced quoted name that goes on with the clause
#: (推出“百亿补贴”向高线用户渗透 in woshipm-top10-internet-business-layout,
#: 发布了"VALUE方法论"来作为 in huxiu-douyin-ecommerce-creators): the quote names what is
#: announced and describes no noun.
QUOTE_GOES_ON_TAGS = frozenset({"p", "v", "vi", "d", "c"})
#: A quoted name that a clause in the passive names (被外界称为“微信生态第一股” in
#: 36kr-youzan-wechat-ecosystem, 被称为“X”) is what others call something: an epithet.
PASSIVE_MARKS = ("被",)
#: 名为X的Y, 叫做“X”的Y: a verb that gives a name, the name, 的 and a noun that says what it
#: names, of this class: 名为Lark的产品 (36kr-online-office-wecom-dingtalk), 叫DCloud的公司
#: (21cto-zhang-xiaolong-profile), 名为“小世界”的新功能 (36kr-shipinhao-qq-xiaoshijie),
#: 叫做“八即是美”的小微企业 and 名叫“壹窑茶业”的商家 (liurun-tencent-progress), 名叫马云的领导
#: (2023-liurun-taobao-wechat-pay). A few words may describe the noun (小微企业, 新功能).
NAMING_VERBS = ("名为", "名叫", "叫做", "叫作", "叫")
#: Verbs of founding: what they found is an organisation (创办 Peak Labs, 王学集创办的涂鸦智能).
FOUNDING_VERBS = ("联合创办", "联合创立", "创办", "创立")
#: A description before the founded name (创办了一家新的控股公司Alphabet): it ends at one of these.
FOUNDED_KINDS = ("公司", "企业", "机构", "工作室", "基金", "品牌", "工具")
#: A time word that ends a clause of its own (李想创立理想汽车时: 36kr-luoke-auto-tencent-
#: leads-round).
FOUNDED_TIME_ENDS = ("时", "后", "前")
NAMED_HEADS: MappingProxyType[str, str] = MappingProxyType(
    {
        "公司": "Company",
        "企业": "Company",
        "商家": "Company",
        "品牌": "Company",
        "产品": "Product",
        "应用": "Product",
        "小程序": "Product",
        "App": "Product",
        "APP": "Product",
        "游戏": "Product",
        "功能": "Capability",
        "玩法": "Capability",
        "领导": "Person",
    }
)
#: X叫Y, X名为Y: a noun that says what is named, a naming verb and the name, ending the clause
#: (免费软件叫：Foxmail in 21cto-zhang-xiaolong-profile, 项目名为NotebookLlama in
#: qbitai-ima-copilot-gongzhonghao, 这种方式，就叫做：竞价排名 in 2023-liurun-taobao-wechat-pay,
#: 一个小游戏叫做纪念碑谷 in layabox-wechat-minigame-open-class), and the class the noun gives.
#: 形态, 方式 name features (新的形态，叫做应用号).
NAMED_AFTER_HEADS: MappingProxyType[str, str] = MappingProxyType(
    {
        "软件": "Product",
        "应用": "Product",
        "游戏": "Product",
        "项目": "Product",
        "产品": "Product",
        "公司": "Company",
        "品牌": "Company",
        "功能": "Capability",
        "玩法": "Capability",
        "方式": "Capability",
        "形态": "Capability",
    }
)
#: What may stand between that noun and the naming verb (这种方式，就叫做).
NAMED_AFTER_GAP = ("，", ",", "就", "也", "便", "则", "被", "可以", " ")
#: X上线, X正式上线: what comes online at the start of a clause (超大附件上线， 漂流瓶上线).
LAUNCH_VERBS = ("正式上线", "上线", "面世", "问世", "正式关闭", "下线")
#: The head word of a unit of a company or product, between its owner's name and a person's
#: title (钉钉国际化团队负责人, 小米国际部总裁, QQ支付联合产品部总经理,
#: 小红书商业生活服务行业群总经理: eval/tune's 36kr-dingtalk-wuzhao-leaves,
#: 2024-shijie-zhou-shouzi-tiktok-ceo, layabox-qq-light-games-250m,
#: liurun-xiaohongshu-doraemon-business). What the holder leads, and the gold's tables give such
#: units the class of a product (docs/facts-format.md: leads).
#: 中心, 业务 and the others: 快手电商营销中心负责人 (woshipm-kuaishou-live-ecommerce-shift),
#: 微信支付國際業務總裁 (2025-infocast-uber-wechat-miniprogram-hk).
UNIT_HEADS = (
    "事业群",
    "事业部",
    "行业群",
    "团队",
    "部",
    "中心",
    "业务",
    "集团",
    "研究院",
    "实验室",
    "工作室",
)
#: Titles that say the organisation before them is a company (金山软件CEO雷军, 美团创始人王兴).
COMPANY_TITLES = frozenset(
    {
        "CEO",
        "CTO",
        "COO",
        "CFO",
        "CMO",
        "CIO",
        "董事长",
        "副董事长",
        "创始人",
        "联合创始人",
        "总裁",
        "副总裁",
        "总经理",
        "副总经理",
        "执行董事",
        "董事",
        "合伙人",
        "首席执行官",
    }
)
#: A 《title》 ending in one of these is a report, a list or a paper, not a product.
WORK_TITLE_ENDS = (
    "报告",
    "白皮书",
    "榜",
    "榜单",
    "杂志",
    "指南",
    "规范",
    "研究",
    "文章",
    "报道",
    "新闻",
    "密码",
    "计划",
    "大会",
    "峰会",
    "论坛",
    "讲话",
    "演讲",
)
#: 《绝世武神3D》游戏截图, 《心动练习生》是一款……: a 《title》 before these is a game or app.
GAME_AFTER = ("游戏", "是一款", "这款", "小游戏", "App", "APP", "应用")
#: “捏脸换装”游戏《淘宝人生》 (layabox-3d-dress-up-minigames), APP游戏《Balls Race》
#: (layabox-3d-minigames-60), HTML5小游戏《飞机大战》 (layabox-wechat-minigame-launch): a
#: 《title》 right after these is a game.
GAME_BEFORE = ("游戏",)

#: A brand that does something with a product (极氪便通过企业微信, 壹窑茶业开始进入视频号).
USER_VERBS = ("通过", "借助", "入驻", "开通", "接入", "进入", "使用", "基于", "在")
#: A known product on which a brand runs an account, a shop or an app of its own, named right
#: after the brand (老乡鸡公众号 in 36kr-laoxiangji-private-domain, 顺丰速运小程序 in
#: questmobile-miniprogram-ecosystem, 苏宁易购小程序 in 36kr-miniprogram-dau-aladdin, 全棉时代视频号
#: 直播间 in 36kr-shipinhao-brand-livestream, 智己汽车视频号主页 in liurun-tencent-progress).
BRAND_CHANNELS = ("小程序", "公众号", "服务号", "订阅号", "视频号")
#: What opens a list of a business's clients (客户包括广州潮生活、同道大叔、新榜等 in
#: 36kr-leyaoyao-gongzhonghao-ads; the facts format's 「客户包括A、B、C等」; 客户包括丰田和西门子,
#: 客户包括优必选、智元机器人、Tesla等 in public news digests): its items are organisations.
CLIENT_LISTS = ("客户包括", "客户包含", "客户涵盖", "客户有", "合作伙伴包括", "合作伙伴有")
#: Words that open a figure's frame, not a brand's name: 单场直播间的成交额, 单场往往可以推到70万元
#: (woshipm-wechat-xiaodian-slow-merchants), 单月带货额 (36kr-douyin-local-life-tandian), 单日新注册
#: 企业数量 (36kr-online-office-wecom-dingtalk).
PER_UNIT_LEADS = ("单场", "单日", "单月", "单天", "单周", "单店", "单笔")
#: What a brand's sales are reported as (朗姿的视频号做到了600多万的销售额, JNBY也实现了100万的直播
#: 单场GMV): a clause that opens with a name and reports one of these with a figure is a brand's.
SALES_WORDS = ("销售额", "销售业绩", "GMV", "交易额", "成交额", "订单", "卖出", "销量")
#: Adverbs between a subject and its verb (极氪便通过, 九鼎装饰就通过).
ADVERBS = (
    "便",
    "就",
    "也",
    "还",
    "都",
    "则",
    "又",
    "已",
    "已经",
    "正",
    "正在",
    "开始",
    "率先",
    "纷纷",
)

# ---------------------------------------------------------------- jieba's dictionary

#: jieba's part-of-speech tags of names (people, places, organisations, other proper nouns,
#: Latin words): a dictionary word with one of these can still be a new term.
PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "eng"})
#: Tags of words a name never reaches back over, read leftwards from its head word:
#: prepositions, conjunctions, adverbs, pronouns, numerals, classifiers, times, places
#: (方位词), particles (腾讯于联营公司, 2021年微盟集团, 这家公司).
NAME_STOP_TAGS = frozenset(
    {"p", "c", "d", "r", "m", "mq", "q", "t", "tg", "f", "y", "e", "o", "zg", "ad", "vd", "b"}
    | {"u", "ud", "ug", "uj", "ul", "uv", "uz"}
)
#: ... and for an organisation's or a product's name also verbs and adjectives (刚入职公司,
#: 骑单车去实验室); a feature's name keeps them (缓存清理, 截图识码).
ORG_STOP_TAGS = NAME_STOP_TAGS | {"v", "vi", "a"}
#: A listed item that is one dictionary word with one of these tags is no name (中小, 真实).
ITEM_STOP_TAGS = NAME_STOP_TAGS | {"a", "an", "v", "vi"}
#: Tags of the words a founded name holds none of (创立九个月, 于五年前, 最初是一家电子商店): a
#: name's, and verbs.
FOUNDED_STOP_TAGS = NAME_STOP_TAGS | {"v", "vn"}
#: Characters that jieba leaves alone and that are words of grammar, never a part of a name:
#: runs of other single characters are read as one unknown word (壹窑 in 壹窑茶业).
FUNCTION_CHARS = frozenset(
    "的地得了着过在是和与及或对把被从向给让将也还都就又并而但这那其此每各某一有于以为由据"
)
#: Words of grammar that no listed item or feature's name holds as a word of its own (消息的分层,
#: 都可以): inside a longer word they are parts of it (智能出价, 会议室管理, 可视化).
GRAMMAR_CHARS = frozenset("的地得了着过很更最都也还就将会能可要吗呢吧啊")
#: ... nor a modal verb (可以, 能够 …).
MODAL_WORDS = frozenset(
    """
    可以 能够 可能 需要 应该 已经 还是 就是 也是 都是 不会 不能 只能 才能 就能 还能 也能 都能
    """.split()
)
#: A name does not start with one of these (以泛娱乐, 约占集团, 刚入职公司): jieba glues them to
#: the next characters when it does not know the word.
NAME_LEAD_STOP = frozenset(
    "且并或及以在对把被从向给让将也还都就又并而但这那其此每各某据由于的了约刚才便令使"
)
#: The last part of a web address (mp.weixin.qq.com腾讯科技, a clip's source line in
#: 2022-tencent-tech-quanzhen-hulian-roundtable): a name never reaches back over it.
ADDRESS_ENDS = frozenset({"com", "cn", "net", "org", "html", "htm", "shtml"})
#: Words a name never reaches back over, whatever their tag.
NAME_STOP = frozenset(
    """
    通过 借助 利用 基于 使用 包括 包含 例如 比如 譬如 诸如 如 像 除了 还有 以及 或者 作为 成为
    根据 按照 随着 关于 对于 针对 经过 自 到 至 从 向 在 据 由 以 为 被 让 把 将 给 跟 同 与 和 及
    推出 上线 新增 增加 加入 开放 支持 提供 发布 开通 升级 集成 具备 拥有 带来 打造 实现 开启
    宣布 收购 投资 领投 跟投 合作 成立 创办 入股 控股 加盟 离开 选择 搭建 开发 研发 进入 入驻
    接入 开拓 叫 名为 称为 叫做 更名为 就是 即 也是 还是 都是 是 有 没有 这一 这个 那个 一家 一款
    面向 整合 聚焦 对标 侧重 覆盖 涵盖 连接 打通 服务于 来自 依托 依靠 借由
    """.split()
)
#: Words that start a clause, not a name (尤其是视频, 通过导流): a proposal whose first word is
#: one of them is a piece of a clause.
CLAUSE_LEADS = frozenset(
    """
    尤其是 尤其 特别是 主要是 比如说 也就是 不到 包括了 但是 而且 并且 甚至 所以 因此 虽然 通过
    """.split()
)
#: Conjunctions of one character that start a clause (但从有赞, 或本公司), not a name.
CLAUSE_LEAD_CHARS = frozenset("但或而且并及")
#: Pronouns, classifiers and words of place that end a clause's piece (说它, 版本有个, 本质上),
#: not a name.
CLAUSE_END_CHARS = frozenset("它他她其个些上中里")
#: Adverbs and the like between a subject and 是 (有赞微商城一直是……, 老乡鸡算是……).
TRAILING_ADVERBS = (
    "一直",
    "始终",
    "已经",
    "其实",
    "本来",
    "原本",
    "也许",
    "可能",
    "应该",
    "依然",
    "仍然",
    "仍",
    "算",
    "才",
    "便",
    "则",
    # 微信本质上是即时通讯产品 (36kr-facebook-tiktok-wechat-moat): what X is in essence
    "本质上",
    "本质",
)
#: X是……公司 is no definition when the clause says 没有, 像 … (微信群依然是一家没有中层干部的公司).
NOT_A_DEFINITION = ("没有", "不是", "像", "好比", "如同", "相当于", "就像", "仿佛")
#: A word of jieba's dictionary at least this frequent, and not tagged as a name, is a common
#: word (社交 283, 短信 767): a weak cue does not make a term of it.
COMMON_FREQUENCY = 100
#: A single character at least this frequent in jieba's dictionary is a word of its own (个,
#: 人, 大), never a piece of a name that jieba left in characters (壹 窑 of 壹窑茶业).
WORD_CHAR_FREQUENCY = 50_000

#: How often an article must write a Latin name for kg suggest to propose it on that alone.
RECURRING_LATIN = 3
#: Latin words that recur as names do and are none (casefolded), besides the generic ones of
#: LATIN_GENERIC (SaaS, APP, logo), which kg suggest never proposes anyway: words of the trade
#: and a clipping tool's header (Title:, Published Time:).
LATIN_TRADE_WORDS = frozenset(
    {
        "tech",
        "view",
        "developer",
        "insight",
        "banner",
        "web app",
        "source",
        "title",
        "date",
        "author",
        "published",
        "time",
        "content",
        "markdown",
    }
)
