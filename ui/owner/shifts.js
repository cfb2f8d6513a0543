// The Shifts tab: the open shift's X-report, closing a shift, Z-reports
// to print and export.
import { invoke, $, show, errorText } from "../shared.js";
import { fillTable, money, amounts, card, exceptionRows, when, renderSelling } from "./parts.js";
import { setPaper } from "../receipt.js";

// A shift's report (a sealed Z-report, or the open shift's X-report so
// far) drawn into `box`.
function renderReport(box, z, title) {
  const h = document.createElement("h3");
  h.textContent = title;
  const facts = document.createElement("div");
  facts.className = "cards";
  facts.append(
    card("Paid", money(z.summary.totals), "paid"),
    card("Invoices", String(z.summary.invoices)),
    card("Exceptions", String(z.exceptions.length), z.exceptions.length ? "underpaid" : ""),
  );
  if (Object.keys(z.summary.refunds || {}).length) {
    facts.append(card("Refunded", money(z.summary.refunds), "underpaid"), card("Net", amounts(z.summary.net), "paid"));
  }
  const cashiers = document.createElement("table");
  fillTable(cashiers, ["Cashier", "Paid"],
    Object.entries(z.summary.by_cashier).map(([c, m]) => [c === "-" ? "(none set)" : c, money(m)]));
  const [tax, tips, items] = ["table", "table", "table"].map((t) => document.createElement(t));
  renderSelling(z.summary, tax, tips);
  fillTable(items, ["SKU", "Sold", "Net sales"],
    Object.entries(z.summary.items || {}).map(([sku, x]) => [sku, String(x.qty), x.net]));
  const exceptions = document.createElement("table");
  exceptions.className = "wide";
  fillTable(exceptions, ["Invoice", "Order", "What", "Asked", "Arrived"], exceptionRows(z.exceptions));
  box.replaceChildren(h, facts, cashiers, tax, tips, items, exceptions);
}

function zTitle(z) {
  return `Z-report no. ${z.number}: ${when(z.opened_at)} to ${when(z.closed_at)}`;
}

// What the seal means, in plain words, and the seal itself.
function sealWords(z) {
  return `Sealed: a fingerprint of the journal up to event ${z.last_seq}. If any sale of this shift is later ` +
    "changed or deleted, the journal check no longer matches it and says so.";
}

function sealText(z) {
  return `${z.closed_by ? `Closed by ${z.closed_by}. ` : ""}Fingerprint at journal event ${z.last_seq}: ${z.last_hash}`;
}

// The Z-report on screen; Print and Export act on this one.
const shifts = { shown: null };

function showZReport(z) {
  shifts.shown = z;
  renderReport($("zreport-body"), z, zTitle(z));
  $("zreport-sealed").textContent = sealWords(z);
  $("zreport-seal").textContent = sealText(z);
  zMessage("", true);
  show($("zreport"), true);
}

// The open shift so far: the X-report, sealed nowhere.
async function loadXReport() {
  const box = $("xreport");
  try {
    const x = await invoke("owner_current_shift");
    renderReport(box, x, `Shift ${x.number} so far (X-report)`);
    const note = document.createElement("small");
    note.className = "seal";
    note.textContent = `From ${when(x.opened_at)}, as of ${when(x.closed_at)}. ` +
      "Not sealed: the shift is still open. Close it below for its Z-report.";
    box.append(note);
    show(box, true);
  } catch (e) {
    show(box, false);
    $("shift-message").textContent = errorText(e);
  }
}

export async function loadShifts() {
  $("shift-message").textContent = "";
  await loadXReport();
  try {
    const list = await invoke("owner_shifts");
    const body = fillTable($("shifts"), ["No.", "Opened", "Closed", "Invoices", "Paid", "Exceptions", ""],
      list.map((z) => [String(z.number), when(z.opened_at), when(z.closed_at), String(z.summary.invoices),
        money(z.summary.totals), String(z.exceptions.length), ""]));
    list.forEach((z, i) => {
      const row = body.rows[i];
      if (!row) return;
      const view = () => {
        showZReport(z);
        $("zreport").scrollIntoView({ block: "nearest" });
      };
      row.addEventListener("click", view);
      const b = document.createElement("button");
      b.type = "button";
      b.className = "small";
      b.textContent = "View";
      b.addEventListener("click", (ev) => {
        ev.stopPropagation();
        view();
      });
      row.cells[6].append(b);
    });
  } catch (e) {
    $("shift-message").textContent = errorText(e);
  }
}

async function closeShift() {
  show($("close-confirm"), false);
  try {
    const z = await invoke("owner_close_shift");
    $("shift-message").textContent = "";
    showZReport(z);
    await loadShifts();
  } catch (e) {
    $("shift-message").textContent = errorText(e);
  }
}

// Prints the Z-report on screen: drawn again into #z-print, the only thing
// on the page while <body> has the class printing-z (see style.css), on the
// paper the receipts use.
async function printZReport() {
  const z = shifts.shown;
  if (!z) return;
  const paper = localStorage.getItem("paper") || "80";
  const sheet = $("z-print");
  renderReport(sheet, z, zTitle(z));
  for (const [cls, text] of [["sealed", sealWords(z)], ["seal", sealText(z)]]) {
    const p = document.createElement("p");
    p.className = cls;
    p.textContent = text;
    sheet.append(p);
  }
  sheet.className = `receipt z-print paper-${paper}`;
  setPaper(paper);
  document.body.classList.add("printing-z");
  try {
    await invoke("print_receipt");
  } catch (e) {
    zMessage(errorText(e), false);
  }
}

function zMessage(text, ok) {
  $("zreport-message").textContent = text;
  $("zreport-message").classList.toggle("ok", ok);
}

async function exportShift(format) {
  const z = shifts.shown;
  if (!z) return;
  zMessage("", true);
  try {
    const n = await invoke("owner_export_shift", { number: z.number, format });
    if (n !== null) zMessage("Saved.", true);
  } catch (e) {
    zMessage(errorText(e), false);
  }
}

export function wire() {
  $("close-shift").addEventListener("click", () => show($("close-confirm"), true));
  $("close-no").addEventListener("click", () => show($("close-confirm"), false));
  $("close-yes").addEventListener("click", closeShift);
  $("zreport-print").addEventListener("click", printZReport);
  $("zreport-csv").addEventListener("click", () => exportShift("csv"));
  $("zreport-json").addEventListener("click", () => exportShift("json"));
}
