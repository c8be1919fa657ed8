//! The words of each piece of advice the analytics raise, and the guidance it rests on.
//!
//! Sources: 000 "Negotiating and working with partners" (sections 1-6), 001 "Effective
//! partnership working: partnership principles" (principles 1-2), 002 "Quality in Practice:
//! advice on successful partnership working", 003 "Keeping partnerships fresh".

use crate::analytics::Advice;
use crate::i18n::DashMsg as M;

/// The suggestion, and the guidance it rests on (by title and section), as messages.
pub fn advice_words(advice: Advice) -> (M, M) {
    match advice {
        Advice::Trust => (M::PromptTrust, M::SourceTryOneTwo),
        Advice::Inclusion => (M::PromptInclusion, M::SourceInclusion),
        Advice::Value => (M::PromptValue, M::SourceValue),
        Advice::Aims => (M::PromptAims, M::SourceAims),
        Advice::Leadership => (M::PromptLeadership, M::SourceLeadership),
        Advice::Renewal => (M::PromptRenewal, M::SourceFresh),
        Advice::OtherConcern => (M::PromptDefault, M::SourceTryTwo),
        Advice::Gap => (M::PromptGap, M::SourceNotToDoTwo),
        Advice::Marginalised => (M::PromptMarginalised, M::SourceMarginalised),
        Advice::LowTrust => (M::PromptLowTrust, M::SourceTryOneTwo),
        Advice::FewMutualTrust => (M::PromptFewMutual, M::SourceTryOneTwo),
    }
}
