/**
 * A text in both languages the library speaks: Chinese (the form's own language) and English.
 * @category Model
 */
export interface LocalizedText {
  /** Chinese. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/**
 * A language the library writes messages in.
 * @category Model
 */
export type Locale = keyof LocalizedText;
