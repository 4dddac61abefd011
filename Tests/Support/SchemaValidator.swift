import Foundation

/// Runs `jing` and `xmllint` against the schemas in `shared/schemas`, found by walking up from
/// this file's folder (the repository's parent holds `shared/`).
public struct SchemaValidator: Sendable {
    public let schemas: URL
    let jing: String
    let xmllint: String

    /// Nil when the schemas or one of the tools is missing.
    public static let available: SchemaValidator? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var schemas: URL?
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/schemas")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("atom.rnc").path) {
                schemas = candidate
                break
            }
            folder.deleteLastPathComponent()
        }
        guard let schemas, let jing = executable("jing"), let xmllint = executable("xmllint") else { return nil }
        return SchemaValidator(schemas: schemas, jing: jing, xmllint: xmllint)
    }()

    /// Why a schema test is skipped.
    public static let skipReason = "shared/schemas, jing or xmllint not found: schema validation skipped"

    /// Problems `jing` reports for an Atom file against atom.rnc; empty when valid.
    /// (Debian's jing launcher warns about optional jars on stderr: the exit status decides.)
    public func atomProblems(_ file: URL) throws -> String {
        try atomProblems([file])
    }

    /// Problems `jing` reports for Atom files, checked in one run (the JVM starts once); empty when all are valid.
    public func atomProblems(_ files: [URL]) throws -> String {
        let result = try run(jing, ["-c", schemas.appendingPathComponent("atom.rnc").path] + files.map(\.path))
        return result.status == 0 ? "" : "status \(result.status): \(result.output)"
    }

    /// Problems `xmllint` reports against an XSD; empty when valid.
    public func xsdProblems(_ file: URL, schema: String) throws -> String {
        let result = try run(xmllint, ["--noout", "--schema", schemas.appendingPathComponent(schema).path, file.path])
        return result.status == 0 ? "" : result.output
    }

    /// Problems `xmllint` reports for a well-formed XML (or, with `html`, HTML) file.
    public func wellFormednessProblems(_ file: URL, html: Bool = false) throws -> String {
        let result = try run(xmllint, (html ? ["--html"] : []) + ["--noout", file.path])
        return result.status == 0 && result.output.isEmpty ? "" : "status \(result.status): \(result.output)"
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
