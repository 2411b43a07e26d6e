/** A stretch of the document by offsets, end exclusive. */
export interface Range {
  start: number;
  end: number;
}
