// Small pieces the back-office tabs share: tables, cards, money, dates.
import { trim } from "../shared.js";

export function fillOptions(select, choices) {
  select.replaceChildren();
  for (const [value, label] of choices) select.add(new Option(label, value));
}

// A button for a change that asks for the owner's PIN first.
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
    cell.textContent = "None";
  }
  for (const row of rows) {
    const tr = body.insertRow();
    for (const v of row) tr.insertCell().textContent = v;
  }
  return body;
}

// A {fiat: {amount, count}} map as "12.50 USD" lines.
export function money(totals) {
  const parts = Object.entries(totals || {}).map(([fiat, t]) => `${t.amount} ${fiat}`);
  return parts.length ? parts.join(" + ") : "0";
}

// A {fiat: "12.50"} map as "12.50 USD" lines.
export function amounts(byFiat) {
  const parts = Object.entries(byFiat || {}).map(([fiat, a]) => `${a} ${fiat}`);
  return parts.length ? parts.join(" + ") : "0";
}

// Tax by rate and tips by staff member into their tables, for a day's
// takings or a shift's report.
export function renderSelling(summary, taxTable, tipTable) {
  fillTable(taxTable, ["Rate", "Tax", "Sales"],
    Object.entries(summary.tax || {}).map(([rate, x]) => [`${rate} %`, x.amount, String(x.count)]));
  fillTable(tipTable, ["Staff", "Tips", "Sales"],
    Object.entries(summary.tips || {}).map(([who, x]) => [who === "-" ? "(none set)" : who, x.amount, String(x.count)]));
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

export const flagWords = {
  overpaid: "overpaid",
  paid_late: "paid late",
  confirmed_manually: "confirmed by hand",
  paid_in_parts: "paid in parts",
  found_by_reconciliation: "found by reconciliation",
};

export function exceptionRows(list) {
  return list.map((e) => [
    e.id,
    e.order_id,
    [e.status, ...e.flags.map((f) => flagWords[f] || f)].join(", "),
    `${e.amount_fiat} ${e.fiat}`,
    `${trim(e.paid_crypto)} ${e.currency}`,
  ]);
}

export function localDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function when(t) {
  return t ? new Date(t).toLocaleString([], { dateStyle: "short", timeStyle: "short" }) : "the first sale";
}

export function fullTime(t) {
  return t ? new Date(t).toLocaleString([], { dateStyle: "short", timeStyle: "medium" }) : "";
}

export function shortTime(t) {
  return t ? new Date(t).toLocaleString([], { dateStyle: "short", timeStyle: "short" }) : "";
}
