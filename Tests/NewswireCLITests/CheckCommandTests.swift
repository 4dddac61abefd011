import Foundation
import Testing

/// `newswire check`: exit statuses and `FILE:LINE:COL: error: MESSAGE` diagnostics.
@Suite struct CheckCommandTests {
    /// A broken config and the diagnostic line `check` must print for it.
    struct BrokenConfig: Sendable, CustomTestStringConvertible {
        let name: String
        /// The lines after the 4-line `[site]` header: its first line is line 5, still inside `[site]`.
        let body: String
        /// The expected line after `FILE:`; `{DIR}` stands for the config's absolute folder.
        let expected: String
        var testDescription: String { name }
    }

    static let site = """
        [site]
        title = "T"
        base_url = "https://feeds.example.org/"
        state_dir = "state"

        """
    static let source = "[[source]]\nid = \"a\"\nurl = \"http://127.0.0.1:9/a\"\n"

    static let cases: [BrokenConfig] = [
        .init(name: "unknown key", body: source + "colour = \"red\"\n",
              expected: "8:1: error: unknown key 'colour' in [[source]]"),
        .init(name: "wrong type", body: source + "interval = 15\n",
              expected: "8:12: error: expected a duration string for 'interval', found a number; "
                  + "write it with a unit, like \"15s\""),
        .init(name: "bad duration", body: source + "interval = \"15x\"\n",
              expected: "8:12: error: invalid duration \"15x\" for 'interval': unknown unit \"x\"; "
                  + "use ms, s, m, h, d or w"),
        .init(name: "bad size", body: "[fetch]\nmax_body = \"10QB\"\n" + source,
              expected: "6:12: error: invalid size \"10QB\" for 'max_body': unknown unit \"QB\"; "
                  + "use B, KB, MB, GB, KiB, MiB or GiB"),
        .init(name: "duplicate id", body: source + "[[source]]\nid = \"a\"\nurl = \"http://127.0.0.1:9/b\"\n",
              expected: "9:6: error: duplicate id \"a\": already used by the source at line 6"),
        .init(name: "missing url", body: "[[source]]\nid = \"a\"\n",
              expected: "5:1: error: source \"a\" needs a 'url'"),
        .init(name: "bad selector", body: source + "type = \"html\"\n[source.html]\nitem = \"ul..x\"\n"
                  + "title = \"a\"\nlink = \"a @href\"\n",
              expected: "10:8: error: invalid selector \"ul..x\": expected a class name after '.' at character 4"),
        .init(name: "bad timezone", body: source + "timezone = \"Mars/Olympus\"\n",
              expected: "8:12: error: unknown time zone \"Mars/Olympus\"; use an IANA name like \"Asia/Shanghai\""),
        .init(name: "output_dir is a file", body: "output_dir = \"taken\"\n" + source,
              expected: "5:1: error: output_dir \"{DIR}/taken\" cannot be used: it is a file, not a folder"),
        .init(name: "TOML syntax error", body: "[[source]]\nid = \"a\nurl = \"http://127.0.0.1:9/a\"\n",
              expected: "6:8: error: "),
    ]

    @Test(arguments: cases)
    func brokenConfigExits78WithLocatedDiagnostic(_ broken: BrokenConfig) async throws {
        let site = try CLISite()
        let conf = site.folder.file("conf")
        try FileManager.default.createDirectory(at: conf, withIntermediateDirectories: true)
        // `output_dir` is a key of [site], so that case's first line joins the header.
        try Data((Self.site + broken.body).utf8).write(to: conf.appendingPathComponent("broken.toml"))
        try Data("not a folder\n".utf8).write(to: conf.appendingPathComponent("taken"))

        let result = try await site.newswire(["check", "--config", "conf/broken.toml"])

        #expect(result.status == 78, "\(result)")
        let expected = "conf/broken.toml:" + broken.expected.replacingOccurrences(of: "{DIR}", with: conf.path)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        if broken.expected.hasSuffix("error: ") {
            #expect(lines.contains { $0.hasPrefix(expected) && $0.count > expected.count }, "\(result)")
        } else {
            #expect(lines.contains(expected), "expected \(expected)\n\(result)")
        }
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test func validConfigExitsZero() async throws {
        let site = try CLISite()
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss"))])
        let result = try await site.newswire(["check", "--config", "newswire.toml"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        #expect(site.server.requests.isEmpty, "check must not fetch anything")
        #expect(!FileManager.default.fileExists(atPath: site.outputFolder.path), "check must not write outputs")
    }

    @Test func missingConfigFileExits78AtLineOne() async throws {
        let site = try CLISite()
        let result = try await site.newswire(["check", "--config", "absent/newswire.toml"])
        #expect(result.status == 78, "\(result)")
        #expect(result.stderr.split(separator: "\n").contains { $0.hasPrefix("absent/newswire.toml:1:1: error:") },
                "\(result)")
    }

    @Test func environmentVariableNamesTheConfigWhenNoOptionIsGiven() async throws {
        let site = try CLISite()
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss"))])
        try Data((Self.site + Self.source + "colour = \"red\"\n").utf8).write(to: site.folder.file("broken.toml"))

        let valid = try await site.newswire(["check"], environment: ["NEWSWIRE_CONFIG": "newswire.toml"])
        #expect(valid.status == 0, "\(valid)")
        let broken = try await site.newswire(["check"], environment: ["NEWSWIRE_CONFIG": "broken.toml"])
        #expect(broken.status == 78, "\(broken)")
        #expect(broken.stderr.contains("broken.toml:8:1: error: unknown key 'colour'"), "\(broken)")
        // --config wins over the environment.
        let explicit = try await site.newswire(["check", "--config", "newswire.toml"],
                                               environment: ["NEWSWIRE_CONFIG": "broken.toml"])
        #expect(explicit.status == 0, "\(explicit)")
    }
}
