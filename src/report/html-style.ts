/** The page's only style sheet, inlined so the file needs nothing from the network. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1d1f21; --muted: #5f6368; --bg: #fdfdfc; --line: #d9d9d6; --card: #f4f4f1;
  --fact: #ffe08a; --quote: #bfe3ff; --copy: #e6d4ff; --entity: transparent; --sentence: #fff6d6; --event: #eef6e8;
  --sea: #dde9f1; --land: #f3f1ea; --border: #a9a9a2; --involved: #efdcb8; --dot: #c0392b; --dot2: #6b7a8c; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e3; --muted: #a0a4a8; --bg: #17181a; --line: #3a3c40; --card: #202226;
  --fact: #7a5d00; --quote: #1f4f73; --copy: #4b3570; --sentence: #3a3420; --event: #263322;
  --sea: #1b2731; --land: #2a2b2e; --border: #55575c; --involved: #4a3f2a; --dot: #ff7b6b; --dot2: #9fb0c4; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; overflow-wrap: break-word; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .35rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin: 2rem 0 .5rem; } h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
.muted, .meta { color: var(--muted); font-size: .9rem; } code { font-size: .85em; }
.lead { font-size: 1.08rem; margin: .75rem 0 1rem; }
a { color: inherit; text-decoration-color: var(--muted); text-underline-offset: 2px; }
.scroll { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; min-width: 34rem; font-size: .93rem; }
th, td { border: 1px solid var(--line); padding: .4rem .55rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: var(--card); } .nowrap { white-space: nowrap; }
table.timeline td:first-child { font-weight: 600; }
ul.sources { margin: .2rem 0 .6rem; padding-left: 1.2rem; } ul.sources li { margin: .2rem 0; }
ul.facts > li { margin: .5rem 0; }
q { quotes: "\\201C" "\\201D"; } q b { background: var(--fact); font-weight: 600; }
.credit { font-style: italic; }
.value { font-weight: 600; } .value.big { font-size: 1.35rem; }
.estimate { background: var(--card); border-left: 4px solid var(--fact); padding: .4rem .75rem; margin: .4rem 0 .6rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .75rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: var(--bg); break-inside: avoid; overflow-wrap: anywhere; }
.card p { margin: .2rem 0 .4rem; }
.quote { margin: 1rem 0 1.25rem; break-inside: avoid; }
blockquote { margin: .5rem 0; padding: .5rem 1rem; border-left: 4px solid var(--quote); background: var(--card); }
blockquote p { margin: 0 0 .3rem; font-size: 1.05rem; } blockquote footer { color: var(--muted); font-size: .9rem; }
figure.map { margin: .5rem 0 1rem; }
svg.map { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 6px; }
svg.map .sea { fill: var(--sea); } svg.map .country { fill: var(--land); stroke: var(--border); stroke-width: .6; }
svg.map .country.involved { fill: var(--involved); }
svg.map .place circle { fill: var(--dot2); stroke: var(--bg); stroke-width: 1.5; } svg.map .place.event circle { fill: var(--dot); }
svg.map text { font: 12px system-ui, sans-serif; fill: var(--fg); paint-order: stroke; stroke: var(--land); stroke-width: 3px; stroke-linejoin: round; }
ol.places { columns: 2 18rem; margin: .5rem 0; font-size: .93rem; } ol.places li { break-inside: avoid; }
.doc { border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 1.5rem; }
.doc .text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--card); padding: 1rem; border-radius: 6px; }
mark { color: inherit; border-radius: 2px; } mark.fact { background: var(--fact); } mark.quote { background: var(--quote); }
mark.copy { background: var(--copy); } mark.entity { background: var(--entity); text-decoration: underline dotted; }
mark.sentence { background: var(--sentence); } mark.event { background: var(--event); }
.anchor { scroll-margin-top: 4rem; } .anchor:target + mark { outline: 2px solid var(--fg); }
.legend mark { padding: 0 .3rem; }
details { margin: .5rem 0; } summary { cursor: pointer; color: var(--muted); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: .75rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) { body { font-size: 15px; } main { padding: 1rem .75rem 3rem; } th, td { padding: .3rem .4rem; }
  table.timeline { min-width: 0; } table.timeline thead { display: none; }
  table.timeline tr { display: block; border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .5rem; padding: .3rem .5rem; }
  table.timeline td { display: inline; border: none; padding: 0; } table.timeline td::after { content: " \\00b7 "; color: var(--muted); }
  table.timeline td:last-child { display: block; } table.timeline td:last-child::after, table.timeline td:empty::after { content: none; }
  table.timeline td:nth-child(4) { display: block; font-weight: 500; } table.timeline td:nth-child(4)::after { content: none; } }
@media print { :root { color-scheme: light; } body { font-size: 11pt; } main { max-width: none; padding: 0; }
  a { text-decoration: none; } .scroll { overflow: visible; } details > summary { color: var(--fg); }
  h2, h3, h4 { break-after: avoid; } tr, .card, blockquote, figure.map { break-inside: avoid; } #sources { break-before: page; } }
`;
