"""The customer rules (kg.rules.customers) on real sentences: an organisation is a product's
customer where the sentence says it uses the product (a case list, a brand's act with it, a
brand's own account on it), and not where it only names both, nor where it is the maker, an
investor or rival, a provider serving others, or a source quoted.

Every sentence is quoted from an article of eval/tune or of the seeds (named beside it). Its
organisations and products are added the way `kg suggest` adds them: a class and a label,
nothing else (no kg:madeBy); the rules must read them from the sentence alone. Each shape is
found in several articles (the comments say which); a shape one sentence needs is no rule.
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
    "Company": (
        "蜜雪冰城 CoCo 喜茶GO 迪奥 路易威登 古驰 鸿星尔克 耐克 李宁 GUCCI 兰蔻 壹窑茶业 智己汽车 "
        "老乡鸡 九鼎装饰 朗姿 微盟 有赞 字节跳动 美团 广州潮生活 同道大叔 新榜 碧桂园 蜜芽 美团外卖 京喜 "
        "百度网盘 微民保险代理公司 微众银行 携程旅行 去哪儿旅行 苹果 鸭鸭 雅鹿 美团优选 黛莱皙 朵拉朵尚 "
        "江中 清承堂 群邑 腾讯光子 网龙 ObEN 牧原集团 东方日升 草莓宇宙娃屋 喜茶 古茗 茶百道 霸王茶姬 "
        "奈雪的茶 茶颜悦色 橙心优选 同城旅游 安踏 特步 361度"
    ),
    "Organization": "阿拉丁研究院 云锋基金 元璟资本",
    "Product": (
        "飞书 快手 微博 钉钉 Skype Slack QQ 乐摇摇 饿了么 超级推 iOS Play Face++ 腾讯桌球 小易 "
        "生活服务 淘宝直播 其他业务 申洲国际"
    ),
    "Capability": "视频号主页 朋友圈广告",
}


@pytest.fixture(scope="module")
def suggested(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms above, each with a class and a label."""
    return ontology_with(root, tmp_path_factory.mktemp("suggested"), SUGGESTED)


def customers(ontology: Ontology, text: str) -> set[tuple[str, str]]:
    """The (organisation, product) of each customer fact of a passage, as labels."""
    facts = extract(load_text(text, path="case.md"), ontology).facts
    return {
        (ontology.label(f.subject), ontology.label(f.object))
        for f in facts
        if f.predicate == "customer"
    }


# ---------------------------------------------------------------- case_list


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The seeds (2022): 通过A、B、C、D四个实际案例, the product in the next clause.
        (
            "黄铁鸣通过索菲亚、五菱宏光、大疆农业、湖北宜昌社区四个实际案例，讲解了企业微信是如何"
            "助力社会发展的。",
            {(org, "企业微信") for org in ("索菲亚", "五菱宏光", "大疆农业", "湖北宜昌社区")},
        ),
        # 36kr-questmobile-miniprogram-autumn.html: 品牌（A、B、C）, three times.
        (
            "事实上，从茶饮品牌（蜜雪冰城、CoCo、喜茶GO）到高奢品牌（迪奥、路易威登、古驰），"
            "再到运动品牌（鸿星尔克、耐克、李宁），小程序私域运营正在改变用户营销、销售结构……",
            {
                (org, "小程序")
                for org in (
                    "蜜雪冰城",
                    "CoCo",
                    "喜茶GO",
                    "迪奥",
                    "路易威登",
                    "古驰",
                    "鸿星尔克",
                    "耐克",
                    "李宁",
                )
            },
        ),
        # 36kr-miniprogram-dau-aladdin.html: 包括A、B、C、D等12个品牌;
        # the product of the list's clause, not the 视频号 of a later one.
        (
            "据阿拉丁指数统计，“618”网络购物小程序TOP50中，包括GUCCI、兰蔻、李宁、小米等12个品牌"
            "自营小程序入榜，涉及奢侈品、美妆、服饰等7个细分品类，多个热门品类品牌开启视频号直播。",
            # (GUCCI is another name of the shipped ontology's 古驰.)
            {(org, "小程序") for org in ("古驰", "兰蔻", "李宁", "小米")},
        ),
        # 36kr-leyaoyao-gongzhonghao-ads.html: 包括A、B、C等, whatever noun follows 等
        # (内容创业者); the list after it with its own noun (等品牌公众号); 客户包括: clients of
        # the sentence's subject too (乐摇摇), the provider.
        (
            "目前乐摇摇已经合作的公众号超过 100 个，客户包括广州潮生活、同道大叔、新榜等内容创业者，"
            "以及碧桂园、蜜芽等品牌公众号。",
            {
                (org, product)
                for org in ("广州潮生活", "同道大叔", "新榜", "碧桂园", "蜜芽")
                for product in ("公众号", "乐摇摇")
            },
        ),
        # 36kr-questmobile-miniprogram-traffic-h1.html: 包括A、B…等在内的14款应用, products of
        # the list (饿了么: a term of another kind) in it, the product after the list.
        (
            "2021年5月，包括美团外卖、同程旅行、京喜、饿了么、百度网盘等在内的14款应用，算上小程序"
            "加总去重后的MAU均在亿级以上。",
            {(org, "小程序") for org in ("美团外卖", "同程旅行", "京喜", "百度网盘")},
        ),
        # 36kr-dingtalk-kuwei-coo.html: 阿里云上的龙头企业（A、B、C等）, the list's noun the
        # product's (as 乐摇摇's 客户包括… above), besides the product after the list (钉钉).
        (
            "“云确实给钉钉增加了新的输血能力，过去半年时间，大概有四五十家阿里云上的龙头企业（碧桂园、"
            "牧原集团、东方日升等）接受了钉钉的服务。”",
            {
                (org, product)
                for org in ("碧桂园", "牧原集团", "东方日升")
                for product in ("阿里云", "钉钉")
            },
        ),
        # 36kr-shipinhao-brand-livestream.html and 36kr-questmobile-miniprogram-autumn.html
        # (and 小程序TOP50中，包括… of 36kr-miniprogram-dau-aladdin.html): a product's ranking
        # and the organisations its list names, up to the end of the list's clause.
        (
            "据艾媒咨询发布的《2021年9-10月中国直播电商行业运行数据监测双月报告》，2021年10月"
            "抖音品牌排行榜中，苹果、鸭鸭和雅鹿位列总榜前三；榜单前十名商品品类有服饰类、3C数码类、"
            "美妆类，其中服饰类品牌多达7家，超榜单一半。",
            {(org, "抖音") for org in ("苹果", "鸭鸭", "雅鹿")},
        ),
        (
            "具体到应用上来看，2021年8月，微信小程序TOP 10玩家分别为微信城市服务（2.46亿）、"
            "生活缴费（1.85亿）、腾讯文档（1.47亿）、美团优选（1.36亿）、美团团购（1.31亿）、"
            "滴滴出行（1.26亿）、看一看+（1.19亿）、同程旅行（1.18亿）、金山文档（1.16亿）、"
            "京喜（1.07亿），均已过亿，这也意味着，微信生态商业环境正在不断完善。",
            # 美团团购 and 滴滴出行 are read as the brands 美团 and 滴滴 of the shipped ontology.
            {(org, "小程序") for org in ("美团优选", "京喜", "美团", "滴滴", "同程旅行")},
        ),
        # 36kr-questmobile-miniprogram-autumn.html: A、B、C品牌微信小程序.
        (
            "1 高奢品牌布局微信小程序成效显现，迪奥、路易威登、古驰品牌微信小程序用户均突破百万。",
            {(org, "小程序") for org in ("迪奥", "路易威登", "古驰")},
        ),
        # 36kr-questmobile-livestream-ecommerce.html: a product's 上榜品牌, the examples after
        # 如 going on past commas to the sentence's end.
        (
            "7、快手上榜品牌中涌现了不少本土国货品牌，如美妆行业中的新生品牌黛莱皙、朵拉朵尚，"
            "食品饮料行业中的老牌食品品牌江中，本土特色鲜明的茶叶品牌清承堂等",
            {(org, "快手") for org in ("黛莱皙", "朵拉朵尚", "江中", "清承堂")},
        ),
        # 36kr-shipinhao-brand-livestream.html: a brand entering products' ranking (出现在
        # P、Q的…榜单中), as the article's 抖音品牌排行榜中，苹果…位列总榜前三 lists it.
        (
            "除了苹果同时出现在抖音、快手的畅销品牌榜单中，其他品牌并没有重复。",
            {("苹果", "抖音"), ("苹果", "快手")},
        ),
    ],
)
def test_organisations_listed_as_cases_use_the_product(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert customers(suggested, sentence) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # ithome-facebook-workplace-7m-paid.html: A和B等公司都是这款应用的客户, the product the
        # sentence before names (这款应用); Spotify, a product of the shipped ontology, is none.
        (
            "Workplace 是一款企业软件，企业客户可以将其用作与员工沟通的内部社交网络。这项服务于 2016 年"
            "推出，Spotify 和星巴克等公司都是这款应用的客户。",
            {("星巴克", "Workplace")},
        ),
        # The product named in the sentence: 都是P的客户.
        (
            "这项服务于 2016 年推出，Spotify 和星巴克等公司都是 Workplace 的客户。",
            {("星巴克", "Workplace")},
        ),
        # Without a product before it, 这款应用 names none.
        ("这项服务于 2016 年推出，Spotify 和星巴克等公司都是这款应用的客户。", set()),
    ],
)
def test_a_list_of_a_products_clients(
    suggested: Ontology, passage: str, expected: set[tuple[str, str]]
) -> None:
    assert customers(suggested, passage) == expected


# ---------------------------------------------------------------- uses


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The seeds (2023), twice: ORG…通过P.
        (
            "医药零售企业海王星辰2万名店员通过企业微信连接了全国800万顾客，借助“对外收款”能力，"
            "顾客无需到店即可在线下单。",
            {("海王星辰", "企业微信")},
        ),
        (
            "新能源车企极氪便通过企业微信实现了产研与销售的高效协同，例如通过企业微信运营车友群，"
            "收集真实的一线产品反馈；",
            {("极氪", "企业微信")},
        ),
        # The seeds (2022), twice: 通过P，ORG… / 使用P，ORG….
        (
            "通过企业微信，索菲亚全国百万名经销商，打通了产销数字化全链条。",
            {("索菲亚", "企业微信")},
        ),
        ("此外使用企业微信，大疆农业实现了远程培训农户，及时解惑；", {("大疆农业", "企业微信")}),
        # liurun-tencent-progress.md: the same, the product in quotes.
        (
            "通过“超级推”产品的资源，智己汽车也在直播当天，通过发现页红点推荐和直播广场页卡，"
            "触达了高潜客群。",
            {("智己汽车", "超级推")},
        ),
        # liurun-tencent-progress.md, twice: 进入, 通过.
        ("为了寻求改变，2021年，壹窑茶业开始进入视频号。", {("壹窑茶业", "视频号")}),
        # ... and 在P的协助下，ORG…: the product that helps is used too (群邑, an agency, is
        # none; 朋友圈 is 微信's feature, not a product).
        (
            "在腾讯广告和群邑的协助下，智己汽车通过朋友圈广告和视频号进行直播预热，吸引用户关注。",
            {("智己汽车", "视频号"), ("智己汽车", "腾讯广告")},
        ),
        # woshipm-feishu-dingtalk-wecom.html and liurun-tencent-progress.md: a clause that
        # opens with the verb is the act of the brand that opened the clause before.
        (
            "飞书：2012年开始，飞速发展的字节跳动公司开始寻求公司内部合适的沟通工具，先后试用过"
            "Skype、微信+微信企业号、Slack、钉钉，但最终还是选择自建，2017年开始飞书问世。",
            {("字节跳动", p) for p in ("Skype", "微信", "微信企业号", "Slack", "钉钉")},
        ),
        # 2025-infocast-uber-wechat-miniprogram-hk.txt (title and lead) and layabox-netdragon-
        # lol-minigame.md: a brand launches (推出) something on a product of a known maker.
        ("Uber推出微信小程序 率先在港使用方便中國遊客全球出行", {("Uber", "小程序")}),
        (
            "<匯港通訊> Uber 正式推出官方微信小程序,方便中國內地遊客和香港市民在香港及全球多個旅遊"
            "熱點預約行程並支付車費。",
            {("Uber", "小程序")},
        ),
        (
            "在这即将迎来十周年之际，网龙重磅推出这个寄托着一代人青春与信仰的英雄联盟IP微信小游戏"
            "《决战巨神峰》，正是恰到好处。",
            {("网龙", "小游戏")},
        ),
        # woshipm-wecom-super-crm.md: 用, right after a list of brands and 等 (a word between).
        (
            "如喜茶、古茗等内部用钉钉，茶百道、霸王茶姬、奈雪的茶等用飞书，前者注重管人，后者注重管事儿。",
            {("喜茶", "钉钉"), ("古茗", "钉钉")}
            | {(org, "飞书") for org in ("茶百道", "霸王茶姬", "奈雪的茶")},
        ),
        # latepost-alibaba-taobao-2023-five-strategies.txt: further on, 用 is no brand's use (of
        # its own business here).
        (
            "过去几年，拼多多快速崛起，阿里意识到了威胁，用淘特这个业务来主攻下沉市场，试图从局部业务来反击"
            "拼多多，但并没有遏制住拼多多的长大。",
            set(),
        ),
        # 36kr-big-tech-unrequited-businesses-2022.html: nor where the clause goes on after the
        # product, an instrument (its own, here).
        ("但阿里用饿了么牵制住美团，美团却没有手段反击阿里。", set()),
        # 36kr-laoxiangji-private-domain.html, twice: ORG…在P上/里 + an act.
        (
            "老乡鸡还会在小程序里上线一些好玩的小活动，让用户回访小程序。",
            {("老乡鸡", "小程序")},
        ),
        (
            "去年年底，在微博热搜话题#见过最轻松的工作 下，老乡鸡官博因为每天在微博上发“咯咯哒”"
            "被搞笑博主提名。",
            {("老乡鸡", "微博")},
        ),
        # huxiu-morning-douyin-xindong-waimai.html: 在其官方P + an act, the brand's account.
        (
            "7月14日晚间，茶颜悦色在其官方微博发布消息称，茶颜悦色不支持任何代购行为，并称，"
            "“希望代购者停止这种行为，也呼吁广大消费者不要从任何渠道代购奶茶”。",
            {("茶颜悦色", "微博")},
        ),
        # 36kr-questmobile-miniprogram-traffic-h1.html and huxiu-internet-loses-exemption.html:
        # the share of the brands' traffic a product brings (P带来的流量占比, 来自P的流量占比),
        # the brands in its clause or the one before; not the 小程序 named earlier, whose
        # 渠道价值 is no one's traffic.
        (
            "基于三大能力，小程序的三大价值已然显现，对于本地生活、购物、出行等领域来说，小程序的渠道"
            "价值已经无可匹敌，美团、美团优选、橙心优选，微信小程序带来的流量分别占比达到39.9%、"
            "81.4%、92.1%。",
            {(org, "小程序") for org in ("美团", "美团优选", "橙心优选")},
        ),
        (
            "像是猫眼电影或是同城旅游这样的应用，来自“小程序”的流量占比已经超过了80%，它们对于平台的"
            "依赖程度，以及在数据层面的共享细节，都不算让人放心，而这种和微信的深度捆绑，甚至还要比在"
            "手机里预装应用的做法更加难以摆脱。",
            # (猫眼电影 is another name of the shipped ontology's 猫眼娱乐.)
            {(org, "小程序") for org in ("猫眼娱乐", "同城旅游")},
        ),
    ],
)
def test_a_brand_doing_something_with_a_product_uses_it(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert customers(suggested, sentence) == expected


# ---------------------------------------------------------------- brand_account


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 36kr-laoxiangji-private-domain.html, three times: ORG公众号, ORG的公众号.
        (
            "有一位知情人士向运营社透露，“目前老乡鸡公众号一天新增的粉丝有几千人，总粉丝量有大几百万。”",
            {("老乡鸡", "公众号")},
        ),
        ("老乡鸡的公众号是服务号，虽然一个月只能推送 4 次。", {("老乡鸡", "公众号")}),
        # The seeds (2022): ORG的P群.
        (
            "在五菱宏光的企业微信群内，有车友提出在车内挂袋子不方便，五菱宏光就在驾驶座旁加了两个挂钩",
            {("五菱宏光", "企业微信")},
        ),
        # liurun-tencent-progress.md: the product inside a feature's name, and ORG的P.
        (
            "同时，智己汽车视频号主页，直通了销售企微，方便更好地进行线上沟通和私域沉淀。",
            {("智己汽车", "视频号")},
        ),
        (
            "去年6月到8月，波司登的账号矩阵创下了超过4000万的销售额；双11期间，朗姿的视频号做到了"
            "600多万的销售额。",
            {("朗姿", "视频号")},
        ),
        # questmobile-miniprogram-ecosystem.md and 36kr-questmobile-miniprogram-traffic-h1.html:
        # a brand's app and its product (APP与小程序, APP及其关联小程序), every brand of a list
        # (同程旅行, a company of the shipped ontology, too).
        (
            "例如，以生活服务领域为例，美团外卖APP与小程序之间，小程序独占用户率高达92.9%，尤其是"
            "70后、80后用户使用占比很高；",
            {("美团外卖", "小程序")},
        ),
        (
            "QuestMobile数据显示，2021年5月，同程旅行、携程旅行及去哪儿旅行APP及其关联小程序总体去重"
            "用户规模同比增长分别为50.6%、40.9%和54.1%。",
            {("同程旅行", "小程序"), ("携程旅行", "小程序"), ("去哪儿旅行", "小程序")},
        ),
        # liurun-taobao-changes-2023.md: AP of a product of no known maker (淘宝) is an account
        # when one is named after it (店铺).
        (
            "草莓宇宙娃屋淘宝店铺中，随着这些优质精准的短视频和直播内容转化而来的用户占比，也在与日俱增。",
            {("草莓宇宙娃屋", "淘宝")},
        ),
        # liurun-tencent-progress.md: ORG公众号 inside a longer clause.
        (
            "同时，AI客服又能基于腾讯广告对九鼎装饰公众号粉丝用户的深度了解、消费洞察，判断不同用户"
            "的咨询内容。",
            {("九鼎装饰", "公众号")},
        ),
    ],
)
def test_a_brands_own_account_on_a_product(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert customers(suggested, sentence) == expected


# ---------------------------------------------------------------- what is no use


@pytest.mark.parametrize(
    "sentence",
    [
        # 36kr-miniprogram-dau-aladdin.html: providers who make tools for a product (推出).
        "以微盟、有赞为代表的传统SaaS服务商2021年先后推出企业微信助手，并且与小程序服务打通，"
        "拓展服务范围和服务深度。",
        # 36kr-miniprogram-dau-aladdin.html: an analyst named with a product it studies.
        "阿拉丁研究院认为，小程序已经成为网民生活“标配”，人生各阶段需求未来都可能在小程序上获取"
        "相应服务。",
        "阿拉丁研究院通过对同程旅行访谈得知，同程旅行陆续将服务对象延展至旅行产业链数以万计中小商家。",
        # woshipm-feishu-dingtalk-wecom.html: the maker (旗下).
        "而同类型的产品，字节跳动旗下的飞书，同样备受瞩目。",
        # 36kr-youzan-wechat-ecosystem.html: a provider serving merchants on products (为商家).
        "有赞微商城可以为商家搭建可通过快手、微博、微信等多个社交媒体访问的店铺。",
        # 36kr-youzan-wechat-ecosystem.html: a partnership (与…合作), not a use.
        "受此影响，有赞等SaaS服务商借助与快手等短视频平台的合作，又搭上了直播电商的“快车”。",
        # 36kr-youzan-wechat-ecosystem.html: a source credited (头图来源于…官方微博).
        "（应受访者要求，文中均为化名，本文头图来源于有赞官方微博。）",
        # 36kr-laoxiangji-private-domain.html: 在线下门店 is no list of stores.
        "运营社注意到，和很多餐饮店不同的是，老乡鸡在线下门店的餐桌上没有贴码，用户不需要扫码进入"
        "小程序也能直接点餐结账。",
        # 36kr-shipinhao-qq-xiaoshijie.html and 36kr-miniprogram-dau-aladdin.html: the maker of
        # the ontology's products (腾讯, kg:madeBy of 微信) names its own, QQ too, which kg
        # suggest adds with no kg:madeBy.
        "在用户增长已经很难实现的时候，腾讯不得不思考如何利用好微信、QQ这两大中国最大的社交产品，"
        "提升它们的变现能力。",
        "百度小程序、支付宝小程序、抖音小程序、腾讯QQ小程序等平台也取得了飞速发展。",
        # 36kr-wechat-android-8018.html: 包括 a list of parties with no 等, providers among them.
        "在第三方信息共享清单中，用户可以查阅微信把你的个人信息共享给第三方的情况，包括中国银联股份"
        "有限公司、财付通支付科技有限公司、微民保险代理公司、深圳前海微众银行股份有限公司、小程序公众号"
        "主题、app 提供方、广告主和/或委托的代理商、第三方广告监测服务商。",
        # techcrunch-zh-wechat-mini-programs.md: a company's own system, not an account on it,
        # and its own product named after it in Latin letters (谷歌 Play 商店) ...
        "虽然谷歌的安卓系统占所有设备的 85%，但由于谷歌 Play 商店在中国被屏蔽，分发是通过一系列第三方"
        "应用商店进行的。",
        # ... as in woshipm-wechat-8022-perf-tool.html (苹果 iOS): the maker, no customer.
        "而苹果 iOS 新版微信在这些功能的基础上，还新增了朋友圈转发的功能，这对某些朋友来说，应该挺实用的。",
        # 36kr-online-office-wecom-dingtalk.html: 机构 listed with a product are its backers.
        "到了2018年下半年，拥有700万企业组织的钉钉显露了生态上的野心，联合云锋基金、创新工场、"
        "元璟资本等机构启动了10亿扶持资金的“春雨计划”。",
        # 36kr, 2021-07-09 (原阿里钉钉CEO无招将离职创业): a company and its product in a person's
        # title are the employer and what it makes.
        "据 36 氪了解，与无招此次一同创业的核心骨干包括：原阿里钉钉副总裁任卿（花名：易统）、"
        "原阿里钉钉市场部负责人甘聪、以及原阿里钉钉首席架构师、CTO朱鸿（花名：一粟）。",
        # woshipm-top10-internet-business-layout.html: brands that 分别 (respectively) use
        # products: which uses which is not said to kg (阿里, the maker of 淘宝, uses no 微信).
        "但是在移动时代，腾讯和阿里分别通过微信和手机淘宝拿到了移动互联网时代的门票，但百度则全面"
        "落后了。",
        # 36kr-online-office-wecom-dingtalk.html: what a company launches (推出, 上线) of no
        # known maker is its own product.
        "比如百度对外开放了如流智能工作平台，京东推出了智慧办公平台小易，美团对外开放了办公IM产品"
        "“大象”……",
        "向来不参与互联网战事的华为，在2019年底上线了企业办公产品WeLink……在线办公大戏的主角们，"
        "已经悉数登场。",
        # layabox-minigame-traffic-sharing.md and 36kr-tencent-oben-investment.html: the product
        # of a known maker launched is no account when it only qualifies what is launched.
        "Layabox推出小游戏流量共享平台，开发者可免费获得游戏流量！",
        "随后的4月底，ObEN推出了一个整合有VR社交体验的微信聊天服务短片，当然用户需要戴上HTC Vive"
        "头显。",
        # A的P of a product of no known maker is the company's own: 36kr-facebook-tiktok-wechat-
        # moat.html, techcrunch-zh-alipay-smile-to-pay-kfc.md, 2018-layabox-tencent-billiards-3d-
        # minigames.md (朗姿的视频号 above is an account: 视频号 is 腾讯's).
        "美国同时存在两类主流通讯手段：Facebook messenger和短信（短信主要是苹果的imessage）。",
        "在幕后，阿里巴巴使用了中国初创公司旷视科技的 Face++技术，该公司从包括富士康在内的投资者"
        "那里筹集了超过 1.5 亿美元的资金。",
        "在微信小游戏中，目前除腾讯光子的腾讯桌球外，厦门酷游的休闲竞技游戏《圈羊大作战》，以及个人"
        "开发者的跑酷类游戏《酷跑小鸡》，都是采用了LayaAir的3D引擎技术。",
        # 36kr-weibo-2021-results-2022.html: AP of a product of no known maker, no account named
        # after it, is the company's own (新浪其他业务: 其他业务, a business its gold reads as a
        # product).
        "除了通过内容来留住用户，微博也需要拓宽业务线，比如效仿阿里模式，一边向新浪借力打造多元业务"
        "矩阵，一边利用传统声量优势联动新浪其他业务，以期增加赢面。",
        # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: names run together are a list
        # (阿里美团京东抖音快手), not a brand and its account; a partnership (和…的合作); money and
        # resources put into a business (投入资源), no use.
        "今年特别火的本地生活，阿里美团京东抖音快手都在激战，微信还没听到发力。",
        "承诺投入共同富裕项目，深化和银联云闪付的合作。",
        "美团：美团已经成长为综合性的生活服务平台，但阿里大力投入资源发展本地生活服务，美团需继续"
        "积极防守。",
        # layabox-qq-light-games-250m.md: a product named further on than the verb's object
        # (基于…优势) is not what the brand uses.
        "所以，Layabox基于在QQ轻游戏技术和商务上的优势，提出发行合作模式，帮助众多存在技术压力和困惑"
        "的开发者，快速解决技术与商务问题。",
        # woshipm-diantao-vs-douyin-live-commerce.html: a list (包括A、B等) about no product after
        # it is not about a product of the clause before it either (rivals listed).
        "现阶段的行业前三，即第一梯队的淘宝直播（点淘），第二梯队的快手直播和抖音，包括京东、拼多多、"
        "小红书等都利用起了“直播+短视频”电商，进入了所谓2.0时代的直播电商行业。",
        # xingtu-weekly-news-e-cigarette-xinjiang-cotton.txt (eval round 14): a list of brands,
        # then a clause turning to another company (，而…), here named as a product the way the
        # round's hand-added entities class a name seen only as a figure's subject.
        "受此影响，25日安踏、李宁、特步、361度等国产品牌港股股价大涨，A股服装纺织板块走强，而耐克"
        "供应商申洲国际跌幅超5%，耐克主要合作经销商滔博一度大跌近15%。",
        # 2023-liurun-taobao-wechat-pay.md: a founder's company named beside a product.
        "2020年7月，我写了一篇文章，尝试着回答了一个美团创始人王兴提出的好问题： 淘宝为什么还不支持"
        "微信支付？",
    ],
)
def test_a_company_named_with_a_product_is_no_customer_by_that_alone(
    suggested: Ontology, sentence: str
) -> None:
    assert customers(suggested, sentence) == set()


@pytest.fixture(scope="module")
def own(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the names of the sentences below, as kg suggest adds them."""
    terms = {"Company": "OpenAI 刺猬实习校招", "Product": "ChatGPT"}
    return ontology_with(root, tmp_path_factory.mktemp("own"), terms)


def test_a_product_called_the_brands_own_is_not_used_unless_another_makes_it(
    own: Ontology,
) -> None:
    # geekpark-baidu-qujing-meituan-shenhuiyuan-2024.md: 基于其 + a product of no known maker
    # is the brand's own (as 苹果的imessage is for brand_account).
    sentence = (
        "此前有媒体报道称，OpenAI 正开发一款基于其 ChatGPT 聊天机器人的大型产品，将提供新的 AI "
        "搜索引擎。"
    )
    assert customers(own, sentence) == set()
    # woshipm-wecom-4-0-datong.html, the other side: 通过自有的 + another maker's product is the
    # brand's account there, a use.
    sentence = (
        "刺猬实习校招是通过自有的公众号粉丝量，向有招聘需求的企业去进行报价，通过视频号的直播功能"
        "完成企业宣讲视频回放的转播。"
    )
    assert ("刺猬实习校招", "公众号") in customers(own, sentence)
