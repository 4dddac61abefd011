import Foundation
import Testing

/// The built `newswire` executable, found beside the test bundle.
struct NewswireBinary: Sendable {
    /// Where the binary is.
    let url: URL

    /// The binary could not be found.
    struct Missing: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "the newswire executable was not found (build it with `swift build --product newswire`, "
                + "or set NEWSWIRE_BINARY); looked in:\n  " + searched.joined(separator: "\n  ")
        }
    }

    /// Finds the binary: `$NEWSWIRE_BINARY`, then the folders of the test executable and its
    /// resource bundle (where `swift test` builds it), then `<package>/.build/debug/newswire`.
    static func locate(filePath: String = #filePath) throws -> NewswireBinary {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["NEWSWIRE_BINARY"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders.append(Bundle.module.bundleURL.deletingLastPathComponent())
        folders.append(Bundle.main.bundleURL)
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        // An `.xctest` bundle folder (macOS layout) sits in the build folder.
        folders += folders.filter { $0.path.contains(".xctest") }.map { xctestParent($0) }
        if let root = PackageRoot.find(from: filePath) {
            folders.append(root.appendingPathComponent(".build/debug"))
        }
        candidates += folders.map { $0.appendingPathComponent("newswire") }
        for candidate in candidates {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return NewswireBinary(url: candidate.standardizedFileURL)
            }
        }
        throw Missing(searched: candidates.map(\.path))
    }

    private static func xctestParent(_ url: URL) -> URL {
        var folder = url
        while folder.path.contains(".xctest"), folder.path != "/" { folder.deleteLastPathComponent() }
        return folder
    }

    /// Runs `newswire ARGUMENTS` in `folder` and captures its output and exit status.
    func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:],
             killWhen: (@Sendable () -> Bool)? = nil) async throws -> ProcessOutcome {
        try await ProcessRunner.run(url, arguments, in: folder, environment: environment, killWhen: killWhen)
    }
}

/// The package's root folder: the nearest ancestor of a source file that holds `Package.swift`.
enum PackageRoot {
    /// Walks up from `filePath`; nil when no `Package.swift` is found.
    static func find(from filePath: String) -> URL? {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// The nearest ancestor of `filePath` that holds `relativePath`, joined with it.
    static func nearest(_ relativePath: String, from filePath: String) -> URL? {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
