import Foundation
import NewswireModel
import NewswireNormalize
import NewswireRender

/// `state_dir/rendered.fingerprint`: present only while the output folder is known to match the store
/// for this configuration and version, so a later `regenerate` may render only what its poll changed.
///
/// A `regenerate` removes it before touching the store and writes it after a complete render; a
/// `newswire run` removes it when it starts (its changes are rendered on its own schedule). A missing
/// or different fingerprint means: render everything.
public struct RenderFingerprint: Sendable {
    /// Path of the fingerprint file.
    public let path: String
    private let value: String

    /// The fingerprint of `configuration` as rendered by this version.
    public init(configuration: Configuration) {
        path = (configuration.site.stateDir as NSString).appendingPathComponent("rendered.fingerprint")
        // What the outputs depend on (reflecting the whole configuration of thousands of sources was slow).
        var text = NewswireVersion.string + "\n" + "output \(Self.outputFormat)\n" + String(reflecting: configuration.site) + "\n"
        text += String(reflecting: configuration.output) + "\n" + String(reflecting: configuration.feeds) + "\n"
        for index in configuration.sources.indices {
            text += configuration.sources[index].id + "\u{1F}" + (configuration.sources[index].title ?? "\u{0}") + "\u{1E}"
        }
        value = ContentHasher.sha256Hex(text)
    }

    /// Raised whenever the same store renders other bytes (2: related links, derived summaries, distinct
    /// entry dates), so that the first run of a new build renders everything.
    static let outputFormat = 2

    /// True when the file holds this fingerprint.
    public func isCurrent() -> Bool {
        (try? String(contentsOfFile: path, encoding: .utf8)) == value
    }

    /// Removes the file; a missing one is fine.
    public func invalidate() {
        unlink(path)
    }

    /// Writes the file, atomically but without fsync: should a power loss take the file or its contents,
    /// the next run just renders everything.
    public func record() throws {
        try Data(value.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
