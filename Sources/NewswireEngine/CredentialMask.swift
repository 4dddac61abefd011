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

    /// `url` with the user info of `configured` put back when both name the same scheme, host and
    /// port (a stored redirect target of a source whose config URL has credentials), else `url`.
    public static func restoringCredentials(of configured: String, in url: String) -> String {
        guard let configuredAuthority = authority(of: configured), let at = configuredAuthority.lastIndex(of: "@"),
              let urlAuthority = authority(of: url), !urlAuthority.contains("@"),
              origin(of: removingCredentials(configured)) == origin(of: url) else { return url }
        return String(url[..<urlAuthority.startIndex] + configuredAuthority[...at] + url[urlAuthority.startIndex...])
    }

    /// The `host[:port]` part after `scheme://`, user info included.
    private static func authority(of url: String) -> Substring? {
        guard let separator = url.range(of: "://") else { return nil }
        let rest = url[separator.upperBound...]
        return rest[..<(rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex)]
    }

    /// `scheme://host[:port]`, lower-cased.
    private static func origin(of url: String) -> String? {
        authority(of: url).map { url[..<$0.endIndex].lowercased() }
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
