// The Sales tab: search the history, open one sale, check it, confirm it
// by hand, reprint its receipt.
import { invoke, $, show, errorText, statusText, fiatOf } from "../shared.js";
import { actionText } from "./activity.js";
import { fillTable, flagText, codeText } from "./parts.js";
import { askPin } from "../people.js";
import { openReceipt } from "../receipt.js";
import { showRefunds } from "./refunds.js";
import { state } from "../state.js";
import { t, crypto, dateTime, assetName } from "../i18n.js";
import { mark } from "../marks.js";
import { dayField, dayOf, setDay } from "../day-field.js";

// `list`: what the last search found; `open`: the sale in the detail.
const sales = { list: [], open: null };

// The journal's own events of a sale; the rest of its history are audit
// actions taken on it.
function happened(kind) {
  return codeText("sale-event", kind, actionText(kind));
}

// A txid in a table cell: its ends, which is how wallets show it; the
// whole one is in the sale's facts above.
function shortTxid(txid) {
  return txid.length > 22 ? `${txid.slice(0, 12)}…${txid.slice(-8)}` : txid;
}

function statusWords(inv) {
  return [statusText(inv.status), ...(inv.flags || []).map(flagText)].join(", ");
}


// Keeps the chosen option; `names` are the choices besides All.
function fillChoice(select, names) {
  const chosen = select.value;
  select.replaceChildren(new Option(t("sales-all"), ""));
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
    first: dayOf($("sales-first")) || null,
    last: dayOf($("sales-last")) || null,
    status: v("sales-status"),
    staff: v("sales-staff"),
    provider: v("sales-provider"),
  };
}

async function searchSales(ev) {
  if (ev) ev.preventDefault();
  $("sales-message").textContent = t("sales-searching");
  try {
    sales.list = await invoke("owner_sales", { query: salesQuery() });
    $("sales-message").textContent = sales.list.length >= 200 ? t("sales-too-many") : "";
  } catch (e) {
    sales.list = [];
    $("sales-message").textContent = errorText(e);
  }
  renderSales();
}

function renderSales() {
  const body = fillTable($("sales"), [t("sales-col-time"), t("sales-col-amount"), t("sales-col-asset"),
    t("sales-col-status"), t("sales-col-cashier"), t("sales-col-gateway"), t("sales-col-order")],
    sales.list.map((inv) => [
      dateTime(inv.created_at),
      fiatOf(inv),
      "",
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
    row.setAttribute("aria-label", t("sales-row", { id: inv.id, amount: fiatOf(inv), status: statusWords(inv) }));
    const chip = document.createElement("span");
    chip.className = `chip ${inv.status}`;
    chip.textContent = statusText(inv.status);
    row.cells[3].append(chip);
    row.cells[2].append(mark(inv.currency), assetName(inv.currency, inv.asset));
    row.cells[2].title = inv.currency;
    const flags = (inv.flags || []).map(flagText);
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
  $("sale-title").textContent = t("sale-title", { id: inv.id, amount: fiatOf(inv), status: statusWords(inv) });
  const facts = $("sale-facts");
  facts.replaceChildren();
  const coins = (v) => (v === null || v === undefined ? "" : `${crypto(v)} ${inv.currency}`);
  for (const [term, value] of [
    [t("sale-fact-amount"), fiatOf(inv)],
    [t("sale-fact-asset"), assetName(inv.currency, sale.asset)],
    [t("sale-fact-asked"), coins(inv.amount_crypto)],
    [t("sale-fact-received"), coins(inv.paid_crypto)],
    [t("sale-fact-status"), statusWords(inv)],
    [t("sale-fact-created"), dateTime(inv.created_at)],
    [t("sale-fact-paid"), dateTime(inv.paid_at)],
    [t("sale-fact-expires"), inv.status === "pending" ? dateTime(inv.expires_at) : ""],
    [t("sale-fact-cashier"), inv.cashier || ""],
    [t("sale-fact-gateway"), inv.provider],
    [t("sale-fact-order"), inv.order_id],
    [t("sale-fact-gateway-id"), inv.provider_ref || ""],
    [t("sale-fact-address"), inv.address || ""],
    [t("sale-fact-transaction"), inv.txid || ""],
    [t("sale-fact-note"), inv.note || ""],
    [t("sale-fact-failure"), inv.failure || ""],
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
  fillTable($("sale-history"), [t("sale-history-col-time"), t("sale-history-col-what"),
    t("sale-history-col-status"), t("sale-history-col-paid"), t("sale-history-col-transaction"),
    t("sale-history-col-hash")],
    (sale.history || []).map((h) => [
      dateTime(h.at),
      happened(h.kind),
      h.status ? statusText(h.status) : "",
      coins(h.paid_crypto),
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
  saleMessage(t("sale-asking"), true);
  try {
    const view = await invoke("owner_check", { id });
    await openSale(id);
    saleMessage(t("sale-gateway-says", { status: statusText(view.status) }), true);
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
    saleMessage(t("sale-txid-needed"), false);
    $("sale-txid").focus();
    return;
  }
  const pin = await askPin(t("sale-confirm-pin", { id }));
  if (pin === null) return;
  try {
    const view = await invoke("owner_confirm", { id, txid, reason: $("sale-reason").value.trim() || null, pin });
    $("sale-txid").value = "";
    $("sale-reason").value = "";
    await openSale(id);
    saleMessage(t("sale-confirmed", { status: statusText(view.status) }), true);
  } catch (e) {
    saleMessage(errorText(e), false);
  }
}

function reprintSale() {
  if (sales.open) openReceipt(sales.open, "owner_receipt", $("sale-message"));
}

export function wire() {
  // First, so a day is read before the search hears of it.
  dayField($("sales-first"));
  dayField($("sales-last"));
  $("sales-form").addEventListener("submit", searchSales);
  for (const id of ["sales-status", "sales-staff", "sales-provider", "sales-last"]) {
    $(id).addEventListener("change", () => searchSales());
  }
  $("sales-first").addEventListener("change", () => {
    if (dayOf($("sales-last")) && dayOf($("sales-last")) < dayOf($("sales-first"))) {
      setDay($("sales-last"), dayOf($("sales-first")));
    }
    searchSales();
  });
  $("sale-back").addEventListener("click", backToSales);
  $("sale-check").addEventListener("click", checkSale);
  $("sale-receipt").addEventListener("click", reprintSale);
  $("sale-confirm-form").addEventListener("submit", confirmSale);
}
