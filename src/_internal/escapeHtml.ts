const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for HTML content and attribute values. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] as string);
