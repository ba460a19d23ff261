//! Command-line arguments: a subcommand, an input and an output format.

/// What `lede help` prints.
pub const USAGE: &str = "\
lede — who said what in a news article, and what a careful editor would flag

USAGE
  lede annotate [FILE|-] [--json | --jsonl]
  lede extract FILE.html [--json | --jsonl]
  lede help | --version

annotate   Reads an article (plain text, or a saved .html page, which is
           extracted first) and prints speakers with their quotes, entities
           and warnings.
             --json   the Annotations as JSON (offsets in Unicode code points)
             --jsonl  reads JSON Lines {\"id\", \"text\", \"title\"?} and writes one
                      {\"id\", …Annotations} line per input line
extract    Prints the article found on a saved page.
             --json   adds title, byline, date, language and paragraphs
             --jsonl  reads {\"id\", \"html\"} lines, writes
                      {\"id\", \"title\", \"byline\", \"published\", \"text\"} lines

FILE defaults to standard input; `-` names it explicitly.
Exit status: 0 all read, 1 usage error, 2 some input could not be read.
";

/// The job to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Annotate an article.
    Annotate,
    /// Extract the article from a page.
    Extract,
    /// Print usage.
    Help,
    /// Print the version.
    Version,
}

/// How to read and write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A readable summary (annotate) or the article text (extract).
    Text,
    /// One pretty JSON document.
    Json,
    /// JSON Lines in, JSON Lines out.
    Jsonl,
}

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    /// The subcommand.
    pub command: Command,
    /// The input file, or `-` for standard input.
    pub input: String,
    /// The output format.
    pub format: Format,
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Invocation, String> {
    let mut args = args.into_iter();
    let command = match args.next().as_deref() {
        Some("annotate") => Command::Annotate,
        Some("extract") => Command::Extract,
        Some("help" | "-h" | "--help") | None => Command::Help,
        Some("-V" | "--version" | "version") => Command::Version,
        Some(other) => {
            return Err(format!(
                "unknown command `{other}`; the commands are `annotate` and `extract`"
            ))
        }
    };
    let mut input = None;
    let mut format = Format::Text;
    for arg in args {
        match arg.as_str() {
            "--json" => format = Format::Json,
            "--jsonl" => format = Format::Jsonl,
            "-h" | "--help" => {
                return Ok(Invocation {
                    command: Command::Help,
                    input: "-".into(),
                    format,
                })
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`; try --json or --jsonl"))
            }
            path if input.is_none() => input = Some(path.to_string()),
            extra => return Err(format!("one input at a time: `{extra}` is one too many")),
        }
    }
    Ok(Invocation {
        command,
        input: input.unwrap_or_else(|| "-".into()),
        format,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Invocation, String> {
        parse(s.split_whitespace().map(String::from))
    }

    #[test]
    fn annotate_defaults_to_standard_input_and_a_summary() {
        let inv = parse_str("annotate").unwrap();
        assert_eq!(
            (inv.command, inv.input.as_str(), inv.format),
            (Command::Annotate, "-", Format::Text)
        );
    }

    #[test]
    fn flags_may_come_before_or_after_the_file() {
        assert_eq!(
            parse_str("extract --json page.html").unwrap().input,
            "page.html"
        );
        assert_eq!(
            parse_str("extract page.html --jsonl").unwrap().format,
            Format::Jsonl
        );
    }

    #[test]
    fn unknown_commands_and_flags_say_what_exists() {
        assert!(parse_str("annotat").unwrap_err().contains("annotate"));
        assert!(parse_str("annotate --xml").unwrap_err().contains("--json"));
        assert!(parse_str("annotate a b")
            .unwrap_err()
            .contains("one too many"));
    }
}
