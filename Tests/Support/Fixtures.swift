import Foundation

/// The files of a test target's `Fixtures/` resource folder: `try Fixtures(bundle: .module)`.
public struct Fixtures: Sendable {
    /// The copied `Fixtures` folder.
    public let folder: URL

    /// Finds the `Fixtures` folder among `bundle`'s resources.
    public init(bundle: Bundle) throws {
        guard let folder = bundle.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(bundle.bundlePath)/Fixtures"])
        }
        self.folder = folder
    }

    /// The URL of `name` (may contain `/`) inside the folder.
    public func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The bytes of `name`.
    public func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    /// The text of `name`, read as UTF-8.
    public func string(_ name: String) throws -> String { try String(decoding: data(name), as: UTF8.self) }
}
