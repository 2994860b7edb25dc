"""Taiwan's words for this field's things, and the mainland words kg's ontology uses for them
(:func:`kg.normalize.matching_form` folds the one into the other in traditional text).

Converting the script is not enough: a Taiwan repost writes 影片號 for 视频号 and 小程式 for
小程序, different words, not different characters. Each pair is written in simplified
characters (as they read once the script is converted), and only pairs of equal length are
here, so the matching form stays exactly as long as the text and every offset into it is an
offset into the article as written. Words of different lengths (使用者/用户, 智慧型手機/智能
手机, 雲端/云) cannot be folded in place; a term that needs one gets it as an ``altLabel``.

A pair whose Taiwan word is a mainland word too (影片 is a film there) is folded only in
text kg judged to be traditional (:func:`kg.normalize.is_traditional`).
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["TAIWAN_WORDS"]

#: Taiwan word (in simplified characters) -> the mainland word, of equal length. Words that
#: contain a Taiwan word but mean something else map to themselves, so the longest match
#: keeps them (方程式 is an equation on both sides of the strait, not a 方程序).
TAIWAN_WORDS = MappingProxyType(
    {
        # video: 影片號 is 视频号, 短影音 is 短视频, 視訊會議 is 视频会议
        "影片号": "视频号",
        "影片": "视频",
        "短影音": "短视频",
        "视讯": "视频",
        # programs and software: 小程式, 應用程式, 軟體, 硬體
        "程式": "程序",
        "方程式": "方程式",
        "软体": "软件",
        "硬体": "硬件",
        "韧体": "固件",
        # mobile and network: 行動支付, 行動裝置, 網路, 數位
        "行动支付": "移动支付",
        "行动装置": "移动设备",
        "行动端": "移动端",
        "行动版": "移动版",
        "行动网路": "移动网络",
        "网路": "网络",
        "数位": "数字",
        # data and search: 資料庫, 搜尋, 伺服器, 人工智慧
        "资料库": "数据库",
        "搜寻": "搜索",
        "伺服器": "服务器",
        "人工智慧": "人工智能",
        "智慧手机": "智能手机",
        "晶片": "芯片",
        # messages and accounts: 訊息, 簡訊, 帳號, 連結, 按讚
        "讯息": "消息",
        "简讯": "短信",
        "帐号": "账号",
        "帐户": "账户",
        "连结": "链接",
        "按赞": "点赞",
        # marketing
        "行销": "营销",
        # interface words of feature announcements: 支援 (supports), 透過 (through), 登入,
        # 設定, 預設, 檔案, 介面, 螢幕
        "支援": "支持",
        "透过": "通过",
        "登入": "登录",
        "设定": "设置",
        "预设": "默认",
        "档案": "文件",
        "介面": "界面",
        "萤幕": "屏幕",
    }
)
