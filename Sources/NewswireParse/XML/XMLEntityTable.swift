import CLibXML2
import Glibc

/// Answers libxml2's `getEntity` for undeclared HTML entities (`&nbsp;`, `&raquo;`). In content
/// it gives an entity of the predefined kind, which libxml2 inlines as text and expands no
/// further. In attribute values, where libxml2 would copy only the first byte of a predefined
/// entity, it gives an internal one, which libxml2 leaves as `&nbsp;` for `XMLAttributeValue` to
/// decode. Nothing a document declares is ever returned, so external and recursive entities
/// stay unexpanded.
final class XMLEntityTable {
    private var contentEntities: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    private var attributeEntities: [String: UnsafeMutablePointer<xmlEntity>] = [:]

    deinit {
        for entity in Array(contentEntities.values) + Array(attributeEntities.values) {
            free(UnsafeMutableRawPointer(mutating: entity.pointee.name))
            free(entity.pointee.content)
            entity.deinitialize(count: 1)
            entity.deallocate()
        }
    }

    /// The entity for `name`, or nil; `inContent` is false inside start tags.
    func entity(named name: UnsafePointer<xmlChar>, inContent: Bool) -> UnsafeMutablePointer<xmlEntity>? {
        if let predefined = xmlGetPredefinedEntity(name) { return predefined }
        guard let html = htmlEntityLookup(name), let scalar = Unicode.Scalar(html.pointee.value) else { return nil }
        let key = String(cString: name)
        if let existing = inContent ? contentEntities[key] : attributeEntities[key] { return existing }
        let utf8 = Array(String(Character(scalar)).utf8)
        let entity = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        entity.initialize(to: xmlEntity())
        entity.pointee.type = XML_ENTITY_DECL
        entity.pointee.etype = inContent ? XML_INTERNAL_PREDEFINED_ENTITY : XML_INTERNAL_GENERAL_ENTITY
        entity.pointee.name = UnsafePointer(Self.duplicate(Array(key.utf8)))
        entity.pointee.content = Self.duplicate(utf8)
        entity.pointee.length = Int32(utf8.count)
        if inContent { contentEntities[key] = entity } else { attributeEntities[key] = entity }
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
