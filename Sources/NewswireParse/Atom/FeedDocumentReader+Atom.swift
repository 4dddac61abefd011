import NewswireModel

/// Atom 1.0 (and the 0.3 draft): what each element means, decided when it starts.
extension FeedDocumentReader {
    func atomStart(_ name: XMLName, _ namespace: XMLNamespace, parent: FeedElementRole, frame: Frame,
                   _ attributes: XMLAttributes) -> RoleStart {
        switch parent {
        case .root where namespace.isAtom:
            switch name {
            case "entry": return startItem()
            case "title":
                // XHTML titles are collected as text (child elements dropped, their text kept).
                if Self.textKind(attributes) == .html { return RoleStart(.feedTitleHTML, text: .html) }
                return RoleStart(.feedTitle, text: .text)
            case "author":
                person = Person(name: "")
                return RoleStart(.person(ofFeed: true))
            case "rights", "copyright": return RoleStart(.feedRights, text: .text)
            case "link":
                if feed.link == nil, Self.isAlternate(attributes.value("rel")), let href = attributes.value("href") {
                    feed.link = resolve(href, against: frame.base)
                }
            default: break
            }
        case .item where namespace.isAtom:
            return atomEntryChild(name, frame: frame, attributes)
        case .item where namespace == .media:
            return mediaStart(name, frame: frame, attributes)
        case .item where namespace == .dublinCore || namespace == .dcTerms:
            return dublinCoreDate(name) ?? .other
        case .mediaGroup where namespace == .media:
            return mediaStart(name, frame: frame, attributes)
        case .itemSource where namespace.isAtom && name == "author":
            person = Person(name: "")
            return RoleStart(.sourcePerson)
        case .person where namespace.isAtom, .sourcePerson where namespace.isAtom:
            switch name {
            case "name": return RoleStart(.personName, text: .text)
            case "email": return RoleStart(.personEmail, text: .text)
            case "uri", "url": return RoleStart(.personURI, text: .text)
            default: break
            }
        default:
            break
        }
        return .other
    }

    private func atomEntryChild(_ name: XMLName, frame: Frame, _ attributes: XMLAttributes) -> RoleStart {
        switch name {
        case "id":
            return RoleStart(.itemGUID(isPermaLink: nil), text: .text)
        case "title":
            let kind = Self.textKind(attributes) ?? .text
            return RoleStart(.itemTitle(kind), text: kind.collectionMode)
        case "summary", "content":
            let isSummary = name == "summary"
            // Out-of-line content (`src`) has nothing to read.
            guard isSummary || attributes.value("src") == nil else { return .other }
            if Self.isBase64(attributes), let kind = Self.base64Kind(attributes) {
                return RoleStart(.itemBase64(kind, isSummary: isSummary), text: .text)
            }
            guard let kind = Self.textKind(attributes) else { return .other }
            return RoleStart(isSummary ? .itemSummary(kind) : .itemContent(kind), text: kind.collectionMode)
        case "published", "issued":
            return RoleStart(.itemPublished(overrides: true), text: .text)
        case "created":
            return RoleStart(.itemPublished(overrides: false), text: .text)
        case "updated", "modified":
            return RoleStart(.itemUpdated, text: .text)
        case "rights", "copyright":
            return RoleStart(.itemRights, text: .text)
        case "source":
            return RoleStart(.itemSource)
        case "author":
            person = Person(name: "")
            return RoleStart(.person(ofFeed: false))
        case "category":
            let label = attributes.value("label")?.trimmingWhiteSpace
            let term = attributes.value("term")?.trimmingWhiteSpace
            if let category = label?.isEmpty == false ? label : term { addCategory(category) }
        case "link":
            atomEntryLink(frame: frame, attributes)
        default:
            break
        }
        return .other
    }

    private func atomEntryLink(frame: Frame, _ attributes: XMLAttributes) {
        guard let href = attributes.value("href") else { return }
        let rel = attributes.value("rel")
        if Self.isAlternate(rel) {
            if item?.link == nil { item?.link = resolve(href, against: frame.base) }
        } else if rel?.trimmingWhiteSpace.lowercased() == "enclosure" {
            addEnclosure(url: href, type: attributes.value("type"), length: attributes.value("length"), frame: frame)
        }
    }

    /// A `rel` that names the alternate representation: absent, `alternate`, or its IANA IRI.
    static func isAlternate(_ rel: String?) -> Bool {
        guard let rel = rel?.trimmingWhiteSpace.lowercased(), !rel.isEmpty else { return true }
        return rel == "alternate" || rel == "http://www.iana.org/assignments/relation/alternate"
    }

    /// Whether Atom 0.3 content is base64 (`mode="base64"`).
    static func isBase64(_ attributes: XMLAttributes) -> Bool {
        attributes.value("mode")?.trimmingWhiteSpace.lowercased() == "base64"
    }

    /// The kind of text base64 content decodes to: html or text; nil for other media types.
    static func base64Kind(_ attributes: XMLAttributes) -> TextConstruct.Kind? {
        switch attributes.value("type")?.trimmingWhiteSpace.lowercased() {
        case "text/html", "html", "application/xhtml+xml", "xhtml": .html
        case nil, "", "text/plain", "text": .text
        default: nil
        }
    }

    /// The kind of an Atom text construct from `type` (and Atom 0.3's `mode`); nil for media
    /// types that are not text (base64 content, images).
    static func textKind(_ attributes: XMLAttributes) -> TextConstruct.Kind? {
        let type = attributes.value("type")?.trimmingWhiteSpace.lowercased()
        switch attributes.value("mode")?.trimmingWhiteSpace.lowercased() {
        case "escaped": return .html
        case "base64": return nil
        case "xml" where type == nil || type == "application/xhtml+xml": return .xhtml
        default: break
        }
        switch type {
        case nil, "", "text", "text/plain": return .text
        case "html", "text/html": return .html
        case "xhtml", "application/xhtml+xml": return .xhtml
        default: return type?.hasPrefix("text/") == true ? .text : nil
        }
    }
}
