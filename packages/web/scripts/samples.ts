/** Sample pastes for the screenshots. */
export const SAMPLE_MARKDOWN = `# Release checklist

Everything below was **encrypted in the browser** before it left, and travelled through the
mixnet: the server never saw the text or where it came from.

- [x] Tag the release
- [ ] Publish the notes
- [ ] Rotate the signing key

| step | owner | due |
| ---- | ----- | --- |
| build | ci | today |
| review | alice | Friday |

\`\`\`bash
git tag -s v3.0.0 -m "v3.0.0"
\`\`\`

> Keep the deletion link: it is shown only once.
`;

export const SAMPLE_CODE = `use std::collections::HashMap;

/// Counts the words of a text.
fn word_counts(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let counts = word_counts("the quick brown fox jumps over the lazy dog");
    println!("{} distinct words", counts.len());
}
`;
