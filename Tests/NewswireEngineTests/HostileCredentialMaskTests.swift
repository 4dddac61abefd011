import NewswireEngine
import Testing

/// `CredentialMask`: passwords in URLs become `***`, and relative links never inherit credentials.
@Suite struct HostileCredentialMaskTests {
    @Test(arguments: [
        ("see https://u:pw@h.example/x and http://tok@h.example", "see https://u:***@h.example/x and http://***@h.example"),
        ("http://h.example/a@b", "http://h.example/a@b"),
        ("ftp://u:p:q@h:21/", "ftp://u:***@h:21/"),
        ("https://u:p%40ss@h.example?x=1", "https://u:***@h.example?x=1"),
        ("no url here @ all", "no url here @ all"),
        ("(https://u:pw@h.example)", "(https://u:***@h.example)"),
    ])
    func masked(_ pair: (String, String)) {
        #expect(CredentialMask.masked(pair.0) == pair.1)
    }

    @Test func removingCredentials() {
        #expect(CredentialMask.removingCredentials("http://u:pw@127.0.0.1:8080/feed?a=b") == "http://127.0.0.1:8080/feed?a=b")
        #expect(CredentialMask.removingCredentials("https://h.example/a@b") == "https://h.example/a@b")
    }

    @Test(arguments: [
        ("http://u:pw@h.example:8080/old", "http://h.example:8080/new?x", "http://u:pw@h.example:8080/new?x"),
        ("http://u:pw@H.example/old", "http://h.example/new", "http://u:pw@h.example/new"),
        ("http://u:pw@h.example/old", "http://other.example/new", "http://other.example/new"),
        ("http://u:pw@h.example/old", "https://h.example/new", "https://h.example/new"),
        ("http://u:pw@h.example:8080/old", "http://h.example/new", "http://h.example/new"),
        ("http://h.example/old", "http://h.example/new", "http://h.example/new"),
        ("http://u:pw@h.example/old", "http://v:x@h.example/new", "http://v:x@h.example/new"),
    ])
    func restoringCredentials(_ row: (configured: String, stored: String, expected: String)) {
        #expect(CredentialMask.restoringCredentials(of: row.configured, in: row.stored) == row.expected)
    }
}
