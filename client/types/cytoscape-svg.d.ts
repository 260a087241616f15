// cytoscape-svg ships no type declarations; it is a plain Cytoscape extension adding cy.svg().
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const cytoscapeSvg: Ext;
  export default cytoscapeSvg;
}
