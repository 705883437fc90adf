//! What the plain HTML reading needs to know of tags: the names it treats specially, which
//! are void or close themselves, whose content is skipped, and which start a block.

/// Tag names the extraction treats specially (and so must recognise in any case).
pub(super) const KNOWN: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "meta",
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "tr",
    "th",
    "dt",
    "dd",
    "option",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "template",
    "svg",
    "head",
    "blockquote",
    "section",
    "article",
    "figure",
    "figcaption",
    "table",
    "pre",
    "hr",
    "img",
    "input",
    "link",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "source",
    "track",
    "wbr",
    "tbody",
    "thead",
    "tfoot",
    "colgroup",
    "caption",
    "optgroup",
    "html",
    "body",
    "main",
];

pub(super) fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements whose end tag may be omitted: a parser closes them when a sibling opens.
pub(super) fn closes_itself(name: &str) -> bool {
    matches!(
        name,
        "p" | "li"
            | "dt"
            | "dd"
            | "tr"
            | "td"
            | "th"
            | "option"
            | "optgroup"
            | "thead"
            | "tbody"
            | "tfoot"
            | "colgroup"
            | "caption"
            | "html"
            | "head"
            | "body"
    )
}

pub(super) fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "nav"
            | "header"
            | "footer"
            | "aside"
            | "form"
            | "noscript"
            | "template"
            | "svg"
            | "head"
            | "script"
            | "style"
            | "textarea"
    )
}

pub(super) fn is_block(name: &str) -> bool {
    is_paragraph(name)
        || matches!(
            name,
            "div"
                | "li"
                | "ul"
                | "ol"
                | "td"
                | "tr"
                | "th"
                | "dt"
                | "dd"
                | "section"
                | "article"
                | "main"
                | "figure"
                | "figcaption"
                | "table"
                | "hr"
        )
}

pub(super) fn is_paragraph(name: &str) -> bool {
    matches!(
        name,
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre"
    )
}
