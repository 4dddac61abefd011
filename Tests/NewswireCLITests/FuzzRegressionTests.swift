import Foundation
import Testing

/// Every input a fuzzer once failed on (`fuzz/regressions/<target>-<name>`), replayed through that
/// fuzz target's entry point and oracle by the normal build's replay tool (`fuzz-<target> FILE`).
@Suite struct FuzzRegressionTests {
    static func regressions(filePath: String = #filePath) -> [String] {
        guard let folder = PackageRoot.nearest("fuzz/regressions", from: filePath) else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test func regressionInputsAreFound() {
        #expect(!Self.regressions().isEmpty, "fuzz/regressions/ not found above \(#filePath)")
    }

    @Test(arguments: regressions())
    func replayPassesTheOracle(_ path: String) async throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let target = try #require(["feed", "date", "sanitizer", "html"].first { name.hasPrefix("\($0)-") },
                                  "\(name) does not start with feed-, date-, sanitizer- or html-")
        let tool = try NewswireBinary.locate().url.deletingLastPathComponent().appendingPathComponent("fuzz-\(target)")
        try #require(FileManager.default.isExecutableFile(atPath: tool.path), "build fuzz-\(target) first")
        let result = try await ProcessRunner.run(tool, [path], in: URL(fileURLWithPath: NSTemporaryDirectory()),
                                                 environment: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(!result.signaled && result.status == 0, "\(result)")
    }
}
