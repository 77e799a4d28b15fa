// Notes and bookmarks: written on passages and names, kept in local storage through a reload,
// shown live in a second tab, exported and imported as JSON (an import asks before it replaces a
// note), and kept, marked, when a rebuild changed or removed their passage.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { start, open as openIn, heading, nav, download } from "./app.mjs";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.close();
});

const open = (query) => openIn(env, query);
const DOC = "azerbaijan-and-the-SCO.txt";
const PREFIX = "corpus-explorer:notes:";

/** The notes the page keeps, as stored: { key, file }. */
async function stored(page) {
  return page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
    return key ? { key, file: JSON.parse(localStorage.getItem(key)) } : null;
  }, PREFIX);
}

async function clearNotes(page) {
  await page.evaluate((prefix) => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(prefix)) localStorage.removeItem(k);
  }, PREFIX);
}

/** Writes a note on the reader's passage `p` (0-based). */
async function writeNote(page, p, text) {
  const row = page.locator(".passage-row").nth(p);
  await row.getByRole("button", { name: /^Write a note on passage/ }).click();
  const area = row.getByRole("textbox", { name: /^Note on passage/ });
  await area.fill(text);
  await row.getByRole("button", { name: "Save note" }).click();
  await row.locator(".note-text", { hasText: text }).waitFor();
}

test("a bookmark and a note survive a reload and are listed in the Notes view", async () => {
  const { page, problems } = await open(`?doc=${DOC}`);
  await clearNotes(page);
  await page.reload();
  await heading(page, "Azerbaijan and the SCO");
  const row = page.locator(".passage-row").nth(2);
  const star = row.getByRole("button", { name: /^Bookmark passage 3 of/ });
  await star.click();
  assert.equal(await star.getAttribute("aria-pressed"), "true");
  await writeNote(page, 4, "Check the date of this meeting");
  await page.reload();
  await heading(page, "Azerbaijan and the SCO");
  assert.equal(await page.locator(".passage-row").nth(2).getByRole("button", { name: /^Bookmark passage 3/ }).getAttribute("aria-pressed"), "true");
  await page.locator(".passage-row").nth(4).locator(".note-text", { hasText: "Check the date of this meeting" }).waitFor();

  await nav(page).getByRole("link", { name: "Notes" }).click();
  await heading(page, "Notes");
  const list = page.getByRole("region", { name: "Passages" });
  assert.equal(await list.locator(".note-item").count(), 2);
  await list.getByText("Check the date of this meeting").waitFor();
  // A note's link opens its passage.
  await list.locator(".note-item", { hasText: "Check the date" }).getByRole("link").first().click();
  await page.waitForURL(/doc=.*&p=4/);
  assert.deepEqual(problems, []);
  await clearNotes(page);
  await page.close();
});

test("a note written in one tab shows up in another", async () => {
  const first = await open(`?doc=${DOC}`);
  await clearNotes(first.page);
  const second = await open("?view=notes");
  await second.page.getByRole("heading", { name: "No notes yet" }).waitFor();
  await first.page.reload();
  await writeNote(first.page, 1, "Seen from the other tab");
  await second.page.getByText("Seen from the other tab").waitFor();
  await second.page.getByRole("button", { name: /^Delete the note on/ }).click();
  await first.page.locator(".passage-row").nth(1).locator(".note-text").waitFor({ state: "detached" });
  assert.deepEqual([...first.problems, ...second.problems], []);
  await first.page.close();
  await second.page.close();
});

test("a note on a name is kept and listed", async () => {
  const { page } = await open("?entity=Karamay");
  await clearNotes(page);
  await heading(page, "Karamay");
  await page.getByRole("button", { name: "Write a note on Karamay" }).click();
  await page.getByRole("textbox", { name: "Note on Karamay" }).fill("Oil city in Xinjiang");
  await page.getByRole("button", { name: "Save note" }).click();
  await page.getByText("Oil city in Xinjiang").waitFor();
  await page.goto(env.server.url + "?view=notes");
  const names = page.getByRole("region", { name: "Names" });
  await names.getByRole("link", { name: "Karamay" }).waitFor();
  await names.getByText("Oil city in Xinjiang").waitFor();
  await clearNotes(page);
  await page.close();
});

test("notes export as JSON, and an import adds new notes and asks before replacing one", async () => {
  const { page, problems } = await open(`?doc=${DOC}`);
  await clearNotes(page);
  await page.reload();
  await writeNote(page, 0, "Mine");
  await page.goto(env.server.url + "?view=notes");
  await heading(page, "Notes");
  const file = await download(page, page.getByRole("button", { name: "Export notes (JSON)" }));
  const exported = JSON.parse(file.text);
  assert.equal(exported.version, 1);
  assert.equal(exported.notes.length, 1);
  assert.equal(exported.notes[0].text, "Mine");
  assert.equal(exported.corpus, (await stored(page)).key.slice(PREFIX.length));

  // The same note changed, and a new one on another passage.
  const other = structuredClone(exported.notes[0]);
  other.target.id = `${DOC}#0000000000000000`;
  other.text = "New from a colleague";
  const changed = { ...exported.notes[0], text: "Theirs" };
  const dir = mkdtempSync(path.join(tmpdir(), "views-notes-"));
  const upload = path.join(dir, "notes.json");
  writeFileSync(upload, JSON.stringify({ ...exported, notes: [changed, other] }));
  await page.getByLabel("Notes file to import").setInputFiles(upload);
  const ask = page.getByRole("alertdialog", { name: /1 imported note differ/ });
  await ask.waitFor();
  await ask.getByRole("button", { name: "Keep mine" }).click();
  await page.getByText(/Imported 1 new note; 1 differing note kept/).waitFor();
  const after = (await stored(page)).file.notes.map((n) => n.text).sort();
  assert.deepEqual(after, ["Mine", "New from a colleague"]);

  // Again, replacing this time.
  await page.getByLabel("Notes file to import").setInputFiles(upload);
  await page.getByRole("alertdialog").getByRole("button", { name: "Replace with the imported ones" }).click();
  await page.getByText(/replaced by the imported ones/).waitFor();
  assert.deepEqual((await stored(page)).file.notes.map((n) => n.text).sort(), ["New from a colleague", "Theirs"]);

  // Not a notes file: nothing changes, and the page says why.
  writeFileSync(upload, "this is not JSON");
  await page.getByLabel("Notes file to import").setInputFiles(upload);
  await page.getByText(/Nothing was imported: this is not a JSON file/).waitFor();
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(problems, []);
  await clearNotes(page);
  await page.close();
});

test("after a rebuild, a note whose passage changed or vanished is kept and marked", async () => {
  const { page } = await open(`?doc=${DOC}`);
  await clearNotes(page);
  await page.reload();
  await writeNote(page, 0, "Still here");
  const { key, file } = await stored(page);
  const base = file.notes[0];
  // As if the corpus had been rebuilt: one passage's text changed, one document removed.
  const changed = { ...base, target: { on: "passage", id: `${DOC}#ffffffffffffffff` }, text: "On changed text", passage: 3, excerpt: "The words it was written on" };
  const gone = { ...base, target: { on: "passage", id: "removed.txt#0123456789abcdef" }, text: "On a removed document", doc: "removed.txt", excerpt: "Text of a removed document" };
  await page.evaluate(({ key, file }) => localStorage.setItem(key, JSON.stringify(file)), { key, file: { ...file, notes: [base, changed, gone] } });
  await page.goto(env.server.url + "?view=notes");
  const list = page.getByRole("region", { name: "Passages" });
  await list.getByText("Still here").waitFor();
  const stale = list.locator(".note-item.stale");
  assert.equal(await stale.count(), 2);
  await stale.filter({ hasText: "On changed text" }).getByText(/changed when the corpus was rebuilt/).waitFor();
  await stale.filter({ hasText: "On changed text" }).getByText("The words it was written on", { exact: true }).waitFor();
  await stale.filter({ hasText: "On a removed document" }).getByText(/no longer in the corpus/).waitFor();
  await clearNotes(page);
  await page.close();
});
