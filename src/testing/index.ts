/**
 * `ogi-report/testing`: fixtures, fast-check arbitraries and assertions for testing integrations with
 * ogi-report. fast-check is an optional peer dependency needed by this entry only; the main entry
 * never loads it.
 *
 * @module
 */
export { arbitraryReport, arbitraryRequestRegister, type ArbitraryReportOptions } from './arbitraries.js';
export { arbitraryCorruption, type Corruption, type CorruptionOptions, type CorruptibleRule } from './corruptions.js';
export { assertBreaks, assertConsistent, type AssertConsistentOptions } from './assertions.js';
export { consistentReport2019, consistentReport2021, seedReport } from './fixtures.js';
export { seedText } from './seedText.js';
export { asPublished, publishingStyles, type Published, type PublishingStyle } from './asPublished.js';
export { previousReportOf } from './previous.js';
