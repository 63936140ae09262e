/**
 * Issue 10: two self-symlinks in a folder made `check` loop forever; one made the same file reported 41
 * times. Folder walks go by real path now: each file once, loops cut.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findFiles } from '../../../src/cli/find-files';

const TEMPLATE = "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n";
const options = { includeSource: false, includeCdkOut: false };

describe('folder walks by real path', () => {
  it('one self-symlink: the file is found once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-links-'));
    writeFileSync(join(dir, 'template.yaml'), TEMPLATE);
    symlinkSync('.', join(dir, 'loop'));
    assert.deepEqual(findFiles([dir], options), [join(dir, 'template.yaml')]);
  });

  it('two self-symlinks and a link back to the parent: the walk ends and each file is found once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-links-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'template.yaml'), TEMPLATE);
    writeFileSync(join(dir, 'sub', 'template.yaml'), TEMPLATE);
    symlinkSync('.', join(dir, 'loop1'));
    symlinkSync('.', join(dir, 'loop2'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync(join(dir, 'template.yaml'), join(dir, 'sub', 'same.yaml'));
    const found = findFiles([dir], options);
    // `sub/` sorts first, so the top template is reached first through `sub/same.yaml`: reported once, there.
    assert.deepEqual(found, [join(dir, 'sub', 'same.yaml'), join(dir, 'sub', 'template.yaml')]);
    assert.equal(new Set(found.map((f) => realpathSync(f))).size, 2);
  });

  it('a dangling link is passed over, a missing explicit path is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-links-'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'template.yaml'));
    assert.deepEqual(findFiles([dir], options), []);
    assert.throws(() => findFiles([join(dir, 'missing')], options), /No such file or folder/);
  });
});
