import CLibXML2
import Glibc

/// Answers libxml2's `getEntity` for undeclared HTML entities (`&nbsp;`, `&raquo;`) with entities
/// of the predefined kind, which libxml2 inlines as text and never expands further. Nothing a
/// document declares is ever returned, so external and recursive entities stay unexpanded.
final class XMLEntityTable {
    private var entities: [String: UnsafeMutablePointer<xmlEntity>] = [:]

    deinit {
        for entity in entities.values {
            free(UnsafeMutableRawPointer(mutating: entity.pointee.name))
            free(entity.pointee.content)
            entity.deinitialize(count: 1)
            entity.deallocate()
        }
    }

    /// The entity for `name`, or nil. `inContent` is false inside attribute values, where
    /// libxml2 copies only the first byte of a predefined entity: only ASCII ones are given there.
    func entity(named name: UnsafePointer<xmlChar>, inContent: Bool) -> UnsafeMutablePointer<xmlEntity>? {
        if let predefined = xmlGetPredefinedEntity(name) { return predefined }
        guard let html = htmlEntityLookup(name), let scalar = Unicode.Scalar(html.pointee.value) else { return nil }
        guard inContent || scalar.isASCII else { return nil }
        let key = String(cString: name)
        if let existing = entities[key] { return existing }
        let utf8 = Array(String(Character(scalar)).utf8)
        let entity = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        entity.initialize(to: xmlEntity())
        entity.pointee.type = XML_ENTITY_DECL
        entity.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        entity.pointee.name = UnsafePointer(Self.duplicate(Array(key.utf8)))
        entity.pointee.content = Self.duplicate(utf8)
        entity.pointee.length = Int32(utf8.count)
        entities[key] = entity
        return entity
    }

    /// A malloc'ed NUL-terminated copy of `bytes`.
    private static func duplicate(_ bytes: [UInt8]) -> UnsafeMutablePointer<xmlChar> {
        let copy = malloc(bytes.count + 1)!.assumingMemoryBound(to: xmlChar.self)
        bytes.withUnsafeBufferPointer { copy.update(from: $0.baseAddress!, count: bytes.count) }
        copy[bytes.count] = 0
        return copy
    }
}
