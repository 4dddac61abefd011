import Foundation
import FuzzSupport
import NewswireModel
import NewswireNormalize
import NewswireParse

/// libFuzzer entry: any bytes through the feed parser and the normalizer must never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let context = ParseContext(documentURL: "https://fuzz.example/feed.xml", now: Date(timeIntervalSince1970: 1.7e9))
    guard let feed = try? FeedParser.parse(data, context: context) else { return 0 }
    let source = SourceSpec(id: "fuzz", url: "https://fuzz.example/feed.xml")
    for article in ArticleNormalizer().normalize(feed, source: source, documentURL: context.documentURL) {
        // What the sanitizer let through must hold nothing scriptable (the oracle of FuzzSanitizer).
        for html in [article.summary, article.content].compactMap({ $0 }) where html.kind == .html {
            if let finding = ScriptableOracle.finding(in: html.value) {
                fatalError("scriptable markup in a normalized article: \(finding)")
            }
        }
    }
    return 0
}

/// libFuzzer's driver in a fuzzing build, a replay of the named files otherwise.
@main enum ReplayFeed {
    static func main() { FuzzMain.run(fuzzFeed) }
}
