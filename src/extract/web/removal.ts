import type { Removal, RemovalKind } from "../../model/document.js";
import { EXTRACT } from "../../core/tunables.js";
import { squash } from "../lines.js";

/**
 * An audit record of text taken off a page: the text whitespace-collapsed and cut to
 * EXTRACT.REMOVAL_MAX_CHARS, or null when there was no visible text to record.
 */
export function removal(kind: RemovalKind, text: string | null): Removal | null {
  const flat = squash(text ?? "");
  if (flat === "") return null;
  const cut = flat.length > EXTRACT.REMOVAL_MAX_CHARS ? `${flat.slice(0, EXTRACT.REMOVAL_MAX_CHARS - 1)}…` : flat;
  return { kind, text: cut };
}
