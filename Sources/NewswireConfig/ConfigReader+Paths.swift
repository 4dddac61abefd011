import Foundation
import NewswireModel

/// Folders and source locations, resolved against the config file's folder.
extension ConfigReader {
    /// The absolute folder at `key` (or `defaultPath`), or nil when it cannot be written.
    func folder(_ table: ConfigTable?, key: String, default defaultPath: String) -> String? {
        let written = table?.string(key)
        if table?.contains(key) == true && written == nil { return nil }
        let path = Self.absolutePath(written ?? defaultPath, relativeTo: configFolder)
        if let problem = Self.folderProblem(path) {
            let position = written.flatMap { _ in table?.keyPosition(key) } ?? table?.headerPosition ?? .start
            diagnostics.error(at: position, "\(key) \"\(path)\" cannot be used: \(problem)")
            return nil
        }
        return path
    }

    /// The source location as an absolute URL: http(s) and `file://` URLs stay, a path becomes a `file://` URL.
    /// Returns nil after reporting a problem at `position`.
    func sourceURL(_ text: String, at position: @autoclosure () -> TextPosition) -> String? {
        let trimmed = text.trimmingASCIIWhitespace()
        // Nearly every source URL is this plain; URL parsing was most of reading a config of thousands.
        if PlainHTTPURL.matches(trimmed) { return trimmed }
        guard let scheme = URLReference(parsing: trimmed).scheme else {
            guard !trimmed.isEmpty else {
                diagnostics.error(at: position(), "'url' must not be empty")
                return nil
            }
            let path = Self.absolutePath(trimmed, relativeTo: configFolder)
            return URL(fileURLWithPath: path).absoluteString
        }
        switch scheme.lowercased() {
        case "http", "https":
            guard let components = URLComponents(string: trimmed), let host = components.host, !host.isEmpty else {
                diagnostics.error(at: position(), "invalid URL \"\(text)\": expected http(s)://host/…")
                return nil
            }
            return trimmed
        case "file":
            guard URL(string: trimmed) != nil else {
                diagnostics.error(at: position(), "invalid file URL \"\(text)\"")
                return nil
            }
            return trimmed
        default:
            diagnostics.error(at: position(),
                              "unsupported URL scheme \"\(scheme)\" in \"\(text)\": only http, https and file are fetched")
            return nil
        }
    }

    /// `path` made absolute against `folder` and cleaned of `.` and `..`.
    static func absolutePath(_ path: String, relativeTo folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }

    /// Why output cannot go to `path`, or nil when it can (the folder exists, or can be made in its
    /// nearest existing ancestor, and that is a writable folder).
    static func folderProblem(_ path: String) -> String? {
        var candidate = path
        let files = FileManager.default
        while true {
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: candidate, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    return candidate == path ? "it is a file, not a folder" : "\"\(candidate)\" is a file, not a folder"
                }
                guard access(candidate, W_OK | X_OK) == 0 else {
                    return candidate == path ? "the folder is not writable" : "\"\(candidate)\" is not writable"
                }
                return nil
            }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate || parent.isEmpty { return "no part of the path exists" }
            candidate = parent
        }
    }
}
