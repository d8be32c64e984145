// jstat ships no type declarations; this names the one function Pantau uses.
declare module 'jstat' {
  export const jStat: {
    studentt: {
      /** Quantile of Student's t distribution with `dof` (any real > 0) degrees of freedom. */
      inv(p: number, dof: number): number;
    };
  };
}
