// Article and mention mutations through the API: create, update, delete (with the facts only the
// deleted article supported), mention links; user errors, who may write, the audit.
import type { TestApp } from './support/harness';
import { auditEntriesAfter, startTestAppWithKeys, expectDenied, expectRefused, Keys, lastAuditId, mutate } from './mutations-helpers';

let app: TestApp;
let keys: Keys;
beforeAll(async () => ({ app, keys } = await startTestAppWithKeys()));
afterAll(() => app.close());

const SEED_URL = 'https://www.independent.co.uk/news/world/americas/us-politics/blinken-south-korea-japan-france-trip-b2673524.html';
const articleFields = 'id url title subtitle summary body source author publishedAt language';
const CREATE = `mutation ($input: CreateArticleInput!) {
  createArticle(input: $input) { article { ${articleFields} } userErrors { field message code } }
}`;
const UPDATE = `mutation ($input: UpdateArticleInput!) {
  updateArticle(input: $input) { article { ${articleFields} } userErrors { field message code } }
}`;
const DELETE = `mutation ($input: DeleteArticleInput!) {
  deleteArticle(input: $input) { deletedArticleId deletedEventIds deletedArmsSaleIds userErrors { field message code } }
}`;
const ADD_MENTION = `mutation ($input: AddArticleMentionInput!) {
  addArticleMention(input: $input) {
    article { people { edges { node { slug } } } countries { totalCount } events { totalCount } armsSales { totalCount } }
    userErrors { field message code }
  }
}`;
const REMOVE_MENTION = `mutation ($input: RemoveArticleMentionInput!) {
  removeArticleMention(input: $input) { article { id } userErrors { field message code } }
}`;
const CREATE_EVENT = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { field message code } } }`;
const CREATE_SALE = `mutation ($input: CreateArmsSaleInput!) { createArmsSale(input: $input) { armsSale { id } userErrors { field message code } } }`;

describe('createArticle', () => {
  test('records an article, readable by URL', async () => {
    const input = {
      url: 'https://example.com/news/tokyo-talks', title: 'Blinken in Tokyo', subtitle: 'Alliance talks', summary: 'Our summary.',
      body: 'Text.', source: 'Example News', author: 'A. Writer', publishedAt: '2025-01-07T09:30:00.000Z', language: 'en',
    };
    const { article } = await mutate(app, keys.editor, CREATE, { input });
    expect(article).toEqual({ id: expect.any(String), ...input });
    const read = await app.graphql(`query ($url: String!) { article(url: $url) { ${articleFields} } }`, { url: input.url });
    expect(read.data!.article).toEqual(article);
  });

  test('a pasted article without URL is keyed by its body; the same body again is TAKEN on input.body', async () => {
    const { article } = await mutate(app, keys.editor, CREATE, { input: { title: 'Pasted', body: 'Pasted text of a wire story.' } });
    expect(article).toMatchObject({ url: null, language: 'en' });
    const stored = await app.db.article.findFirstOrThrow({ where: { title: 'Pasted' } });
    expect(stored.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await expectRefused(app, keys.editor, CREATE, { input: { title: 'Pasted again', body: 'Pasted text of a wire story.' } }, [
      { field: ['input', 'body'], code: 'TAKEN' },
    ]);
  });

  test.each([
    ['a taken URL', { url: SEED_URL }, [{ field: ['input', 'url'], code: 'TAKEN' }]],
    ['neither URL nor body', { url: null }, [{ field: ['input', 'url'], code: 'REQUIRED' }]],
    ['a URL that is not http(s)', { url: 'ftp://example.com/a' }, [{ field: ['input', 'url'], code: 'INVALID' }]],
    ['a URL that is not a URL', { url: 'not a url' }, [{ field: ['input', 'url'], code: 'INVALID' }]],
    ['a URL over 2,000 characters', { url: `https://example.com/${'a'.repeat(2000)}` }, [{ field: ['input', 'url'], code: 'TOO_LONG' }]],
    ['a title over 500 characters', { title: 't'.repeat(501) }, [{ field: ['input', 'title'], code: 'TOO_LONG' }]],
    ['a blank title', { title: '' }, [{ field: ['input', 'title'], code: 'REQUIRED' }]],
    ['a body over 1,000,000 characters', { body: 'b'.repeat(1_000_001) }, [{ field: ['input', 'body'], code: 'TOO_LONG' }]],
    ['a bad language code', { language: 'English' }, [{ field: ['input', 'language'], code: 'INVALID' }]],
  ])('%s is a user error and changes nothing', async (_what, fields, expected) => {
    await expectRefused(app, keys.editor, CREATE, { input: { url: 'https://example.com/refused', title: 'Refused', ...fields } }, expected);
  });

  test('anonymous is UNAUTHENTICATED, a reader FORBIDDEN', async () => {
    await expectDenied(app, undefined, CREATE, { input: { url: 'https://example.com/x', title: 'X' } }, 'UNAUTHENTICATED');
    await expectDenied(app, keys.reader, CREATE, { input: { url: 'https://example.com/x', title: 'X' } }, 'FORBIDDEN');
  });
});

describe('updateArticle', () => {
  test('changes the fields given, found by URL or ID; audited without the body', async () => {
    await mutate(app, keys.editor, CREATE, { input: { url: 'https://example.com/editable', title: 'Editable', body: 'Long text.' } });
    const since = await lastAuditId(app);
    const { article } = await mutate(app, keys.editor, UPDATE, {
      input: { article: 'https://example.com/editable', title: 'Edited', url: 'https://example.com/edited', author: null },
    });
    expect(article).toMatchObject({ title: 'Edited', url: 'https://example.com/edited', body: 'Long text.', author: null });
    const [entry] = await auditEntriesAfter(app, since);
    expect(entry).toMatchObject({
      apiKeyId: keys.editorId, action: 'updateArticle', entityType: 'Article',
      before: expect.objectContaining({ title: 'Editable', bodyLength: 10 }), after: expect.objectContaining({ title: 'Edited' }),
    });
    expect(entry.before).not.toHaveProperty('body');
  });

  test('user errors: unknown article, taken URL, null title, removing the only key', async () => {
    await mutate(app, keys.editor, CREATE, { input: { url: 'https://example.com/keyed', title: 'Keyed' } });
    await expectRefused(app, keys.editor, UPDATE, { input: { article: 'https://example.com/none', title: 'X' } }, [
      { field: ['input', 'article'], code: 'NOT_FOUND' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { article: 'https://example.com/keyed', url: SEED_URL } }, [
      { field: ['input', 'url'], code: 'TAKEN' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { article: 'https://example.com/keyed', title: null } }, [
      { field: ['input', 'title'], code: 'REQUIRED' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { article: 'https://example.com/keyed', url: null } }, [
      { field: ['input', 'url'], code: 'REQUIRED' },
    ]);
  });
});

describe('mentions', () => {
  test('add each kind, update counts by adding again, remove; the mentioned objects stay', async () => {
    const url = 'https://example.com/mentions';
    await mutate(app, keys.editor, CREATE, { input: { url, title: 'Mentions' } });
    await mutate(app, keys.editor, ADD_MENTION, { input: { article: url, person: 'antony-blinken', mentionCount: 3, firstOffset: 10 } });
    await mutate(app, keys.editor, ADD_MENTION, { input: { article: url, country: 'kor' } });
    await mutate(app, keys.editor, ADD_MENTION, { input: { article: url, event: 'yoon-suk-yeol-impeachment' } });
    const last = await mutate(app, keys.editor, ADD_MENTION, { input: { article: url, armsSale: 'us-japan-medium-range-missiles-2025-01-03' } });
    expect(last.article).toEqual({
      people: { edges: [{ node: { slug: 'antony-blinken' } }] }, countries: { totalCount: 1 }, events: { totalCount: 1 }, armsSales: { totalCount: 1 },
    });
    const article = await app.db.article.findUniqueOrThrow({ where: { url } });
    const blinken = await app.db.person.findUniqueOrThrow({ where: { slug: 'antony-blinken' } });
    const mention = () => app.db.articlePerson.findUniqueOrThrow({ where: { articleId_personId: { articleId: article.id, personId: blinken.id } } });
    expect(await mention()).toMatchObject({ mentionCount: 3, firstOffset: 10 });
    // Adding again sets the counts given and keeps the others.
    await mutate(app, keys.editor, ADD_MENTION, { input: { article: url, person: 'antony-blinken', mentionCount: 5 } });
    expect(await mention()).toMatchObject({ mentionCount: 5, firstOffset: 10 });
    const korea = await app.db.articleCountry.findFirstOrThrow({ where: { articleId: article.id } });
    expect(korea).toMatchObject({ mentionCount: 1, firstOffset: null });

    const since = await lastAuditId(app);
    await mutate(app, keys.editor, REMOVE_MENTION, { input: { article: url, person: 'antony-blinken' } });
    expect(await app.db.articlePerson.count({ where: { articleId: article.id } })).toBe(0);
    expect(await app.db.person.count({ where: { slug: 'antony-blinken' } })).toBe(1);
    expect(await auditEntriesAfter(app, since)).toEqual([
      expect.objectContaining({ apiKeyId: keys.editorId, action: 'removeArticleMention', entityType: 'Article', entityId: article.id, before: expect.objectContaining({ kind: 'person', mentionCount: 5 }) }),
    ]);
    await expectRefused(app, keys.editor, REMOVE_MENTION, { input: { article: url, person: 'antony-blinken' } }, [
      { field: ['input', 'person'], code: 'NOT_FOUND' },
    ]);
  });

  test.each([
    ['nothing mentioned', { article: SEED_URL }, [{ field: ['input'], code: 'INVALID' }]],
    ['two things at once', { article: SEED_URL, person: 'antony-blinken', country: 'US' }, [{ field: ['input'], code: 'INVALID' }]],
    ['an unknown article and person', { article: 'https://example.com/none', person: 'nobody' }, [
      { field: ['input', 'article'], code: 'NOT_FOUND' }, { field: ['input', 'person'], code: 'NOT_FOUND' },
    ]],
    ['an unknown country', { article: SEED_URL, country: 'XX' }, [{ field: ['input', 'country'], code: 'NOT_FOUND' }]],
    ['an unknown event', { article: SEED_URL, event: 'never-happened' }, [{ field: ['input', 'event'], code: 'NOT_FOUND' }]],
    ['an unknown sale', { article: SEED_URL, armsSale: 'never-sold' }, [{ field: ['input', 'armsSale'], code: 'NOT_FOUND' }]],
    ['a mention count of 0', { article: SEED_URL, person: 'antony-blinken', mentionCount: 0 }, [{ field: ['input', 'mentionCount'], code: 'OUT_OF_RANGE' }]],
    ['a negative offset', { article: SEED_URL, person: 'antony-blinken', firstOffset: -1 }, [{ field: ['input', 'firstOffset'], code: 'OUT_OF_RANGE' }]],
  ])('%s is a user error and changes nothing', async (_what, input, expected) => {
    await expectRefused(app, keys.editor, ADD_MENTION, { input }, expected);
  });

  test('a reader cannot add mentions', async () => {
    await expectDenied(app, keys.reader, ADD_MENTION, { input: { article: SEED_URL, country: 'CN' } }, 'FORBIDDEN');
  });
});

describe('deleteArticle', () => {
  test('deletes what only this article supported; shared and hand-made facts, people and countries stay', async () => {
    // Two articles share an event; one of them alone supports another event and a sale; a third
    // event and a sale were recorded by hand, with no source at all.
    const first = 'https://example.com/first';
    const second = 'https://example.com/second';
    await mutate(app, keys.editor, CREATE, { input: { url: first, title: 'First' } });
    await mutate(app, keys.editor, CREATE, { input: { url: second, title: 'Second' } });
    const shared = (await mutate(app, keys.editor, CREATE_EVENT, { input: { title: 'Shared', type: 'MEETING', slug: 'shared' } })).event.id;
    const onlyFirst = (await mutate(app, keys.editor, CREATE_EVENT, { input: { title: 'Only first', type: 'MEETING', slug: 'only-first' } })).event.id;
    const handMade = (await mutate(app, keys.editor, CREATE_EVENT, { input: { title: 'Hand made', type: 'MEETING', slug: 'hand-made' } })).event.id;
    const saleOnlyFirst = (await mutate(app, keys.editor, CREATE_SALE, {
      input: { supplier: 'FR', recipient: 'IN', items: 'Rafale jets', status: 'CONTRACTED', slug: 'sale-only-first' },
    })).armsSale.id;
    const saleHandMade = (await mutate(app, keys.editor, CREATE_SALE, {
      input: { supplier: 'FR', recipient: 'EG', items: 'Frigate', status: 'DELIVERED', slug: 'sale-hand-made' },
    })).armsSale.id;
    for (const input of [
      { article: first, event: 'shared' }, { article: second, event: 'shared' }, { article: first, event: 'only-first' },
      { article: first, armsSale: 'sale-only-first' }, { article: first, person: 'antony-blinken' }, { article: first, country: 'IN' },
    ]) {
      await mutate(app, keys.editor, ADD_MENTION, { input });
    }
    const firstId = (await app.graphql(`query ($url: String!) { article(url: $url) { id } }`, { url: first })).data!.article.id;

    await expectDenied(app, keys.editor, DELETE, { input: { article: first } }, 'FORBIDDEN');
    const since = await lastAuditId(app);
    const payload = await mutate(app, keys.admin, DELETE, { input: { article: first } });
    expect(payload).toEqual({ deletedArticleId: firstId, deletedEventIds: [onlyFirst], deletedArmsSaleIds: [saleOnlyFirst], userErrors: [] });

    const read = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [shared, handMade, saleHandMade] });
    expect(read.errors).toBeUndefined();
    expect(read.data!.nodes).toEqual([{ id: shared }, { id: handMade }, { id: saleHandMade }]);
    expect(await app.db.event.count({ where: { slug: 'only-first' } })).toBe(0);
    expect(await app.db.armsSale.count({ where: { slug: 'sale-only-first' } })).toBe(0);
    expect(await app.db.person.count({ where: { slug: 'antony-blinken' } })).toBe(1);
    const sharedSources = await app.graphql(`{ events(filter: { text: "Shared" }) { edges { node { articles { edges { node { url } } } } } } }`);
    expect(sharedSources.data!.events.edges[0].node.articles.edges).toEqual([{ node: { url: second } }]);

    const entries = await auditEntriesAfter(app, since);
    expect(entries.map(({ apiKeyId, action, entityType }) => [apiKeyId, action, entityType])).toEqual([
      [keys.adminId, 'deleteArticle', 'Article'],
      [keys.adminId, 'deleteArticle', 'ArmsSale'],
      [keys.adminId, 'deleteArticle', 'Event'],
    ]);
    expect(entries[0].before).toMatchObject({ url: first });
    expect(entries[0].after).toEqual({ deletedEventIds: [expect.any(Number)], deletedArmsSaleIds: [expect.any(Number)] });

    await expectRefused(app, keys.admin, DELETE, { input: { article: first } }, [{ field: ['input', 'article'], code: 'NOT_FOUND' }]);
  });

  test('deleting the seed article removes its unshared events; what the mentions test article shares stays', async () => {
    // https://example.com/mentions (above) also mentions the impeachment and the missile sale.
    const people = await app.db.person.count();
    const countries = await app.db.country.count();
    const payload = await mutate(app, keys.admin, DELETE, { input: { article: SEED_URL } });
    expect(payload.deletedEventIds.length).toBeGreaterThan(0);
    expect(payload.deletedArmsSaleIds).toEqual([]);
    expect(await app.db.event.findUnique({ where: { slug: 'yoon-suk-yeol-impeachment' } })).not.toBeNull();
    expect(await app.db.event.findUnique({ where: { slug: 'yoon-suk-yeol-martial-law' } })).toBeNull();
    expect(await app.db.armsSale.count({ where: { slug: 'us-japan-medium-range-missiles-2025-01-03' } })).toBe(1);
    expect(await app.db.person.count()).toBe(people);
    expect(await app.db.country.count()).toBe(countries);
  });
});
