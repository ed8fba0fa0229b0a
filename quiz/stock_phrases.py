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
from collections.abc import Collection

from quiz.vocabulary import KNOWN_SHORT_FORMS, is_generic

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
 断头路  一张蓝图干到底 一城一地 一城一池 一招鲜 一招鲜吃遍天 烂摊子 半拉子 
     指南针 度量衡 导航仪 方向盘  生命线 高压线 警戒线 硬杠杠 硬任务
硬指标 软肋 铁规矩 明白账 糊涂账 算大账 长远账 老黄历 加速度 含金量 含绿量 含新量 成色 底色 亮色 硬核
大格局 大手笔 大写意 工笔画 绣花功夫 绣花针 穿针引线 牵线搭桥 铺路架桥 搭桥铺路 破冰 破题 答卷 考卷
 必答题 选答题 附加题 加试题 送分题 应用题 压轴题 大考 接力棒 传家宝 金扁担 泥饭碗 香饽饽 聚宝盆 摇钱树
千城一面 千村一面 万人一杆枪 上下一条心 一盘棋 全国一盘棋 一根针 千条线 一锤子买卖 一锤定音 一张白纸
白纸黑字 空转 虚功 实功 新官上任三把火 新官不理旧账 拍脑袋 拍胸脯 拍屁股 翻烧饼 跑冒滴漏 踢皮球 打太极
击鼓传花 甩锅 背锅 躺平 摆烂 作秀 留痕 灰犀牛 黑天鹅 一亩三分地 各扫门前雪 自扫门前雪 画地为牢
各自为政 各行其是 单打独斗 孤军奋战 一枝独秀 独木难支 众人划桨开大船 十个手指弹钢琴 弹钢琴 牵牛鼻子
纲举目张 提纲挈领 小马拉大车 大马拉小车 新瓶装新酒 穿新鞋走新路 照葫芦画瓢 依葫芦画瓢 削足适履 邯郸学步
东施效颦 刻舟求剑 守株待兔 拔苗助长 揠苗助长 竭泽而渔 杀鸡取卵 饮鸩止渴 寅吃卯粮 急功近利 好大喜功 贪大求洋
大干快上 大拆大建 盲目跟风 一哄而散 跟风 扎堆 内耗  持续用力 善始善终 
稳扎稳打 步步为营  乘势而上 顺势而为 借势发力 因势利导 攻山头 涉深水
啃硬骨头 闯关夺隘 爬坡过坎 滚石上山 逆水行舟 不进则退 行百里者半九十 半山腰 最吃劲 接续奋斗 大有可为
大有作为 正当其时 恰逢其时 星星之火 星火燎原 心往一处想 劲往一处使 拧成一股绳 同频共振 双向奔赴 千帆竞发
百舸争流 万马奔腾 气象万千 生机勃勃 活力迸发 点石成金 变废为宝 点绿成金 梧桐树 金凤凰 引凤还巢 后半篇文章
第一粒扣子 精神之钙  蓝海 红海 风口 新风口  最初一公里 绿色通道 金杯银杯不如老百姓的口碑
连环招 硬招 实招 新招 妙招 高招 任督二脉 神经末梢 毛细血管 关键棋 一步好棋 温度计 体温计 磨刀石 垫脚石
敲门砖 铺路石 主战场 主阵地 主渠道 主力军 生力军 排头兵 尖兵 开路先锋 硬支撑 软环境 烟火气 人情味 精气神
强心剂 清醒剂 良方 一池活水 满盘皆活  立柱架梁 夯基垒台 千方百计 竭尽全力 全力以赴 不遗余力
矢志不渝 始终如一 一鼓作气 乘胜追击 趁热打铁 未雨绸缪 防患于未然  有备无患 见微知著 防微杜渐
抓早抓小 治未病 小切口 大纵深 短平快 大而全
""".split())

# images and stock completions that the lexicon lists as terms (the reader highlights them), yet said once, blanked,
# are ornament as much as the rest (review round 24: 解决“卡脖子”难题, 打造“国之重器”, …，一张蓝图绘到底)
LISTED_IMAGES = frozenset("""
卡脖子 一张蓝图绘到底 一茬接着一茬干 国之重器 大国重器 压舱石 定盘星 主心骨 指挥棒 风向标 四梁八柱 源头活水
久久为功 行稳致远 居安思危 新赛道 赶考
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


def stock_blank(sentence: str, a: int, b: int, text: str, listed: Collection[str] = ()) -> bool:
    """Is the blank sentence[a:b] a stock phrase said once in the article (text), or the slot of a stock slogan
    (以（中国式现代化）全面推进…), of a governing verb's frame (践行（…）理念), a label before its frame noun
    (“（双碳）”目标) or an idiom after a verb of avoiding (没有“（一招鲜）”)? Stressed (said twice or more), a
    stock phrase is the article's own point."""
    answer = sentence[a:b].strip("“”")
    if formula_completion(sentence, a, b) or frame_completion(sentence, a, b, listed) or frame_label(sentence, a, b) \
            or ornament_idiom(sentence, a, b, text):
        return True
    if any(answer == filler and sentence[:a].rstrip("“").endswith(before) and sentence[b:].lstrip("”").startswith(after)
           for before, filler, after in STOCK_FRAMES):
        return True
    if answer not in STOCK_PHRASES and answer not in LISTED_IMAGES or answer.endswith(NAMING_HEADS) \
            or re.search(r"\d", answer):
        return False
    return text.count(answer) <= 1


# a governing verb and the frame noun it takes (解决“…”难题, 践行…理念, 实现“…”目标): whatever stands between
# them is completed from the frame, and many fillers read as well (review round 24, pattern 2)
GOVERNING_FRAMES = (
    (("解决", "破解", "攻克", "化解"), ("难题", "瓶颈")),
    (("践行", "贯彻", "树立", "秉持", "秉承", "坚持", "弘扬"), ("理念",)),
    (("实现", "完成"), ("目标",)),
    (("打赢", "打好"), ("攻坚战", "保卫战", "持久战", "主动仗")),
    (("贯彻落实", "学习贯彻", "贯彻", "落实", "领会", "传达学习"), ("精神",)),
    (("守住", "守牢", "兜住", "兜牢", "筑牢"), ("底线", "红线", "防线")),
)
# after the frame noun, a copula makes the sentence a definition of the filled frame: then it is the point
DEFINES_RE = re.compile(r"^”?[，,]?(?:就是|即|是指|是|指的是)")


def frame_completion(sentence: str, a: int, b: int, listed: Collection[str] = ()) -> bool:
    """Is the blank the slot of a governing verb's frame, filled with a label every reader knows (quoted, or
    in the shipped vocabulary `listed`): 解决“（卡脖子）”难题, 践行（人类命运共同体）理念, 实现“（双碳）”目标?
    Not a figure nor the article's own aim in plain words (锚定（闯新路进中游）目标 is a target to learn), nor
    a frame the sentence defines.

        >>> s = "坚持开放合作，践行人类命运共同体理念，推动交流互鉴。"
        >>> frame_completion(s, s.index("人类"), s.index("理念"), {"人类命运共同体"})
        True
    """
    answer = sentence[a:b]
    if not (sentence[a - 1:a] in ("“", "‘") or answer in listed) or re.search(r"\d", answer):
        return False
    before, after = sentence[:a].rstrip("“‘"), sentence[b:].lstrip("”’")
    for verbs, heads in GOVERNING_FRAMES:
        if not before.endswith(verbs):
            continue
        # a tight frame only: 破解“从研到产”的难题 names the article's own problem, 解决“卡脖子”难题 the stock one
        head = next((h for h in heads if after.startswith(h)), "")
        if head:
            return not DEFINES_RE.match(after[len(head):])
    return False


# nouns a counted short form labels (“双碳”目标, “三农”工作): the label is filled from the frame
LABEL_HEADS = ("目标", "工作", "战略", "行动", "任务", "政策", "领域", "问题", "转型", "承诺")
SHORT_FORM_RE = re.compile(r"[两三四五六七八九十双][\u4e00-\u9fff]")


def frame_label(sentence: str, a: int, b: int) -> bool:
    """A counted short form blanked before the noun it labels: 助力实现“（双碳）”目标 — a frame label every
    reader completes, not a point (review rounds 22–24). Explained in the sentence (即…), it is given away."""
    answer = sentence[a:b]
    if b - a != 2 or not (answer in KNOWN_SHORT_FORMS or SHORT_FORM_RE.fullmatch(answer)):
        return False
    return sentence[b:].lstrip("”’").startswith(LABEL_HEADS)


# verbs of lacking or avoiding: the short quoted idiom after them is what is not wanted, an ornament
# (没有“一招鲜”, 造成“烂摊子”, 跳出“一城一地”谋发展)
ORNAMENT_VERBS = ("没有", "造成", "跳出", "避免", "防止", "杜绝", "摒弃", "走出", "陷入", "谨防", "警惕", "告别")
ORNAMENT_MAX = 4
# a head after the closing quote makes the quote a name (“内卷式”竞争, “两高”项目)
NAME_AFTER = ("竞争", "项目", "工程", "行动", "目标", "战略", "理念", "精神", "机制", "模式", "问题")


def ornament_idiom(sentence: str, a: int, b: int, text: str) -> bool:
    """A quoted idiom of at most four characters, said once, after a verb of lacking or avoiding: 推进高质量
    发展没有“（一招鲜）” — many idioms fit, and the point is the plain words around it.

        >>> s = "盲目上马项目，一哄而散，最后造成“烂摊子”。"
        >>> ornament_idiom(s, s.index("烂摊子"), s.index("烂摊子") + 3, s)
        True
    """
    answer = sentence[a:b]
    if sentence[a - 1:a] not in ("“", "‘") or sentence[b:b + 1] not in ("”", "’") or not 2 <= len(answer) <= ORNAMENT_MAX:
        return False
    if re.search(r"\d", answer) or SHORT_FORM_RE.match(answer) or text.count(answer) > 1:
        return False
    return sentence[:a - 1].endswith(ORNAMENT_VERBS) and not sentence[b + 1:].startswith(NAME_AFTER)


IMAGE_LENGTHS = range(2, 7)
NUMERAL_RE = re.compile(r"[一二两三四五六七八九十百千万双\d]")
# verbs that draw a figure (打造…“富春山居图”, 绘就…“新画卷”, 当好“店小二”, 成为…的“压舱石”), up to the quote
FIGURE_FRAME_RE = re.compile(r"(?:打造|绘就|绘出|描绘|谱写|织就|擦亮|铸就|成为|当好|当起|做好|作为|变成|化身|是)"
                             r"[^，。；！？“”‘’]*$")
CLAUSE_ENDS = "，。；：！？…"
QUOTE_CLOSERS = "”’"


def decorative_image(sentence: str, a: int, b: int, text: str, terms: Collection[str],
                     listed: Collection[str] = ()) -> bool:
    """A quoted image said once and closing its clause, in a sentence that names a key term of the article
    (the concept it decorates): 因村制宜，…打造各具特色的现代版‘（富春山居图）’ — the concept is the point, and
    the image is one of many (review round 24, pattern 2). A listed phrase (国之大者) or one with a head after
    it (“算网一体”建设) names a thing.

        >>> s = "推进乡村振兴，要因村制宜，打造各具特色的“富春山居图”。"
        >>> decorative_image(s, s.index("富春"), s.index("富春") + 5, s, ["乡村振兴"])
        True
    """
    answer = sentence[a:b]
    if sentence[a - 1:a] not in ("“", "‘") or sentence[b:b + 1] not in QUOTE_CLOSERS or len(answer) not in IMAGE_LENGTHS:
        return False
    if text.count(answer) > 1 or answer in listed or NUMERAL_RE.search(answer):
        return False  # (一极一源, 三颗明珠: a counted label, not an image)
    after = sentence[b + 1:].lstrip(QUOTE_CLOSERS)
    if after and after[0] not in CLAUSE_ENDS:
        return False
    before = sentence[:a - 1]
    if not FIGURE_FRAME_RE.search(before[max(before.rfind(c) for c in CLAUSE_ENDS) + 1:]):
        return False  # 货币政策从“稳健”转为“（适度宽松）”: a stance named, not a figure drawn
    rest = before + "\u0000" + sentence[b + 1:]
    return any(len(t) >= 3 and t in rest and answer not in t and t not in answer and not is_generic(t) for t in terms)


ROW_QUOTE_RE = re.compile(r"[“‘]([^“”‘’]{1,8})[”’]")
ROW_MIN = 3  # quoted coinages in one sentence that make a row of them
TURN_RE = re.compile(r"从[“‘][^”’]{1,8}[”’](?:迈向|转为|转向|变为|走向|到)[“‘]")


def coinage_in_a_row(sentence: str, a: int, b: int, text: str, listed: Collection[str] = ()) -> bool:
    """A quoted coinage said once, closing its clause, in a sentence of three or more such coinages each said
    once: 精耕“智”作，设施农业“（数字种养）”，全产业链加速“数转智改” — a row of flourishes, each made for the
    row; the point is what they are a row of (review round 24, pattern 2).

        >>> s = "粮食生产精耕“智”作，设施养殖“云上管”，加工流通“链上走”，农业现代化加速推进。"
        >>> coinage_in_a_row(s, s.index("云上管"), s.index("云上管") + 3, s)
        True
    """
    answer = sentence[a:b]
    if sentence[a - 1:a] not in ("“", "‘") or sentence[b:b + 1] not in QUOTE_CLOSERS or answer in listed:
        return False
    after = sentence[b + 1:].lstrip(QUOTE_CLOSERS)
    if after and after[0] not in CLAUSE_ENDS:
        return False
    if TURN_RE.search(sentence):
        return False  # 从“稳健”转为“适度宽松”: stances named in a turn, not a row of flourishes
    quoted = [q for q in ROW_QUOTE_RE.findall(sentence) if q not in listed]
    once = all(text.count(f"“{q}”") + text.count(f"‘{q}’") <= 1 for q in quoted)  # (精耕“智”作: 智 is said often)
    return len(quoted) >= ROW_MIN and once and text.count(answer) <= 1
