import Foundation
import NewswireModel

/// Reads a `postgresql://USER@HOST:PORT/DATABASE?sslmode=…&sslrootcert=…` url (`[store] url`, `store copy
/// --to`) into a `PostgresLocation`. A password in it is refused: it belongs in `NEWSWIRE_STORE_PASSWORD`
/// or `password_file`. Messages never repeat the url, which may hold one.
public enum PostgresURL {
    public struct Problem: Error, CustomStringConvertible {
        /// Follows the name of what holds the url: `": it names no user (…)"`, `" is not a URL: …"`.
        public var message: String
        public var description: String { "url" + message }
    }

    static let sslModes = ["disable", "prefer", "require", "verify-full"]
    static let example = "postgresql://USER@HOST:PORT/DATABASE?sslmode=require"

    /// `sslrootcert` and other paths are resolved against `folder`.
    public static func parse(_ text: String, relativeTo folder: String) -> Result<PostgresLocation, Problem> {
        guard let components = URLComponents(string: text.trimmingASCIIWhitespace()),
              let scheme = components.scheme?.lowercased() else {
            return .failure(Problem(message: " is not a URL: expected \(example)"))
        }
        guard scheme == "postgresql" || scheme == "postgres" else {
            return .failure(Problem(message: " must be a postgresql:// URL (\(example)), not \(scheme)://; "
                                        + "leave [store] out for the embedded SQLite store"))
        }
        var problems: [String] = []
        if components.password != nil {
            problems.append("the password must not sit in the url: set NEWSWIRE_STORE_PASSWORD, or name a file that "
                                + "holds it (password_file in [store], where systemd's LoadCredential= can provide one; "
                                + "--password-file for store copy)")
        }
        let host = components.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
        if host.isEmpty { problems.append("it names no host (\(example))") }
        let user = components.user ?? ""
        if user.isEmpty { problems.append("it names no user (\(example))") }
        let database = String(components.path.drop { $0 == "/" })
        if database.isEmpty || database.contains("/") {
            problems.append(database.isEmpty ? "it names no database (\(example))"
                                : "the database is one name after the host, found \"\(database)\"")
        }
        var port = 5432
        if let given = components.port {
            if (1...65_535).contains(given) { port = given } else { problems.append("port \(given) is not 1–65535") }
        }
        var sslmode = "prefer"
        var rootCertificate: String?
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                let value = item.value ?? ""
                if sslModes.contains(value) {
                    sslmode = value
                } else {
                    problems.append("sslmode \"\(value)\" is not one of \(sslModes.joined(separator: ", "))"
                                        + SpellingSuggestion.hint(for: value, in: sslModes))
                }
            case "sslrootcert":
                rootCertificate = item.value.map { ConfigReader.absolutePath($0, relativeTo: folder) }
            default:
                problems.append("unknown parameter \"\(item.name)\"; expected sslmode or sslrootcert")
            }
        }
        if rootCertificate != nil && sslmode != "verify-full" {
            problems.append("sslrootcert is only read with sslmode=verify-full")
        }
        guard problems.isEmpty else { return .failure(Problem(message: ": " + problems.joined(separator: "; "))) }
        let tls: PostgresLocation.TLSMode = switch sslmode {
        case "disable": .disable
        case "require": .require
        case "verify-full": .verifyFull(rootCertificate: rootCertificate)
        default: .prefer
        }
        return .success(PostgresLocation(host: host, port: port, user: user, database: database, tls: tls))
    }
}
