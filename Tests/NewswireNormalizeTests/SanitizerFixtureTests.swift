import Foundation
import Testing
@testable import NewswireNormalize

/// Real-world fragments beside the sanitized markup expected from them.
struct SanitizerFixtureTests {
    static func fixture(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: [("wordpress-content.html", "wordpress-content.sanitized.html", "https://example.com/news/post/")])
    func fragmentMatchesGoldenOutput(input: String, golden: String, base: String) throws {
        let sanitized = HTMLSanitizer.sanitize(try Self.fixture(input), baseURL: base)
        #expect(sanitized == (try Self.fixture(golden)))
    }
}
