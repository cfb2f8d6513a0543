// The Shifts tab: the open shift's X-report, closing a shift, Z-reports
// to print and export.
import { invoke, $, show, errorText } from "../shared.js";
import { fillTable, money, amounts, card, renderSelling, fillCashiers, fillExceptions, fillItems } from "./parts.js";
import { setPaper } from "../receipt.js";
import { t, dateTime } from "../i18n.js";

// When a shift opened: the first shift has no shift before it, so it
// starts with the first sale.
function opened(z) {
  return z.opened_at ? dateTime(z.opened_at) : t("shift-first-sale");
}

// A shift's report (a sealed Z-report, or the open shift's X-report so
// far) drawn into `box`.
function renderReport(box, z, title) {
  const h = document.createElement("h3");
  h.textContent = title;
  const facts = document.createElement("div");
  facts.className = "cards";
  facts.append(
    card(t("report-paid"), money(z.summary.totals), "paid"),
    card(t("report-invoices"), String(z.summary.invoices)),
    card(t("report-exceptions"), String(z.exceptions.length), z.exceptions.length ? "underpaid" : ""),
  );
  if (Object.keys(z.summary.refunds || {}).length) {
    facts.append(card(t("report-refunded"), money(z.summary.refunds), "underpaid"),
      card(t("report-net"), amounts(z.summary.net), "paid"));
  }
  const [cashiers, tax, tips, items] = ["table", "table", "table", "table"].map((tag) => document.createElement(tag));
  fillCashiers(cashiers, z.summary.by_cashier);
  renderSelling(z.summary, tax, tips);
  fillItems(items, z.summary.items);
  const exceptions = document.createElement("table");
  exceptions.className = "wide";
  fillExceptions(exceptions, z.exceptions);
  box.replaceChildren(h, facts, cashiers, tax, tips, items, exceptions);
}

// Shift and event numbers go in as text: a number is never grouped
// like an amount ("1,024").
function zTitle(z) {
  return t("shift-z-title", { number: String(z.number), opened: opened(z), closed: dateTime(z.closed_at) });
}

// What the seal means, in plain words, and the seal itself.
function sealWords(z) {
  return t("shift-sealed", { event: String(z.last_seq) });
}

function sealText(z) {
  const seal = t("shift-seal", { event: String(z.last_seq), hash: z.last_hash });
  return z.closed_by ? `${t("shift-closed-by", { name: z.closed_by })} ${seal}` : seal;
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
    renderReport(box, x, t("shift-x-title", { number: String(x.number) }));
    const note = document.createElement("small");
    note.className = "seal";
    note.textContent = t("shift-x-note", { opened: opened(x), now: dateTime(x.closed_at) });
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
    const body = fillTable($("shifts"), [t("shift-col-number"), t("shift-col-opened"), t("shift-col-closed"),
      t("shift-col-invoices"), t("shift-col-paid"), t("shift-col-exceptions"), ""],
      list.map((z) => [String(z.number), opened(z), dateTime(z.closed_at), String(z.summary.invoices),
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
      b.textContent = t("shift-view");
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
    if (n !== null) zMessage(t("shift-saved"), true);
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
