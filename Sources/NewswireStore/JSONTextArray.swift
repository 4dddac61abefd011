import Foundation

extension Array where Element == String {
    /// The strings as a JSON array: one `json_each(?)` parameter, where thousands of placeholders were slow
    /// to prepare.
    var jsonText: String {
        get throws { String(decoding: try JSONEncoder().encode(self), as: UTF8.self) }
    }
}
