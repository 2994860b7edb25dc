"""The people rules (kg.rules.people) on real sentences: who holds which title (role), who
heads what (leads) and who speaks for a product (presents).

Every sentence is quoted from an article: of eval/tune (named beside it), of the seeds, or of
the news (the outlet and date beside it). Its people, organisations and products are added
the way `kg suggest` adds them: a class and a label, nothing else (no kg:madeBy); the rules
must read them from the sentence alone. Each shape is found in several articles (the comments
say which); a shape one sentence needs is no rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ontology_with

from kg.loaders import load_text
from kg.ontology import Ontology
from kg.pipeline import extract

#: Terms of these sentences that the shipped ontology lacks, as `kg suggest` writes them.
SUGGESTED = {
    "Person": (
        "栾娜 蒋杰 林瑾 王兴 雷军 梅格·惠特曼 浣昉 姚磊文 孙平 马化腾 白鸦 束从轩 张闻奇 罗云 "
        "高嵩 王巨宏 胡事民 汤道生 张军 刘炽平 任宇昕 王小川 马晓轶 宋晓慧 孙春光 李卿 陈航 "
        "张勇 马云 张小龙 叶军 徐德强 杨凯然 张杰波 库伟 易统 朱鸿 何小鹏 魏雯雯 吴泳铭 王学集 "
        "陈耿豪 甘聪 邓刚 浦燕子 张建锋 朱骏 凯文·梅耶尔 张楠 雨果·巴拉 周受资 梁汝波 张利东 "
        "埃里克•施密特 宿华 程一笑 马克・扎克伯格 雪莉・桑德伯格 戴维・韦纳 何毅进 俞敏洪 孙东旭 "
        "黄峥 Andrej_Karpathy 李培庫 谢欣 朱时雨 布鲁斯·亨德森 刘筱 冯博 马云 瓦妮莎·帕帕斯 "
        "达瓦尔·阿乔达 张小龙 扎克伯格 李文亮 李伟 冯国超 王传福 李志飞 张鹏 "
        "刘强东 高晓松 李斌 特努斯 李彦宏 郑燕翔 李捷 马云 Mike_Verdu Greg_Peters 孙翠英 周为民 肯尼斯·麦肯齐 特朗普 "
        "梁倩娟 杨立昆 兰德·保罗 查克·舒默 侯永璞 樊路远 王晓峰 俞永福 刘元"
    ),
    "Company": (
        "腾讯广告 美团 金山软件 有赞 腾讯投资 虎拾文化 老乡鸡 壹窑茶业 网商银行 搜狗 UC 涂鸦智能 "
        "小鹏汽车 微电互动 快手科技 迪士尼 联通华盛 MakerMaker.AI 比亚迪 极客公园 出门问问 "
        "京东集团 蔚来 阿里音乐 优酷电影有限公司 乐摇摇科技 Netflix 长沙市采晴饮品有限公司"
    ),
    "Organization": (
        "中国科学院 中国计算机学会 清华大学 元璟资本 大钉钉事业部 阿里云智能 字节广告销售团队 "
        "智能协同与视频云事业部 快手国际化业务商业化 阿里大文娱 阿里本地生活"
    ),
    "Product": (
        "腾讯云数据库 腾讯游戏 米聊 小游戏 钉钉 有赞新零售 有赞微商城 天猫精灵 钉钉硬件 "
        "钉钉国际化团队 新东方在线 飞书 生服业务 夜听 外卖团购榜 eBay ObEN YY TikTok 字节跳动游戏 "
        "美国中央司令部"
    ),
}


@pytest.fixture(scope="module")
def suggested(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms above, each with a class and a label."""
    return ontology_with(root, tmp_path_factory.mktemp("suggested"), SUGGESTED)


def read(ontology: Ontology, text: str, *predicates: str) -> set[tuple[str, str, str]]:
    """The facts of these predicates of a passage, as labels (a role's object as written)."""
    facts = extract(load_text(text, path="case.md"), ontology).facts
    return {
        (
            ontology.label(f.subject),
            f.predicate,
            f.object if f.predicate == "role" else ontology.label(f.object),
        )
        for f in facts
        if f.predicate in predicates
    }


# ---------------------------------------------------------------- titles before the name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # liurun-tencent-progress.md: titles separated by commas, the last after 以及.
        (
            "腾讯公司副总裁栾娜，腾讯公司副总裁蒋杰，以及腾讯广告商业化产品副总经理林瑾，"
            "也都做了关于“智慧营销”的主题演讲。",
            {
                ("栾娜", "role", "腾讯公司副总裁"),
                ("蒋杰", "role", "腾讯公司副总裁"),
                ("林瑾", "role", "腾讯广告商业化产品副总经理"),
            },
        ),
        # 2023-liurun-taobao-wechat-pay.md: the clause before the title is no part of it.
        (
            "2020年7月，我写了一篇文章，尝试着回答了一个美团创始人王兴提出的好问题：",
            {("王兴", "role", "美团创始人"), ("王兴", "leads", "美团")},
        ),
        # 21cto-zhang-xiaolong-profile.md
        (
            "这一天， 小龙收到一封邮件， 署名是金山软件CEO雷军， 表明有一些技术问题需要沟通。",
            {("雷军", "role", "金山软件CEO"), ("雷军", "leads", "金山软件")},
        ),
        # 2023-liurun-taobao-wechat-pay.md: a title without its company leads nothing named.
        (
            "这么个发展态势，用CEO梅格·惠特曼的话来说，简直就是坐着火箭在发展。",
            {("梅格·惠特曼", "role", "CEO")},
        ),
        # 36kr-youzan-wechat-ecosystem.html: titles held together are one role; a COO and a
        # co-president (联席总裁) head nothing.
        (
            "2021年5月，有赞COO兼联席总裁浣昉在MENLO有赞新零售见面会上，宣布有赞新零售将成为"
            "独立业务品牌。",
            {("浣昉", "role", "有赞COO兼联席总裁")},
        ),
        # 36kr-tencent-oben-investment.html: X的执行董事.
        (
            "对于这次合作，腾讯投资的执行董事姚磊文说道，ObEN将带来由明星人工智能驱动的全新娱乐"
            "方式和内容。",
            {("姚磊文", "role", "腾讯投资的执行董事")},
        ),
        # 36kr-laoxiangji-private-domain.html: an @ before the name.
        (
            "虎拾文化创始人@孙平 曾针对“营业额=流量 * 转化率 * 复购率 * 客单价”公式提出：",
            {("孙平", "role", "虎拾文化创始人"), ("孙平", "leads", "虎拾文化")},
        ),
        # 2022-tencent-tech-quanzhen-hulian-roundtable.md: the first of two titles is the head's.
        (
            "2020年，腾讯集团董事会主席兼首席执行官马化腾首次提出了全真互联的概念。",
            {
                ("马化腾", "role", "腾讯集团董事会主席兼首席执行官"),
                ("马化腾", "leads", "腾讯"),
            },
        ),
        # xinhuanet-wuzhen-world-internet-conference: a head's title held after a co-founder's
        # (docs/facts-format.md: 快手联合创始人宿华, its CEO, leads 快手).
        (
            "摩拜联合创始人兼CEO王晓峰：目前快速发展的共享单车，也产生了一些困扰。",
            {("王晓峰", "role", "摩拜联合创始人兼CEO"), ("王晓峰", "leads", "摩拜单车")},
        ),
        # The title before 的 and the name, as news writes a former or new office (时任, 新接任):
        # qqnews-latepost-aliyun-public-cloud-first (twice), 36kr-big-tech-unrequited-businesses-2022.
        (
            "2021 年 5 月，时任阿里云总裁的张建锋在阿里云峰会上说：“阿里云为全面服务政企市场做好了"
            "准备。”",
            {("张建锋", "role", "阿里云总裁"), ("张建锋", "leads", "阿里云")},
        ),
        (
            "新接任阿里本地生活CEO的俞永福，刚上任后以班长的身份发了内部信。",
            {("俞永福", "role", "阿里本地生活CEO"), ("俞永福", "leads", "阿里本地生活")},
        ),
        # A company's legal form between it and the head's title (xinhuanet-wuzhen-world-internet-
        # conference; 比亚迪股份有限公司董事长 below).
        (
            "腾讯公司控股董事会主席兼首席执行官马化腾：过去一年，数字经济是创新最快的经济活动。",
            {
                ("马化腾", "role", "腾讯公司控股董事会主席兼首席执行官"),
                ("马化腾", "leads", "腾讯"),
            },
        ),
        # latepost-manus-founders-wechat-tools: an investor's title is a role (and heads nothing).
        (
            "“硬科技创业者基本都是名门正派，光谱另一端的消费级产品创始人则几乎都是畎亩之中。” "
            "真格基金投资人刘元说。",
            {("刘元", "role", "真格基金投资人")},
        ),
        # szqx-tencent-cloud-tdai.md: 对话 is not part of the title; a CIO heads nothing.
        (
            "独家｜对话网商银行CIO高嵩：AI应用要找高价值场景",
            {("高嵩", "role", "网商银行CIO")},
        ),
        # i黑马, 2013-09-17 (iheima.com): two titled people joined by 和 in one sentence.
        (
            "在新成立的搜狗公司中，腾讯总裁刘炽平和首席运营官任宇昕出任董事。",
            {
                ("刘炽平", "role", "腾讯总裁"),
                ("刘炽平", "leads", "腾讯"),
                ("任宇昕", "role", "首席运营官"),
            },
        ),
        # the same article: 搜狗CEO王小川.
        (
            "跟360是条窄路，跟百度没路，搜狗CEO王小川终于如愿走入了他自己最想走的跟腾讯的一条宽路。",
            {("王小川", "role", "搜狗CEO"), ("王小川", "leads", "搜狗")},
        ),
        # liurun-tencent-progress.md: X负责人 leads X, a company too, and is no role (the
        # gold of eval/tune reads no 负责人 as a role: docs/facts-format.md).
        (
            "用壹窑茶业负责人张闻奇的话说就是：",
            {("张闻奇", "leads", "壹窑茶业")},
        ),
        # tencent-2016-q2-interim-results.txt: a page number joined to the sentence (2 on its
        # own line of the release) opens no title.
        (
            "2 腾讯主席兼首席执行官马化腾表示：“第二季度，我们旗下的平台和业务均保持了稳健增长。",
            {("马化腾", "role", "腾讯主席兼首席执行官"), ("马化腾", "leads", "腾讯")},
        ),
        # 36kr-online-office-wecom-dingtalk.html: 转任 (as 出任, 升任) ends the clause's words;
        # 一手缔造了X的Y: the founder leads it.
        (
            "2020年9月份，钉钉正式升级为大钉钉事业部，一手缔造了钉钉的陈航转任阿里CEO张勇的助理，"
            "以明升暗降的方式告别了钉钉的权力中心。",
            {("张勇", "role", "阿里CEO"), ("张勇", "leads", "阿里巴巴"), ("陈航", "leads", "钉钉")},
        ),
        # shijie-zhou-shouzi-tiktok-ceo.md, twice (and 腾讯投资的执行董事 above): a 的 phrase
        # before the title describes the holder; the title starts after it, or at the name 的
        # follows.
        (
            "外派使者张楠、曾空降TikTok的CEO朱骏、前迪士尼高管凯文·梅耶尔都是产品与管理的总舵手。",
            {
                ("朱骏", "role", "TikTok的CEO"),
                ("朱骏", "leads", "TikTok"),
                ("凯文·梅耶尔", "role", "前迪士尼高管"),
            },
        ),
        (
            "曾与周受资在小米共事的谷歌前高管雨果·巴拉评价，在中美语言和文化环境下长大，他是完美的"
            "双文化者。",
            {("雨果·巴拉", "role", "谷歌前高管")},
        ),
        # the same article, twice: 原, 前 and 现任 between the company and a head's title; a
        # former head still leads (docs/facts-format.md); a head's title alone, the company
        # named before it.
        (
            "字节跳动的程序员文化深厚，除了负责广告的张利东，创始人张一鸣、字节跳动现任CEO梁汝波、"
            "抖音集团原CEO张楠等一众高管都是产品出身，也大多是计算机专业毕业。",
            {
                ("张一鸣", "role", "创始人"),
                ("张一鸣", "leads", "字节跳动"),
                ("梁汝波", "role", "字节跳动现任CEO"),
                ("梁汝波", "leads", "字节跳动"),
                ("张楠", "role", "抖音集团原CEO"),
                ("张楠", "leads", "抖音集团"),
            },
        ),
        (
            "周受资在后来采访中，用谷歌前CEO 埃里克•施密特的这句话来解释自己的选择。",
            {("埃里克•施密特", "role", "谷歌前CEO"), ("埃里克•施密特", "leads", "谷歌")},
        ),
        # huxiu-kuaishou-su-hua-steps-down.html: a board's decision (同意, 批准) ends the
        # clause's words, and 公司 opening a title is the company spoken of; 联合创始人 is no
        # head's title (docs/facts-format.md), so it leads nothing.
        (
            "10月29日晚，快手科技发布公告称，董事会已同意公司联合创始人宿华辞去首席执行官一职，"
            "并已批准联合创始人程一笑担任该职务，自2021年10月29日起生效。",
            {("宿华", "role", "联合创始人"), ("程一笑", "role", "联合创始人")},
        ),
        # ithome-meta-q4-2021-call-tiktok.html: 公司 again; titles joined by 兼 are one role.
        (
            "财报发布后，公司董事长兼首席执行官马克・扎克伯格（Mark Zuckerberg）、首席运营官雪莉・"
            "桑德伯格（Sheryl Sandberg）和首席财务官戴维・韦纳（David Wehner）回答了分析师提问。",
            {
                ("马克・扎克伯格", "role", "董事长兼首席执行官"),
                ("雪莉・桑德伯格", "role", "首席运营官"),
                ("戴维・韦纳", "role", "首席财务官"),
            },
        ),
        # techcrunch-zh-tencent-record-profit-mobile-games.md: the word opening the clause
        # is no part of the title; its sentence names nothing, the head leads the company named
        # first (the sentence before).
        (
            "然而，未来仍存在一些不确定性，因为腾讯开始限制 18 岁及以下用户在《王者荣耀》和其他游戏"
            "中的时间。7 月宣布了这些限制，尽管首席执行官马化腾今天在一份声明中表示：",
            {("马化腾", "role", "首席执行官"), ("马化腾", "leads", "腾讯")},
        ),
        # techcrunch-zh-alipay-smile-to-pay-kfc.md: a time word opens the title, as 时任 does.
        (
            "两年前，该公司在德国 IFA 首次展示了面部识别技术，当时总裁马云展示了一些基本功能，包括"
            "自拍付费选项。",
            {("马云", "role", "总裁")},
        ),
        # qbitai-ima-copilot-gongzhonghao.md: 连…都 (创始成员 is no title kg knows).
        (
            "连特斯拉前AI总监、OpenAI创始成员Andrej Karpathy都忍不住称赞。",
            {("Andrej Karpathy", "role", "特斯拉前AI总监")},
        ),
        # 2025-infocast-uber-wechat-miniprogram-hk.txt: a stray full stop before the title.
        (
            "徹底消除跨境出行的資訊壁壘。. 微信支付國際業務總裁李培庫表示:「Uber微信小程序上線。」",
            {("李培庫", "role", "微信支付国际业务总裁")},
        ),
        # The clause's words that open a title are no part of it: a day or a date (36kr-tencent-
        # employees-pay-rise.html; geekpark-tencent-2022-results-tiktok-2023.md, as the spec's
        # 时任), a clause joining the person in (the same article, twice).
        (
            "这与昨天其公司董事会主席马化腾在会上提到的“降本增效，聚焦重点战略领域”的思路十分一致。",
            {("马化腾", "role", "董事会主席")},
        ),
        (  # (and a company's legal form before the head's title: 王传福 leads 比亚迪)
            "榜单显示，2023 年比亚迪股份有限公司董事长兼总裁王传福成最具影响力商界领袖。",
            {("王传福", "role", "比亚迪股份有限公司董事长兼总裁"), ("王传福", "leads", "比亚迪")},
        ),
        (
            "今晚 9 点（3 月 23 日），Founder Park 视频号直播间，出门问问 CEO 李志飞将与极客公园创始人"
            " & 总裁张鹏一起，探讨大模型相关的神秘话题。",
            {
                ("李志飞", "role", "出门问问 CEO"),
                ("李志飞", "leads", "出门问问"),
                ("张鹏", "role", "极客公园创始人 & 总裁"),
            },
        ),
        (
            "除了王传福、张一鸣和任正非外，进入榜单前十的还有腾讯董事会主席兼首席执行官马化腾。",
            {("马化腾", "role", "腾讯董事会主席兼首席执行官"), ("马化腾", "leads", "腾讯")},
        ),
    ],
)
def test_a_title_before_the_name_is_a_role_and_a_head_leads(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # geekpark-tencent-2022-results-tiktok-2023.md: 董事局主席, the board's chair as
        # Hong Kong-listed companies call it, is a head's title as 董事会主席 is ...
        (
            "京东集团董事局主席刘强东、阿里巴巴集团创始人马云",
            {
                ("刘强东", "role", "京东集团董事局主席"),
                ("刘强东", "leads", "京东集团"),
                ("马云", "role", "阿里巴巴集团创始人"),
                ("马云", "leads", "阿里巴巴"),
            },
        ),
        # huxiu-morning-tme-drops-exclusive-licences.html: ... and so are a bureau's (局长) and
        # an institute's (所长), as a school's or a bank's (校长, 行长) ...
        (
            "2019年，国家统计局局长宁吉喆曾表示，中国拥有全球规模最大、最具成长性的中等收入群体。",
            {("宁吉喆", "role", "国家统计局局长"), ("宁吉喆", "leads", "国家统计局")},
        ),
        # ... not a deputy's (geekpark-tencent-2022-results-tiktok-2023.md).
        (
            "杨红霞在语言生成大模型团队中处于领导地位，直接向字节跳动副总裁杨震原汇报。",
            {("杨震原", "role", "字节跳动副总裁")},
        ),
    ],
)
def test_the_heads_of_a_board_and_of_a_bureau_lead_it(
    root: Path,
    tmp_path_factory: pytest.TempPathFactory,
    sentence: str,
    expected: set[tuple[str, str, str]],
) -> None:
    terms = {
        "Person": "刘强东 马云 宁吉喆 杨红霞 杨震原",
        "Company": "京东集团 字节跳动",
        "PublicBody": "国家统计局",
    }
    ontology = ontology_with(root, tmp_path_factory.mktemp("heads"), terms)
    assert read(ontology, sentence, "role", "leads") == expected


# ---------------------------------------------------------------- where a title starts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # latepost-alibaba-taobao-2023-five-strategies.txt: a year told from now (去年 11 月)
        # opens no title, as a date does.
        (
            "同样面临年轻对手威胁、收入增长放缓的京东正在全力备战，去年 11 月京东集团董事局主席"
            "刘强东强势回归后，京东零售内部在今年初确定了要集中力量推行低价战略的共识。",
            {("刘强东", "role", "京东集团董事局主席"), ("刘强东", "leads", "京东集团")},
        ),
        # 36kr-luoke-auto-tencent-leads-round.html: 于 ends a verb (仅次于), the title starts
        # after it; the head's title alone leads what the sentence names last before it.
        (
            "而腾讯是蔚来第二大股东，持有蔚来所有B类股票，在蔚来的投票权仅次于创始人李斌。",
            {("李斌", "role", "创始人"), ("李斌", "leads", "蔚来")},
        ),
        # geekpark-wenxin-yiyan-bilibili-double11-2024.md: 继 (following) opens no title ...
        (
            "大会现场，继百度创始人李彦宏宣布文心大模型日均调用量已超过 15 亿，王海峰公布了文心一言"
            "用户规模达到 4.3 亿。",
            {("李彦宏", "role", "百度创始人"), ("李彦宏", "leads", "百度")},
        ),
        # niaogebiji-weekly-2022-01-10.html: 法定代表人, as company registries report it
        # (企查查, 天眼查: ithome-dongfang-zhenxuan-first-livestream.html, niaogebiji-
        # zaoniaobao-2022-03-24.html too), is a role, no head's title: no leads.
        (
            "优酷电影有限公司成立于2014年8月，法定代表人李捷，注册资本1亿人民币，经营范围含广播电视"
            "节目制作、发行；设计、制作各类广告；文化艺术交流及策划；动画设计等。",
            {("李捷", "role", "法定代表人")},
        ),
        # huxiu-morning-tme-drops-exclusive-licences.html: an officer's title (also 时任美国总统
        # 特朗普: shijie-zhou-shouzi-tiktok-ceo.md; 香港特首林鄭月娥: hkcnews-citizen-lab-wechat-covid-
        # censorship.md) is a role, no head's: no leads.
        (
            "美国中央司令部司令肯尼斯·麦肯齐表示，美国已经对遗留在喀布尔机场的武器系统进行了"
            "去武器化处理。",
            {("肯尼斯·麦肯齐", "role", "美国中央司令部司令")},
        ),
        (
            "就在他接手前的半年，TikTok迎来了一次致命风暴：时任美国总统特朗普本人介入，要求关闭"
            "或者分拆 TikTok。",
            {("特朗普", "role", "美国总统")},
        ),
        # woshipm-tencent-quanyu-daihuo-own-road.md: an 'as' (诚如) opens no title ...
        (
            "诚如腾讯总裁刘炽平所言，如果能够以系统的方式在微信内建立电商生态系统，就能够建立一个更大、"
            "更有意义、上限更高的电商生态系统。",
            {("刘炽平", "role", "腾讯总裁"), ("刘炽平", "leads", "腾讯")},
        ),
        # ... nor does hearsay (传) before a former title (huxiu-morning-tme-drops-exclusive-
        # licences.html).
        (
            "【传原阿里音乐董事长、著名音乐人高晓松，已于近日从阿里离职】",
            {("高晓松", "role", "原阿里音乐董事长"), ("高晓松", "leads", "阿里音乐")},
        ),
        # 51camel-rural-taobao-poverty-alleviation.txt, geekpark-stepfun-step2-livebench.md: a
        # deputy of the 全国人大 and a scientist hold roles as anyone does.
        (
            "来自甘肃代表团的全国人大代表梁倩娟，是陇南市徽县水阳镇“陇上庄园”网店的店长。",
            {("梁倩娟", "role", "全国人大代表")},
        ),
        (
            "LiveBench 是由图灵奖得主、Meta 首席 AI 科学家杨立昆（Yann LeCun）联合 Abacus.AI、纽约大学"
            "等机构推出的大模型测评基准。",
            {("杨立昆", "role", "Meta 首席 AI 科学家")},
        ),
        # 36kr-big-tech-unrequited-businesses-2022.html: nor does 据悉, all of it.
        (
            "据悉阿里大文娱总裁樊路远曾在内部打气，明确了优酷要以“Netflix+YouTube”的模式，来应对日益激烈"
            "的内容竞争与亏损压力。",
            {("樊路远", "role", "阿里大文娱总裁"), ("樊路远", "leads", "阿里大文娱")},
        ),
        # woshipm-wechat-group-fold-private-domain-ip.html: 以 opens no title.
        (
            "第三个案例是永璞咖啡，这家成立于 2014 年的公司，是以创始人侯永璞的名字命名。",
            {("侯永璞", "role", "创始人")},
        ),
        # latepost-tiktok-four-years-showdown.md: a senator, and a stand-in head (一把手) after
        # a verb (靠, relying on) that opens no title.
        (
            "目前，现任多数党领袖查克·舒默表示自己 “必须并计划咨询相关委员会主席的意见”，没有对应用"
            "法案明确表态，而参议员兰德·保罗则表示应用法案“毫无道理”，至少意味着参议院内目前尚未形成 "
            "“一致同意” 意见。",
            {("兰德·保罗", "role", "参议员")},
        ),
        (
            "之后半年多，TikTok 靠临时一把手瓦妮莎·帕帕斯运营，直到 2021 年 4月，周受资出场，他是新加坡籍，"
            "毕业于伦敦大学学院，曾在高盛和小米任职。",
            {("瓦妮莎·帕帕斯", "role", "临时一把手")},
        ),
        # ... also named after 为 or 是 (niaogebiji-weekly-2022-01-10.html; 公司法定代表人正是孙东旭:
        # ithome-dongfang-zhenxuan-first-livestream.html).
        (
            "1月4日消息，天眼查App显示，近日，长沙市采晴饮品有限公司成立，法定代表人为孙翠英，"
            "注册资本500万人民币。",
            {("孙翠英", "role", "法定代表人")},
        ),
    ],
)
def test_a_title_starts_after_the_words_of_its_clause(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # huxiu-internet-loses-exemption.html: a title said as a form of address, right after
        # the name ...
        (
            "1986年，社科院经济研究所刊发了周为民教授起草的报告“效率优先，兼顾公平——通向繁荣的权衡”。",
            {("周为民", "role", "教授")},
        ),
        # ... four times in hkcnews-citizen-lab-wechat-covid-censorship.md (read, and written, in
        # simplified characters, as every fact of a traditional text); a name with no title after
        # it has none.
        (
            "研究指出，李文亮醫生在社交媒體提到出現疫情後翌日的12月31日，YY就在黑名單加了45個詞。",
            {("李文亮", "role", "医生")},
        ),
        ("李文亮在社交媒體提到出現疫情。", set()),
    ],
)
def test_a_title_right_after_the_name_is_a_role(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


def test_a_title_does_not_reach_back_across_a_headlines_bracket(suggested: Ontology) -> None:
    # huxiu-morning-tme-drops-exclusive-licences.html: a roundup's item, @source【headline】
    # (the three huxiu-morning articles of eval/tune), its text repeating the headline.
    sentence = (
        "@Tech星球【传原阿里音乐董事长、著名音乐人高晓松，已于近日从阿里离职】8月31日，据Tech星球，"
        "原阿里音乐董事长、著名音乐人高晓松，已于近日从阿里离职。"
    )
    facts = read(suggested, sentence, "role", "leads")
    assert ("高晓松", "role", "原阿里音乐董事长") in facts
    assert ("高晓松", "leads", "阿里音乐") in facts
    assert not any("Tech星球" in obj or "【" in obj for _, _, obj in facts)


# ---------------------------------------------------------------- a name in quotes in a title


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 36kr-shipinhao-brand-livestream.html: the product in quotes is part of the title,
        # and what its founder leads.
        (
            "不久后，公众号“夜听”创始人刘筱成为第一个吃螃蟹的人，当晚开播不久后，刘筱视频号直播间"
            "在线人数飙升到1万。",
            {("刘筱", "role", "公众号“夜听”创始人"), ("刘筱", "leads", "夜听")},
        ),
        # 36kr-douyin-local-life-tandian.html: so is a product's X负责人 (leads alone).
        (
            "据“外卖团购榜”负责人冯博介绍，目前使用外卖团购榜接单的一位粉丝2万的探店达人，单月带货额"
            "最高达到26万。",
            {("冯博", "leads", "外卖团购榜")},
        ),
        # 36kr-dingtalk-kuwei-coo.html: a quotation before a name is no part of its title.
        (
            "“云确实给钉钉增加了新的输血能力。”钉钉总裁叶军（花名：不穷）此前接受采访时对 36 氪表示。",
            {("叶军", "role", "钉钉总裁"), ("叶军", "leads", "钉钉")},
        ),
    ],
)
def test_a_product_in_quotes_is_part_of_the_title_before_the_name(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


def test_a_title_after_a_name_in_quotes_kg_does_not_know_leads_nothing_else(
    root: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # 36kr-douyin-local-life-tandian.html, 外卖团购榜 unknown: its head does not lead the
    # sentence's one product (抖音) instead.
    ontology = ontology_with(root, tmp_path_factory.mktemp("unknown"), {"Person": "冯博"})
    sentence = (
        "据“外卖团购榜”负责人冯博介绍，目前使用外卖团购榜接单的一位粉丝2万的探店达人，"
        "单月带货额最高达到26万，抖音本地生活的转化率在快速提高。"
    )
    assert read(ontology, sentence, "leads") == set()
    # Nor does the speaker speak for it: whose products are theirs is unknown.
    assert read(ontology, sentence, "presents") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # simons-deepseek-big-tech-innovation.md, MakerMaker.AI unknown: the speaker's title
        # names an organisation kg does not know; the product after the cue is not theirs.
        (
            "但是创新并没有因为芯片的缺席而缺席，前谷歌CEO埃里克·施密特和 MakerMaker.AI 公司 CEO "
            "达瓦尔·阿乔达指出：“DeepSeek 能够以远少于美国科技巨头的资源与其竞争。”",
            set(),
        ),
        # gameres-tencent-bytedance-games-battle.html: 某游戏公司, an organisation unnamed.
        (
            "与腾讯游戏交流密切的某游戏公司CEO赵照告诉深燃，2020年，米哈游推出的《原神》爆火，"
            "让腾讯彻底意识到独立游戏的威力。",
            set(),
        ),
        # A title that names no unit is no unknown one (2024-latepost-bytedance-ads-slowdown.md).
        (
            '部门负责人谢欣曾表示 "飞书要大力长期投入，反过来能看出集团耐心。"',
            {("谢欣", "presents", "飞书")},
        ),
    ],
)
def test_a_speaker_whose_title_names_what_kg_does_not_know_presents_nothing(
    root: Path,
    tmp_path_factory: pytest.TempPathFactory,
    sentence: str,
    expected: set[tuple[str, str, str]],
) -> None:
    ontology = ontology_with(
        root,
        tmp_path_factory.mktemp("unknown"),
        {"Person": "达瓦尔·阿乔达 赵照 谢欣", "Product": "飞书 DeepSeek 腾讯游戏"},
    )
    assert read(ontology, sentence, "presents") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 36kr-youzan-wechat-ecosystem.html: 创始人 and the one company of the sentence.
        (
            "可以确定的一点是，有赞的发展轨迹，并未按照创始人白鸦的理想预期前进。",
            {("白鸦", "role", "创始人"), ("白鸦", "leads", "有赞")},
        ),
        # 36kr-laoxiangji-private-domain.html, twice: 董事长, the company named after him.
        (
            "2020 年 9 月，董事长束从轩喊话岳云鹏为老乡鸡代言；",
            {("束从轩", "role", "董事长"), ("束从轩", "leads", "老乡鸡")},
        ),
        (
            "早在 2020 年 2 月，老乡鸡就因为“董事长束从轩手撕员工联名信”、“ 200 元办土味战略发布会”"
            "在网上火了一把。",
            {("束从轩", "role", "董事长"), ("束从轩", "leads", "老乡鸡")},
        ),
        # 36kr-online-office-wecom-dingtalk.html: no organisation named, the one product.
        (
            "新任掌门人叶军给了钉钉一个新的定位：“企业协同办公和应用开发平台”。",
            {("叶军", "role", "掌门人"), ("叶军", "leads", "钉钉")},
        ),
        # 2024-latepost-bytedance-ads-slowdown.md: 部门负责人 names no unit of its own; the
        # sentence's one product is what the department is (leads alone, as every 负责人).
        (
            '部门负责人谢欣曾表示 "飞书要大力长期投入，反过来能看出集团耐心。"',
            {("谢欣", "leads", "飞书")},
        ),
        # 36kr-leyaoyao-gongzhonghao-ads.html (the sentence's first clause): 曾在X is where the
        # founder worked before, not what 创始人 heads.
        (
            "团队方面，创始人陈耿豪曾在联合利华和惠普有 3 年营销工作经验。",
            {("陈耿豪", "role", "创始人")},
        ),
        # ... and with no company nor product in the sentence nor before it, a role only.
        (
            "2021 年 11 月，董事长束从轩参加东方卫视真人秀《了不起的打工人》；",
            {("束从轩", "role", "董事长")},
        ),
        # techcrunch-zh-alipay-smile-to-pay-kfc.html (its title, then the sentence; and 向董事长
        # 宿华汇报 of huxiu-kuaishou-su-hua-steps-down.html): a sentence that names nothing, the
        # company the article names first ...
        (
            "阿里巴巴在中国肯德基推出“微笑支付”面部识别支付技术。两年前，该公司在德国 IFA 首次展示了"
            "面部识别技术，当时总裁马云展示了一些基本功能，包括自拍付费选项。",
            {("马云", "role", "总裁"), ("马云", "leads", "阿里巴巴")},
        ),
        # ... not a media outlet quoted as the source (36kr-leyaoyao-gongzhonghao-ads.html).
        (
            "36氪获悉，线下公众号推广公司乐摇摇科技已完成 3800 万元 A+ 轮融资，投资方为广发信德。"
            "之所以从抓娃娃机切入，创始人陈耿豪认为主要原因有两点。",
            {("陈耿豪", "role", "创始人")},
        ),
        # huxiu-kuaishou-su-hua-steps-down.html and 2018-36kr-alipay-pintuan.html: several named,
        # the one named last before the title (快手, not 腾讯 the shareholder; 拼多多, not 淘宝).
        (
            "截至快手IPO，腾讯持有快手21.57%的股权，是快手第一大股东，快手联合创始人宿华持股12.65%，"
            "创始人程一笑持股10.02%。",
            {
                ("宿华", "role", "快手联合创始人"),
                ("程一笑", "role", "创始人"),
                ("程一笑", "leads", "快手"),
            },
        ),
        (
            "但拼多多上市当天，创始人黄峥接受媒体采访时则完全否认了这个说法，称拼多多的用户“绝大部分"
            "都是知道淘宝并且用过淘宝”，是被拼多多转化过来的。",
            {("黄峥", "role", "创始人"), ("黄峥", "leads", "拼多多")},
        ),
    ],
)
def test_a_head_title_alone_leads_what_the_sentence_names_before_it_or_its_one_organisation(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


# ---------------------------------------------------------------- titles after the name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The jury lists of a university AI contest (a public repository's README, copied from
        # the contest's page): name（titles, 、 between them）, one a line.
        (
            "王巨宏（腾讯公司副总裁）\n\n胡事民（中国科学院院士、中国计算机学会副理事长、清华大学教授）",
            {
                ("王巨宏", "role", "腾讯公司副总裁"),
                ("胡事民", "role", "中国科学院院士"),
                ("胡事民", "role", "中国计算机学会副理事长"),
                ("胡事民", "role", "清华大学教授"),
            },
        ),
        # 光明网, 2019-01-28 (workercn.cn): titles set off by commas after the name.
        (
            "他叫汤道生，腾讯高级副总裁、腾讯云与智慧产业事业群总裁，就是被马化腾托咐了互联网"
            "下半场的这个人。",
            {
                ("汤道生", "role", "腾讯高级副总裁"),
                ("汤道生", "role", "腾讯云与智慧产业事业群总裁"),
                # (总裁 is a head's title, of the unit the ontology knows)
                ("汤道生", "leads", "云与智慧产业事业群"),
            },
        ),
        # 21cto-zhang-xiaolong-profile.md: a clause after a name is no title.
        ("张小龙生于湖南邵东魏家桥镇， 家庭主要特点：穷。", set()),
        # jiemian-pony-ma-internal-meeting.md: a name and its title in brackets after another
        # name of the person; the title ends at the closing bracket, and what it heads, a
        # product, is said by leads (as the seeds' 视频号负责人).
        (
            '"我跟jonathan(何毅进，腾讯新闻负责人)也提了很高的要求，你们动作必须要到位，果然很快，'
            '10月份就扭亏为盈了"。',
            {("何毅进", "leads", "腾讯新闻")},
        ),
    ],
)
def test_titles_in_brackets_or_set_off_after_the_name(
    suggested: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, text, "role", "leads") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 36kr-facebook-tiktok-wechat-moat.html, twice (and 作为TikTok CEO，受资将… of
        # shijie-zhou-shouzi-tiktok-ceo.md): 作为 and a title, the person of the next clause.
        (
            "作为Facebook的掌门人，见惯了大风大浪的扎克伯格自然不会因为一份不达预期的财报“哭”，"
            "但不知道Facebook的投资人会不会哭。",
            {
                ("扎克伯格", "role", "Facebook的掌门人"),
                ("扎克伯格", "leads", "Facebook"),
            },
        ),
        (
            "作为FAANG中唯一还在打工的创始人，扎克伯格在管理层中具有巨大的影响力。",
            {("扎克伯格", "role", "创始人")},
        ),
        # huxiu-kuaishou-su-hua-steps-down.html: X作为 is X's own (no title set off by a comma).
        (
            "程一笑作为首席执行官将负责公司日常运营及业务发展，并向董事长宿华汇报。",
            {("宿华", "role", "董事长")},
        ),
    ],
)
def test_a_title_opened_by_zuowei_is_the_next_clauses_person(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 36kr-leyaoyao-gongzhonghao-ads.html: X曾是 / X是 and a title (not 曾任职于 a company).
        (
            "CMO徐德强曾是搜狐焦点威海站南通站总经理；CTO杨凯然曾任职于甲骨文；业务VP张杰波是"
            "平安保险高管。",
            {
                ("徐德强", "role", "CMO"),
                ("徐德强", "role", "搜狐焦点威海站南通站总经理"),
                ("杨凯然", "role", "CTO"),
                ("张杰波", "role", "业务VP"),
                ("张杰波", "role", "平安保险高管"),
            },
        ),
        # 36kr, 2022-03-17 (阿里巴巴集团副总裁库伟出任钉钉COO): X历任…等职 in the clause after
        # the person's own; a head's title after a product leads it.
        (
            "2016年8月底，库伟加入阿里巴巴，历任阿里云IoT总经理、天猫精灵总经理等职。",
            {
                ("库伟", "role", "阿里云IoT总经理"),
                ("库伟", "role", "天猫精灵总经理"),
                ("库伟", "leads", "天猫精灵"),
            },
        ),
        # 36kr, 2021-07-09 (原阿里钉钉CEO无招将离职创业), twice: X（alias）曾历任…负责人、…;
        # a unit's head (团队负责人, 事业部负责人) is a lead alone, as a product's is (钉钉硬件负责人):
        # the article's gold reads no 负责人 as a role.
        (
            "原阿里钉钉副总裁易统历任钉钉硬件负责人、开放平台与商业化总经理，在钉钉多次重大变化中"
            "担当过核心角色。",
            {
                ("易统", "role", "原阿里钉钉副总裁"),
                ("易统", "leads", "钉钉硬件"),
                ("易统", "role", "开放平台与商业化总经理"),
            },
        ),
        (
            "原阿里钉钉首席架构师、CTO朱鸿（一粟）曾历任钉钉国际化团队负责人、“智能协同与视频云"
            "事业部”负责人。",
            {
                ("朱鸿", "role", "原阿里钉钉首席架构师"),
                ("朱鸿", "role", "CTO"),
                ("朱鸿", "leads", "钉钉国际化团队"),
                ("朱鸿", "leads", "智能协同与视频云事业部"),
            },
        ),
        # The same article: X为 and a title; 比如 opens no title; a head's title held before
        # (原) still leads; 其创始人 leads what was named before it; Y的X and Y创办的X are the
        # person's ...
        (
            "以目前确定的投资方元璟资本来说，其创始人吴泳铭为原阿里巴巴联合创始人，被投公司多为阿里"
            "背景创业者，比如原 UC 创始人何小鹏的小鹏汽车、原阿里云高管王学集创办的涂鸦智能等。",
            {
                ("吴泳铭", "role", "创始人"),
                ("吴泳铭", "leads", "元璟资本"),
                ("吴泳铭", "role", "原阿里巴巴联合创始人"),
                ("何小鹏", "role", "原 UC 创始人"),
                ("何小鹏", "leads", "UC"),
                ("何小鹏", "leads", "小鹏汽车"),
                ("王学集", "role", "原阿里云高管"),
                ("王学集", "leads", "涂鸦智能"),
            },
        ),
        # shijie-zhou-shouzi-tiktok-ceo.md: 了 after the verb (出任了); 成为 a title, twice in
        # the article, and 被任命为 (36kr-dingtalk-wuzhao-leaves.html) are offices taken too ...
        (
            "上市一年后，周受资出任了小米国际部总裁；次年，周受资成为小米最年轻的集团合伙人。",
            {("周受资", "role", "小米国际部总裁"), ("周受资", "role", "集团合伙人")},
        ),
        (
            "随后，TikTok 美国早期员工、现任 TikTok COO 瓦妮莎·帕帕斯成为过渡CEO。",
            {("瓦妮莎·帕帕斯", "role", "TikTok COO"), ("瓦妮莎·帕帕斯", "role", "过渡CEO")},
        ),
        (
            "2018 年钉钉首次前往美国 CES 参展，正式决定进军国际业务时，朱鸿被任命为国际化负责人。",
            set(),  # a 负责人 of what kg does not know: no role, no lead
        ),
        # ... but 成为 what is no title is none (36kr-shipinhao-brand-livestream.html).
        (
            "不久后，公众号“夜听”创始人刘筱成为第一个吃螃蟹的人，当晚开播不久后，刘筱视频号直播间"
            "在线人数飙升到1万。",
            {("刘筱", "role", "公众号“夜听”创始人"), ("刘筱", "leads", "夜听")},
        ),
        # ... nor does 根据 (huxiu, 2024: 抖音上有多少电商作者？); 抖音电商 is 抖音 (an altLabel).
        (
            '根据抖音电商总裁魏雯雯在"2024抖音电商作者盛典"上公布的数据，平台近一年新入驻并有动销的'
            "电商作者有753万人。",
            {("魏雯雯", "role", "抖音电商总裁"), ("魏雯雯", "leads", "抖音")},
        ),
    ],
)
def test_titles_held_after_the_name(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # geekpark-baidu-qujing-meituan-shenhuiyuan-2024.md: a name after a verb of succession
        # (接手) is the one succeeded; the office after it is the successor's, right before
        # the verb ...
        (
            "2011 年，蒂姆·库克接手史蒂夫·乔布斯成为苹果公司 CEO，目前已近 13 年。",
            {("库克", "role", "苹果公司 CEO"), ("库克", "leads", "苹果")},
        ),
        # ... and no one's when the successor is not right before it (the same article).
        ("特努斯或最有可能接班库克成为苹果 CEO", set()),
        # huxiu-morning-douyin-xindong-waimai.html: the place the office is held at before the
        # verb (加入X担任, 在X担任: latepost-alibaba-taobao-2023-five-strategies.txt too); a
        # title alone is the place's (出任董事 with no place is none: above).
        (
            "该公司周三表示，Mike Verdu将加入Netflix担任负责游戏开发的副总裁，并向首席运营官"
            "Greg Peters汇报工作。",
            {("Mike Verdu", "role", "副总裁"), ("Greg Peters", "role", "首席运营官")},
        ),
        # 36kr-kuaishou-overseas-kwai-commercialization.html: a note in brackets after the
        # office held is none of it (X负责人: leads alone).
        (
            "郑燕翔2021年9月加入快手，担任快手国际化业务商业化负责人（这里的商业化主要是广告业务），"
            "加入快手前，他在亚马逊工作七年，是亚马逊跨境广告的负责人。",
            {("郑燕翔", "leads", "快手国际化业务商业化")},
        ),
    ],
)
def test_an_office_held_is_its_holders(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 36kr-dingtalk-wuzhao-leaves.html, whose gold reads every former head as leading what
        # it headed (原阿里钉钉CEO, 原 UC 创始人 above, 曾历任…负责人): 原 keeps the role and the
        # lead ...
        (
            "36氪独家获悉，原阿里钉钉CEO无招将离职创业，新公司名为“两氢一氧（杭州）数字科技有限公司”，"
            "创业方向为跨境出海领域，目前已经确定的投资方为元璟资本。",
            {("陈航", "role", "原阿里钉钉CEO"), ("陈航", "leads", "钉钉")},
        ),
        # ... but words between the product and 负责人 name a unit kg does not know
        # (钉钉市场部): the product is not what is led, and a 负责人 held before is no role.
        (
            "据 36 氪了解，与无招此次一同创业的核心骨干包括：原阿里钉钉副总裁任卿（花名：易统）、"
            "原阿里钉钉市场部负责人甘聪、以及原阿里钉钉首席架构师、CTO朱鸿（花名：一粟）。",
            {
                ("朱鸿", "role", "原阿里钉钉首席架构师"),
                ("朱鸿", "role", "CTO"),
            },
        ),
    ],
)
def test_a_former_head_still_leads_what_it_headed(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "role", "leads") == expected


# ---------------------------------------------------------------- a pronoun for the name


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 36kr-dingtalk-kuwei-coo.html: 他 opening a clause stands for the one person the
        # sentence before names, and a verb of office after it gives his titles (as 2024-
        # shijie-zhou-shouzi-tiktok-ceo.md's 她…如今担任… and huxiu-douyin-ecommerce-creators.md's
        # 他的另一个身份是…的合伙人 tell titles of a pronoun, shapes kg does not read yet).
        (
            "库伟有丰富的的政企大客户从业经验。加入阿里前，他曾任中国联通市场部副总经理、"
            "联通华盛总经理。",
            {
                ("库伟", "role", "中国联通市场部副总经理"),
                ("库伟", "role", "联通华盛总经理"),
                ("库伟", "leads", "联通华盛"),
            },
        ),
        # 21cto-zhang-xiaolong-profile.md: 他是 and no title is no office.
        (
            "在腾讯内部，张小龙的名气主要来自两个方面： 一，他是公司某次运动会网球赛的冠军， 二，"
            "他是全广州最大的KENT香烟消费者之一。",
            set(),
        ),
        # Two people named before (2024-latepost-bytedance-ads-slowdown.md's sentence before
        # 36kr-dingtalk-kuwei-coo.html's): whom 他 stands for is not told.
        (
            "那年 11 月，掌管字节广告销售团队的浦燕子从朱时雨手中接过生服业务。加入阿里前，他曾任"
            "中国联通市场部副总经理、联通华盛总经理。",
            {
                ("朱时雨", "leads", "生服业务"),
                ("浦燕子", "leads", "生服业务"),
                ("浦燕子", "leads", "字节广告销售团队"),
            },
        ),
    ],
)
def test_a_pronoun_opening_a_clause_stands_for_the_one_person_named_before(
    suggested: Ontology, passage: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, passage, "role", "leads") == expected


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 21cto-zhang-xiaolong-profile.md: 宣布 and the product after it.
        (
            "2012年3月29日， 在微信上线433天， 马化腾宣布微信在线用户数突破1亿， "
            "成为当时用户数破亿最快的APP。",
            {("马化腾", "presents", "微信")},
        ),
        # unknown-tencent-2024h1-results.txt: 讲话 … 强调.
        ("年初马化腾讲话时，特别强调了微信视频号的成功。", {("马化腾", "presents", "视频号")}),
        # 新浪科技, 2019-01-16 (r5star.cn): 认为.
        (
            "张军认为，小程序的创新，比市场上很多所谓的进步更有价值，这个是真正影响到未来数年创新。",
            {("张军", "presents", "小程序")},
        ),
        # 中新社, 2018-03-05 (chinanews.com): 说 after a time and a place.
        (
            "全国人大代表、腾讯公司董事会主席兼首席执行官马化腾5日在北京说，今年春节期间，"
            "微信全球月活跃用户首次突破10亿大关。",
            {("马化腾", "presents", "微信")},
        ),
        # 在X看来 is a view, no cue: of a rival as often as of the person's own product
        # (2023-liurun-taobao-wechat-pay.md, 36kr-douyin-local-life-tandian.html); one who speaks
        # for a product is quoted so elsewhere (szqx-tencent-cloud-tdai.md: 罗云告诉).
        ("但在马云看来，eBay强大的实力，早晚会影响到阿里巴巴现有的业务。", set()),
        (
            "在冯博看来，美团早期依靠地推团队，改变消费者的结账习惯，而抖音本地化则是通过视频与直播"
            "去带货，培养消费者的种草心智。",
            set(),
        ),
        (
            "在罗云看来，腾讯云数据库的做法会更进一步，会通过智能体持续捕捉数据和表的结构变化。",
            set(),
        ),
        # 36kr-youzan: 据X回忆 names no product: no fact.
        ("这波裁员并未像公司内部传言一般“裁1500人”，据宋晓慧回忆，“1月只裁了400多人。”", set()),
        # 21cto: the cousin of 张小龙 speaks, not 张小龙.
        ("“文静的像个妹子。”张小龙的表哥如是说，他后来做了微信。", set()),
        # layabox-wechat-minigame-open-class.md: the product spoken for, not the platform it
        # lives in (微信), which it is only where no other product is named (马化腾宣布微信…).
        (
            "孙春光还提到，H5游戏在微信里很容易失去入口，而小游戏即便游戏中关闭，会话结束后，"
            "通过微信下拉的入口快速让用户回来。",
            {("孙春光", "presents", "小游戏")},
        ),
        # 提到 before what is said (above; and 2016-unknown-miniprogram-public-beta.html), not
        # before its object: what is mentioned is a topic, a rival's product as often as not
        # (36kr-facebook-tiktok-wechat-moat.html, hkcnews-citizen-lab-wechat-covid-censorship.md).
        (
            "在今年1月11日举行的微信公开课PRO版上，张小龙在演讲中提到：微信的本意并不是要做成一个"
            "只是传播内容的平台，而是要做一个提供服务的平台。",
            {("张小龙", "presents", "微信")},
        ),
        ("五次，是扎克伯格在2022年首次财报电话会议上提到TikTok的次数。", set()),
        (
            "研究指出，李文亮醫生在社交媒體提到出現疫情後翌日的12月31日，YY就在黑名單加了45個詞，"
            "包括「武漢不明肺炎」、「武漢海鮮市場」等。",
            set(),
        ),
        # A source telling a reporter, with no title that says whose products are theirs
        # (gameres-tencent-bytedance-games-battle.html, twice; 36kr-youzan-wechat-ecosystem.html),
        # speaks for none; with one, for theirs (钉钉总裁叶军…对 36 氪表示, 罗云告诉数智前线, below).
        (
            "李伟告诉深燃，“腾讯游戏投资和商务部门联动密切，商务看到不错的产品合作，会接洽团队，"
            "考虑投资”。",
            set(),
        ),
        (
            "“它标杆的意义更大”，冯国超告诉深燃，“《航海王热血航线》至少让字节跳动游戏团队知道，"
            "一款市面上的头部产品大概长什么样。”",
            set(),
        ),
        (
            "宋晓慧向连线Insight进一步解释，“我们内部员工认为，有赞本想通过低年终奖，让员工春节后"
            "离职。”",
            set(),
        ),
        # the same article: 披露 and 公布, as 透露 and 宣布.
        (
            "在公开课上，微信游戏产品总监孙春光仅披露了官网的数据报告：在不到20天的时间里，"
            "累计已有3.1亿用户玩过小游戏。",
            {("孙春光", "presents", "小游戏")},
        ),
        (
            "在下午的分论坛上，微信小游戏产品总监李卿公布了小游戏的注册流程。",
            {("李卿", "presents", "小游戏")},
        ),
        # 36kr-youzan-wechat-ecosystem.html, twice, and 36kr-shipinhao-qq-xiaoshijie.html: the
        # occasion before the verb, 的 and a comma in it (在…见面会上，宣布; 曾在…的…邮件中透露).
        (
            "2021年5月，有赞COO兼联席总裁浣昉在MENLO有赞新零售见面会上，宣布有赞新零售将成为独立"
            "业务品牌，整合有赞零售、有赞连锁等产品和解决方案。",
            {("浣昉", "presents", "有赞新零售")},
        ),
        (
            "白鸦曾在2018年3月1日的内部全员邮件中透露，2017年Q2，有赞微商城实现了盈亏平衡，"
            "Q3进入了规模化盈利状态，Q4开始持续盈利。",
            {("白鸦", "presents", "有赞微商城")},
        ),
        (
            "短视频是最佳选择，正如张小龙曾在2021年的微信公开课上强调的那样，“视频化的表达是"
            "下一个10年内容领域的主体”。",
            set(),  # the occasion's product (微信 of 微信公开课) is not spoken for
        ),
        # szqx-tencent-cloud-tdai.md (and 有赞COO黄晓鸣…表示 of 36kr-youzan-wechat-ecosystem.html,
        # where 有赞 is a product): no product after the verb, the one of the speaker's title.
        ("”腾讯云数据库副总经理罗云告诉数智前线。", {("罗云", "presents", "腾讯云数据库")}),
        # 36kr-online-office-wecom-dingtalk.html: 宣称.
        (
            "8个月后由钉钉主办的未来组织大会上，陈航在主场演讲中对外宣称：“目前钉钉的用户数已经"
            "超过2亿人。”",
            {("陈航", "presents", "钉钉")},
        ),
        # 36kr-dingtalk-kuwei-coo.html: an alias in brackets between the name and the verb.
        (
            "“云确实给钉钉增加了新的输血能力，过去半年时间，大概有四五十家阿里云上的龙头企业（碧桂园、"
            "牧原集团、东方日升等）接受了钉钉的服务。”钉钉总裁叶军（花名：不穷）此前接受采访时对 36 "
            "氪表示。",
            {("叶军", "presents", "钉钉")},
        ),
        # 36kr-dingtalk-wuzhao-leaves.html and 2024-latepost-bytedance-ads-slowdown.md: 在X
        # without 看来 is a time (在X…后, 在X接任的同期), not a view. (张建锋 speaks for 钉钉, but
        # his title names 阿里云智能, and the ontology does not say it makes 钉钉: the cost of
        # reading a titled speaker's own products alone, see below.)
        (
            "而在无招逐步脱离钉钉后，阿里云智能总裁张建锋在去年披露钉钉新定位时表示，将以平台化的"
            "思路发展钉钉，让钉钉在协同办公平台之外，成为“新型开发平台”。",
            set(),
        ),
        (
            "在浦燕子接任的同期，美团进一步扩大直营模式覆盖范围，在更多低线城市用公司管理的销售员工"
            "代替服务商，加强对商家的控制。",
            set(),
        ),
        # 2018-36kr-alipay-pintuan.html: 说法 (a claim) is no 说; the 称 after the comma is no
        # cue of the name's clause.
        (
            "但拼多多上市当天，创始人黄峥接受媒体采访时则完全否认了这个说法，称拼多多的用户“绝大部分"
            "都是知道淘宝并且用过淘宝”，是被拼多多转化过来的。",
            set(),
        ),
        # shijie-zhou-shouzi-tiktok-ceo.md (and 陈航宣布离职创业 of 36kr-online-office-wecom-
        # dingtalk.html): 宣布离职 announces a leaving, no product.
        (
            "重重压力之下，时任TikTok CEO凯文·梅耶尔（前迪士尼高管）上任仅3 个月就宣布离职。",
            set(),
        ),
        # ithome-dongfang-zhenxuan-first-livestream.html: a person named inside another's cue
        # (在介绍…时称) is spoken of, not speaking.
        (
            "俞敏洪在介绍直播搭档孙东旭时称：“新东方在线的老总，变成了新东方农产品的老总。”",
            {("俞敏洪", "presents", "新东方在线")},
        ),
        # A speaker whose title names an organisation or product speaks for its products, not
        # for an investee's (36kr-tencent-oben-investment.html), a rival's
        # (simons-deepseek-big-tech-innovation.md) or a partner's ...
        (
            "对于这次合作，腾讯投资的执行董事姚磊文说道，ObEN将带来由明星人工智能驱动的全新娱乐"
            "方式和内容。",
            set(),
        ),
        (
            "但是创新并没有因为芯片的缺席而缺席，前谷歌CEO埃里克·施密特和 MakerMaker.AI 公司 CEO "
            "达瓦尔·阿乔达指出：“DeepSeek 能够以远少于美国科技巨头的资源与其竞争，这给美国大厂带来"
            "了巨大压力。",
            set(),
        ),
        # ... its own being one its organisation makes (kg:madeBy: 微信 腾讯's, above), or named
        # after it (有赞COO…有赞新零售, above).
        # memurnet.com, 2018-05: a product the speaker speaks on (在微信上) is not spoken for.
        (
            "对此，今日凌晨，腾讯总裁刘炽平在微信上表示，“腾讯是一个比作者想象更大的组织和生态。”",
            set(),
        ),
    ],
)
def test_a_speaker_presents_the_product_spoken_of(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "presents") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # huxiu-morning-tme-drops-exclusive-licences.html, twice: an official or a scholar
        # comments on a market and speaks for nothing, though the oracle setting (every gold
        # entity known) gives the body of the title the class Product, having no other for it;
        # also gameres-tencent-bytedance-games-battle.html (易观分析互娱分析师马阿鑫表示).
        (
            "2019年，国家统计局局长宁吉喆曾表示，中国拥有全球规模最大、最具成长性的中等收入群体。",
            set(),
        ),
        (
            "也有不同看法，中国宏观经济研究院市场与价格研究所所长杨宜勇认为，高收入是相对的，"
            "一般说来超过当地平均收入3倍的人就算是高收入。",
            set(),
        ),
        # The same article: an officer (司令; 总统, 特首 and 发言人 in shijie-zhou-shouzi-tiktok-
        # ceo.md and hkcnews-trump-order-bytedance-tencent.md) speaks for nothing, not for what
        # the title names (a Product here, as in the oracle setting).
        (
            "美国中央司令部司令肯尼斯·麦肯齐表示，美国已经对遗留在喀布尔机场的武器系统进行了"
            "去武器化处理，使它们不能被再次使用。",
            set(),
        ),
        # ... a head's title of the same product does (szqx-tencent-cloud-tdai.md, above).
        (
            "”腾讯云数据库副总经理罗云告诉数智前线。",
            {("罗云", "presents", "腾讯云数据库")},
        ),
    ],
)
def test_an_official_or_an_analyst_presents_nothing(
    root: Path,
    tmp_path_factory: pytest.TempPathFactory,
    sentence: str,
    expected: set[tuple[str, str, str]],
) -> None:
    terms = {
        "Person": "宁吉喆 杨宜勇 罗云",
        "Product": "国家统计局 中国宏观经济研究院市场与价格研究所 腾讯云数据库",
    }
    ontology = ontology_with(root, tmp_path_factory.mktemp("onlookers"), terms)
    assert read(ontology, sentence, "presents") == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # A transcript of 张小龙's 2019 微信之夜 speech (2019-unknown-zhang-xiaolong-wechat-night-
        # speech.txt, its opening paragraphs): the speaker introduces themselves and speaks on
        # what the article is about.
        (
            "　大家好，我是张小龙。\n\n"
            "　　每天都有人在吐槽微信，每一天 5 亿人吐槽，有 1 亿人在教我如何做产品，这很好；"
            "而关于参加微信之前，也有很多思考，最终还是决定要来。\n\n"
            "　　微信 7.0 版本发布之后，有 5 亿人吐槽，有 1 亿人在教我如何做产品，有 8 亿人看不懂"
            "——但其实它有很多的维度，希望每个人都有自己的解读，都是最好的。\n\n"
            "　　很多 APP 都将自己的启动页变来变去，但是微信不会变。有人说，微信是互联网界的一个"
            "异类，对此我表示很惊讶也很自豪，因为异类也意味着优秀；但微信的不同并不是刻意的，只是"
            "因为它所坚守的底线不同。",
            {("张小龙", "presents", "微信")},
        ),
        # 36kr, 2020 (2020-36kr-zhang-tao-dianping-founders-advice.md): the product named
        # after the name, as after 表示.
        (
            "大家好，我是张涛，大众点评创始人。2003年点评在上海创立，作为一个PC网站在互联网寒冬"
            "的时候起来，也经历了不少事情。",
            {("张涛", "presents", "大众点评")},
        ),
        # 我是 inside a sentence is no self-introduction: the writer is no speaker of it.
        ("那天他说：如果我是张小龙，就不会这样改微信。", set()),
    ],
)
def test_a_speaker_introducing_themselves_presents_what_the_speech_is_on(
    root: Path,
    tmp_path_factory: pytest.TempPathFactory,
    passage: str,
    expected: set[tuple[str, str, str]],
) -> None:
    terms = {"Person": "张小龙 张涛", "Product": "大众点评"}
    ontology = ontology_with(root, tmp_path_factory.mktemp("speeches"), terms)
    assert read(ontology, passage, "presents") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A WeChat mini-program tutorial's history (a public repository's notes, 2017).
        "2016年1月11日，2016微信公开课PRO版在广州举行，“微信之父”张小龙首次公开演讲，"
        "宣布微信公众号将推出“应用号”",
        # A blog post on mini programs (a public repository, 2018-01-01).
        "按照微信之父张小龙的定义，小程序是一种不需要下载安装即可使用的应用。",
        # IT之家, 2019-01-10 (a public repository's crawl).
        "2019微信公开课在广州开幕，“微信之父”张小龙现身“微信之夜”并发表了长达4小时的演讲。",
    ],
)
def test_the_father_of_a_product_presents_it(suggested: Ontology, sentence: str) -> None:
    assert ("张小龙", "presents", "微信") in read(suggested, sentence, "presents")


# ---------------------------------------------------------------- who is put in charge


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # shijii.com, a profile of 张小龙: X…由Y负责.
        ("2010年11月20日，腾讯微信正式立项，由张小龙负责。", {("张小龙", "leads", "微信")}),
        # 财经涂鸦 (6kwx.com), 2020: 负责X业务的Y.
        (
            "直至2018年年末，腾讯“总办”才迎来新成员：全面负责腾讯游戏发行业务的马晓轶进入总办。",
            {("马晓轶", "leads", "腾讯游戏")},
        ),
        # The seeds (2022): 把X交给他.
        (
            "2016 年年初，张小龙找张颖吃了个饭，说要把微信支付交给他。",
            {("张颖", "leads", "微信支付")},
        ),
        # 36kr-dingtalk-wuzhao-leaves.html: 由, a title, the name, an alias, 直接管理: what 由
        # follows is led (大钉钉事业部), not the title's own 阿里云智能 (which the title leads).
        (
            "彼时阿里云智能事业群发布全员邮件，将原先独立的钉钉公司设为大钉钉事业部，"
            "由阿里云智能总裁张建锋（行癫）直接管理，原阿里钉钉CEO陈航离任钉钉。",
            {
                ("张建锋", "leads", "大钉钉事业部"),
                ("张建锋", "leads", "阿里云智能"),
                ("陈航", "leads", "钉钉"),
            },
        ),
        # woshipm-top10-internet-business-layout.html: 由 and a title, but no verb of heading
        # after the name: nothing before 由 is led.
        (
            "波士顿矩阵，由美国著名管理学家、波士顿咨询公司创始人布鲁斯·亨德森首创。",
            {("布鲁斯·亨德森", "leads", "波士顿咨询")},
        ),
        # 2024-latepost-bytedance-ads-slowdown.md: Y从Z手中接过X: both lead X (a former head
        # still leads); 掌管X的Y.
        (
            "那年 11 月，掌管字节广告销售团队的浦燕子从朱时雨手中接过生服业务。",
            {
                ("浦燕子", "leads", "字节广告销售团队"),
                ("浦燕子", "leads", "生服业务"),
                ("朱时雨", "leads", "生服业务"),
            },
        ),
        # 36kr-dingtalk-wuzhao-leaves.html: Y接管了“X”.
        (
            "而在2020年9 月，阿里智能云公布最新战略调整时，朱鸿接管了“智能协同与视频云事业部”，"
            "主要进行企业智能协同场景的产品研发拓展。",
            {("朱鸿", "leads", "智能协同与视频云事业部")},
        ),
        # woshipm-wecom-account-guide.html: 接手 with no person before it leads nothing.
        (
            "当有员工离职，不会带走他添加的客户资源，其他的员工可以自动接手离职员工的客户。",
            set(),
        ),
    ],
)
def test_who_is_put_in_charge_leads(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "leads") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2023-liurun-taobao-wechat-pay.md
        ("可是，马云的阿里巴巴呢？", {("马云", "leads", "阿里巴巴")}),
        # zhihu-zhang-xiaolong-pc-wechat.html
        (
            "张小龙的微信近乎垄断了10年代，背靠腾讯打垮了米聊飞信等一票即时通讯APP。",
            {("张小龙", "leads", "微信")},
        ),
        # 36kr-online-office-wecom-dingtalk.html
        (
            "8个多月后，陈航宣布离职创业，属于陈航的钉钉时代宣告结束。",
            {("陈航", "leads", "钉钉")},
        ),
        # huxiu-douyin-ecommerce-creators.md: Y的X橱窗 is the person's shop on X, not X.
        ("目前，邓刚的抖音橱窗里，销量最好的鱼竿浪尖8号单品销量已达1.6万。", set()),
        # 36kr-leyaoyao-gongzhonghao-ads.html (with 王学集创办的涂鸦智能 and 一手缔造了钉钉的陈航
        # above): the founder, named before the verb's clause, leads what was founded.
        (
            "团队方面，创始人陈耿豪曾在联合利华和惠普有 3 年营销工作经验，2011 年曾创立营销互动公司"
            "微电互动，2015 年被某上公司并购。",
            {("陈耿豪", "leads", "微电互动")},
        ),
        # 36kr-dingtalk-wuzhao-leaves.html: 一手 makes a verb of building a founding ...
        (
            "除了资方有着“阿里味儿”以外，加入阿里巴巴近十年、一手带起钉钉的无招，此次创业团队也集结了"
            "多位钉钉员工。",
            {("陈航", "leads", "钉钉")},  # 无招 is 陈航's alias
        ),
        # ... and so is 其一手创建的钉钉, 其 pointing back to the person named before ...
        (
            "无招是阿里巴巴 To B 业务中的关键人物，其一手创建的钉钉目前为国内用户量最大的企业服务应用。",
            {("陈航", "leads", "钉钉")},  # 无招 is 陈航's alias
        ),
        # ... but 创建 alone is not (创建微信群, 账号刚刚创建: an account): the same article.
        (
            "对于熟悉钉钉与无招的人来说，无招的去职并不意外，创建钉钉时，无招个性鲜明，风格凌厉。",
            set(),
        ),
    ],
)
def test_a_persons_own_product_or_company_is_led_by_the_person(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert read(suggested, sentence, "leads") == expected
