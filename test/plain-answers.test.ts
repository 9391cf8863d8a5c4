// The statistics answered plainly (src/schema/plain-answers.ts) answer what graphql-js answers: each
// selection is compared with the same selection plus one field that has a resolver of its own, which
// graphql-js answers (the plan does not foresee it), with that field taken out again.
import { startTestApp, TestApp } from './support/harness';

/** `value` without the property `key` anywhere in it. */
function without(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((item) => without(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key).map(([name, item]) => [name, without(item, key)]));
  }
  return value;
}

describe('statistics answered plainly', () => {
  let app: TestApp;
  const groupStatements: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({ onQuery: (sql) => { if (/GROUP BY/.test(sql)) groupStatements.push(sql); } });
  });
  afterAll(() => app.close());

  const selections: Array<[string, string, Record<string, unknown> | undefined]> = [
    [
      'arms sales, every key, aliases, a fragment and __typename',
      `query Stats($filter: ArmsSaleFilter) {
        bySupplier: armsSaleStats(groupBy: [SUPPLIER, YEAR], filter: $filter) { supplier { code name ...Names } year count ...Totals EXTRA }
        everyKey: armsSaleStats(groupBy: [STATUS, RECIPIENT, SUPPLIER, YEAR]) { __typename status recipient { __typename code code3 capitals } supplier { code } year count n: count EXTRA }
      }
      fragment Names on Country { officialName aliases demonyms }
      fragment Totals on ArmsSaleStatsRow { countWithKnownValue totalValueUsd totalValueUsdExact }`,
      { filter: { supplier: 'USA' } },
    ],
    [
      'events by country, month, type and year',
      `{ eventStats(groupBy: [COUNTRY, MONTH, TYPE, YEAR]) { country { code name EXTRA } month type year count } }`,
      undefined,
    ],
  ];

  test.each(selections)('%s: the same answer as graphql-js gives', async (_name, query, variables) => {
    const plain = await app.graphql(query.replace(/EXTRA/g, ''), variables);
    const extra = query.includes('country {') ? 'id' : 'totalValueFormatted';
    const executed = await app.graphql(query.replace(/EXTRA/g, extra), variables);
    expect(plain.errors).toBeUndefined();
    expect(executed.errors).toBeUndefined();
    expect(JSON.stringify(plain.data)).toContain('"count"');
    expect(without(executed.data, extra)).toEqual(plain.data);
    expect(plain.sqlStatements).toBe(executed.sqlStatements);
  });

  test('refused arguments and variables are graphql-js\'s errors', async () => {
    const repeated = await app.graphql('{ armsSaleStats(groupBy: [YEAR, YEAR]) { count } }');
    expect(repeated.errors?.[0]).toMatchObject({ message: 'groupBy: YEAR is given more than once', path: ['armsSaleStats'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(repeated.data).toBeNull();
    const badVariable = await app.graphql('query ($groupBy: [ArmsSaleStatsGroup!]!) { armsSaleStats(groupBy: $groupBy) { count } }', { groupBy: ['DECADE'] });
    expect(badVariable.status).toBe(400);
    expect(badVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('while the countries are read again, graphql-js answers with the rows already read: one statement for the groups', async () => {
    const query = '{ armsSaleStats(groupBy: [SUPPLIER]) { supplier { code name } count } }';
    const before = await app.graphql(query);
    // A change to Country makes the country directory read the countries again: the groups' countries are then promises.
    await app.db.$executeRawUnsafe(`UPDATE "Country" SET "name" = "name" WHERE "code" = 'US'`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    groupStatements.length = 0;
    const after = await app.graphql(query);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect(groupStatements).toHaveLength(1);
  });
});

describe('statistics answered plainly, with a small response budget', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ limits: { maxResponseBytes: 60 } });
  });
  afterAll(() => app.close());

  test('text over the budget gives the one RESPONSE_TOO_LARGE error, as graphql-js does', async () => {
    const plain = await app.graphql('{ armsSaleStats(groupBy: [SUPPLIER]) { supplier { name officialName aliases } count } }');
    const executed = await app.graphql('{ armsSaleStats(groupBy: [SUPPLIER]) { supplier { name officialName aliases } count totalValueFormatted } }');
    expect(plain.data).toBeUndefined();
    expect(plain.errors).toEqual(executed.errors);
    expect(plain.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });
});
