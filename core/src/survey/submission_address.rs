//! The submission address a survey names: an `https://` address (or `http://` on this computer,
//! for trying it out), with no user name or password, query or fragment in it, since the address
//! travels in share links and survey files that anyone holding them can read.

/// Longest address accepted, so a share link stays short enough to type from a QR code.
pub const MAX_ADDRESS_CHARS: usize = 300;

/// Why a text is not a submission address.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    /// Not `https://…` (nor `http://` on this computer).
    #[error("address not https")]
    NotHttps,
    /// No server named after the scheme.
    #[error("address names no server")]
    NoServer,
    /// A user name or password in the address, which every respondent would then hold.
    #[error("address holds credentials")]
    HasCredentials,
    /// A query (`?`) or fragment (`#`): the proxy refuses queries, and neither is needed.
    #[error("address holds ? or #")]
    HasQueryOrFragment,
    /// Spaces or other characters an address cannot hold.
    #[error("address holds a space or quotation mark")]
    BadCharacter,
    /// Longer than [`MAX_ADDRESS_CHARS`].
    #[error("address over 300 characters")]
    TooLong,
}

/// Hosts that are this computer: browsers treat them as secure without TLS.
fn is_loopback(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(name, port)| {
        if host.starts_with('[') && !name.ends_with(']') {
            host
        } else if port.bytes().all(|b| b.is_ascii_digit()) {
            name
        } else {
            host
        }
    });
    matches!(name, "localhost" | "127.0.0.1" | "[::1]")
}

/// Checks that `address` may be a survey's submission address.
pub fn check_address(address: &str) -> Result<(), AddressError> {
    if address.chars().count() > MAX_ADDRESS_CHARS {
        return Err(AddressError::TooLong);
    }
    if address.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'))
    {
        return Err(AddressError::BadCharacter);
    }
    let (secure, rest) = match (address.strip_prefix("https://"), address.strip_prefix("http://")) {
        (Some(rest), _) => (true, rest),
        (None, Some(rest)) => (false, rest),
        (None, None) => return Err(AddressError::NotHttps),
    };
    if rest.contains(['?', '#']) {
        return Err(AddressError::HasQueryOrFragment);
    }
    let server = rest.split('/').next().unwrap_or("");
    if server.contains('@') {
        return Err(AddressError::HasCredentials);
    }
    if server.is_empty() || server.starts_with(':') {
        return Err(AddressError::NoServer);
    }
    if !secure && !is_loopback(server) {
        return Err(AddressError::NotHttps);
    }
    Ok(())
}

/// The site of `address` (`https://couch.example.org`), which the respondent is told their
/// answers go to and which a host's Content-Security-Policy names in `connect-src`.
pub fn site_of(address: &str) -> &str {
    let after_scheme = address.find("://").map_or(0, |at| at + 3);
    match address[after_scheme..].find('/') {
        Some(slash) => &address[..after_scheme + slash],
        None => address,
    }
}

/// The server `address` names (`couch.example.org`), as a respondent is told it.
pub fn server_of(address: &str) -> &str {
    let site = site_of(address);
    site.find("://").map_or(site, |at| &site[at + 3..])
}

/// Where the document of response `response_id` is put: the submission address, then the id (a
/// response id is letters, digits, `-` and `_` only). Naming the document in the path lets the
/// host's proxy allow exactly one pattern, so no other kind of document (`_local/…`, which
/// CouchDB stores without asking the design document) can be written through it.
pub fn document_address(address: &str, response_id: &str) -> String {
    format!("{}/{response_id}", address.trim_end_matches('/'))
}
