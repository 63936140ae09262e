/**
 * Quiz benchmarks: the question bank for the bundled notes (target ≤ 100 ms) and for notes with 2,000
 * sections in one file (target ≤ 2 s; it was 38 s when every section re-read all the others).
 * Each run parses the notes afresh (the bank caches per parsed section).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotes, quiz, type NoteSource } from '../src/core';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function bundled(): NoteSource[] {
  const dir = join(__dirname, '..', 'media', 'notes');
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ uri: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), origin: 'bundled' as const }));
}

/** One notes file with `sections` `##` sections (about 400 bytes each, bold facts in sentences). */
export function bigNotesFile(sections: number): NoteSource {
  const parts = ['# Big notes\n'];
  for (let i = 0; i < sections; i++)
    parts.push(
      `## Lambda topic ${i}\n\nThe function timeout of service ${i} is **${(i % 900) + 1} seconds** and its queue keeps **${(i % 14) + 1} days** of messages. ` +
        `A table in Region ${i} uses **PAY_PER_REQUEST** billing, and the API forwards requests to **us-east-1**.\n\n- It stores **${i % 400} KB** per item.\n\nNot supported:\n- feature ${i}\n- layers\n`,
    );
  return { uri: 'file:///bench/notes/big.md', text: parts.join('\n'), origin: 'user' };
}

export async function benchQuiz(): Promise<Array<{ name: string; ms: number; note?: string }>> {
  const notes = bundled();
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 7; i++) {
    const topics = notes.flatMap((n) => parseNotes(n));
    const s = performance.now();
    size = quiz.buildQuestionBank(topics).length;
    times.push(performance.now() - s);
  }
  const big = bigNotesFile(2000);
  const bigTopics = parseNotes(big);
  const s = performance.now();
  const bigSize = quiz.buildQuestionBank(bigTopics).length;
  const bigMs = performance.now() - s;
  return [
    { name: 'quiz: bank for the bundled notes (median of 7)', ms: Math.round(median(times) * 100) / 100, note: `${size} questions; first run ${Math.round(times[0])} ms; target ≤ 100 ms` },
    { name: 'quiz: bank for 2,000 sections in one file', ms: Math.round(bigMs), note: `${bigTopics.length} sections, ${bigSize} questions; target ≤ 2,000 ms` },
  ];
}

if (require.main === module) benchQuiz().then((rows) => console.table(rows));
