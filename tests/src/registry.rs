//! Compares the status table with the IANA "HTTP Status Code Registry" in its CSV form
//! (`https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv`) or its XML
//! form (`http-status-codes.xml`, read by [`check_xml`]).
//!
//! The file has a header `Value,Description,Reference` and one row per code or per range of
//! unassigned codes. Descriptions carry the registry's state notes ("(Unused)",
//! "(OBSOLETED)", "(TEMPORARY - ...)"); references start with a bracketed document such as
//! `[RFC9110, Section 15.5.14]`.
//!
//! ```
//! let csv = "Value,Description,Reference\n\
//!            413,Payload Too Large,\"[RFC9110, Section 15.5.14]\"\n";
//! let report = status_tests::registry::check(csv).unwrap();
//! assert!(report.disagreements.iter().any(|d| d.to_string()
//!     == r#"413: reason: registry says "Payload Too Large", table says "Content Too Large""#));
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

use status_core::{entries, lookup, Date, Document, State, CODE_RANGE, REGISTRY_DATE};

const HEADER: [&str; 3] = ["Value", "Description", "Reference"];

mod xml;

/// Compares the registry CSV in `csv` with the table.
///
/// Fails only if the text is not a registry CSV; differences from the table are listed in
/// the report.
pub fn check(csv: &str) -> Result<Report, MalformedRegistry> {
    compare_rows(parse_rows(csv)?)
}

/// Compares the registry's XML form in `xml` with the table, as [`check`] does the CSV.
///
/// ```
/// let xml = r#"<registry id="http-status-codes"><registry id="http-status-codes-1">
///   <record><value>413</value><description>Payload Too Large</description>
///   <xref type="rfc" data="rfc9110"/>, Section 15.5.14</record></registry></registry>"#;
/// let report = status_tests::registry::check_xml(xml).unwrap();
/// assert!(report.disagreements.iter().any(|d| d.to_string()
///     == r#"413: reason: registry says "Payload Too Large", table says "Content Too Large""#));
/// ```
pub fn check_xml(xml: &str) -> Result<Report, MalformedRegistry> {
    compare_rows(rows_of(xml::records(xml)?)?)
}

/// Either form, told apart by the first character that is not white space: XML starts with `<`.
pub fn check_either(text: &str) -> Result<Report, MalformedRegistry> {
    let start = text.trim_start_matches(|c: char| c == '\u{feff}' || c.is_whitespace());
    if start.starts_with('<') {
        check_xml(text)
    } else {
        check(text)
    }
}

fn compare_rows(rows: Vec<Row>) -> Result<Report, MalformedRegistry> {
    let mut disagreements = Vec::new();
    let mut listed = BTreeSet::new();
    let mut unassigned = Vec::new();
    for row in &rows {
        match row {
            Row::Code(listing) => {
                listed.insert(listing.code);
                compare(listing, &mut disagreements);
            }
            Row::Unassigned(range) => unassigned.push(range),
        }
    }
    let unlisted = entries()
        .iter()
        .filter(|entry| entry.is_registered() && !listed.contains(&entry.code()));
    for entry in unlisted {
        let code = entry.code();
        disagreements.push(
            match unassigned.iter().find(|range| range.contains(&code)) {
                Some(&range) => Disagreement::RegisteredInUnassignedRange {
                    code,
                    range: range.clone(),
                },
                None => Disagreement::MissingFromRegistry { code },
            },
        );
    }
    disagreements.sort_by_key(Disagreement::code);
    Ok(Report {
        rows: rows.len(),
        codes_checked: listed.len(),
        disagreements,
    })
}

/// What a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Rows read, not counting the header.
    pub rows: usize,
    /// Codes the registry lists one to a row, each compared with its table entry.
    pub codes_checked: usize,
    /// Every difference between the registry and the table, in code order.
    pub disagreements: Vec<Disagreement>,
}

/// `75 rows, 64 codes checked against the table (registry date in table: 2025-09-15): no
/// disagreements`.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} rows, {} codes checked against the table (registry date in table: {REGISTRY_DATE}): ",
            self.rows, self.codes_checked,
        )?;
        match self.disagreements.len() {
            0 => f.write_str("no disagreements"),
            1 => f.write_str("1 disagreement"),
            count => write!(f, "{count} disagreements"),
        }
    }
}

/// One difference between the registry and the table. `Display` writes it as
/// `413: reason: registry says "Content Too Large", table says "Payload Too Large"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disagreement {
    /// The registry lists a code the table has no entry for.
    MissingFromTable {
        /// The code.
        code: u16,
    },
    /// The registry lists a code the table marks as non-standard.
    NonStandardInTable {
        /// The code.
        code: u16,
        /// Who the table says sends it.
        used_by: &'static str,
    },
    /// The reason phrases differ.
    Reason {
        /// The code.
        code: u16,
        /// The registry's phrase, without its state note.
        registry: String,
        /// The table's phrase.
        table: &'static str,
    },
    /// The registry's state note does not fit the table's state.
    State {
        /// The code.
        code: u16,
        /// The state the registry's note stands for.
        registry: String,
        /// The table's state.
        table: State,
    },
    /// The defining documents differ.
    Document {
        /// The code.
        code: u16,
        /// The registry's document.
        registry: String,
        /// The table's document.
        table: Document,
    },
    /// Same document, but the registry names a section the table does not have.
    Section {
        /// The code.
        code: u16,
        /// The registry's section number.
        registry: String,
        /// The table's section, if it gives one.
        table: Option<&'static str>,
    },
    /// A registered table entry the registry does not list.
    MissingFromRegistry {
        /// The code.
        code: u16,
    },
    /// A registered table entry whose code the registry lists as unassigned.
    RegisteredInUnassignedRange {
        /// The code.
        code: u16,
        /// The registry's unassigned range that holds it.
        range: RangeInclusive<u16>,
    },
}

impl Disagreement {
    /// The code the disagreement is about.
    pub fn code(&self) -> u16 {
        match *self {
            Disagreement::MissingFromTable { code }
            | Disagreement::NonStandardInTable { code, .. }
            | Disagreement::Reason { code, .. }
            | Disagreement::State { code, .. }
            | Disagreement::Document { code, .. }
            | Disagreement::Section { code, .. }
            | Disagreement::MissingFromRegistry { code }
            | Disagreement::RegisteredInUnassignedRange { code, .. } => code,
        }
    }
}

impl fmt::Display for Disagreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.code())?;
        match self {
            Disagreement::MissingFromTable { .. } => {
                f.write_str("in the registry but not in the table")
            }
            Disagreement::NonStandardInTable { used_by, .. } => write!(
                f,
                "in the registry, but the table marks it non-standard (used by {used_by})"
            ),
            Disagreement::Reason {
                registry, table, ..
            } => write!(
                f,
                "reason: registry says {registry:?}, table says {table:?}"
            ),
            Disagreement::State {
                registry, table, ..
            } => write!(
                f,
                "state: registry says {registry}, table says {}",
                describe_state(*table)
            ),
            Disagreement::Document {
                registry, table, ..
            } => write!(f, "document: registry says {registry}, table says {table}"),
            Disagreement::Section {
                registry, table, ..
            } => match table {
                Some(table) => write!(f, "section: registry says {registry}, table says {table}"),
                None => write!(f, "section: registry says {registry}, table gives none"),
            },
            Disagreement::MissingFromRegistry { .. } => {
                f.write_str("in the table but not in the registry")
            }
            Disagreement::RegisteredInUnassignedRange { range, .. } => write!(
                f,
                "registered in the table, but the registry lists {}-{} as unassigned",
                range.start(),
                range.end()
            ),
        }
    }
}

/// The text is not the registry in its CSV or XML form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MalformedRegistry {
    /// The line (from 1) where the bad record starts.
    pub line: usize,
    /// What is wrong with it.
    pub problem: String,
}

impl fmt::Display for MalformedRegistry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

impl Error for MalformedRegistry {}

/// One data row of the registry.
enum Row {
    Code(Listing),
    Unassigned(RangeInclusive<u16>),
}

impl Row {
    fn codes(&self) -> RangeInclusive<u16> {
        match self {
            Row::Code(listing) => listing.code..=listing.code,
            Row::Unassigned(range) => range.clone(),
        }
    }
}

/// A row for a single code that the registry gives a meaning to.
struct Listing {
    code: u16,
    reason: String,
    note: Note,
    reference: RegistryReference,
}

/// The state note in a registry description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Note {
    /// No note. The registry has no mark for deprecated or discouraged codes (only the RFCs
    /// say so), so a plain row fits those states too.
    Plain,
    Unused,
    Obsoleted,
    Temporary {
        registered: Date,
        expires: Date,
    },
}

impl Note {
    fn fits(self, state: State) -> bool {
        match (self, state) {
            (Note::Plain, State::Assigned | State::Deprecated | State::Discouraged { .. }) => true,
            (Note::Unused, State::Unused) => true,
            (Note::Obsoleted, State::Obsoleted { .. }) => true,
            (
                Note::Temporary {
                    registered,
                    expires,
                },
                State::Temporary {
                    registered: table_registered,
                    expires: table_expires,
                },
            ) => registered == table_registered && expires == table_expires,
            _ => false,
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Note::Plain => f.write_str("assigned"),
            Note::Unused => f.write_str("unused"),
            Note::Obsoleted => f.write_str("obsoleted"),
            Note::Temporary {
                registered,
                expires,
            } => f.write_str(&describe_temporary(registered, expires)),
        }
    }
}

fn describe_state(state: State) -> String {
    match state {
        State::Temporary {
            registered,
            expires,
        } => describe_temporary(registered, expires),
        other => other.label().to_owned(),
    }
}

fn describe_temporary(registered: Date, expires: Date) -> String {
    format!("temporary (registered {registered}, expires {expires})")
}

/// The first bracketed reference of a row.
struct RegistryReference {
    document: RegistryDocument,
    section: Option<String>,
}

enum RegistryDocument {
    Rfc(u16),
    InternetDraft(String),
}

impl RegistryDocument {
    fn matches(&self, table: Document) -> bool {
        match (self, table) {
            (RegistryDocument::Rfc(number), Document::Rfc(table_number)) => *number == table_number,
            (RegistryDocument::InternetDraft(name), Document::InternetDraft(table_name)) => {
                name == table_name
            }
            _ => false,
        }
    }
}

/// Written the way `status_core::Document` writes itself, so messages compare like with like.
impl fmt::Display for RegistryDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegistryDocument::Rfc(number) => write!(f, "RFC {number}"),
            RegistryDocument::InternetDraft(name) => f.write_str(name),
        }
    }
}

/// Adds to `disagreements` every way the table's entry differs from a registry listing.
fn compare(listing: &Listing, disagreements: &mut Vec<Disagreement>) {
    let code = listing.code;
    let Some(entry) = lookup(code) else {
        disagreements.push(Disagreement::MissingFromTable { code });
        return;
    };
    if let State::NonStandard { used_by } = entry.state() {
        disagreements.push(Disagreement::NonStandardInTable { code, used_by });
        return;
    }
    if entry.reason() != listing.reason {
        disagreements.push(Disagreement::Reason {
            code,
            registry: listing.reason.clone(),
            table: entry.reason(),
        });
    }
    if !listing.note.fits(entry.state()) {
        disagreements.push(Disagreement::State {
            code,
            registry: listing.note.to_string(),
            table: entry.state(),
        });
    }
    let reference = entry.reference();
    if !listing.reference.document.matches(reference.document) {
        disagreements.push(Disagreement::Document {
            code,
            registry: listing.reference.document.to_string(),
            table: reference.document,
        });
    } else if let Some(section) = &listing.reference.section {
        // Where the registry names no section, the table is free to add one.
        if reference.section != Some(section.as_str()) {
            disagreements.push(Disagreement::Section {
                code,
                registry: section.clone(),
                table: reference.section,
            });
        }
    }
}

fn parse_rows(csv: &str) -> Result<Vec<Row>, MalformedRegistry> {
    let mut reader = Reader::new(csv.strip_prefix('\u{feff}').unwrap_or(csv));
    let expected_header = HEADER.join(",");
    let header = reader.record()?.ok_or_else(|| MalformedRegistry {
        line: 1,
        problem: format!("the file is empty; expected the header {expected_header}"),
    })?;
    if header.fields != HEADER {
        return Err(MalformedRegistry {
            line: header.line,
            problem: format!(
                "expected the header {expected_header}, found {}",
                header.fields.join(",")
            ),
        });
    }
    let mut records = Vec::new();
    while let Some(record) = reader.record()? {
        records.push(record);
    }
    rows_of(records)
}

/// The rows of `records`, each `[value, description, reference]`; a code listed twice is an
/// error.
fn rows_of(records: Vec<Record>) -> Result<Vec<Row>, MalformedRegistry> {
    let mut rows = Vec::new();
    let mut line_of_code = BTreeMap::new();
    for record in records {
        let malformed = |problem| MalformedRegistry {
            line: record.line,
            problem,
        };
        let row = parse_row(&record.fields).map_err(malformed)?;
        for code in row.codes() {
            if let Some(first) = line_of_code.insert(code, record.line) {
                return Err(malformed(format!(
                    "{code} is already listed on line {first}"
                )));
            }
        }
        rows.push(row);
    }
    Ok(rows)
}

fn parse_row(fields: &[String]) -> Result<Row, String> {
    let [value, description, reference] = fields else {
        return Err(format!("expected 3 fields, found {}", fields.len()));
    };
    let codes = parse_codes(value)?;
    if description == "Unassigned" {
        return Ok(Row::Unassigned(codes));
    }
    if codes.start() != codes.end() {
        return Err(format!(
            "the range {value} is described as {description:?}; only Unassigned rows may span codes"
        ));
    }
    let (reason, note) = parse_description(description)?;
    Ok(Row::Code(Listing {
        code: *codes.start(),
        reason,
        note,
        reference: parse_reference(reference)?,
    }))
}

/// `404` or `105-199`.
fn parse_codes(value: &str) -> Result<RangeInclusive<u16>, String> {
    let (first, last) = value.split_once('-').unwrap_or((value, value));
    let code = |text: &str| {
        digits_of_width(text, 3)
            .filter(|code| CODE_RANGE.contains(code))
            .ok_or_else(|| format!("{text:?} is not a status code from 100 to 599"))
    };
    let (first, last) = (code(first)?, code(last)?);
    if first > last {
        return Err(format!("the range {value} runs backwards"));
    }
    Ok(first..=last)
}

/// Splits the registry's state note off the reason phrase.
fn parse_description(description: &str) -> Result<(String, Note), String> {
    if description == "(Unused)" {
        return Ok((description.to_owned(), Note::Unused));
    }
    if let Some(reason) = description.strip_suffix(" (OBSOLETED)") {
        return Ok((reason.to_owned(), Note::Obsoleted));
    }
    if let Some((reason, terms)) = description.split_once(" (TEMPORARY - ") {
        let terms = terms
            .strip_suffix(')')
            .ok_or_else(|| format!("the TEMPORARY note in {description:?} is not closed"))?;
        return Ok((reason.to_owned(), parse_temporary(terms)?));
    }
    Ok((description.to_owned(), Note::Plain))
}

/// `registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13`.
fn parse_temporary(terms: &str) -> Result<Note, String> {
    let (mut registered, mut expires) = (None, None);
    // Other terms, such as the date of an extension, have no place in the table.
    for term in terms.split(", ") {
        if let Some(date) = term.strip_prefix("registered ") {
            registered = Some(parse_date(date)?);
        } else if let Some(date) = term.strip_prefix("expires ") {
            expires = Some(parse_date(date)?);
        }
    }
    match (registered, expires) {
        (Some(registered), Some(expires)) => Ok(Note::Temporary {
            registered,
            expires,
        }),
        _ => Err(format!(
            "the TEMPORARY note {terms:?} lacks a registered or an expires date"
        )),
    }
}

/// `2026-11-13`.
fn parse_date(text: &str) -> Result<Date, String> {
    let parts: Vec<&str> = text.split('-').collect();
    let date = match parts[..] {
        [year, month, day] => digits_of_width(year, 4)
            .zip(digits_of_width(month, 2))
            .zip(digits_of_width(day, 2))
            .map(|((year, month), day)| Date { year, month, day }),
        _ => None,
    };
    date.filter(|date| (1..=12).contains(&date.month) && (1..=31).contains(&date.day))
        .ok_or_else(|| format!("{text:?} is not a date in the form YYYY-MM-DD"))
}

/// `[RFC9110, Section 15.5.14]`, `[RFC2518]`, `[draft-ietf-httpbis-resumable-upload-05]`;
/// anything after the first bracket group is ignored.
fn parse_reference(text: &str) -> Result<RegistryReference, String> {
    let group = text
        .strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .map(|(group, _)| group)
        .ok_or_else(|| {
            format!("the reference {text:?} does not start with a [bracketed] document")
        })?;
    let (document, section) = match group.split_once(", ") {
        Some((document, place)) => {
            // "Appendix B" and the like stay whole, as the table writes them.
            let section = place.strip_prefix("Section ").unwrap_or(place);
            (document, Some(section.to_owned()))
        }
        None => (group, None),
    };
    let document = if let Some(number) = document.strip_prefix("RFC") {
        digits(number)
            .map(RegistryDocument::Rfc)
            .ok_or_else(|| format!("{document:?} is not an RFC number"))?
    } else if document.starts_with("draft-") {
        RegistryDocument::InternetDraft(document.to_owned())
    } else {
        return Err(format!(
            "unrecognised document {document:?} in the reference"
        ));
    };
    Ok(RegistryReference { document, section })
}

/// `text` as a number if it is nothing but ASCII digits (`str::parse` would also take a sign).
fn digits<T: FromStr>(text: &str) -> Option<T> {
    if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn digits_of_width<T: FromStr>(text: &str, width: usize) -> Option<T> {
    digits(text).filter(|_| text.len() == width)
}

/// One CSV record, or an XML `<record>`, and the line it starts on.
struct Record {
    line: usize,
    fields: Vec<String>,
}

/// Where a field stopped.
enum FieldEnd {
    Comma,
    RecordEnd,
}

/// Reads RFC 4180 records: comma-separated fields, CRLF or LF line ends, double quotes around
/// fields that hold commas, quotes or line breaks, and `""` for a quote inside them.
struct Reader<'a> {
    rest: &'a str,
    line: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        Reader {
            rest: text,
            line: 1,
        }
    }

    /// The next record, passing over blank lines; `None` at the end of the text.
    fn record(&mut self) -> Result<Option<Record>, MalformedRegistry> {
        while !self.rest.is_empty() {
            let line = self.line;
            let mut fields = Vec::new();
            loop {
                let (field, end) = self.field()?;
                fields.push(field);
                if let FieldEnd::RecordEnd = end {
                    break;
                }
            }
            let blank = matches!(&fields[..], [only] if only.is_empty());
            if !blank {
                return Ok(Some(Record { line, fields }));
            }
        }
        Ok(None)
    }

    fn field(&mut self) -> Result<(String, FieldEnd), MalformedRegistry> {
        if let Some(rest) = self.rest.strip_prefix('"') {
            self.rest = rest;
            return self.quoted_field();
        }
        // An unquoted field runs to the next comma or line end and may not hold a quote.
        let length = self.rest.find([',', '\n']).unwrap_or(self.rest.len());
        let (field, rest) = self.rest.split_at(length);
        if field.contains('"') {
            return Err(MalformedRegistry {
                line: self.line,
                problem: format!("a quote inside the unquoted field {field:?}"),
            });
        }
        let (field, end, rest) = if let Some(rest) = rest.strip_prefix(',') {
            (field, FieldEnd::Comma, rest)
        } else if let Some(rest) = rest.strip_prefix('\n') {
            self.line += 1;
            (
                field.strip_suffix('\r').unwrap_or(field),
                FieldEnd::RecordEnd,
                rest,
            )
        } else {
            (field, FieldEnd::RecordEnd, rest)
        };
        self.rest = rest;
        Ok((field.to_owned(), end))
    }

    /// The rest of a field whose opening quote has been read.
    fn quoted_field(&mut self) -> Result<(String, FieldEnd), MalformedRegistry> {
        let opening_line = self.line;
        let mut text = String::new();
        loop {
            match self.next_char() {
                None => {
                    return Err(MalformedRegistry {
                        line: opening_line,
                        problem: "a quoted field is never closed".to_owned(),
                    })
                }
                Some('"') => match self.rest.strip_prefix('"') {
                    Some(rest) => {
                        self.rest = rest;
                        text.push('"');
                    }
                    None => break,
                },
                Some(other) => text.push(other),
            }
        }
        match self.field_end() {
            Some(end) => Ok((text, end)),
            None => Err(MalformedRegistry {
                line: self.line,
                problem: format!("unexpected text after the closing quote of {text:?}"),
            }),
        }
    }

    /// Consumes a comma, a line end or the end of the text, if one comes next.
    fn field_end(&mut self) -> Option<FieldEnd> {
        if self.rest.is_empty() {
            return Some(FieldEnd::RecordEnd);
        }
        if let Some(rest) = self.rest.strip_prefix(',') {
            self.rest = rest;
            return Some(FieldEnd::Comma);
        }
        let after_line_end = self
            .rest
            .strip_prefix("\r\n")
            .or_else(|| self.rest.strip_prefix('\n'))?;
        self.rest = after_line_end;
        self.line += 1;
        Some(FieldEnd::RecordEnd)
    }

    fn next_char(&mut self) -> Option<char> {
        let next = self.rest.chars().next()?;
        self.rest = &self.rest[next.len_utf8()..];
        if next == '\n' {
            self.line += 1;
        }
        Some(next)
    }
}
