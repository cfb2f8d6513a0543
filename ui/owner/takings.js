// The Takings tab: totals and breakdowns for a span of days, export,
// reconciliation against the gateways.
import { invoke, $, show, errorText, trim } from "../shared.js";
import { fillTable, money, amounts, card, exceptionRows, localDate, renderSelling } from "./parts.js";

const differenceWords = {
  missing_locally: "At the gateway, not in the journal",
  missing_at_gateway: "In the journal, not at the gateway",
  status: "Status differs",
  amount: "Amount differs",
  other_till: "Another till's sale",
};

// The first day shown, against each gateway's own records; adopts nothing.
async function reconcileDay() {
  show($("reconcile-box"), true);
  $("reconcile-message").textContent = "Reading the gateways' records…";
  try {
    const r = await invoke("owner_reconcile", { date: $("takings-first").value || null });
    const side = (x) => (x ? `${x.status}${x.amount_crypto ? ` ${x.amount_crypto}` : ""}` : "-");
    fillTable($("reconcile-list"), ["What", "Gateway", "Invoice", "Gateway's id", "Journal", "Gateway says"],
      r.differences.map((d) => [differenceWords[d.kind] || d.kind, d.provider, d.id || "-",
        d.provider_ref || "-", side(d.local), side(d.gateway)]));
    const open = r.differences.filter((d) => d.kind !== "other_till").length;
    $("reconcile-message").classList.toggle("ok", open === 0);
    $("reconcile-message").textContent = [
      open ? `${open} difference(s) on ${r.date}. \`counterpay reconcile --adopt\` applies what the gateway knows better.`
        : `On ${r.date} the journal and the gateways agree.`,
      ...r.notes,
    ].join(" ");
  } catch (e) {
    $("reconcile-message").classList.remove("ok");
    $("reconcile-message").textContent = errorText(e);
  }
}

export async function loadTakings() {
  if (!$("takings-first").value) $("takings-first").value = localDate(new Date());
  if (!$("takings-last").value) $("takings-last").value = $("takings-first").value;
  try {
    const t = await invoke("owner_takings", {
      first: $("takings-first").value,
      last: $("takings-last").value,
      scope: $("takings-scope").value,
    });
    $("takings-message").textContent = "";
    renderTakings(t);
  } catch (e) {
    $("takings-message").textContent = errorText(e);
  }
}

function renderTakings(t) {
  const cards = $("takings-cards");
  const flagged = Object.values(t.flags || {}).reduce((a, b) => a + b, 0);
  const refunded = Object.keys(t.refunds || {}).length > 0;
  cards.replaceChildren(
    card("Paid", money(t.totals), "paid"),
    card("Invoices", String(t.invoices)),
    card("Paid invoices", String(Object.values(t.totals).reduce((a, x) => a + x.count, 0))),
    card("Underpaid", String(t.counts.underpaid || 0), t.counts.underpaid ? "underpaid" : ""),
    card("Exceptions", String(t.exceptions.length), t.exceptions.length ? "underpaid" : ""),
    card("Flagged", String(flagged)),
  );
  if (refunded) {
    cards.append(card("Refunded", money(t.refunds), "underpaid"), card("Net", amounts(t.net), "paid"));
  }
  renderSelling(t, $("by-tax"), $("by-tip"));
  show($("takings-items"), Object.keys(t.items || {}).length > 0);
  fillTable($("by-item"), ["SKU", "Sold", "Net sales"],
    Object.entries(t.items || {}).map(([sku, x]) => [sku, String(x.qty), x.net]));
  const range = t.first === t.last ? t.first : `${t.first} – ${t.last}`;
  const chart = $("takings-chart");
  chart.innerHTML = t.chart_svg; // built in Rust from numbers only
  const caption = document.createElement("div");
  caption.className = "chart-caption";
  caption.textContent = `Paid ${t.chart_fiat} by hour, ${range}`;
  chart.prepend(caption);
  fillTable($("by-asset"), ["Asset", "Received", "Invoices"],
    Object.entries(t.by_asset).map(([a, x]) => [a, trim(x.amount), String(x.count)]));
  fillTable($("by-provider"), ["Gateway", "Paid"],
    Object.entries(t.by_provider).map(([p, m]) => [p, money(m)]));
  fillTable($("by-cashier"), ["Cashier", "Paid"],
    Object.entries(t.by_cashier).map(([c, m]) => [c === "-" ? "(none set)" : c, money(m)]));
  fillTable($("by-status"), ["Status", "Invoices"],
    Object.entries(t.counts).map(([s, n]) => [s, String(n)]));
  fillTable($("exceptions"), ["Invoice", "Order", "What", "Asked", "Arrived"], exceptionRows(t.exceptions));
  show($("takings-tills"), t.tills.length > 0);
  fillTable($("by-till"), ["Till", "Shop", "Paid"], t.tills.map((x) => [x.name, x.shop, money(x.totals)]));
}

// The save dialog is opened by the app itself: the file goes where the
// owner picked, and nowhere this page could name.
async function exportTakings(format) {
  try {
    const n = await invoke("owner_export", {
      first: $("takings-first").value,
      last: $("takings-last").value,
      format,
      scope: $("takings-scope").value,
    });
    if (n !== null) $("takings-message").textContent = `Saved ${n} invoice(s).`;
  } catch (e) {
    $("takings-message").textContent = errorText(e);
  }
}

export function wire() {
  $("takings-first").addEventListener("change", () => {
    if ($("takings-last").value < $("takings-first").value) $("takings-last").value = $("takings-first").value;
    loadTakings();
  });
  $("takings-last").addEventListener("change", loadTakings);
  $("takings-scope").addEventListener("change", loadTakings);
  $("takings-today").addEventListener("click", () => {
    $("takings-first").value = $("takings-last").value = localDate(new Date());
    loadTakings();
  });
  $("export-csv").addEventListener("click", () => exportTakings("csv"));
  $("export-json").addEventListener("click", () => exportTakings("json"));
  $("reconcile").addEventListener("click", reconcileDay);
}
