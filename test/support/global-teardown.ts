export default async function () { await (globalThis as any).__db?.stop(); }
