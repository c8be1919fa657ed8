//! Splitting a stored JSON array into its elements' texts, so that each element is read (and,
//! when unreadable, kept aside) on its own.

/// The elements of a JSON array as text, or `None` when `raw` is not a whole array. A small
/// scanner (strings, escapes, nesting) rather than a JSON value tree, which would add to every
/// page's bundle.
pub(super) fn array_elements(raw: &str) -> Option<Vec<&str>> {
    let inner = raw.trim().strip_prefix('[')?.strip_suffix(']')?;
    let (mut elements, mut start, mut depth, mut in_string, mut escaped) = (Vec::new(), 0, 0i32, false, false);
    for (at, byte) in inner.bytes().enumerate() {
        match byte {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            _ if in_string => {}
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth -= 1,
            b',' if depth == 0 => {
                elements.push(inner[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    if depth != 0 || in_string {
        return None;
    }
    let last = inner[start..].trim();
    if !last.is_empty() || !elements.is_empty() {
        elements.push(last);
    }
    Some(elements)
}

#[cfg(test)]
mod tests {
    use super::array_elements;

    #[test]
    fn elements_are_split_at_top_level_commas_only() {
        let raw = r#" [{"a":[1,2],"b":"x,y]}"}, {"c":"say \"hi\", then \\"} ,3] "#;
        assert_eq!(
            array_elements(raw),
            Some(vec![r#"{"a":[1,2],"b":"x,y]}"}"#, r#"{"c":"say \"hi\", then \\"}"#, "3"])
        );
    }

    #[test]
    fn an_empty_array_has_no_elements() {
        assert_eq!(array_elements("[]"), Some(vec![]));
        assert_eq!(array_elements(" [ ] "), Some(vec![]));
    }

    #[test]
    fn what_is_not_a_whole_array_is_refused() {
        for raw in
            [r#"{"a":1}"#, r#"[{"a":1}"#, r#"["open]"#, r#"["ends in a backslash\"#, r#"[1]]"#, "[{]", r#"["\"]"#]
        {
            assert_eq!(array_elements(raw), None, "{raw}");
        }
    }
}
