// Lints OpenAPI documents with Spectral: the spectral:oas ruleset (all rules, not only the
// recommended ones) and the OWASP API Security Top 10 2023 ruleset, both loaded from the
// installed packages (package-lock.json), never from the network. A rule a document does not
// meet is either fixed or waived in waivers.mjs, each waiver naming its decision and why.
//
// usage: node lint.mjs DOCUMENT...   (exit 1 when any document has an unwaived finding)
//        node lint.mjs --no-waivers DOCUMENT...   (what the documents would show without them)
import { readFileSync } from "node:fs";
import path from "node:path";
import spectralCore from "@stoplight/spectral-core";
import parsersModule from "@stoplight/spectral-parsers";
import rulesets from "@stoplight/spectral-rulesets";
import owaspModule from "@stoplight/spectral-owasp-ruleset";
import yamlModule from "@stoplight/yaml";
import { waivers } from "./waivers.mjs";

const { Spectral, Document } = spectralCore;
const parsers = parsersModule.default ?? parsersModule;
const owasp = owaspModule.default ?? owaspModule;
const SEVERITY = ["error", "warn", "info", "hint"];

const args = process.argv.slice(2);
const useWaivers = !args.includes("--no-waivers");
const documents = args.filter((arg) => !arg.startsWith("--"));
if (documents.length === 0) {
  console.error("usage: node lint.mjs [--no-waivers] DOCUMENT...");
  process.exit(2);
}

const spectral = new Spectral();
spectral.setRuleset({ extends: [[rulesets.oas, "all"], owasp] });

const yaml = yamlModule.default ?? yamlModule;

/** Component schemas a request can carry (parameters and bodies, followed through every $ref). */
function requestSchemas(document) {
  const reached = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
        const name = value.substring("#/components/schemas/".length);
        if (!reached.has(name)) {
          reached.add(name);
          visit(document.components?.schemas?.[name]);
        }
      } else {
        visit(value);
      }
    }
  };
  for (const item of Object.values(document.paths ?? {})) {
    visit(item.parameters);
    for (const operation of Object.values(item)) {
      if (operation && typeof operation === "object") {
        visit(operation.parameters);
        visit(operation.requestBody);
      }
    }
  }
  return reached;
}

/** Whether a finding is in what the API answers rather than in what it accepts. */
function inResponse(result, requested) {
  const [first, second, third] = result.path;
  if (first === "components") {
    return second === "schemas" ? !requested.has(third) : second === "responses" || second === "headers";
  }
  return first === "paths" && result.path.includes("responses");
}

function waiverFor(result, file, requested) {
  const where = result.path.join(".");
  return waivers.find((waiver) => waiver.rule === result.code
      && (!waiver.documents || waiver.documents.some((name) => file.includes(name)))
      && (!waiver.paths || waiver.paths.some((pattern) => new RegExp(pattern).test(where)))
      && (waiver.scope !== "responses" || inResponse(result, requested)));
}

let failing = 0;
const waiversUsed = new Map();
console.log(`Spectral ${useWaivers ? "" : "(waivers off) "}with spectral:oas (all rules) and the OWASP API Security Top 10 2023 ruleset`);
for (const file of documents) {
  const text = readFileSync(file, "utf8");
  const parser = file.endsWith(".json") ? parsers.Json : parsers.Yaml;
  const results = await spectral.run(new Document(text, parser, file));
  const requested = requestSchemas(file.endsWith(".json") ? JSON.parse(text) : yaml.parse(text));
  const counted = { error: 0, warn: 0, info: 0, hint: 0 };
  const byRule = new Map();
  let waived = 0;
  for (const result of results) {
    const waiver = useWaivers ? waiverFor(result, file, requested) : undefined;
    if (waiver) {
      waived++;
      waiversUsed.set(waiver, (waiversUsed.get(waiver) ?? 0) + 1);
      continue;
    }
    const severity = SEVERITY[result.severity];
    counted[severity]++;
    const key = `${severity} ${result.code}`;
    if (!byRule.has(key)) byRule.set(key, []);
    byRule.get(key).push(result);
  }
  const unmet = counted.error + counted.warn + counted.info + counted.hint;
  if (unmet > 0) failing++;
  console.log(`${path.relative(process.cwd(), file)}: errors: ${counted.error}, warnings: ${counted.warn}, info: ${counted.info},`
      + ` hints: ${counted.hint}, waived: ${waived}`);
  for (const [key, found] of [...byRule.entries()].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${found.length} × ${key}: ${found[0].message} (e.g. ${found[0].path.join(".")})`);
  }
}
if (useWaivers) {
  console.log("Waivers (rule, findings waived across these documents, decision, why):");
  for (const waiver of waivers) {
    const where = [waiver.documents ? `in ${waiver.documents.join(", ")}` : "", waiver.paths ? `at ${waiver.paths.join(" | ")}` : ""]
        .filter(Boolean).join(" ");
    console.log(`  ${waiver.rule}${where ? " " + where : ""}${waiver.scope ? " in " + waiver.scope + " only" : ""}: ${waiversUsed.get(waiver) ?? 0} waived`
        + ` (${waiver.decision}) ${waiver.why}`);
  }
}
console.log(`Documents with unwaived findings: ${failing} of ${documents.length}`);
process.exit(failing > 0 ? 1 : 0);
