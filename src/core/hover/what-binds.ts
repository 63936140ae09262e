/**
 * Line 1 of a hover on a property or value when no finding and no finer budget speaks for it: the limits
 * that bind the value (from src/core/data/what-binds.ts, numbers and sources from the limits table), how
 * close the value is to the first of them when it is a number, and what the value does. Where no limit
 * binds, the line says what the value does.
 */
import { bindingRow, type BindingRow, type ValueBinding } from '../data/what-binds';
import { formatAmount, limitBase } from '../kb/claims/quantity';
import { LIMITS, formatNumber, type LimitId, type LimitUnit } from '../limits';
import type { HoverTarget } from '../sources/source';
import { mdCode, mdLink, mdText } from '../text/markdown';
import type { LineIndex, Span } from '../text/line-index';

export interface WhatBinds {
  /** Markdown, one line. */
  readonly line: string;
  /** The note that explains this value, when it is not the property's own. */
  readonly topic?: string;
  /** True when a limit of the limits table is named. */
  readonly namesLimit: boolean;
}

const MAX_LIMITS = 3;

/** The value as a hover shows it: quotes and surrounding space removed, one line, bounded. */
function cleanValue(value: string | undefined): string | undefined {
  const v = value?.trim().replace(/^(['"])(.*)\1$/s, '$2').trim();
  return v ? v : undefined;
}

export function whatBinds(target: HoverTarget | undefined, rawValue?: string): WhatBinds | undefined {
  if (!target || target.part === 'resource') return undefined;
  const row = bindingRow(target.resourceType, target.property, target.subPath);
  if (!row) return undefined;
  const value = target.part === 'value' ? cleanValue(rawValue) : undefined;
  const own = value ? valueBinding(row, value) : undefined;
  // Below a serverless.yml event (`sqs:` → batchSize) the event's key names the linked resource's note.
  const linked = row.property === 'Events' && target.subPath?.[0] ? eventTopic(target.subPath[0]) : undefined;
  const source = row.property === 'Events' ? target.subPath?.[0]?.toLowerCase() : undefined;
  const limits = (own?.limits ?? (source ? row.bySource?.[source] : undefined) ?? row.limits ?? []).slice(0, MAX_LIMITS);
  const name = mdCode(row.leaf ?? row.property);
  const shownValue = value && value.length <= 40 && !/\n/.test(value) ? ` ${mdCode(value)}` : '';
  const close = value && limits.length ? closeness(row, value, limits[0]) : '';
  const does = mdText(own?.does ?? row.does);
  if (!limits.length) return { line: `${name}${shownValue}: ${does}.`, topic: own?.topic ?? linked ?? row.topic, namesLimit: false };
  const bound = limits.map(limitText).join('; ');
  return { line: `${name}${shownValue}: ${bound} (${mdLink('source', LIMITS[limits[0]].source)})${close}. ${capitalize(does)}.`, topic: own?.topic ?? linked ?? row.topic, namesLimit: true };
}

/** The value's own row: as written, else its last name (`apigw.EndpointType.REGIONAL`, `[REGIONAL]`, `ORIGIN_REQUEST`). */
function eventTopic(eventKey: string): string | undefined {
  const types = bindingRow('AWS::Serverless::Function', 'Events', ['', 'Type'])?.values ?? {};
  const key = Object.keys(types).find((k) => k.toLowerCase() === eventKey.toLowerCase());
  return key ? types[key].topic : undefined;
}

function valueBinding(row: BindingRow, value: string): ValueBinding | undefined {
  if (!row.values) return undefined;
  const fold = (s: string) => s.toLowerCase().replace(/_/g, '-');
  const last = /([A-Za-z][\w-]*)\W*$/.exec(value)?.[1] ?? value;
  for (const want of [value, last].map(fold)) {
    const key = Object.keys(row.values).find((k) => fold(k) === want);
    if (key) return row.values[key];
  }
  return undefined;
}

/** "Lambda maximum timeout **900 s** (hard)". */
function limitText(id: LimitId): string {
  const limit = LIMITS[id];
  const { dimension, base } = limitBase(limit.value, limit.unit);
  const amount = dimension === 'count' ? formatNumber(limit.value) : formatAmount(base, dimension, limit.unit === 'ms' ? 's' : limit.unit);
  const kind = limit.kind === 'adjustable' ? 'adjustable' : limit.kind === 'default' ? 'default' : limit.kind === 'recommended' ? 'recommended' : 'hard';
  return `${mdText(limit.title)} **${amount}** (${kind})`;
}

/** " — 500 is 5% of 10,000" or " — **over 10,000**", for a number written in the row's unit. */
function closeness(row: BindingRow, value: string, id: LimitId): string {
  const limit = LIMITS[id];
  const target = limitBase(limit.value, limit.unit);
  let base: number | undefined;
  if (row.valueUnit === 'code') {
    base = new TextEncoder().encode(value).length;
    if (target.dimension !== 'size') return '';
    const pct = Math.round((base / target.base) * 100);
    return base > target.base ? ` — **${formatNumber(base)} bytes, over the limit**` : ` — ${formatNumber(base)} bytes of code, ${pct}% of it`;
  }
  const n = Number(value.replace(/,/g, ''));
  if (!row.valueUnit || !Number.isFinite(n) || !/^\d/.test(value)) return '';
  const valueBase = limitBase(n, row.valueUnit as LimitUnit);
  if (valueBase.dimension !== target.dimension) return '';
  base = valueBase.base;
  const pct = Math.round((base / target.base) * 100);
  const first = formatAmount(target.base, target.dimension === 'count' ? 'count' : target.dimension, limit.unit === 'ms' ? 's' : limit.unit);
  return base > target.base ? ` — **${mdText(value)} is over ${first}**` : ` — ${mdText(value)} is ${pct}% of ${first}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The text of a one-line span (a hovered scalar as written), else undefined. */
export function hoveredValue(lines: LineIndex, span: Span): string | undefined {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  if (start.line !== end.line) return undefined;
  return lines.lineText(start.line).slice(start.character, end.character);
}
