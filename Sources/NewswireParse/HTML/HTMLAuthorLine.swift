import Foundation
import NewswireModel

/// Turns an author line such as `作者：吕栋 lvdong@guancha.cn` or `By Jane Roe` into a person.
enum HTMLAuthorLine {
    private static let prefixes = ["作者：", "作者:", "作者", "记者：", "记者:", "来源：", "by ", "By ", "BY "]
    private static let emailPattern = try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#)

    static func person(_ line: String) -> Person {
        var text = HTMLText.collapsed(line)
        var email: String?
        let range = NSRange(text.startIndex..., in: text)
        if let match = emailPattern.firstMatch(in: text, range: range), let found = Range(match.range, in: text) {
            email = String(text[found])
            text.removeSubrange(found)
        }
        text = HTMLText.collapsed(text.replacingOccurrences(of: "[\\(\\)（）<>]", with: " ", options: .regularExpression))
        for prefix in prefixes where text.hasPrefix(prefix) {
            text = HTMLText.collapsed(String(text.dropFirst(prefix.count)))
            break
        }
        return Person(name: text.isEmpty ? (email ?? line) : text, email: email)
    }
}
