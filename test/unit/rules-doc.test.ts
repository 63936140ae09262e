import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ENGINE_FINDINGS, PACKAGE_JSON, README, renderRulesDoc, RULES_DOC, rulesSettingProperties, updatedPackageJson, updatedReadme } from '../../scripts/gen-rules-doc';
import { RULES } from '../../src/core';
import { ENGINE_RULE_IDS as ENGINE_IDS } from '../../src/core/analyze';

const STALE = 'out of date: run `npm run docs:rules` (generated from the rules metadata, never edited by hand)';

describe('generated rules documentation', () => {
  it('docs/rules.md is what the generator writes', () => {
    assert.ok(readFileSync(RULES_DOC, 'utf8') === renderRulesDoc(), `docs/rules.md is ${STALE}`);
  });

  it('every rule and engine finding has an anchor equal to its id (diagnostics link to rules.md#<id>)', () => {
    const doc = renderRulesDoc();
    for (const id of [...RULES.map((r) => r.meta.id), ...ENGINE_IDS]) {
      assert.ok(doc.includes(`\n<a id="${id}"></a>\n\n## ${id}\n`), `no section for ${id}`);
    }
  });

  it('every engine finding id is described', () => {
    for (const id of ENGINE_IDS) assert.ok(ENGINE_FINDINGS[id], `describe ${id} in ENGINE_FINDINGS (scripts/gen-rules-doc.ts)`);
  });

  it("package.json lists every rule id under the serverlessNotes.rules setting, as generated", () => {
    const text = readFileSync(PACKAGE_JSON, 'utf8');
    assert.ok(updatedPackageJson(text) === text, `package.json serverlessNotes.rules is ${STALE}`);
    const setting = JSON.parse(text).contributes.configuration.properties['serverlessNotes.rules'];
    for (const { meta } of RULES) {
      assert.deepEqual(setting.properties?.[meta.id]?.enum, setting.additionalProperties.enum, `${meta.id} missing from package.json`);
    }
    assert.deepEqual(Object.keys(setting.properties).sort(), Object.keys(rulesSettingProperties()).sort());
  });

  it('the README tables (rules, settings, commands) are what the generator writes', () => {
    const readme = readFileSync(README, 'utf8');
    assert.ok(updatedReadme(readme, readFileSync(PACKAGE_JSON, 'utf8')) === readme, `README.md tables are ${STALE}`);
    for (const { meta } of RULES) assert.ok(readme.includes(`docs/rules.md#${meta.id}`), `${meta.id} missing from the README`);
  });
});
