import Foundation
@testable import NewswireStore
import Testing

/// Stored category lists are written and read without JSONEncoder/JSONDecoder when they hold no escape:
/// the bytes must equal the encoder's, and the lists read back the decoder's.
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
        #expect(ArticleColumns.encodeStrings(list, JSONEncoder()) == json)
    }

    @Test func randomListsReadBackEqual() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab,\"\\/[] 新\u{301}é\t\u{7F}\u{2028}").map(String.init)
        for _ in 0..<2_000 {
            let list = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            }
            let json = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
            #expect(ArticleColumns.strings(json, JSONDecoder()) == list, "\(json)")
            #expect(ArticleColumns.encodeStrings(list, JSONEncoder()) == json)
        }
    }

    @Test func missingListIsEmpty() {
        #expect(ArticleColumns.strings(nil, JSONDecoder()).isEmpty)
        #expect(ArticleColumns.encodeStrings([], JSONEncoder()) == nil)
    }
}
