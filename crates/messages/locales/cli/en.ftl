# The command line's own words in English: what a command prints for a person (see
# crates/messages/src/lib.rs, `cli_text`). Never `--help` (English) and never `--json` (codes and
# arguments). Ids are lowercase words joined by "-", the first naming the command
# (scan-…, stock-…, recall-…); comments document arguments as in ../en.ftl.

# The language a command speaks, when asked with --lang.
# $lang (text): the language's own name
cli-speaking = Speaking { $lang }.
