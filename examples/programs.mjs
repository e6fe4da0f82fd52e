// The seeds' cooperation programs: timeline, the reports due in 2017 (the year's targets included),
// and the consistency findings the sources themselves contain. Run after `npm run build`:
//   node examples/programs.mjs [--lang en]
import { readFileSync } from 'node:fs';
import { formatPath, loadPrograms, programFindings, programTimeline, reportingCalendar } from 'hoptac/program';

const lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
const file = loadPrograms(readFileSync(new URL('./programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));

console.log(lang === 'vi' ? '# Dòng thời gian' : '# Timeline');
for (const e of programTimeline(file)) console.log(`${e.date.padEnd(10)}  ${lang === 'vi' ? e.textVi : e.text}`);

// The reports due in 2017, one line per due date, period and kind of report (the parties together).
// Passing the file (not only its programs) lets the calendar respect the boards' validity.
const calendar = reportingCalendar(file, '2017', { by: 'due' });
console.log(`\n# ${lang === 'vi' ? 'Lịch báo cáo năm 2017 (đến hạn trong năm)' : 'Reporting calendar 2017 (due in the year)'} (${calendar.length})`);
const lines = new Map();
for (const r of calendar) {
  const what = r.kind === 'targets' ? 'targets  ' : r.cadence.padEnd(9);
  const key = `${r.due}  ${r.period.padEnd(7)}  ${what} ${r.stage.padEnd(8)}  ${r.program}`;
  lines.set(key, [...(lines.get(key) ?? []), r.party]);
}
for (const [key, parties] of lines) console.log(`${key}  ${parties.join(', ')}`);

const { findings } = programFindings(file);
console.log(`\n# ${lang === 'vi' ? 'Kết quả kiểm tra' : 'Findings'} (${findings.length})`);
for (const f of findings) console.log(`${f.severity.padEnd(7)}  ${f.code.padEnd(24)}  ${formatPath(f.path)}\n         ${lang === 'vi' ? f.messageVi : f.message}`);
