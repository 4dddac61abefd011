/// Matches source ids against `[[feed]] sources` patterns, where `*` and `?` are globs.
public enum SourcePattern {
    /// The ids, in configuration order, that any of the patterns matches.
    public static func matching(_ patterns: [String], in ids: [String]) -> [String] {
        ids.filter { id in patterns.contains { matches($0, id) } }
    }

    /// True when the glob `pattern` matches all of `text`.
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.utf8), t = Array(text.utf8)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
