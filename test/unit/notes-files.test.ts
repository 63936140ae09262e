import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globMatcher } from '../../src/node/notes-files';

describe('notes path globs', () => {
  it('** spans folders, * stays in one, {a,b} picks', () => {
    const m = globMatcher('notes/**/*.md');
    assert.ok(m('notes/a.md'));
    assert.ok(m('notes/x/y/a.md'));
    assert.ok(!m('other/a.md'));
    assert.ok(!m('notes/a.txt'));
    assert.ok(globMatcher('*.{md,markdown}')('a.markdown'));
    assert.ok(!globMatcher('*.md')('x/a.md'));
    assert.ok(!globMatcher('a.md')('aXmd'), 'a dot is a dot');
  });
});
