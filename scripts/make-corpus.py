#!/usr/bin/env python3
"""Writes the feed fixture corpus of Tests/NewswireEngineTests/Fixtures/corpus/.

Each fixture is a feed document shaped like a real one. The expected articles (the golden files
beside them) are written by the corpus test itself with NEWSWIRE_UPDATE_GOLDENS=1, then reviewed.
Legacy-charset fixtures are converted with iconv so their bytes are what such servers send.
"""
import base64, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "NewswireEngineTests", "Fixtures", "corpus")
written = []


def write(name, text, encoding=None):
    path = os.path.join(OUT, name)
    data = text.encode("utf-8") if isinstance(text, str) else text
    if encoding:
        data = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=data, check=True,
                              capture_output=True).stdout
    with open(path, "wb") as f:
        f.write(data)
    written.append(name)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- article sets (realistic content)
SITES = {
    "news": dict(title="Daily Ledger — World", link="https://www.dailyledger.example/world/", lang="en-US",
                 items=[
        dict(title="Central bank holds rates as inflation cools", slug="2024/12/central-bank-holds-rates",
             summary="<p>The bank kept its key rate at 4.5% for a third meeting.</p>",
             content="<p>The bank kept its key rate at <b>4.5%</b> for a third meeting.</p><p>Markets had expected the decision.</p>",
             date=("Thu, 26 Dec 2024 13:09:00 +0000", "2024-12-26T13:09:00Z"), author=("Maria Lopez", "mlopez@dailyledger.example"),
             cats=["Economy", "Banking"]),
        dict(title="Storm closes ports along the northern coast", slug="2024/12/storm-closes-ports",
             summary="<p>Shipping is halted in three harbours.</p>", content=None,
             date=("Wed, 25 Dec 2024 08:30:00 GMT", "2024-12-25T08:30:00Z"), author=("Ken Watanabe", None),
             cats=["Weather"]),
        dict(title="Parliament passes the 2025 budget", slug="2024/12/parliament-budget",
             summary="<p>The vote was 312 to 190.</p>", content="<p>The vote was 312 to 190, after a night session.</p>",
             date=("Tue, 24 Dec 2024 22:15:00 +0100", "2024-12-24T22:15:00+01:00"), author=None, cats=["Politics"]),
    ]),
    "blog": dict(title="Notes from the Workshop", link="https://workshop.example.net/", lang="en",
                 items=[
        dict(title="Sharpening a card scraper", slug="posts/card-scraper/",
             summary="A burr, not an edge.", content="<p>A <em>burr</em>, not an edge.</p><pre><code>angle = 5°</code></pre>",
             date=("Sat, 07 Sep 2024 10:00:00 -0400", "2024-09-07T10:00:00-04:00"), author=("Ada Joinery", "ada@workshop.example.net"),
             cats=["tools", "hand tools"]),
        dict(title="Why I stopped using biscuits", slug="posts/no-more-biscuits/",
             summary="Dominos and dowels, compared.", content="<p>Dominos and dowels, compared.</p><ul><li>strength</li><li>speed</li></ul>",
             date=("Mon, 02 Sep 2024 18:45:10 -0400", "2024-09-02T18:45:10-04:00"), author=("Ada Joinery", "ada@workshop.example.net"),
             cats=["joinery"]),
    ]),
    "zh": dict(title="观察者网 · 财经", link="https://www.guancha.example.cn/economy/", lang="zh-CN",
               items=[
        dict(title="央行：保持流动性合理充裕", slug="economy/2024_12_26_760001.shtml",
             summary="<p>中国人民银行26日开展逆回购操作。</p>", content="<p>中国人民银行26日开展<strong>逆回购</strong>操作，保持流动性合理充裕。</p>",
             date=("Thu, 26 Dec 2024 13:09:00 +0800", "2024-12-26T13:09:00+08:00"), author=("王小明", None), cats=["财经", "央行"]),
        dict(title="新能源汽车出口再创新高", slug="economy/2024_12_25_759880.shtml",
             summary="<p>前11个月出口同比增长。</p>", content=None,
             date=("Wed, 25 Dec 2024 09:00:00 +0800", "2024-12-25T09:00:00+08:00"), author=("李华", None), cats=["汽车"]),
    ]),
    "ja": dict(title="テックニュース", link="https://tech.example.jp/", lang="ja",
               items=[
        dict(title="新型スマートフォンを発表　電池持ちが向上", slug="news/2024/12/26/phone.html",
             summary="<p>同社は２６日、新型端末を発表した。</p>", content="<p>同社は２６日、新型端末を発表した。価格は未定。</p>",
             date=("Thu, 26 Dec 2024 15:00:00 +0900", "2024-12-26T15:00:00+09:00"), author=("山田太郎", None), cats=["モバイル"]),
    ]),
    "tw": dict(title="科技新報", link="https://news.example.tw/", lang="zh-TW",
               items=[
        dict(title="台積電公布第四季營收", slug="2024/12/26/tsmc-q4",
             summary="<p>營收較去年同期成長。</p>", content=None,
             date=("Thu, 26 Dec 2024 16:20:00 +0800", "2024-12-26T16:20:00+08:00"), author=("陳大文", None), cats=["半導體"]),
    ]),
    "fr": dict(title="Le Café du Coin", link="https://cafe.example.fr/", lang="fr",
               items=[
        dict(title="Les crêpes de la Chandeleur — « recette »", slug="recettes/crepes",
             summary="<p>Œufs, farine, lait… et patience.</p>", content="<p>Œufs, farine, lait… et <i>patience</i>.</p>",
             date=("Fri, 02 Feb 2024 12:00:00 +0100", "2024-02-02T12:00:00+01:00"), author=("Élodie Brûlé", "elodie@cafe.example.fr"),
             cats=["Recettes", "Desserts"]),
    ]),
}


def rss_item(site, it, version="2.0", full=True):
    link = site["link"] + it["slug"]
    out = ["    <item>", f"      <title>{esc(it['title'])}</title>", f"      <link>{esc(link)}</link>"]
    out.append(f"      <description>{esc(it['summary'])}</description>")
    if full and version not in ("0.91", "0.90"):
        if version in ("2.0", "0.94"):
            out.append(f"      <guid isPermaLink=\"true\">{esc(link)}</guid>")
            out.append(f"      <pubDate>{it['date'][0]}</pubDate>")
            if it["author"] and it["author"][1]:
                out.append(f"      <author>{it['author'][1]} ({esc(it['author'][0])})</author>")
            for c in it["cats"]:
                out.append(f"      <category>{esc(c)}</category>")
        elif version in ("0.92", "0.93"):
            for c in it["cats"]:
                out.append(f"      <category>{esc(c)}</category>")
            if version == "0.93":
                out.append(f"      <pubDate>{it['date'][0]}</pubDate>")
    out.append("    </item>")
    return "\n".join(out)


def rss_doc(site, version="2.0", extra_ns="", items_xml=None, channel_extra=""):
    items = items_xml if items_xml is not None else "\n".join(rss_item(site, it, version) for it in site["items"])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="{version}"{extra_ns}>
  <channel>
    <title>{esc(site['title'])}</title>
    <link>{site['link']}</link>
    <description>{esc(site['title'])}</description>
    <language>{site['lang']}</language>{channel_extra}
{items}
  </channel>
</rss>
"""


def rdf_doc(site, content_module=True):
    lis = "\n".join(f'        <rdf:li rdf:resource="{site["link"] + it["slug"]}"/>' for it in site["items"])
    items = []
    for it in site["items"]:
        link = site["link"] + it["slug"]
        x = [f'  <item rdf:about="{link}">', f"    <title>{esc(it['title'])}</title>", f"    <link>{link}</link>",
             f"    <description>{esc(it['summary'])}</description>", f"    <dc:date>{it['date'][1]}</dc:date>"]
        if it["author"]:
            x.append(f"    <dc:creator>{esc(it['author'][0])}</dc:creator>")
        for c in it["cats"]:
            x.append(f"    <dc:subject>{esc(c)}</dc:subject>")
        if content_module and it["content"]:
            x.append(f"    <content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        x.append("  </item>")
        items.append("\n".join(x))
    items = "\n".join(items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
  <channel rdf:about="{site['link']}">
    <title>{esc(site['title'])}</title>
    <link>{site['link']}</link>
    <description>{esc(site['title'])}</description>
    <dc:language>{site['lang']}</dc:language>
    <dc:rights>Copyright 2024 {esc(site['title'])}</dc:rights>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>2</sy:updateFrequency>
    <items>
      <rdf:Seq>
{lis}
      </rdf:Seq>
    </items>
  </channel>
{items}
</rdf:RDF>
"""


def atom_entry(site, it, n):
    link = site["link"] + it["slug"]
    x = ["  <entry>", f"    <title>{esc(it['title'])}</title>", f'    <link href="{link}"/>',
         f"    <id>tag:{site['link'].split('/')[2]},2024:{n}</id>", f"    <published>{it['date'][1]}</published>",
         f"    <updated>{it['date'][1]}</updated>"]
    if it["author"]:
        x.append("    <author><name>" + esc(it["author"][0]) + "</name>" +
                 (f"<email>{it['author'][1]}</email>" if it["author"][1] else "") + "</author>")
    for c in it["cats"]:
        x.append(f'    <category term="{esc(c)}"/>')
    x.append(f'    <summary type="html">{esc(it["summary"])}</summary>')
    if it["content"]:
        x.append(f'    <content type="html">{esc(it["content"])}</content>')
    x.append("  </entry>")
    return "\n".join(x)


def atom_doc(site, entries_xml=None, feed_extra="", lang_attr=True):
    entries = entries_xml if entries_xml is not None else "\n".join(
        atom_entry(site, it, n) for n, it in enumerate(site["items"]))
    lang = f' xml:lang="{site["lang"]}"' if lang_attr else ""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"{lang}>
  <title>{esc(site['title'])}</title>
  <link href="{site['link']}"/>
  <link rel="self" href="{site['link']}feed.atom"/>
  <id>{site['link']}</id>
  <updated>2024-12-26T13:09:00Z</updated>
  <author><name>{esc(site['title'])}</name></author>{feed_extra}
{entries}
</feed>
"""


def atom03_doc(site, mode="escaped"):
    entries = []
    for n, it in enumerate(site["items"]):
        link = site["link"] + it["slug"]
        if mode == "base64":
            body = base64.encodebytes((it["content"] or it["summary"]).encode()).decode()
            content = f'    <content type="text/html" mode="base64">\n{body}    </content>'
        elif mode == "xml":
            content = f'    <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">{it["content"] or it["summary"]}</div></content>'
        else:
            content = f'    <content type="text/html" mode="escaped">{esc(it["content"] or it["summary"])}</content>'
        author = f"    <author><name>{esc(it['author'][0])}</name></author>\n" if it["author"] else ""
        entries.append(f"""  <entry>
    <title>{esc(it['title'])}</title>
    <link rel="alternate" type="text/html" href="{link}"/>
    <id>tag:{site['link'].split('/')[2]},2024:{n}</id>
    <issued>{it['date'][1]}</issued>
    <modified>{it['date'][1]}</modified>
    <created>{it['date'][1]}</created>
{author}{content}
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="{site['lang']}">
  <title>{esc(site['title'])}</title>
  <link rel="alternate" type="text/html" href="{site['link']}"/>
  <modified>2024-12-26T13:09:00Z</modified>
  <author><name>{esc(site['title'])}</name></author>
  <copyright>Copyright (c) 2024</copyright>
{chr(10).join(entries)}
</feed>
"""


def json_doc(site, version="1.1", ids_numeric=False):
    items = []
    for n, it in enumerate(site["items"]):
        link = site["link"] + it["slug"]
        item = {"id": n + 1000 if ids_numeric else link, "url": link, "title": it["title"],
                "date_published": it["date"][1], "tags": it["cats"]}
        if it["content"]:
            item["content_html"] = it["content"]
            item["summary"] = it["summary"].replace("<p>", "").replace("</p>", "")
        else:
            item["content_html"] = it["summary"]
        if it["author"]:
            a = {"name": it["author"][0]}
            if version == "1.1":
                item["authors"] = [a]
            else:
                item["author"] = a
        items.append(item)
    doc = {"version": f"https://jsonfeed.org/version/{version}", "title": site["title"],
           "home_page_url": site["link"], "feed_url": site["link"] + "feed.json", "items": items}
    if version == "1.1":
        doc["language"] = site["lang"]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- generation
def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if not old.endswith(".golden.json"):
            os.remove(os.path.join(OUT, old))

    # 1. Every format version, over every site (6 sites x 9 shapes = 54).
    for key, site in SITES.items():
        write(f"rss20-{key}.xml", rss_doc(site))
        write(f"rss094-{key}.xml", rss_doc(site, "0.94"))
        write(f"rss093-{key}.xml", rss_doc(site, "0.93"))
        write(f"rss092-{key}.xml", rss_doc(site, "0.92"))
        write(f"rdf-{key}.xml", rdf_doc(site))
        write(f"atom10-{key}.xml", atom_doc(site))
        write(f"atom03-{key}.xml", atom03_doc(site))
        write(f"jsonfeed11-{key}.json", json_doc(site, "1.1"))
        write(f"jsonfeed10-{key}.json", json_doc(site, "1.0"))

    news, zh, ja, tw, fr, blog = (SITES[k] for k in ("news", "zh", "ja", "tw", "fr", "blog"))
    specials(news, zh, ja, tw, fr, blog)
    charsets(news, zh, ja, tw, fr)
    broken(news, blog)
    real_world()
    print(f"{len(written)} fixtures in {os.path.relpath(OUT)}")


def rss090(site):
    items = "\n".join(f"""  <item>
    <title>{esc(it['title'])}</title>
    <link>{site['link'] + it['slug']}</link>
  </item>""" for it in site["items"])
    return f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
  <channel>
    <title>{esc(site['title'])}</title>
    <link>{site['link']}</link>
    <description>{esc(site['title'])}</description>
  </channel>
{items}
</rdf:RDF>
"""


def specials(news, zh, ja, tw, fr, blog):
    write("rss090-news.xml", rss090(news))
    write("rss090-blog.xml", rss090(blog))
    write("rss091-netscape.xml", '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
          + rss_doc(news, "0.91").split("\n", 1)[1])
    write("rss091-userland.xml", rss_doc(blog, "0.91"))
    write("rss20-userland-namespace.xml", rss_doc(news).replace('<rss version="2.0">',
          '<rss version="2.0" xmlns="http://backend.userland.com/rss2">'))
    write("jsonfeed11-numeric-ids.json", json_doc(news, "1.1", ids_numeric=True))

    # Text constructs, RFC 4287.
    def atom1(entry, name, extra=""):
        write(name, atom_doc(news, entry, extra))
    atom1("""  <entry><id>urn:uuid:1</id><title type="text">Less &lt;than&gt; &amp; more</title><link href="https://www.dailyledger.example/a/1"/>
    <updated>2024-12-26T10:00:00Z</updated><summary type="text">Plain &lt;b&gt;text&lt;/b&gt; summary</summary></entry>""", "atom-title-text.xml")
    atom1("""  <entry><id>urn:uuid:2</id><title type="html">Rates &lt;em&gt;hold&lt;/em&gt; at 4.5%</title><link href="https://www.dailyledger.example/a/2"/>
    <updated>2024-12-26T10:00:00Z</updated><content type="html">&lt;p&gt;Escaped &lt;a href="/x"&gt;markup&lt;/a&gt;&lt;/p&gt;</content></entry>""", "atom-title-html.xml")
    atom1("""  <entry><id>urn:uuid:3</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">The <b>bold</b> &amp; the <i>brave</i></div></title><link href="https://www.dailyledger.example/a/3"/>
    <updated>2024-12-26T10:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <abbr title="Extensible">XHTML</abbr> &lt;kept&gt;</p></div></content></entry>""", "atom-title-xhtml.xml")
    atom1("""  <entry><id>urn:uuid:4</id><title type="html">Plain words only</title><link href="https://www.dailyledger.example/a/4"/>
    <updated>2024-12-26T10:00:00Z</updated><summary>Short summary.</summary><content type="html">&lt;p&gt;Long content with &lt;b&gt;markup&lt;/b&gt;.&lt;/p&gt;</content></entry>""", "atom-summary-and-content.xml")
    atom1("""  <entry><id>urn:uuid:5</id><title>CDATA in html content</title><link href="https://www.dailyledger.example/a/5"/>
    <updated>2024-12-26T10:00:00Z</updated><content type="html"><![CDATA[<p>Inside <b>CDATA</b> &amp; escaped once</p>]]></content></entry>""", "atom-cdata-content.xml")
    atom1("""  <entry><id>urn:uuid:6</id><title type="text/plain">Atom 0.3-style MIME type on 1.0</title><link href="https://www.dailyledger.example/a/6"/>
    <updated>2024-12-26T10:00:00Z</updated><content type="text/html">&lt;p&gt;MIME typed&lt;/p&gt;</content></entry>""", "atom-mime-types.xml")
    atom1("""  <entry><id>urn:uuid:7</id><title>Out-of-line content</title><link href="https://www.dailyledger.example/a/7"/>
    <updated>2024-12-26T10:00:00Z</updated><summary>See the PDF.</summary><content type="application/pdf" src="https://www.dailyledger.example/a/7.pdf"/></entry>""", "atom-content-src.xml")
    atom1("""  <entry><id>urn:uuid:8</id><title>No link, summary only</title>
    <updated>2024-12-26T10:00:00Z</updated><summary type="html">&lt;p&gt;Only a summary.&lt;/p&gt;</summary></entry>""", "atom-no-link.xml")
    atom1("""  <entry><id>urn:uuid:9</id><title></title><link href="https://www.dailyledger.example/a/9"/>
    <updated>2024-12-26T10:00:00Z</updated><content type="html">&lt;p&gt;An entry whose title is empty gets the first words of its text as a title, cut near one hundred characters so that readers show something useful.&lt;/p&gt;</content></entry>""", "atom-empty-title.xml")

    # Double escaping and CDATA in RSS.
    def rss1(items, name, ns="", encoding=None, chan=""):
        write(name, rss_doc(news, items_xml=items, extra_ns=ns, channel_extra=chan), encoding)
    rss1("""    <item><title>AT&amp;amp;T and Verizon &amp;#8217;merge&amp;#8217;</title><link>https://www.dailyledger.example/b/1</link><description>x</description></item>
    <item><title>Tom &amp;amp; Jerry &amp;quot;return&amp;quot;</title><link>https://www.dailyledger.example/b/2</link></item>
    <item><title>R&amp;D spending &amp;notanentity; stays literal</title><link>https://www.dailyledger.example/b/3</link></item>""", "rss-double-escaped-titles.xml")
    rss1("""    <item><title><![CDATA[Q&A: what <b> means in a title]]></title><link>https://www.dailyledger.example/c/1</link>
      <description><![CDATA[<p>CDATA <a href="/rel/link">description</a> with <img src="img/photo.jpg" alt="photo"></p>]]></description></item>
    <item><title>Raw markup in description</title><link>https://www.dailyledger.example/c/2</link>
      <description><p>Unescaped <b>HTML</b> &amp; a <br/> break</p></description></item>""", "rss-cdata.xml")
    rss1("""    <item><title>Script is removed</title><link>https://www.dailyledger.example/d/1</link>
      <description>&lt;p onclick="alert(1)"&gt;Hi&lt;script&gt;alert(2)&lt;/script&gt;&lt;iframe src="//evil.example"&gt;&lt;/iframe&gt;&lt;a href="javascript:alert(3)"&gt;x&lt;/a&gt;&lt;/p&gt;</description></item>""", "rss-unsafe-markup.xml")
    ns_all = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
              ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
              ' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" xmlns:atom="http://www.w3.org/2005/Atom"'
              ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"')
    rss1("""    <item><title>Full text via content:encoded</title><link>https://www.dailyledger.example/e/1</link>
      <description>Teaser only.</description><content:encoded><![CDATA[<p>The <strong>whole</strong> article.</p>]]></content:encoded>
      <dc:creator>Maria Lopez</dc:creator><dc:creator>Ken Watanabe</dc:creator><dc:date>2024-12-26T09:00:00+08:00</dc:date>
      <dc:subject>Economy</dc:subject><dc:subject> Economy </dc:subject><dc:language>es</dc:language><dc:rights>CC BY 4.0</dc:rights></item>""",
         "rss-dc-content.xml", ns_all)
    rss1("""    <item><title>FeedBurner original link wins</title><link>http://feedproxy.google.example/~r/ledger/~3/abc/</link>
      <guid isPermaLink="false">ledger-8812</guid><feedburner:origLink>https://www.dailyledger.example/f/1?utm_source=feedburner&amp;utm_medium=feed&amp;id=7</feedburner:origLink></item>""",
         "rss-feedburner-origlink.xml", ns_all)
    rss1("""    <item><title>Guid permalink without link</title><guid>https://www.dailyledger.example/g/1</guid></item>
    <item><title>Guid not a permalink</title><guid isPermaLink="false">https://www.dailyledger.example/g/2</guid><description>no link here</description></item>
    <item><title>Same guid, other link</title><guid isPermaLink="false">dup</guid><link>https://www.dailyledger.example/g/3</link></item>
    <item><title>Same guid, another link</title><guid isPermaLink="false">dup</guid><link>https://www.dailyledger.example/g/4</link></item>
    <item><title>Duplicate item</title><link>https://www.dailyledger.example/g/5</link></item>
    <item><title>Duplicate item</title><link>https://www.dailyledger.example/g/5</link></item>""", "rss-identity.xml")
    rss1("""    <item><title>Podcast episode 42: tariffs</title><link>https://www.dailyledger.example/pod/42</link>
      <enclosure url="https://cdn.dailyledger.example/pod/42.mp3" length="24986239" type="audio/mpeg"/>
      <itunes:author>Ledger Audio</itunes:author><itunes:summary>We talk about tariffs &amp; trade.</itunes:summary>
      <itunes:duration>00:26:01</itunes:duration><itunes:image href="https://cdn.dailyledger.example/pod/42.jpg"/></item>
    <item><title>Episode 41</title><link>https://www.dailyledger.example/pod/41</link>
      <enclosure url="https://cdn.dailyledger.example/pod/41.m4a" length="0" type="audio/x-m4a"/><itunes:duration>1561</itunes:duration></item>""",
         "rss-itunes-podcast.xml", ns_all, chan="\n    <itunes:author>Daily Ledger</itunes:author>\n    <copyright>© 2024 Daily Ledger</copyright>")
    rss1("""    <item><title>Media RSS gallery</title><link>https://www.dailyledger.example/m/1</link>
      <media:group><media:content url="https://cdn.dailyledger.example/m/1-large.jpg" type="image/jpeg" fileSize="120000" medium="image"/>
        <media:content url="https://cdn.dailyledger.example/m/1-small.jpg" type="image/jpeg"/>
        <media:description>Three photos of the harbour.</media:description></media:group>
      <media:thumbnail url="https://cdn.dailyledger.example/m/1-thumb.jpg" width="150" height="100"/></item>
    <item><title>Video with media:content children</title><link>https://www.dailyledger.example/m/2</link>
      <media:content url="https://cdn.dailyledger.example/m/2.mp4" type="video/mp4" fileSize="5000000">
        <media:description type="html">&lt;p&gt;The &lt;b&gt;launch&lt;/b&gt; in 60 seconds.&lt;/p&gt;</media:description>
        <media:thumbnail url="/m/2.jpg"/></media:content></item>""", "rss-media.xml", ns_all)
    rss1("""    <item><title>Two enclosures and a repeat</title><link>https://www.dailyledger.example/n/1</link>
      <enclosure url="https://cdn.dailyledger.example/n/1.mp3" length="100" type="audio/mpeg"/>
      <enclosure url="https://cdn.dailyledger.example/n/1.pdf" length=" 2048 " type=" application/pdf "/>
      <enclosure url="https://cdn.dailyledger.example/n/1.mp3" length="100" type="audio/mpeg"/>
      <enclosure url="/n/relative.ogg" type="audio/ogg"/><enclosure url="" type="audio/ogg"/></item>""", "rss-enclosures.xml")
    rss1("""    <item><title>Authors in every RSS shape</title><link>https://www.dailyledger.example/o/1</link>
      <author>mlopez@dailyledger.example (Maria Lopez)</author></item>
    <item><title>Name and angle brackets</title><link>https://www.dailyledger.example/o/2</link><author>Ken Watanabe &lt;ken@dailyledger.example&gt;</author></item>
    <item><title>Bare email</title><link>https://www.dailyledger.example/o/3</link><author>desk@dailyledger.example</author></item>
    <item><title>Feed-level author fallback</title><link>https://www.dailyledger.example/o/4</link></item>""", "rss-authors.xml", ns_all,
         chan="\n    <managingEditor>editor@dailyledger.example (The Editors)</managingEditor>")
    rss1("""    <item><title>Categories: trimmed and deduped</title><link>https://www.dailyledger.example/p/1</link>
      <category> World </category><category>World</category><category domain="https://www.dailyledger.example/tags">Asia</category><category></category></item>""",
         "rss-categories.xml")
    rss1("""    <item><title>Tracking parameters dropped</title><link>HTTPS://WWW.DailyLedger.EXAMPLE:443/q/1?utm_source=rss&amp;utm_campaign=x&amp;fbclid=abc&amp;page=2#comments</link></item>
    <item><title>Protocol-relative link</title><link>//www.dailyledger.example/q/2</link></item>
    <item><title>Path-relative link</title><link>q/3.html</link></item>
    <item><title>Root-relative link</title><link>/q/4</link></item>""", "rss-links.xml")
    rss1("""    <item><title>Hourly feed</title><link>https://www.dailyledger.example/r/1</link></item>""", "rss-syndication-ttl.xml", ns_all,
         chan="\n    <sy:updatePeriod>daily</sy:updatePeriod>\n    <sy:updateFrequency>4</sy:updateFrequency>")
    rss1("""    <item><title>ttl wins over sy</title><link>https://www.dailyledger.example/r/2</link></item>""", "rss-ttl.xml", ns_all,
         chan="\n    <ttl>30</ttl>\n    <sy:updatePeriod>daily</sy:updatePeriod>")
    rss1("""    <item><title>Atom updated inside RSS</title><link>https://www.dailyledger.example/s/1</link>
      <pubDate>Thu, 26 Dec 2024 13:09:00 +0000</pubDate><atom:updated>2024-12-27T08:00:00Z</atom:updated></item>""", "rss-atom-updated.xml", ns_all)
    rss1("""    <item><title>No title? Use the text</title><link>https://www.dailyledger.example/t/1</link></item>
    <item><description>&lt;p&gt;This item has no title at all, so its first words become the title of the article.&lt;/p&gt;</description><link>https://www.dailyledger.example/t/2</link></item>
    <item></item>""", "rss-missing-titles.xml")

    # Dates in every shape real feeds use, one item each.
    dates = ["Thu, 26 Dec 2024 13:09:00 +0800", "26 Dec 2024 13:09:00 GMT", "Thu, 6 Dec 2024 1:09:00 UT",
             "Thursday, 26-Dec-24 13:09:00 GMT", "Thu, 26 Dec 2024 13:09 EST", "Thu, 26 Dec 2024 13:09:00 PDT",
             "Thurs, 26 Dec 2024 13:09:00 Z", "2024-12-26T13:09:00Z", "2024-12-26T13:09:00.123+08:00",
             "2024-12-26t13:09:00z", "2024-12-26T13:09+0800", "2024-12-26 13:09:00", "2024-12-26", "1735189740",
             "Thu, 26 Dec 2024 13:09:00 GMT+8", "not a date"]
    items = "\n".join(f"    <item><title>Date form {n}</title><link>https://www.dailyledger.example/dates/{n}</link><pubDate>{d}</pubDate></item>"
                      for n, d in enumerate(dates))
    rss1(items, "rss-dates.xml")
    items = "\n".join(f"  <entry><id>urn:date:{n}</id><title>Date {n}</title><link href=\"https://www.dailyledger.example/adates/{n}\"/><updated>{d}</updated><published>{d}</published></entry>"
                      for n, d in enumerate(dates[7:13]))
    atom1(items, "atom-dates.xml")

    # Authors in Atom: many, with email and uri; source authors; feed fallback.
    atom1("""  <entry><id>urn:a:1</id><title>Written by many</title><link href="https://www.dailyledger.example/au/1"/><updated>2024-12-26T10:00:00Z</updated>
    <author><name>Maria Lopez</name><email>mlopez@dailyledger.example</email><uri>/staff/mlopez</uri></author>
    <author><name>Ken Watanabe</name><uri>https://kenw.example.org/</uri></author>
    <author><name>王小明</name></author><author><email>anon@dailyledger.example</email></author>
    <author><name>Maria Lopez</name></author><contributor><name>Copy Desk</name></contributor></entry>
  <entry><id>urn:a:2</id><title>Copied from another feed</title><link href="https://www.dailyledger.example/au/2"/><updated>2024-12-26T10:00:00Z</updated>
    <source><id>https://wire.example.com/</id><title>The Wire</title><author><name>Wire Staff</name><email>staff@wire.example.com</email></author><updated>2024-12-26T00:00:00Z</updated></source></entry>
  <entry><id>urn:a:3</id><title>Nobody named</title><link href="https://www.dailyledger.example/au/3"/><updated>2024-12-26T10:00:00Z</updated></entry>""",
          "atom-authors.xml")
    atom1("""  <entry><id>urn:e:1</id><title>Atom enclosures</title><link href="https://www.dailyledger.example/en/1"/><updated>2024-12-26T10:00:00Z</updated>
    <link rel="enclosure" type="audio/mpeg" length="1337" href="https://cdn.dailyledger.example/en/1.mp3"/>
    <link rel="enclosure" href="/en/1.pdf" type="application/pdf"/><link rel="related" href="https://elsewhere.example/"/>
    <link rel="http://www.iana.org/assignments/relation/enclosure" href="https://cdn.dailyledger.example/en/iana.ogg"/></entry>""", "atom-enclosures.xml")
    atom1("""  <entry xml:lang="de"><id>urn:l:1</id><title>Sprache pro Eintrag</title><link href="https://www.dailyledger.example/l/1"/><updated>2024-12-26T10:00:00Z</updated>
    <rights>© 2024 Agentur</rights><category term="welt" label="Welt"/><category term="politik"/><category term="welt" label="Welt"/></entry>
  <entry><id>urn:l:2</id><title>Inherited language and feed rights</title><link href="https://www.dailyledger.example/l/2"/><updated>2024-12-26T10:00:00Z</updated></entry>
  <entry xml:lang="zh_CN"><id>urn:l:3</id><title>下划线语言标签</title><link href="https://www.dailyledger.example/l/3"/><updated>2024-12-26T10:00:00Z</updated></entry>""",
          "atom-lang-rights-categories.xml", "\n  <rights>Copyright 2024 Daily Ledger</rights>")

    # xml:base: nested, relative, on the entry and on content.
    write("atom-xmlbase.xml", """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/base/">
  <title>xml:base everywhere</title><id>https://blog.example.org/</id><updated>2024-12-26T10:00:00Z</updated>
  <link href="./"/>
  <entry xml:base="posts/2024/"><id>urn:x:1</id><title>Nested relative base</title><link href="first.html"/><updated>2024-12-26T10:00:00Z</updated>
    <link rel="enclosure" href="../media/a.mp3" type="audio/mpeg"/>
    <content type="html" xml:base="https://cdn.example.org/img/">&lt;p&gt;&lt;img src="pic.png" alt="pic"&gt; &lt;a href="/about"&gt;about&lt;/a&gt;&lt;/p&gt;</content></entry>
  <entry xml:base="//other.example.net/x/"><id>urn:x:2</id><title>Protocol-relative base</title><link href="y"/><updated>2024-12-26T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="z">z</a> <img src="//img.example.net/i.png" srcset="a.png 1x, b.png 2x" alt=""/></div></content></entry>
  <entry><id>urn:x:3</id><title>Feed base only</title><link href="/root.html"/><updated>2024-12-26T10:00:00Z</updated>
    <summary type="html">&lt;a href="rel.html"&gt;rel&lt;/a&gt;</summary></entry>
</feed>
""")
    write("rss-xmlbase.xml", """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://news.example.com/section/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>xml:base in RSS</title><link>./</link><description>d</description>
    <item xml:base="2024/12/"><title>Relative link under item base</title><link>story.html</link>
      <enclosure url="audio/story.mp3" type="audio/mpeg" length="10"/>
      <content:encoded><![CDATA[<p><img src="photo.jpg"> <a href="../other.html">other</a> <video poster="p.jpg" src="v.mp4"></video></p>]]></content:encoded></item>
    <item><title>Lazy image</title><link>lazy.html</link><description>&lt;img data-src="/lazy.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="&gt;</description></item>
  </channel>
</rss>
""")

    # JSON Feed shapes.
    def jf(doc, name):
        write(name, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    base = {"version": "https://jsonfeed.org/version/1.1", "title": "JSON edge cases", "home_page_url": "https://j.example.com/"}
    jf(dict(base, items=[{"id": "1", "url": "https://j.example.com/1", "content_text": "Text only <not markup> & plain.", "title": "Text content"},
                          {"id": "2", "external_url": "https://elsewhere.example/story", "content_html": "<p>Link blog</p>", "title": "External URL only"},
                          {"id": "3", "url": "/3", "title": "Relative url", "content_html": "<p>x</p>", "summary": "A summary",
                           "date_modified": "2024-12-27T00:00:00Z", "date_published": "2024-12-26T13:09:00+08:00", "language": "de-AT"},
                          {"id": "4", "url": "https://j.example.com/4", "title": "Attachments", "content_html": "<p>listen</p>",
                           "attachments": [{"url": "https://j.example.com/4.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 1234, "duration_in_seconds": 61},
                                           {"url": "https://j.example.com/4.m4a", "mime_type": "audio/x-m4a"}, {"mime_type": "no/url"}]},
                          {"id": "5", "url": "https://j.example.com/5", "title": "Many authors", "content_html": "<p>a</p>",
                           "authors": [{"name": "One", "url": "https://one.example/"}, {"url": "https://two.example/"}, {"avatar": "x.png"}]},
                          {"id": 6, "url": "https://j.example.com/6", "title": 7, "content_html": "<p>wrong types are skipped, not fatal</p>", "tags": ["ok", 3, " ok "]},
                          "not an item"]), "jsonfeed-edge-cases.json")
    jf({"version": "https://jsonfeed.org/version/1", "title": "JSON 1.0 feed author", "author": {"name": "Solo Writer", "url": "https://solo.example/"},
        "items": [{"id": "a", "url": "https://solo.example/a", "content_html": "<p>Feed author applies.</p>", "title": "Post A"}]}, "jsonfeed10-feed-author.json")
    jf({"version": "https://jsonfeed.org/version/1.1", "title": "标题", "language": "zh-CN", "authors": [{"name": "编辑部"}],
        "items": [{"id": "zh-1", "url": "https://cn.example.com/1", "title": "中文 JSON Feed", "content_html": "<p>正文内容。</p>",
                   "date_published": "2024-12-26T13:09:00+08:00", "tags": ["新闻"]}]}, "jsonfeed11-chinese.json")
    write("jsonfeed-invalid.json", '{"version": "https://jsonfeed.org/version/1.1", "title": "Broken", "items": [ {"id": "1",, } ]\n')
    write("jsonfeed-lone-surrogate.json", '{"version": "https://jsonfeed.org/version/1.1", "title": "Bad \\ud800 escape", "items": []}\n')
    write("jsonfeed-no-version.json", '{"title": "Some other JSON", "items": [{"id": "1"}]}\n')
    write("jsonfeed-truncated.json", json_doc(news)[:300])
    write("jsonfeed-bom.json", "\ufeff" + json_doc(blog))

    # Atom 0.3 content modes.
    write("atom03-base64-news.xml", atom03_doc(news, "base64"))
    write("atom03-base64-zh.xml", atom03_doc(zh, "base64"))
    write("atom03-xml-mode.xml", atom03_doc(blog, "xml"))
    write("atom-no-namespace.xml", atom_doc(blog).replace(' xmlns="http://www.w3.org/2005/Atom"', ""))


def charsets(news, zh, ja, tw, fr):
    def decl(doc, label):
        return doc.replace('encoding="UTF-8"', f'encoding="{label}"').replace('encoding="utf-8"', f'encoding="{label}"')
    write("charset-gbk-rss.xml", decl(rss_doc(zh), "GBK"), "GBK")
    write("charset-gb2312-rss.xml", decl(rss_doc(zh), "gb2312"), "GBK")
    write("charset-gb18030-atom.xml", decl(atom_doc(zh), "GB18030"), "GB18030")
    write("charset-gbk-rdf.xml", decl(rdf_doc(zh), "gbk"), "GBK")
    write("charset-big5-rss.xml", decl(rss_doc(tw), "Big5"), "BIG5")
    write("charset-big5-atom.xml", decl(atom_doc(tw), "big5"), "BIG5")
    write("charset-shiftjis-rss.xml", decl(rss_doc(ja), "Shift_JIS"), "SHIFT_JIS")
    write("charset-shiftjis-atom.xml", decl(atom_doc(ja), "shift_jis"), "SHIFT_JIS")
    write("charset-eucjp-rss.xml", decl(rss_doc(ja), "EUC-JP"), "EUC-JP")
    write("charset-windows1252-rss.xml", decl(rss_doc(fr), "windows-1252"), "WINDOWS-1252")
    smart = dict(fr, items=[dict(fr["items"][0], title="“Smart quotes” – and the € sign…")])
    write("charset-iso88591-declared-cp1252-bytes.xml", decl(rss_doc(smart), "ISO-8859-1"), "WINDOWS-1252")
    write("charset-windows1252-atom.xml", decl(atom_doc(smart), "windows-1252"), "WINDOWS-1252")
    ru = dict(title="Новости", link="https://news.example.ru/", lang="ru", items=[
        dict(title="Мороз и солнце", slug="2024/12/26/frost", summary="<p>День чудесный.</p>", content=None,
             date=("Thu, 26 Dec 2024 10:00:00 +0300", "2024-12-26T10:00:00+03:00"), author=None, cats=["Погода"])])
    write("charset-koi8r-rss.xml", decl(rss_doc(ru), "KOI8-R"), "KOI8-R")
    write("charset-windows1251-rss.xml", decl(rss_doc(ru), "windows-1251"), "WINDOWS-1251")
    ko = dict(title="뉴스", link="https://news.example.kr/", lang="ko", items=[
        dict(title="서울 첫눈", slug="2024/12/26/snow", summary="<p>오늘 첫눈이 내렸다.</p>", content=None,
             date=("Thu, 26 Dec 2024 10:00:00 +0900", "2024-12-26T10:00:00+09:00"), author=None, cats=["날씨"])])
    write("charset-euckr-rss.xml", decl(rss_doc(ko), "EUC-KR"), "EUC-KR")
    write("charset-utf8-bom.xml", "\ufeff" + rss_doc(zh))
    write("charset-utf16le-bom.xml", b"\xff\xfe" + decl(rss_doc(zh), "UTF-16").encode("utf-16-le"))
    write("charset-declared-latin1-but-utf8.xml", decl(rss_doc(fr), "ISO-8859-1"))
    write("charset-no-declaration-gbk.xml", rss_doc(zh).replace('<?xml version="1.0" encoding="UTF-8"?>\n', ""), "GBK")
    write("charset-undeclared-utf8.xml", rss_doc(ja).replace(' encoding="UTF-8"', ""))


def broken(news, blog):
    good = rss_doc(news)
    write("broken-illegal-chars.xml", good.replace("Central bank", "Central\x01 bank\x0b").replace("Storm", "Storm\x1f\x00"))
    write("broken-undeclared-entities.xml", good.replace("The vote was", "The&nbsp;vote &raquo; was&hellip;").replace(
        "Storm closes", "Storm&nbsp;closes &mdash;"))
    write("broken-bare-ampersand.xml", good.replace("Storm closes ports", "Q&A: Storm & ports").replace(
        "https://www.dailyledger.example/world/2024/12/storm-closes-ports", "https://www.dailyledger.example/world/?a=1&b=2"))
    write("broken-truncated-rss.xml", good[: good.index("Parliament passes")])
    write("broken-truncated-atom.xml", atom_doc(news)[:1500])
    write("broken-unclosed-tags.xml", good.replace("</description>", "", 1).replace("<category>Weather</category>", "<category>Weather"))
    write("broken-html-in-title.xml", good.replace("<title>Storm closes ports along the northern coast</title>",
                                                       "<title>Storm <b>closes</b> ports</title>"))
    write("broken-wrong-encoding-declared-utf8-gbk-bytes.xml", rss_doc(SITES["zh"]), "GBK")
    write("broken-leading-whitespace.xml", "\n\n   " + rss_doc(blog))
    write("broken-not-a-feed.html", "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>\n")
    write("broken-empty.xml", "")
    write("broken-xhtml-root.xml", '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>\n')
    write("broken-doctype-entities.xml", '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n'
          + good.split("\n", 1)[1].replace("Storm closes", "&lol2; Storm closes"))
    write("broken-xxe.xml", '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
          + good.split("\n", 1)[1].replace("Storm closes", "&xxe; Storm closes"))


def real_world():
    """Documents shaped after what well-known generators emit."""
    write("real-wordpress.xml", """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>Gardening Diary</title>
	<atom:link href="https://garden.example.com/feed/" rel="self" type="application/rss+xml" />
	<link>https://garden.example.com</link>
	<description>Dirt under the nails</description>
	<lastBuildDate>Fri, 27 Dec 2024 07:12:44 +0000</lastBuildDate>
	<language>en-GB</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.7.1</generator>
	<item>
		<title>Pruning roses in winter &#8211; a guide</title>
		<link>https://garden.example.com/2024/12/pruning-roses/</link>
		<comments>https://garden.example.com/2024/12/pruning-roses/#respond</comments>
		<dc:creator><![CDATA[Hilda]]></dc:creator>
		<pubDate>Thu, 26 Dec 2024 09:00:19 +0000</pubDate>
				<category><![CDATA[Roses]]></category>
		<category><![CDATA[Winter]]></category>
		<guid isPermaLink="false">https://garden.example.com/?p=4412</guid>
		<description><![CDATA[Cut above an outward-facing bud. The post <a href="https://garden.example.com/2024/12/pruning-roses/">Pruning roses in winter &#8211; a guide</a> appeared first on <a href="https://garden.example.com">Gardening Diary</a>.]]></description>
		<content:encoded><![CDATA[<p>Cut above an <strong>outward-facing</strong> bud.</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://garden.example.com/wp-content/uploads/2024/12/rose-1024x683.jpg" alt="A pruned rose" class="wp-image-4413" srcset="https://garden.example.com/wp-content/uploads/2024/12/rose-1024x683.jpg 1024w, https://garden.example.com/wp-content/uploads/2024/12/rose-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">After</figcaption></figure>
<script>var tracking = 1;</script>]]></content:encoded>
		<wfw:commentRss>https://garden.example.com/2024/12/pruning-roses/feed/</wfw:commentRss>
		<slash:comments>3</slash:comments>
	</item>
	</channel>
</rss>
""")
    write("real-blogger.xml", """<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-123</id><updated>2024-12-26T10:11:12.345-08:00</updated><category term="travel"/><title type='text'>Slow Travels</title><subtitle type='html'></subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='https://slowtravels.example.com/feeds/posts/default'/><link rel='alternate' type='text/html' href='https://slowtravels.example.com/'/><author><name>Pat</name><uri>http://www.blogger.com/profile/0001</uri><email>noreply@blogger.com</email><gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><entry><id>tag:blogger.com,1999:blog-123.post-456</id><published>2024-12-26T10:00:00.000-08:00</published><updated>2024-12-26T10:11:12.345-08:00</updated><category scheme="http://www.blogger.com/atom/ns#" term="Portugal"/><category scheme="http://www.blogger.com/atom/ns#" term="trains"/><title type='text'>Night train to Lisbon</title><content type='html'>&lt;div dir="ltr"&gt;&lt;p&gt;The couchette was &lt;b&gt;warm&lt;/b&gt;.&lt;/p&gt;&lt;a href="https://blogger.googleusercontent.com/img/a/train.jpg" style="clear: both;"&gt;&lt;img border="0" src="https://blogger.googleusercontent.com/img/a/train-s320.jpg" /&gt;&lt;/a&gt;&lt;/div&gt;</content><link rel='replies' type='application/atom+xml' href='https://slowtravels.example.com/feeds/456/comments/default' title='Post Comments'/><link rel='alternate' type='text/html' href='https://slowtravels.example.com/2024/12/night-train.html' title='Night train to Lisbon'/><author><name>Pat</name><uri>http://www.blogger.com/profile/0001</uri><email>noreply@blogger.com</email></author><thr:total>0</thr:total></entry></feed>
""")
    write("real-youtube.xml", """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=UC123"/>
 <id>yt:channel:UC123</id>
 <yt:channelId>UC123</yt:channelId>
 <title>Woodworking Weekly</title>
 <link rel="alternate" href="https://www.youtube.com/channel/UC123"/>
 <author>
  <name>Woodworking Weekly</name>
  <uri>https://www.youtube.com/channel/UC123</uri>
 </author>
 <published>2015-03-01T00:00:00+00:00</published>
 <entry>
  <id>yt:video:abcDEF12345</id>
  <yt:videoId>abcDEF12345</yt:videoId>
  <yt:channelId>UC123</yt:channelId>
  <title>Building a workbench | Part 2</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=abcDEF12345"/>
  <author>
   <name>Woodworking Weekly</name>
   <uri>https://www.youtube.com/channel/UC123</uri>
  </author>
  <published>2024-12-26T15:00:06+00:00</published>
  <updated>2024-12-26T18:22:41+00:00</updated>
  <media:group>
   <media:title>Building a workbench | Part 2</media:title>
   <media:content url="https://www.youtube.com/v/abcDEF12345?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i3.ytimg.com/vi/abcDEF12345/hqdefault.jpg" width="480" height="360"/>
   <media:description>Legs, stretchers and a top.
Tools used: saw, chisel &amp; plane.</media:description>
   <media:community>
    <media:starRating count="512" average="5.00" min="1" max="5"/>
    <media:statistics views="10400"/>
   </media:community>
  </media:group>
 </entry>
</feed>
""")
    write("real-github-releases.xml", """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en-US">
  <id>tag:github.com,2008:https://github.com/example/tool/releases</id>
  <link type="text/html" rel="alternate" href="https://github.com/example/tool/releases"/>
  <link type="application/atom+xml" rel="self" href="https://github.com/example/tool/releases.atom"/>
  <title>Release notes from tool</title>
  <updated>2024-12-20T10:00:00Z</updated>
  <entry>
    <id>tag:github.com,2008:Repository/1/v2.1.0</id>
    <updated>2024-12-20T10:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://github.com/example/tool/releases/tag/v2.1.0"/>
    <title>v2.1.0</title>
    <content type="html">&lt;h2&gt;What&amp;#39;s Changed&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Faster &lt;code&gt;parse&lt;/code&gt; by &lt;a class=&quot;user-mention notranslate&quot; href=&quot;https://github.com/someone&quot;&gt;@someone&lt;/a&gt;&lt;/li&gt;
&lt;/ul&gt;</content>
    <author>
      <name>someone</name>
    </author>
    <media:thumbnail height="30" width="30" url="https://avatars.githubusercontent.com/u/1?s=60&amp;v=4"/>
  </entry>
</feed>
""")
    write("real-reddit.xml", """<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><category term="swift" label="r/swift"/><updated>2024-12-26T12:00:00+00:00</updated><icon>https://www.redditstatic.com/icon.png/</icon><id>/r/swift/.rss</id><link rel="self" href="https://www.reddit.com/r/swift/.rss" type="application/atom+xml" /><link rel="alternate" href="https://www.reddit.com/r/swift/" type="text/html" /><subtitle>Swift programming</subtitle><title>Swift</title><entry><author><name>/u/coder42</name><uri>https://www.reddit.com/user/coder42</uri></author><category term="swift" label="r/swift"/><content type="html">&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;&lt;p&gt;Is &lt;code&gt;Sendable&lt;/code&gt; checking worth it?&lt;/p&gt; &lt;/div&gt;&lt;!-- SC_ON --&gt; &amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://www.reddit.com/user/coder42&quot;&gt; /u/coder42 &lt;/a&gt;</content><id>t3_1abcd</id><link href="https://www.reddit.com/r/swift/comments/1abcd/is_sendable_worth_it/" /><updated>2024-12-26T11:58:01+00:00</updated><published>2024-12-26T11:58:01+00:00</published><title>Is Sendable checking worth it?</title></entry></feed>
""")
    write("real-medium.xml", """<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"><channel><title><![CDATA[Engineering at Example - Medium]]></title><description><![CDATA[Stories - Medium]]></description><link>https://medium.example.com/engineering?source=rss----abc---4</link><generator>Medium</generator><lastBuildDate>Fri, 27 Dec 2024 01:00:00 GMT</lastBuildDate><atom:link href="https://medium.example.com/feed/engineering" rel="self" type="application/rss+xml"/><webMaster><![CDATA[yourfriends@medium.com]]></webMaster><item><title><![CDATA[How we cut build times by 40%]]></title><link>https://medium.example.com/engineering/how-we-cut-build-times-3f2a?source=rss----abc---4</link><guid isPermaLink="false">https://medium.com/p/3f2a</guid><category><![CDATA[ci]]></category><category><![CDATA[swift]]></category><dc:creator><![CDATA[Sam Rivera]]></dc:creator><pubDate>Thu, 26 Dec 2024 17:31:02 GMT</pubDate><atom:updated>2024-12-26T17:31:02.115Z</atom:updated><content:encoded><![CDATA[<h3>How we cut build times by 40%</h3><figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*abc.png" /></figure><p>Caching, mostly.</p><img src="https://medium.com/_/stat?event=post.clientViewed&referrerSource=full_rss&postId=3f2a" width="1" height="1" alt="">]]></content:encoded></item></channel></rss>
""")
    write("real-substack.xml", """<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel><title><![CDATA[The Long Letter]]></title><description><![CDATA[Essays, weekly]]></description><link>https://longletter.example.com</link><image><url>https://substackcdn.example.com/image/logo.png</url><title>The Long Letter</title><link>https://longletter.example.com</link></image><generator>Substack</generator><lastBuildDate>Thu, 26 Dec 2024 12:00:00 GMT</lastBuildDate><atom:link href="https://longletter.example.com/feed" rel="self" type="application/rss+xml"/><author><![CDATA[Jo Writer]]></author><copyright><![CDATA[Jo Writer]]></copyright><language><![CDATA[en]]></language><webMaster><![CDATA[longletter@substack.com]]></webMaster><itunes:owner><itunes:email><![CDATA[longletter@substack.com]]></itunes:email><itunes:name><![CDATA[Jo Writer]]></itunes:name></itunes:owner><itunes:author><![CDATA[Jo Writer]]></itunes:author><item><title><![CDATA[On slowness]]></title><description><![CDATA[Why the long way round is sometimes shorter.]]></description><link>https://longletter.example.com/p/on-slowness</link><guid isPermaLink="false">https://longletter.example.com/p/on-slowness</guid><dc:creator><![CDATA[Jo Writer]]></dc:creator><pubDate>Thu, 26 Dec 2024 12:00:00 GMT</pubDate><enclosure url="https://substack-post-media.example.com/public/images/slow.jpg" length="0" type="image/jpeg"/><content:encoded><![CDATA[<p>Why the long way round is sometimes <em>shorter</em>.</p><div class="subscription-widget-wrap"><form action="/api/v1/free" method="post"><input type="email" name="email"></form></div>]]></content:encoded></item></channel></rss>
""")
    write("real-hackernews.xml", """<rss version="2.0"><channel><title>Hacker News</title><link>https://news.ycombinator.com/</link><description>Links for the intellectually curious, ranked by readers.</description><item><title>Show HN: A feed reader in 500 lines</title><link>https://github.com/example/tiny-reader</link><pubDate>Thu, 26 Dec 2024 14:02:11 +0000</pubDate><comments>https://news.ycombinator.com/item?id=42500001</comments><description><![CDATA[<a href="https://news.ycombinator.com/item?id=42500001">Comments</a>]]></description></item><item><title>Ask HN: What are you reading?</title><link>https://news.ycombinator.com/item?id=42500002</link><pubDate>Thu, 26 Dec 2024 13:40:00 +0000</pubDate><comments>https://news.ycombinator.com/item?id=42500002</comments><description><![CDATA[<a href="https://news.ycombinator.com/item?id=42500002">Comments</a>]]></description></item></channel></rss>
""")
    write("real-google-news.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>"tariffs" - Google News</title><link>https://news.google.com/search?q=tariffs</link><language>en-US</language><webMaster>news-webmaster@google.com</webMaster><copyright>2024 Google Inc.</copyright><lastBuildDate>Thu, 26 Dec 2024 15:00:00 GMT</lastBuildDate><description>Google News</description><item><title>Tariffs rise on steel - The Daily Ledger</title><link>https://news.google.com/rss/articles/CBMiabc?oc=5</link><guid isPermaLink="false">CBMiabc</guid><pubDate>Thu, 26 Dec 2024 14:00:00 GMT</pubDate><description>&lt;a href="https://news.google.com/rss/articles/CBMiabc?oc=5" target="_blank"&gt;Tariffs rise on steel&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;The Daily Ledger&lt;/font&gt;</description><source url="https://www.dailyledger.example">The Daily Ledger</source></item></channel></rss>
""")
    write("real-mastodon.xml", """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Ada (@ada@social.example)</title>
    <description>Public posts from @ada@social.example</description>
    <link>https://social.example/@ada</link>
    <lastBuildDate>Thu, 26 Dec 2024 12:00:00 +0000</lastBuildDate>
    <generator>Mastodon v4.3.2</generator>
    <item>
      <guid isPermaLink="true">https://social.example/@ada/113712345678901234</guid>
      <link>https://social.example/@ada/113712345678901234</link>
      <pubDate>Thu, 26 Dec 2024 11:59:00 +0000</pubDate>
      <description>&lt;p&gt;Finished the workbench! &lt;a href="https://social.example/tags/woodworking" class="mention hashtag" rel="tag"&gt;#&lt;span&gt;woodworking&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;</description>
      <media:content url="https://files.social.example/media/bench.jpg" type="image/jpeg" fileSize="204800" medium="image">
        <media:rating scheme="urn:simple">nonadult</media:rating>
        <media:description type="plain">A workbench in a garage</media:description>
      </media:content>
      <category>woodworking</category>
    </item>
  </channel>
</rss>
""")
    write("real-podcast.xml", """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Kitchen Table Economics</title>
    <link>https://kte.example.fm</link>
    <language>en-us</language>
    <copyright>℗ &amp; © 2024 KTE Media</copyright>
    <itunes:author>KTE Media</itunes:author>
    <description>Money, explained over coffee.</description>
    <itunes:image href="https://kte.example.fm/cover.jpg"/>
    <itunes:category text="Business"><itunes:category text="Investing"/></itunes:category>
    <itunes:explicit>false</itunes:explicit>
    <item>
      <title>Ep. 118 – Why rents stick</title>
      <itunes:title>Why rents stick</itunes:title>
      <itunes:episode>118</itunes:episode>
      <description><![CDATA[<p>Rents rise fast and fall slowly. We ask why.</p>]]></description>
      <content:encoded><![CDATA[<p>Rents rise fast and fall slowly. We ask why.</p><p>Show notes: <a href="https://kte.example.fm/118">kte.example.fm/118</a></p>]]></content:encoded>
      <enclosure length="48213120" type="audio/mpeg" url="https://dts.example.fm/kte/118.mp3?aid=rss_feed&amp;feed=abc"/>
      <guid isPermaLink="false">kte-118-2f3c</guid>
      <pubDate>Wed, 25 Dec 2024 05:00:00 -0000</pubDate>
      <itunes:duration>3012</itunes:duration>
      <itunes:explicit>no</itunes:explicit>
      <itunes:image href="https://kte.example.fm/118.jpg"/>
      <link>https://kte.example.fm/episodes/118</link>
    </item>
  </channel>
</rss>
""")
    write("real-microblog.json", json.dumps({"version": "https://jsonfeed.org/version/1", "title": "Manton-style microblog",
        "home_page_url": "https://mb.example.org/", "feed_url": "https://mb.example.org/feed.json",
        "items": [{"id": "http://mb.example.org/2024/12/26/120000.html", "url": "https://mb.example.org/2024/12/26/120000.html",
                   "content_html": "<p>Coffee and a <a href=\"https://example.com/book\">good book</a>.</p>",
                   "date_published": "2024-12-26T12:00:00-05:00"},
                  {"id": "http://mb.example.org/2024/12/25/photo.html", "url": "https://mb.example.org/2024/12/25/photo.html",
                   "content_html": "<img src=\"uploads/2024/snow.jpg\" width=\"600\" height=\"400\" alt=\"Snow\">",
                   "date_published": "2024-12-25T08:30:00-05:00", "image": "https://mb.example.org/uploads/2024/snow.jpg"}]},
        indent=2) + "\n")
    write("real-feedburner.xml", """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?>
<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0">
<channel><title>Old Tech Blog</title><link>http://oldtech.example.com/</link><description>Since 2004</description>
<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.com/OldTech" />
<feedburner:info uri="oldtech" />
<item><title>Dial-up memories</title><link>http://feedproxy.google.com/~r/OldTech/~3/xyz/dialup.html</link>
<description>&lt;p&gt;Beep boop.&lt;/p&gt;&lt;img src="http://feeds.feedburner.com/~r/OldTech/~4/xyz" height="1" width="1" alt=""/&gt;</description>
<author>old@oldtech.example.com (Old Timer)</author><pubDate>Mon, 23 Dec 2024 10:00:00 PST</pubDate>
<guid isPermaLink="false">http://oldtech.example.com/dialup.html</guid>
<feedburner:origLink>http://oldtech.example.com/2024/12/dialup.html?utm_source=feedburner&amp;utm_medium=feed</feedburner:origLink></item>
</channel></rss>
""")
    write("real-guancha-gbk.xml", """<?xml version="1.0" encoding="gbk"?>
<rss version="2.0"><channel><title>观察者网-国际</title><link>https://www.guancha.example.cn/internation</link><description>观察者网国际频道</description><language>zh-cn</language>
<item><title><![CDATA[外交部：坚决反对“单边制裁”]]></title><link>https://www.guancha.example.cn/internation/2024_12_26_760100.shtml</link><description><![CDATA[<p>外交部发言人26日表示……</p>]]></description><pubDate>2024-12-26 15:30:00</pubDate><author>观察者网</author><category>国际</category></item>
<item><title>多国领导人出席峰会</title><link>https://www.guancha.example.cn/internation/2024_12_26_760101.shtml</link><description>&lt;p&gt;峰会于当地时间26日开幕。&lt;/p&gt;</description><pubDate>2024/12/26 10:05</pubDate></item>
</channel></rss>
""", "GBK")
    write("real-sina-gb2312.xml", """<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0"><channel><title>新浪新闻-国内要闻</title><link>https://news.sina.example.cn/china/</link><description>国内要闻</description>
<item><title>全国冬季旅游持续升温</title><link>https://news.sina.example.cn/c/2024-12-26/doc-abc.shtml</link><description>各地冰雪旅游火热。</description><pubDate>Thu, 26 Dec 2024 08:00:00 GMT</pubDate></item>
</channel></rss>
""", "GBK")
    write("real-asahi-sjis.xml", """<?xml version="1.0" encoding="Shift_JIS"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://www.asahi.example.jp/"><title>速報ニュース</title><link>https://www.asahi.example.jp/</link><description>最新ニュース</description><dc:language>ja</dc:language></channel>
<item rdf:about="https://www.asahi.example.jp/articles/ASS12X.html"><title>東京で初雪　平年より１２日遅く</title><link>https://www.asahi.example.jp/articles/ASS12X.html</link><dc:date>2024-12-26T09:15:00+09:00</dc:date><dc:subject>社会</dc:subject></item>
</rdf:RDF>
""", "SHIFT_JIS")
    write("real-ltn-big5.xml", """<?xml version="1.0" encoding="big5"?>
<rss version="2.0"><channel><title>自由時報-政治</title><link>https://news.ltn.example.tw/list/politics</link><description>政治新聞</description><language>zh-tw</language>
<item><title>立法院三讀通過預算案</title><link>https://news.ltn.example.tw/news/politics/4900001</link><description>&lt;p&gt;立法院今日三讀通過。&lt;/p&gt;</description><pubDate>Thu, 26 Dec 2024 18:00:00 +0800</pubDate></item>
</channel></rss>
""", "BIG5")
    write("real-lemonde-cp1252.xml", """<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Le Quotidien : À la une</title><link>https://www.quotidien.example.fr</link><description>Actualités</description><language>fr</language><copyright>Le Quotidien – tous droits réservés</copyright>
<item><title>Météo : l’hiver s’installe – « froid polaire » attendu</title><link>https://www.quotidien.example.fr/planete/article/2024/12/26/meteo_1.html</link><description>Des températures négatives sont prévues dès jeudi…</description><pubDate>Thu, 26 Dec 2024 10:32:10 +0100</pubDate><media:content url="https://img.quotidien.example.fr/meteo.jpg" width="644" height="322"><media:description type="plain">Un paysage enneigé.</media:description><media:credit scheme="urn:ebu">AFP</media:credit></media:content></item>
</channel></rss>
""", "WINDOWS-1252")

    write("real-cjk-dates-gbk.xml", """<?xml version="1.0" encoding="GBK"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>地方新闻网</title><link>http://www.difang.example.cn/</link><description>本地要闻</description>
<item><title>市区新增三条公交线路</title><link>http://www.difang.example.cn/news/20241226/1.html</link><pubDate>2024年12月26日 13:09</pubDate><dc:creator>记者 张三</dc:creator></item>
<item><title>图书馆延长开放时间</title><link>http://www.difang.example.cn/news/20241226/2.html</link><pubDate>2024/12/26</pubDate></item>
<item><title>冬至习俗：吃饺子还是汤圆？</title><link>http://www.difang.example.cn/news/20241221/3.html</link><pubDate>12月21日</pubDate></item>
</channel></rss>
""", "GBK")
    write("real-dc-date-and-pubdate.xml", """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Both dates</title><link>https://dates.example.org/</link><description>d</description>
<item><title>pubDate wins over dc:date</title><link>https://dates.example.org/1</link><dc:date>2024-12-20T00:00:00Z</dc:date><pubDate>Thu, 26 Dec 2024 13:09:00 GMT</pubDate></item>
<item><title>dc:date alone</title><link>https://dates.example.org/2</link><dc:date>2024-12-20T00:00:00Z</dc:date></item>
</channel></rss>
""")
    write("real-rss-source-element.xml", """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Aggregator</title><link>https://agg.example.net/</link><description>d</description>
<item><title>Borrowed story</title><link>https://agg.example.net/s/1</link><source url="https://origin.example.com/rss">Origin Times</source><description>&lt;p&gt;From elsewhere.&lt;/p&gt;</description></item>
</channel></rss>
""")
    write("real-atom-relative-feed-base.xml", """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="../blog/" xml:lang="nl">
<title type="html">Kees&#x27; &lt;em&gt;blog&lt;/em&gt;</title><id>urn:kees</id><updated>2024-12-26T10:00:00Z</updated><link href="./"/>
<entry><id>urn:kees:1</id><title type="html">&lt;code&gt;grep&lt;/code&gt; in 5 minuten</title><link href="2024/grep.html"/><updated>2024-12-26T10:00:00Z</updated>
<author><name>Kees</name><uri>over-mij.html</uri></author>
<content type="xhtml" xml:lang="en"><div xmlns="http://www.w3.org/1999/xhtml"><p>See <a href="../tools/">tools</a>.</p><pre>grep -r "x" .</pre></div></content></entry>
</feed>
""")
    write("real-cdata-escaped-html.xml", """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Escaped inside CDATA</title><link>https://cdata.example.org/</link><description>d</description>
<item><title><![CDATA[Ben &amp; Jerry&#039;s]]></title><link>https://cdata.example.org/1</link><description><![CDATA[&lt;p&gt;Shown as tags by most readers&lt;/p&gt;]]></description></item>
</channel></rss>
""")


if __name__ == "__main__":
    main()
