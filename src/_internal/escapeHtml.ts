const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for HTML content and attribute values. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] as string);

/**
 * A caller's string as an id or class token: letters, digits, `_` and `-` kept, anything else `_`
 * (a token lives inside space-separated attribute lists such as `data-notes` and `class`).
 */
export const token = (s: unknown) => String(s).replace(/[^\w-]/g, '_');
