import Foundation
import NewswireConfig
import NewswireModel
import Testing

/// A config with problems and the exact diagnostics `newswire check` prints for it.
struct BrokenConfig: Sendable, CustomTestStringConvertible {
    var name: String
    /// Appended to a valid `[site]` table of two lines, so the body starts on line 3.
    var body: String
    var expected: [String]
    var testDescription: String { name }

    static let site = "[site]\nbase_url = \"https://x.org/\"\n"
    static let source = "[[source]]\nid = \"a\"\nurl = \"https://a.org/\"\n"
}

@Suite struct ConfigDiagnosticsTests {
    static let cases: [BrokenConfig] = [
        BrokenConfig(name: "unknown key", body: "[fetch]\ntimout = \"30s\"\n", expected: [
            "FILE:4:1: error: unknown key 'timout' in [fetch]; did you mean 'timeout'?",
        ]),
        BrokenConfig(name: "unknown table", body: "[pol]\ninterval = \"5m\"\n[[source]]\nid = \"a\"\nurll = \"https://a.org/\"\n", expected: [
            "FILE:3:1: error: unknown key 'pol'; did you mean 'poll'?",
            "FILE:5:1: error: [[source]] needs a 'url'".replacingOccurrences(of: "[[source]]", with: "source \"a\""),
            "FILE:7:1: error: unknown key 'urll' in [[source]]; did you mean 'url'?",
        ]),
        BrokenConfig(name: "wrong type", body: "[fetch]\nuser_agent = 5\nmax_redirects = \"five\"\nconcurrency = 1.5\n", expected: [
            "FILE:4:14: error: expected a string for 'user_agent', found an integer",
            "FILE:5:17: error: expected an integer for 'max_redirects', found a string",
            "FILE:6:15: error: expected an integer for 'concurrency', found a float",
        ]),
        BrokenConfig(name: "bad duration", body: "[poll]\ninterval = 900\nmax_backoff = \"6 hours\"\n", expected: [
            "FILE:4:12: error: expected a duration string for 'interval', found a number; write it with a unit, like \"900s\"",
            "FILE:5:15: error: invalid duration \"6 hours\" for 'max_backoff': unknown unit \"hours\"; use ms, s, m, h, d or w",
        ]),
        BrokenConfig(name: "bad size and jitter", body: "[fetch]\nmax_body = \"10 megs\"\n[poll]\njitter = \"ten\"\n", expected: [
            "FILE:4:12: error: invalid size \"10 megs\" for 'max_body': unknown unit \"megs\"; use B, KB, MB, GB, KiB, MiB or GiB",
            "FILE:6:10: error: invalid fraction \"ten\" for 'jitter': write a percentage like \"10%\" or a number like 0.1",
        ]),
        BrokenConfig(name: "numbers out of range",
                     body: "[fetch]\nconcurrency = 0\nmax_redirects = 50\n[output]\nentries_per_feed = 20000\n", expected: [
            "FILE:4:15: error: 'concurrency' must be at least 1, found 0",
            "FILE:5:17: error: 'max_redirects' must be between 0 and 20, found 50",
            "FILE:7:20: error: 'entries_per_feed' must be between 1 and 10000, found 20000",
        ]),
        BrokenConfig(name: "duplicate id among sources and feeds", body: """
            [[source]]
            id = "news"
            url = "https://a.org/"
            [[source]]
            id = "news"
            url = "https://b.org/"
            [[feed]]
            id = "news"
            """, expected: [
            "FILE:7:6: error: duplicate id \"news\": already used by the source at line 4",
            "FILE:10:6: error: duplicate id \"news\": already used by the source at line 4",
        ]),
        BrokenConfig(name: "missing url and bad id", body: "[[source]]\nid = \"News\"\n", expected: [
            "FILE:3:1: error: [[source]] needs a 'url'",
            "FILE:4:6: error: invalid id \"News\": use lower-case letters, digits, '-' and '_', starting with a letter or digit",
        ]),
        BrokenConfig(name: "bad type", body: BrokenConfig.source + "type = \"rsss\"\n", expected: [
            "FILE:6:8: error: unknown source type \"rsss\"; expected one of auto, rss, atom, rdf, jsonfeed, html; did you mean 'rss'?",
        ]),
        BrokenConfig(name: "html without selectors", body: BrokenConfig.source + "type = \"html\"\n", expected: [
            "FILE:6:8: error: source \"a\" has type \"html\" but no [source.html] table with an 'item' selector",
        ]),
        BrokenConfig(name: "html table without item", body: BrokenConfig.source + "type = \"html\"\n[source.html]\nitme = \"li\"\n", expected: [
            "FILE:7:1: error: [source.html] of source \"a\" needs an 'item' selector",
            "FILE:8:1: error: unknown key 'itme' in [source.html]; did you mean 'item'?",
        ]),
        BrokenConfig(name: "bad selectors", body: BrokenConfig.source + """
            type = "html"
            [source.html]
            item = "ul >> li"
            [source.html.article]
            remove = ["ok", "a >> b"]
            """, expected: [
            "FILE:8:8: error: invalid selector \"ul >> li\": unexpected '>'",
            "FILE:10:17: error: invalid selector \"a >> b\": unexpected '>'",
        ]),
        BrokenConfig(name: "bad timezone", body: BrokenConfig.source + "timezone = \"Asia/Shangai\"\n", expected: [
            "FILE:6:12: error: unknown time zone \"Asia/Shangai\"; use an IANA name like \"Asia/Shanghai\"; did you mean 'Asia/Shanghai'?",
        ]),
        BrokenConfig(name: "unsupported url scheme", body: "[[source]]\nid = \"a\"\nurl = \"ftp://a.org/x\"\n", expected: [
            "FILE:5:7: error: unsupported URL scheme \"ftp\" in \"ftp://a.org/x\": only http, https and file are fetched",
        ]),
    ]

    @Test(arguments: cases)
    func reportsEveryProblemAtItsPosition(_ broken: BrokenConfig) throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        let validate: @Sendable (String) -> String? = { $0.contains(">>") ? "unexpected '>'" : nil }
        #expect(folder.diagnostics(BrokenConfig.site + broken.body, validateSelector: validate) == broken.expected)
    }

    @Test(arguments: [
        ("", "FILE:1:1: error: [site] needs 'base_url', the public URL of the output folder (like \"https://feeds.example.org/\")"),
        ("[site]\ntitle = \"x\"\n",
         "FILE:1:1: error: [site] needs 'base_url', the public URL of the output folder (like \"https://feeds.example.org/\")"),
        ("[site]\nbase_url = \"feeds.example.org\"\n",
         "FILE:2:12: error: 'base_url' must be an absolute http or https URL, found \"feeds.example.org\""),
        ("[site]\nbase_url = \"https://x.org/\"\ntitle = \"unterminated\n",
         "FILE:3:22: error: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited"),
        ("[site]\nbase_url = \"https://x.org/\"\n[poll]\ninterval = 15m\n",
         "FILE:4:14: error: Error while parsing decimal integer: expected digit, saw 'm'"),
    ])
    func reportsSiteAndSyntaxProblems(text: String, expected: String) throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        #expect(folder.diagnostics(text) == [expected])
    }

    @Test(arguments: [
        ("afile", "it is a file, not a folder"),
        ("afile/sub", "\"DIR/afile\" is a file, not a folder"),
    ])
    func rejectsAnOutputFolderThatIsAFile(outputDir: String, problem: String) throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        #expect(FileManager.default.createFile(atPath: folder.path + "/afile", contents: Data("x".utf8)))
        let text = "[site]\nbase_url = \"https://x.org/\"\noutput_dir = \"\(outputDir)\"\n"
        let lines = folder.diagnostics(text).map { $0.replacingOccurrences(of: folder.path, with: "DIR") }
        #expect(lines == ["FILE:3:1: error: output_dir \"DIR/\(outputDir)\" cannot be used: \(problem)"])
    }
}
