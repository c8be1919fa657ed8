//! Response codes: a response packed into a short, typeable text with a checksum, for a
//! respondent to show or read out and a facilitator to type or paste.
//!
//! Layout (bytes, before base32): format 1; the code's length in bytes (2), so a code cut short
//! is reported as such; survey fingerprint (4, CRC-32 of `id:version`);
//! response id (16: the random id, or an invitation's mark and code); submission day (2, days since 2020-01-01); wave (1 length + UTF-8); group
//! (1); partner (1, 255 = none); then every answer in survey order, the group and partner
//! questions excepted: Likert and partner-matrix ratings as 4-bit values (0 unanswered, 1-5,
//! 6 don't know), then single choices (1 byte: 0 none, option index + 1, 255 prefer not to
//! say), multi-choices (1 byte: 0 unanswered, else 1 + count, then one byte per option index)
//! and free text (2-byte length + UTF-8); and last a CRC-32 of everything before it (4).
//! The bytes are written in Crockford's base32 (no I, L, O, U; case and dashes ignored on
//! reading), in groups of five, after the prefix `PP1-`.

use crate::response::PREFER_NOT_TO_SAY;
use crate::response::{scale_code, scale_of_code, Answer, Response};
use crate::sorted_map::SortedMap;
use crate::survey::{ItemKind, SurveyDefinition};

const FORMAT: u8 = 1;
/// The partner byte of a respondent who named no partner.
const NO_PARTNER_BYTE: u8 = 255;
/// The single-choice byte of "prefer not to say".
const PREFER_NOT_TO_SAY_BYTE: u8 = 255;
const PREFIX: &str = "PP1-";
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Why a code could not be read or made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// A character that is not part of a response code.
    #[error("it contains \"{0}\", which is not used in response codes")]
    BadCharacter(char),
    /// The code is cut short.
    #[error("it is incomplete: part of the code is missing")]
    Truncated,
    /// The checksum does not match: a character was mistyped or changed.
    #[error("its check digits do not match: a character was mistyped or changed")]
    Checksum,
    /// A code for another survey or another version of it.
    #[error("it is for another survey, or another version of this one")]
    OtherSurvey,
    /// The code holds a value the survey cannot have (for example an option that does not exist).
    #[error("it holds answers this survey cannot have")]
    Invalid,
    /// The response cannot be made into a code (its id is not the app's random id).
    #[error("this response cannot be written as a code")]
    NotEncodable,
}

/// CRC-32 (IEEE), bit by bit: small in wasm, and fast enough for a hundred bytes.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn fingerprint(survey: &SurveyDefinition) -> u32 {
    crc32(format!("{}:{}", survey.id, survey.version).as_bytes())
}

/// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

const EPOCH_2020: i64 = 18_262;

fn day_number(day: &str) -> Option<u16> {
    let mut parts = day.split('-').map(|part| part.parse::<i64>().ok());
    let (year, month, date) = (parts.next()??, parts.next()??, parts.next()??);
    u16::try_from(days_from_civil(year, month, date) - EPOCH_2020).ok()
}

fn day_text(number: u16) -> String {
    let (year, month, day) = civil_from_days(EPOCH_2020 + i64::from(number));
    format!("{year:04}-{month:02}-{day:02}")
}

/// The items a code carries, in order: everything but the group and partner questions.
fn coded_items(survey: &SurveyDefinition) -> Vec<&crate::survey::Item> {
    survey.items().filter(|item| !item.is_group_question() && !item.is_partner_question()).collect()
}

fn option_ids(survey: &SurveyDefinition, kind: &ItemKind) -> Vec<String> {
    let (ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec)) = kind else { return Vec::new() };
    survey.options(spec).iter().map(|option| option.id.clone()).collect()
}

/// The 16 id bytes of a response made with an invitation: this mark, then the code's 60 bits
/// (a random id starts with these 8 bytes once in 2^64).
const INVITATION_MARK: &[u8; 8] = b"pp:invit";

/// The 16 bytes of a response id: the app's random id (32 hexadecimal digits), or an
/// invitation's (`inv-<code>`).
fn id_bytes(id: &str) -> Option<Vec<u8>> {
    if let Some(code) = crate::invitations::InvitationCode::of_response_id(id) {
        let mut bytes = INVITATION_MARK.to_vec();
        bytes.extend_from_slice(&code.to_bits().to_be_bytes());
        return Some(bytes);
    }
    (0..16)
        .map(|at| id.get(at * 2..at * 2 + 2).and_then(|hex| u8::from_str_radix(hex, 16).ok()))
        .collect::<Option<Vec<u8>>>()
        .filter(|_| id.len() == 32)
}

/// The response id of 16 id bytes (see [`id_bytes`]).
fn id_text(bytes: &[u8]) -> String {
    let invitation = bytes
        .split_first_chunk::<8>()
        .filter(|(mark, _)| *mark == INVITATION_MARK)
        .and_then(|(_, code)| <[u8; 8]>::try_from(code).ok())
        .and_then(|code| crate::invitations::InvitationCode::from_bits(u64::from_be_bytes(code)));
    match invitation {
        Some(code) => code.response_id(),
        None => bytes.iter().map(|b| format!("{b:02x}")).collect(),
    }
}

/// Packs `response` (already checked against `survey`) into a response code.
pub fn encode_response(survey: &SurveyDefinition, response: &Response) -> Result<String, CodeError> {
    let mut bytes = id_bytes(&response.id).ok_or(CodeError::NotEncodable)?;
    bytes.extend_from_slice(&day_number(&response.submitted).ok_or(CodeError::NotEncodable)?.to_be_bytes());
    let wave = response.wave.as_bytes();
    bytes.push(u8::try_from(wave.len()).map_err(|_| CodeError::NotEncodable)?);
    bytes.extend_from_slice(wave);
    let group = survey.groups.iter().position(|g| g.id == response.group).ok_or(CodeError::NotEncodable)?;
    bytes.push(one_byte(group, usize::from(NO_PARTNER_BYTE))?);
    let partner = response.partner.as_ref().map(|p| survey.partners.iter().position(|known| known.id == *p));
    bytes.push(match partner {
        None => NO_PARTNER_BYTE,
        Some(Some(index)) => one_byte(index, usize::from(NO_PARTNER_BYTE))?,
        Some(None) => return Err(CodeError::NotEncodable),
    });
    let items = coded_items(survey);
    let mut nibbles = Vec::new();
    for item in &items {
        let answer = response.answers.get(&item.id);
        match (&item.kind, answer) {
            (ItemKind::Likert | ItemKind::FollowThrough { .. }, Some(Answer::Scale(value))) => {
                nibbles.push(scale_code(Some(*value)))
            }
            (ItemKind::Likert | ItemKind::FollowThrough { .. }, _) => nibbles.push(0),
            (ItemKind::PartnerMatrix { questions, .. }, _) => {
                for partner in &survey.partners {
                    for question in questions {
                        let value = match answer {
                            Some(Answer::Matrix(rows)) => {
                                rows.get(&partner.id).and_then(|r| r.get(&question.id)).copied()
                            }
                            _ => None,
                        };
                        nibbles.push(scale_code(value));
                    }
                }
            }
            _ => {}
        }
    }
    for pair in nibbles.chunks(2) {
        bytes.push(pair[0] << 4 | pair.get(1).copied().unwrap_or(0));
    }
    for item in &items {
        let answer = response.answers.get(&item.id);
        match (&item.kind, answer) {
            (ItemKind::SingleChoice(_), Some(Answer::Text(chosen))) if chosen == PREFER_NOT_TO_SAY => {
                bytes.push(PREFER_NOT_TO_SAY_BYTE)
            }
            (ItemKind::SingleChoice(_), Some(Answer::Text(chosen))) => {
                let index =
                    option_ids(survey, &item.kind).iter().position(|o| o == chosen).ok_or(CodeError::NotEncodable)?;
                bytes.push(one_byte(index + 1, usize::from(PREFER_NOT_TO_SAY_BYTE))?);
            }
            (ItemKind::SingleChoice(_), _) => bytes.push(0),
            (ItemKind::MultiChoice(_), Some(Answer::Choices(chosen))) => {
                let options = option_ids(survey, &item.kind);
                bytes.push(one_byte(chosen.len() + 1, 256)?);
                for id in chosen {
                    bytes.push(one_byte(options.iter().position(|o| o == id).ok_or(CodeError::NotEncodable)?, 256)?);
                }
            }
            (ItemKind::MultiChoice(_), _) => bytes.push(0),
            (ItemKind::FreeText { .. }, Some(Answer::Text(text))) => {
                bytes.extend_from_slice(&u16::try_from(text.len()).map_err(|_| CodeError::NotEncodable)?.to_be_bytes());
                bytes.extend_from_slice(text.as_bytes());
            }
            (ItemKind::FreeText { .. }, _) => bytes.extend_from_slice(&[0, 0]),
            _ => {}
        }
    }
    frame_code(survey, &bytes)
}

/// Bytes before the body: format, length (2) and survey fingerprint (4).
const HEADER_BYTES: usize = 7;

/// A response code around `body` (everything after the survey fingerprint): header, checksum
/// and base32 text. [`encode_response`] ends with it; tests use it to reach the body parser with
/// codes whose checksum is right.
pub fn frame_code(survey: &SurveyDefinition, body: &[u8]) -> Result<String, CodeError> {
    let length = u16::try_from(HEADER_BYTES + body.len() + 4).map_err(|_| CodeError::NotEncodable)?;
    let mut bytes = vec![FORMAT];
    bytes.extend_from_slice(&length.to_be_bytes());
    bytes.extend_from_slice(&fingerprint(survey).to_be_bytes());
    bytes.extend_from_slice(body);
    bytes.extend_from_slice(&crc32(&bytes).to_be_bytes());
    let mut code = String::from(PREFIX);
    let mut written = 0;
    crate::radix::to_symbols(&bytes, 5, |value| {
        if written > 0 && written % 5 == 0 {
            code.push('-');
        }
        code.push(ALPHABET[usize::from(value)] as char);
        written += 1;
    });
    Ok(code)
}

/// `value` as one byte when it is below `limit` (values from `limit` up are reserved, or do not
/// fit): a value a code cannot carry is refused, never narrowed into another answer.
fn one_byte(value: usize, limit: usize) -> Result<u8, CodeError> {
    u8::try_from(value).ok().filter(|_| value < limit).ok_or(CodeError::NotEncodable)
}

/// Whether `c` only separates groups of a code: spaces of any kind and dashes of any kind
/// (word processors and phones turn "-" into an en dash, and spaces into no-break spaces).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}')
}

/// Reads base32 text back into bytes; case and separators are ignored, and the letters people
/// confuse with digits (O, I, L) are read as those digits.
fn decode_base32(text: &str) -> Result<Vec<u8>, CodeError> {
    let mut values = Vec::with_capacity(text.len());
    for c in text.chars() {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        values.push(ALPHABET.iter().position(|&a| a as char == c).ok_or(CodeError::BadCharacter(c))? as u8);
    }
    Ok(crate::radix::from_symbols(values, 5))
}

/// A cursor over the code's bytes that reports a short read as [`CodeError::Truncated`].
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, count: usize) -> Result<&[u8], CodeError> {
        if self.0.len() < count {
            return Err(CodeError::Truncated);
        }
        let (head, tail) = self.0.split_at(count);
        self.0 = tail;
        Ok(head)
    }
    fn byte(&mut self) -> Result<u8, CodeError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, CodeError> {
        let two = self.take(2)?;
        Ok(u16::from_be_bytes([two[0], two[1]]))
    }
}

fn value_of(nibble: u8) -> Result<Option<u8>, CodeError> {
    scale_of_code(nibble).ok_or(CodeError::Invalid)
}

/// Reads a response code for `survey`; never panics, whatever the text.
pub fn decode_response(survey: &SurveyDefinition, code: &str) -> Result<Response, CodeError> {
    // Separators go first, so "PP1" is found with or without its dash; a code's own text always
    // starts with "0" (the format byte), so it can never be mistaken for the prefix.
    let compact: String = code.chars().filter(|&c| !is_separator(c)).collect();
    let body = match compact.get(..3) {
        Some(start) if start.eq_ignore_ascii_case(&PREFIX[..3]) => &compact[3..],
        _ => &compact,
    };
    let bytes = decode_base32(body)?;
    if bytes.len() < 7 {
        return Err(CodeError::Truncated);
    }
    let declared = usize::from(u16::from_be_bytes([bytes[1], bytes[2]]));
    if bytes[0] == FORMAT && bytes.len() < declared {
        return Err(CodeError::Truncated);
    }
    let (content, check) = bytes.split_at(bytes.len() - 4);
    if crc32(content).to_be_bytes() != check {
        return Err(CodeError::Checksum);
    }
    let mut read = Reader(content);
    if read.byte()? != FORMAT || usize::from(read.u16()?) != bytes.len() {
        return Err(CodeError::Invalid);
    }
    if read.take(4)? != fingerprint(survey).to_be_bytes() {
        return Err(CodeError::OtherSurvey);
    }
    let id = id_text(read.take(16)?);
    let submitted = day_text(read.u16()?);
    let wave_length = usize::from(read.byte()?);
    let wave = String::from_utf8(read.take(wave_length)?.to_vec()).map_err(|_| CodeError::Invalid)?;
    let group = survey.groups.get(usize::from(read.byte()?)).ok_or(CodeError::Invalid)?.id.clone();
    let partner = match read.byte()? {
        NO_PARTNER_BYTE => None,
        index => Some(survey.partners.get(usize::from(index)).ok_or(CodeError::Invalid)?.id.clone()),
    };
    let items = coded_items(survey);
    let nibble_count: usize = items
        .iter()
        .map(|item| match &item.kind {
            ItemKind::Likert | ItemKind::FollowThrough { .. } => 1,
            ItemKind::PartnerMatrix { questions, .. } => questions.len() * survey.partners.len(),
            _ => 0,
        })
        .sum();
    let packed = read.take(nibble_count.div_ceil(2))?;
    let mut nibbles = packed.iter().flat_map(|byte| [byte >> 4, byte & 15]);
    let mut answers = SortedMap::new();
    for item in &items {
        match &item.kind {
            ItemKind::Likert | ItemKind::FollowThrough { .. } => {
                if let Some(value) = value_of(nibbles.next().ok_or(CodeError::Truncated)?)? {
                    answers.insert(item.id.clone(), Answer::Scale(value));
                }
            }
            ItemKind::PartnerMatrix { questions, .. } => {
                let mut rows: SortedMap<String, SortedMap<String, u8>> = SortedMap::new();
                for partner in &survey.partners {
                    for question in questions {
                        if let Some(value) = value_of(nibbles.next().ok_or(CodeError::Truncated)?)? {
                            rows.entry(partner.id.clone()).or_default().insert(question.id.clone(), value);
                        }
                    }
                }
                if !rows.is_empty() {
                    answers.insert(item.id.clone(), Answer::Matrix(rows));
                }
            }
            _ => {}
        }
    }
    for item in &items {
        match &item.kind {
            ItemKind::SingleChoice(_) => match read.byte()? {
                0 => {}
                PREFER_NOT_TO_SAY_BYTE => {
                    answers.insert(item.id.clone(), Answer::Text(PREFER_NOT_TO_SAY.to_owned()));
                }
                index => {
                    let option = option_ids(survey, &item.kind)
                        .get(usize::from(index) - 1)
                        .cloned()
                        .ok_or(CodeError::Invalid)?;
                    answers.insert(item.id.clone(), Answer::Text(option));
                }
            },
            ItemKind::MultiChoice(_) => {
                let count = read.byte()?;
                if count > 0 {
                    let options = option_ids(survey, &item.kind);
                    let chosen = read
                        .take(usize::from(count - 1))?
                        .iter()
                        .map(|&index| options.get(usize::from(index)).cloned().ok_or(CodeError::Invalid))
                        .collect::<Result<Vec<_>, _>>()?;
                    answers.insert(item.id.clone(), Answer::Choices(chosen));
                }
            }
            ItemKind::FreeText { .. } => {
                let length = usize::from(read.u16()?);
                if length > 0 {
                    let text = String::from_utf8(read.take(length)?.to_vec()).map_err(|_| CodeError::Invalid)?;
                    answers.insert(item.id.clone(), Answer::Text(text));
                }
            }
            _ => {}
        }
    }
    if !read.0.is_empty() {
        return Err(CodeError::Invalid);
    }
    Ok(Response {
        id,
        survey_id: survey.id.clone(),
        survey_version: survey.version,
        wave,
        group,
        partner,
        submitted,
        answers,
    })
}
