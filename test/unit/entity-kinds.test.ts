// `Entity` is a union tagged by `kind` (src/core/model.ts): code narrows with `entity.kind === 'table'`,
// never with a cast. The checker test reads src/ with the TypeScript compiler (program + type checker, not
// text search) and fails on any type assertion (`x as T`, `<T>x`) whose target is an entity type — a cast
// is where a new kind slips past the compiler. The exhaustive switch below stops compiling (`npm run
// typecheck`) when a kind is added to the union and not handled here.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { emptyModel, type Entity, type EntityKind, type ServerlessModel } from '../../src/core/model';
import { ROOT } from './support/service';

const SRC = join(ROOT, 'src');

function tsFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Where the model keeps each kind; `undefined`: registered for hovers and links only. */
function listOf(entity: Entity): keyof ServerlessModel | undefined {
  switch (entity.kind) {
    case 'function':
      return 'functions';
    case 'queue':
      return 'queues';
    case 'table':
      return 'tables';
    case 'api':
      return 'apis';
    case 'state-machine':
      return 'stateMachines';
    case 'user-pool':
      return 'userPools';
    case 'identity-pool':
      return 'identityPools';
    case 'cloudfront-function':
      return 'cloudFrontFunctions';
    case 'other':
      return undefined;
    default: {
      const unhandled: never = entity;
      return unhandled;
    }
  }
}

const KINDS = {
  function: true,
  queue: true,
  table: true,
  api: true,
  'state-machine': true,
  'user-pool': true,
  'identity-pool': true,
  'cloudfront-function': true,
  other: true,
} satisfies Record<EntityKind, true>;

/** A probe compiled with src/ so the checker is seen to catch each way of casting. */
const PROBE = join(SRC, 'core', '__entity-cast-probe__.ts');
const PROBE_TEXT = `import type { Entity, LambdaFunction, Table } from './model';
type Writable<T> = { -readonly [K in keyof T]: T[K] };
export const a = (e: Entity) => ((e as Table).kind === 'table' ? (e as Table) : undefined);
export const b = (e: Entity) => (<LambdaFunction>e).timeout;
export const c = (e: unknown) => (e as Writable<LambdaFunction>).events;
export const d = (e: Entity) => (e as LambdaFunction & { extra?: 1 }).id;
export const fine = (e: Entity) => (e.kind === 'table' ? e : undefined);
export const alsoFine = (e: unknown) => (e as { edge?: boolean }).edge;
`;

/** True when the type (or a member of its union/intersection) has the entity's `kind` and `resourceType`. */
function isEntityType(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (type.isUnionOrIntersection()) return type.types.some((t) => isEntityType(t, checker));
  return checker.getPropertyOfType(type, 'kind') !== undefined && checker.getPropertyOfType(type, 'resourceType') !== undefined;
}

function entityCasts(): Map<string, string[]> {
  const files = tsFiles(SRC);
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, skipLibCheck: true, noEmit: true, types: [], lib: ['lib.es2022.d.ts'] };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) => (name === PROBE ? ts.createSourceFile(name, PROBE_TEXT, version) : getSourceFile.call(host, name, version, ...rest));
  host.fileExists = (name) => name === PROBE || fileExists.call(host, name);
  host.readFile = (name) => (name === PROBE ? PROBE_TEXT : readFile.call(host, name));
  const program = ts.createProgram([...files, PROBE], options, host);
  const checker = program.getTypeChecker();
  const found = new Map<string, string[]>();
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(SRC + sep) && file.fileName !== PROBE) continue;
    const visit = (node: ts.Node): void => {
      if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && isEntityType(checker.getTypeFromTypeNode(node.type), checker)) {
        const where = relative(ROOT, file.fileName).split(sep).join('/');
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        const list = found.get(where) ?? [];
        list.push(`${line}: ${node.getText(file)}`);
        found.set(where, list);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('Entity is a tagged union', () => {
  const casts = entityCasts();
  const probe = relative(ROOT, PROBE).split(sep).join('/');

  it('src/ has no type assertion to an entity type (narrow with entity.kind)', () => {
    const bad = [...casts].filter(([file]) => file !== probe).flatMap(([file, lines]) => lines.map((l) => `${file}:${l}`));
    assert.deepEqual(bad, []);
  });

  it('the checker sees each way of casting (as, <T>, a writable mapping, an intersection), and not an unrelated cast', () => {
    assert.deepEqual(
      casts.get(probe)?.map((l) => l.split(':')[0]),
      ['3', '3', '4', '5', '6'],
    );
  });

  it('every kind is handled by the exhaustive switch, and the model has a list for each kind but other', () => {
    const model = emptyModel('cloudformation');
    const span = { start: 0, end: 0 };
    for (const kind of Object.keys(KINDS) as EntityKind[]) {
      const list = listOf({ kind, id: 'X', resourceType: 'AWS::X', span, events: [], protocol: 'REST', durations: [] } as Entity);
      if (kind === 'other') assert.equal(list, undefined);
      else assert.ok(list && Array.isArray(model[list]), `${kind}: ${String(list)}`);
    }
  });
});
