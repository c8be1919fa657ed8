//! The aggregated figures of every chart as one CSV file.

use super::chart::DataTable;
use crate::transfer::csv_field;

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
