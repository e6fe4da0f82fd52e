/** The `hoptac` command. Returns the exit code: 0 ok, 1 errors found, 2 unreadable input or usage. */
export async function run(_argv: readonly string[]): Promise<number> {
  process.stderr.write('hoptac: not implemented yet\n');
  return 2;
}
