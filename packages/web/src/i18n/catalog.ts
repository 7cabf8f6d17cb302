/** A message catalog: nested objects of strings, keyed as in the English catalog. */
export interface Catalog {
  readonly [key: string]: string | Catalog;
}
