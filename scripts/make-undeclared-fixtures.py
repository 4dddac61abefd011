#!/usr/bin/env python3
"""Writes Tests/NewswireFetchTests/Fixtures/undeclared/: small RSS feeds in legacy charsets that
declare none (`<?xml version="1.0"?>` without `encoding`, served without `charset`), as many real
feeds are. Each file is named after the charset it is written in; UndeclaredCharsetTests reads each
one back and expects its first item's title. Run from the package root; the output is committed."""
import pathlib

OUT = pathlib.Path("Tests/NewswireFetchTests/Fixtures/undeclared")

# charset (Python codec name as the file name): channel title, then (title, description) per item.
FEEDS = {
    "windows-1255": ("חדשות", [
        ("הבנק המרכזי הותיר את הריבית ללא שינוי",
         "הבנק המרכזי הודיע היום כי הריבית תישאר ללא שינוי. לדברי הכלכלנים, האינפלציה ירדה בחודשים "
         "האחרונים והשקל התחזק מול הדולר."),
        ("הנחיות חדשות לקראת החורף",
         "משרד הבריאות פרסם הנחיות חדשות לקראת החורף. הציבור מתבקש להתחסן נגד שפעת ולשמור על היגיינה."),
    ]),
    "windows-1256": ("الأخبار", [
        ("البنك المركزي يبقي أسعار الفائدة دون تغيير",
         "أعلن البنك المركزي اليوم عن إبقاء أسعار الفائدة دون تغيير، وقال المحللون إن التضخم تراجع "
         "خلال الأشهر الأخيرة."),
        ("افتتاح مدارس جديدة",
         "افتتحت وزارة التعليم عشرات المدارس الجديدة في المدن والقرى مع بداية العام الدراسي."),
    ]),
    "tis-620": ("ข่าว", [
        ("ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ย",
         "ธนาคารแห่งประเทศไทยประกาศคงอัตราดอกเบี้ยนโยบายไว้ที่ระดับเดิม "
         "นักวิเคราะห์คาดว่าเศรษฐกิจจะฟื้นตัวในปีหน้า"),
        ("เตือนภัยอากาศหนาว",
         "กรมอุตุนิยมวิทยาเตือนประชาชนในภาคเหนือให้ระวังอากาศหนาวเย็นและหมอกหนาในช่วงเช้า"),
    ]),
    "windows-1251": ("Новости", [
        ("Рубль укрепился к доллару",
         "Центральный банк сегодня сохранил ключевую ставку без изменений. Аналитики ожидают "
         "снижения инфляции в следующем году."),
        ("Новая станция метро", "В Москве открылась новая станция метро, сообщила пресс-служба мэрии."),
    ]),
    "koi8-r": ("Новости", [
        ("Зима пришла в Петербург",
         "В Петербурге выпал первый снег. Синоптики обещают морозы до конца недели, а городские "
         "службы вышли на улицы убирать дороги."),
        ("Театр открыл сезон", "Большой театр открыл новый сезон премьерой оперы, билеты раскупили за час."),
    ]),
    "windows-1252": ("Actualités", [
        ("La BCE maintient ses taux : « l’inflation recule »",
         "La Banque centrale européenne a maintenu ses taux inchangés. « L’inflation recule », a déclaré "
         "sa présidente à Francfort — une décision très attendue par les marchés."),
        ("Reforma de las pensiones",
         "El Gobierno aprobó el año pasado una reforma de las pensiones; según los sindicatos, «es un "
         "paso adelante» para los jóvenes y los mayores."),
    ]),
    "iso-8859-2": ("Wiadomości", [
        ("Złoty umocnił się wobec euro",
         "Narodowy Bank Polski pozostawił stopy procentowe bez zmian. Złoty umocnił się wobec euro, "
         "a ekonomiści spodziewają się spadku inflacji w przyszłym roku."),
        ("Żółw na ulicy w Łodzi",
         "Żółw przeszedł przez ulicę w Łodzi; kierowcy zatrzymali się, żeby go przepuścić. Świadkowie "
         "mówią, że zwierzę uciekło z pobliskiego ogrodu."),
    ]),
    "shift_jis": ("ニュース", [
        ("日銀、金融緩和策を維持",
         "日本銀行は本日、金融政策決定会合で現在の金融緩和策を維持することを決めました。"
         "円相場は一時、一ドル百五十円台まで下落しました。"),
        ("年末年始の混雑に注意", "東京都は、年末年始の交通機関の混雑に備え、早めの移動を呼びかけています。"),
    ]),
    "euc-kr": ("뉴스", [
        ("한국은행 기준금리 동결",
         "한국은행은 오늘 기준금리를 동결했습니다. 전문가들은 물가 상승률이 내년에 둔화될 것으로 내다봤습니다."),
        ("서울시 한파 대책", "서울시는 겨울철 한파에 대비해 취약계층 지원을 강화하기로 했습니다."),
    ]),
    "big5": ("新聞", [
        ("央行維持利率不變", "中央銀行今天宣布維持利率不變，分析師預期明年經濟將穩定成長。"),
        ("加強冬季交通安全", "台北市政府表示，將加強冬季交通安全宣導，提醒民眾注意行車安全。"),
    ]),
    "gbk": ("新闻", [
        ("消费市场持续回暖", "国家统计局今天发布数据显示，消费市场持续回暖，居民收入稳步增长。"),
        ("北京明年开通三条地铁线", "北京市将于明年开通三条新的地铁线路，方便市民出行。"),
    ]),
}


def feed(title, items):
    entries = "".join(
        f"<item><title>{t}</title><link>https://news.example/{i}</link>"
        f"<description>{d}</description></item>\n" for i, (t, d) in enumerate(items, 1))
    return (f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://news.example/</link><description>{title}</description>\n{entries}</channel></rss>\n")


OUT.mkdir(parents=True, exist_ok=True)
for charset, (title, items) in FEEDS.items():
    (OUT / f"{charset}.xml").write_bytes(feed(title, items).encode(charset))
