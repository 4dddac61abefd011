import Foundation
import NewswireTestSupport
import Testing

/// Content attacks (issue 6): odd or dangerous bytes inside an otherwise valid feed.
@Suite struct HostileContentTests {
    static func rss(_ items: String) -> Data { HostileXMLTests.rss(items: items) }
    static func item(_ id: String, title: String, description: String = "text") -> String {
        HostileXMLTests.item(id, title: title, description: description)
    }

    /// Serves `body` as the hostile source, runs, verifies, and returns the hostile feed's text.
    static func run(_ body: Data, contentType: String = "application/rss+xml",
                    expect expectation: HostileSite.Expectation = .ok) async throws -> (HostileSite, String) {
        let hostile = try HostileSite()
        hostile.serve(body, at: "/feed", contentType: contentType)
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        try await hostile.runAndVerify(expectation)
        return (hostile, (try? hostile.site.outputText("feeds/hostile.xml")) ?? "")
    }

    @Test func invalidUTF8IsReplacedNotPassedOn() async throws {
        var body = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bytes</title>".utf8)
        body += Data("<item><guid>1</guid><title>Bad ".utf8) + Data([0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82])
        body += Data(" bytes</title><link>https://hostile.example/1</link></item></channel></rss>".utf8)
        let (hostile, _) = try await Self.run(body, expect: .okOrFailed)
        // The written bytes themselves must be valid UTF-8 (a String read would hide invalid ones).
        let bytes = try Data(contentsOf: hostile.site.output("feeds/hostile.xml"))
        #expect(String(bytes: bytes, encoding: .utf8) != nil)
    }

    @Test func nulBytesNeverReachAnOutput() async throws {
        var body = Data("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Nul</title>".utf8)
        body += Data("<item><guid>1</guid><title>Nul".utf8) + Data([0, 0]) + Data("here</title>".utf8)
        body += Data("<description>a".utf8) + Data([0]) + Data("b</description></item></channel></rss>".utf8)
        let (hostile, _) = try await Self.run(body, expect: .okOrFailed)
        for file in hostile.site.outputFiles() {
            #expect(try !Data(contentsOf: hostile.site.output(file)).contains(0), "NUL in \(file)")
        }
    }

    @Test func loneSurrogatesInJSONFeed() async throws {
        let json = #"{"version":"https://jsonfeed.org/version/1.1","title":"Surrogates \ud800","items":["#
            + #"{"id":"1","title":"Lone \ud800 high","url":"https://hostile.example/1","content_text":"x \udfff y"},"#
            + #"{"id":"2","title":"Pair \ud83d\ude00 ok","url":"https://hostile.example/2","content_text":"fine"}]}"#
        // JSON Feed support lands with the formats work: a clear parse failure or safe content.
        let (_, feed) = try await Self.run(Data(json.utf8), contentType: "application/feed+json", expect: .okOrFailed)
        #expect(!feed.contains("\\ud800"))
    }

    @Test func cdataTerminatorAndControlCharactersInTitles() async throws {
        let items = "<item><guid>1</guid><title><![CDATA[Ends ]]]]><![CDATA[> early \u{1}\u{8}\u{B}\u{1F}]]></title>"
            + "<link>https://hostile.example/1</link><description><![CDATA[<p>a ]]]]><![CDATA[> b</p>]]></description></item>"
            + Self.item("2", title: "Control &#x1; ref and ]]&gt; text")
        let (_, feed) = try await Self.run(Self.rss(items), expect: .okOrFailed)
        #expect(!feed.unicodeScalars.contains { $0.value < 0x20 && ![0x9, 0xA, 0xD].contains($0.value) })
    }

    @Test func oneMegabyteTitle() async throws {
        let title = String(repeating: "Long title words ", count: 62_000)
        let (_, feed) = try await Self.run(Self.rss(Self.item("1", title: title)), expect: .okOrFailed)
        #expect(feed.utf8.count < 8 << 20)
    }

    @Test func hundredThousandItems() async throws {
        let items = (0..<TestSlowdown.count(100_000)).map { Self.item("i\($0)", title: "Item \($0)") }.joined()
        let (_, feed) = try await Self.run(Self.rss(items), expect: .okOrFailed)
        // entries_per_feed caps what is rendered, whatever the source lists.
        #expect(AtomText.entryTitles(feed).count <= 50)
    }

    @Test func tenThousandEnclosuresInOneItem() async throws {
        let enclosures = (0..<TestSlowdown.count(10_000)).map {
            "<enclosure url=\"https://hostile.example/e\($0).mp3\" type=\"audio/mpeg\" length=\"\($0)\"/>"
        }.joined()
        let items = "<item><guid>1</guid><title>Podcast</title><link>https://hostile.example/1</link>\(enclosures)</item>"
        _ = try await Self.run(Self.rss(items), expect: .okOrFailed)
    }

    @Test func duplicatedIDsWithDifferentContent() async throws {
        let items = (0..<20).map { Self.item("same", title: "Version \($0)", description: "Body \($0)") }.joined()
            + (0..<20).map { "<item><guid>dup</guid><title>Same guid \($0)</title><description>d\($0)</description></item>" }
            .joined()
        let (_, feed) = try await Self.run(Self.rss(items), expect: .okOrFailed)
        let ids = feed.components(separatedBy: "<entry").dropFirst().compactMap { entry -> String? in
            guard let start = entry.range(of: "<id>"), let end = entry.range(of: "</id>") else { return nil }
            return String(entry[start.upperBound..<end.lowerBound])
        }
        #expect(Set(ids).count == ids.count, "duplicate Atom ids: \(ids)")
    }

    @Test func urlsWithSpacesUnicodeAndJavascript() async throws {
        let links = ["https://hostile.example/a b c", "https://hostile.example/ünïcödé/路径?q=値",
                     "javascript:alert(1)", "JaVaScRiPt:alert(2)", " javascript:alert(3)", "java\tscript:alert(4)",
                     "data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==", "vbscript:msgbox(6)",
                     "https://hostile.example/\u{202E}evil", "//hostile.example/protocol-relative", "http://[::1"]
        let items = links.enumerated().map { index, link in
            "<item><guid>u\(index)</guid><title>Link \(index)</title><link>\(MarkupText.escaped(link))</link>"
                + "<enclosure url=\"\(MarkupText.escaped(link))\" type=\"audio/mpeg\" length=\"1\"/></item>"
        }.joined()
        let (hostile, feed) = try await Self.run(Self.rss(items), expect: .okOrFailed)
        for file in hostile.site.outputFiles() {
            let text = try hostile.site.outputText(file)
            let findings = ScriptableScan.htmlFindings(text, forbidden: [])
                + ScriptableScan.htmlFindings(ScriptableScan.xmlUnescaped(text), forbidden: [])
                + ScriptableScan.elementURLFindings(text)
            #expect(findings.isEmpty, "\(file): \(findings)")
        }
        #expect(!feed.contains("a b c\""), "an unescaped space in a URL attribute")
    }
}

/// Escapes text for an XML element or attribute.
enum MarkupText {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
