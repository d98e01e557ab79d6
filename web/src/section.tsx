import type { ComponentChildren } from "preact";

/** A titled part of a page, labelled by its heading so screen readers list it as a region. */
export function Section({ id, title, children, class: cls }: { id: string; title: ComponentChildren; children: ComponentChildren; class?: string }) {
  return (
    <section aria-labelledby={id} class={cls}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
