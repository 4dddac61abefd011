import Foundation
import Testing

/// Compares rendered bytes with a checked-in file under `Fixtures/`.
///
/// With `NEWSWIRE_UPDATE_GOLDEN=1` in the environment it rewrites the checked-in file instead
/// (then review the diff and commit it).
enum GoldenFile {
    static func expectMatches(_ data: Data, _ name: String, filePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["NEWSWIRE_UPDATE_GOLDEN"] == "1" {
            let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures").appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try data.write(to: url)
            return
        }
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let expected = try Data(contentsOf: fixtures.appendingPathComponent(name))
        #expect(String(decoding: data, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                "rendered bytes differ from Fixtures/\(name)", sourceLocation: sourceLocation)
        #expect(data == expected, sourceLocation: sourceLocation)
    }
}
