// The seeds' cooperation programs: timeline, the 2017 reporting calendar, and the consistency
// findings the sources themselves contain. Run after `npm run build`:
//   node examples/programs.mjs [--lang en]
import { readFileSync } from 'node:fs';
import { checkPrograms, formatPath, loadPrograms, programTimeline, reportingCalendar } from 'hoptac/program';

const lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
const file = loadPrograms(readFileSync(new URL('./programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));

console.log(lang === 'vi' ? '# Dòng thời gian' : '# Timeline');
for (const e of programTimeline(file)) console.log(`${e.date.padEnd(10)}  ${lang === 'vi' ? e.textVi : e.text}`);

// The 2017 calendar, one line per due date, period and kind of report (the parties together).
const calendar = reportingCalendar(file.programs, '2017');
console.log(`\n# ${lang === 'vi' ? 'Lịch báo cáo năm 2017' : 'Reporting calendar 2017'} (${calendar.length})`);
const lines = new Map();
for (const r of calendar) {
  const key = `${r.due}  ${r.period.padEnd(7)}  ${r.cadence.padEnd(9)} ${r.stage.padEnd(8)}  ${r.program}`;
  lines.set(key, [...(lines.get(key) ?? []), r.party]);
}
for (const [key, parties] of lines) console.log(`${key}  ${parties.join(', ')}`);

const findings = checkPrograms(file);
console.log(`\n# ${lang === 'vi' ? 'Kết quả kiểm tra' : 'Findings'} (${findings.length})`);
for (const f of findings) console.log(`${f.severity.padEnd(7)}  ${f.code.padEnd(24)}  ${formatPath(f.path)}\n         ${lang === 'vi' ? f.messageVi : f.message}`);
