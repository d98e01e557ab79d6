/** The page's only style sheet, inlined so the file needs nothing from the network. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1d1f21; --muted: #5f6368; --bg: #fdfdfc; --line: #d9d9d6; --card: #f4f4f1;
  --fact: #ffe08a; --quote: #bfe3ff; --copy: #e6d4ff; --entity: transparent; --sentence: #fff6d6; --event: #eef6e8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e3; --muted: #a0a4a8; --bg: #17181a; --line: #3a3c40; --card: #202226;
  --fact: #7a5d00; --quote: #1f4f73; --copy: #4b3570; --sentence: #3a3420; --event: #263322; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; } h2 { font-size: 1.45rem; margin: 2.5rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; } h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; color: var(--muted); }
.muted, .meta { color: var(--muted); font-size: .9rem; } code { font-size: .85em; }
a { color: inherit; text-decoration-color: var(--muted); text-underline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .4rem .55rem; vertical-align: top; text-align: left; }
th { background: var(--card); }
ul.sources { margin: .2rem 0 .6rem; padding-left: 1.2rem; } ul.sources li { margin: .15rem 0; }
q { quotes: "\\201C" "\\201D"; } q b { background: var(--fact); font-weight: 600; }
blockquote { margin: .75rem 0; padding: .5rem 1rem; border-left: 4px solid var(--quote); background: var(--card); }
blockquote p { margin: 0 0 .3rem; font-size: 1.05rem; }
.value { font-weight: 600; white-space: nowrap; }
.doc { border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 1.5rem; }
.doc .text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--card); padding: 1rem; border-radius: 6px; }
mark { color: inherit; border-radius: 2px; } mark.fact { background: var(--fact); } mark.quote { background: var(--quote); }
mark.copy { background: var(--copy); } mark.entity { background: var(--entity); text-decoration: underline dotted; }
mark.sentence { background: var(--sentence); } mark.event { background: var(--event); }
.anchor { scroll-margin-top: 4rem; } .anchor:target + mark { outline: 2px solid var(--fg); }
.legend mark { padding: 0 .3rem; }
details { margin: .5rem 0; } summary { cursor: pointer; color: var(--muted); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: .75rem; color: var(--muted); font-size: .85rem; }
`;
