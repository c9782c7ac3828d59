#!/usr/bin/env node
// feedcheck check, without Rust: the organisers' checker for event.json, run by Node 18 or
// later, where a host's build runs (GitHub Actions, Netlify, Cloudflare Pages).
//
//   node tools/feedcheck.mjs check event.json
//   node tools/feedcheck.mjs check --format json event.json
//
// The same lines and exit status as `feedcheck check`, because it is the same Rust code
// (src/feed/report.rs) compiled to feedcheck.wasm: in the release it sits beside this
// file (tools/); in a clone of the repository, `make checker` builds it into
// target/checker/, where this file finds it. Every
// problem at once, as FILE:LINE:COLUMN: error: MESSAGE, with a help line. Exit status: 0
// without errors (warnings allowed), 1 with errors, 2 when a file cannot be read or the
// arguments are wrong. Documents and photos the feed names are looked for beside it.

import { existsSync, readFileSync, statSync } from "node:fs";

const USAGE = "Usage: feedcheck check [--format <text|json>] <FILES>...";

/** Says what is wrong with the arguments, as feedcheck does, and exits with 2. */
function wrongArguments(message) {
  process.stderr.write(`error: ${message}\n\n${USAGE}\n\nFor more information, try '--help'.\n`);
  process.exit(2);
}

/** The command line: { format, files }, or exits. */
function parse(args) {
  if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
    process.stdout.write(
      "The organisers' checker for event.json: every problem at once, with how to fix it.\n\n" +
        `${USAGE}\n\nOptions:\n  --format <text|json>  How to print the problems [default: text]\n`,
    );
    process.exit(args.length === 0 ? 2 : 0);
  }
  if (args[0] !== "check") {
    wrongArguments(`unrecognized subcommand '${args[0]}' (this checker only checks)`);
  }
  let format = "text";
  const files = [];
  let options = true;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (options && arg === "--") {
      options = false;
    } else if (options && (arg === "--format" || arg.startsWith("--format="))) {
      format = arg === "--format" ? args[++i] : arg.slice("--format=".length);
      if (format !== "text" && format !== "json") {
        wrongArguments(`invalid value '${format ?? ""}' for '--format <FORMAT>'`);
      }
    } else if (options && (arg === "--help" || arg === "-h")) {
      return parse(["--help"]);
    } else if (options && arg.startsWith("-") && arg !== "-") {
      wrongArguments(`unexpected argument '${arg}' found`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    wrongArguments("the following required arguments were not provided:\n  <FILES>...");
  }
  return { format, files };
}

/** The words Rust's standard library uses for the usual reasons a file cannot be read. */
const REASONS = {
  ENOENT: "No such file or directory (os error 2)",
  EACCES: "Permission denied (os error 13)",
  EISDIR: "Is a directory (os error 21)",
};

/** The text of a file, or null after saying why it cannot be read. */
function read(file) {
  try {
    const bytes = readFileSync(file);
    // Like Rust's read_to_string: UTF-8 or nothing, a byte-order mark kept as it is.
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return bytes;
  } catch (e) {
    const reason =
      e instanceof TypeError ? "stream did not contain valid UTF-8" : (REASONS[e.code] ?? e.message);
    process.stderr.write(`feedcheck: cannot read ${file}: ${reason}\n`);
    return null;
  }
}

const { format, files } = parse(process.argv.slice(2));

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let memory;
const bytesAt = (ptr, len) => new Uint8Array(memory.buffer, ptr, len);
const host = {
  // The size of a file the feed names, or -1 when there is none (or it cannot be seen).
  file_size(ptr, len) {
    try {
      return statSync(decoder.decode(bytesAt(ptr, len).slice())).size;
    } catch {
      return -1;
    }
  },
};
/** The checker's wasm: beside this file (the release), else where `make checker` builds it. */
function checkerWasm() {
  const places = [
    new URL("./feedcheck.wasm", import.meta.url),
    new URL("../target/checker/feedcheck.wasm", import.meta.url),
  ];
  const found = places.find((place) => existsSync(place));
  if (found === undefined) {
    process.stderr.write(
      "error: feedcheck.wasm is missing. In a clone of the repository, build it with `make checker`\n" +
        "(it goes to target/checker/); the release archive has it beside this file in tools/.\n",
    );
    process.exit(2);
  }
  return readFileSync(found);
}
const module = new WebAssembly.Module(checkerWasm());
const imports = {};
for (const wanted of WebAssembly.Module.imports(module)) {
  imports[wanted.module] ??= {};
  imports[wanted.module][wanted.name] =
    wanted.module === "feedcheck"
      ? host[wanted.name]
      : () => {
          throw new Error(`feedcheck.wasm called ${wanted.module}.${wanted.name}`);
        };
}
const checker = new WebAssembly.Instance(module, imports).exports;
memory = checker.memory;

/** `bytes` copied into the checker's memory: [pointer, length]. */
function lend(bytes) {
  const ptr = checker.alloc(bytes.length);
  bytesAt(ptr, bytes.length).set(bytes);
  return [ptr, bytes.length];
}

const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
const mode = format === "json" ? 2 : colour ? 1 : 0;
let errors = 0;
let unreadable = false;
const reports = [];
for (const file of files) {
  const text = read(file);
  if (text === null) {
    unreadable = true;
    continue;
  }
  errors += checker.check(...lend(text), ...lend(encoder.encode(file)), mode);
  reports.push(decoder.decode(bytesAt(checker.output_ptr(), checker.output_len())));
}
process.stdout.write(
  format === "json" ? `[${reports.filter((r) => r !== "").join(",")}]\n` : reports.join(""),
);
process.exitCode = unreadable ? 2 : errors > 0 ? 1 : 0;
