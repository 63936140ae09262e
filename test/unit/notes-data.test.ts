import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NOTES_DIR, notesDataRegions, renderRuntimeLifecycle, updatedNote } from '../../scripts/gen-notes-data';
import { RUNTIME_LIFECYCLE } from '../../src/core/data/runtime-lifecycle';

describe('bundled notes: the parts generated from data', () => {
  it('each generated region is what `npm run docs:notes` writes from the data', () => {
    for (const file of Object.keys(notesDataRegions())) {
      const text = readFileSync(join(NOTES_DIR, file), 'utf8');
      assert.ok(updatedNote(file, text) === text, `media/notes/${file} is out of date: run \`npm run docs:notes\` (its runtime dates and tool defaults come from src/core/data)`);
    }
  });

  it('the lifecycle table names every runtime with a deprecation date, with its create- and update-block dates', () => {
    const table = renderRuntimeLifecycle();
    for (const r of RUNTIME_LIFECYCLE) {
      if (!r.deprecated) continue;
      // Container-only runtimes (dotnet7) have nothing to block: no row.
      if (r.containerOnly) {
        assert.ok(!table.includes(`\`${r.id}\``), `${r.id} is container-only`);
        continue;
      }
      assert.ok(table.includes(`\`${r.id}\``), `${r.id} missing`);
      const row = table.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${r.id}\``));
      if (row) assert.ok(row.includes(r.deprecated) && row.includes(r.createBlocked ?? 'planned, see AWS') && row.includes(r.updateBlocked ?? 'planned, see AWS'), `${r.id}: ${row}`);
    }
  });
});
