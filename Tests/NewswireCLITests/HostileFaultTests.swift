import Foundation
import NewswireTestSupport
import Testing

/// Faults of the machine and the network (issue 6): a read-only state folder, and every source
/// failing at once (connection refused, DNS failure). Nothing stored is lost.
@Suite struct HostileFaultTests {
    static func twoSources(_ site: CLISite) throws {
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        try site.serveFixture("beta.atom", at: "/beta.atom")
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "beta", url: site.server.url("/beta.atom"))])
    }

    static func titles(_ site: CLISite) throws -> [String: [String]] {
        try Dictionary(uniqueKeysWithValues: ["alpha", "beta", "all"].map {
            ($0, AtomText.entryTitles(try site.outputText("feeds/\($0).xml")).sorted())
        })
    }

    /// What is made read-only: the whole state folder (caught up front by the config check, like an
    /// unwritable output folder: 78), or only the database file in a writable folder (writing fails: 74).
    enum ReadOnly: String, CaseIterable, Sendable { case stateFolder, databaseFile }

    @Test(.enabled(if: getuid() == 0, "a read-only bind mount needs root (chmod does not stop root)"),
          arguments: ReadOnly.allCases)
    func readOnlyStateIsAClearErrorAndLosesNothing(_ readOnly: ReadOnly) async throws {
        let site = try CLISite()
        try Self.twoSources(site)
        let first = try await site.regenerate()
        try #require(first.status == 0, "\(first)")
        let before = try Self.titles(site)
        let target = readOnly == .stateFolder ? site.folder.file("state").path
            : site.folder.file("state/newswire.sqlite").path
        guard try Mount.run(["--bind", target, target]) == 0 else {
            print("HostileFaultTests: skipped, bind mounts are not allowed here")
            return
        }
        defer { _ = try? Mount.umount(target) }
        try #require(try Mount.run(["-o", "remount,ro,bind", target]) == 0)

        let second = try await site.regenerate()
        #expect(!second.signaled, "\(second)")
        switch readOnly {
        case .stateFolder:
            #expect(second.status == 78 && second.stderr.contains("state_dir")
                        && second.stderr.contains("not writable"), "\(second)")
        case .databaseFile:
            #expect(second.status == 74 && second.stderr.localizedCaseInsensitiveContains("readonly"), "\(second)")
        }
        #expect(try Self.titles(site) == before, "outputs changed although nothing could be stored")
        try OutputValidatorSync.noTempFiles(site)

        try #require(try Mount.umount(target) == 0)
        let third = try await site.regenerate()
        #expect(third.status == 0, "\(third)")
        #expect(try Self.titles(site) == before, "stored articles were lost")
        try await OutputValidator.validate(site.outputFolder)
    }

    @Test func everySourceFailingAtOnceKeepsEveryStoredArticle() async throws {
        let site = try CLISite()
        try Self.twoSources(site)
        let first = try await site.regenerate()
        try #require(first.status == 0, "\(first)")
        let before = try Self.titles(site)
        try #require(before["all"]?.count == 4)

        let closed = try ClosedPort()
        let config = try String(contentsOf: site.configURL, encoding: .utf8)
            .replacingOccurrences(of: site.server.url("/alpha.rss"), with: closed.url("/alpha.rss"))
            .replacingOccurrences(of: site.server.url("/beta.atom"), with: "http://nonexistent.invalid/beta.atom")
            .replacingOccurrences(of: "connect_timeout = \"5s\"", with: "connect_timeout = \"2s\"")
        try Data(config.utf8).write(to: site.configURL)
        for run in 1...2 {
            let failed = try await site.regenerate()
            #expect(!failed.signaled && failed.status == 1, "\(failed)")
            let lines = failed.stdoutLines.filter { $0.contains("FAILED") }
            #expect(lines.count == 2, "\(failed)")
            #expect(lines.contains { $0.contains("alpha") && $0.contains("connection refused") }, "\(failed)")
            #expect(lines.contains { $0.contains("beta") && ($0.contains("resolve") || $0.contains("timed out")) },
                    "\(failed)")
            #expect(try Self.titles(site) == before, "run \(run): stored articles left a feed")
            try await OutputValidator.validate(site.outputFolder)
        }
        // Both are still sources with a growing failure count (backing off), none dropped.
        if let sqlite = ProcessRunner.findOnPath("sqlite3") {
            let rows = try await ProcessRunner.run(sqlite, ["state/newswire.sqlite",
                "SELECT id, consecutive_failures FROM sources ORDER BY id"], in: site.folder.url)
            #expect(rows.stdout == "alpha|2\nbeta|2\n", "\(rows)")
        }
    }
}

/// `mount`/`umount` for the root-only fault tests.
enum Mount {
    static func run(_ arguments: [String]) throws -> Int32 { try execute("/bin/mount", arguments) }
    static func umount(_ path: String) throws -> Int32 { try execute("/bin/umount", [path]) }

    private static func execute(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Synchronous output checks.
enum OutputValidatorSync {
    static func noTempFiles(_ site: CLISite) throws {
        #expect(!site.outputFiles().contains { $0.contains(".tmp") }, "\(site.outputFiles())")
    }
}
