import GRDB
import PostgresNIO

extension PostgresBindings {
    /// A value as the SQLite store binds it (`ArticleColumns.values`).
    mutating func append(_ value: DatabaseValue) {
        switch value.storage {
        case .null: appendNull()
        case .int64(let number): append(number)
        case .double(let number): append(number)
        case .string(let text): append(text)
        case .blob(let data): append(ByteBuffer(bytes: data))
        }
    }
}
