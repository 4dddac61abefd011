/// Glob matching for feed source patterns: `*` any run of characters, `?` one character.
enum GlobPattern {
    /// Whether `text` matches `pattern` as a whole.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        var pi = 0, ti = 0
        var starAt: Int?, starMatch = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
                pi += 1
                ti += 1
            } else if pi < p.count && p[pi] == "*" {
                starAt = pi
                starMatch = ti
                pi += 1
            } else if let star = starAt {
                pi = star + 1
                starMatch += 1
                ti = starMatch
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
