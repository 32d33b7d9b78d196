//! The element tree of an XML document, each element with the line of its start tag and whether
//! it is a standard EPCIS field; nesting and entities are bounded while it is built.

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use serde_json::Value;

use crate::error::FileProblem;
use crate::import::line_of;

/// The deepest element nesting accepted in XML (EPCIS nests about eight deep).
pub const MAX_XML_DEPTH: usize = 64;

/// An element, with its text and children, at the line of its start tag.
#[derive(Debug)]
pub(super) struct Node {
    pub(super) name: String,
    /// The name as written, with its prefix (`hosp:recallNotice`).
    pub(super) qname: String,
    /// In no namespace or in EPCIS's own: a standard field, not an extension.
    pub(super) standard: bool,
    pub(super) attrs: Vec<(String, String)>,
    pub(super) text: String,
    pub(super) children: Vec<Node>,
    pub(super) line: usize,
}

impl Node {
    pub(super) fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    pub(super) fn trimmed(&self) -> &str {
        self.text.trim()
    }

    /// An extension element as JSON: its text, or an object of its children by their prefixed
    /// names. The recursion is bounded by [`MAX_XML_DEPTH`], which the tree builder enforced.
    pub(super) fn to_value(&self) -> Value {
        if self.children.is_empty() {
            Value::String(self.trimmed().to_string())
        } else {
            Value::Object(
                self.children
                    .iter()
                    .map(|c| (c.qname.clone(), c.to_value()))
                    .collect(),
            )
        }
    }

    /// Descendants named `name`, in document order, without recursion.
    pub(super) fn find_all<'a>(&'a self, name: &str) -> Vec<&'a Node> {
        let mut out = Vec::new();
        let mut stack: Vec<&Node> = self.children.iter().rev().collect();
        while let Some(n) = stack.pop() {
            if n.name == name {
                out.push(n);
            }
            stack.extend(n.children.iter().rev());
        }
        out
    }
}

/// A problem that stops the reading: the document is refused at `line`.
pub(super) fn xml_problem(line: usize, message: impl Into<String>) -> Vec<FileProblem> {
    vec![FileProblem {
        line,
        field: None,
        message: message.into(),
    }]
}

/// Builds the element tree, each element with the line of its start tag, refusing nesting
/// deeper than [`MAX_XML_DEPTH`] and any entity but XML's five.
pub(super) fn xml_tree(text: &str) -> Result<Node, Vec<FileProblem>> {
    let mut reader = quick_xml::NsReader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut tree = Tree::new(text.as_bytes());
    loop {
        let (standard, ev) = match reader.read_resolved_event() {
            Ok((ns, ev)) => (is_standard(&ns), ev),
            Err(e) => {
                let at = reader.error_position() as usize;
                return Err(xml_problem(
                    line_of(tree.bytes, at),
                    format!("not well-formed XML: {e}"),
                ));
            }
        };
        let pos = (reader.buffer_position() as usize).min(tree.bytes.len());
        match ev {
            Event::Start(e) => {
                let l = tree.line_of_tag(pos);
                if tree.stack.len() > MAX_XML_DEPTH {
                    return Err(xml_problem(
                        l,
                        format!("the document nests deeper than {MAX_XML_DEPTH} elements"),
                    ));
                }
                tree.stack.push(open_node(&e, l, standard)?);
            }
            Event::Empty(e) => {
                let l = tree.line_of_tag(pos);
                let n = open_node(&e, l, standard)?;
                tree.add_child(n);
            }
            Event::End(_) => {
                let l = tree.line_of_tag(pos);
                tree.close(l)?;
            }
            Event::Text(t) => {
                let s = t
                    .decode()
                    .map_err(|e| xml_problem(line_of(tree.bytes, pos), format!("bad text: {e}")))?;
                tree.add_text(&s);
            }
            Event::CData(t) => {
                let s = std::str::from_utf8(&t).map_err(|_| {
                    xml_problem(
                        line_of(tree.bytes, pos),
                        "a CDATA section that is not UTF-8",
                    )
                })?;
                tree.add_text(s);
            }
            Event::GeneralRef(r) => {
                // Counted only for a problem: a file of a million `&amp;` is read in one pass.
                let resolved = resolve_reference(&r, || line_of(tree.bytes, pos))?;
                tree.add_text(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    tree.finish()
}

/// Whether an element's namespace makes it a standard field: none, or EPCIS's own.
fn is_standard(ns: &ResolveResult<'_>) -> bool {
    match ns {
        ResolveResult::Unbound => true,
        ResolveResult::Bound(n) => n.as_ref().starts_with(b"urn:epcglobal:epcis"),
        ResolveResult::Unknown(_) => false,
    }
}

/// The tree being built: the open elements (the document's root node at the bottom) and how
/// far lines have been counted.
struct Tree<'a> {
    bytes: &'a [u8],
    stack: Vec<Node>,
    /// Lines are counted incrementally, so a large file is scanned once.
    counted_to: usize,
    line: usize,
}

impl<'a> Tree<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Tree {
            bytes,
            stack: vec![Node {
                name: String::new(),
                qname: String::new(),
                standard: true,
                attrs: vec![],
                text: String::new(),
                children: vec![],
                line: 1,
            }],
            counted_to: 0,
            line: 1,
        }
    }

    /// The line of the tag that ends at `pos`, counting lines from where the last count
    /// stopped.
    fn line_of_tag(&mut self, pos: usize) -> usize {
        // The start of the tag just read: its '<' (never inside an attribute value).
        let start = self.bytes[..pos]
            .iter()
            .rposition(|b| *b == b'<')
            .unwrap_or(0);
        if start >= self.counted_to {
            self.line += self.bytes[self.counted_to..start]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            self.counted_to = start;
        }
        self.line
    }

    /// Adds a finished element to the open one.
    fn add_child(&mut self, n: Node) {
        if let Some(top) = self.stack.last_mut() {
            top.children.push(n);
        }
    }

    /// Adds text to the open element.
    fn add_text(&mut self, s: &str) {
        if let Some(top) = self.stack.last_mut() {
            top.text.push_str(s);
        }
    }

    /// Closes the open element (its end tag is on `line`).
    fn close(&mut self, line: usize) -> Result<(), Vec<FileProblem>> {
        let n = self
            .stack
            .pop()
            .ok_or_else(|| xml_problem(line, "unbalanced end tag"))?;
        match self.stack.last_mut() {
            Some(top) => top.children.push(n),
            None => return Err(xml_problem(line, "unbalanced end tag")),
        }
        Ok(())
    }

    /// The root node, refusing a document that ends inside an element.
    fn finish(mut self) -> Result<Node, Vec<FileProblem>> {
        if self.stack.len() != 1 {
            return Err(xml_problem(
                line_of(self.bytes, self.bytes.len()),
                format!(
                    "the document ends inside <{}>",
                    self.stack.last().map_or("", |n| n.name.as_str())
                ),
            ));
        }
        self.stack
            .pop()
            .ok_or_else(|| xml_problem(1, "the document is empty"))
    }
}

/// An element as its start tag gives it, on `line`, with its attributes unescaped.
fn open_node(
    e: &quick_xml::events::BytesStart<'_>,
    line: usize,
    standard: bool,
) -> Result<Node, Vec<FileProblem>> {
    let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| xml_problem(line, format!("bad attribute: {err}")))?;
        let value = a
            .unescape_value()
            .map_err(|err| xml_problem(line, format!("bad attribute value: {err}")))?;
        attrs.push((
            String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned(),
            value.into_owned(),
        ));
    }
    Ok(Node {
        name,
        qname: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
        standard,
        attrs,
        text: String::new(),
        children: vec![],
        line,
    })
}

/// The text of a character reference or one of XML's five entities; any other entity is
/// refused (no entity expansion, however the file declares it). `at` gives the line, computed
/// only for a problem.
fn resolve_reference(
    r: &quick_xml::events::BytesRef<'_>,
    at: impl Fn() -> usize,
) -> Result<String, Vec<FileProblem>> {
    let resolved = match r
        .resolve_char_ref()
        .map_err(|e| xml_problem(at(), format!("bad character reference: {e}")))?
    {
        Some(c) => c.to_string(),
        None => match r
            .decode()
            .map_err(|e| xml_problem(at(), format!("bad reference: {e}")))?
            .as_ref()
        {
            "amp" => "&".into(),
            "lt" => "<".into(),
            "gt" => ">".into(),
            "quot" => "\"".into(),
            "apos" => "'".into(),
            other => return Err(xml_problem(at(), format!("unknown entity &{other};"))),
        },
    };
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_element_has_the_line_of_its_start_tag() {
        let root = xml_tree("<a>\n  <b>x</b>\n\n  <c\n     k=\"v\"/>\n</a>").expect("well-formed");
        let a = &root.children[0];
        assert_eq!(a.line, 1, "the root element");
        assert_eq!(
            (a.children[0].line, a.children[1].line),
            (2, 4),
            "a tag spread over lines is on the line of its '<'"
        );
        assert_eq!(
            a.children[1].attrs,
            vec![("k".to_string(), "v".to_string())],
            "attributes are kept by their local names"
        );
    }

    #[test]
    fn only_xmls_own_entities_are_expanded() {
        let root = xml_tree("<a>&lt;&#65;&amp;</a>").expect("XML's entities and references");
        assert_eq!(root.children[0].text, "<A&", "references become their text");
        let refused = xml_tree("<a>\n&lol;</a>").expect_err("an entity XML does not define");
        assert_eq!(
            (refused[0].line, refused[0].message.as_str()),
            (2, "unknown entity &lol;"),
            "a declared entity could expand a small file into a huge one, so none is read"
        );
    }

    #[test]
    fn a_document_must_close_what_it_opens() {
        let open = xml_tree("<a>\n<b>").expect_err("unclosed");
        assert!(
            open[0].message.contains("ends inside <b>"),
            "the element left open is named: {open:?}"
        );
        let deep = format!(
            "{}{}",
            "<a>".repeat(MAX_XML_DEPTH + 2),
            "</a>".repeat(MAX_XML_DEPTH + 2)
        );
        let refused = xml_tree(&deep).expect_err("too deep");
        assert!(
            refused[0].message.contains("nests deeper"),
            "nesting is bounded before it costs memory: {refused:?}"
        );
    }

    #[test]
    fn an_element_is_standard_in_no_namespace_or_in_epciss_own() {
        let root = xml_tree(
            "<e xmlns:x=\"https://example.org/x\" xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\"><a/><x:b/><epcis:c/></e>",
        )
        .expect("well-formed");
        let standard: Vec<bool> = root.children[0]
            .children
            .iter()
            .map(|c| c.standard)
            .collect();
        assert_eq!(
            standard,
            vec![true, false, true],
            "another organisation's element is an extension, never a misspelt field"
        );
    }
}
