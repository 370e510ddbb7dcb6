/** An agency name is one printed line, not blank: it heads the published report. */
export const AGENCY_NAME = /^[^\r\n]*\S[^\r\n]*$/;
