//! Which responses an analysis looks at: filters apply before any aggregation.

use super::table::{ResponseTable, NO_PARTNER};

/// Waves, groups and partners to include; an empty list means all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Wave labels to include.
    pub waves: Vec<String>,
    /// Group ids to include.
    pub groups: Vec<String>,
    /// Partner ids to include; when set, respondents who gave no partner are left out.
    pub partners: Vec<String>,
}

impl Filter {
    /// The row numbers of `table` that pass the filter, in table order.
    pub fn rows(&self, table: &ResponseTable) -> Vec<usize> {
        let layout = &table.layout;
        let wanted = |all: &[String], chosen: &[String]| -> Vec<bool> {
            all.iter().map(|id| chosen.is_empty() || chosen.contains(id)).collect()
        };
        let groups = wanted(&layout.groups, &self.groups);
        let partners = wanted(&layout.partners, &self.partners);
        let wave_labels: Vec<String> = table.waves.iter().map(|wave| wave.label.clone()).collect();
        let waves = wanted(&wave_labels, &self.waves);
        (0..table.len())
            .filter(|&row| {
                let partner = table.partner[row];
                let partner_ok =
                    if partner == NO_PARTNER { self.partners.is_empty() } else { partners[partner as usize] };
                groups[table.group[row] as usize] && waves[table.wave[row] as usize] && partner_ok
            })
            .collect()
    }
}
