import Foundation

/// A fresh, uniquely named folder under the system temp folder, removed on `remove()` or deinit.
public final class TemporaryDirectory: Sendable {
    /// The folder.
    public let url: URL

    /// Creates the folder; `prefix` shows up in its name.
    public init(prefix: String = "newswire-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        remove()
    }

    /// The folder's path.
    public var path: String { url.path }

    /// The URL of `name` inside the folder (not created).
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Deletes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
