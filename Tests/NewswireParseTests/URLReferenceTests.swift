import NewswireModel
import Testing

/// The RFC 3986 mechanism that `URLResolver` (Parse) and `URLCanonicalizer` (Normalize) both use.
@Suite struct URLReferenceTests {
    @Test(arguments: [
        ("/a/b/c/./../../g", "/a/g"), ("mid/content=5/../6", "mid/6"), ("/a/b/..", "/a/"), ("/..", "/"),
        (".", ""), ("..", ""), ("../g", "g"), ("/b/.//.", "/b//"), ("/a//../b", "/a/b"), ("no-dots", "no-dots"),
    ])
    func dotSegmentsFollowRFC3986(path: String, expected: String) {
        #expect(URLReference.removeDotSegments(path) == expected)
    }

    @Test func splitsTheFiveComponents() {
        let reference = URLReference(parsing: "https://user@example.com:8080/a/b?x=1?y#frag?#z")
        #expect(reference == URLReference(scheme: "https", authority: "user@example.com:8080", path: "/a/b",
                                          query: "x=1?y", fragment: "frag?#z"))
        #expect(reference.serialized == "https://user@example.com:8080/a/b?x=1?y#frag?#z")
    }

    @Test(arguments: [
        ("a/b:c", nil, "a/b:c"), ("C:x", "C", "x"), ("1a:b", nil, "1a:b"), ("?q:x", nil, ""), ("urn:uuid:1", "urn", "uuid:1"),
        ("//host?q", nil, ""),
    ])
    func readsASchemeOnlyWhenItIsOne(text: String, scheme: String?, path: String) {
        let reference = URLReference(parsing: text)
        #expect(reference.scheme == scheme)
        #expect(reference.path == path)
        #expect(reference.serialized == text)
    }

    @Test func emptyQueryAndFragmentArePresent() {
        let reference = URLReference(parsing: "http://h/p?#")
        #expect(reference.query == "")
        #expect(reference.fragment == "")
        #expect(URLReference(parsing: "http://h").authority == "h")
        #expect(URLReference(parsing: "http://h").path.isEmpty)
    }

    @Test func relativeReferenceNeedsAnAbsoluteBase() {
        #expect(URLReference(parsing: "a").resolved(against: nil) == nil)
        #expect(URLReference(parsing: "a").resolved(against: URLReference(parsing: "/base/")) == nil)
        #expect(URLReference(parsing: "http:/x/../y").resolved(against: nil)?.serialized == "http:/y")
    }

    @Test(arguments: [
        ("x", "http://h", "http://h/x"), ("x", "urn:a/b", "urn:a/x"), ("x", "foo:bar", "foo:x"),
        (".//.", "http://h", "http://h//"), ("", "s:p?q#f", "s:p?q"),
    ])
    func mergesAgainstUnusualBases(reference: String, base: String, expected: String) {
        #expect(URLReference(parsing: reference).resolved(against: URLReference(parsing: base))?.serialized == expected)
    }
}
