import Foundation
import NewswireTestSupport
import Testing

/// Every sanitizer bypass family, end to end: served in a feed, nothing scriptable in any output.
@Suite struct HostileSanitizerTests {
    /// HTML payloads, one per family; their visible text names no scheme or handler.
    static let vectors: [String] = [
        // entity-encoded schemes
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">e1</a>",
        "<a href=\"&#x6A;&#x61;vascript&colon;alert(1)\">e2</a>",
        "<a href=\"&#0000106avascript:alert(1)\">e3</a>",
        // mixed case
        "<a href=\"JaVaScRiPt:alert(1)\">c1</a>", "<IMG SRC=JaVaScRiPt:alert(1)>", "<ScRiPt>alert(1)</sCrIpT>",
        "<img src=\"x.png\" OnErRoR=\"alert(1)\">",
        // white space and controls inside the scheme
        "<a href=\"java\tscript:alert(1)\">w1</a>", "<a href=\"java&#09;script:alert(1)\">w2</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">w3</a>", "<a href=\" \u{1}javascript:alert(1)\">w4</a>",
        "<a href=\"javascript\n:alert(1)\">w5</a>",
        // SVG
        "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>", "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>s</text></a></svg>",
        "<svg><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></svg>",
        // MathML
        "<math href=\"javascript:alert(1)\">m1</math>",
        "<math><mi xlink:href=\"javascript:alert(1)\">m2</mi></math>",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">m3</maction></math>",
        // srcdoc, formaction
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<form><button formaction=\"javascript:alert(1)\">f1</button></form>",
        "<input type=\"submit\" formaction=\"javascript:alert(1)\" value=\"f2\">",
        // CSS
        "<div style=\"width: expression(alert(1))\">css1</div>",
        "<p style=\"background:url(javascript:alert(1))\">css2</p>", "<style>body{background:red}</style>",
        "<div style=\"width: exp/**/ression(alert(1))\">css3</div>",
        // unclosed and malformed tags
        "<img src=x onerror=alert(1)//", "<a href=\"javascript:alert(1)\"", "<script>alert(1)",
        "<<script>script>alert(1)<</script>/script>", "<scr<script>ipt>alert(1)</script>",
        "<!--<script>-->alert(1)", "<img/src=x/onerror=alert(1)>", "<a/href=javascript:alert(1)>u1</a>",
        // the rest of the usual suspects
        "<body onload=alert(1)>", "<object data=\"javascript:alert(1)\"></object>", "<embed src=\"x.swf\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d1</a>",
        "<a href=\"vbscript:msgbox(1)\">v1</a>", "<base href=\"javascript:/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<video><source onerror=\"alert(1)\"></video>", "<details open ontoggle=alert(1)>",
        "<img src=\"x\" srcset=\"javascript:alert(1) 1x\">", "<link rel=\"stylesheet\" href=\"x.css\">",
        // found by fuzz-sanitizer: a parenthesis in a descriptor hid a second candidate from the srcset split
        "<picture><source srcset=\"a.png (x, javascript:alert(1) 2x\"><img src=\"b.png\"></picture>",
        "<img srcset=\"a.png (x, \u{19}javascript:alert(1) 2x, c.png 1x\">",
        "<img srcset=\"x,javascript:alert(1) 1x\">", "<img srcset=\"a/b,data:text/html,hi 1x, c.png 2x\">",
    ]

    /// Where in a feed the payloads travel.
    enum Carrier: String, CaseIterable, Sendable {
        case rssDescription, rssContentEncoded, atomHTMLContent, atomXHTMLContent
    }

    static func feed(_ carrier: Carrier) -> (Data, String) {
        switch carrier {
        case .rssDescription, .rssContentEncoded:
            let element = carrier == .rssDescription ? "description" : "content:encoded"
            let items = vectors.enumerated().map { index, html in
                "<item><guid>v\(index)</guid><title>Vector \(index)</title><link>https://hostile.example/v\(index)</link>"
                    + "<\(element)>\(MarkupText.escaped(html))</\(element)></item>"
            }.joined()
            let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Payloads</title><link>https://hostile.example/</link>\(items)</channel></rss>"
            return (Data(xml.utf8), "application/rss+xml")
        case .atomHTMLContent, .atomXHTMLContent:
            let entries = vectors.enumerated().map { index, html in
                let content = carrier == .atomHTMLContent
                    ? "<content type=\"html\">\(MarkupText.escaped(html))</content>"
                    : "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">\(xhtml(html))</div></content>"
                return "<entry><id>urn:v\(index)</id><title>Vector \(index)</title><updated>2024-12-24T09:00:00Z</updated>"
                    + "<link href=\"https://hostile.example/v\(index)\"/>\(content)</entry>"
            }.joined()
            let xml = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><id>urn:payloads</id><title>Payloads</title>"
                + "<updated>2024-12-24T09:00:00Z</updated>\(entries)</feed>"
            return (Data(xml.utf8), "application/atom+xml")
        }
    }

    /// The payload as well-formed XHTML where `xmllint` says it is (escaped text where it is not).
    static func xhtml(_ html: String) -> String {
        let probe = "<?xml version=\"1.0\"?><div xmlns:xlink=\"http://www.w3.org/1999/xlink\">\(html)</div>"
        guard let xmllint = ProcessRunner.findOnPath("xmllint") else { return MarkupText.escaped(html) }
        let process = Process()
        let input = Pipe()
        process.executableURL = xmllint
        process.arguments = ["--noout", "--nonet", "-"]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return MarkupText.escaped(html) }
        input.fileHandleForWriting.write(Data(probe.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? html : MarkupText.escaped(html)
    }

    @Test(arguments: Carrier.allCases)
    func nothingScriptableReachesAnOutput(_ carrier: Carrier) async throws {
        let hostile = try HostileSite()
        let (body, contentType) = Self.feed(carrier)
        if let dump = ProcessInfo.processInfo.environment["HOSTILE_DUMP"] { try body.write(to: URL(fileURLWithPath: dump + carrier.rawValue)) }
        hostile.serve(body, at: "/feed", contentType: contentType)
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        try await hostile.runAndVerify(.ok)
        let feed = try hostile.site.outputText("feeds/hostile.xml")
        #expect(AtomText.entryTitles(feed).count == Self.vectors.count)
        for file in ["feeds/hostile.xml", "feeds/all.xml"] {
            let findings = ScriptableScan.atomFindings(try hostile.site.outputText(file))
            #expect(findings.isEmpty, "\(file): \(findings.joined(separator: "\n"))")
        }
        let page = ScriptableScan.pageFindings(try hostile.site.outputText("index.html"))
        #expect(page.isEmpty, "index.html: \(page.joined(separator: "\n"))")
    }

    /// The scan itself must see what it looks for, or the test above proves nothing.
    @Test(arguments: [
        "<content type=\"html\">&lt;a href=\"&amp;#106;avascript:alert(1)\"&gt;x&lt;/a&gt;</content>",
        "<content type=\"html\">&lt;p onclick=alert(1)&gt;x&lt;/p&gt;</content>",
        "<summary type=\"html\">&lt;script&gt;alert(1)&lt;/script&gt;</summary>",
        "<content type=\"xhtml\"><div><a href=\"java&#9;script:alert(1)\">x</a></div></content>",
        "<content type=\"html\">&lt;div style=\"width: expression(alert(1))\"&gt;&lt;/div&gt;</content>",
        "<content type=\"html\">&lt;iframe srcdoc=\"x\"&gt;&lt;/iframe&gt;</content>",
    ])
    func theScanFindsScriptableMarkup(_ atom: String) {
        #expect(!ScriptableScan.atomFindings(atom).isEmpty)
    }

    @Test func theScanPassesHarmlessMarkup() {
        let atom = "<content type=\"html\">&lt;p&gt;Use javascript: carefully &lt;a href=\"https://x.example/on\"&gt;"
            + "online&lt;/a&gt;&lt;/p&gt;</content>"
        #expect(ScriptableScan.atomFindings(atom).isEmpty)
    }
}
