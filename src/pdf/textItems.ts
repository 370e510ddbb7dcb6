/**
 * The text of a PDF as positioned items — the input of the geometry. pdf.js gives each item's
 * baseline in PDF space (origin bottom-left); here positions are from the page's top-left corner.
 */

/**
 * A run of text on a PDF page, as pdf.js's `getTextContent()` gives it, with its position from the
 * page's top-left corner in PDF points.
 * @category Parsing
 */
export interface PdfTextItem {
  /** The text. */
  readonly str: string;
  /** Left edge. */
  readonly x: number;
  /** Baseline, from the top of the page (grows downwards). */
  readonly y: number;
  /** Advance width, in points. */
  readonly width: number;
  /** The font size (the item's height). */
  readonly height: number;
}

/**
 * A page of a PDF as text items.
 * @category Parsing
 */
export interface PdfTextPage {
  /** 1-based page number. */
  readonly page: number;
  /** Page width, in points. */
  readonly width: number;
  /** Page height, in points. */
  readonly height: number;
  /** The page's text items, in the order pdf.js gives them. */
  readonly items: readonly PdfTextItem[];
}
