import Foundation

/// One output file: its path relative to the output folder and its bytes.
public struct RenderedFile: Sendable, Equatable {
    /// Relative to the output folder, `/`-separated, e.g. `sitemaps/sitemap-1.xml`.
    public var relativePath: String
    public var data: Data

    /// Creates a rendered file.
    public init(relativePath: String, data: Data) {
        self.relativePath = relativePath
        self.data = data
    }
}
