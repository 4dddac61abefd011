import Foundation
@testable import NewswireStore
import Testing

/// Stored category lists are read without the JSON decoder when they hold no escape: the result must
/// equal the decoder's for every list the encoder writes.
@Suite struct StoredStringListTests {
    static let lists: [[String]] = [
        ["a"], ["a", "b"], [""], ["", ""], ["a\"b"], ["a\\b"], ["a\",\"b"], ["\",\""], ["新闻", "économie"],
        ["x/y"], ["tab\there"], ["line\nbreak"], ["🎉 party"], ["e\u{301}"], ["\u{301}a", "b"], ["a", "\u{301}"],
        ["[\"", "\"]"], ["\u{0}"], ["a,b", " c "],
    ]

    @Test(arguments: lists)
    func readsWhatTheEncoderWrote(_ list: [String]) throws {
        let json = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
        #expect(ArticleColumns.strings(json, JSONDecoder()) == list, "\(json)")
    }

    @Test func randomListsReadBackEqual() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab,\"\\/[] 新\u{301}é\t").map(String.init)
        for _ in 0..<2_000 {
            let list = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            }
            let json = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
            #expect(ArticleColumns.strings(json, JSONDecoder()) == list, "\(json)")
        }
    }

    @Test func missingListIsEmpty() {
        #expect(ArticleColumns.strings(nil, JSONDecoder()).isEmpty)
    }
}
