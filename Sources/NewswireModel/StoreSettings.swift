/// `[store]`: where articles and fetch state live.
public enum StoreSettings: Sendable, Equatable {
    /// The embedded SQLite file `newswire.sqlite` under `state_dir` (no `[store] url`).
    case sqlite
    case postgres(PostgresLocation)
}

/// A PostgreSQL database named by `[store] url`, without its password (see `PostgresLocation.passwordFile`).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// How the connection is encrypted: the url's `sslmode`, as libpq names them.
    public enum TLSMode: Sendable, Equatable {
        case disable
        /// TLS when the server offers it, unverified (libpq's default).
        case prefer
        /// TLS or no connection; the certificate is not verified.
        case require
        /// TLS with the server's certificate checked against `rootCertificate` (PEM; the system's roots
        /// when nil) and its name against `host`.
        case verifyFull(rootCertificate: String?)

        var sslmode: String {
            switch self {
            case .disable: "disable"
            case .prefer: "prefer"
            case .require: "require"
            case .verifyFull: "verify-full"
            }
        }
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var tls: TLSMode
    /// Absolute path of a file that holds the password (`[store] password_file`); `NEWSWIRE_STORE_PASSWORD`
    /// wins over it. Neither: no password (trust or peer authentication).
    public var passwordFile: String?

    public init(host: String, port: Int = 5432, user: String, database: String, tls: TLSMode = .prefer,
                passwordFile: String? = nil) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.tls = tls
        self.passwordFile = passwordFile
    }

    /// The url without any password: what logs, `status` and error messages show.
    public var description: String {
        var text = "postgresql://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)?sslmode=\(tls.sslmode)"
        if case .verifyFull(let root?) = tls { text += "&sslrootcert=\(root)" }
        return text
    }
}
