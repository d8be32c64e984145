// A counter that changes whenever stored data changes (an import, a seed). Caches of analytic
// answers (rendered charts, CSV downloads) put it in their keys, so that after an import every
// answer reflects the new data at once without anyone having to know which caches exist.
let version = 0;

export function dataVersion(): number {
  return version;
}

export function bumpDataVersion(): void {
  version += 1;
}
