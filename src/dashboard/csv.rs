//! The aggregated figures of every chart as one CSV file.

use super::content::DataTable;

/// Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet formulas: a field
/// starting with a tab or carriage return, or whose first character after any leading spaces
/// and line breaks is `=`, `@`, or `+` / `-` not followed by a plain number, gets a leading `'`.
pub fn csv_field(text: &str) -> String {
    // Spreadsheets skip leading white space before reading a formula.
    let lead = text.trim_start_matches([' ', '\t', '\r', '\n']);
    // A leading '+' or '-' starts a formula too, unless a plain number follows (checked by hand:
    // the float parser is large in wasm).
    let signed_number = lead
        .strip_prefix(['-', '+'])
        .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    let formula = text.starts_with(['\t', '\r'])
        || lead.starts_with(['=', '@'])
        || (lead.starts_with(['-', '+']) && !signed_number);
    let text = if formula { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One block per table (see `dashboard::all_tables`): a line naming the table, its header, then
/// its rows; blocks separated by an empty line. Suppressed figures read "fewer than k".
pub fn figures_csv(tables: &[DataTable]) -> String {
    let mut csv = String::new();
    for table in tables {
        csv.push_str(&csv_field(&table.caption));
        csv.push_str("\r\n");
        let header: Vec<String> = table.columns.iter().map(|c| csv_field(c)).collect();
        csv.push_str(&header.join(","));
        csv.push_str("\r\n");
        for (heading, cells) in &table.rows {
            let line: Vec<String> =
                std::iter::once(csv_field(heading)).chain(cells.iter().map(|c| csv_field(c))).collect();
            csv.push_str(&line.join(","));
            csv.push_str("\r\n");
        }
        csv.push_str("\r\n");
    }
    csv
}
