/**
 * commands/: one file per `hoptac` command (check, consolidate, diff, program, report, template) and
 * the text summary they share. Each parses its own arguments and writes to the Io it is given;
 * none reads process state directly.
 *
 * May import: the command's own modules (args, io, load, messages, xlsx/, template/, docx/, api/).
 * Imported by main.ts (the dispatcher) and api/ (the scripts' functions run the same code); import
 * the files directly: this index holds the folder's description only.
 */
export {};
