// The founding article's graph, as DESIGN.md states it, read back through the API.
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test("Japan's arms purchases include the US sale of 3.64 billion dollars", async () => {
  const response = await app.graphql(`{
    country(code: "jp") {
      name
      armsSales(role: RECIPIENT) {
        totalCount
        edges { node { supplier { code } valueUsd valueUsdExact valueFormatted items status announcedDate } }
      }
    }
  }`);
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({
    country: {
      name: 'Japan',
      armsSales: {
        totalCount: 1,
        edges: [
          {
            node: {
              supplier: { code: 'US' },
              valueUsd: 3640000000,
              valueUsdExact: '3640000000.00',
              valueFormatted: 'US$3.64 billion',
              items: 'medium-range missiles, related equipment and training',
              status: 'APPROVED',
              announcedDate: '2025-01-03',
            },
          },
        ],
      },
    },
  });
});
