import Foundation
import NewswireTestSupport
import Testing

/// Config attacks (issue 6): broken or dangerous configs are refused with FILE:LINE:COL, and
/// credentials in a source URL never reach an output, a log, a state record or the terminal.
@Suite struct HostileConfigTests {
    static let site = """
        [site]
        title = "T"
        base_url = "https://feeds.example.org/"
        state_dir = "state"

        """

    /// A config that must be refused, and what its diagnostic must say.
    struct Refused: Sendable, CustomTestStringConvertible {
        let name: String
        let body: String
        let message: String
        var testDescription: String { name }
    }

    static let refused: [Refused] = [
        .init(name: "unterminated string", body: "[[source]]\nid = \"a\nurl = \"x\"\n", message: "error:"),
        .init(name: "duplicate key", body: "[[source]]\nid = \"a\"\nid = \"b\"\nurl = \"http://127.0.0.1:9/\"\n",
              message: "error:"),
        .init(name: "binary garbage", body: "\u{1}\u{2}\u{7F}[[[\u{FFFD}== \"\n", message: "error:"),
        .init(name: "deeply nested arrays", body: "x = " + String(repeating: "[", count: 100_000) + "\n",
              message: "error:"),
        .init(name: "id with ../", body: "[[source]]\nid = \"../evil\"\nurl = \"http://127.0.0.1:9/\"\n",
              message: "error:"),
        .init(name: "id with /", body: "[[source]]\nid = \"a/b\"\nurl = \"http://127.0.0.1:9/\"\n",
              message: "error:"),
        .init(name: "id ..", body: "[[source]]\nid = \"..\"\nurl = \"http://127.0.0.1:9/\"\n", message: "error:"),
        .init(name: "absolute id", body: "[[source]]\nid = \"/etc/passwd\"\nurl = \"http://127.0.0.1:9/\"\n",
              message: "error:"),
        .init(name: "feed id with ../", body: "[[source]]\nid = \"a\"\nurl = \"http://127.0.0.1:9/\"\n"
                  + "[[feed]]\nid = \"../../x\"\ntitle = \"X\"\nsources = [\"*\"]\n", message: "error:"),
        .init(name: "output_dir is a file", body: "output_dir = \"taken\"\n[[source]]\nid = \"a\"\n"
                  + "url = \"http://127.0.0.1:9/\"\n", message: "it is a file"),
    ]

    @Test(arguments: refused)
    func refusedConfigExits78WithALocatedError(_ config: Refused) async throws {
        let folder = try TemporaryDirectory(prefix: "newswire-hostile-config")
        try Data("not a folder".utf8).write(to: folder.file("taken"))
        try Data((Self.site + config.body).utf8).write(to: folder.file("newswire.toml"))
        let binary = try NewswireBinary.locate()
        for command in ["check", "regenerate"] {
            let result = try await binary.run([command, "--config", "newswire.toml"], in: folder.url)
            #expect(!result.signaled && result.status == 78, "\(command): \(result)")
            let diagnostic = result.stderr.split(separator: "\n").first { $0.hasPrefix("newswire.toml:") }
            #expect(diagnostic.map { $0.contains(config.message) && $0.split(separator: ":").count >= 4 } == true,
                    "\(command): \(result)")
        }
        // Nothing was written anywhere outside the folder's own state and output.
        #expect(!FileManager.default.fileExists(atPath: folder.url.deletingLastPathComponent()
            .appendingPathComponent("evil").path))
        #expect(!FileManager.default.fileExists(atPath: folder.file("public/feeds").path))
    }
}
