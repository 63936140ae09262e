/** Shared by the DynamoDB value rules: checks a value against the values CloudFormation accepts. */
import type { Fix } from '../findings';
import { knownOptions, type Entity, type KnownValue, type Value } from '../model';
import { replaceFix } from './fixes';
import type { RuleContext } from './rule';
import { quote } from '../text/quote';

export interface EnumCheck {
  readonly property: string;
  readonly allowed: readonly string[];
  /** Known misspellings and what they mean, e.g. `STANDARD_IA` → `STANDARD_INFREQUENT_ACCESS`. */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** Reports each known option of `value` that is not allowed, with a fix when the intended value is clear. */
export function checkEnumValue(context: RuleContext, entity: Entity, value: Value<string> | undefined, check: EnumCheck): void {
  for (const option of knownOptions(value)) {
    if (check.allowed.includes(option.value)) continue;
    const intended = intendedValue(option.value, check);
    context.report({
      at: option,
      entity,
      message: `${check.property} \`${quote(option.value)}\` is not valid${intended ? ` (did you mean ${intended}?)` : ''}: use one of ${check.allowed.join(', ')}.`,
      fix: intended ? fixTo(option, intended, check.property) : undefined,
    });
  }
}

function intendedValue(value: string, check: EnumCheck): string | undefined {
  const normalized = value.trim().toUpperCase().split('-').join('_');
  const alias = check.aliases?.[normalized];
  if (alias) return alias;
  return check.allowed.find((a) => a === normalized);
}

function fixTo(option: KnownValue<string>, intended: string, property: string): Fix | undefined {
  return replaceFix(option, intended, `Set ${property} to ${intended}`);
}
