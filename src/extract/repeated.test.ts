import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { learnBoilerplate, lineKey, type BoilerplateSource } from "./repeated.js";

/** A distinct invented story per index: long lines no other story shares. */
function story(n: number): string[] {
  return [
    `Crews in harbour town number ${n} finished the repairs to the north quay wall on Tuesday, the council said.`,
    `Residents of district ${n} said the work had taken longer than the three months first promised.`,
    `The next inspection of the wall in town ${n} is due in the autumn, according to the engineers.`,
  ];
}

const source = (lines: string[], outlet: string | null = null): BoilerplateSource => ({ lines, outlet });

describe("learnBoilerplate", () => {
  test("learns a label line that ends three different stories, whatever its spacing and case", () => {
    const learned = learnBoilerplate([
      source([...story(1), "Send us your news tips"]),
      source([...story(2), "SEND US YOUR  NEWS TIPS"]),
      source([...story(3), "send us your news tips"]),
    ]);
    assert.deepEqual([...learned], [lineKey("Send us your news tips")]);
  });

  test("needs REPEATED_MIN_DOCS different stories: two unrelated outlets sharing a line is not enough", () => {
    const learned = learnBoilerplate([source([...story(1), "Send us your news tips"]), source([...story(2), "Send us your news tips"])]);
    assert.equal(learned.size, 0);
  });

  test("learns a footer from two stories of one outlet", () => {
    const learned = learnBoilerplate([
      source([...story(1), "Quay Review is a member of the coastal press council"], "Quay Review"),
      source([...story(2), "Quay Review is a member of the coastal press council"], "Quay Review"),
    ]);
    assert.ok(learned.has(lineKey("Quay Review is a member of the coastal press council")));
  });

  test("never learns lines shared by copies of one story, however many outlets carry it", () => {
    const wire = [...story(7), "Repairs to the quay wall cost less than planned"];
    const learned = learnBoilerplate([source(wire, "A"), source(wire, "B"), source(wire, "C"), source([...wire, "Extra line from D"], "D")]);
    assert.equal(learned.size, 0);
  });

  test("keeps a quotation and a short sentence that different stories share inside their bodies", () => {
    const quote = "“The wall will hold through the winter,” the engineer said.";
    const short = "Nobody was hurt.";
    const docs = [1, 2, 3, 4, 5, 6].map((n) => {
      const [a = "", b = "", c = ""] = story(n);
      return source([a, short, quote, b, c]);
    });
    assert.equal(learnBoilerplate(docs).size, 0);
  });

  test("learns a short sentence and a stacked longer one at the foot of enough different stories", () => {
    const footer = ["This report may be freely republished with credit to the coastal press pool and a link back.", "All rights kept."];
    const few = learnBoilerplate([1, 2, 3].map((n) => source([...story(n), ...footer])));
    assert.deepEqual([...few], [lineKey("All rights kept.")], "the longer sentence needs REPEATED_MANY_DOCS stories");
    const many = learnBoilerplate([1, 2, 3, 4, 5].map((n) => source([...story(n), ...footer])));
    assert.deepEqual([...many].sort(), footer.map(lineKey).sort());
  });

  test("gives the same set whatever the order of the documents", () => {
    const docs = [1, 2, 3].map((n) => source([`Menu item line ${n % 2}`, ...story(n), "Send us your news tips"]));
    assert.deepEqual([...learnBoilerplate(docs)].sort(), [...learnBoilerplate([...docs].reverse())].sort());
  });
});
