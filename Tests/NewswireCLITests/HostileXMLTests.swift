import Foundation
import NewswireTestSupport
import Testing

/// XML attacks (issue 6): each served as the one hostile source beside a good one.
@Suite struct HostileXMLTests {
    static func rss(doctype: String = "", title: String = "Hostile", items: String) -> Data {
        Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(doctype)\n<rss version=\"2.0\"><channel>"
            + "<title>\(title)</title><link>https://hostile.example/</link>\(items)</channel></rss>").utf8)
    }

    static func item(_ id: String, title: String, description: String = "text") -> String {
        "<item><guid isPermaLink=\"false\">\(id)</guid><title>\(title)</title>"
            + "<link>https://hostile.example/\(id)</link><description>\(description)</description></item>"
    }

    @Test func externalEntityCannotReadALocalFile() async throws {
        let hostile = try HostileSite()
        let secret = "XXE-CANARY-\(UUID().uuidString)"
        let canary = hostile.site.folder.file("canary.txt")
        try Data(secret.utf8).write(to: canary)
        let doctype = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"\(canary.absoluteString)\">]>"
        hostile.serve(Self.rss(doctype: doctype, items: Self.item("1", title: "Leak &xxe;", description: "&xxe;")),
                      at: "/feed")
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        let outcome = try await hostile.runAndVerify(.okOrFailed)
        let everything = hostile.allOutputText() + outcome.stdout + outcome.stderr
        #expect(!everything.contains(secret), "the local file leaked into the outputs")
    }

    @Test func externalDTDIsNeverFetched() async throws {
        let hostile = try HostileSite()
        let secret = "DTD-CANARY-\(UUID().uuidString)"
        hostile.site.server.route("/evil.dtd") { _ in
            .text("<!ENTITY leak \"\(secret)\">", contentType: "application/xml-dtd")
        }
        let doctype = "<!DOCTYPE rss SYSTEM \"\(hostile.url("/evil.dtd"))\">"
        hostile.serve(Self.rss(doctype: doctype, items: Self.item("1", title: "Entity &leak;")), at: "/feed")
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        let outcome = try await hostile.runAndVerify(.okOrFailed)
        #expect(hostile.site.server.requests(to: "/evil.dtd").isEmpty, "the external DTD was fetched")
        #expect(!(hostile.allOutputText() + outcome.stdout).contains(secret))
    }

    @Test func billionLaughsIsNotExpanded() async throws {
        let hostile = try HostileSite()
        var doctype = "<!DOCTYPE rss [<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        doctype += "]>"
        hostile.serve(Self.rss(doctype: doctype, items: Self.item("1", title: "Laugh", description: "&lol9;")),
                      at: "/feed")
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        try await hostile.runAndVerify(.okOrFailed)
        #expect(!hostile.allOutputText().contains(String(repeating: "lol", count: 1_000)))
    }

    @Test func quadraticBlowupIsNotExpanded() async throws {
        let hostile = try HostileSite()
        let doctype = "<!DOCTYPE rss [<!ENTITY a \"" + String(repeating: "x", count: 50_000) + "\">]>"
        let references = String(repeating: "&a;", count: 50_000)
        hostile.serve(Self.rss(doctype: doctype, items: Self.item("1", title: "Blowup", description: references)),
                      at: "/feed")
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        try await hostile.runAndVerify(.okOrFailed)
        // 50,000 × 50,000 bytes expanded would be 2.5 GB; nothing near that may reach an output.
        let size = hostile.site.outputFiles().compactMap {
            try? hostile.site.output($0).resourceValues(forKeys: [.fileSizeKey]).fileSize
        }.reduce(0, +)
        #expect(size < 64 << 20, "outputs total \(size) bytes")
    }

    @Test func hundredThousandNestedElements() async throws {
        let hostile = try HostileSite()
        let depth = 100_000
        let nested = String(repeating: "<x>", count: depth) + "deep" + String(repeating: "</x>", count: depth)
        let items = Self.item("1", title: "Shallow") + "<item><guid>2</guid><title>Deep</title>\(nested)</item>"
        hostile.serve(Self.rss(items: items), at: "/feed")
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        try await hostile.runAndVerify(.okOrFailed)
    }

    @Test func tenMegabyteTextNode() async throws {
        let hostile = try HostileSite()
        let text = String(repeating: "abcdefghij", count: 1_048_576)
        hostile.serve(Self.rss(items: Self.item("1", title: "Huge text", description: text)), at: "/feed")
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        try await hostile.runAndVerify(.okOrFailed)
    }

    @Test func tenMegabyteAttribute() async throws {
        let hostile = try HostileSite()
        let value = "https://hostile.example/" + String(repeating: "a", count: 10 << 20)
        let items = Self.item("1", title: "Normal")
            + "<item><guid>2</guid><title>Huge attribute</title>"
            + "<enclosure url=\"\(value)\" type=\"audio/mpeg\" length=\"1\"/></item>"
        hostile.serve(Self.rss(items: items), at: "/feed")
        try hostile.writeConfig(hostileURL: hostile.url("/feed"))
        try await hostile.runAndVerify(.okOrFailed)
    }
}
