// Arms-sale mutations through the API: exact money in, parties and event by code and slug, user
// errors with their input path, who may write, the audit, and refused writes changing nothing.
import type { TestApp } from './support/harness';
import { auditEntriesAfter, startTestAppWithKeys, expectDenied, expectRefused, Keys, lastAuditId, mutate } from './mutations-helpers';

let app: TestApp;
let keys: Keys;
beforeAll(async () => ({ app, keys } = await startTestAppWithKeys()));
afterAll(() => app.close());

const saleFields = `id slug items designation quantity status announcedDate valueUsd valueUsdExact valueFormatted
  supplier { code } recipient { code } event { slug }`;
const CREATE = `mutation ($input: CreateArmsSaleInput!) {
  createArmsSale(input: $input) { armsSale { ${saleFields} } userErrors { field message code } }
}`;
const UPDATE = `mutation ($input: UpdateArmsSaleInput!) {
  updateArmsSale(input: $input) { armsSale { ${saleFields} } userErrors { field message code } }
}`;
const DELETE = `mutation ($input: DeleteArmsSaleInput!) {
  deleteArmsSale(input: $input) { deletedArmsSaleId userErrors { field message code } }
}`;
const SEED_SALE = 'us-japan-medium-range-missiles-2025-01-03';
const VALID = { supplier: 'US', recipient: 'PL', items: 'Patriot batteries', status: 'NOTIFIED' };

describe('createArmsSale', () => {
  test('records a sale with an exact value, readable through queries', async () => {
    const { armsSale } = await mutate(app, keys.editor, CREATE, {
      input: {
        supplier: 'usa', recipient: 'pol', valueUsd: '1234567890123.45', items: 'Patriot air defence batteries',
        designation: 'MIM-104 Patriot', quantity: 0, status: 'NOTIFIED', announcedDate: '2025-02-01',
        event: 'us-approves-missile-sale-to-japan-2025-01-03', slug: 'us-poland-patriot-2025',
      },
    });
    expect(armsSale).toEqual({
      id: expect.any(String), slug: 'us-poland-patriot-2025', items: 'Patriot air defence batteries', designation: 'MIM-104 Patriot',
      quantity: 0, status: 'NOTIFIED', announcedDate: '2025-02-01', valueUsd: 1234567890123.45, valueUsdExact: '1234567890123.45',
      valueFormatted: 'US$1.23 trillion', supplier: { code: 'US' }, recipient: { code: 'PL' },
      event: { slug: 'us-approves-missile-sale-to-japan-2025-01-03' },
    });
    const read = await app.graphql(`{ country(code: "PL") { armsSales(role: RECIPIENT) { edges { node { ${saleFields} } } } } }`);
    expect(read.data!.country.armsSales.edges).toEqual([{ node: armsSale }]);
  });

  test('a value may be a JSON number', async () => {
    const { armsSale } = await mutate(app, keys.editor, CREATE, { input: { ...VALID, valueUsd: 950000.5 } });
    expect(armsSale.valueUsdExact).toBe('950000.50');
  });

  test.each([
    ['the supplier as recipient', { recipient: 'usa' }, [{ field: ['input', 'recipient'], code: 'INVALID' }]],
    ['a negative value', { valueUsd: '-1' }, [{ field: ['input', 'valueUsd'], code: 'OUT_OF_RANGE' }]],
    ['a negative quantity', { quantity: -1 }, [{ field: ['input', 'quantity'], code: 'OUT_OF_RANGE' }]],
    ['an unknown supplier', { supplier: 'XX' }, [{ field: ['input', 'supplier'], code: 'NOT_FOUND' }]],
    ['an unknown recipient', { recipient: 'XXX' }, [{ field: ['input', 'recipient'], code: 'NOT_FOUND' }]],
    ['an unknown event', { event: 'no-such-event' }, [{ field: ['input', 'event'], code: 'NOT_FOUND' }]],
    ['items over 2,000 characters', { items: 'i'.repeat(2001) }, [{ field: ['input', 'items'], code: 'TOO_LONG' }]],
    ['blank items', { items: ' ' }, [{ field: ['input', 'items'], code: 'REQUIRED' }]],
    ['a taken slug', { slug: SEED_SALE }, [{ field: ['input', 'slug'], code: 'TAKEN' }]],
  ])('%s is a user error and changes nothing', async (_what, fields, expected) => {
    await expectRefused(app, keys.editor, CREATE, { input: { ...VALID, ...fields } }, expected);
  });

  test('a value that is not a decimal is refused by the Decimal scalar (BAD_USER_INPUT)', async () => {
    const response = await app.graphql(CREATE, { input: { ...VALID, valueUsd: '1e9' } }, { apiKey: keys.editor });
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  test('anonymous is UNAUTHENTICATED, a reader FORBIDDEN', async () => {
    await expectDenied(app, undefined, CREATE, { input: VALID }, 'UNAUTHENTICATED');
    await expectDenied(app, keys.reader, CREATE, { input: VALID }, 'FORBIDDEN');
  });

  test('is audited with the exact value', async () => {
    const since = await lastAuditId(app);
    const { armsSale } = await mutate(app, keys.editor, CREATE, { input: { ...VALID, valueUsd: '3640000000' } });
    expect(await auditEntriesAfter(app, since)).toEqual([
      {
        apiKeyId: keys.editorId, action: 'createArmsSale', entityType: 'ArmsSale',
        entityId: Number(Buffer.from(armsSale.id, 'base64url').toString().split(':')[1]),
        before: null, after: expect.objectContaining({ valueUsd: '3640000000', items: 'Patriot batteries' }),
      },
    ]);
  });
});

describe('updateArmsSale', () => {
  test('changes the fields given; null unlinks the event and clears the value', async () => {
    const { armsSale } = await mutate(app, keys.editor, UPDATE, { input: { armsSale: SEED_SALE, status: 'CONTRACTED', quantity: 400 } });
    expect(armsSale).toMatchObject({ status: 'CONTRACTED', quantity: 400, valueUsdExact: '3640000000.00', supplier: { code: 'US' } });
    const unlinked = await mutate(app, keys.editor, UPDATE, { input: { armsSale: armsSale.id, event: null, valueUsd: null } });
    expect(unlinked.armsSale).toMatchObject({ event: null, valueUsd: null, status: 'CONTRACTED' });
    const relinked = await mutate(app, keys.editor, UPDATE, { input: { armsSale: armsSale.id, event: 'us-approves-missile-sale-to-japan-2025-01-03' } });
    expect(relinked.armsSale.event).toEqual({ slug: 'us-approves-missile-sale-to-japan-2025-01-03' });
  });

  test('the statistics by year follow the announcement date as it changes; without one a sale has no year', async () => {
    const stats = async () => {
      const response = await app.graphql(`{ armsSaleStats(groupBy: [SUPPLIER, YEAR], filter: { supplier: "SE" }) { supplier { code } year count totalValueUsdExact } }`);
      expect(response.errors).toBeUndefined();
      return response.data!.armsSaleStats;
    };
    const { armsSale } = await mutate(app, keys.editor, CREATE, {
      input: { ...VALID, supplier: 'SE', valueUsd: '250000000', announcedDate: '2024-12-31', slug: 'sweden-poland-by-year' },
    });
    expect(await stats()).toEqual([{ supplier: { code: 'SE' }, year: 2024, count: 1, totalValueUsdExact: '250000000.00' }]);
    await mutate(app, keys.editor, UPDATE, { input: { armsSale: armsSale.id, announcedDate: '2026-01-01' } });
    expect(await stats()).toEqual([{ supplier: { code: 'SE' }, year: 2026, count: 1, totalValueUsdExact: '250000000.00' }]);
    await mutate(app, keys.editor, UPDATE, { input: { armsSale: armsSale.id, announcedDate: null } });
    expect(await stats()).toEqual([{ supplier: { code: 'SE' }, year: null, count: 1, totalValueUsdExact: '250000000.00' }]);
  });

  test('the parties are checked against what is stored', async () => {
    // The seed sale is US → JP: making Japan the supplier sells to itself.
    await expectRefused(app, keys.editor, UPDATE, { input: { armsSale: SEED_SALE, supplier: 'JP' } }, [
      { field: ['input', 'recipient'], code: 'INVALID' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { armsSale: SEED_SALE, items: null, status: null } }, [
      { field: ['input', 'items'], code: 'REQUIRED' },
      { field: ['input', 'status'], code: 'REQUIRED' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { armsSale: 'no-such-sale', status: 'DELIVERED' } }, [
      { field: ['input', 'armsSale'], code: 'NOT_FOUND' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { armsSale: SEED_SALE, valueUsd: '-3640000000' } }, [
      { field: ['input', 'valueUsd'], code: 'OUT_OF_RANGE' },
    ]);
  });
});

describe('deleteArmsSale', () => {
  test('editors cannot delete; admins can', async () => {
    const { armsSale } = await mutate(app, keys.editor, CREATE, { input: { ...VALID, slug: 'to-delete' } });
    await expectDenied(app, keys.editor, DELETE, { input: { armsSale: 'to-delete' } }, 'FORBIDDEN');
    const since = await lastAuditId(app);
    const payload = await mutate(app, keys.admin, DELETE, { input: { armsSale: 'to-delete' } });
    expect(payload.deletedArmsSaleId).toBe(armsSale.id);
    expect(await app.db.armsSale.count({ where: { slug: 'to-delete' } })).toBe(0);
    expect(await auditEntriesAfter(app, since)).toEqual([
      expect.objectContaining({ apiKeyId: keys.adminId, action: 'deleteArmsSale', entityType: 'ArmsSale', before: expect.objectContaining({ slug: 'to-delete' }), after: null }),
    ]);
    await expectRefused(app, keys.admin, DELETE, { input: { armsSale: armsSale.id } }, [{ field: ['input', 'armsSale'], code: 'NOT_FOUND' }]);
  });
});
