/** Hover lines for DynamoDB table facets (billing mode, table class, stream, TTL), read from the model. */
import { formatNumber, limit } from '../limits';
import { knownOptions, type Entity, type ServerlessModel, type Table } from '../model';
import { mdCode } from '../text/markdown';

type BudgetLine = (entity: Entity, model: ServerlessModel) => string[];

const asTable = (entity: Entity): Table | undefined => (entity.kind === 'table' ? entity : undefined);

export const DYNAMODB_BUDGETS: Record<'dynamodb.billingMode' | 'dynamodb.tableClass' | 'dynamodb.stream' | 'dynamodb.ttl' | 'dynamodb.pitr', BudgetLine> = {
  'dynamodb.pitr': (entity) => {
    const table = asTable(entity);
    if (!table) return [];
    const min = limit('dynamodb.pitr.minDays').value;
    const max = limit('dynamodb.pitr.maxDays').value;
    const enabled = knownOptions(table.pointInTimeRecovery).map((v) => v.value);
    if (enabled.length && enabled.every((v) => !v)) return [`Point-in-time recovery **off**: only on-demand backups can restore this table (PITR keeps ${min}–${max} days).`];
    const days = knownOptions(table.pitrRecoveryPeriodDays);
    if (!days.length) return table.pitrRecoveryPeriodDays ? [] : [`Recovery period not set: PITR keeps the maximum, **${max} days** (${min}–${max} allowed).`];
    return days.map(({ value }) =>
      value < min || value > max ? `**RecoveryPeriodInDays ${formatNumber(value)}**: PITR keeps ${min}–${max} days.` : `RecoveryPeriodInDays ${formatNumber(value)} of ${min}–${max} days: restore to any second of the last ${formatNumber(value)} days.`,
    );
  },
  'dynamodb.billingMode': (entity) => {
    const table = asTable(entity);
    if (!table) return [];
    const throughput = table.provisionedThroughput ? 'ProvisionedThroughput is set' : 'no ProvisionedThroughput';
    if (!table.billingMode) return [`No BillingMode: the table is **PROVISIONED** (the default) and needs ProvisionedThroughput — here: ${throughput}.`];
    return knownOptions(table.billingMode).map(({ value }) =>
      value === 'PAY_PER_REQUEST'
        ? `**PAY_PER_REQUEST** (on-demand): pay per request, no capacity to plan; must not set ProvisionedThroughput — here: ${throughput}.`
        : value === 'PROVISIONED'
          ? `**PROVISIONED**: read and write capacity set separately in ProvisionedThroughput — here: ${throughput}.`
          : `${mdCode(value)} is not a billing mode: PROVISIONED or PAY_PER_REQUEST.`,
    );
  },
  'dynamodb.tableClass': (entity) => {
    const table = asTable(entity);
    if (!table) return [];
    return knownOptions(table.tableClass).map(({ value }) => `Table class ${mdCode(value)}${['STANDARD', 'STANDARD_INFREQUENT_ACCESS'].includes(value) ? '' : ' — **not valid**'}; the classes are STANDARD and STANDARD_INFREQUENT_ACCESS.`);
  },
  'dynamodb.stream': (entity, model) => {
    const table = asTable(entity);
    if (!table) return [];
    const hours = limit('dynamodb.streams.retentionHours').value;
    const lines = knownOptions(table.streamViewType).map(({ value }) => `Stream records carry ${describeView(value)}; kept ${formatNumber(hours)} hours.`);
    const consumers = model.functions.filter((f) => f.events.some((e) => e.kind === 'dynamodb-stream' && e.targetId === table.id)).map((f) => f.id);
    if (consumers.length) lines.push(`Read by ${consumers.map(mdCode).join(', ')}.`);
    return lines;
  },
  'dynamodb.ttl': (entity) => {
    const table = asTable(entity);
    if (!table) return [];
    return knownOptions(table.ttlAttribute).map(({ value }) => {
      const key = table.keyAttributes?.find((k) => k.name === value);
      const declared = key?.type ? ` (declared as a key attribute of type ${key.type}${key.type === 'N' ? '' : ' — **TTL ignores non-Number values**'})` : '';
      return `TTL attribute ${mdCode(value)}${declared}: a Number of epoch seconds; expired items are deleted typically within a few days, at no cost.`;
    });
  },
};

function describeView(view: string): string {
  switch (view) {
    case 'KEYS_ONLY':
      return 'only the key attributes (KEYS_ONLY)';
    case 'NEW_IMAGE':
      return 'the item after the change (NEW_IMAGE)';
    case 'OLD_IMAGE':
      return 'the item before the change (OLD_IMAGE)';
    case 'NEW_AND_OLD_IMAGES':
      return 'the item before and after the change (NEW_AND_OLD_IMAGES)';
    default:
      return `${mdCode(view)} — **not a valid view type**`;
  }
}
