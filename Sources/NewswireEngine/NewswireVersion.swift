/// The version printed by `--version` and sent in the default User-Agent.
public enum NewswireVersion {
    public static let string = "0.1.0"

    /// `newswire/<version> (+<base_url>)`, the default `[fetch] user_agent`.
    public static func defaultUserAgent(baseURL: String) -> String { "newswire/\(string) (+\(baseURL))" }
}
