// Small pieces the back-office tabs share: tables, cards, money, words for
// the app's codes.
import { statusText, fiatOf } from "../shared.js";
import { t, amount, crypto } from "../i18n.js";

// The catalogue's words for `id`; the app's own (`fallback`) for what the
// catalogue does not know, like a setting or a gateway added since.
export function worded(id, fallback) {
  const text = t(id);
  return text === id ? fallback : text;
}

// The message id for one of a family's codes: ("sale-flag", "paid_late")
// is sale-flag-paid-late.
export function codeId(family, code) {
  return `${family}-${code.replaceAll("_", "-")}`;
}

// A code of the app in words; the code itself (or `fallback`) where the
// catalogue has none.
export function codeText(family, code, fallback = code) {
  return worded(codeId(family, code), fallback);
}

export function fillOptions(select, choices) {
  select.replaceChildren();
  for (const [value, label] of choices) select.add(new Option(label, value));
}

// A small button in a row or a table.
export function smallButton(label, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "small";
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

export function fillTable(table, headers, rows) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const h of headers) {
    const th = document.createElement("th");
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  if (rows.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = headers.length;
    cell.className = "none";
    cell.textContent = t("office-none");
  }
  for (const row of rows) {
    const tr = body.insertRow();
    for (const v of row) tr.insertCell().textContent = v;
  }
  return body;
}

// A {fiat: {amount, count}} map as "12.50 USD" lines.
export function money(totals) {
  const parts = Object.entries(totals || {}).map(([fiat, x]) => `${amount(x.amount)} ${fiat}`);
  return parts.length ? parts.join(" + ") : "0";
}

// A {fiat: "12.50"} map as "12.50 USD" lines.
export function amounts(byFiat) {
  const parts = Object.entries(byFiat || {}).map(([fiat, a]) => `${amount(a)} ${fiat}`);
  return parts.length ? parts.join(" + ") : "0";
}

// Tax by rate and tips by staff member into their tables, for a day's
// takings or a shift's report.
export function renderSelling(summary, taxTable, tipTable) {
  fillTable(taxTable, [t("report-col-rate"), t("report-col-tax"), t("report-col-sales")],
    Object.entries(summary.tax || {}).map(([rate, x]) =>
      [t("percent", { value: amount(rate) }), amount(x.amount), String(x.count)]));
  fillTable(tipTable, [t("report-col-staff"), t("report-col-tips"), t("report-col-sales")],
    Object.entries(summary.tips || {}).map(([who, x]) =>
      [who === "-" ? t("report-none-set") : who, amount(x.amount), String(x.count)]));
}

export function card(label, value, kind) {
  const div = document.createElement("div");
  div.className = `card ${kind || ""}`;
  const l = document.createElement("small");
  l.textContent = label;
  const v = document.createElement("b");
  v.textContent = value;
  div.append(l, v);
  return div;
}

// A flag of an invoice in words; one the catalogue does not know, as it came.
export function flagText(flag) {
  return codeText("sale-flag", flag);
}

// A sale's amount in its fiat, as the language writes it.
function exceptionRows(list) {
  return list.map((e) => [
    e.id,
    e.order_id,
    [statusText(e.status), ...e.flags.map(flagText)].join(", "),
    fiatOf(e),
    `${crypto(e.paid_crypto)} ${e.currency}`,
  ]);
}

// The report tables a day's takings and a shift's report share.
export function fillCashiers(table, byCashier) {
  // "-" is the sales nobody was signed in for.
  fillTable(table, [t("report-col-cashier"), t("report-col-paid")],
    Object.entries(byCashier).map(([c, m]) => [c === "-" ? t("report-none-set") : c, money(m)]));
}

export function fillItems(table, items) {
  fillTable(table, [t("report-col-sku"), t("report-col-sold"), t("report-col-net-sales")],
    Object.entries(items || {}).map(([sku, x]) => [sku, String(x.qty), amount(x.net)]));
}

export function fillExceptions(table, list) {
  fillTable(table, [t("report-col-invoice"), t("report-col-order"), t("report-col-what"), t("report-col-asked"),
    t("report-col-arrived")], exceptionRows(list));
}
