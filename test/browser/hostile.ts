import { XSS_URLS, XSS_VECTORS } from "./xss-vectors.js";

/**
 * Invented flood reports with an injection string in every field a page shows: title, outlet,
 * author, URL, the text (where it lands in quotes, names and counts) and an HTML page. Counts
 * differ between reports so the story has disputed values whose cards name the hostile outlets.
 */
export function hostileRecords(): object[] {
  const records: object[] = XSS_VECTORS.map((v, i) => ({
    id: `hostile-${i}`,
    title: `Flood reaches Varnholm ${v}`,
    outlet: `Varnholm ${v} Courier`,
    author: v,
    url: XSS_URLS[i % XSS_URLS.length],
    publishedAt: `2031-05-${String(3 + (i % 5)).padStart(2, "0")}`,
    text: [
      `Floodwater swept through the riverside district of Varnholm on Tuesday, and officials said ${5 + (i % 3)} people were killed. ${v}`,
      `Mayor Ilse Brandvik told reporters that "the water rose faster than anyone expected ${v}" as crews worked through the night.`,
      `The ${v} Relief Agency said 40 families had been moved to a school in Kettleby, report number ${i}.`,
      `Residents of ${v} Street said the alarm came too late. Engineer Tomas ${v} Vilde said the levee had been repaired twice.`,
    ].join("\n\n"),
  }));
  records.push({
    id: "hostile-page",
    html: `<!doctype html><html><head><title>Varnholm flood ${XSS_VECTORS[0]}</title><script>__xss("page head")</script></head><body><article><h1>Flood reaches Varnholm</h1><p>Floodwater swept through Varnholm on Tuesday and officials said six people were killed. ${XSS_VECTORS.slice(0, 12).join(" ")}</p><p onclick="__xss('onclick')">Mayor Ilse Brandvik said "we will rebuild" at a briefing in Kettleby on Wednesday morning, adding that the levee would be inspected.</p><img src=x onerror="__xss('page img')"></article></body></html>`,
    outlet: `<img src=x onerror=__xss("page outlet")>`,
    url: "http://evil.invalid/page",
    publishedAt: "2031-05-04",
  });
  return records;
}
