"""Sentences, headlines and HTML bodies shaped like news text, for bench/realistic_corpus.py.
About a quarter of the Latin sentences carry curly quotes, accented words, en/em dashes or an
ellipsis; the rest are plain ASCII. A few carry emoji. Chinese text uses common words with
Chinese punctuation, numbers and the odd Latin acronym."""

NOUNS = """market policy energy science river council budget election harbor railway storm vaccine festival
court satellite wheat museum bridge startup ocean minister report growth export climate school hospital
league championship drought harvest factory software network protocol airport tariff pension housing rent
inflation interest bank loan mortgage currency bond stock investor merger lawsuit verdict judge jury police
officer mayor governor senator parliament coalition treaty summit ceasefire refugee border migration census
survey poll campaign candidate ballot turnout strike union wage worker employer contract supplier chip
battery vehicle engine pipeline reactor grid turbine solar panel forest wildfire flood earthquake heatwave
glacier species whale coral reef farmer crop fertilizer price shortage recall outbreak virus patient doctor
nurse clinic trial drug therapy research study university student teacher exam library theater concert
album film director actor novel author gallery exhibition stadium coach player season transfer goal match
tournament final record telescope rocket launch mission astronaut orbit moon planet comet app platform
update privacy breach hacker password server cloud robot algorithm model chatbot tax deficit surplus
ministry agency regulator committee hearing inquiry scandal resignation protest rally march crowd visitor
tourist hotel restaurant menu chef recipe coffee bakery market street neighborhood district suburb village
port ferry tram subway bus route ticket fare commuter traffic highway tunnel dam canal""".split()
ADJECTIVES = """new old local national global regional federal rural urban public private major minor early late
rapid slow sharp steep modest strong weak record historic rare unusual familiar controversial popular
critical cautious bold fragile stable volatile quarterly annual weekly daily overnight emergency temporary
permanent digital electric renewable fossil coastal northern southern eastern western central foreign
domestic independent official unofficial independent surprise final initial massive tiny crowded empty
expensive affordable cheap quiet noisy dry wet hot cold fresh ambitious delayed""".split()
VERBS = """approved rejected delayed expanded reported announced confirmed denied blocked backed criticized
praised launched opened closed cut raised lowered doubled halved cancelled postponed revised signed
vetoed passed challenged investigated questioned defended replaced hired fired acquired sold bought
built repaired tested measured predicted warned welcomed ended extended suspended restored reviewed
published leaked discovered released recorded won lost""".split()
ADVERBS = "quietly sharply narrowly unexpectedly finally again formally briefly slowly abruptly".split()
PEOPLE = """Maria Chen|James Okafor|Priya Natarajan|Tom Becker|Aisha Rahman|Daniel Kim|Laura Rossi|Ahmed Hassan
|Sarah Lindqvist|Kenji Watanabe|Elena Petrova|Michael Brown|Fatima Diallo|Lucas Silva|Anna Kowalski
|David Cohen|Grace Mwangi|Oliver Smith|Mei Lin|Carlos Mendes|Hannah Weber|Rajesh Gupta|Emily Clarke
|Omar Farouk""".replace("\n", "").split("|")
PEOPLE_ACCENTED = """José Núñez|François Lefèvre|Zoë Martín|Søren Kierkegård|Björn Ólafsson|Renée Dubé
|Chloé Bérénice|Jürgen Müller|Małgorzata Wójcik|Antonín Dvořák|Inês Conceição|Çağla Yılmaz|Noël Brontë
|Ángel Ibáñez|Léa Girard|Mónica Pérez""".replace("\n", "").split("|")
PLACES = """London|Chicago|Lagos|Mumbai|Berlin|Toronto|Sydney|Nairobi|Seoul|Jakarta|Boston|Denver|Madrid
|Lisbon|Oslo|Dublin|Cairo|Lima|Manila|Osaka|Houston|Seattle|Glasgow|Hamburg|Vienna|Prague|Warsaw|Athens
|Istanbul|Dubai""".replace("\n", "").split("|")
PLACES_ACCENTED = """Zürich|São Paulo|Montréal|Bogotá|Kraków|Düsseldorf|Málaga|Reykjavík|Curaçao|Göteborg
|Łódź|Gdańsk|Tromsø|Córdoba|Genève|Besançon|Nürnberg|Brasília|Québec|Medellín|Malmö|Székesfehérvár
|Mérida|Ålesund""".replace("\n", "").split("|")
ACCENTED = """café|naïve|résumé|fiancée|façade|déjà vu|entrée|protégé|soirée|coöperation|jalapeño|piñata
|crème brûlée|décor|vis-à-vis|über|smörgåsbord|señor|doppelgänger|Škoda|rôle|exposé|naïveté|pâtisserie
""".replace("\n", "").split("|")
CONTRACTIONS = "didn’t|won’t|it’s|can’t|isn’t|we’re|they’ve|wasn’t|hasn’t|that’s".split("|")
EMOJI = ["🚀", "📈", "🎉", "⚽", "🌧️", "👍🏽", "🇧🇷", "🔥", "❤️", "😂", "🤔", "📉", "🏆", "🌍", "👩‍🔬"]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
CJK_WORDS = """经济 政策 能源 科学 城市 铁路 新闻 观察 发展 市场 企业 创新 数据 报告 国际 金融 社会 文化 教育
科技 体育 健康 环境 交通 政府 部门 会议 计划 项目 投资 增长 消费 价格 出口 进口 银行 利率 货币 股市 投资者
公司 工厂 工人 工资 农业 粮食 气候 降雨 台风 地震 医院 医生 患者 疫苗 学校 学生 大学 研究 专家 记者 官员
市长 省份 北京 上海 广州 深圳 杭州 成都 武汉 南京 重庆 西安 香港 台湾 美国 欧洲 日本 韩国 东盟 非洲 今年
去年 上半年 第三季度 同比 环比 百分之 明显 持续 进一步 推动 加快 提高 降低 扩大 支持 加强 完善 落实 宣布
表示 认为 指出 强调 发布 公布 启动 召开 举行 完成 实现 突破 合作 协议 峰会 论坛 平台 人工智能 芯片 电池
新能源 汽车 高铁 机场 港口 航班 旅游 酒店 餐饮 电影 音乐 比赛 冠军 足球 篮球 奥运 网络 手机 用户 隐私
安全 法院 法律 改革 开放 稳定 风险 挑战 机遇 未来 目标 标准 质量 服务 居民 社区 乡村 住房 房价""".split()
CJK_TERMS = ["GDP", "5G", "AI", "CPI", "PMI", "iPhone", "APEC", "WTO", "NBA", "ChatGPT"]


def _cap(text):
    return text[:1].upper() + text[1:]


def _plural(noun):
    if noun[-1] == "y" and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _a(word):
    return ("an " if word[0] in "aeiou" else "a ") + word


class Writer:
    """Text from one random.Random; `fancy` is the share of Latin sentences that are not plain ASCII."""

    def __init__(self, rng, fancy=0.22, emoji=0.02):
        self.rng, self.fancy, self.emoji = rng, fancy, emoji

    def pick(self, seq):
        return self.rng.choice(seq)

    def noun_phrase(self, accented=False):
        r, p = self.rng.random(), self.pick
        if accented and r < 0.5:
            return p(["the ", "a ", "a new ", "the old "]) + p(ACCENTED)
        if r < 0.35:
            return f"the {p(ADJECTIVES)} {p(NOUNS)}"
        if r < 0.55:
            return f"the {p(NOUNS)} {p(NOUNS)}"
        if r < 0.7:
            return f"{self.rng.randrange(2, 900)} {_plural(p(NOUNS))}"
        return f"{_a(p(ADJECTIVES))} {p(NOUNS)} for {p(NOUNS)}"

    def subject(self, accented=False):
        r, p = self.rng.random(), self.pick
        if r < 0.3:
            return p(PEOPLE_ACCENTED if accented else PEOPLE)
        if r < 0.5:
            return f"officials in {p(PLACES_ACCENTED if accented else PLACES)}"
        return _cap(self.noun_phrase(accented and r > 0.8))

    def branch(self, *options):
        """The value of the first (bound, make) whose cumulative bound exceeds one draw, else of the last."""
        r = self.rng.random()
        return next((make for bound, make in options if r < bound), options[-1][1])()

    def tail(self, accented=False):
        p = self.pick
        return self.branch(
            (0.25, lambda: f" on {p(WEEKDAYS)}"),
            (0.45, lambda: f" in {p(PLACES_ACCENTED if accented else PLACES)}"),
            (0.6, lambda: f" after {self.noun_phrase()}"),
            (0.7, lambda: f" by {self.rng.randrange(2, 60)} percent"),
            (0.8, lambda: f", {p(['despite', 'amid', 'ahead of', 'following'])} {self.noun_phrase()}"),
            (1, lambda: ""))

    def clause(self, accented=False):
        adverb = self.pick(ADVERBS) + " " if self.rng.random() < 0.2 else ""
        return f"{self.subject(accented)} {adverb}{self.pick(VERBS)} {self.noun_phrase()}{self.tail(accented)}"

    def sentence(self):
        if self.rng.random() >= self.fancy:
            text = _cap(self.clause()) + "."
        else:
            text = _cap(self.fancy_sentence())
        if self.rng.random() < self.emoji:
            text += " " + self.pick(EMOJI)
        return text

    def fancy_sentence(self):
        p, rng, clause, phrase = self.pick, self.rng, self.clause, self.noun_phrase
        year = rng.randrange(1990, 2024)
        return self.branch(
            (0.2, lambda: f"“{_cap(clause())},” {p(PEOPLE + PEOPLE_ACCENTED)} said."),
            (0.35, lambda: f"{clause()} — {phrase(True)} {p(CONTRACTIONS)} {p(VERBS)} it — {p(ADVERBS)}."),
            (0.5, lambda: f"{clause()} for the {year}–{year + rng.randrange(1, 8)} period."),
            (0.6, lambda: f"{clause()}… and then {phrase()} {p(VERBS)} {phrase()}."),
            (0.7, lambda: f"The {p(NOUNS)}’s ‘{p(ADJECTIVES)} {p(NOUNS)}’ {p(CONTRACTIONS)} {p(VERBS)} {phrase()}."),
            (0.8, lambda: f"{clause(True)}, a {rng.randrange(2, 9)}–{rng.randrange(0, 5)} result."),
            (1, lambda: clause(True) + "."))

    def paragraph(self, sentences):
        return " ".join(self.sentence() for _ in range(sentences))

    def headline(self):
        p = self.pick
        text = self.branch(
            (0.6, lambda: f"{p(PLACES)} {p(NOUNS)} {p(VERBS)} {self.noun_phrase()}"),
            (0.7, lambda: f"{p(PLACES_ACCENTED)}’s {p(NOUNS)} {p(VERBS)} — {p(ADJECTIVES)} {p(NOUNS)} ahead"),
            (0.8, lambda: f"“{_cap(p(ADJECTIVES))} {p(NOUNS)}”: {p(PEOPLE + PEOPLE_ACCENTED)} on the {p(NOUNS)}"),
            (0.9, lambda: f"{_cap(self.noun_phrase(True))} {p(VERBS)} in {p(PLACES + PLACES_ACCENTED)}"),
            (1, lambda: f"{_cap(p(NOUNS))} & {p(NOUNS)}: what {p(CONTRACTIONS)} {p(VERBS)} yet…"))
        if self.rng.random() < 0.03:
            text += " " + p(EMOJI)
        return _cap(text)

    def cjk_sentence(self):
        rng, words = self.rng, []
        count = rng.randrange(5, 14)
        for i in range(count):
            r = rng.random()
            if r < 0.05:
                words.append(f"{rng.randrange(2, 99)}%")
            elif r < 0.08:
                words.append(self.pick(CJK_TERMS))
            elif r < 0.11:
                words.append(f"“{self.pick(CJK_WORDS)}{self.pick(CJK_WORDS)}”")
            elif r < 0.13:
                words.append(f"《{self.pick(CJK_WORDS)}{self.pick(CJK_WORDS)}》")
            else:
                words.append(self.pick(CJK_WORDS))
            if 0 < i < count - 1 and rng.random() < 0.15:
                words.append(self.pick(["，", "、"]))
        return "".join(words) + self.pick(["。", "。", "。", "！", "？"])

    def cjk_headline(self):
        head = "".join(self.pick(CJK_WORDS) for _ in range(self.rng.randrange(4, 9)))
        if self.rng.random() < 0.2:
            head = f"{self.rng.randrange(2015, 2025)}年{head}"
        return head

    def body(self, cjk, link):
        """An article body in HTML, its plain-text first paragraph, and whether it has entities."""
        rng, parts, first = self.rng, [], None
        for i in range(rng.choice([1, 2, 3, 4, 4, 5, 5, 6, 7])):
            if cjk:
                text = "".join(self.cjk_sentence() for _ in range(rng.randrange(2, 6)))
            else:
                text = self.paragraph(rng.randrange(2, 6))
            first = first or text
            r = rng.random()
            if r < 0.1 and not cjk:
                words = text.split(" ")
                at = rng.randrange(len(words))
                words[at] = f'<a href="{link}#{i}">{words[at]}</a>'
                text = " ".join(words)
            elif r < 0.15:
                text = f"<strong>{text}</strong>" if cjk else text.replace(" ", " <em>", 1) + "</em>"
            parts.append(f"<blockquote><p>{text}</p></blockquote>" if r > 0.97 else f"<p>{text}</p>")
            if rng.random() < 0.08:
                parts.append(f"<h2>{self.cjk_headline() if cjk else self.headline()}</h2>")
        if rng.random() < 0.3:
            caption = self.cjk_sentence() if cjk else self.clause() + "."
            parts.append(f'<figure><img src="{link}.jpg" alt="photo" width="800" height="450">'
                         f"<figcaption>{caption}</figcaption></figure>")
        html = "".join(parts)
        if not cjk and rng.random() < 0.15:  # as many CMSes write them
            html = (html.replace("’", "&rsquo;").replace("“", "&ldquo;").replace("”", "&rdquo;")
                    .replace(" — ", "&nbsp;&mdash; ").replace("…", "&hellip;").replace(" & ", " &amp; "))
        return html, first
