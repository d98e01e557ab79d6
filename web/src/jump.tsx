import type { ReportStory } from "../../src/model/report.js";

/**
 * Buttons to the story's sections. Not `#id` links: the fragment holds the page's address, so a
 * jump scrolls the heading into view and moves focus to it instead.
 */
export function JumpTo({ story }: { story: ReportStory }) {
  const parts: [string, string, boolean][] = [
    ["timeline", "Timeline", story.events.length > 0],
    ["disputed", "Disputed", story.facts.some((f) => f.status === "disputed")],
    ["agreed", "Agreed", story.facts.some((f) => f.status === "agreed")],
    ["quotes", "Who said what", story.quotes.length > 0],
    ["copies", "Copies", story.copies.length > 0],
    ["entities", "Entities", story.entities.length > 0],
    ["documents", "Documents", true],
  ];
  const jump = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav class="jump" aria-label="On this page">
      {parts
        .filter(([, , present]) => present)
        .map(([id, label]) => (
          <button key={id} type="button" class="link" onClick={() => jump(id)}>
            {label}
          </button>
        ))}
    </nav>
  );
}
