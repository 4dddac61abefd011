import NewswireModel
import Testing

/// The encoding Normalize's URL canonicalizer and Render's sitemap share.
@Suite struct URLPercentEncodingTests {
    @Test(arguments: [
        ("/plain/path?q=1#f", "", "/plain/path?q=1#f"),
        ("/a b\t\u{7F}", "", "/a%20b%09%7F"),
        ("\"<>\\^`{|}", "", "%22%3C%3E%5C%5E%60%7B%7C%7D"),
        ("/新", "", "/%E6%96%B0"),
        ("/a%20b%zz", "", "/a%20b%zz"),
        ("/a?b#c", "#", "/a?b%23c"),
        ("/a?b#c", "#?", "/a%3Fb%23c"),
    ])
    func encodesInvalidAndExtraCharacters(part: String, extra: String, expected: String) {
        #expect(URLPercentEncoding.encodeInvalid(part, alsoEncoding: extra) == expected)
    }
}
