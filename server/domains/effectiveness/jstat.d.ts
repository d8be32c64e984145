// jstat ships no type declarations; this names the one function Pantau uses. It is a CommonJS
// module: Node's ESM loader gives its exports only as the default import.
declare module 'jstat' {
  const jstat: {
    jStat: {
      studentt: {
        /** Quantile of Student's t distribution with `dof` (any real > 0) degrees of freedom. */
        inv(p: number, dof: number): number;
      };
    };
  };
  export default jstat;
}
