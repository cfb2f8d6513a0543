// The Sales tab: search the history, open one sale, check it, confirm it
// by hand, reprint its receipt.
import { invoke, $, show, errorText, trim } from "../shared.js";
import { actionWords } from "./activity.js";
import { fillTable, flagWords, fullTime, shortTime } from "./parts.js";
import { askPin } from "../people.js";
import { openReceipt } from "../receipt.js";
import { showRefunds } from "./refunds.js";
import { state } from "../state.js";

// `list`: what the last search found; `open`: the sale in the detail.
const sales = { list: [], open: null };

const historyWords = {
  intent: "Sale started",
  created: "Invoice created at the gateway",
  adopted: "Found at the gateway",
  updated: "The gateway reported a change",
  failed: "The gateway refused the invoice",
};

// A txid in a table cell: its ends, which is how wallets show it; the
// whole one is in the sale's facts above.
function shortTxid(txid) {
  return txid.length > 22 ? `${txid.slice(0, 12)}…${txid.slice(-8)}` : txid;
}

function statusWords(inv) {
  return [inv.status, ...(inv.flags || []).map((f) => flagWords[f] || f)].join(", ");
}

// Keeps the chosen option; `names` are the choices besides All.
function fillChoice(select, names) {
  const chosen = select.value;
  select.replaceChildren(new Option("All", ""));
  for (const n of [...new Set(names)].sort((a, b) => a.localeCompare(b))) select.add(new Option(n, n));
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : "";
}

// Staff and gateway names for the filters.
async function loadSalesFilters() {
  const f = await invoke("owner_sales_filters").catch(() => ({ staff: [], providers: [] }));
  fillChoice($("sales-staff"), f.staff);
  fillChoice($("sales-provider"), f.providers);
}

export async function loadSalesTab() {
  showSaleList();
  await loadSalesFilters();
  await searchSales();
  // The counter's Refund button opens its sale here.
  if (state.saleToOpen) {
    const id = state.saleToOpen;
    state.saleToOpen = null;
    await openSale(id);
  }
}

function salesQuery() {
  const v = (id) => $(id).value.trim() || null;
  return {
    text: v("sales-search"),
    first: v("sales-first"),
    last: v("sales-last"),
    status: v("sales-status"),
    staff: v("sales-staff"),
    provider: v("sales-provider"),
  };
}

async function searchSales(ev) {
  if (ev) ev.preventDefault();
  $("sales-message").textContent = "Searching…";
  try {
    sales.list = await invoke("owner_sales", { query: salesQuery() });
    $("sales-message").textContent = sales.list.length >= 200
      ? "Only the newest 200 show: narrow the search to find older ones." : "";
  } catch (e) {
    sales.list = [];
    $("sales-message").textContent = errorText(e);
  }
  renderSales();
}

function renderSales() {
  const body = fillTable($("sales"), ["Time", "Amount", "Asset", "Status", "Cashier", "Gateway", "Order"],
    sales.list.map((inv) => [
      shortTime(inv.created_at),
      `${inv.amount_fiat} ${inv.fiat}`,
      inv.currency,
      "",
      inv.cashier || "",
      inv.provider,
      inv.order_id,
    ]));
  sales.list.forEach((inv, i) => {
    const row = body.rows[i];
    if (!row) return;
    row.dataset.id = inv.id;
    row.className = "row-button";
    row.tabIndex = 0;
    row.setAttribute("aria-label", `Sale ${inv.id}, ${inv.amount_fiat} ${inv.fiat}, ${statusWords(inv)}`);
    const chip = document.createElement("span");
    chip.className = `chip ${inv.status}`;
    chip.textContent = inv.status;
    row.cells[3].append(chip);
    const flags = (inv.flags || []).map((f) => flagWords[f] || f);
    if (flags.length) {
      const small = document.createElement("small");
      small.className = "flags";
      small.textContent = flags.join(", ");
      row.cells[3].append(small);
    }
    row.addEventListener("click", () => openSale(inv.id));
    row.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        openSale(inv.id);
      }
    });
  });
}

function showSaleList() {
  show($("sale-detail"), false);
  show($("sales-list"), true);
}

async function backToSales() {
  const id = sales.open;
  sales.open = null;
  showSaleList();
  await searchSales();
  const row = id && [...$("sales").querySelectorAll("tr[data-id]")].find((r) => r.dataset.id === id);
  if (row) {
    row.scrollIntoView({ block: "nearest" });
    row.focus();
  }
}

function saleMessage(text, ok) {
  $("sale-message").textContent = text;
  $("sale-message").classList.toggle("ok", ok);
}

// One sale: its facts, what can be done, and its whole journal history.
export async function openSale(id) {
  let sale;
  try {
    sale = await invoke("owner_sale", { id });
  } catch (e) {
    $("sales-message").textContent = errorText(e);
    return;
  }
  sales.open = id;
  const inv = sale.invoice;
  saleMessage("", false);
  $("sale-title").textContent = `Sale ${inv.id}: ${inv.amount_fiat} ${inv.fiat}, ${statusWords(inv)}`;
  const facts = $("sale-facts");
  facts.replaceChildren();
  const crypto = (v) => (v === null || v === undefined ? "" : `${trim(v)} ${inv.currency}`);
  for (const [term, value] of [
    ["Amount", `${inv.amount_fiat} ${inv.fiat}`],
    ["Asked", crypto(inv.amount_crypto)],
    ["Received", crypto(inv.paid_crypto)],
    ["Status", statusWords(inv)],
    ["Created", fullTime(inv.created_at)],
    ["Paid", fullTime(inv.paid_at)],
    ["Expires", inv.status === "pending" ? fullTime(inv.expires_at) : ""],
    ["Cashier", inv.cashier || ""],
    ["Gateway", inv.provider],
    ["Order", inv.order_id],
    ["Gateway's id", inv.provider_ref || ""],
    ["Address", inv.address || ""],
    ["Transaction", inv.txid || ""],
    ["Note", inv.note || ""],
    ["Why it failed", inv.failure || ""],
  ]) {
    if (!value) continue;
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    facts.append(dt, dd);
  }
  showRefunds(sale);
  show($("sale-confirm-form"), (sale.actions || []).includes("confirm"));
  show($("sale-receipt"), !!sale.receipt);
  show($("sale-check"), (sale.actions || []).includes("check"));
  fillTable($("sale-history"), ["Time", "What happened", "Status", "Paid", "Transaction", "Hash"],
    (sale.history || []).map((h) => [
      fullTime(h.at),
      historyWords[h.kind] || actionWords[h.kind] || h.kind.replaceAll("_", " "),
      h.status || "",
      h.paid_crypto === null || h.paid_crypto === undefined ? "" : crypto(h.paid_crypto),
      shortTxid(h.txid || ""),
      (h.hash || "").slice(0, 12),
    ]));
  show($("sales-list"), false);
  show($("sale-detail"), true);
  $("sale-back").focus();
}

async function checkSale() {
  const id = sales.open;
  if (!id) return;
  $("sale-check").disabled = true;
  saleMessage("Asking the gateway…", true);
  try {
    const view = await invoke("owner_check", { id });
    await openSale(id);
    saleMessage(`The gateway says: ${view.status}.`, true);
  } catch (e) {
    saleMessage(errorText(e), false);
  } finally {
    $("sale-check").disabled = false;
  }
}

// The owner marks the open sale paid by hand, with the PIN.
async function confirmSale(ev) {
  ev.preventDefault();
  const id = sales.open;
  const txid = $("sale-txid").value.trim();
  if (!id) return;
  if (!txid) {
    saleMessage("Give the transaction id that paid it.", false);
    $("sale-txid").focus();
    return;
  }
  const pin = await askPin(`Confirm sale ${id} paid by hand`);
  if (pin === null) return;
  try {
    const view = await invoke("owner_confirm", { id, txid, reason: $("sale-reason").value.trim() || null, pin });
    $("sale-txid").value = "";
    $("sale-reason").value = "";
    await openSale(id);
    saleMessage(`Confirmed by hand: the sale is ${view.status}.`, true);
  } catch (e) {
    saleMessage(errorText(e), false);
  }
}

function reprintSale() {
  if (sales.open) openReceipt(sales.open, "owner_receipt", $("sale-message"));
}

export function wire() {
  $("sales-form").addEventListener("submit", searchSales);
  for (const id of ["sales-status", "sales-staff", "sales-provider", "sales-last"]) {
    $(id).addEventListener("change", () => searchSales());
  }
  $("sales-first").addEventListener("change", () => {
    if ($("sales-last").value && $("sales-last").value < $("sales-first").value) {
      $("sales-last").value = $("sales-first").value;
    }
    searchSales();
  });
  $("sale-back").addEventListener("click", backToSales);
  $("sale-check").addEventListener("click", checkSale);
  $("sale-receipt").addEventListener("click", reprintSale);
  $("sale-confirm-form").addEventListener("submit", confirmSale);
}
