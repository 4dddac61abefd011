import NewswireModel

/// RSS 0.9x / 2.0 and RSS 1.0 (RDF): what each element means, decided when it starts.
extension FeedDocumentReader {
    func rssStart(_ name: XMLName, _ namespace: XMLNamespace, parent: FeedElementRole, frame: Frame,
                  _ attributes: XMLAttributes) -> RoleStart {
        switch parent {
        case .root:
            // RSS 2.0 nests items in the channel; RSS 1.0 and 0.90 put them beside it.
            guard namespace.isRSSCore else { return .other }
            if name == "channel" { return RoleStart(.channel) }
            if name == "item" { return rssItemStart(attributes) }
        case .channel:
            return rssChannelChild(name, namespace, attributes)
        case .item:
            return rssItemChild(name, namespace, frame: frame, attributes)
        case .mediaGroup:
            if namespace == .media { return mediaStart(name, frame: frame, attributes) }
        case .other where name == "item" && namespace.isRSSCore && item == nil:
            // An unclosed channel element (`<description>` without its end tag) swallows the items
            // that follow in libxml2's recovery: they are still items.
            return rssItemStart(attributes)
        default:
            break
        }
        return .other
    }

    private func rssItemStart(_ attributes: XMLAttributes) -> RoleStart {
        let start = startItem()
        // RSS 1.0 names each item by its `rdf:about` URI.
        if let about = attributes.value("about", namespace: .rdf)?.trimmingWhiteSpace, !about.isEmpty {
            item?.guid = about
        }
        return start
    }

    private func rssChannelChild(_ name: XMLName, _ namespace: XMLNamespace, _ attributes: XMLAttributes) -> RoleStart {
        if namespace.isRSSCore {
            switch name {
            case "item": return rssItemStart(attributes)
            case "title": return RoleStart(.feedTitle, text: .text)
            case "link": return RoleStart(.feedLink, text: .text)
            case "language": return RoleStart(.feedLanguage, text: .text)
            case "ttl": return RoleStart(.feedTTL, text: .text)
            case "managingEditor": return RoleStart(.feedAuthorText, text: .text)
            case "copyright": return RoleStart(.feedRights, text: .text)
            default: return .other
            }
        }
        switch (namespace, name) {
        case (.iTunes, "author"), (.dublinCore, "creator"): return RoleStart(.feedAuthorText, text: .text)
        case (.dublinCore, "language"): return RoleStart(.feedLanguage, text: .text)
        case (.dublinCore, "rights"): return RoleStart(.feedRights, text: .text)
        case (.syndication, "updatePeriod"): return RoleStart(.feedUpdatePeriod, text: .text)
        case (.syndication, "updateFrequency"): return RoleStart(.feedUpdateFrequency, text: .text)
        default: return .other
        }
    }

    private func rssItemChild(_ name: XMLName, _ namespace: XMLNamespace, frame: Frame,
                              _ attributes: XMLAttributes) -> RoleStart {
        switch namespace {
        case .none, .rss10, .rss090:
            switch name {
            case "title": return RoleStart(.itemTitle(.text), text: .text)
            case "link": return RoleStart(.itemLink, text: .text)
            case "description": return RoleStart(.itemSummary(.html), text: .html)
            case "pubDate": return RoleStart(.itemPublished(overrides: true), text: .text)
            case "author": return RoleStart(.itemAuthorText, text: .text)
            case "category": return RoleStart(.itemCategory, text: .text)
            case "guid":
                let isPermaLink = attributes.value("isPermaLink").map { $0.trimmingWhiteSpace.lowercased() != "false" }
                return RoleStart(.itemGUID(isPermaLink: isPermaLink), text: .text)
            case "enclosure":
                addEnclosure(url: attributes.value("url"), type: attributes.value("type"),
                             length: attributes.value("length"), frame: frame)
            default: break
            }
        case .dublinCore, .dcTerms:
            switch name {
            case "creator": return RoleStart(.itemAuthorText, text: .text)
            case "subject": return RoleStart(.itemCategory, text: .text)
            case "language": return RoleStart(.itemLanguage, text: .text)
            case "rights": return RoleStart(.itemRights, text: .text)
            default: return dublinCoreDate(name) ?? .other
            }
        case .content where name == "encoded":
            return RoleStart(.itemContent(.html), text: .html)
        case .feedburner where name == "origLink":
            return RoleStart(.itemOriginalLink, text: .text)
        case .iTunes:
            return iTunesItemChild(name, frame: frame, attributes)
        case .atom where name == "updated":
            return RoleStart(.itemUpdated, text: .text)
        case .media:
            return mediaStart(name, frame: frame, attributes)
        default:
            break
        }
        return .other
    }

    /// `dc:date` and the DCMI terms dates (`dcterms:issued`, `created`, `date`: published, where the
    /// format's own element, `pubDate` or `atom:published`, wins; `dcterms:modified`: updated).
    func dublinCoreDate(_ name: XMLName) -> RoleStart? {
        switch name {
        case "date", "issued", "created": return RoleStart(.itemPublished(overrides: false), text: .text)
        case "modified": return RoleStart(.itemUpdated, text: .text)
        default: return nil
        }
    }

    /// Podcast elements of an item: author, summary, episode image and duration.
    private func iTunesItemChild(_ name: XMLName, frame: Frame, _ attributes: XMLAttributes) -> RoleStart {
        switch name {
        case "author": return RoleStart(.itemAuthorText, text: .text)
        case "summary": return RoleStart(.itemFallbackSummary(.text), text: .text)
        case "duration": return RoleStart(.itemDuration, text: .text)
        case "image": addEnclosure(url: attributes.value("href"), type: nil, length: nil, frame: frame)
        default: break
        }
        return .other
    }

    /// Media RSS inside an item: `media:content` and `media:thumbnail` are enclosures;
    /// `media:group` (and `media:content` itself) may hold more of them and a `media:description`.
    func mediaStart(_ name: XMLName, frame: Frame, _ attributes: XMLAttributes) -> RoleStart {
        switch name {
        case "content":
            addMediaContent(attributes, frame: frame)
            return RoleStart(.mediaGroup)
        case "group": return RoleStart(.mediaGroup)
        case "thumbnail": addEnclosure(url: attributes.value("url"), type: nil, length: nil, frame: frame)
        case "description":
            let kind: TextConstruct.Kind = attributes.value("type")?.trimmingWhiteSpace.lowercased() == "html"
                ? .html : .text
            return RoleStart(.itemFallbackSummary(kind), text: kind.collectionMode)
        default: break
        }
        return .other
    }

    func addMediaContent(_ attributes: XMLAttributes, frame: Frame) {
        addEnclosure(url: attributes.value("url"), type: attributes.value("type"),
                     length: attributes.value("fileSize"), frame: frame)
    }
}
