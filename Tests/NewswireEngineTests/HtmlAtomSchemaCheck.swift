import Foundation

/// Runs `jing` against `shared/schemas/atom.rnc` (found by walking up from this file); nil when absent.
struct AtomSchemaCheck {
    let schema: String
    let jing: String

    static let available: AtomSchemaCheck? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/schemas/atom.rnc")
            if FileManager.default.fileExists(atPath: candidate.path) {
                let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
                guard let jing = path.split(separator: ":").map({ "\($0)/jing" })
                    .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
                return AtomSchemaCheck(schema: candidate.path, jing: jing)
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// Empty when `file` is valid Atom; else what jing said.
    func problems(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: jing)
        process.arguments = ["-c", schema, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? "" : String(decoding: output, as: UTF8.self)
    }
}
