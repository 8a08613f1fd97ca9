//! The registry check: synthetic CSV proves each kind of disagreement is caught, then the
//! table is checked against a real copy of the IANA registry CSV. The XML form is read into
//! the same rows: synthetic XML covers its shapes, and the real CSV written out as XML must give
//! the same report as the CSV itself.

use std::env;
use std::io::Write;
use std::path::{Path, PathBuf};

use status_core::State;
use status_tests::registry::{
    check, check_either, check_xml, Disagreement, MalformedRegistry, Report,
};

const HEADER: &str = "Value,Description,Reference\n";

/// Checks `rows` (CSV lines without the header); the text must be well-formed.
fn check_rows(rows: &str) -> Report {
    let csv = format!("{HEADER}{rows}");
    check(&csv).unwrap_or_else(|error| panic!("synthetic CSV rejected: {error}\n{csv}"))
}

/// The disagreements about `code`. Synthetic CSVs list only a few codes, so the rest of the
/// table shows up as missing from the registry; each test looks only at the codes it is
/// about.
fn about(report: &Report, code: u16) -> Vec<&Disagreement> {
    report
        .disagreements
        .iter()
        .filter(|disagreement| disagreement.code() == code)
        .collect()
}

fn assert_no_disagreement_about(report: &Report, code: u16) {
    let found = about(report, code);
    assert!(found.is_empty(), "{code}: {found:?}");
}

fn messages_about(report: &Report, code: u16) -> Vec<String> {
    about(report, code)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn malformed(csv: &str) -> MalformedRegistry {
    match check(csv) {
        Ok(report) => panic!("accepted malformed CSV ({report}):\n{csv}"),
        Err(error) => error,
    }
}

#[test]
fn names_a_wrong_reason() {
    let report = check_rows("413,Payload Too Large,\"[RFC9110, Section 15.5.14]\"\n");
    assert_eq!(
        messages_about(&report, 413),
        [r#"413: reason: registry says "Payload Too Large", table says "Content Too Large""#]
    );
}

#[test]
fn names_a_wrong_section() {
    let report = check_rows("404,Not Found,\"[RFC9110, Section 15.5.6]\"\n");
    assert_eq!(
        about(&report, 404),
        [&Disagreement::Section {
            code: 404,
            registry: "15.5.6".to_owned(),
            table: Some("15.5.5"),
        }]
    );
    assert_eq!(
        messages_about(&report, 404),
        ["404: section: registry says 15.5.6, table says 15.5.5"]
    );
}

#[test]
fn names_a_wrong_document() {
    let report = check_rows(
        "102,Processing,[RFC4918]\n\
         104,\"Upload Resumption Supported (TEMPORARY - registered 2024-11-13, expires 2026-11-13)\",\
         [draft-ietf-httpbis-resumable-upload-06]\n",
    );
    assert_eq!(
        messages_about(&report, 102),
        ["102: document: registry says RFC 4918, table says RFC 2518"]
    );
    assert_eq!(
        messages_about(&report, 104),
        [
            "104: document: registry says draft-ietf-httpbis-resumable-upload-06, \
             table says draft-ietf-httpbis-resumable-upload-05"
        ]
    );
}

#[test]
fn names_a_wrong_state() {
    let report = check_rows(
        "305,Use Proxy (OBSOLETED),\"[RFC9110, Section 15.4.6]\"\n\
         306,Switch Proxy,\"[RFC9110, Section 15.4.7]\"\n\
         510,Not Extended,[RFC2774]\n",
    );
    assert_eq!(
        messages_about(&report, 305),
        ["305: state: registry says obsoleted, table says deprecated"]
    );
    assert_eq!(
        messages_about(&report, 306),
        [
            r#"306: reason: registry says "Switch Proxy", table says "(Unused)""#,
            "306: state: registry says assigned, table says unused",
        ]
    );
    assert!(matches!(
        about(&report, 510)[..],
        [Disagreement::State {
            code: 510,
            table: State::Obsoleted { .. },
            ..
        }]
    ));
}

#[test]
fn names_wrong_temporary_dates() {
    let report = check_rows(
        "104,\"Upload Resumption Supported (TEMPORARY - registered 2024-11-13, expires 2027-01-31)\",\
         [draft-ietf-httpbis-resumable-upload-05]\n",
    );
    assert_eq!(
        messages_about(&report, 104),
        [
            "104: state: registry says temporary (registered 2024-11-13, expires 2027-01-31), \
             table says temporary (registered 2024-11-13, expires 2026-11-13)"
        ]
    );
}

#[test]
fn accepts_rows_written_as_the_registry_writes_them() {
    let report = check_rows(
        "100,Continue,\"[RFC9110, Section 15.2.1]\"\n\
         102,Processing,[RFC2518]\n\
         104,\"Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)\",\
         [draft-ietf-httpbis-resumable-upload-05]\n\
         305,Use Proxy,\"[RFC9110, Section 15.4.6]\"\n\
         306,(Unused),\"[RFC9110, Section 15.4.7]\"\n\
         418,(Unused),\"[RFC9110, Section 15.5.19]\"\n\
         510,Not Extended (OBSOLETED),[RFC2774][Status change of HTTP experiments to Historic]\n",
    );
    for code in [100, 102, 104, 305, 306, 418, 510] {
        assert_no_disagreement_about(&report, code);
    }
    assert_eq!((report.rows, report.codes_checked), (7, 7));
}

#[test]
fn names_a_table_code_missing_from_the_registry() {
    let report = check_rows("100,Continue,\"[RFC9110, Section 15.2.1]\"\n");
    assert_eq!(
        messages_about(&report, 404),
        ["404: in the table but not in the registry"]
    );
    // Non-standard codes are not expected in the registry.
    assert_no_disagreement_about(&report, 444);
}

#[test]
fn names_a_registry_code_missing_from_the_table() {
    let report = check_rows("299,Hypothetical,[RFC9999]\n");
    assert_eq!(
        messages_about(&report, 299),
        ["299: in the registry but not in the table"]
    );
}

#[test]
fn names_a_registry_code_the_table_calls_non_standard() {
    let report = check_rows("444,No Response,[RFC9999]\n");
    assert!(matches!(
        about(&report, 444)[..],
        [Disagreement::NonStandardInTable { code: 444, .. }]
    ));
}

#[test]
fn names_a_registered_table_code_inside_an_unassigned_range() {
    let report = check_rows("400-499,Unassigned,\n");
    assert_eq!(
        messages_about(&report, 404),
        ["404: registered in the table, but the registry lists 400-499 as unassigned"]
    );
    // Non-standard codes may sit in unassigned ranges.
    assert_no_disagreement_about(&report, 444);
    assert_eq!((report.rows, report.codes_checked), (1, 0));
}

#[test]
fn reads_quoted_fields_and_crlf_line_ends() {
    let csv = "Value,Description,Reference\r\n\
               404,\"Not \"\"Found\"\", or so\",\"[RFC9110, Section 15.5.5]\"\r\n\
               413,\"Content\r\nToo Large\",\"[RFC9110, Section 15.5.14]\"\r\n";
    let report = check(csv).expect("well-formed CSV");
    assert_eq!(
        about(&report, 404),
        [&Disagreement::Reason {
            code: 404,
            registry: r#"Not "Found", or so"#.to_owned(),
            table: "Not Found",
        }]
    );
    assert_eq!(
        about(&report, 413),
        [&Disagreement::Reason {
            code: 413,
            registry: "Content\r\nToo Large".to_owned(),
            table: "Content Too Large",
        }]
    );
}

#[test]
fn reports_malformed_csv_with_its_line() {
    let cases: [(&str, usize, &str); 9] = [
        ("", 1, "the file is empty"),
        ("Code,Description,Reference\n", 1, "expected the header"),
        (
            "Value,Description,Reference\n100,Continue,[RFC9110]\n4o4,Not Found,[RFC9110]\n",
            3,
            "\"4o4\" is not a status code",
        ),
        (
            "Value,Description,Reference\n600,Too High,[RFC9110]\n",
            2,
            "\"600\" is not a status code",
        ),
        (
            "Value,Description,Reference\n\n404,Not Found\n",
            3,
            "expected 3 fields, found 2",
        ),
        (
            "Value,Description,Reference\n404,\"Not Found,[RFC9110]\n",
            2,
            "never closed",
        ),
        (
            "Value,Description,Reference\n404,Not \"Found\",[RFC9110]\n",
            2,
            "a quote inside the unquoted field",
        ),
        (
            "Value,Description,Reference\n400-410,Reserved,\n",
            2,
            "only Unassigned rows may span codes",
        ),
        (
            "Value,Description,Reference\n400-499,Unassigned,\n404,Not Found,[RFC9110]\n",
            3,
            "404 is already listed on line 2",
        ),
    ];
    for (csv, line, problem) in cases {
        let error = malformed(csv);
        assert_eq!(error.line, line, "{error} for:\n{csv}");
        assert!(error.problem.contains(problem), "{error} for:\n{csv}");
    }
}

#[test]
fn reports_malformed_notes_and_references() {
    let cases = [
        "104,\"Upload (TEMPORARY - registered 2024-11-13)\",[RFC1]\n",
        "104,\"Upload (TEMPORARY - registered 2024-13-13, expires 2026-11-13)\",[RFC1]\n",
        "404,Not Found,RFC9110\n",
        "404,Not Found,[Nobody]\n",
        "404,Not Found,\n",
    ];
    for row in cases {
        let csv = format!("{HEADER}{row}");
        assert_eq!(malformed(&csv).line, 2, "{csv}");
    }
}

#[test]
fn summary_counts_rows_and_codes() {
    let report = check_rows(
        "100,Continue,\"[RFC9110, Section 15.2.1]\"\n\
         105-199,Unassigned,\n\
         200,OK,\"[RFC9110, Section 15.3.1]\"\n",
    );
    assert_eq!((report.rows, report.codes_checked), (3, 2));
    let summary = report.to_string();
    assert!(
        summary.starts_with(
            "3 rows, 2 codes checked against the table (registry date in table: 2025-09-15): "
        ),
        "{summary}"
    );
}

/// Where the real registry CSV is: `STATUS_REGISTRY_CSV`, or the shared reference copy next to
/// the workspace. `None` (after saying so) when the default copy is absent.
fn registry_csv_path() -> Option<PathBuf> {
    if let Some(path) = env::var_os("STATUS_REGISTRY_CSV") {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "STATUS_REGISTRY_CSV is set to {}, which is not a file",
            path.display()
        );
        return Some(path);
    }
    let workspace_root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let path = workspace_root.join("../shared/reference/http-status-codes.csv");
    if path.is_file() {
        Some(path)
    } else {
        // Written past the test harness's capture (which takes only the print macros), so the
        // skip shows in the default output of `cargo test` although the test passes.
        let _ = writeln!(
            std::io::stderr(),
            "skipped: registry CSV not found at {}; set STATUS_REGISTRY_CSV to check the table \
             against a registry file",
            path.display()
        );
        None
    }
}

#[test]
fn table_agrees_with_the_registry_csv() {
    let Some(path) = registry_csv_path() else {
        return;
    };
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let report = check(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let listing: Vec<String> = report
        .disagreements
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        listing.is_empty(),
        "{}: {report}\n{}",
        path.display(),
        listing.join("\n")
    );
}

/// Wraps `records` in the registry's XML shape.
fn registry_xml(records: &str) -> String {
    format!(
        "<?xml version='1.0' encoding='UTF-8'?>\n\
         <?xml-stylesheet type=\"text/xsl\" href=\"http-status-codes.xsl\"?>\n\
         <!DOCTYPE registry>\n\
         <registry xmlns=\"http://www.iana.org/assignments\" id=\"http-status-codes\">\n\
         <title>Hypertext Transfer Protocol (HTTP) Status Code Registry</title>\n\
         <!-- a comment <record> that is not one -->\n\
         <registry id=\"http-status-codes-1\">\n{records}</registry>\n</registry>\n"
    )
}

#[test]
fn reads_each_shape_of_xml_reference() {
    let xml = registry_xml(
        "<record date=\"2022-06-06\"><value>200</value><description>OK</description>\
           <xref type=\"rfc\" data=\"rfc9110\" section=\"15.3.1\"/></record>\n\
         <record><value>404</value><description>Not Found</description>\
           <xref type=\"rfc\" data=\"rfc9110\">RFC9110, Section 15.5.5</xref></record>\n\
         <record><value>413</value>\n  <description>Content Too\n  Large</description>\n\
           <xref type=\"rfc\" data=\"rfc9110\"/>, Section 15.5.14\n</record>\n\
         <record><value>102</value><description>Processing</description>\
           <xref type=\"rfc\" data=\"rfc2518\"/></record>\n\
         <record><value>105-199</value><description>Unassigned</description></record>\n\
         <record><value>306</value><description>(Unused)</description>\
           <xref type=\"rfc\" data=\"rfc9110\" section=\"15.4.7\"/></record>\n\
         <record><value>510</value><description>Not Extended &#40;OBSOLETED&#x29;</description>\
           <xref type=\"rfc\" data=\"rfc2774\"/><xref type=\"text\">Status change</xref></record>\n",
    );
    let report = check_xml(&xml).unwrap_or_else(|error| panic!("{error}\n{xml}"));
    assert_eq!(report.rows, 7);
    assert_eq!(report.codes_checked, 6);
    for code in [200, 404, 413, 102, 306, 510] {
        assert_no_disagreement_about(&report, code);
    }
    assert_eq!(check_either(&xml), Ok(report));
}

#[test]
fn names_disagreements_found_in_xml() {
    let xml = registry_xml(
        "<record><value>404</value><description>Not Found</description>\
           <xref type=\"rfc\" data=\"rfc9110\" section=\"15.5.6\"/></record>\n\
         <record><value>413</value><description>Payload Too Large</description>\
           <xref type=\"rfc\" data=\"rfc9110\"/>, Section 15.5.14</record>\n\
         <record><value>418</value><description>I&apos;m a teapot</description>\
           <xref type=\"rfc\" data=\"rfc2324\"/></record>\n",
    );
    let report = check_xml(&xml).unwrap();
    assert_eq!(
        messages_about(&report, 404),
        ["404: section: registry says 15.5.6, table says 15.5.5"]
    );
    assert_eq!(
        messages_about(&report, 413),
        [r#"413: reason: registry says "Payload Too Large", table says "Content Too Large""#]
    );
    assert_eq!(
        messages_about(&report, 418),
        [
            r#"418: reason: registry says "I'm a teapot", table says "(Unused)""#,
            "418: state: registry says assigned, table says unused",
            "418: document: registry says RFC 2324, table says RFC 9110",
        ]
    );
}

#[test]
fn reports_malformed_xml_with_its_line() {
    // The records start on line 8 of the wrapped document.
    let cases = [
        (
            "<record><value>200</value>\n<description>OK",
            8,
            "never closed",
        ),
        (
            "<record>\n<description>OK</description></record>",
            8,
            "without a <value>",
        ),
        ("<record><record>", 8, "inside another"),
        (
            "\n<record><value>200</value><description>O&bad;K</description></record>",
            9,
            "unknown entity",
        ),
        (
            "<record><value>200</value><description>OK</description><xref type=\"rfc\"/></record>",
            8,
            "without a data attribute",
        ),
        (
            "<record><value>2000</value><description>OK</description></record>",
            8,
            "not a status code",
        ),
        (
            "<record><value>105-199</value><description>Unassigned</description></record>\n\
          <record><value>199</value><description>Unassigned</description></record>",
            9,
            "already listed",
        ),
    ];
    for (records, line, problem) in cases {
        let xml = registry_xml(records);
        let error = check_xml(&xml).expect_err(&xml);
        assert_eq!(error.line, line, "{error}\n{xml}");
        assert!(error.problem.contains(problem), "{error}\n{xml}");
    }
    let unclosed_tag = check_xml("<registry><record").unwrap_err();
    assert!(
        unclosed_tag.problem.contains("tag is never closed"),
        "{unclosed_tag}"
    );
}

/// The real CSV's rows as XML records, the reference of each written in one of the XML's three
/// shapes in turn, so the XML reader is held to the whole registry.
fn csv_as_xml(csv: &str) -> String {
    let mut records = String::new();
    for (index, line) in csv.lines().skip(1).enumerate() {
        let fields = split_csv_line(line);
        let [value, description, reference] = &fields[..] else {
            panic!("not three fields: {line}");
        };
        let escape = |text: &str| {
            text.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('\'', "&apos;")
        };
        let mut xref = String::new();
        if let Some(group) = reference
            .strip_prefix('[')
            .and_then(|rest| rest.split_once(']'))
            .map(|(group, _)| group)
        {
            let (document, place) = match group.split_once(", ") {
                Some((document, place)) => (document, Some(place)),
                None => (group, None),
            };
            let (kind, data) = match document.strip_prefix("RFC") {
                Some(number) => ("rfc", format!("rfc{number}")),
                None => ("draft", document.to_owned()),
            };
            let open = format!("<xref type=\"{kind}\" data=\"{data}\"");
            xref = match (place, index % 3) {
                (None, _) => format!("{open}/>"),
                (Some(place), 0) if place.starts_with("Section ") => {
                    format!("{open} section=\"{}\"/>", &place["Section ".len()..])
                }
                (Some(_), 0 | 1) => format!("{open}>{}</xref>", escape(group)),
                (Some(place), _) => format!("{open}/>, {}", escape(place)),
            };
        }
        records.push_str(&format!(
            "<record>\n  <value>{}</value>\n  <description>{}</description>\n  {xref}\n</record>\n",
            escape(value),
            escape(description)
        ));
    }
    registry_xml(&records)
}

/// One line of the registry CSV (its fields hold no line breaks and no quotes).
fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut rest = line;
    loop {
        let (field, after) = match rest.strip_prefix('"') {
            Some(quoted) => {
                let end = quoted.find('"').expect("closed quote");
                (&quoted[..end], &quoted[end + 1..])
            }
            None => rest.split_at(rest.find(',').unwrap_or(rest.len())),
        };
        fields.push(field.to_owned());
        match after.strip_prefix(',') {
            Some(next) => rest = next,
            None => return fields,
        }
    }
}

#[test]
fn the_registry_as_xml_gives_the_same_report_as_its_csv() {
    let Some(path) = registry_csv_path() else {
        return;
    };
    let csv = std::fs::read_to_string(&path).unwrap();
    let xml = csv_as_xml(&csv);
    let from_csv = check(&csv).unwrap();
    let from_xml = check_xml(&xml).unwrap_or_else(|error| panic!("{error}\n{xml}"));
    assert_eq!(from_xml, from_csv, "{xml}");
    assert_eq!(check_either(&xml), Ok(from_csv));
}
