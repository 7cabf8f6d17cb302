// Script-injection attempts for the rendering surface: markdown, code, plain text and file
// names. Each payload reports itself through `__xss(n)` or a dialog if it ever runs.
// Sources: the classic filter-evasion lists (OWASP), DOMPurify's mutation-XSS cases, and
// PrivateBin's advisories (file names, SVG previews, markdown).

const H = (n: number) => `__xss(${n})`;

/** Payloads for the text (rendered as markdown, highlighted code and plain text). */
export const TEXT_PAYLOADS: readonly string[] = [
  `<script>${H(1)}</script>`,
  `<img src=x onerror="${H(2)}">`,
  `<svg onload="${H(3)}"><circle r="1"/></svg>`,
  `<iframe srcdoc="<script>parent.${H(4)}</script>"></iframe>`,
  `<iframe src="javascript:parent.${H(5)}"></iframe>`,
  `[click me](javascript:${H(6)})`,
  `[click me](JaVaScRiPt:${H(7)})`,
  `[click me](&#x6A;avascript:${H(8)})`,
  `<a href="javascript:${H(9)}">link</a>`,
  `<a href=" &#14;javascript:${H(10)}">spaced</a>`,
  `<a href="data:text/html,<script>alert(11)</script>">data link</a>`,
  `![img](x" onerror="${H(12)})`,
  `![img](javascript:${H(13)})`,
  `<details open ontoggle="${H(14)}">x</details>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${H(15)}"></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${H(16)}>">`,
  `<svg><style><img src=x onerror="${H(17)}"></style></svg>`,
  `<form><button formaction="javascript:${H(18)}">go</button></form>`,
  `<object data="javascript:${H(19)}"></object>`,
  `<embed src="javascript:${H(20)}">`,
  `<input autofocus onfocus="${H(21)}">`,
  `<video><source onerror="${H(22)}"></video>`,
  `<audio src=x onerror="${H(23)}"></audio>`,
  `<body onload="${H(24)}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${H(25)}">`,
  `<base href="javascript:${H(26)}//">`,
  `<div style="background:url(javascript:${H(27)})">styled</div>`,
  `<xss onpointerenter="${H(28)}" style="display:block;width:9999px;height:9999px">hover</xss>`,
  `<img src=x id=__xss name=__xss>`,
  `<form id="root"><input name="attributes"></form>`,
  `<a id="__proto__" href="#">clobber</a>`,
  `<template><script>${H(32)}</script></template>`,
  `<svg><a xlink:href="javascript:${H(33)}"><text y="20">x</text></a></svg>`,
  `<math href="javascript:${H(34)}">math</math>`,
  `<isindex type=image src=1 onerror=${H(35)}>`,
  `\`\`\`html\n<img src=x onerror="${H(36)}">\n\`\`\``,
  `\`\`\`"><img src=x onerror="${H(37)}">\nfence info\n\`\`\``,
  `<scr<script>ipt>${H(38)}</scr</script>ipt>`,
  `<<img src=x onerror=${H(39)}//<`,
  `{{constructor.constructor('${H(40)}')()}}`,
  `<div data-x="&quot;><img src=x onerror=${H(41)}>">attr</div>`,
  `<link rel="stylesheet" href="javascript:${H(42)}">`,
  `<style>@import 'javascript:${H(43)}';</style>`,
  `<marquee onstart="${H(44)}">m</marquee>`,
  `<select autofocus onfocus="${H(45)}"><option>x</option></select>`,
  `<textarea autofocus onfocus="${H(46)}">t</textarea>`,
  `<keygen autofocus onfocus="${H(47)}">`,
  `<img src="x:gif" onerror="window['__x'+'ss'](48)">`,
  `<svg><animate onbegin="${H(49)}" attributeName="x" dur="1s"/></svg>`,
  `<a href="vbscript:${H(50)}">vb</a>`,
];

/** Attachment names: shown as text, used for downloads, never parsed. */
export const FILE_NAME_PAYLOADS: readonly string[] = [
  `<img src=x onerror=${H(101)}>.png`,
  `"><svg onload=${H(102)}>.svg`,
  `javascript:${H(103)}.html`,
  `../../<script>${H(104)}</script>.txt`,
];

/** Hostile attachment contents: HTML and SVG must never be rendered or previewed. */
export const FILE_CONTENTS: readonly { name: string; mimeType: string; body: string }[] = [
  {
    name: 'image.svg',
    mimeType: 'image/svg+xml',
    body: `<svg xmlns="http://www.w3.org/2000/svg" onload="${H(201)}"><script>${H(202)}</script></svg>`,
  },
  { name: 'page.html', mimeType: 'text/html', body: `<!doctype html><script>${H(203)}</script>` },
  {
    name: 'fake.png',
    mimeType: 'image/png',
    body: `<html><body onload="${H(204)}"></body></html>`,
  },
];
