// Boot data the server writes into index.html (see server/http/static-client.ts): facts the
// first render needs, so that no query has to wait for another. Absent under `npm run dev`.
interface BootData {
  latestYear?: Record<string, number>;
}

let cached: BootData | undefined;

export function bootData(): BootData {
  if (cached) return cached;
  try {
    cached = JSON.parse(document.getElementById('pantau-boot')?.textContent || '{}') as BootData;
  } catch {
    cached = {};
  }
  return cached;
}
