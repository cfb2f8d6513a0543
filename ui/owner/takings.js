// The Takings tab: totals and breakdowns for a span of days, export,
// reconciliation against the gateways.
import { invoke, $, show, errorText, statusText } from "../shared.js";
import { fillTable, money, amounts, card, renderSelling, codeText, fillCashiers, fillItems, fillExceptions } from "./parts.js";
import { t, amount, crypto, date, assetName, today } from "../i18n.js";
import { dayField, dayOf, setDay } from "../day-field.js";

function differenceText(kind) {
  return codeText("takings-difference", kind);
}

// One side of a difference: its status, and the amount it asked where it
// knows one.
function side(x) {
  if (!x) return "-";
  const status = statusText(x.status);
  return x.amount_crypto ? t("takings-side", { status, amount: crypto(x.amount_crypto) }) : status;
}

// The first day shown, against each gateway's own records; adopts nothing.
async function reconcileDay() {
  show($("reconcile-box"), true);
  $("reconcile-message").textContent = t("takings-reconciling");
  try {
    const r = await invoke("owner_reconcile", { date: dayOf($("takings-first")) || null });
    fillTable($("reconcile-list"), [t("takings-reconcile-col-what"), t("takings-reconcile-col-gateway"),
      t("takings-reconcile-col-invoice"), t("takings-reconcile-col-gateway-id"), t("takings-reconcile-col-journal"),
      t("takings-reconcile-col-gateway-says")],
      r.differences.map((d) => [differenceText(d.kind), d.provider, d.id || "-",
        d.provider_ref || "-", side(d.local), side(d.gateway)]));
    const open = r.differences.filter((d) => d.kind !== "other_till").length;
    $("reconcile-message").classList.toggle("ok", open === 0);
    $("reconcile-message").textContent = [
      open ? t("takings-differences", { count: open, day: date(r.date) }) : t("takings-agree", { day: date(r.date) }),
      ...r.notes.map((n, i) => errorText({ l10n: r.notes_l10n[i], message: n })),
    ].join(" ");
  } catch (e) {
    $("reconcile-message").classList.remove("ok");
    $("reconcile-message").textContent = errorText(e);
  }
}

export async function loadTakings() {
  if (!dayOf($("takings-first"))) setDay($("takings-first"), today());
  if (!dayOf($("takings-last"))) setDay($("takings-last"), dayOf($("takings-first")));
  try {
    const takings = await invoke("owner_takings", {
      first: dayOf($("takings-first")),
      last: dayOf($("takings-last")),
      scope: $("takings-scope").value,
    });
    $("takings-message").textContent = "";
    renderTakings(takings);
  } catch (e) {
    $("takings-message").textContent = errorText(e);
  }
}

// An asset by its name and its code: "USDT · Tron (TRC-20) – USDTTRC20".
function assetWithCode(code, label) {
  const name = assetName(code, label);
  return name === code ? code : `${name} – ${code}`;
}

function renderTakings(takings) {
  const cards = $("takings-cards");
  const flagged = Object.values(takings.flags || {}).reduce((a, b) => a + b, 0);
  const refunded = Object.keys(takings.refunds || {}).length > 0;
  const underpaid = takings.counts.underpaid || 0;
  cards.replaceChildren(
    card(t("report-paid"), money(takings.totals), "paid"),
    card(t("report-invoices"), String(takings.invoices)),
    card(t("takings-paid-invoices"), String(Object.values(takings.totals).reduce((a, x) => a + x.count, 0))),
    card(t("takings-underpaid"), String(underpaid), underpaid ? "underpaid" : ""),
    card(t("report-exceptions"), String(takings.exceptions.length), takings.exceptions.length ? "underpaid" : ""),
    card(t("takings-flagged"), String(flagged)),
  );
  if (refunded) {
    cards.append(card(t("report-refunded"), money(takings.refunds), "underpaid"),
      card(t("report-net"), amounts(takings.net), "paid"));
  }
  renderSelling(takings, $("by-tax"), $("by-tip"));
  show($("takings-items"), Object.keys(takings.items || {}).length > 0);
  fillItems($("by-item"), takings.items);
  const chart = $("takings-chart");
  chart.innerHTML = takings.chart_svg; // built in Rust from numbers only
  // Its figures (labels and the bars' tooltips) as the language writes
  // them, and an empty day in its words; the app draws them in English
  // with a point.
  for (const label of chart.querySelectorAll("text, title")) {
    const figure = /^(\d\d:\d\d )?(\d+\.\d+)( .*)?$/.exec(label.textContent);
    if (figure) label.textContent = `${figure[1] || ""}${amount(figure[2])}${figure[3] || ""}`;
  }
  const empty = chart.querySelector("text.empty");
  if (empty) empty.textContent = t("takings-chart-empty", { fiat: takings.chart_fiat });
  const caption = document.createElement("div");
  caption.className = "chart-caption";
  const fiat = takings.chart_fiat;
  caption.textContent = takings.first === takings.last
    ? t("takings-chart-day", { fiat, day: date(takings.first) })
    : t("takings-chart-days", { fiat, first: date(takings.first), last: date(takings.last) });
  chart.prepend(caption);
  fillTable($("by-asset"), [t("takings-col-asset"), t("takings-col-received"), t("takings-col-invoices")],
    Object.entries(takings.by_asset).map(([a, x]) => [assetWithCode(a, takings.asset_names[a]), crypto(x.amount),
      String(x.count)]));
  fillTable($("by-provider"), [t("takings-col-gateway"), t("report-col-paid")],
    Object.entries(takings.by_provider).map(([p, m]) => [p, money(m)]));
  fillCashiers($("by-cashier"), takings.by_cashier);
  fillTable($("by-status"), [t("takings-col-status"), t("takings-col-invoices")],
    Object.entries(takings.counts).map(([s, n]) => [statusText(s), String(n)]));
  fillExceptions($("exceptions"), takings.exceptions);
  show($("takings-tills"), takings.tills.length > 0);
  fillTable($("by-till"), [t("takings-col-till"), t("takings-col-shop"), t("report-col-paid")],
    takings.tills.map((x) => [x.name, x.shop, money(x.totals)]));
}

// The tables a day's takings and a shift's report share, with their
// headings.
// The save dialog is opened by the app itself: the file goes where the
// owner picked, and nowhere this page could name.
async function exportTakings(format) {
  try {
    const n = await invoke("owner_export", {
      first: dayOf($("takings-first")),
      last: dayOf($("takings-last")),
      format,
      scope: $("takings-scope").value,
    });
    if (n !== null) $("takings-message").textContent = t("takings-saved", { count: n });
  } catch (e) {
    $("takings-message").textContent = errorText(e);
  }
}

export function wire() {
  dayField($("takings-first"));
  dayField($("takings-last"));
  $("takings-first").addEventListener("change", () => {
    if (dayOf($("takings-last")) < dayOf($("takings-first"))) setDay($("takings-last"), dayOf($("takings-first")));
    loadTakings();
  });
  $("takings-last").addEventListener("change", loadTakings);
  $("takings-scope").addEventListener("change", loadTakings);
  $("takings-today").addEventListener("click", () => {
    setDay($("takings-first"), today());
    setDay($("takings-last"), today());
    loadTakings();
  });
  $("export-csv").addEventListener("click", () => exportTakings("csv"));
  $("export-json").addEventListener("click", () => exportTakings("json"));
  $("reconcile").addEventListener("click", reconcileDay);
}
