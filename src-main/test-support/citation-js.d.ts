/** citation-js ships no types; tests use only its Cite constructor and `data`. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: unknown);
    data: unknown[];
  }
}
declare module '@citation-js/plugin-ris';
