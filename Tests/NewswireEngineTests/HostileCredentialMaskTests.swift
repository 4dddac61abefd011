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
}
