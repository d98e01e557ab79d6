/**
 * The published package is clean (issue 13, item 5): its declarations compile in a consumer
 * project with `skipLibCheck` off that has only the package's `dependencies` installed, they
 * import no package outside `dependencies`, and every dependency is used by the shipped code.
 *
 * The consumer is built offline: the declarations are emitted afresh into a temporary
 * `node_modules/corroborate` (so a stale `dist/` cannot hide a leak), and each dependency is
 * linked from this checkout's `node_modules`; devDependencies are not linked, so a type that
 * reaches one fails to resolve, as it would for a user installing from the registry.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { builtinModules } from "node:module";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { before, test } from "node:test";
import ts from "typescript";
import { ROOT, tempDir } from "../support/cli.js";

interface Manifest {
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
  readonly files: readonly string[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;
const dependencies = Object.keys(manifest.dependencies);
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

/** The package a bare import specifier names ("pg-boss/x" → "pg-boss", "@a/b/c" → "@a/b"); null for relative ones and builtins. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) return null;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
  return builtinModules.includes(name) ? null : name;
}

/**
 * The module specifiers a TypeScript or declaration file imports or re-exports (with whether only
 * types are taken: those vanish from the JavaScript), from its syntax tree, so that words in
 * comments and strings are not taken for imports.
 */
function imports(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const ref of source.typeReferenceDirectives) found.push({ specifier: ref.fileName, typeOnly: true });
  return found;
}

const specifiers = (file: string): string[] => imports(file).map((i) => i.specifier);

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath, e.name));
}

/** The package that provides types for `name`: itself when it ships them, else `@types/name`. */
function typesPackage(name: string): string {
  const own = JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as Record<string, unknown>;
  const shipsTypes = "types" in own || "typings" in own || existsSync(join(ROOT, "node_modules", name, "index.d.ts")) || JSON.stringify(own["exports"] ?? "").includes(".d.");
  return shipsTypes ? name : `@types/${name.startsWith("@") ? name.slice(1).replace("/", "__") : name}`;
}

let consumer = "";
let declarations: string[] = [];

before(() => {
  consumer = tempDir("corroborate-consumer-");
  const installed = join(consumer, "node_modules/corroborate");
  const emit = spawnSync(process.execPath, [TSC, "-p", join(ROOT, "tsconfig.build.json"), "--emitDeclarationOnly", "--outDir", join(installed, "dist")], { cwd: ROOT, encoding: "utf8" });
  assert.equal(emit.status, 0, `emitting the declarations failed:\n${emit.stdout}${emit.stderr}`);
  cpSync(join(ROOT, "package.json"), join(installed, "package.json"));
  declarations = filesUnder(join(installed, "dist"), ".d.ts");
  // Only what a registry install brings: the dependencies, and @types/node, which any Node consumer has.
  for (const name of [...dependencies, "@types/node"]) {
    const link = join(consumer, "node_modules", name);
    mkdirSync(dirname(link), { recursive: true });
    if (!existsSync(link)) symlinkSync(join(ROOT, "node_modules", name), link, "dir");
  }
});

test("the declarations import no package outside `dependencies`, and each imported package's types are a dependency", () => {
  assert.ok(declarations.length > 10, "the declarations were emitted");
  const leaks = new Set<string>();
  for (const file of declarations) {
    for (const specifier of specifiers(file)) {
      const name = packageOf(specifier);
      if (name === null || name === "corroborate") continue;
      const types = name.startsWith("@types/") ? name : existsSync(join(ROOT, "node_modules", name)) ? typesPackage(name) : `@types/${name}`;
      if (!dependencies.includes(types)) leaks.add(`${specifier} (types from ${types}) in ${file.slice(consumer.length)}`);
    }
  }
  assert.deepEqual([...leaks], []);
});

test("the declarations compile in a consumer project with skipLibCheck off and only the dependencies installed", () => {
  writeFileSync(
    join(consumer, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", types: ["node"] },
      files: ["index.ts"],
    }),
  );
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ type: "module", private: true }));
  writeFileSync(
    join(consumer, "index.ts"),
    [
      'import { analyze, openStore, type Report } from "corroborate";',
      'const report: Report = await analyze(["articles/"]);',
      "console.log(report.stories.length);",
      'const store = await openStore("x.db");',
      "await store.close();",
      "",
    ].join("\n"),
  );
  const check = spawnSync(process.execPath, [TSC, "-p", join(consumer, "tsconfig.json")], { cwd: consumer, encoding: "utf8" });
  assert.equal(check.status, 0, `the consumer does not compile:\n${check.stdout}${check.stderr}`);
});

/** Every string literal of a file: a package's data file can be loaded by name ("world-atlas/countries-50m.json"). */
function strings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SHIPPED = (): string[] => filesUnder(join(ROOT, "src"), ".ts").filter((f) => !f.endsWith(".test.ts") && !f.includes("/test-support/"));

test("every dependency is used by the shipped code (imported, or a data file of it loaded by name) or types a package it uses", () => {
  const used = new Set<string>();
  for (const file of [...SHIPPED(), ...filesUnder(join(ROOT, "bin"), ".js")]) {
    for (const s of specifiers(file)) {
      const name = packageOf(s);
      if (name !== null) used.add(name);
    }
    for (const s of strings(file)) for (const name of dependencies) if (s === name || s.startsWith(`${name}/`)) used.add(name);
  }
  // The package that types a used one: itself when installed with its own types, else its @types package.
  const typedBy = (u: string): string => (existsSync(join(ROOT, "node_modules", u)) ? typesPackage(u) : `@types/${u}`);
  const unused = dependencies.filter((name) => !used.has(name) && !(name.startsWith("@types/") && [...used].some((u) => typedBy(u) === name)));
  assert.deepEqual(unused, []);
});

test("every package the shipped code loads at run time is a dependency, not a devDependency", () => {
  const shipped = SHIPPED();
  const missing = new Set<string>();
  for (const file of shipped) {
    for (const { specifier, typeOnly } of imports(file)) {
      const name = packageOf(specifier);
      // Types taken only for the code's own use vanish from the JavaScript; the declarations test above guards those that are published.
      if (name !== null && !typeOnly && !dependencies.includes(name)) missing.add(`${name} in ${file.slice(ROOT.length)}`);
    }
  }
  assert.deepEqual([...missing], []);
});
