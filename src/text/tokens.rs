//! Tokens: words, numbers, quotation marks and punctuation, each pointing
//! into the original text by byte range.
//!
//! Normalisation happens here rather than by rewriting the text: curly and
//! straight marks, dashes and non-breaking spaces are *classified* (a `“`
//! and a `"` are both a double quotation mark; `’` inside a word is an
//! apostrophe), so every token's range is already an exact offset into the
//! text the reader sees.

/// Which way a quotation mark faces, judged from the mark itself and its
/// neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteDir {
    /// Starts a quotation (`“`, or `"` after a space).
    Open,
    /// Ends a quotation (`”`, or `"` before a space or punctuation).
    Close,
    /// Could be either (`"` between two spaces).
    Either,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or periods
    /// ("don't", "rebel-held", "U.S.").
    Word,
    /// Digits, possibly with inner separators ("3,000", "4.5", "2013").
    Number,
    /// A quotation mark; `double` is false for single marks.
    Quote {
        /// `"`-like rather than `'`-like.
        double: bool,
        /// Which way it faces.
        dir: QuoteDir,
    },
    /// A possessive or elided apostrophe standing alone ("Assad's" → `'s`
    /// is a word; a bare `’` after "countries" is this).
    Apostrophe,
    /// A dash used as punctuation (`—`, `–`, `--`, or a spaced `-`).
    Dash,
    /// Sentence-ending punctuation: `.`, `!`, `?`, `…`.
    Terminal,
    /// Any other punctuation or symbol.
    Punct,
}

/// One token: a kind and a byte range into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True for a word or number.
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// True for characters that separate tokens: all Unicode white space,
/// including no-break and zero-width spaces.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Classifies a character as a quotation mark: `Some((double, inherent
/// direction))`, where the direction is `None` for straight marks.
pub fn quote_mark(c: char) -> Option<(bool, Option<QuoteDir>)> {
    Some(match c {
        '"' | '＂' => (true, None),
        '“' | '„' | '«' | '「' | '『' => (true, Some(QuoteDir::Open)),
        '”' | '»' | '」' | '』' => (true, Some(QuoteDir::Close)),
        '‟' => (true, Some(QuoteDir::Open)),
        '\'' => (false, None),
        '‘' | '‚' | '‹' => (false, Some(QuoteDir::Open)),
        '’' | '›' => (false, Some(QuoteDir::Close)),
        _ => return None,
    })
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '‒' | '−')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        // The same answer as below, without the Unicode tables' path.
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}' | '\u{200C}' | '\u{200D}')
}

/// Splits `text` into tokens. Never fails; white space yields nothing.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    // Sized once for the longest case (one char a byte): collecting grew
    // the vector a few times over per paragraph.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    if text.is_ascii() {
        chars.extend(text.bytes().enumerate().map(|(i, b)| (i, char::from(b))));
    } else {
        chars.extend(text.char_indices());
    }
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if is_space(c) {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            let numeric = c.is_ascii_digit();
            i += 1;
            while i < n {
                let d = chars[i].1;
                if is_word_char(d) {
                    i += 1;
                    continue;
                }
                let next = at(i + 1);
                let next_is_word = next.is_some_and(is_word_char);
                // Inner apostrophe ("don't") — but leave a possessive 's to
                // its own token so "Assad's" still shows the name alone.
                if is_apostrophe(d) && next_is_word && !numeric {
                    let possessive =
                        matches!(next, Some('s' | 'S')) && !at(i + 2).is_some_and(is_word_char);
                    if possessive {
                        break;
                    }
                    i += 1;
                    continue;
                }
                // Inner hyphen ("rebel-held"), slash-free.
                if matches!(d, '-' | '‐' | '‑') && next_is_word {
                    i += 1;
                    continue;
                }
                // Digit groups and decimals ("3,000", "4.5").
                if numeric && matches!(d, ',' | '.') && next.is_some_and(|x| x.is_ascii_digit()) {
                    i += 1;
                    continue;
                }
                // Dotted initialisms ("U.S.", "U.N.", "a.m.").
                if d == '.' && i - start == 1 && next.is_some_and(char::is_alphabetic)
                    || d == '.' && is_dotted_so_far(&chars[start..i]) && next_is_word
                {
                    i += 1;
                    continue;
                }
                if d == '.' && is_dotted_so_far(&chars[start..i]) && i - start >= 3 {
                    // Closing period of an initialism belongs to it.
                    i += 1;
                }
                break;
            }
            kind = if numeric {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
        } else if let Some((double, inherent)) = quote_mark(c) {
            let prev = i.checked_sub(1).and_then(at);
            let next = at(i + 1);
            i += 1;
            let prev_word = prev.is_some_and(is_word_char);
            let next_word = next.is_some_and(is_word_char);
            if !double
                && prev_word
                && is_apostrophe(c)
                && matches!(next, Some('s' | 'S'))
                && !at(i + 1).is_some_and(is_word_char)
            {
                // The possessive "'s" of "Russia's".
                i += 1;
                kind = TokenKind::Word;
            } else if !double
                && prev_word
                && !next_word
                && prev.is_some_and(|p| p == 's' || p == 'S')
                && next.is_none_or(|x| is_space(x) || matches!(x, ',' | '.' | ';' | ':'))
                && inherent != Some(QuoteDir::Open)
            {
                // "countries’ " — a plural possessive or a closing mark; the
                // quotes pass decides from the pairing.
                kind = TokenKind::Quote {
                    double,
                    dir: QuoteDir::Close,
                };
            } else if prev.is_some_and(|p| p.is_ascii_digit()) && inherent.is_none() {
                // 5'11" or a 12" screen: a prime, not a quotation mark.
                kind = TokenKind::Punct;
            } else if !double
                && prev.is_none_or(is_space)
                && next.is_some_and(|x| x.is_ascii_digit())
                && inherent != Some(QuoteDir::Open)
            {
                // Elided century: "the '90s".
                kind = TokenKind::Apostrophe;
            } else {
                let dir = inherent.unwrap_or_else(|| straight_dir(prev, next));
                kind = TokenKind::Quote { double, dir };
            }
        } else if is_dash(c) {
            i += 1;
            while at(i).is_some_and(is_dash) {
                i += 1;
            }
            kind = TokenKind::Dash;
        } else if c == '-' {
            i += 1;
            while at(i) == Some('-') {
                i += 1;
            }
            let spaced = i - start > 1
                || (start.checked_sub(1).and_then(at).is_none_or(is_space)
                    && at(i).is_none_or(is_space));
            kind = if spaced {
                TokenKind::Dash
            } else {
                TokenKind::Punct
            };
        } else if matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            while at(i).is_some_and(|d| matches!(d, '.' | '!' | '?' | '…')) {
                i += 1;
            }
            kind = TokenKind::Terminal;
        } else {
            i += 1;
            kind = TokenKind::Punct;
        }
        tokens.push(Token {
            start: byte(start),
            end: byte(i),
            kind,
        });
    }
    tokens
}

/// Longest initialism worth recognising, in characters ("N.A.A.C.P." is
/// 10). The bound also keeps a run like "a.a.a.a…" linear: each period
/// re-checks at most this many characters.
const MAX_INITIALISM_CHARS: usize = 24;

/// "U.S" so far: single letters separated by periods.
fn is_dotted_so_far(chars: &[(usize, char)]) -> bool {
    (2..=MAX_INITIALISM_CHARS).contains(&chars.len())
        && chars.iter().enumerate().all(|(k, &(_, c))| {
            if k % 2 == 0 {
                c.is_alphabetic()
            } else {
                c == '.'
            }
        })
}

/// A straight mark faces the way its neighbours suggest: after space or an
/// opening bracket it opens, before space or punctuation it closes.
fn straight_dir(prev: Option<char>, next: Option<char>) -> QuoteDir {
    let prev_open =
        prev.is_none_or(|p| is_space(p) || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/'));
    let next_close = next.is_none_or(|x| {
        is_space(x) || matches!(x, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–')
    });
    match (prev_open, next_close) {
        (true, false) => QuoteDir::Open,
        (false, true) => QuoteDir::Close,
        (false, false) => QuoteDir::Close,
        (true, true) => QuoteDir::Either,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn kinds(text: &str) -> Vec<TokenKind> {
        tokenize(text).iter().map(|t| t.kind).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(words("Hello, world."), vec!["Hello", ",", "world", "."]);
    }

    #[test]
    fn keeps_inner_apostrophes_and_hyphens() {
        assert_eq!(words("don’t rebel-held"), vec!["don’t", "rebel-held"]);
    }

    #[test]
    fn splits_possessive_s() {
        assert_eq!(words("Russia's ally"), vec!["Russia", "'s", "ally"]);
        assert_eq!(words("Russia’s ally"), vec!["Russia", "’s", "ally"]);
    }

    #[test]
    fn keeps_initialisms_with_their_periods() {
        assert_eq!(
            words("the U.S. and U.N. said"),
            vec!["the", "U.S.", "and", "U.N.", "said"]
        );
        assert_eq!(words("at 5 p.m. today"), vec!["at", "5", "p.m.", "today"]);
    }

    #[test]
    fn keeps_numbers_whole() {
        assert_eq!(words("3,000 and 4.5%"), vec!["3,000", "and", "4.5", "%"]);
    }

    #[test]
    fn curly_marks_have_inherent_direction() {
        let k = kinds("“Yes,” he said");
        assert_eq!(
            k[0],
            TokenKind::Quote {
                double: true,
                dir: QuoteDir::Open
            }
        );
        assert_eq!(
            k[3],
            TokenKind::Quote {
                double: true,
                dir: QuoteDir::Close
            }
        );
    }

    #[test]
    fn straight_marks_face_by_context() {
        let k = kinds("said \"yes\" today");
        assert_eq!(
            k[1],
            TokenKind::Quote {
                double: true,
                dir: QuoteDir::Open
            }
        );
        assert_eq!(
            k[3],
            TokenKind::Quote {
                double: true,
                dir: QuoteDir::Close
            }
        );
    }

    #[test]
    fn inch_marks_are_not_quotes() {
        assert!(kinds("a 12\" screen and 5'11\" tall")
            .iter()
            .all(|k| !matches!(k, TokenKind::Quote { .. })));
    }

    #[test]
    fn dashes_are_classified() {
        assert_eq!(kinds("a — b -- c - d")[1], TokenKind::Dash);
        assert_eq!(kinds("a — b -- c - d")[3], TokenKind::Dash);
        assert_eq!(kinds("a — b -- c - d")[5], TokenKind::Dash);
    }

    #[test]
    fn no_break_spaces_separate_words() {
        assert_eq!(words("Mr.\u{a0}Smith"), vec!["Mr", ".", "Smith"]);
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "“Ça va,” dit-il.";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}
