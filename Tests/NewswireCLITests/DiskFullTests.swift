import Foundation
import NewswireTestSupport
import Testing

/// The output folder on a tiny tmpfs: a run that cannot write its files exits 74 with a clear
/// message, and the previous outputs stay whole. Needs root (mount); skipped otherwise.
@Suite(.enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
struct DiskFullTests {
    static func feed(bodyBytes: Int) -> String {
        let body = String(repeating: "All work and no play. ", count: bodyBytes / 22)
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>"
            + "<link>https://big.example/</link><item><guid>1</guid><title>Story</title>"
            + "<link>https://big.example/1</link><description>\(body)</description></item></channel></rss>"
    }

    @Test func fullOutputDiskExits74AndKeepsThePreviousFiles() async throws {
        let site = try CLISite()
        let output = site.outputFolder
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        guard try mount(size: "256k", at: output.path) else {
            // Some containers deny mount even to root: nothing to test there.
            print("DiskFullTests: skipped, could not mount a tmpfs at \(output.path)")
            return
        }
        defer { _ = try? run("/bin/umount", [output.path]) }
        let body = BodyBox(Self.feed(bodyBytes: 2_000))
        site.server.route("/big.xml") { _ in .text(body.value, contentType: "application/rss+xml") }
        try site.writeConfig(sources: [.init(id: "big", url: site.server.url("/big.xml"))])
        let first = try await site.regenerate()
        #expect(first.status == 0, "\(first)")
        let files = ["feeds/big.xml", "feeds/all.xml"]
        let before = try files.map { try site.outputText($0) }

        // Two copies of 200 KB (the source feed and `all`) cannot fit in 256 KB.
        body.value = Self.feed(bodyBytes: 200_000)
        let second = try await site.regenerate()
        #expect(second.status == 74, "\(second)")
        #expect(second.stderr.contains("No space left on device"), "\(second.stderr)")
        // Every file is whole: its previous bytes, or (written before the disk filled) the new ones;
        // the one that could not be written still has its previous bytes.
        let after = try files.map { try site.outputText($0) }
        #expect(after.allSatisfy { $0.hasSuffix("</feed>\n") })
        #expect(zip(before, after).contains { $0 == $1 })
        #expect(!site.outputFiles().contains { $0.contains(".tmp-") })
    }

    @Test func fullStateDiskExits74AndLeavesOutputsAndStoreAsTheyWere() async throws {
        let site = try CLISite()
        let state = site.folder.file("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        guard try mount(size: "1m", at: state.path) else {
            print("DiskFullTests: skipped, could not mount a tmpfs at \(state.path)")
            return
        }
        defer { _ = try? run("/bin/umount", [state.path]) }
        let body = BodyBox(Self.feed(bodyBytes: 2_000))
        site.server.route("/big.xml") { _ in .text(body.value, contentType: "application/rss+xml") }
        try site.writeConfig(sources: [.init(id: "big", url: site.server.url("/big.xml"))])
        let first = try await site.regenerate()
        #expect(first.status == 0, "\(first)")
        let before = try site.outputFiles().map { try site.outputText($0) }

        // 3 MB of text cannot be stored in 1 MB.
        body.value = Self.feed(bodyBytes: 3_000_000)
        let second = try await site.regenerate(["--log-level", "critical"])
        #expect(second.status == 74, "\(second)")
        #expect(second.stderr.contains("cannot store"), "\(second.stderr)")
        #expect(try site.outputFiles().map { try site.outputText($0) } == before)
        if let sqlite = ProcessRunner.findOnPath("sqlite3") {
            let process = Process()
            let pipe = Pipe()
            process.executableURL = sqlite
            process.arguments = [state.path + "/newswire.sqlite", "PRAGMA integrity_check; SELECT count(*) FROM articles;"]
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(output == "ok\n1\n", "\(output)")
        }
    }

    private func mount(size: String, at path: String) throws -> Bool {
        try run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path]) == 0
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A served body the test replaces between runs.
final class BodyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var current: String
    init(_ value: String) { current = value }
    var value: String {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
