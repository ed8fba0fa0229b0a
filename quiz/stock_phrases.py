"""Stock phrases of Chinese political prose: idioms, colloquial images and the stock predicates that close a
sentence (是…的题中应有之义, 汇聚…的正能量, 打通…的“最后一公里”). Said once, such a phrase is ornament: every
reader completes it from the frame, and it tests nothing of the article (review round 22, pattern 1).

Written from general knowledge of the genre (speeches, commentaries, theory pages), not from any article the
app is tested on. Named policies and concepts are not here (the concepts lexicon holds them), nor are
phrases with a naming head (…工程, …精神, …机制), which name a thing however seldom said.

    >>> s = "各项措施要落到实处，坚决防止机械执行甚至“穿新鞋走老路”。"
    >>> stock_blank(s, s.index("穿新鞋"), s.index("穿新鞋") + 6, s)
    True
    >>> s = "当地大力推行“机器换人”，企业效率明显提高。"
    >>> stock_blank(s, s.index("机器换人"), s.index("机器换人") + 4, s)
    False
"""
from __future__ import annotations

import re

STOCK_PHRASES = frozenset("""
牛鼻子 硬骨头 绊脚石 试金石 领头雁 撒手锏 杀手锏 金钥匙 总开关 晴雨表
助推器 加速器 稳定器 催化剂 定心丸 护身符 紧箍咒 安全阀 蓄水池 防火墙 隔离带 快车道 中梗阻
肠梗阻 一阵风 一刀切 一条心 一张网 一本账 一把尺 一张皮 两张皮 挡箭牌 遮羞布
传声筒 二传手 甩手掌柜 老好人 太平官 墙头草 铁饭碗 铁交椅 大锅饭 拦路虎 老大难 钉子户 空架子
花架子 假把式 样子货 做加法 做减法 做乘法 做除法 打补丁 踩油门 踩刹车 开药方 下猛药 出实招 摸家底
压担子 搭台子 铺路子 找路子 挑大梁 唱主角 唱独角戏 打头阵 涉险滩 闯难关 拔钉子 接地气 冒热气 带露珠
沾泥土 接力跑 加速跑 马拉松 先手棋 关键一招 关键一步 当头炮 开门红 满堂红 加油站 起跑线 分水岭 新起点
新高度 新篇章 新画卷 锦绣图景 壮美画卷 崭新篇章 时代答卷 最后一公里 最先一公里 最后一米 最后一百米
题中应有之义 应有之义 必然要求 必然选择 根本所在 关键所在 力量源泉 动力源泉
活力源泉 重中之重 当务之急 头等大事 大势所趋 人心所向 应有之举 务实之举 长远之策 治本之策 固本之策
正能量 最大公约数 最大增量 同心圆 最大变量 主旋律 大文章 好文章 大棋局 主动仗 攻坚战 持久战 阵地战
组合拳 一揽子 工具箱 大礼包 一池春水 一江春水 满园春色 百花齐放 春风化雨 润物无声 润物细无声 入脑入心
见行见效 走深走实 落细落实 落地见效 落地落实 一以贯之 驰而不息 踏石留印 抓铁有痕 滴水穿石
水滴石穿 蹄疾步稳 攻坚克难 砥砺前行 持之以恒 锲而不舍 善作善成 真抓实干 埋头苦干 守土尽责
敢为人先 勇立潮头 迎难而上 知难而进 一抓到底 常抓不懈 落地生根 开花结果 聚沙成塔 积厚成势 厚积薄发
革故鼎新 继往开来 承前启后 一脉相承 对症下药 靶向发力 标本兼治 同向发力 同题共答 握指成拳
 聚链成群 点面结合 以点带面 由点及面 多点开花 遍地开花 齐头并进 互促共进 相得益彰 相辅相成
并行不悖 水到渠成 事半功倍 一举多得 立竿见影 赓续传承 薪火相传 生生不息 源远流长 博大精深 历久弥新
熠熠生辉 蔚然成风 蔚为大观 海晏河清 风生水起 如火如荼 方兴未艾 欣欣向荣 蒸蒸日上 日新月异
翻天覆地 沧桑巨变 新瓶装旧酒 穿新鞋走老路 换汤不换药 照抄照搬 生搬硬套 机械照搬 上下一般粗 纸上谈兵
闭门造车 走过场 做样子 喊口号 虎头蛇尾 雷声大雨点小 层层加码 前紧后松 吃拿卡要 庸懒散 等靠要
 一哄而上 一拥而上 撒胡椒面 一窝蜂 运动式 填鸭式 保姆式 大呼隆 走马观花
蜻蜓点水 浅尝辄止 隔靴搔痒 避重就轻 敷衍塞责 推诿扯皮 慢作为 乱作为 假作为 画大饼 空头支票 花拳绣腿
盆景式 作秀式 两面人 两面派 老黄牛 孺子牛 拓荒牛 店小二 娘家人 贴心人 领头羊 火车头 主引擎 新引擎
动力源 增长极 桥头堡 试验田 连心桥 金名片 亮丽名片 新名片 钉钉子
空谈误国 实干兴邦 一竿子插到底 眉毛胡子一把抓 胡子眉毛一把抓 抓大放小
牵一发而动全身 千里之行始于足下 不积跬步无以至千里 九层之台起于累土 绳锯木断 积土成山 众人拾柴火焰高
一花独放不是春 独木不成林 打通堵点 疏通堵点 破解难点 化解痛点 短板弱项 长板优势 弯道超车
换道超车 变道超车 领跑者 跟跑者 并跑者 追赶者 后来居上 异军突起 半壁江山 顶梁柱 稳定锚
定海神针 基本盘 大盘子 蛋糕 做大蛋糕 分好蛋糕 一碗水端平 一把钥匙开一把锁 解剖麻雀 望闻问切 把脉问诊
对症施治 开对药方 固本培元 强筋健骨 舒筋活血 筑巢引凤 腾笼换鸟 凤凰涅槃 浴火重生 刮骨疗毒 壮士断腕
猛药去疴 重典治乱 以上率下 上行下效 一呼百应 同心同德 众志成城 凝心聚力 和衷共济
风雨同舟 守望相助 血脉相连 手足相亲 休戚与共 命运与共 心心相印 美美与共 各美其美 天下一家
""".split())

# 以（中国式现代化）全面推进…: slogans whose slot every reader fills; (text before, the filler, text after)
STOCK_FRAMES = tuple(tuple(line.split("|")) for line in """
以|中国式现代化|全面推进
为|中国式现代化|提供
为|中国式现代化|注入
推进|中国式现代化|的
实现|中华民族伟大复兴|的
满足人民日益增长的|美好生活需要|
增进|民生福祉|
坚持|以人民为中心|的发展思想
完整准确全面贯彻|新发展理念|
坚持|稳中求进|工作总基调
统筹|发展和安全|
促进|人与自然和谐共生|
""".split())

# verb–object formulas of the genre (把制度优势更好转化为治理效能): the clue words before the blank, in order within
# its clause (… marks a gap), predict the object every reader writes (review round 23, pattern 2(c))
FORMULA_OBJECTS = tuple(tuple(line.split("|")) for line in """
制度优势…转化为|治理效能
制度优势…转化为|国家治理效能
生态优势…转化为|发展优势
资源优势…转化为|发展优势
文化优势…转化为|发展优势
提升|国家文化软实力
增强|国家文化软实力
铸牢|中华民族共同体意识
推动构建|人类命运共同体
携手构建|人类命运共同体
推进|国家治理体系和治理能力现代化
实现|高水平科技自立自强
全面建设|社会主义现代化国家
厚植|爱国主义情怀
守住|不发生规模性返贫致贫的底线
守住|不发生系统性风险的底线
""".split())
CLAUSE_MARKS = "，。；：！？"


def formula_completion(sentence: str, a: int, b: int) -> bool:
    """Does the blank sentence[a:b] complete a verb–object formula whose clue words stand before it in its
    clause? Not when the formula is the sentence's subject (把制度优势转化为（治理效能），是…): then it is the point.

        >>> s = "把制度优势更好转化为治理效能，精准是关键。"
        >>> formula_completion(s, s.index("治理效能"), s.index("治理效能") + 4)
        True
    """
    answer = sentence[a:b].strip("“”")
    clause = sentence[max(sentence.rfind(c, 0, a) for c in CLAUSE_MARKS) + 1:a].rstrip("“")
    if re.match(r"”?，?(?:是|就是)", sentence[b:]):
        return False
    for clue, filler in FORMULA_OBJECTS:
        pieces = clue.split("…")
        if answer != filler or not clause.endswith(pieces[-1]):
            continue
        pos = 0
        for piece in pieces[:-1]:
            pos = clause.find(piece, pos)
            if pos < 0:
                break
            pos += len(piece)
        else:
            return True
    return False


# formulas every writer closes a sentence with (不断增强人民群众获得感、幸福感、安全感): the frame's reflex, not
# the article's point, unless the article argues about them (said twice or more)
STOCK_FORMULAS = tuple(tuple(line.split("、")) for line in """
获得感、幸福感、安全感
获得感、幸福感
积极性、主动性、创造性
凝聚力、向心力
向心力、凝聚力
影响力、感召力、塑造力
""".split())


def stock_formula(items: list[str], text: str = "") -> bool:
    """Are the items one of the stock formulas, or a run of one, said at most once in the text?"""
    n = len(items)
    run = any(tuple(items) == f[k:k + n] for f in STOCK_FORMULAS for k in range(len(f) - n + 1)) and n >= 2
    return run and (not text or text.count("、".join(items)) <= 1)


# a naming head: the phrase names a programme, a body, a place or a spirit however seldom said
NAMING_HEADS = ("工程", "精神", "机制", "制度", "体系", "战略", "行动", "计划", "模式", "政策", "改革", "规划", "平台",
                "中心", "基地", "村", "区", "园", "站", "所")


def stock_blank(sentence: str, a: int, b: int, text: str) -> bool:
    """Is the blank sentence[a:b] a stock phrase said once in the article (text), or the slot of a stock slogan
    (以（中国式现代化）全面推进…)? Stressed (said twice or more), a stock phrase is the article's own point."""
    answer = sentence[a:b].strip("“”")
    if formula_completion(sentence, a, b):
        return True
    if any(answer == filler and sentence[:a].rstrip("“").endswith(before) and sentence[b:].lstrip("”").startswith(after)
           for before, filler, after in STOCK_FRAMES):
        return True
    if answer not in STOCK_PHRASES or answer.endswith(NAMING_HEADS) or re.search(r"\d", answer):
        return False
    return text.count(answer) <= 1
