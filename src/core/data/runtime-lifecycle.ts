/**
 * Lambda runtime lifecycle as data: every runtime id Lambda knows, its family, its deprecation date and,
 * where known, the dates AWS blocks creating and then updating functions on it. Rules compare these dates
 * with `today` (injectable), so nothing here is a list of "bad" names: a runtime becomes deprecated, then
 * blocked, when its date passes.
 *
 * Sources: deprecation dates from ../shared/facts/aws-serverless-facts.md (lambda-runtimes.html); create-
 * and update-block dates from the same sheet's "Blocking dates" table (cfn-lint
 * `src/cfnlint/data/AdditionalSpecs/LmbdRuntimeLifecycle.json`, August 2026 data, which supersedes older
 * copies); runtimes blocked in 2019–2023 are blocked for both. SnapStart support from
 * lambda/latest/dg/snapstart.html (Java 11+, Python 3.12+, .NET 8+). `dotnet9` exists only for container
 * images: it is listed so that it is not called unknown, and is never offered as a successor.
 */

/** Runtimes that replace each other. Go runs on the OS-only runtime now, so `go1.x` belongs to `provided`. */
export type RuntimeFamily = 'nodejs' | 'python' | 'java' | 'dotnet' | 'ruby' | 'provided';

export interface RuntimeLifecycle {
  readonly id: string;
  readonly family: RuntimeFamily;
  /** ISO date (YYYY-MM-DD) from which the runtime is deprecated, when AWS has announced one. */
  readonly deprecated?: string;
  /** ISO date from which AWS blocks creating functions on the runtime, when a source gives one. */
  readonly createBlocked?: string;
  /** ISO date from which AWS blocks updating functions on the runtime, when a source gives one. */
  readonly updateBlocked?: string;
  /** Only for container images (no managed zip runtime): never a successor for a zip function. */
  readonly containerOnly?: boolean;
  /** Supports Lambda SnapStart. */
  readonly snapStart?: boolean;
  /** Where the dates come from. */
  readonly source: string;
}

const AWS = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
const CFN_LINT = 'https://github.com/aws-cloudformation/cfn-lint/blob/main/src/cfnlint/data/AdditionalSpecs/LmbdRuntimeLifecycle.json';
const BOTH = `${AWS}; ${CFN_LINT}`;

/** Every runtime, oldest first within a family (the order decides which one is newest). */
export const RUNTIME_LIFECYCLE: readonly RuntimeLifecycle[] = [
  { id: 'nodejs', family: 'nodejs', deprecated: '2016-10-31', createBlocked: '2016-10-31', updateBlocked: '2016-10-31', source: CFN_LINT },
  { id: 'nodejs4.3', family: 'nodejs', deprecated: '2020-03-05', createBlocked: '2020-03-05', updateBlocked: '2020-03-05', source: CFN_LINT },
  { id: 'nodejs4.3-edge', family: 'nodejs', deprecated: '2020-03-05', createBlocked: '2019-04-30', updateBlocked: '2020-03-05', source: CFN_LINT },
  { id: 'nodejs6.10', family: 'nodejs', deprecated: '2019-08-12', createBlocked: '2019-08-12', updateBlocked: '2019-08-12', source: CFN_LINT },
  { id: 'nodejs8.10', family: 'nodejs', deprecated: '2020-03-06', createBlocked: '2020-03-06', updateBlocked: '2020-03-06', source: CFN_LINT },
  { id: 'nodejs10.x', family: 'nodejs', deprecated: '2021-07-30', createBlocked: '2021-07-30', updateBlocked: '2021-07-30', source: CFN_LINT },
  { id: 'nodejs12.x', family: 'nodejs', deprecated: '2023-03-31', createBlocked: '2023-03-31', updateBlocked: '2023-03-31', source: CFN_LINT },
  { id: 'nodejs14.x', family: 'nodejs', deprecated: '2023-12-04', createBlocked: '2024-01-09', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'nodejs16.x', family: 'nodejs', deprecated: '2024-06-12', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'nodejs18.x', family: 'nodejs', deprecated: '2025-09-01', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'nodejs20.x', family: 'nodejs', deprecated: '2026-04-30', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'nodejs22.x', family: 'nodejs', deprecated: '2027-04-30', createBlocked: '2027-06-01', updateBlocked: '2027-07-01', source: BOTH },
  { id: 'nodejs24.x', family: 'nodejs', deprecated: '2028-04-30', source: AWS },

  { id: 'python2.7', family: 'python', deprecated: '2021-07-15', createBlocked: '2021-07-15', updateBlocked: '2021-07-15', source: BOTH },
  { id: 'python3.6', family: 'python', deprecated: '2022-07-18', createBlocked: '2022-07-18', updateBlocked: '2022-07-18', source: BOTH },
  { id: 'python3.7', family: 'python', deprecated: '2023-12-04', createBlocked: '2024-01-09', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'python3.8', family: 'python', deprecated: '2024-10-14', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'python3.9', family: 'python', deprecated: '2025-12-15', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'python3.10', family: 'python', deprecated: '2026-10-31', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'python3.11', family: 'python', deprecated: '2027-06-30', createBlocked: '2027-07-31', updateBlocked: '2027-08-31', source: BOTH },
  { id: 'python3.12', family: 'python', deprecated: '2028-10-31', snapStart: true, source: AWS },
  { id: 'python3.13', family: 'python', deprecated: '2029-06-30', snapStart: true, source: AWS },
  { id: 'python3.14', family: 'python', deprecated: '2029-06-30', snapStart: true, source: AWS },

  { id: 'java8', family: 'java', deprecated: '2024-01-08', createBlocked: '2024-02-08', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'java8.al2', family: 'java', deprecated: '2027-06-30', createBlocked: '2027-07-31', updateBlocked: '2027-08-31', source: BOTH },
  { id: 'java11', family: 'java', deprecated: '2027-06-30', createBlocked: '2027-07-31', updateBlocked: '2027-08-31', snapStart: true, source: BOTH },
  { id: 'java17', family: 'java', deprecated: '2027-06-30', createBlocked: '2027-07-31', updateBlocked: '2027-08-31', snapStart: true, source: BOTH },
  { id: 'java21', family: 'java', deprecated: '2029-06-30', snapStart: true, source: AWS },
  { id: 'java25', family: 'java', deprecated: '2029-06-30', snapStart: true, source: AWS },

  { id: 'dotnetcore1.0', family: 'dotnet', deprecated: '2019-06-27', createBlocked: '2019-07-30', updateBlocked: '2019-07-30', source: BOTH },
  { id: 'dotnetcore2.0', family: 'dotnet', deprecated: '2019-05-30', createBlocked: '2019-05-30', updateBlocked: '2019-05-30', source: BOTH },
  { id: 'dotnetcore2.1', family: 'dotnet', deprecated: '2022-01-05', createBlocked: '2022-01-05', updateBlocked: '2022-01-05', source: BOTH },
  { id: 'dotnetcore3.1', family: 'dotnet', deprecated: '2023-04-03', createBlocked: '2023-04-03', updateBlocked: '2023-04-03', source: BOTH },
  { id: 'dotnet6', family: 'dotnet', deprecated: '2024-12-20', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  // .NET 7 shipped as container base images only (no managed zip runtime): nothing for AWS to block.
  { id: 'dotnet7', family: 'dotnet', deprecated: '2024-05-14', containerOnly: true, source: CFN_LINT },
  { id: 'dotnet8', family: 'dotnet', deprecated: '2026-11-10', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', snapStart: true, source: BOTH },
  { id: 'dotnet9', family: 'dotnet', containerOnly: true, source: AWS },
  { id: 'dotnet10', family: 'dotnet', deprecated: '2028-11-14', snapStart: true, source: AWS },

  { id: 'ruby2.5', family: 'ruby', deprecated: '2021-07-30', createBlocked: '2021-07-30', updateBlocked: '2021-07-30', source: BOTH },
  { id: 'ruby2.7', family: 'ruby', deprecated: '2023-12-07', createBlocked: '2024-01-09', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'ruby3.2', family: 'ruby', deprecated: '2026-03-31', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'ruby3.3', family: 'ruby', deprecated: '2027-03-31', createBlocked: '2027-04-30', updateBlocked: '2027-05-31', source: BOTH },
  { id: 'ruby3.4', family: 'ruby', deprecated: '2028-03-31', source: AWS },
  { id: 'ruby4.0', family: 'ruby', deprecated: '2029-03-31', source: AWS },

  { id: 'go1.x', family: 'provided', deprecated: '2024-01-08', createBlocked: '2024-02-08', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'provided', family: 'provided', deprecated: '2024-01-08', createBlocked: '2024-02-08', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'provided.al2', family: 'provided', deprecated: '2026-07-31', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', source: BOTH },
  { id: 'provided.al2023', family: 'provided', deprecated: '2029-06-30', source: AWS },
];

const BY_ID = new Map(RUNTIME_LIFECYCLE.map((r) => [r.id, r]));

/** The lifecycle entry of a runtime id, or undefined for an id Lambda does not know. */
export function runtimeLifecycle(id: string): RuntimeLifecycle | undefined {
  return BY_ID.get(id);
}

/** Every runtime id a zip function can name, for "did you mean". */
export function knownRuntimeIds(): string[] {
  return RUNTIME_LIFECYCLE.filter((r) => !r.containerOnly).map((r) => r.id);
}

let lastTime = NaN;
let lastDay = '';

/** `today` as an ISO date (UTC), the form the data uses. Rules ask once per function: the last answer is kept. */
export function isoDate(today: Date): string {
  const time = today.getTime();
  if (time !== lastTime) {
    lastDay = today.toISOString().slice(0, 10);
    lastTime = time;
  }
  return lastDay;
}

export type RuntimeStatus = 'supported' | 'deprecated' | 'create-blocked' | 'update-blocked';

/** Where a runtime stands on `today`. */
export function runtimeStatus(runtime: RuntimeLifecycle, today: Date): RuntimeStatus {
  return statusOn(runtime, isoDate(today));
}

function statusOn(runtime: RuntimeLifecycle, day: string): RuntimeStatus {
  if (runtime.updateBlocked && runtime.updateBlocked <= day) return 'update-blocked';
  if (runtime.createBlocked && runtime.createBlocked <= day) return 'create-blocked';
  if (runtime.deprecated && runtime.deprecated <= day) return 'deprecated';
  return 'supported';
}

/** Newest supported runtime per `family@day` (the data is constant, so the answer is too). */
const newestSupported = new Map<string, RuntimeLifecycle | undefined>();

/** The newest runtime of the same family that is still supported on `today`. */
export function successorOf(runtime: RuntimeLifecycle, today: Date): RuntimeLifecycle | undefined {
  const day = isoDate(today);
  const key = `${runtime.family}@${day}`;
  let newest = newestSupported.get(key);
  if (!newestSupported.has(key)) {
    newest = undefined;
    for (const r of RUNTIME_LIFECYCLE) if (r.family === runtime.family && !r.containerOnly && statusOn(r, day) === 'supported') newest = r;
    newestSupported.set(key, newest);
  }
  return newest && newest.id !== runtime.id ? newest : undefined;
}

/** True once AWS blocks creating (or updating) functions on the runtime. */
export function isBlocked(status: RuntimeStatus): boolean {
  return status === 'create-blocked' || status === 'update-blocked';
}

/**
 * What AWS blocks and when, as one sentence that says what comes next: "AWS blocks creating functions on
 * it from 2027-02-01 and updating them from 2027-03-03." / "... since 2024-01-09 and will block updating
 * them from 2027-03-03." Empty when no source gives a block date.
 */
export function blockingSentence(runtime: RuntimeLifecycle, today: Date): string {
  const day = isoDate(today);
  const { createBlocked: create, updateBlocked: update } = runtime;
  if (!create && !update) return '';
  const when = (date: string) => (date <= day ? `since ${date}` : `from ${date}`);
  if (create && update && create === update) return create <= day ? ` AWS blocks creating and updating functions on it since ${create}.` : ` AWS will block creating and updating functions on it from ${create}.`;
  const createPart = create ? `creating functions on it ${when(create)}` : '';
  if (!update) return ` AWS ${create! <= day ? 'blocks' : 'will block'} ${createPart}.`;
  const updatePart = `updating ${create ? 'them' : 'functions on it'} ${when(update)}`;
  if (!create) return ` AWS ${update <= day ? 'blocks' : 'will block'} ${updatePart}.`;
  if (create <= day && update > day) return ` AWS blocks ${createPart} and will block ${updatePart}.`;
  return ` AWS ${create <= day ? 'blocks' : 'will block'} ${createPart} and ${updatePart}.`;
}

/**
 * True when `id` looks like a newer version of a known family than this data lists (e.g. `nodejs26.x`):
 * the data is older than the template, so the id must not be called unknown.
 */
export function isNewerThanKnown(id: string): boolean {
  for (const family of ['nodejs', 'python', 'java', 'dotnet', 'ruby'] as const) {
    if (!id.startsWith(family)) continue;
    const version = leadingVersion(id.slice(family.length));
    if (!version) return false;
    const known = RUNTIME_LIFECYCLE.filter((r) => r.family === family && r.id.startsWith(family))
      .map((r) => leadingVersion(r.id.slice(family.length)))
      .filter((v): v is number[] => v !== undefined);
    return known.every((v) => compareVersions(version, v) > 0);
  }
  return false;
}

/** "22.x" -> [22], "3.14" -> [3, 14], "8.al2" -> [8]; undefined when it doesn't start with a number. */
function leadingVersion(text: string): number[] | undefined {
  const parts: number[] = [];
  for (const part of text.split('.')) {
    if (part === '' || [...part].some((c) => c < '0' || c > '9')) break;
    parts.push(Number(part));
  }
  return parts.length ? parts : undefined;
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The ISO date `months` calendar months after `today`. */
export function addMonths(today: Date, months: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, today.getUTCDate()));
  return isoDate(d);
}
