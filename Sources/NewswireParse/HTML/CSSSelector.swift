/// A parsed `[source.html]` selector: CSS selectors or an XPath expression, plus an optional attribute to take.
public struct CSSSelectorList: Sendable, Equatable {
    /// What selects the elements.
    public enum Query: Sendable, Equatable {
        /// A comma-separated list of CSS selectors; an element matching any of them is selected.
        case css([CSSComplexSelector])
        /// An XPath expression (written after `xpath:`), already checked to compile.
        case xpath(String)
    }

    /// What selects the elements.
    public var query: Query
    /// From a trailing ` @attr` (lower-cased): take this attribute's value instead of the element's text.
    public var attribute: String?

    /// A selector list from its parts.
    public init(query: Query, attribute: String? = nil) {
        self.query = query
        self.attribute = attribute
    }
}

/// Compound selectors joined by combinators, such as `ul.list > li a`.
public struct CSSComplexSelector: Sendable, Equatable {
    /// A compound selector and how it relates to the one before it.
    public struct Link: Sendable, Equatable {
        /// How `compound` relates to the compound selector before it.
        public var combinator: CSSCombinator
        /// The conditions on this element.
        public var compound: CSSCompoundSelector

        /// A link from its parts.
        public init(_ combinator: CSSCombinator, _ compound: CSSCompoundSelector) {
            self.combinator = combinator
            self.compound = compound
        }
    }

    /// The leftmost compound selector.
    public var first: CSSCompoundSelector
    /// The following compound selectors, left to right; the last one names the selected element.
    public var rest: [Link]

    /// A complex selector from its parts.
    public init(_ first: CSSCompoundSelector, _ rest: [Link] = []) {
        self.first = first
        self.rest = rest
    }
}

/// How two compound selectors relate.
public enum CSSCombinator: String, Sendable, Equatable {
    /// `a b`: b inside a at any depth.
    case descendant = " "
    /// `a > b`: b a child of a.
    case child = ">"
    /// `a + b`: b right after its sibling a.
    case nextSibling = "+"
    /// `a ~ b`: b after its sibling a.
    case subsequentSibling = "~"
}

/// Conditions on one element: an optional type name plus simple selectors, such as `li.item[data-id]`.
public struct CSSCompoundSelector: Sendable, Equatable {
    /// Lower-cased element name; nil for `*` or when only other conditions are given.
    public var typeName: String?
    /// The other conditions, in written order.
    public var conditions: [CSSSimpleSelector]

    /// A compound selector from its parts.
    public init(typeName: String? = nil, _ conditions: [CSSSimpleSelector] = []) {
        self.typeName = typeName
        self.conditions = conditions
    }
}

/// One condition on an element.
public enum CSSSimpleSelector: Sendable, Equatable {
    /// `#name`.
    case id(String)
    /// `.name`.
    case className(String)
    /// `[name]`, `[name=value]` and the other attribute operators.
    case attribute(CSSAttributeSelector)
    /// `:first-child`.
    case firstChild
    /// `:last-child`.
    case lastChild
    /// `:nth-child(an+b)`, `odd`, `even`.
    case nthChild(CSSNthExpression)
    /// `:not(list)`: matches when no selector of the list does.
    case not([CSSComplexSelector])
}

/// An attribute condition such as `[href^="https:"]`.
public struct CSSAttributeSelector: Sendable, Equatable {
    /// The comparison an attribute selector makes.
    public enum Operation: String, Sendable, Equatable {
        /// `[a]`: present.
        case exists = ""
        /// `[a=v]`.
        case equals = "="
        /// `[a~=v]`: one of its space-separated words.
        case includesWord = "~="
        /// `[a|=v]`: exactly v or starts with `v-`.
        case dashMatch = "|="
        /// `[a^=v]`.
        case prefix = "^="
        /// `[a$=v]`.
        case suffix = "$="
        /// `[a*=v]`.
        case substring = "*="
    }

    /// Lower-cased attribute name.
    public var name: String
    /// How the attribute is compared with `value`.
    public var operation: Operation
    /// The compared value; empty for `.exists`.
    public var value: String

    /// An attribute condition from its parts.
    public init(name: String, _ operation: Operation = .exists, _ value: String = "") {
        self.name = name
        self.operation = operation
        self.value = value
    }
}

/// The `an+b` of `:nth-child`: positions a·n+b for n = 0, 1, 2…
public struct CSSNthExpression: Sendable, Equatable {
    /// The step between selected positions (0: only position `b`).
    public var a: Int
    /// The first selected position.
    public var b: Int

    /// An expression from its step and offset.
    public init(a: Int, b: Int) {
        self.a = a
        self.b = b
    }

    /// Whether the 1-based `position` among its siblings is selected.
    public func matches(position: Int) -> Bool {
        guard a != 0 else { return position == b }
        let distance = position - b
        return distance % a == 0 && distance / a >= 0
    }
}
