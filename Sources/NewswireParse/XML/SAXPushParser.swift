import CLibXML2
import Foundation

/// Drives libxml2's SAX2 push parser over a UTF-8 document in chunks and hands every event to a
/// `FeedDocumentReader`. Safe options only: no network, no DTD loading, no entity substitution.
final class SAXPushParser {
    static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_IGNORE_ENC.rawValue)
    static let chunkSize = 256 * 1024
    static let maximumWarnings = 20

    let reader: FeedDocumentReader
    private let entities = XMLEntityTable()
    // Used from libxml2's callbacks on one thread only: no runtime exclusivity checks.
    @exclusivity(unchecked) private(set) var warnings: [String] = []
    @exclusivity(unchecked) private var warningCount = 0
    @exclusivity(unchecked) fileprivate var parserContext: xmlParserCtxtPtr?

    init(reader: FeedDocumentReader) {
        self.reader = reader
    }

    /// libxml2's one-time global set-up, which is not reentrant: run once, thread-safely.
    private static let libraryInitialization: Void = xmlInitParser()

    /// Parses `utf8` to its end (or until the reader stops), collecting recovered errors.
    func parse(_ utf8: Data) {
        Self.libraryInitialization
        var handler = Self.makeHandler()
        let user = Unmanaged.passUnretained(self).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&handler, user, nil, 0, nil) else {
            addWarning("libxml2 could not create a parser")
            return
        }
        parserContext = context
        defer {
            parserContext = nil
            // SAX mode keeps no document; free one should libxml2 have made it anyway.
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
        _ = xmlCtxtUseOptions(context, Self.options)
        context.pointee.replaceEntities = 0
        context.pointee.loadsubset = 0
        _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        utf8.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
            var offset = 0
            while offset < raw.count, !reader.isStopped {
                let length = min(Self.chunkSize, raw.count - offset)
                _ = xmlParseChunk(context, base + offset, Int32(length), 0)
                offset += length
            }
        }
        if !reader.isStopped { _ = xmlParseChunk(context, nil, 0, 1) }
        if warningCount > warnings.count {
            warnings.append("\(warningCount - warnings.count) more parse errors")
        }
    }

    fileprivate func record(_ error: xmlError) {
        guard warnings.count < Self.maximumWarnings else {
            warningCount += 1
            return
        }
        let message = error.message.map { String(cString: $0) } ?? "parse error"
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        addWarning(error.line > 0 ? "line \(error.line): \(trimmed)" : trimmed)
    }

    fileprivate func addWarning(_ message: String) {
        warningCount += 1
        if warnings.count < Self.maximumWarnings { warnings.append(message) }
    }

    /// Undoes libxml2's `wellFormed = 0` after a recovered error: while it is 0, libxml2 drops
    /// every entity reference, `&amp;` and `&lt;` included, for the rest of the document.
    fileprivate func keepEntitiesAfterErrors() {
        if let parserContext, parserContext.pointee.wellFormed == 0 { parserContext.pointee.wellFormed = 1 }
    }

    fileprivate static func session(_ user: UnsafeMutableRawPointer?) -> SAXPushParser {
        Unmanaged<SAXPushParser>.fromOpaque(user!).takeUnretainedValue()
    }

    private static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, localName, prefix, uri, _, _, attributeCount, _, attributes in
            guard let localName else { return }
            let session = SAXPushParser.session(user)
            session.keepEntitiesAfterErrors()
            session.reader.startElement(localName: localName, prefix: prefix, uri: uri,
                                        attributes: XMLAttributes(pointers: attributes, count: Int(attributeCount)))
            if session.reader.isStopped, let context = session.parserContext { xmlStopParser(context) }
        }
        handler.endElementNs = { user, localName, prefix, uri in
            guard let localName else { return }
            let session = SAXPushParser.session(user)
            session.keepEntitiesAfterErrors()
            session.reader.endElement(localName: localName, prefix: prefix, uri: uri)
        }
        handler.characters = { user, characters, length in
            guard let characters, length > 0 else { return }
            let session = SAXPushParser.session(user)
            session.keepEntitiesAfterErrors()
            session.reader.characters(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        handler.cdataBlock = handler.characters
        handler.getEntity = { user, name in
            guard let name else { return nil }
            let session = SAXPushParser.session(user)
            let inContent = session.parserContext.map { $0.pointee.instate == XML_PARSER_CONTENT } ?? false
            return session.entities.entity(named: name, inContent: inContent)
        }
        handler.serror = { user, error in
            guard let error else { return }
            SAXPushParser.session(user).record(error.pointee)
        }
        return handler
    }
}
