/// Keeps URL credentials (`https://user:secret@host/`) out of printed, logged and stored text.
public enum CredentialMask {
    /// `text` with every URL password replaced by `***` (`user:***@host`); a user name without a
    /// password, which may itself be a token, becomes `***@host`.
    public static func masked(_ text: String) -> String {
        rewriteUserInfo(in: text) { userInfo in
            guard let colon = userInfo.firstIndex(of: ":") else { return "***@" }
            return userInfo[..<colon] + ":***@"
        }
    }

    /// `url` without its user info (`https://user:secret@host/a` → `https://host/a`): the base that
    /// relative links of a document resolve against, so credentials never spread into article links.
    public static func removingCredentials(_ url: String) -> String {
        rewriteUserInfo(in: url) { _ in "" }
    }

    /// Replaces the user info (with its `@`) of every `scheme://user info@host` in `text`.
    private static func rewriteUserInfo(in text: String, _ replacement: (Substring) -> String) -> String {
        guard text.contains("@") else { return text }
        var result = ""
        var rest = Substring(text)
        while let separator = rest.range(of: "://") {
            result += rest[..<separator.upperBound]
            rest = rest[separator.upperBound...]
            // The authority ends at the path, query or fragment, or where the URL ends in prose.
            let authorityEnd = rest.firstIndex { "/?#\\ \t\r\n\"'<>".contains($0) } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@") {
                result += replacement(authority[..<at])
                rest = rest[rest.index(after: at)...]
            }
        }
        return result + rest
    }
}
