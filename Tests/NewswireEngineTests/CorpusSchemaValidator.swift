import Foundation
import Testing

/// Runs `jing` against `shared/schemas/atom.rnc`, found by walking up from this file's folder.
struct CorpusSchemaValidator {
    let schema: URL
    let jing: String

    /// Nil when the schema or `jing` is missing.
    static let available: CorpusSchemaValidator? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/schemas/atom.rnc")
            if FileManager.default.fileExists(atPath: candidate.path) {
                let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
                guard let jing = path.split(separator: ":").map({ "\($0)/jing" })
                    .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
                return CorpusSchemaValidator(schema: candidate, jing: jing)
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// What `jing -c` reports for all `files` in one run (the JVM starts once); empty when all are valid.
    /// Debian's jing launcher warns about optional jars on stderr: the exit status decides.
    func problems(_ files: [URL]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: jing)
        process.arguments = ["-c", schema.path] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? "" : String(decoding: output, as: UTF8.self)
    }
}
