/**
 * Strings a hostile caller or a stored, tampered finding may hand a renderer: HTML and attribute
 * breakouts, script URLs, Markdown link syntax, spreadsheet formulas, characters XML forbids, lone
 * surrogates. Each test feeds every one of them into every field a caller can supply.
 */
export const PAYLOADS: readonly string[] = [
  '"><img src=x onerror="window.__pwned=1">',
  "'><img src=x onerror='window.__pwned=1'>",
  '<script>window.__pwned=1</script>',
  '" onmouseover="window.__pwned=1" x="',
  'x onfocus=window.__pwned=1 autofocus',
  '</td></tr></table><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '[click](javascript:window.__pwned=1)',
  '![x](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">x</a>',
  '<javascript:window.__pwned=1>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '=HYPERLINK("http://example.invalid","x")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'=1+1",
  'a\u0000b\u000bc\u001fd\ufffee\uffff',
  'lone \ud800 high',
  'lone \udc00 low',
  ']]><!-- -->',
  '某局\u000b',
];
