// The order writes take their natural-key locks in (src/ingest/locks.ts): one order for all, so two
// writes never wait for each other in a circle.
import { articleKey, eventSlugKey, lockOrder, LockSpace, personNameKey, personSlugKey } from '../src/ingest/locks';

test('each key once, articles before people before events, each kind by lock number', () => {
  const keys = [eventSlugKey('talks'), personSlugKey('antony-blinken'), articleKey({ url: 'https://example.org/a', contentHash: null }), personNameKey('blinken'), eventSlugKey('talks')];
  const order = lockOrder(keys);
  expect(order).toHaveLength(4);
  expect(order.map((lock) => lock.space)).toEqual([LockSpace.ARTICLE, LockSpace.PERSON, LockSpace.PERSON, LockSpace.EVENT]);
  expect(order[1].number).toBeLessThan(order[2].number);
  expect(lockOrder([...keys].reverse())).toEqual(order);
});

test('an article without a URL is locked by the hash of its text', () => {
  expect(lockOrder([articleKey({ url: null, contentHash: 'abc' })])).not.toEqual(lockOrder([articleKey({ url: 'abc', contentHash: null })]));
});
