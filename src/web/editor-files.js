// The organisers' editor's files (src/pages/editor/files.rs), in the editor's bundle
// only: the draft kept in the browser's storage, and the opened file written back.
//
// The draft goes to the Origin Private File System where the browser has it (a file
// of its own, written whole on every change), else to IndexedDB. Each function
// resolves; none throws into the wasm: failures resolve to null or false.

const DRAFT = "event-portal-draft.json";

async function privateFolder() {
  try {
    if (navigator.storage && navigator.storage.getDirectory) {
      const folder = await navigator.storage.getDirectory();
      // Safari has the folder but writes only from workers: use IndexedDB there.
      const probe = await folder.getFileHandle(DRAFT, { create: true });
      return probe.createWritable ? folder : null;
    }
  } catch (_) {
    // Private windows and some browsers refuse: IndexedDB then.
  }
  return null;
}

function database(mode, work) {
  return new Promise((resolve) => {
    const open = indexedDB.open("event-portal-editor", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("drafts");
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const transaction = open.result.transaction("drafts", mode);
      const request = work(transaction.objectStore("drafts"));
      transaction.oncomplete = () => resolve(request.result ?? null);
      transaction.onerror = () => resolve(null);
    };
  });
}

// Keeps `text` (the draft, as JSON with its metadata) as the draft; where it went:
// "opfs", "indexeddb", or null when neither took it.
export async function keepDraft(text) {
  const folder = await privateFolder();
  if (folder) {
    try {
      const file = await folder.getFileHandle(DRAFT, { create: true });
      const writable = await file.createWritable();
      await writable.write(text);
      await writable.close();
      return "opfs";
    } catch (_) {
      // Fall through to IndexedDB.
    }
  }
  const kept = await database("readwrite", (store) => store.put(text, DRAFT));
  return kept === null ? null : "indexeddb";
}

// The draft kept, or null.
export async function keptDraft() {
  const folder = await privateFolder();
  if (folder) {
    try {
      const text = await (await (await folder.getFileHandle(DRAFT)).getFile()).text();
      if (text) return text;
    } catch (_) {
      // None there: look in IndexedDB.
    }
  }
  const text = await database("readonly", (store) => store.get(DRAFT));
  return typeof text === "string" && text ? text : null;
}

// Forgets the draft, wherever it was kept.
export async function dropDraft() {
  const folder = await privateFolder();
  if (folder) {
    try {
      await folder.removeEntry(DRAFT);
    } catch (_) {
      // Nothing to remove.
    }
  }
  await database("readwrite", (store) => store.delete(DRAFT));
  return true;
}

// Whether the browser can write back to a file the organiser opened.
export function canSaveInPlace() {
  return typeof window.showOpenFilePicker === "function";
}

// Asks the organiser for a feed to open, keeping its handle to save to:
// { handle, name, text, modified }, or null when they cancelled.
export async function openFile() {
  try {
    const [handle] = await window.showOpenFilePicker({
      types: [{ description: "event.json", accept: { "application/json": [".json"] } }],
    });
    const file = await handle.getFile();
    return { handle, name: file.name, text: await file.text(), modified: file.lastModified };
  } catch (_) {
    return null;
  }
}

// When the file behind `handle` was last written (ms), or null.
export async function modifiedOnDisk(handle) {
  try {
    return (await handle.getFile()).lastModified;
  } catch (_) {
    return null;
  }
}

// Writes `text` over the file behind `handle`; when it was written (ms), or null.
export async function saveFile(handle, text) {
  try {
    // Asked once per file a session (a handle of the browser's own storage needs none).
    if (handle.requestPermission && (await handle.requestPermission({ mode: "readwrite" })) !== "granted") {
      return null;
    }
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return (await handle.getFile()).lastModified;
  } catch (_) {
    return null;
  }
}
