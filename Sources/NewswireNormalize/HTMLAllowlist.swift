/// Which elements and attributes survive sanitizing.
enum HTMLAllowlist {
    /// Elements dropped together with everything inside them: what a reader never shows as story
    /// text (scripts, styles, frames, metadata, templates, form controls: a "Subscribe" button's label
    /// is page chrome) or what may not be made safe (SVG, and MathML: its foreign-content parsing is
    /// what mutation XSS such as `<math><mtext><table><mglyph><style>` relies on). Other elements
    /// that are not kept (`object`, `applet`, `form`, `textarea`, `output`, `xmp`…) lose their tags
    /// only: their text is what a reader sees (an `object`'s children are its fallback content).
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "embed", "param", "input", "button", "select", "option",
        "optgroup", "datalist", "keygen", "noscript", "math", "noembed", "noframes", "template", "svg", "link", "meta",
        "base", "title", "dialog", "portal",
    ]

    /// Elements that are never given children or a closing tag.
    static let voidElements: Set<String> = ["br", "hr", "img", "source", "wbr", "col"]

    /// Elements kept, each with the attributes it may carry besides the global ones.
    static let elements: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        let plain = [
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "caption", "colgroup", "figure", "figcaption", "pre", "code", "em", "strong",
            "b", "i", "u", "s", "sub", "sup", "small", "mark", "cite", "span", "div", "section", "article",
            "header", "footer", "picture", "wbr", "kbd", "samp", "var", "aside", "details", "summary", "strike",
            "tt", "big", "center", "address", "main", "nav", "ruby", "rt", "rp", "bdi", "bdo", "dfn",
        ]
        for name in plain { table[name] = [] }
        table["a"] = ["href"]
        table["img"] = ["src", "srcset", "sizes", "alt", "width", "height"]
        table["blockquote"] = ["cite"]
        table["q"] = ["cite"]
        table["del"] = ["cite", "datetime"]
        table["ins"] = ["cite", "datetime"]
        table["time"] = ["datetime"]
        table["abbr"] = []
        table["ol"] = ["start", "reversed", "type"]
        table["td"] = ["colspan", "rowspan"]
        table["th"] = ["colspan", "rowspan", "scope"]
        table["col"] = ["span"]
        table["source"] = ["src", "srcset", "sizes", "type", "media"]
        table["video"] = ["src", "poster", "controls", "width", "height"]
        table["audio"] = ["src", "controls"]
        return table
    }()

    /// Attributes any kept element may carry.
    static let globalAttributes: Set<String> = ["title", "lang", "dir"]

    /// Attributes whose value is one URL.
    static let urlAttributes: Set<String> = ["href", "src", "poster", "cite"]

    /// True for the attributes of `urlAttributes`, compared without hashing.
    static func isURLAttribute(_ name: String) -> Bool {
        name == "src" || name == "href" || name == "cite" || name == "poster"
    }

    /// Attributes whose value is a list of image candidates.
    static let srcsetAttributes: Set<String> = ["srcset"]

    /// Attributes that lazy-loading scripts read the real image URL from (the first present one wins).
    static let lazySourceAttributes = ["data-src", "data-original", "data-lazy-src", "data-echo"]

    /// Attributes that lazy-loading scripts read the real candidate list from.
    static let lazySrcsetAttributes = ["data-srcset", "data-lazy-srcset"]

    /// The attributes `element` may keep.
    static func allows(attribute: String, on element: String) -> Bool {
        globalAttributes.contains(attribute) || elements[element]?.contains(attribute) == true
    }
}
